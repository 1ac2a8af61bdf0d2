//! The special methods of the built-in data types as attributes
//! (`(3).__add__(4)`, `[1].__len__()`, `int.__lt__`, `"a".__mul__(2)`):
//! thin wrappers over the VM's native operations, returning
//! `NotImplemented` where CPython's slot would.
//!
//! The VM's own operator dispatch never calls these wrappers
//! ([`is_slot_wrapper`] makes `call_special` skip them): built-in behaviour
//! stays in the native paths, and a subclass without its own method falls
//! back to them as before.

use super::add_method;
use crate::bytecode::{BinOpKind, CmpKind};
use crate::object::function::BuiltinKind;
use crate::object::{kind_of, ObjKind, Value};
use crate::vm::arith::Num;
use crate::vm::{Args, PyResult, Vm};

/// Names of the wrappers defined here.
const SLOT_NAMES: &[&str] = &[
    "__add__",
    "__radd__",
    "__sub__",
    "__rsub__",
    "__mul__",
    "__rmul__",
    "__truediv__",
    "__rtruediv__",
    "__floordiv__",
    "__rfloordiv__",
    "__mod__",
    "__rmod__",
    "__pow__",
    "__rpow__",
    "__lshift__",
    "__rlshift__",
    "__rshift__",
    "__rrshift__",
    "__and__",
    "__rand__",
    "__or__",
    "__ror__",
    "__xor__",
    "__rxor__",
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__len__",
    "__contains__",
    "__getitem__",
    "__iter__",
    "__setitem__",
    "__delitem__",
    "__neg__",
    "__pos__",
    "__abs__",
    "__invert__",
    "__bool__",
    "__float__",
];

/// True for a wrapper defined here, which the VM's dispatch must not call
/// (it would recurse into the native operation it wraps).
pub fn is_slot_wrapper(vm: &Vm, m: Value, name: &str) -> bool {
    if !m.is_ptr() || !SLOT_NAMES.contains(&name) {
        return false;
    }
    let ObjKind::Builtin(b) = kind_of(m) else {
        return false;
    };
    let t = &vm.types;
    [
        t.int,
        t.float,
        t.str_,
        t.list,
        t.tuple,
        t.dict,
        t.set,
        t.frozenset,
        t.bytes,
        t.bytearray,
        t.range,
    ]
    .contains(&b.owner)
}

/// Which family a value belongs to, for operand checks.
#[derive(PartialEq, Clone, Copy)]
enum Family {
    Int,
    Float,
    Str,
    List,
    Tuple,
    Bytes,
    Set,
    Dict,
    Range,
    Other,
}

fn family(vm: &Vm, v: Value) -> Family {
    match vm.as_num(v) {
        Some(Num::Float(_)) => return Family::Float,
        Some(_) => return Family::Int,
        None => {}
    }
    if !v.is_ptr() {
        return Family::Other;
    }
    match kind_of(v) {
        ObjKind::Str(_) => Family::Str,
        ObjKind::List(_) => Family::List,
        ObjKind::Tuple(_) => Family::Tuple,
        ObjKind::Bytes(_) | ObjKind::ByteArray(_) => Family::Bytes,
        ObjKind::Set(_) => Family::Set,
        ObjKind::Dict(_) => Family::Dict,
        ObjKind::Range(_) => Family::Range,
        _ => Family::Other,
    }
}

fn two_args(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(Value, Value)> {
    if a.pos.len() != 2 {
        let n = a.pos.len().saturating_sub(1);
        return Err(vm.type_error(format!("expected 1 argument, got {n}")));
    }
    let _ = name;
    Ok((a.pos[0], a.pos[1]))
}

/// Whether the slot of `this`'s type handles `other` for a binary operator.
fn binop_accepts(vm: &Vm, this: Value, other: Value, kind: BinOpKind) -> bool {
    let (f, g) = (family(vm, this), family(vm, other));
    match f {
        Family::Int => g == Family::Int,
        Family::Float => matches!(g, Family::Int | Family::Float),
        Family::Set => g == Family::Set,
        Family::Dict => g == Family::Dict,
        Family::Str | Family::Bytes if kind == BinOpKind::Mod => true,
        Family::Str | Family::List | Family::Tuple | Family::Bytes => match kind {
            BinOpKind::Mul => g == Family::Int,
            BinOpKind::Add => true,
            _ => false,
        },
        _ => false,
    }
}

fn binop_slot(vm: &mut Vm, a: Args, kind: BinOpKind, reflected: bool) -> PyResult<Value> {
    let (this, other) = two_args(vm, &a, "")?;
    if !binop_accepts(vm, this, other, kind) {
        return Ok(vm.not_implemented);
    }
    let (x, y) = if reflected {
        (other, this)
    } else {
        (this, other)
    };
    // Sequence repetition is commutative: `3 * "ab"` comes here reflected.
    let r = if reflected && kind == BinOpKind::Mul && family(vm, this) != Family::Int {
        vm.native_binop(kind, this, other)?
    } else {
        vm.native_binop(kind, x, y)?
    };
    Ok(r.unwrap_or(vm.not_implemented))
}

fn cmp_slot(vm: &mut Vm, a: Args, kind: CmpKind) -> PyResult<Value> {
    let (this, other) = two_args(vm, &a, "")?;
    let (f, g) = (family(vm, this), family(vm, other));
    let ok = match f {
        Family::Int => g == Family::Int,
        Family::Float => matches!(g, Family::Int | Family::Float),
        Family::Other => false,
        _ => f == g,
    };
    if !ok {
        return Ok(vm.not_implemented);
    }
    Ok(vm
        .native_compare(kind, this, other)?
        .unwrap_or(vm.not_implemented))
}

macro_rules! binop_slots {
    ($(($fwd:ident, $rev:ident, $kind:ident)),* $(,)?) => {
        $(
            fn $fwd(vm: &mut Vm, a: Args) -> PyResult<Value> {
                binop_slot(vm, a, BinOpKind::$kind, false)
            }
            fn $rev(vm: &mut Vm, a: Args) -> PyResult<Value> {
                binop_slot(vm, a, BinOpKind::$kind, true)
            }
        )*
    };
}

binop_slots!(
    (add, radd, Add),
    (sub, rsub, Sub),
    (mul, rmul, Mul),
    (truediv, rtruediv, TrueDiv),
    (floordiv, rfloordiv, FloorDiv),
    (mod_, rmod, Mod),
    (pow, rpow, Pow),
    (lshift, rlshift, LShift),
    (rshift, rrshift, RShift),
    (and, rand, And),
    (or, ror, Or),
    (xor, rxor, Xor),
);

macro_rules! cmp_slots {
    ($(($name:ident, $kind:ident)),* $(,)?) => {
        $(
            fn $name(vm: &mut Vm, a: Args) -> PyResult<Value> {
                cmp_slot(vm, a, CmpKind::$kind)
            }
        )*
    };
}

cmp_slots!((eq, Eq), (ne, Ne), (lt, Lt), (le, Le), (gt, Gt), (ge, Ge));

fn one_arg(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if a.pos.len() != 1 {
        let n = a.pos.len().saturating_sub(1);
        return Err(vm.type_error(format!("expected 0 arguments, got {n}")));
    }
    Ok(a.pos[0])
}

fn len(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = one_arg(vm, &a)?;
    match super::functions::payload_len(vm, this)? {
        Some(n) => Ok(vm.new_int(n as i64)),
        None => {
            let t = vm.type_name(this);
            Err(vm.type_error(format!("object of type '{t}' has no len()")))
        }
    }
}

fn contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, x) = two_args(vm, &a, "__contains__")?;
    let r = vm.contains_native(this, x)?;
    Ok(vm.bool_val(r))
}

fn iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = one_arg(vm, &a)?;
    vm.get_iter_native(this)
}

fn getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, k) = two_args(vm, &a, "__getitem__")?;
    // The built-in payload's item, never a subclass override (that
    // override is usually the caller: `dict.__getitem__(self, k)`).
    vm.getitem_native(this, k)
}

fn setitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() != 3 {
        let n = a.pos.len().saturating_sub(1);
        return Err(vm.type_error(format!("expected 2 arguments, got {n}")));
    }
    vm.setitem_native(a.pos[0], a.pos[1], a.pos[2])?;
    Ok(vm.none)
}

fn delitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, k) = two_args(vm, &a, "__delitem__")?;
    vm.delitem_native(this, k)?;
    Ok(vm.none)
}

macro_rules! unary_slots {
    ($(($name:ident, $kind:ident)),* $(,)?) => {
        $(
            fn $name(vm: &mut Vm, a: Args) -> PyResult<Value> {
                let this = one_arg(vm, &a)?;
                vm.unary_op(crate::bytecode::UnaryKind::$kind, this)
            }
        )*
    };
}

unary_slots!((neg, Neg), (pos, Pos), (invert, Invert));

fn abs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = one_arg(vm, &a)?;
    let zero = Value::small(0);
    if vm.lt(this, zero)? {
        vm.unary_op(crate::bytecode::UnaryKind::Neg, this)
    } else if matches!(vm.as_num(this), Some(Num::Float(_))) {
        // abs(-0.0) is 0.0.
        match vm.as_num(this) {
            Some(Num::Float(f)) => Ok(vm.new_float(f.abs())),
            _ => Ok(this),
        }
    } else {
        vm.unary_op(crate::bytecode::UnaryKind::Pos, this)
    }
}

fn bool_(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = one_arg(vm, &a)?;
    let r = vm.is_true(this)?;
    Ok(vm.bool_val(r))
}

fn float_(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = one_arg(vm, &a)?;
    match vm.as_num(this) {
        Some(Num::Float(f)) => Ok(vm.new_float(f)),
        _ => Ok(vm.not_implemented),
    }
}

type F = fn(&mut Vm, Args) -> PyResult<Value>;

const ARITH: &[(&str, F)] = &[
    ("__add__", add),
    ("__radd__", radd),
    ("__sub__", sub),
    ("__rsub__", rsub),
    ("__mul__", mul),
    ("__rmul__", rmul),
    ("__truediv__", truediv),
    ("__rtruediv__", rtruediv),
    ("__floordiv__", floordiv),
    ("__rfloordiv__", rfloordiv),
    ("__mod__", mod_),
    ("__rmod__", rmod),
    ("__pow__", pow),
    ("__rpow__", rpow),
];
const BITS: &[(&str, F)] = &[
    ("__lshift__", lshift),
    ("__rlshift__", rlshift),
    ("__rshift__", rshift),
    ("__rrshift__", rrshift),
    ("__and__", and),
    ("__rand__", rand),
    ("__or__", or),
    ("__ror__", ror),
    ("__xor__", xor),
    ("__rxor__", rxor),
];
const SET_OPS: &[(&str, F)] = &[
    ("__and__", and),
    ("__rand__", rand),
    ("__or__", or),
    ("__ror__", ror),
    ("__xor__", xor),
    ("__rxor__", rxor),
    ("__sub__", sub),
    ("__rsub__", rsub),
];
const CMP: &[(&str, F)] = &[
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
];
const EQ: &[(&str, F)] = &[("__eq__", eq), ("__ne__", ne)];
const SEQ: &[(&str, F)] = &[
    ("__iter__", iter),
    ("__len__", len),
    ("__contains__", contains),
    ("__getitem__", getitem),
];
const MUT_SEQ: &[(&str, F)] = &[("__setitem__", setitem), ("__delitem__", delitem)];
const CONCAT: &[(&str, F)] = &[("__add__", add), ("__mul__", mul), ("__rmul__", rmul)];
const NUM_UNARY: &[(&str, F)] = &[
    ("__neg__", neg),
    ("__pos__", pos),
    ("__abs__", abs),
    ("__bool__", bool_),
];

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let (int, float, str_, list, tuple) = (t.int, t.float, t.str_, t.list, t.tuple);
    let (dict, set, frozenset, bytes, bytearray, range) =
        (t.dict, t.set, t.frozenset, t.bytes, t.bytearray, t.range);
    let plan: Vec<(Value, &[&[(&str, F)]])> = vec![
        (
            int,
            &[ARITH, BITS, CMP, NUM_UNARY, &[("__invert__", invert)]],
        ),
        (float, &[ARITH, CMP, NUM_UNARY, &[("__float__", float_)]]),
        (
            str_,
            &[SEQ, CONCAT, CMP, &[("__mod__", mod_), ("__rmod__", rmod)]],
        ),
        (list, &[SEQ, MUT_SEQ, CONCAT, CMP]),
        (tuple, &[SEQ, CONCAT, CMP]),
        (
            bytes,
            &[SEQ, CONCAT, CMP, &[("__mod__", mod_), ("__rmod__", rmod)]],
        ),
        (bytearray, &[SEQ, MUT_SEQ, CONCAT, CMP]),
        (
            dict,
            &[SEQ, MUT_SEQ, EQ, &[("__or__", or), ("__ror__", ror)]],
        ),
        (
            set,
            &[
                SET_OPS,
                CMP,
                &[
                    ("__len__", len),
                    ("__contains__", contains),
                    ("__iter__", iter),
                ],
            ],
        ),
        (
            frozenset,
            &[
                SET_OPS,
                CMP,
                &[
                    ("__len__", len),
                    ("__contains__", contains),
                    ("__iter__", iter),
                ],
            ],
        ),
        (range, &[SEQ, EQ]),
    ];
    for (cls, groups) in plan {
        for group in groups {
            for &(name, f) in group.iter() {
                add_method(vm, cls, name, BuiltinKind::Method, f);
            }
        }
    }
}
