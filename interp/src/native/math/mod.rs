//! The `math` module: the module table and constants, CPython's argument
//! conventions for it (arity messages, `PyFloat_AsDouble` conversion) and its
//! error model (`math domain error` / `math range error`).
//!
//! The functions live in submodules by concern: `real` (libm wrappers and
//! float manipulation), `integer` (exact integer functions), `sums` (fsum,
//! hypot, dist, prod), `gamma` (gamma, lgamma, erf, erfc), with `libm` holding
//! the few C library functions Rust's `f64` does not expose.

mod gamma;
mod integer;
mod libm;
mod real;
mod sums;

use crate::builtins::add_function;
use crate::object::Value;
use crate::vm::arith::Num;
use crate::vm::{Args, Exc, PyResult, Vm};
use num_bigint::BigInt;

/// A failure of a libm-style computation, turned into CPython's exception
/// by [`raise`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum MathErr {
    /// `ValueError("math domain error")` (C's EDOM).
    Domain,
    /// `OverflowError("math range error")` (C's ERANGE on overflow).
    Range,
}

pub(crate) fn raise(vm: &mut Vm, e: MathErr) -> Exc {
    match e {
        MathErr::Domain => vm.value_error("math domain error"),
        MathErr::Range => vm.overflow_error("math range error"),
    }
}

/// CPython's `is_error` for ERANGE: an underflow (a result small in
/// magnitude) is not an error, an overflow is.
fn range_error(r: f64) -> Result<f64, MathErr> {
    if r.abs() < 1.5 {
        Ok(r)
    } else {
        Err(MathErr::Range)
    }
}

/// `math.f(x)` with one argument (a METH_O function): the arity check with
/// CPython's message.
fn one_arg(vm: &mut Vm, name: &str, a: &Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    if a.pos.len() != 1 {
        let n = a.pos.len();
        return Err(vm.type_error(format!(
            "math.{name}() takes exactly one argument ({n} given)"
        )));
    }
    Ok(a.pos[0])
}

/// Positional-only arity check (`_PyArg_CheckPositional`'s messages).
fn positional(vm: &mut Vm, name: &str, a: &Args, min: usize, max: usize) -> PyResult<()> {
    if a.has_kw() {
        return Err(vm.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    crate::builtins::check_args(vm, name, a, min, max)
}

/// `PyLong_AsDouble`: the correctly rounded float of an int, or
/// OverflowError.
pub(crate) fn int_to_f64(vm: &mut Vm, b: &BigInt) -> PyResult<f64> {
    match integer::big_to_f64(b) {
        Some(f) => Ok(f),
        None => Err(vm.overflow_error("int too large to convert to float")),
    }
}

/// `PyFloat_AsDouble`: floats (and subclasses), ints, objects with
/// `__float__` or `__index__`; otherwise `TypeError: must be real number`.
pub(crate) fn as_double(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match vm.as_num(v) {
        Some(Num::Float(f)) => return Ok(f),
        Some(Num::Small(i)) => return Ok(i as f64),
        Some(Num::Int(b)) => return int_to_f64(vm, &b),
        None => {}
    }
    if let Some(r) = vm.call_special(v, "__float__", &[])? {
        return match vm.as_num(r) {
            Some(Num::Float(f)) => Ok(f),
            _ => {
                let (tx, tr) = (vm.type_name(v), vm.type_name(r));
                Err(vm.type_error(format!("{tx}.__float__ returned non-float (type {tr})")))
            }
        };
    }
    if let Some(r) = vm.call_special(v, "__index__", &[])? {
        return match vm.as_bigint(r) {
            Some(b) => int_to_f64(vm, &b),
            None => {
                let tr = vm.type_name(r);
                Err(vm.type_error(format!("__index__ returned non-int (type {tr})")))
            }
        };
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("must be real number, not {t}")))
}

/// CPython's `math_1`: a one-argument libm function, with a NaN result from
/// a non-NaN argument a domain error and an infinite result from a finite
/// argument an overflow (`can_overflow`) or a singularity (domain error).
fn math_1(
    vm: &mut Vm,
    name: &str,
    a: &Args,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let v = one_arg(vm, name, a)?;
    let x = as_double(vm, v)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(raise(vm, MathErr::Domain));
    }
    if r.is_infinite() && x.is_finite() {
        let e = if can_overflow {
            MathErr::Range
        } else {
            MathErr::Domain
        };
        return Err(raise(vm, e));
    }
    Ok(vm.new_float(r))
}

/// The two float arguments of a positional-only two-argument function.
fn two_floats(vm: &mut Vm, name: &str, a: &Args) -> PyResult<(f64, f64)> {
    positional(vm, name, a, 2, 2)?;
    let x = as_double(vm, a.pos[0])?;
    let y = as_double(vm, a.pos[1])?;
    Ok((x, y))
}

/// CPython's `math_2`: a NaN result from non-NaN arguments is a domain
/// error, an infinite one from finite arguments an overflow.
fn math_2(vm: &mut Vm, name: &str, a: &Args, f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let (x, y) = two_floats(vm, name, a)?;
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(raise(vm, MathErr::Domain));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(raise(vm, MathErr::Range));
    }
    Ok(vm.new_float(r))
}

/// Keyword-aware argument parsing for the few functions that take keywords
/// (`isclose`, `prod`), with `_PyArg_UnpackKeywords`'s checks in its order
/// and its messages: `names` are the parameters in order, the first
/// `npos_only` positional-only, the first `nrequired` required, and those
/// from `kw_only` on keyword-only. Returns one slot per parameter.
fn parse_args(
    vm: &mut Vm,
    fname: &str,
    a: &Args,
    names: &[&str],
    npos_only: usize,
    nrequired: usize,
    kw_only: usize,
) -> PyResult<Vec<Option<Value>>> {
    let n = a.pos.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n > kw_only {
        let how = if nrequired < kw_only {
            "at most"
        } else {
            "exactly"
        };
        return Err(vm.type_error(format!(
            "{fname}() takes {how} {kw_only} positional argument{} ({n} given)",
            plural(kw_only)
        )));
    }
    let min_pos_only = npos_only.min(nrequired);
    if n < min_pos_only {
        let how = if min_pos_only < kw_only {
            "at least"
        } else {
            "exactly"
        };
        return Err(vm.type_error(format!(
            "{fname}() takes {how} {min_pos_only} positional argument{} ({n} given)",
            plural(min_pos_only)
        )));
    }
    let kw = |name: &str| {
        a.kwnames
            .iter()
            .position(|k| crate::vm::str_of(*k) == name)
            .map(|i| a.kwvals[i])
    };
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (slot, &v) in out.iter_mut().zip(a.pos) {
        *slot = Some(v);
    }
    let mut used = 0;
    for i in n.max(npos_only)..names.len() {
        if let Some(v) = kw(names[i]) {
            out[i] = Some(v);
            used += 1;
        } else if i < nrequired {
            return Err(vm.type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    if used < a.kwnames.len() {
        for (i, name) in names.iter().enumerate().take(n).skip(npos_only) {
            if kw(name).is_some() {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
        }
        for k in a.kwnames {
            let key = crate::vm::str_of(*k);
            let known = names.iter().skip(n.max(npos_only)).any(|&p| p == key);
            if !known {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for {fname}()"
                )));
            }
        }
    }
    Ok(out)
}

pub fn create(vm: &mut Vm) -> Value {
    let m = vm.new_module("math");
    let d = vm.module_dict(m);
    let fns: &[(&'static str, crate::object::BuiltinFn)] = &[
        ("acos", real::acos),
        ("acosh", real::acosh),
        ("asin", real::asin),
        ("asinh", real::asinh),
        ("atan", real::atan),
        ("atan2", real::atan2),
        ("atanh", real::atanh),
        ("cbrt", real::cbrt),
        ("ceil", real::ceil),
        ("comb", integer::comb),
        ("copysign", real::copysign),
        ("cos", real::cos),
        ("cosh", real::cosh),
        ("degrees", real::degrees),
        ("dist", sums::dist),
        ("erf", gamma::erf),
        ("erfc", gamma::erfc),
        ("exp", real::exp),
        ("exp2", real::exp2),
        ("expm1", real::expm1),
        ("fabs", real::fabs),
        ("factorial", integer::factorial),
        ("floor", real::floor),
        ("fmod", real::fmod),
        ("frexp", real::frexp),
        ("fsum", sums::fsum),
        ("gamma", gamma::gamma),
        ("gcd", integer::gcd),
        ("hypot", sums::hypot),
        ("isclose", real::isclose),
        ("isfinite", real::isfinite),
        ("isinf", real::isinf),
        ("isnan", real::isnan),
        ("isqrt", integer::isqrt),
        ("lcm", integer::lcm),
        ("ldexp", real::ldexp),
        ("lgamma", gamma::lgamma),
        ("log", real::log),
        ("log10", real::log10),
        ("log1p", real::log1p),
        ("log2", real::log2),
        ("modf", real::modf),
        ("nextafter", real::nextafter),
        ("perm", integer::perm),
        ("pow", real::pow),
        ("prod", sums::prod),
        ("radians", real::radians),
        ("remainder", real::remainder),
        ("sin", real::sin),
        ("sinh", real::sinh),
        ("sqrt", real::sqrt),
        ("tan", real::tan),
        ("tanh", real::tanh),
        ("trunc", real::trunc),
        ("ulp", real::ulp),
    ];
    for &(n, f) in fns {
        add_function(vm, d, n, f);
    }
    for &(n, kernel) in real::FLOAT_KERNELS {
        let k = vm.intern(n);
        if let Some(b) = crate::builtins::dict::dict_get_str(d, k) {
            if let crate::object::ObjKind::Builtin(b) = &mut b.obj_mut().kind {
                b.float_kernel = Some(kernel);
            }
        }
    }
    for (n, v) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        let k = vm.intern(n);
        let fv = vm.new_float(v);
        let _ = vm.dict_set(d, k, fv);
    }
    m
}
