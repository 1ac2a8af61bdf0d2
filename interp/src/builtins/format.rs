//! `format(value, spec)` for the built-in types, through the format-spec
//! mini-language of `object/format_spec.rs`.

use crate::object::format_spec::{
    format_float, format_int, format_str, FormatError, FormatSpec, FormatTarget,
};
use crate::object::kind_of;
use crate::object::{ObjKind, Value};
use crate::vm::{Exc, ExcKind, PyResult, Vm};

fn raise(vm: &mut Vm, e: FormatError) -> Exc {
    match e {
        FormatError::Value(m) => vm.value_error(m),
        FormatError::Overflow(m) => vm.overflow_error(m),
        FormatError::Memory => vm.exc(ExcKind::MemoryError, ""),
    }
}

/// Formats a built-in value with a non-empty spec.
pub fn format_builtin(vm: &mut Vm, v: Value, spec: &str) -> PyResult<String> {
    let tname = vm.type_name(v);
    if let Some(b) = vm.as_bigint(v) {
        if !v.is_ptr() || !matches!(kind_of(v), ObjKind::Float(_)) {
            let s = FormatSpec::parse(spec, FormatTarget::Int, &tname).map_err(|e| raise(vm, e))?;
            return format_int(&b, &s, &tname).map_err(|e| raise(vm, e));
        }
    }
    if v.is_ptr() {
        match kind_of(v) {
            ObjKind::Float(f) => {
                let f = *f;
                let s = FormatSpec::parse(spec, FormatTarget::Float, &tname)
                    .map_err(|e| raise(vm, e))?;
                return format_float(f, &s, &tname).map_err(|e| raise(vm, e));
            }
            ObjKind::Str(st) => {
                let text = st.as_str().to_string();
                let s =
                    FormatSpec::parse(spec, FormatTarget::Str, &tname).map_err(|e| raise(vm, e))?;
                return format_str(&text, &s, &tname).map_err(|e| raise(vm, e));
            }
            _ => {}
        }
    }
    Err(vm.type_error(format!(
        "unsupported format string passed to {tname}.__format__"
    )))
}

/// The integer value of an integral float (exact).
pub fn float_to_bigint(f: f64) -> num_bigint::BigInt {
    use num_traits::FromPrimitive;
    num_bigint::BigInt::from_f64(f).unwrap_or_default()
}
