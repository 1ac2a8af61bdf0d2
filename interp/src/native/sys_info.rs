//! `sys`'s struct sequences (`version_info`, `int_info`) and the int/str
//! conversion limit (`get_int_max_str_digits`, `set_int_max_str_digits`).
//!
//! A struct sequence is a tuple subclass whose items are also attributes;
//! its class's `__match_args__` lists the field names (as in CPython), and
//! its repr is `sys.<name>(field=value, ...)`. The limit itself lives in
//! [`crate::object::num_parse`], where every conversion reads it.

use crate::object::num_parse::{
    int_max_str_digits, set_int_max_str_digits, INT_MAX_STR_DIGITS, INT_MAX_STR_DIGITS_THRESHOLD,
};
use crate::object::{kind_of, ObjKind, Value};
use crate::vm::{Args, PyResult, Vm};

/// Adds this module's attributes to `sys` (whose dict is `d`).
pub fn install(vm: &mut Vm, d: Value) {
    crate::builtins::add_function(vm, d, "get_int_max_str_digits", get_int_max_str_digits);
    crate::builtins::add_function(vm, d, "set_int_max_str_digits", set_max_str_digits);
    let release = vm.new_str("final");
    let vi = struct_sequence(
        vm,
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
        vec![
            Value::small(3),
            Value::small(11),
            Value::small(7),
            release,
            Value::small(0),
        ],
    );
    let ii = struct_sequence(
        vm,
        "int_info",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
        vec![
            Value::small(30),
            Value::small(4),
            Value::small(INT_MAX_STR_DIGITS as i64),
            Value::small(INT_MAX_STR_DIGITS_THRESHOLD as i64),
        ],
    );
    for (name, v) in [("version_info", vi), ("int_info", ii)] {
        let k = vm.intern(name);
        let _ = vm.dict_set(d, k, v);
    }
    set_flags(vm, false, false);
}

/// Sets `sys.flags` for the command line's `-i` and `-q`. The other flags
/// are what piepie always does: it never writes bytecode, its str hashes
/// are not randomized, and it reads and writes UTF-8.
pub fn set_flags(vm: &mut Vm, inspect: bool, quiet: bool) {
    // -1 unless PYTHONINTMAXSTRDIGITS set the limit.
    let env_limit = std::env::var("PYTHONINTMAXSTRDIGITS")
        .ok()
        .and_then(|v| limit_from_env(&v).ok())
        .map_or(-1, |n| n as i64);
    let f = vm.bool_val(false);
    let fields = [
        ("debug", Value::small(0)),
        ("inspect", Value::small(inspect.into())),
        ("interactive", Value::small(inspect.into())),
        ("optimize", Value::small(0)),
        ("dont_write_bytecode", Value::small(1)),
        ("no_user_site", Value::small(0)),
        ("no_site", Value::small(0)),
        ("ignore_environment", Value::small(0)),
        ("verbose", Value::small(0)),
        ("bytes_warning", Value::small(0)),
        ("quiet", Value::small(quiet.into())),
        ("hash_randomization", Value::small(0)),
        ("isolated", Value::small(0)),
        ("dev_mode", f),
        ("utf8_mode", Value::small(1)),
        ("warn_default_encoding", Value::small(0)),
        ("safe_path", f),
        ("int_max_str_digits", Value::small(env_limit)),
    ];
    let names: Vec<&str> = fields.iter().map(|(n, _)| *n).collect();
    let items: Vec<Value> = fields.iter().map(|(_, v)| *v).collect();
    let flags = struct_sequence(vm, "flags", &names, items);
    let m = vm.sys_module;
    let d = vm.module_dict(m);
    let k = vm.intern_static("flags");
    let _ = vm.dict_set(d, k, flags);
}

/// Parses `PYTHONINTMAXSTRDIGITS` as CPython does at start-up: a limit of
/// 0 (unlimited) or at least 640. The error is CPython's fatal message.
pub fn limit_from_env(value: &str) -> Result<usize, String> {
    match value.trim().parse::<usize>() {
        Ok(n) if n == 0 || n >= INT_MAX_STR_DIGITS_THRESHOLD => Ok(n),
        _ => Err(format!(
            "PYTHONINTMAXSTRDIGITS: invalid limit; must be >= {INT_MAX_STR_DIGITS_THRESHOLD} \
             or 0 for unlimited."
        )),
    }
}

fn get_int_max_str_digits(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::builtins::check_args(vm, "get_int_max_str_digits", &a, 0, 0)?;
    Ok(vm.new_int(int_max_str_digits() as i64))
}

fn set_max_str_digits(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let name = "set_int_max_str_digits";
    crate::builtins::check_args(vm, name, &a, 0, 1)?;
    let Some(v) = a.pos.first().copied().or_else(|| a.kw("maxdigits")) else {
        return Err(vm.type_error(format!(
            "{name}() missing required argument 'maxdigits' (pos 1)"
        )));
    };
    let n = crate::builtins::functions::index_of(vm, v)?;
    let n = match i32::try_from(&n) {
        Ok(n) => n,
        Err(_) => return Err(vm.overflow_error("Python int too large to convert to C int")),
    };
    match usize::try_from(n) {
        Ok(n) if n == 0 || n >= INT_MAX_STR_DIGITS_THRESHOLD => {
            set_int_max_str_digits(n);
            Ok(vm.none)
        }
        _ => Err(vm.value_error(format!(
            "maxdigits must be 0 or larger than {INT_MAX_STR_DIGITS_THRESHOLD}"
        ))),
    }
}

/// A struct sequence `sys.<name>` holding `items` under `fields`.
fn struct_sequence(vm: &mut Vm, name: &str, fields: &[&str], items: Vec<Value>) -> Value {
    let ns = vm.new_dict();
    let mk = vm.intern_static("__module__");
    let mv = vm.new_str("sys");
    let _ = vm.dict_set(ns, mk, mv);
    let names: Vec<Value> = fields.iter().map(|f| vm.new_str(*f)).collect();
    let match_args = vm.new_tuple(names);
    let ma = vm.intern_static("__match_args__");
    let _ = vm.dict_set(ns, ma, match_args);
    let tuple = vm.types.tuple;
    let Ok(cls) = vm.new_class(name, &[tuple], ns) else {
        return vm.new_tuple(items);
    };
    crate::builtins::add_method(
        vm,
        cls,
        "__repr__",
        crate::object::function::BuiltinKind::Method,
        struct_sequence_repr,
    );
    let obj = vm.alloc(cls, ObjKind::Tuple(items.clone()));
    for (f, v) in fields.iter().zip(items) {
        let k = vm.intern(f);
        let _ = vm.setattr(obj, k, v);
    }
    obj
}

/// `repr()` of a struct sequence: `sys.name(field=value, ...)`.
fn struct_sequence_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::builtins::check_args(vm, "__repr__", &a, 1, 1)?;
    let obj = a.pos[0];
    let items = match kind_of(obj) {
        ObjKind::Tuple(t) => t.clone(),
        _ => vec![],
    };
    let cls = vm.class_of(obj);
    let name = vm.class_data(cls).name.clone();
    let key = vm.intern_static("__match_args__");
    let fields = match vm.lookup_in_class(cls, key).map(kind_of) {
        Some(ObjKind::Tuple(t)) => t.clone(),
        _ => vec![],
    };
    let mut parts = Vec::new();
    for (f, v) in fields.into_iter().zip(items) {
        let r = vm.repr_string(v)?;
        parts.push(format!("{}={r}", crate::vm::str_of(f)));
    }
    Ok(vm.new_str(format!("sys.{name}({})", parts.join(", "))))
}
