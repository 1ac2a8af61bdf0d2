//! Constructors and methods of the built-in containers, numbers,
//! iterator types, exceptions and generators.

use super::{add_method, check_args};
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
                        let r = match vm.call_special(x, "__int__", &[])? {
                            Some(r) => r,
                            None => match vm.call_special(x, "__index__", &[])? {
                                Some(r) => r,
                                None => match vm.call_special(x, "__trunc__", &[])? {
                                    Some(r) => r,
                                    None => {
                                        let t = vm.type_name(x);
                                        return Err(vm.type_error(format!(
                                            "int() argument must be a string, a bytes-like object or a real number, not '{t}'"
                                        )));
                                    }
                                },
                            },
                        };
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
                _ => match vm.call_special(x, "__float__", &[])? {
                    Some(r) => vm.to_f64(r)?.unwrap_or(0.0),
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

fn list_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_args(vm, "list", &a, 1, 2)?;
    let items = match a.pos.get(1) {
        Some(&x) => vm.iterate(x)?,
        None => vec![],
    };
    with_list(a.pos[0], |l| *l = items);
    Ok(vm.none)
}

fn list_append(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_args(vm, "append", &a, 2, 2)?;
    with_list(a.pos[0], |l| l.push(a.pos[1]));
    Ok(vm.none)
}

fn list_extend(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_args(vm, "extend", &a, 2, 2)?;
    let items = vm.iterate(a.pos[1])?;
    with_list(a.pos[0], |l| l.extend(items));
    Ok(vm.none)
}

fn list_insert(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_args(vm, "insert", &a, 3, 3)?;
    let i = vm.as_i64(a.pos[1]).unwrap_or(0);
    let v = a.pos[2];
    with_list(a.pos[0], |l| {
        let n = l.len() as i64;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        l.insert(j as usize, v);
    });
    Ok(vm.none)
}

fn list_pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = list_items(a.pos[0]).len() as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = match a.pos.get(1) {
        Some(&x) => vm.as_i64(x).unwrap_or(0),
        None => -1,
    };
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(with_list(a.pos[0], |l| l.remove(j as usize)).unwrap_or(vm.none))
}

fn list_remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
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
    let items = list_items(a.pos[0]);
    let n = items.len() as i64;
    let norm = |x: i64| if x < 0 { (x + n).max(0) } else { x.min(n) };
    let start = a
        .pos
        .get(2)
        .and_then(|&x| vm.as_i64(x))
        .map(norm)
        .unwrap_or(0);
    let stop = a
        .pos
        .get(3)
        .and_then(|&x| vm.as_i64(x))
        .map(norm)
        .unwrap_or(n);
    for i in start..stop {
        if vm.eq(items[i as usize], a.pos[1])? {
            return Ok(vm.new_int(i));
        }
    }
    let what = if matches!(kind_of(a.pos[0]), ObjKind::List(_)) {
        "list.index(x): x not in list"
    } else {
        "tuple.index(x): x not in tuple"
    };
    Err(vm.value_error(what))
}

fn seq_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
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
    with_list(a.pos[0], |l| l.reverse());
    Ok(vm.none)
}

fn list_copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let items = list_items(a.pos[0]);
    Ok(vm.new_list(items))
}

fn list_clear(vm: &mut Vm, a: Args) -> PyResult<Value> {
    with_list(a.pos[0], |l| l.clear());
    Ok(vm.none)
}

fn tuple_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.pos[0];
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
    check_args(vm, "dict", &a, 1, 2)?;
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
    check_args(vm, "get", &a, 2, 3)?;
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
    check_args(vm, "pop", &a, 2, 3)?;
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
    check_args(vm, "setdefault", &a, 2, 3)?;
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

fn set_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.pos[0];
    let frozen = vm.is_subclass(cls, vm.types.frozenset);
    let s = vm.new_set_from(&[], frozen)?;
    if frozen {
        if let Some(&x) = a.pos.get(1) {
            for v in vm.iterate(x)? {
                vm.set_add(s, v)?;
            }
        }
    }
    s.obj_mut().class = cls;
    Ok(s)
}

fn set_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if let Some(&x) = a.pos.get(1) {
        vm.set_clear(a.pos[0]);
        for v in vm.iterate(x)? {
            vm.set_add(a.pos[0], v)?;
        }
    }
    Ok(vm.none)
}

fn set_add(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_args(vm, "add", &a, 2, 2)?;
    vm.set_add(a.pos[0], a.pos[1])?;
    Ok(vm.none)
}

fn set_remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !vm.set_discard(a.pos[0], a.pos[1])? {
        return Err(vm.key_error(a.pos[1]));
    }
    Ok(vm.none)
}

fn set_discard(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.set_discard(a.pos[0], a.pos[1])?;
    Ok(vm.none)
}

fn set_pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
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
    vm.set_clear(a.pos[0]);
    Ok(vm.none)
}

fn set_copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let frozen = matches!(kind_of(a.pos[0]), ObjKind::Set(s) if s.frozen);
    let items = vm.set_items(a.pos[0]);
    vm.new_set_from(&items, frozen)
}

fn set_op(vm: &mut Vm, a: Args, kind: crate::bytecode::BinOpKind) -> PyResult<Value> {
    let frozen = matches!(kind_of(a.pos[0]), ObjKind::Set(s) if s.frozen);
    let mut acc = vm.new_set_from(&vm.set_items(a.pos[0]), frozen)?;
    for &o in &a.pos[1..] {
        let other = if vm.is_set_like(o) {
            o
        } else {
            vm.new_set_from_iter(o)?
        };
        acc = vm.set_binop(kind, acc, other)?;
    }
    Ok(acc)
}
fn set_union(vm: &mut Vm, a: Args) -> PyResult<Value> {
    set_op(vm, a, crate::bytecode::BinOpKind::Or)
}
fn set_intersection(vm: &mut Vm, a: Args) -> PyResult<Value> {
    set_op(vm, a, crate::bytecode::BinOpKind::And)
}
fn set_difference(vm: &mut Vm, a: Args) -> PyResult<Value> {
    set_op(vm, a, crate::bytecode::BinOpKind::Sub)
}
fn set_symdiff(vm: &mut Vm, a: Args) -> PyResult<Value> {
    set_op(vm, a, crate::bytecode::BinOpKind::Xor)
}

fn set_update_op(vm: &mut Vm, a: Args, kind: crate::bytecode::BinOpKind) -> PyResult<Value> {
    let r = set_op(vm, a, kind)?;
    let items = vm.set_items(r);
    vm.set_clear(a.pos[0]);
    for x in items {
        vm.set_add(a.pos[0], x)?;
    }
    Ok(vm.none)
}
fn set_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    set_update_op(vm, a, crate::bytecode::BinOpKind::Or)
}
fn set_intersection_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    set_update_op(vm, a, crate::bytecode::BinOpKind::And)
}
fn set_difference_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    set_update_op(vm, a, crate::bytecode::BinOpKind::Sub)
}
fn set_symdiff_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    set_update_op(vm, a, crate::bytecode::BinOpKind::Xor)
}

fn set_issubset(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = if vm.is_set_like(a.pos[1]) {
        a.pos[1]
    } else {
        vm.new_set_from_iter(a.pos[1])?
    };
    let r = vm.set_is_subset(a.pos[0], o)?;
    Ok(vm.bool_val(r))
}
fn set_issuperset(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = if vm.is_set_like(a.pos[1]) {
        a.pos[1]
    } else {
        vm.new_set_from_iter(a.pos[1])?
    };
    let r = vm.set_is_subset(o, a.pos[0])?;
    Ok(vm.bool_val(r))
}
fn set_isdisjoint(vm: &mut Vm, a: Args) -> PyResult<Value> {
    for x in vm.iterate(a.pos[1])? {
        if vm.set_contains(a.pos[0], x)? {
            return Ok(vm.false_);
        }
    }
    Ok(vm.true_)
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
                vec![0; n as usize]
            } else if let ObjKind::Str(s) = kind_of(x) {
                if a.pos.len() < 3 && a.kw("encoding").is_none() {
                    return Err(vm.type_error("string argument without an encoding"));
                }
                s.as_str().as_bytes().to_vec()
            } else {
                let mut out = Vec::new();
                for v in vm.iterate(x)? {
                    match vm.as_i64(v) {
                        Some(b) if (0..256).contains(&b) => out.push(b as u8),
                        Some(_) => return Err(vm.value_error("bytes must be in range(0, 256)")),
                        None => {
                            let t = vm.type_name(v);
                            return Err(vm.type_error(format!(
                                "'{t}' object cannot be interpreted as an integer"
                            )));
                        }
                    }
                }
                out
            }
        }
    };
    if vm.is_subclass(cls, vm.types.bytearray) {
        return Ok(vm.alloc(cls, ObjKind::ByteArray(data)));
    }
    Ok(vm.alloc(cls, ObjKind::Bytes(data)))
}

fn bytes_decode(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = vm.bytes_like(a.pos[0])?;
    match String::from_utf8(b) {
        Ok(s) => Ok(vm.new_str(s)),
        Err(e) => {
            let pos = e.utf8_error().valid_up_to();
            Err(vm.exc(
                ExcKind::UnicodeDecodeError,
                format!("'utf-8' codec can't decode byte 0x{:02x} in position {pos}: invalid start byte", e.as_bytes()[pos]),
            ))
        }
    }
}

fn bytes_hex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = vm.bytes_like(a.pos[0])?;
    let s: String = b.iter().map(|x| format!("{x:02x}")).collect();
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
    let mut nums = Vec::new();
    for &x in &a.pos[1..] {
        match vm.as_i64(x) {
            Some(i) => nums.push(i),
            None => {
                let t = vm.type_name(x);
                return Err(
                    vm.type_error(format!("'{t}' object cannot be interpreted as an integer"))
                );
            }
        }
    }
    let (start, stop, step) = match nums.len() {
        1 => (0, nums[0], 1),
        2 => (nums[0], nums[1], 1),
        3 => (nums[0], nums[1], nums[2]),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(vm.alloc(
        vm.types.range,
        ObjKind::Range(RangeObj { start, stop, step }),
    ))
}

fn range_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let ObjKind::Range(r) = kind_of(a.pos[0]) else {
        return Ok(vm.none);
    };
    let (s, st, n) = (r.start, r.step, r.len());
    if let Some(i) = vm.as_i64(a.pos[1]) {
        let off = i - s;
        if off % st == 0 && off / st >= 0 && off / st < n {
            return Ok(vm.new_int(off / st));
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
        _ => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
    };
    Ok(vm.alloc(vm.types.slice, ObjKind::Slice(x, y, z)))
}

fn slice_indices_m(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = vm.as_i64(a.pos[1]).unwrap_or(0);
    let (x, y, z) = super::subscript::slice_indices(vm, a.pos[0], n)?;
    let v = vec![vm.new_int(x), vm.new_int(y), vm.new_int(z)];
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
                if vm.exc_matches(e.0, ExcKind::TypeError) {
                    return Err(
                        vm.type_error(format!("zip argument #{} must support iteration", i + 1))
                    );
                }
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
    check_args(vm, "filter", &a, 3, 3)?;
    let it = vm.get_iter(a.pos[2])?;
    Ok(vm.alloc(
        vm.types.filter,
        ObjKind::Iter(IterState::Filter { func: a.pos[1], it }),
    ))
}

fn reversed_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_args(vm, "reversed", &a, 2, 2)?;
    let x = a.pos[1];
    if let Some(r) = vm.call_special(x, "__reversed__", &[])? {
        return Ok(r);
    }
    if let ObjKind::Dict(_) = kind_of(x) {
        let keys: Vec<Value> = vm.iterate(x)?.into_iter().rev().collect();
        let l = vm.new_list(keys);
        return vm.get_iter(l);
    }
    let n = match super::functions::len_of(vm, x) {
        Ok(n) => n,
        Err(_) => {
            let t = vm.type_name(x);
            return Err(vm.type_error(format!("'{t}' object is not reversible")));
        }
    };
    Ok(vm.alloc(
        vm.types.reversed,
        ObjKind::Iter(IterState::Reversed { seq: x, idx: n }),
    ))
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

// ---- generators ---------------------------------------------------------------

fn gen_send(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_args(vm, "send", &a, 2, 2)?;
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
    for (cls, name, kind, f) in tables {
        add_method(vm, cls, name, kind, f);
    }
    for it in iter_types {
        add_method(vm, it, "__iter__", m, iter_self);
        add_method(vm, it, "__next__", m, iter_next_m);
    }
    let base = vm.exc_type(ExcKind::BaseException);
    add_method(vm, base, "__new__", s, exc_new);
    add_method(vm, base, "__init__", m, exc_init);
    add_method(vm, base, "__str__", m, exc_str);
    add_method(vm, base, "__repr__", m, exc_repr);
    add_method(vm, base, "with_traceback", m, exc_with_traceback);
}
