//! Special methods of the built-in value types as callable attributes
//! (`int.__add__`, `list.__getitem__`, `str.__repr__`, `float.__format__`, ...).
//!
//! The VM's operators work on built-in payloads directly; these methods
//! expose the same payload operations to Python code: explicit calls
//! (`(1).__add__(2)`), `super().__getitem__(k)` in subclasses of built-ins,
//! and `NotImplemented` for unsupported operands. They never dispatch to a
//! subclass's own special methods (that would recurse). Installed last and
//! never over a method a type already defines.

use super::check_args;
use crate::bytecode::{BinOpKind, CmpKind};
use crate::object::function::BuiltinKind;
use crate::object::{kind_of, Builtin, ObjKind, Value};
use crate::vm::{Args, PyResult, Vm};

/// `a.__op__(b)` for operator `BinOpKind::ALL[K]`.
fn binop<const K: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let kind = BinOpKind::ALL[K];
    check_args(vm, kind.dunders().0, &args, 2, 2)?;
    if int_with_float(vm, args.pos[0], args.pos[1]) {
        return Ok(vm.not_implemented);
    }
    Ok(vm
        .native_binop(kind, args.pos[0], args.pos[1])?
        .unwrap_or(vm.not_implemented))
}

/// int's operators return NotImplemented for a float operand (float's own
/// reflected operator handles it).
fn int_with_float(vm: &Vm, a: Value, b: Value) -> bool {
    vm.is_int(a) && b.is_ptr() && matches!(kind_of(b), ObjKind::Float(_))
}

/// `a.__rop__(b)`: `b op a`.
fn rbinop<const K: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let kind = BinOpKind::ALL[K];
    check_args(vm, kind.dunders().1, &args, 2, 2)?;
    if int_with_float(vm, args.pos[0], args.pos[1]) {
        return Ok(vm.not_implemented);
    }
    Ok(vm
        .native_binop(kind, args.pos[1], args.pos[0])?
        .unwrap_or(vm.not_implemented))
}

/// `a.__lt__(b)` ... for comparison `CmpKind::ALL[K]`.
fn cmp<const K: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let kind = CmpKind::ALL[K];
    check_args(vm, kind.dunders().0, &args, 2, 2)?;
    Ok(vm
        .native_compare(kind, args.pos[0], args.pos[1])?
        .unwrap_or(vm.not_implemented))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__repr__", &args, 1, 1)?;
    let s = vm.repr_payload(args.pos[0])?;
    Ok(vm.new_str(s))
}

fn str_dunder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__str__", &args, 1, 1)?;
    let s = vm.str_payload(args.pos[0])?;
    Ok(vm.new_str(s))
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__format__", &args, 2, 2)?;
    let spec = args.pos[1];
    if !matches!(kind_of(spec), ObjKind::Str(_)) {
        let t = vm.type_name(spec);
        return Err(vm.type_error(format!("__format__() argument must be str, not {t}")));
    }
    let spec = crate::vm::str_of(spec).to_string();
    if spec.is_empty() {
        return vm.str_value(args.pos[0]);
    }
    let s = super::format::format_builtin(vm, args.pos[0], &spec)?;
    Ok(vm.new_str(s))
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__len__", &args, 1, 1)?;
    let n = super::functions::len_of(vm, args.pos[0])?;
    Ok(vm.new_int(n as i64))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__getitem__", &args, 2, 2)?;
    vm.getitem_native(args.pos[0], args.pos[1])
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__setitem__", &args, 3, 3)?;
    vm.setitem_native(args.pos[0], args.pos[1], args.pos[2])?;
    Ok(vm.none)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__delitem__", &args, 2, 2)?;
    vm.delitem_native(args.pos[0], args.pos[1])?;
    Ok(vm.none)
}

fn add(vm: &mut Vm, cls: Value, name: &'static str, f: crate::object::BuiltinFn) {
    let ObjKind::Class(c) = kind_of(cls) else {
        return;
    };
    let dict = c.dict;
    let key = vm.intern(name);
    if super::dict::dict_get_str(dict, key).is_some() {
        return;
    }
    let b = vm.alloc(
        vm.types.builtin_function,
        ObjKind::Builtin(Builtin {
            name,
            func: f,
            kind: BuiltinKind::Method,
            receiver: Value::NULL,
            owner: cls,
            float_kernel: None,
        }),
    );
    let _ = vm.dict_set(dict, key, b);
}

const ARITH: [usize; 12] = [0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12];

fn binop_fns(k: usize) -> (crate::object::BuiltinFn, crate::object::BuiltinFn) {
    match k {
        0 => (binop::<0>, rbinop::<0>),
        1 => (binop::<1>, rbinop::<1>),
        2 => (binop::<2>, rbinop::<2>),
        3 => (binop::<3>, rbinop::<3>),
        4 => (binop::<4>, rbinop::<4>),
        5 => (binop::<5>, rbinop::<5>),
        6 => (binop::<6>, rbinop::<6>),
        7 => (binop::<7>, rbinop::<7>),
        8 => (binop::<8>, rbinop::<8>),
        9 => (binop::<9>, rbinop::<9>),
        10 => (binop::<10>, rbinop::<10>),
        11 => (binop::<11>, rbinop::<11>),
        _ => (binop::<12>, rbinop::<12>),
    }
}

fn cmp_fn(k: usize) -> crate::object::BuiltinFn {
    match k {
        0 => cmp::<0>,
        1 => cmp::<1>,
        2 => cmp::<2>,
        3 => cmp::<3>,
        4 => cmp::<4>,
        _ => cmp::<5>,
    }
}

/// Adds `__op__`/`__rop__` for the operators `ops` (indexes into `BinOpKind::ALL`).
fn add_binops(vm: &mut Vm, cls: Value, ops: &[usize], reflected: bool) {
    for &k in ops {
        let (op, rop, _) = BinOpKind::ALL[k].dunders();
        let (f, rf) = binop_fns(k);
        add(vm, cls, op, f);
        if reflected {
            add(vm, cls, rop, rf);
        }
    }
}

fn add_cmps(vm: &mut Vm, cls: Value, eq_only: bool) {
    for k in 0..6 {
        let kind = CmpKind::ALL[k];
        if eq_only && !matches!(kind, CmpKind::Eq | CmpKind::Ne) {
            continue;
        }
        add(vm, cls, kind.dunders().0, cmp_fn(k));
    }
}

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let (int, float, str_, bytes, bytearray) = (t.int, t.float, t.str_, t.bytes, t.bytearray);
    let (list, tuple, dict, set, frozenset, range) =
        (t.list, t.tuple, t.dict, t.set, t.frozenset, t.range);
    // Numbers: every operator but `@`, both directions.
    for cls in [int, float] {
        add_binops(vm, cls, &ARITH, true);
        add_cmps(vm, cls, false);
        add(vm, cls, "__repr__", repr);
        add(vm, cls, "__format__", format);
    }
    // Sequences: concatenation, repetition, `%` formatting.
    for cls in [str_, bytes, bytearray, list, tuple] {
        add_binops(vm, cls, &[0, 2], false);
        add(vm, cls, "__rmul__", binop_fns(2).1);
        add_cmps(vm, cls, false);
        add(vm, cls, "__repr__", repr);
        add(vm, cls, "__len__", len);
        add(vm, cls, "__getitem__", getitem);
    }
    for cls in [str_, bytes] {
        add_binops(vm, cls, &[5], false);
    }
    add(vm, str_, "__str__", str_dunder);
    add(vm, str_, "__format__", format);
    for cls in [list, bytearray, dict] {
        add(vm, cls, "__setitem__", setitem);
        add(vm, cls, "__delitem__", delitem);
    }
    // Sets: `| & - ^` both directions; dicts: `|`.
    for cls in [set, frozenset] {
        add_binops(vm, cls, &[1, 9, 10, 11], true);
        add_cmps(vm, cls, false);
        add(vm, cls, "__repr__", repr);
        add(vm, cls, "__len__", len);
    }
    add_binops(vm, dict, &[9], true);
    for cls in [dict, range] {
        add_cmps(vm, cls, true);
        add(vm, cls, "__repr__", repr);
        add(vm, cls, "__len__", len);
        add(vm, cls, "__getitem__", getitem);
    }
    let exc = vm.types.exc[crate::vm::ExcKind::BaseException as usize];
    add(vm, exc, "__str__", str_dunder);
    add(vm, exc, "__repr__", repr);
}
