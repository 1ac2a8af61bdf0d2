//! `str.maketrans` (its one-, two- and three-argument forms) and
//! `str.translate`, with CPython's errors. A translation table is any
//! object indexed by code point: a missing key (LookupError) keeps the
//! character, None deletes it, an int or a str replaces it. Also
//! `bytes.maketrans` and `bytes`/`bytearray.translate`, whose table is 256
//! bytes (or None) and which can delete bytes.

use super::{add_method, check_args};
use crate::object::function::BuiltinKind;
use crate::object::{kind_of, ObjKind, Value};
use crate::vm::{Args, ExcKind, PyResult, Vm};

fn is_str(v: Value) -> bool {
    v.is_ptr() && matches!(kind_of(v), ObjKind::Str(_))
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to code points,
/// strings or None.
fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kw() {
        return Err(vm.type_error("str.maketrans() takes no keyword arguments"));
    }
    check_args(vm, "maketrans", &args, 1, 3)?;
    let out = vm.new_dict();
    if args.pos.len() == 1 {
        let x = args.pos[0];
        let ObjKind::Dict(d) = kind_of(x) else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        let pairs: Vec<(Value, Value)> = d.iter().map(|e| (e.key, e.value)).collect();
        for (k, v) in pairs {
            let key = if is_str(k) {
                let s = crate::vm::str_of(k);
                let mut cs = s.chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => Value::small(c as i64),
                    _ => {
                        return Err(
                            vm.value_error("string keys in translate table must be of length 1")
                        )
                    }
                }
            } else if vm.is_int(k) {
                k
            } else {
                return Err(vm.type_error("keys in translate table must be strings or integers"));
            };
            vm.setitem(out, key, v)?;
        }
        return Ok(out);
    }
    let (x, y) = (args.pos[0], args.pos[1]);
    if !is_str(x) {
        return Err(vm.type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    }
    for (i, v) in args.pos.iter().enumerate().skip(1) {
        if !is_str(*v) {
            let t = vm.type_name(*v);
            return Err(vm.type_error(format!(
                "maketrans() argument {} must be str, not {t}",
                i + 1
            )));
        }
    }
    let (xs, ys) = (crate::vm::str_of(x), crate::vm::str_of(y));
    if xs.chars().count() != ys.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in xs.chars().zip(ys.chars()) {
        vm.setitem(out, Value::small(a as i64), Value::small(b as i64))?;
    }
    if let Some(&z) = args.pos.get(2) {
        let none = vm.none;
        for c in crate::vm::str_of(z).chars() {
            vm.setitem(out, Value::small(c as i64), none)?;
        }
    }
    Ok(out)
}

/// `s.translate(table)`.
fn translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(&this) = args.pos.first().filter(|v| is_str(**v)) else {
        return Err(vm.type_error("descriptor 'translate' requires a 'str' object"));
    };
    super::check_method_arity(vm, "str.translate", &args, 1)?;
    let table = args.pos[1];
    let mut out = String::new();
    for c in crate::vm::str_of(this).chars() {
        let r = match vm.getitem(table, Value::small(c as i64)) {
            Ok(r) => r,
            Err(e) if vm.exc_matches(e.0, ExcKind::LookupError) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        if r == vm.none {
            continue;
        }
        if is_str(r) {
            out.push_str(crate::vm::str_of(r));
        } else if vm.is_int(r) {
            let n = vm.as_i64(r).filter(|n| (0..0x110000).contains(n));
            let Some(n) = n else {
                return Err(vm.value_error("character mapping must be in range(0x110000)"));
            };
            match char::from_u32(n as u32) {
                Some(ch) => out.push(ch),
                None => {
                    return Err(vm.exc(
                        ExcKind::NotImplementedError,
                        "lone surrogates in str are not supported by piepie",
                    ))
                }
            }
        } else {
            return Err(vm.type_error("character mapping must return integer, None or str"));
        }
    }
    Ok(vm.new_str(out))
}

/// `bytes.maketrans(frm, to)`: the 256-byte table mapping each byte of
/// `frm` to the byte of `to` at the same position.
fn bytes_maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kw() {
        return Err(vm.type_error("maketrans() takes no keyword arguments"));
    }
    check_args(vm, "maketrans", &args, 2, 2)?;
    let (frm, to) = (args.pos[0], args.pos[1]);
    let (frm, to) = (vm.bytes_like(frm)?, vm.bytes_like(to)?);
    if frm.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (&a, &b) in frm.iter().zip(&to) {
        table[a as usize] = b;
    }
    Ok(vm.new_bytes(table))
}

/// `b.translate(table, /, delete=b'')` for bytes and bytearray.
fn bytes_translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos[0];
    let src = vm.bytes_like(this)?;
    let bound = super::bind_args(vm, "translate", &args, 1, &["table", "delete"], 1, 1)?;
    let table = match bound[0] {
        Some(t) if t != vm.none => {
            let t = vm.bytes_like(t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
        _ => None,
    };
    let delete = match bound[1] {
        Some(d) => vm.bytes_like(d)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = src
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    let is_bytearray = matches!(kind_of(this), ObjKind::ByteArray(_));
    Ok(if is_bytearray {
        vm.alloc(vm.types.bytearray, ObjKind::ByteArray(out))
    } else {
        vm.new_bytes(out)
    })
}

pub fn install(vm: &mut Vm) {
    let c = vm.types.str_;
    add_method(vm, c, "maketrans", BuiltinKind::StaticMethod, maketrans);
    add_method(vm, c, "translate", BuiltinKind::Method, translate);
    for c in [vm.types.bytes, vm.types.bytearray] {
        add_method(
            vm,
            c,
            "maketrans",
            BuiltinKind::StaticMethod,
            bytes_maketrans,
        );
        add_method(vm, c, "translate", BuiltinKind::Method, bytes_translate);
    }
}
