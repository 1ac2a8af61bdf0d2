//! Constructors and methods of the built-in containers, numbers,
//! iterator types, exceptions and generators.

use super::{add_method, check_args, check_method_arity};
use crate::object::function::BuiltinKind;
use crate::object::kind_of;
use crate::object::{IterState, ObjKind, RangeObj, Value};
use crate::vm::{Args, ExcKind, PyResult, Vm};
use num_bigint::BigInt;

type F = crate::object::BuiltinFn;

fn is_exact(vm: &Vm, cls: Value, builtin: Value) -> bool {
    cls == builtin || vm.class_data(cls).builtin
}

// ---- numbers ------------------------------------------------------------

fn int_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.pos[0];
    let x = a.pos.get(1).copied().or_else(|| a.kw("x"));
    let base = a.pos.get(2).copied().or_else(|| a.kw("base"));
    let n: BigInt = match (x, base) {
        (None, _) => BigInt::from(0),
        (Some(x), Some(b)) => {
            let b = vm.as_i64(b).unwrap_or(10);
            let s = match kind_of(x) {
                ObjKind::Str(s) => s.as_str().to_string(),
                ObjKind::Bytes(b) | ObjKind::ByteArray(b) => String::from_utf8_lossy(b).to_string(),
                _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
            };
            crate::object::num_parse::parse_int(&s, b).map_err(|m| vm.value_error(m))?
        }
        (Some(x), None) => {
            if let Some(b) = vm.as_bigint(x) {
                b
            } else {
                match kind_of(x) {
                    ObjKind::Float(f) => {
                        if f.is_nan() {
                            return Err(vm.value_error("cannot convert float NaN to integer"));
                        }
                        if f.is_infinite() {
                            return Err(
                                vm.overflow_error("cannot convert float infinity to integer")
                            );
                        }
                        crate::builtins::format::float_to_bigint(f.trunc())
                    }
                    ObjKind::Str(s) => {
                        let s = s.as_str().to_string();
                        crate::object::num_parse::parse_int(&s, 10)
                            .map_err(|m| vm.value_error(m))?
                    }
                    ObjKind::Bytes(b) | ObjKind::ByteArray(b) => {
                        let s = String::from_utf8_lossy(b).to_string();
                        crate::object::num_parse::parse_int(&s, 10)
                            .map_err(|m| vm.value_error(m))?
                    }
                    _ => {
                        let (r, hook) = match vm.call_special(x, "__int__", &[])? {
                            Some(r) => (r, "__int__ returned non-int"),
                            None => match vm.call_special(x, "__index__", &[])? {
                                Some(r) => (r, "__index__ returned non-int"),
                                None => match vm.call_special(x, "__trunc__", &[])? {
                                    Some(r) => (r, "__trunc__ returned non-Integral"),
                                    None => {
                                        let t = vm.type_name(x);
                                        return Err(vm.type_error(format!(
                                            "int() argument must be a string, a bytes-like object or a real number, not '{t}'"
                                        )));
                                    }
                                },
                            },
                        };
                        if !vm.is_int(r) {
                            let t = vm.type_name(r);
                            return Err(vm.type_error(format!("{hook} (type {t})")));
                        }
                        vm.as_bigint(r).unwrap_or_default()
                    }
                }
            }
        }
    };
    if cls == vm.types.int {
        return Ok(vm.new_bigint(n));
    }
    if cls == vm.types.bool_ {
        return Ok(vm.bool_val(n != BigInt::from(0)));
    }
    Ok(vm.alloc(cls, ObjKind::Int(n)))
}

fn bool_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match a.pos.get(1) {
        Some(&x) => {
            let t = vm.is_true(x)?;
            Ok(vm.bool_val(t))
        }
        None => Ok(vm.false_),
    }
}

fn float_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.pos[0];
    let f = match a.pos.get(1) {
        None => 0.0,
        Some(&x) => match vm.to_f64(x)? {
            Some(f) => f,
            None => match kind_of(x) {
                ObjKind::Str(s) => {
                    let s = s.as_str().to_string();
                    crate::object::num_parse::parse_float(&s).map_err(|m| vm.value_error(m))?
                }
                ObjKind::Bytes(b) | ObjKind::ByteArray(b) => {
                    let s: String = b.iter().map(|&c| c as char).collect();
                    match crate::object::num_parse::parse_float(&s) {
                        Ok(f) => f,
                        Err(_) => {
                            let r = vm.repr_string(x)?;
                            return Err(
                                vm.value_error(format!("could not convert string to float: {r}"))
                            );
                        }
                    }
                }
                _ => match vm.call_special(x, "__float__", &[])? {
                    Some(r) => match vm.as_num(r) {
                        Some(crate::vm::arith::Num::Float(f)) => f,
                        _ => {
                            let (tx, tr) = (vm.type_name(x), vm.type_name(r));
                            return Err(vm.type_error(format!(
                                "{tx}.__float__ returned non-float (type {tr})"
                            )));
                        }
                    },
                    None if vm.call_special(x, "__index__", &[])?.is_some() => {
                        let b = super::functions::index_of(vm, x)?;
                        match num_traits::ToPrimitive::to_f64(&b) {
                            Some(f) if f.is_finite() => f,
                            _ => return Err(vm.overflow_error("int too large to convert to float")),
                        }
                    }
                    None => {
                        let t = vm.type_name(x);
                        return Err(vm.type_error(format!(
                            "float() argument must be a string or a real number, not '{t}'"
                        )));
                    }
                },
            },
        },
    };
    if is_exact(vm, cls, vm.types.float) {
        return Ok(vm.new_float(f));
    }
    Ok(vm.alloc(cls, ObjKind::Float(f)))
}

fn int_bit_length(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = vm.as_bigint(a.pos[0]).unwrap_or_default();
    Ok(vm.new_int(b.bits() as i64))
}

/// The `byteorder` argument of to_bytes/from_bytes: true for "little".
fn byteorder_arg(vm: &mut Vm, v: Option<Value>, name: &str) -> PyResult<bool> {
    let Some(v) = v else {
        return Ok(false);
    };
    match kind_of(v) {
        ObjKind::Str(s) if v.is_ptr() => match s.as_str() {
            "little" => Ok(true),
            "big" => Ok(false),
            _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        },
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "{name}() argument 'byteorder' must be str, not {t}"
            )))
        }
    }
}

fn int_to_bytes(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = vm.as_bigint(a.pos[0]).unwrap_or_default();
    let length = match a.pos.get(1).copied().or_else(|| a.kw("length")) {
        Some(v) => super::functions::index_of(vm, v)?,
        None => BigInt::from(1),
    };
    if length.sign() == num_bigint::Sign::Minus {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let Some(length) = num_traits::ToPrimitive::to_usize(&length) else {
        return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
    };
    let little = byteorder_arg(
        vm,
        a.pos.get(2).copied().or_else(|| a.kw("byteorder")),
        "to_bytes",
    )?;
    let signed = match a.kw("signed") {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    if !signed && b.sign() == num_bigint::Sign::Minus {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = b.to_signed_bytes_le();
    if !signed {
        // Drop the sign byte of a non-negative value.
        while bytes.len() > 1 && *bytes.last().unwrap_or(&1) == 0 {
            bytes.pop();
        }
        if bytes == [0] {
            bytes.clear();
        }
    } else if b.sign() == num_bigint::Sign::NoSign {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if signed && b.sign() == num_bigint::Sign::Minus {
        0xff
    } else {
        0
    };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(vm.new_bytes(bytes))
}

fn int_from_bytes(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(src) = a.pos.get(1).copied().or_else(|| a.kw("bytes")) else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let data: Vec<u8> = match kind_of(src) {
        ObjKind::Bytes(x) | ObjKind::ByteArray(x) if src.is_ptr() => x.clone(),
        _ => byte_values(vm, src)?,
    };
    let little = byteorder_arg(
        vm,
        a.pos.get(2).copied().or_else(|| a.kw("byteorder")),
        "from_bytes",
    )?;
    let signed = match a.kw("signed") {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    let n = match (little, signed) {
        (true, true) => BigInt::from_signed_bytes_le(&data),
        (true, false) => BigInt::from_bytes_le(num_bigint::Sign::Plus, &data),
        (false, true) => BigInt::from_signed_bytes_be(&data),
        (false, false) => BigInt::from_bytes_be(num_bigint::Sign::Plus, &data),
    };
    let cls = a.pos[0];
    let r = vm.new_bigint(n);
    if cls == vm.types.int {
        return Ok(r);
    }
    vm.call(cls, &[r])
}

fn int_bit_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = vm.as_bigint(a.pos[0]).unwrap_or_default();
    let ones: u64 = b
        .magnitude()
        .to_u64_digits()
        .iter()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(vm.new_int(ones as i64))
}

fn int_conjugate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = vm.as_bigint(a.pos[0]).unwrap_or_default();
    Ok(vm.new_bigint(b))
}

fn int_as_integer_ratio(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = vm.as_bigint(a.pos[0]).unwrap_or_default();
    let n = vm.new_bigint(b);
    Ok(vm.new_tuple(vec![n, Value::small(1)]))
}

fn float_as_integer_ratio(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = match vm.as_num(a.pos[0]) {
        Some(crate::vm::arith::Num::Float(f)) => f,
        _ => 0.0,
    };
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (mant, exp, sign) = num_traits::float::FloatCore::integer_decode(f);
    let mut num = BigInt::from(mant) * BigInt::from(sign);
    let mut den = BigInt::from(1);
    if exp > 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    let g = num_integer::Integer::gcd(&num, &den);
    if !num_traits::Zero::is_zero(&g) {
        num /= &g;
        den /= &g;
    }
    if num_traits::Zero::is_zero(&num) {
        den = BigInt::from(1);
    }
    let (n, d) = (vm.new_bigint(num), vm.new_bigint(den));
    Ok(vm.new_tuple(vec![n, d]))
}

fn float_arg(vm: &Vm, v: Value) -> f64 {
    match vm.as_num(v) {
        Some(crate::vm::arith::Num::Float(f)) => f,
        _ => 0.0,
    }
}

/// float → int for `__trunc__`/`__floor__`/`__ceil__`.
fn float_to_int_value(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let b = super::format::float_to_bigint(f);
    Ok(vm.new_bigint(b))
}

/// `float.__round__` / `int.__round__`: `round(self, ndigits)`.
fn num_round(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = a.pos.len().saturating_sub(1);
    if n > 1 {
        return Err(vm.type_error(format!("__round__ expected at most 1 argument, got {n}")));
    }
    super::functions::round(vm, a)
}

fn float_trunc(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = float_arg(vm, a.pos[0]);
    float_to_int_value(vm, f.trunc())
}
fn float_floor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = float_arg(vm, a.pos[0]);
    float_to_int_value(vm, f.floor())
}
fn float_ceil(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = float_arg(vm, a.pos[0]);
    float_to_int_value(vm, f.ceil())
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>` (CPython's layout).
fn float_hex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = float_arg(vm, a.pos[0]);
    let s = if f.is_nan() {
        "nan".to_string()
    } else if f.is_infinite() {
        if f > 0.0 { "inf" } else { "-inf" }.to_string()
    } else {
        let sign = if f.is_sign_negative() { "-" } else { "" };
        let bits = f.to_bits();
        let exp_bits = ((bits >> 52) & 0x7ff) as i64;
        let mant = bits & ((1u64 << 52) - 1);
        if exp_bits == 0 && mant == 0 {
            format!("{sign}0x0.0p+0")
        } else if exp_bits == 0 {
            format!("{sign}0x0.{mant:013x}p-1022")
        } else {
            let e = exp_bits - 1023;
            let es = if e >= 0 {
                format!("+{e}")
            } else {
                e.to_string()
            };
            format!("{sign}0x1.{mant:013x}p{es}")
        }
    };
    Ok(vm.new_str(s))
}

/// `float.fromhex(s)` (a class method).
fn float_fromhex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(&sv) = a.pos.get(1) else {
        return Err(vm.type_error("fromhex() takes exactly one argument (0 given)"));
    };
    let ObjKind::Str(s) = kind_of(sv) else {
        let t = vm.type_name(sv);
        return Err(vm.type_error(format!("must be str, not {t}")));
    };
    let text = s.as_str().trim().to_ascii_lowercase();
    let bad = |vm: &mut Vm| Err(vm.value_error("invalid hexadecimal floating-point string"));
    let (neg, body) = match text.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, text.strip_prefix('+').unwrap_or(&text)),
    };
    let value = match body {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            let body = body.strip_prefix("0x").unwrap_or(body);
            let (mant, exp) = match body.find('p') {
                Some(i) => (&body[..i], Some(&body[i + 1..])),
                None => (body, None),
            };
            let (int_part, frac_part) = match mant.find('.') {
                Some(i) => (&mant[..i], &mant[i + 1..]),
                None => (mant, ""),
            };
            if int_part.is_empty() && frac_part.is_empty() {
                return bad(vm);
            }
            let mut m: u64 = 0;
            let mut e: i64 = 0;
            let mut digits = 0;
            for (k, c) in int_part.chars().chain(frac_part.chars()).enumerate() {
                let Some(d) = c.to_digit(16) else {
                    return bad(vm);
                };
                let in_frac = k >= int_part.len();
                if digits < 15 {
                    if m != 0 || d != 0 {
                        digits += 1;
                    }
                    m = m * 16 + d as u64;
                    if in_frac {
                        e -= 4;
                    }
                } else if !in_frac {
                    e += 4;
                }
            }
            let exp: i64 = match exp {
                Some(x) => match x.parse::<i64>() {
                    Ok(v) => v,
                    Err(_) => return bad(vm),
                },
                None => 0,
            };
            let r = crate::vm::arith::ldexp(m as f64, e + exp);
            if r.is_infinite() {
                return Err(
                    vm.overflow_error("hexadecimal value too large to represent as a float")
                );
            }
            r
        }
    };
    let v = if neg { -value } else { value };
    let cls = a.pos[0];
    let f = vm.new_float(v);
    if cls == vm.types.float {
        return Ok(f);
    }
    vm.call(cls, &[f])
}

fn float_conjugate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match vm.as_num(a.pos[0]) {
        Some(crate::vm::arith::Num::Float(f)) => Ok(vm.new_float(f)),
        _ => Ok(a.pos[0]),
    }
}

fn int_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = vm.as_bigint(a.pos[0]).unwrap_or_default();
    Ok(vm.new_bigint(b))
}

fn float_is_integer(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = vm.to_f64(a.pos[0])?.unwrap_or(0.0);
    Ok(vm.bool_val(f.is_finite() && f.fract() == 0.0))
}

// ---- list -----------------------------------------------------------------

fn list_items(v: Value) -> Vec<Value> {
    match kind_of(v) {
        ObjKind::List(l) | ObjKind::Tuple(l) => l.clone(),
        _ => vec![],
    }
}

/// Length of a list or tuple without copying its items.
fn list_len(v: Value) -> usize {
    match kind_of(v) {
        ObjKind::List(l) | ObjKind::Tuple(l) => l.len(),
        _ => 0,
    }
}

/// Item `i` of a list or tuple, without copying the others.
fn list_get(v: Value, i: usize) -> Option<Value> {
    match kind_of(v) {
        ObjKind::List(l) | ObjKind::Tuple(l) => l.get(i).copied(),
        _ => None,
    }
}

fn with_list<T>(v: Value, f: impl FnOnce(&mut Vec<Value>) -> T) -> Option<T> {
    match &mut v.obj_mut().kind {
        ObjKind::List(l) => Some(f(l)),
        _ => None,
    }
}

fn list_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.pos[0];
    if cls == vm.types.list {
        return Ok(vm.new_list(vec![]));
    }
    Ok(vm.alloc(cls, ObjKind::List(vec![])))
}

/// Arity check of a method whose `a.pos` includes the receiver (or `cls`
/// for `__new__`), with CPython's messages counting only the arguments.
/// `name` is `"list.append"` for one-argument methods (`METH_O`), the bare
/// name for the others.
#[inline]
fn check_m(vm: &mut Vm, name: &str, a: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = a.pos.len().saturating_sub(1);
    if (min.saturating_sub(1)..=max.saturating_sub(1)).contains(&n) {
        return Ok(());
    }
    bad_method_args(vm, name, a, min, max)
}

/// The TypeError of [`check_m`] (the argument count is out of range).
#[cold]
#[inline(never)]
fn bad_method_args(vm: &mut Vm, name: &str, a: &Args, min: usize, max: usize) -> PyResult<()> {
    let shifted = Args {
        pos: &a.pos[a.pos.len().min(1)..],
        kwnames: a.kwnames,
        kwvals: a.kwvals,
    };
    let (min, max) = (min.saturating_sub(1), max.saturating_sub(1));
    let n = shifted.pos.len();
    if min == 1 && max == 1 && !name.contains('.') && n != 1 {
        return Err(vm.type_error(format!("{name} expected 1 argument, got {n}")));
    }
    check_args(vm, name, &shifted, min, max)
}

/// An index argument (`__index__`) as an i64 (CPython's `Py_ssize_t`).
fn ssize_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let b = super::functions::index_of(vm, v)?;
    match i64::try_from(&b) {
        Ok(i) => Ok(i),
        Err(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// A start/stop argument of `index()`: `__index__`, clamped.
fn slice_index_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let index_name = vm.intern_static("__index__");
    if vm.as_bigint(v).is_none() && vm.lookup_special(v, index_name).is_none() {
        return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
    }
    let b = super::functions::index_of(vm, v)?;
    Ok(
        i64::try_from(&b).unwrap_or(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        }),
    )
}

fn list_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    check_m(vm, "list", &a, 1, 2)?;
    let items = match a.pos.get(1) {
        Some(&x) => vm.iterate(x)?,
        None => vec![],
    };
    with_list(a.pos[0], |l| *l = items);
    Ok(vm.none)
}

fn list_append(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_m(vm, "list.append", &a, 2, 2)?;
    let grew = with_list(a.pos[0], |l| {
        let grew = if l.len() == l.capacity() {
            l.capacity().max(4) * 8
        } else {
            0
        };
        l.push(a.pos[1]);
        grew
    });
    vm.heap.note_growth(grew.unwrap_or(0));
    Ok(vm.none)
}

fn list_extend(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_m(vm, "list.extend", &a, 2, 2)?;
    let items = vm.iterate(a.pos[1])?;
    vm.heap.note_growth(items.len() * 8);
    with_list(a.pos[0], |l| l.extend(items));
    Ok(vm.none)
}

fn list_insert(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_m(vm, "insert", &a, 3, 3)?;
    let i = ssize_arg(vm, a.pos[1])?;
    let v = a.pos[2];
    with_list(a.pos[0], |l| {
        let n = l.len() as i64;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        l.insert(j as usize, v);
    });
    Ok(vm.none)
}

fn list_pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_m(vm, "pop", &a, 1, 2)?;
    let i = match a.pos.get(1) {
        Some(&x) => ssize_arg(vm, x)?,
        None => -1,
    };
    let n = list_len(a.pos[0]) as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(with_list(a.pos[0], |l| l.remove(j as usize)).unwrap_or(vm.none))
}

fn list_remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_m(vm, "list.remove", &a, 2, 2)?;
    let items = list_items(a.pos[0]);
    for (i, x) in items.into_iter().enumerate() {
        if vm.eq(x, a.pos[1])? {
            with_list(a.pos[0], |l| {
                if i < l.len() {
                    l.remove(i);
                }
            });
            return Ok(vm.none);
        }
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn seq_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_m(vm, "index", &a, 2, 4)?;
    let is_list = matches!(kind_of(a.pos[0]), ObjKind::List(_));
    let n = list_len(a.pos[0]) as i64;
    let norm = |x: i64| {
        if x < 0 {
            (x.saturating_add(n)).max(0)
        } else {
            x
        }
    };
    let start = match a.pos.get(2) {
        Some(&x) => norm(slice_index_arg(vm, x)?),
        None => 0,
    };
    let stop = match a.pos.get(3) {
        Some(&x) => norm(slice_index_arg(vm, x)?),
        None => i64::MAX,
    };
    let mut i = start;
    while i < stop {
        // The sequence may change while `__eq__` runs.
        let Some(item) = list_get(a.pos[0], i as usize) else {
            break;
        };
        if vm.eq(item, a.pos[1])? {
            return Ok(vm.new_int(i));
        }
        i += 1;
    }
    if is_list {
        let r = vm.repr_string(a.pos[1])?;
        Err(vm.value_error(format!("{r} is not in list")))
    } else {
        Err(vm.value_error("tuple.index(x): x not in tuple"))
    }
}

fn seq_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let name = if matches!(kind_of(a.pos[0]), ObjKind::List(_)) {
        "list.count"
    } else {
        "tuple.count"
    };
    check_m(vm, name, &a, 2, 2)?;
    let items = list_items(a.pos[0]);
    let mut c = 0;
    for x in items {
        if vm.eq(x, a.pos[1])? {
            c += 1;
        }
    }
    Ok(vm.new_int(c))
}

fn list_sort(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    for &k in a.kwnames {
        let k = crate::vm::str_of(k);
        if k != "key" && k != "reverse" {
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for sort()")));
        }
    }
    let key = a.kw("key").filter(|k| *k != vm.none);
    let reverse = match a.kw("reverse") {
        Some(r) => vm.is_true(r)?,
        None => false,
    };
    let mut items = list_items(a.pos[0]);
    with_list(a.pos[0], |l| l.clear());
    let r = super::functions::sort_values(vm, &mut items, key, reverse);
    let modified = !list_items(a.pos[0]).is_empty();
    with_list(a.pos[0], |l| *l = items);
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(vm.none)
}

fn list_reverse(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_method_arity(vm, "list.reverse", &a, 0)?;
    with_list(a.pos[0], |l| l.reverse());
    Ok(vm.none)
}

fn list_copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_method_arity(vm, "list.copy", &a, 0)?;
    let items = list_items(a.pos[0]);
    Ok(vm.new_list(items))
}

fn list_clear(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_method_arity(vm, "list.clear", &a, 0)?;
    with_list(a.pos[0], |l| l.clear());
    Ok(vm.none)
}

fn tuple_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.pos[0];
    if let Some(&x) = a.pos.get(1) {
        // tuple(a_tuple) is the argument itself.
        if cls == vm.types.tuple && x.is_ptr() && x.obj().class == cls {
            return Ok(x);
        }
    }
    let items = match a.pos.get(1) {
        Some(&x) => vm.iterate(x)?,
        None => vec![],
    };
    if cls == vm.types.tuple {
        return Ok(vm.new_tuple(items));
    }
    Ok(vm.alloc(cls, ObjKind::Tuple(items)))
}

// ---- dict -----------------------------------------------------------------

fn dict_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.pos[0];
    if cls == vm.types.dict {
        return Ok(vm.new_dict());
    }
    Ok(vm.alloc(cls, ObjKind::Dict(crate::object::Dict::new())))
}

fn dict_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_m(vm, "dict", &a, 1, 2)?;
    let d = a.pos[0];
    if let Some(&src) = a.pos.get(1) {
        vm.dict_update(d, src, false)?;
    }
    for (i, &k) in a.kwnames.iter().enumerate() {
        vm.dict_set(d, k, a.kwvals[i])?;
    }
    Ok(vm.none)
}

fn dict_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_m(vm, "get", &a, 2, 3)?;
    Ok(vm
        .dict_get(a.pos[0], a.pos[1])?
        .unwrap_or(a.pos.get(2).copied().unwrap_or(vm.none)))
}

fn dict_view(vm: &mut Vm, a: Args, what: crate::object::DictViewKind) -> PyResult<Value> {
    let cls = match what {
        crate::object::DictViewKind::Keys => vm.types.dict_keys,
        crate::object::DictViewKind::Values => vm.types.dict_values,
        crate::object::DictViewKind::Items => vm.types.dict_items,
    };
    Ok(vm.alloc(
        cls,
        ObjKind::DictView {
            dict: a.pos[0],
            what,
        },
    ))
}
/// `keys_or_items_view.isdisjoint(iterable)`.
fn view_isdisjoint(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_m(vm, "isdisjoint", &a, 2, 2)?;
    let s = vm.new_set_from_iter(a.pos[0])?;
    let r = vm.set_isdisjoint(s, a.pos[1])?;
    Ok(vm.bool_val(r))
}

fn dict_keys(vm: &mut Vm, a: Args) -> PyResult<Value> {
    dict_view(vm, a, crate::object::DictViewKind::Keys)
}
fn dict_values(vm: &mut Vm, a: Args) -> PyResult<Value> {
    dict_view(vm, a, crate::object::DictViewKind::Values)
}
fn dict_items(vm: &mut Vm, a: Args) -> PyResult<Value> {
    dict_view(vm, a, crate::object::DictViewKind::Items)
}

fn dict_pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_m(vm, "pop", &a, 2, 3)?;
    match vm.dict_remove(a.pos[0], a.pos[1])? {
        Some(v) => Ok(v),
        None => match a.pos.get(2) {
            Some(&d) => Ok(d),
            None => Err(vm.key_error(a.pos[1])),
        },
    }
}

fn dict_popitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let last = match &mut a.pos[0].obj_mut().kind {
        ObjKind::Dict(d) => d.last_pos().map(|p| d.remove_at(p)),
        _ => None,
    };
    match last {
        Some((k, v)) => Ok(vm.new_tuple(vec![k, v])),
        None => Err(vm.exc(ExcKind::KeyError, "popitem(): dictionary is empty")),
    }
}

fn dict_setdefault(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_m(vm, "setdefault", &a, 2, 3)?;
    if let Some(v) = vm.dict_get(a.pos[0], a.pos[1])? {
        return Ok(v);
    }
    let d = a.pos.get(2).copied().unwrap_or(vm.none);
    vm.dict_set(a.pos[0], a.pos[1], d)?;
    Ok(d)
}

fn dict_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    dict_init(vm, a)
}

fn dict_copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = vm.new_dict();
    vm.dict_update(d, a.pos[0], false)?;
    Ok(d)
}

fn dict_clear(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if let ObjKind::Dict(d) = &mut a.pos[0].obj_mut().kind {
        d.clear();
    }
    Ok(vm.none)
}

fn dict_fromkeys(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.pos[0];
    let d = vm.call(cls, &[])?;
    let v = a.pos.get(2).copied().unwrap_or(vm.none);
    for k in vm.iterate(a.pos.get(1).copied().unwrap_or(vm.none))? {
        vm.setitem(d, k, v)?;
    }
    Ok(d)
}

// ---- set ------------------------------------------------------------------

/// `set.NAME` or `frozenset.NAME` for argument errors.
fn set_qualname(s: Value, name: &str) -> String {
    let frozen = matches!(kind_of(s), ObjKind::Set(st) if st.frozen);
    format!("{}.{name}", if frozen { "frozenset" } else { "set" })
}

fn set_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.pos[0];
    let frozen = vm.is_subclass(cls, vm.types.frozenset);
    if frozen {
        if let Some(&x) = a.pos.get(1) {
            // frozenset(a_frozenset) is the argument itself.
            if cls == vm.types.frozenset && x.is_ptr() && x.obj().class == cls {
                return Ok(x);
            }
        }
    }
    let s = vm.new_set_from(&[], frozen)?;
    s.obj_mut().class = cls;
    if frozen {
        if let Some(&x) = a.pos.get(1) {
            vm.set_update_internal(s, x)?;
        }
    }
    Ok(s)
}

fn set_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let name = vm.type_name(a.pos[0]);
    if !a.kwnames.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "{name} expected at most 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    if let Some(&x) = a.pos.get(1) {
        vm.set_clear(a.pos[0]);
        vm.set_update_internal(a.pos[0], x)?;
    } else {
        vm.set_clear(a.pos[0]);
    }
    Ok(vm.none)
}

fn set_add(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_method_arity(vm, &set_qualname(a.pos[0], "add"), &a, 1)?;
    vm.set_add(a.pos[0], a.pos[1])?;
    Ok(vm.none)
}

fn set_remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_method_arity(vm, &set_qualname(a.pos[0], "remove"), &a, 1)?;
    if !vm.set_discard(a.pos[0], a.pos[1])? {
        return Err(vm.key_error(a.pos[1]));
    }
    Ok(vm.none)
}

fn set_discard(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_method_arity(vm, &set_qualname(a.pos[0], "discard"), &a, 1)?;
    vm.set_discard(a.pos[0], a.pos[1])?;
    Ok(vm.none)
}

fn set_pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_method_arity(vm, &set_qualname(a.pos[0], "pop"), &a, 0)?;
    let r = match &mut a.pos[0].obj_mut().kind {
        ObjKind::Set(s) => s.table.pop(),
        _ => None,
    };
    match r {
        Some(v) => Ok(v),
        None => Err(vm.exc(ExcKind::KeyError, "pop from an empty set")),
    }
}

fn set_clear_m(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_method_arity(vm, &set_qualname(a.pos[0], "clear"), &a, 0)?;
    vm.set_clear(a.pos[0]);
    Ok(vm.none)
}

fn set_copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_method_arity(vm, &set_qualname(a.pos[0], "copy"), &a, 0)?;
    Ok(vm.set_copy(a.pos[0]))
}

fn set_union(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let r = vm.set_copy(a.pos[0]);
    for &o in &a.pos[1..] {
        vm.set_update_internal(r, o)?;
    }
    Ok(r)
}
fn set_intersection(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.set_intersection_multi(a.pos[0], &a.pos[1..])
}
fn set_difference(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(&first) = a.pos.get(1) else {
        return Ok(vm.set_copy(a.pos[0]));
    };
    let r = vm.set_difference(a.pos[0], first)?;
    for &o in &a.pos[2..] {
        vm.set_difference_update(r, o)?;
    }
    Ok(r)
}
fn set_symdiff(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_method_arity(vm, &set_qualname(a.pos[0], "symmetric_difference"), &a, 1)?;
    vm.set_symmetric_difference(a.pos[0], a.pos[1])
}

fn set_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    for &o in &a.pos[1..] {
        vm.set_update_internal(a.pos[0], o)?;
    }
    Ok(vm.none)
}
fn set_intersection_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.set_intersection_update(a.pos[0], &a.pos[1..])?;
    Ok(vm.none)
}
fn set_difference_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    for &o in &a.pos[1..] {
        vm.set_difference_update(a.pos[0], o)?;
    }
    Ok(vm.none)
}
fn set_symdiff_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_method_arity(
        vm,
        &set_qualname(a.pos[0], "symmetric_difference_update"),
        &a,
        1,
    )?;
    vm.set_symmetric_difference_update(a.pos[0], a.pos[1])?;
    Ok(vm.none)
}

fn set_issubset(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_method_arity(vm, &set_qualname(a.pos[0], "issubset"), &a, 1)?;
    let o = if vm.is_set_like(a.pos[1]) {
        a.pos[1]
    } else {
        vm.new_set_from_iter(a.pos[1])?
    };
    let r = vm.set_is_subset(a.pos[0], o)?;
    Ok(vm.bool_val(r))
}
fn set_issuperset(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_method_arity(vm, &set_qualname(a.pos[0], "issuperset"), &a, 1)?;
    let r = if vm.is_set_like(a.pos[1]) {
        vm.set_is_subset(a.pos[1], a.pos[0])?
    } else {
        let mut all = true;
        let it = vm.get_iter(a.pos[1])?;
        while let Some(x) = vm.iter_next(it)? {
            if !vm.set_contains(a.pos[0], x)? {
                all = false;
                break;
            }
        }
        all
    };
    Ok(vm.bool_val(r))
}
fn set_isdisjoint(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_method_arity(vm, &set_qualname(a.pos[0], "isdisjoint"), &a, 1)?;
    let r = vm.set_isdisjoint(a.pos[0], a.pos[1])?;
    Ok(vm.bool_val(r))
}

// ---- bytes ----------------------------------------------------------------

fn bytes_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.pos[0];
    let data: Vec<u8> = match a.pos.get(1) {
        None => vec![],
        Some(&x) => {
            if let Some(n) = vm.as_i64(x) {
                if n < 0 {
                    return Err(vm.value_error("negative count"));
                }
                crate::memory::ensure_room(vm, n as usize, 1)?;
                vec![0; n as usize]
            } else if let ObjKind::Str(s) = kind_of(x) {
                if a.pos.len() < 3 && a.kw("encoding").is_none() {
                    return Err(vm.type_error("string argument without an encoding"));
                }
                s.as_str().as_bytes().to_vec()
            } else {
                if !vm.has_iter(x) {
                    let t = vm.type_name(x);
                    return Err(vm.type_error(format!("cannot convert '{t}' object to bytes")));
                }
                byte_values(vm, x)?
            }
        }
    };
    if vm.is_subclass(cls, vm.types.bytearray) {
        return Ok(vm.alloc(cls, ObjKind::ByteArray(data)));
    }
    Ok(vm.alloc(cls, ObjKind::Bytes(data)))
}

/// `bytes.decode(encoding='utf-8', errors='strict')` (see `codecs.rs`).
fn bytes_decode(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = vm.bytes_like(a.pos[0])?;
    let (encoding, errors) = super::codecs::codec_args(vm, &a, "decode")?;
    let encoding = encoding.unwrap_or_else(|| "utf-8".into());
    let errors = errors.unwrap_or_else(|| "strict".into());
    let s = super::codecs::decode(vm, a.pos[0], &b, &encoding, &errors)?;
    Ok(vm.new_str(s))
}

fn bytes_hex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = vm.bytes_like(a.pos[0])?;
    let sep = a.pos.get(1).copied().or_else(|| a.kw("sep"));
    let Some(sep) = sep else {
        let s: String = b.iter().map(|x| format!("{x:02x}")).collect();
        return Ok(vm.new_str(s));
    };
    let sep_s = match kind_of(sep) {
        ObjKind::Str(s) if sep.is_ptr() => s.as_str().to_string(),
        ObjKind::Bytes(x) if sep.is_ptr() => x.iter().map(|&c| c as char).collect(),
        _ => return Err(vm.type_error("sep must be str or bytes.")),
    };
    if sep_s.chars().count() != 1 {
        return Err(vm.value_error("sep must be length 1."));
    }
    let per = match a.pos.get(2).copied().or_else(|| a.kw("bytes_per_sep")) {
        Some(v) => vm.as_i64(v).unwrap_or(1),
        None => 1,
    };
    let group = per.unsigned_abs().max(1) as usize;
    // Groups count from the right for a positive bytes_per_sep.
    let n = b.len();
    let mut s = String::new();
    for (i, x) in b.iter().enumerate() {
        let boundary = if per > 0 {
            i > 0 && (n - i) % group == 0
        } else {
            i > 0 && i % group == 0
        };
        if boundary {
            s.push_str(&sep_s);
        }
        s.push_str(&format!("{x:02x}"));
    }
    Ok(vm.new_str(s))
}

fn bytearray_append(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = vm.as_i64(a.pos[1]).unwrap_or(-1);
    if !(0..256).contains(&x) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    if let ObjKind::ByteArray(b) = &mut a.pos[0].obj_mut().kind {
        b.push(x as u8);
    }
    Ok(vm.none)
}

// ---- range, slice, iterator types -----------------------------------------

fn range_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let mut nums = Vec::new();
    for &x in &a.pos[1..] {
        nums.push(super::functions::index_of(vm, x)?);
    }
    let mut nums = nums.into_iter();
    let (start, stop, step) = match a.pos.len() - 1 {
        1 => (
            BigInt::from(0),
            nums.next().unwrap_or_default(),
            BigInt::from(1),
        ),
        2 => {
            let start = nums.next().unwrap_or_default();
            (start, nums.next().unwrap_or_default(), BigInt::from(1))
        }
        3 => {
            let start = nums.next().unwrap_or_default();
            let stop = nums.next().unwrap_or_default();
            (start, stop, nums.next().unwrap_or_default())
        }
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if num_traits::Zero::is_zero(&step) {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(vm.alloc(
        vm.types.range,
        ObjKind::Range(Box::new(RangeObj::new(start, stop, step))),
    ))
}

fn range_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_m(vm, "range.index", &a, 2, 2)?;
    let exact_int = a.pos[1].is_small()
        || (a.pos[1].is_ptr() && matches!(kind_of(a.pos[1]), ObjKind::Int(_) | ObjKind::Bool(_)));
    if exact_int {
        let x = vm.as_bigint(a.pos[1]).unwrap_or_default();
        let ObjKind::Range(r) = kind_of(a.pos[0]) else {
            return Ok(vm.none);
        };
        if let Some(i) = r.index_of(&x) {
            return Ok(vm.new_bigint(i));
        }
    } else {
        // Other values by equality with each element, as CPython does.
        let it = vm.get_iter(a.pos[0])?;
        let mut i = 0i64;
        while let Some(x) = vm.iter_next(it)? {
            if vm.eq(x, a.pos[1])? {
                return Ok(vm.new_int(i));
            }
            i += 1;
        }
    }
    let rs = vm.repr_string(a.pos[1])?;
    Err(vm.value_error(format!("{rs} is not in range")))
}

fn range_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = vm.contains(a.pos[0], a.pos[1])?;
    Ok(Value::small(c as i64))
}

fn slice_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let none = vm.none;
    let (x, y, z) = match a.pos.len() {
        2 => (none, a.pos[1], none),
        3 => (a.pos[1], a.pos[2], none),
        4 => (a.pos[1], a.pos[2], a.pos[3]),
        1 => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
        n => {
            return Err(vm.type_error(format!("slice expected at most 3 arguments, got {}", n - 1)))
        }
    };
    Ok(vm.alloc(vm.types.slice, ObjKind::Slice(x, y, z)))
}

fn slice_indices_m(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_m(vm, "slice.indices", &a, 2, 2)?;
    let n = super::functions::index_of(vm, a.pos[1])?;
    if n.sign() == num_bigint::Sign::Minus {
        return Err(vm.value_error("length should not be negative"));
    }
    let (x, y, z) = vm.slice_indices_big(a.pos[0], &n)?;
    let v = vec![vm.new_bigint(x), vm.new_bigint(y), vm.new_bigint(z)];
    Ok(vm.new_tuple(v))
}

fn enumerate_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(&x) = a.pos.get(1).or(a.kw("iterable").as_ref()) else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable' (pos 1)"));
    };
    let it = vm.get_iter(x)?;
    let start = a
        .pos
        .get(2)
        .copied()
        .or_else(|| a.kw("start"))
        .unwrap_or(Value::small(0));
    if vm.as_bigint(start).is_none() {
        let b = super::functions::index_of(vm, start)?;
        let start = vm.new_bigint(b);
        return Ok(vm.alloc(
            vm.types.enumerate,
            ObjKind::Iter(IterState::Enumerate { it, count: start }),
        ));
    }
    Ok(vm.alloc(
        vm.types.enumerate,
        ObjKind::Iter(IterState::Enumerate { it, count: start }),
    ))
}

fn zip_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let mut its = Vec::new();
    for (i, &x) in a.pos[1..].iter().enumerate() {
        match vm.get_iter(x) {
            Ok(it) => its.push(it),
            Err(e) => {
                let _ = i;
                return Err(e);
            }
        }
    }
    let strict = match a.kw("strict") {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    Ok(vm.alloc(vm.types.zip, ObjKind::Iter(IterState::Zip { its, strict })))
}

fn map_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() < 3 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for &x in &a.pos[2..] {
        its.push(vm.get_iter(x)?);
    }
    Ok(vm.alloc(
        vm.types.map,
        ObjKind::Iter(IterState::Map {
            func: a.pos[1],
            its,
        }),
    ))
}

fn filter_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_m(vm, "filter", &a, 3, 3)?;
    let it = vm.get_iter(a.pos[2])?;
    Ok(vm.alloc(
        vm.types.filter,
        ObjKind::Iter(IterState::Filter { func: a.pos[1], it }),
    ))
}

fn reversed_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_m(vm, "reversed", &a, 2, 2)?;
    let x = a.pos[1];
    if let Some(r) = vm.call_special(x, "__reversed__", &[])? {
        return Ok(r);
    }
    let not_reversible = |vm: &mut Vm| {
        let t = vm.type_name(x);
        Err(vm.type_error(format!("'{t}' object is not reversible")))
    };
    match kind_of(x) {
        ObjKind::Dict(_) | ObjKind::DictView { .. } => {
            let keys: Vec<Value> = vm.iterate(x)?.into_iter().rev().collect();
            let l = vm.new_list(keys);
            return vm.get_iter(l);
        }
        ObjKind::List(_)
        | ObjKind::Tuple(_)
        | ObjKind::Str(_)
        | ObjKind::Bytes(_)
        | ObjKind::ByteArray(_)
        | ObjKind::Range(_) => {}
        _ => {
            let (len_n, gi_n) = (vm.intern_static("__len__"), vm.intern_static("__getitem__"));
            if !x.is_ptr()
                || vm.lookup_special(x, len_n).is_none()
                || vm.lookup_special(x, gi_n).is_none()
            {
                return not_reversible(vm);
            }
        }
    }
    let n = match super::functions::len_of(vm, x) {
        Ok(n) => n,
        Err(_) => {
            let t = vm.type_name(x);
            return Err(vm.type_error(format!("'{t}' object is not reversible")));
        }
    };
    // CPython's reverse iterators of lists and ranges have their own types.
    let cls = match kind_of(x) {
        ObjKind::List(_) => vm.types.list_reverseiterator,
        ObjKind::Range(_) => vm.types.range_iterator,
        _ => vm.types.reversed,
    };
    Ok(vm.alloc(cls, ObjKind::Iter(IterState::Reversed { seq: x, idx: n })))
}

fn iter_self(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(a.pos[0])
}

fn iter_next_m(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match vm.iter_next(a.pos[0])? {
        Some(v) => Ok(v),
        None => {
            let none = vm.none;
            Err(vm.stop_iteration(none))
        }
    }
}

/// `__reduce__` of the list, tuple, bytes and range iterators, as CPython
/// 3.11: `(iter, (seq,), position)`, or `(iter, (empty,))` once exhausted
/// (how `copy` and `pickle` rebuild one).
fn seq_iter_reduce(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_args(vm, "__reduce__", &a, 1, 1)?;
    let it = a.pos[0];
    let name = vm.intern_static("iter");
    let Some(iter_fn) = crate::builtins::dict::dict_get_str(vm.builtins, name) else {
        return Err(vm.runtime_error("builtins.iter is missing"));
    };
    let (seq, position) = match kind_of(it) {
        ObjKind::Iter(IterState::Seq { seq, idx }) => (*seq, Some(*idx as i64)),
        ObjKind::Iter(IterState::Range { cur, stop, step }) => {
            let r = RangeObj::from_i64(*cur, *stop, *step);
            (
                vm.alloc(vm.types.range, ObjKind::Range(Box::new(r))),
                Some(0),
            )
        }
        ObjKind::Iter(IterState::Exhausted) => {
            let empty = if vm.class_of(it) == vm.types.tuple_iterator {
                vm.new_tuple(vec![])
            } else {
                vm.new_list(vec![])
            };
            (empty, None)
        }
        _ => {
            let t = vm.type_name(it);
            return Err(vm.type_error(format!("cannot pickle '{t}' object")));
        }
    };
    let args = vm.new_tuple(vec![seq]);
    let mut parts = vec![iter_fn, args];
    if let Some(p) = position {
        parts.push(vm.new_int(p));
    }
    Ok(vm.new_tuple(parts))
}

/// `__setstate__(position)` of the list, tuple, bytes and range
/// iterators: moves to `position` (clamped to the sequence, as CPython).
fn seq_iter_setstate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_args(vm, "__setstate__", &a, 2, 2)?;
    let it = a.pos[0];
    let Some(n) = vm.as_i64(a.pos[1]) else {
        return Err(vm.type_error("an integer is required"));
    };
    let n = n.max(0);
    let len_of = |seq: Value| match kind_of(seq) {
        ObjKind::List(l) | ObjKind::Tuple(l) => l.len(),
        ObjKind::Bytes(b) | ObjKind::ByteArray(b) => b.len(),
        _ => 0,
    };
    if let ObjKind::Iter(st) = &mut it.obj_mut().kind {
        match st {
            IterState::Seq { seq, idx } => *idx = (n as usize).min(len_of(*seq)),
            IterState::Range { cur, stop, step } => {
                let target = *cur as i128 + n as i128 * *step as i128;
                let end = *stop as i128;
                let clamped = if *step > 0 {
                    target.min(end)
                } else {
                    target.max(end)
                };
                *cur = clamped as i64;
            }
            _ => {}
        }
    }
    Ok(vm.none)
}

// ---- exceptions -------------------------------------------------------------

/// The OSError subclass CPython picks for an errno (`OSError(2, ...)` is a FileNotFoundError).
fn oserror_subclass(errno: i64) -> Option<ExcKind> {
    Some(match errno {
        1 | 13 => ExcKind::PermissionError,
        2 => ExcKind::FileNotFoundError,
        3 => ExcKind::ProcessLookupError,
        4 => ExcKind::InterruptedError,
        10 => ExcKind::ChildProcessError,
        11 | 114 | 115 => ExcKind::BlockingIOError,
        17 => ExcKind::FileExistsError,
        20 => ExcKind::NotADirectoryError,
        21 => ExcKind::IsADirectoryError,
        110 => ExcKind::TimeoutError,
        _ => return None,
    })
}

fn exc_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let mut cls = a.pos[0];
    if cls == vm.exc_type(ExcKind::OSError) && a.pos.len() >= 3 {
        if let Some(k) = vm.as_i64(a.pos[1]).and_then(oserror_subclass) {
            cls = vm.exc_type(k);
        }
    }
    let e = vm.new_exception(cls, a.pos[1..].to_vec());
    Ok(e)
}

fn exc_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = vm.new_tuple(a.pos[1..].to_vec());
    if let Some(d) = vm.exc_data(a.pos[0]) {
        d.args = t;
    }
    Ok(vm.none)
}

fn exc_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    // The payload's text: a subclass's `__str__` calling `super().__str__()` must not recurse.
    let s = vm.str_payload(a.pos[0])?;
    Ok(vm.new_str(s))
}

fn exc_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let args = vm.exc_args(a.pos[0]);
    let cls = vm.class_of(a.pos[0]);
    let name = vm.class_data(cls).name.clone();
    let inner = if args.len() == 1 {
        vm.repr_string(args[0])?
    } else {
        let mut parts = Vec::new();
        for x in args {
            parts.push(vm.repr_string(x)?);
        }
        parts.join(", ")
    };
    Ok(vm.new_str(format!("{name}({inner})")))
}

fn exc_with_traceback(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(a.pos[0])
}

/// `e.add_note(note)`: appends to the `__notes__` list (created on first
/// use), which tracebacks print after the message.
fn exc_add_note(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::check_method_arity(vm, "BaseException.add_note", &a, 1)?;
    let (e, note) = (a.pos[0], a.pos[1]);
    if !(note.is_ptr() && matches!(kind_of(note), ObjKind::Str(_))) {
        let t = vm.type_name(note);
        return Err(vm.type_error(format!("note must be a str, not '{t}'")));
    }
    let key = vm.intern_static("__notes__");
    let notes = match vm.getattr_or_none(e, "__notes__")? {
        Some(n) => n,
        None => {
            let l = vm.new_list(vec![]);
            vm.setattr(e, key, l)?;
            l
        }
    };
    match &mut notes.obj_mut().kind {
        ObjKind::List(items) if notes.is_ptr() => items.push(note),
        _ => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(vm.none)
}

// ---- generators ---------------------------------------------------------------

fn gen_send(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_m(vm, "generator.send", &a, 2, 2)?;
    match vm.gen_resume(a.pos[0], a.pos[1], Value::NULL)? {
        crate::vm::iter::SendResult::Yielded(v) => Ok(v),
        crate::vm::iter::SendResult::Returned(r) => Err(vm.stop_iteration(r)),
    }
}

fn gen_throw(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let e = vm.make_exception(a.pos[1])?;
    match vm.gen_resume(a.pos[0], vm.none, e)? {
        crate::vm::iter::SendResult::Yielded(v) => Ok(v),
        crate::vm::iter::SendResult::Returned(r) => Err(vm.stop_iteration(r)),
    }
}

fn gen_close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = a.pos[0];
    let started = match kind_of(g) {
        ObjKind::Generator(gen) => gen.frame.as_ref().map(|f| f.pc > 0),
        _ => None,
    };
    match started {
        None => return Ok(vm.none),
        Some(false) => {
            if let ObjKind::Generator(gen) = &mut g.obj_mut().kind {
                gen.frame = None;
            }
            return Ok(vm.none);
        }
        Some(true) => {}
    }
    let cls = vm.exc_type(ExcKind::GeneratorExit);
    let e = vm.new_exception(cls, vec![]);
    match vm.gen_resume(g, vm.none, e) {
        Ok(crate::vm::iter::SendResult::Yielded(_)) => {
            Err(vm.runtime_error("generator ignored GeneratorExit"))
        }
        Ok(_) => Ok(vm.none),
        Err(err)
            if vm.exc_matches(err.0, ExcKind::GeneratorExit)
                || vm.exc_matches(err.0, ExcKind::StopIteration) =>
        {
            Ok(vm.none)
        }
        Err(err) => Err(err),
    }
}

pub fn install(vm: &mut Vm) {
    let m = BuiltinKind::Method;
    let s = BuiltinKind::StaticMethod;
    let t = &vm.types;
    let tables: Vec<(Value, &'static str, BuiltinKind, F)> = vec![
        (t.int, "__new__", s, int_new),
        (t.int, "bit_length", m, int_bit_length),
        (t.int, "bit_count", m, int_bit_count),
        (t.int, "to_bytes", m, int_to_bytes),
        (
            t.int,
            "from_bytes",
            BuiltinKind::ClassMethod,
            int_from_bytes,
        ),
        (t.int, "conjugate", m, int_conjugate),
        (t.int, "as_integer_ratio", m, int_as_integer_ratio),
        (t.float, "as_integer_ratio", m, float_as_integer_ratio),
        (t.float, "conjugate", m, float_conjugate),
        (t.float, "hex", m, float_hex),
        (t.float, "fromhex", BuiltinKind::ClassMethod, float_fromhex),
        (t.float, "__trunc__", m, float_trunc),
        (t.float, "__floor__", m, float_floor),
        (t.float, "__ceil__", m, float_ceil),
        (t.float, "__round__", m, num_round),
        (t.int, "__round__", m, num_round),
        (t.int, "__trunc__", m, int_index),
        (t.int, "__floor__", m, int_index),
        (t.int, "__ceil__", m, int_index),
        (t.int, "__index__", m, int_index),
        (t.int, "__int__", m, int_index),
        (t.bool_, "__new__", s, bool_new),
        (t.float, "__new__", s, float_new),
        (t.float, "is_integer", m, float_is_integer),
        (t.list, "__new__", s, list_new),
        (t.list, "__init__", m, list_init),
        (t.list, "append", m, list_append),
        (t.list, "extend", m, list_extend),
        (t.list, "insert", m, list_insert),
        (t.list, "pop", m, list_pop),
        (t.list, "remove", m, list_remove),
        (t.list, "index", m, seq_index),
        (t.list, "count", m, seq_count),
        (t.list, "sort", m, list_sort),
        (t.list, "reverse", m, list_reverse),
        (t.list, "copy", m, list_copy),
        (t.list, "clear", m, list_clear),
        (t.tuple, "__new__", s, tuple_new),
        (t.tuple, "index", m, seq_index),
        (t.tuple, "count", m, seq_count),
        (t.dict, "__new__", s, dict_new),
        (t.dict, "__init__", m, dict_init),
        (t.dict, "get", m, dict_get),
        (t.dict, "keys", m, dict_keys),
        (t.dict, "values", m, dict_values),
        (t.dict, "items", m, dict_items),
        (t.dict, "pop", m, dict_pop),
        (t.dict, "popitem", m, dict_popitem),
        (t.dict, "setdefault", m, dict_setdefault),
        (t.dict, "update", m, dict_update),
        (t.dict, "copy", m, dict_copy),
        (t.dict, "clear", m, dict_clear),
        (t.dict, "fromkeys", BuiltinKind::ClassMethod, dict_fromkeys),
        (t.dict_keys, "isdisjoint", m, view_isdisjoint),
        (t.dict_items, "isdisjoint", m, view_isdisjoint),
        (t.set, "__new__", s, set_new),
        (t.set, "__init__", m, set_init),
        (t.set, "add", m, set_add),
        (t.set, "remove", m, set_remove),
        (t.set, "discard", m, set_discard),
        (t.set, "pop", m, set_pop),
        (t.set, "clear", m, set_clear_m),
        (t.set, "copy", m, set_copy),
        (t.set, "union", m, set_union),
        (t.set, "intersection", m, set_intersection),
        (t.set, "difference", m, set_difference),
        (t.set, "symmetric_difference", m, set_symdiff),
        (t.set, "update", m, set_update),
        (t.set, "intersection_update", m, set_intersection_update),
        (t.set, "difference_update", m, set_difference_update),
        (t.set, "symmetric_difference_update", m, set_symdiff_update),
        (t.set, "issubset", m, set_issubset),
        (t.set, "issuperset", m, set_issuperset),
        (t.set, "isdisjoint", m, set_isdisjoint),
        (t.frozenset, "__new__", s, set_new),
        (t.frozenset, "copy", m, set_copy),
        (t.frozenset, "union", m, set_union),
        (t.frozenset, "intersection", m, set_intersection),
        (t.frozenset, "difference", m, set_difference),
        (t.frozenset, "symmetric_difference", m, set_symdiff),
        (t.frozenset, "issubset", m, set_issubset),
        (t.frozenset, "issuperset", m, set_issuperset),
        (t.frozenset, "isdisjoint", m, set_isdisjoint),
        (t.bytes, "__new__", s, bytes_new),
        (t.bytes, "decode", m, bytes_decode),
        (t.bytes, "hex", m, bytes_hex),
        (t.bytearray, "__new__", s, bytes_new),
        (t.bytearray, "decode", m, bytes_decode),
        (t.bytearray, "hex", m, bytes_hex),
        (t.bytearray, "append", m, bytearray_append),
        (t.range, "__new__", s, range_new),
        (t.range, "index", m, range_index),
        (t.range, "count", m, range_count),
        (t.slice, "__new__", s, slice_new),
        (t.slice, "indices", m, slice_indices_m),
        (t.enumerate, "__new__", s, enumerate_new),
        (t.zip, "__new__", s, zip_new),
        (t.map, "__new__", s, map_new),
        (t.filter, "__new__", s, filter_new),
        (t.reversed, "__new__", s, reversed_new),
        (t.generator, "send", m, gen_send),
        (t.generator, "throw", m, gen_throw),
        (t.generator, "close", m, gen_close),
        (t.generator, "__iter__", m, iter_self),
        (t.generator, "__next__", m, iter_next_m),
    ];
    let iter_types = [
        t.list_iterator,
        t.list_reverseiterator,
        t.tuple_iterator,
        t.range_iterator,
        t.str_iterator,
        t.bytes_iterator,
        t.dict_keyiterator,
        t.dict_valueiterator,
        t.dict_itemiterator,
        t.set_iterator,
        t.enumerate,
        t.zip,
        t.map,
        t.filter,
        t.reversed,
        t.callable_iterator,
        t.iterator,
    ];
    let picklable = [
        t.list_iterator,
        t.tuple_iterator,
        t.bytes_iterator,
        t.range_iterator,
    ];
    for (cls, name, kind, f) in tables {
        add_method(vm, cls, name, kind, f);
    }
    for it in iter_types {
        add_method(vm, it, "__iter__", m, iter_self);
        add_method(vm, it, "__next__", m, iter_next_m);
    }
    for it in picklable {
        add_method(vm, it, "__reduce__", m, seq_iter_reduce);
        add_method(vm, it, "__setstate__", m, seq_iter_setstate);
    }
    let base = vm.exc_type(ExcKind::BaseException);
    add_method(vm, base, "__new__", s, exc_new);
    add_method(vm, base, "__init__", m, exc_init);
    add_method(vm, base, "__str__", m, exc_str);
    add_method(vm, base, "__repr__", m, exc_repr);
    add_method(vm, base, "with_traceback", m, exc_with_traceback);
    add_method(vm, base, "add_note", m, exc_add_note);
}

/// The bytes of an iterable of ints (`bytes([1, 2])`), with CPython's
/// errors for a non-int item or one outside `range(0, 256)`.
fn byte_values(vm: &mut Vm, iterable: Value) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    for v in vm.iterate(iterable)? {
        match vm.as_i64(v) {
            Some(n) if (0..256).contains(&n) => out.push(n as u8),
            Some(_) => return Err(vm.value_error("bytes must be in range(0, 256)")),
            None => {
                let t = vm.type_name(v);
                return Err(
                    vm.type_error(format!("'{t}' object cannot be interpreted as an integer"))
                );
            }
        }
    }
    Ok(out)
}
