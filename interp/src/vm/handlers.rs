//! Opcode handlers written against the JIT's primitive-operations trait.
//!
//! These are the hot operations whose fast paths a trace should contain:
//! small-int arithmetic and comparison with overflow checks, and truth tests.
//! Each takes and returns *words* through `O: Ops<Vm>`; instantiated with
//! `Concrete` they are the interpreter, and a recording instance will trace
//! them unchanged. Everything else is a residual call to an `extern "C"`
//! helper that returns 0 after setting `vm.pending_exc` when it raised.

use super::Vm;
use crate::bytecode::{BinOpKind, CmpKind};
use crate::object::{kind_of, ObjKind, Value};
use piepie_jit::Ops;

/// The tag bit of a small int.
const TAG: u64 = 1;

/// `a <op> b`; 0 when an exception was raised.
#[inline(always)]
pub fn binary_op<O: Ops<Vm>>(
    ops: &mut O,
    vm: &mut Vm,
    kind: BinOpKind,
    a: O::Word,
    b: O::Word,
) -> O::Word {
    let both = ops.int_and(a, b);
    let tag = ops.konst(TAG);
    let tagged = ops.int_and(both, tag);
    let is_int = {
        let k = ops.konst(0);
        ops.int_ne(tagged, k)
    };
    if ops.branch(is_int) {
        match kind {
            // (2x+1) + (2y+1) - 1 = 2(x+y) + 1
            BinOpKind::Add => {
                let a0 = ops.int_sub(a, tag);
                if let Some(r) = ops.int_add_ovf(a0, b) {
                    return r;
                }
            }
            // (2x+1) - (2y+1) + 1 = 2(x-y) + 1
            BinOpKind::Sub => {
                if let Some(d) = ops.int_sub_ovf(a, b) {
                    if let Some(r) = ops.int_add_ovf(d, tag) {
                        return r;
                    }
                }
            }
            // x * (2y) + 1 = 2xy + 1
            BinOpKind::Mul => {
                let x = ops.int_sar(a, 1);
                let b0 = ops.int_sub(b, tag);
                if let Some(p) = ops.int_mul_ovf(x, b0) {
                    if let Some(r) = ops.int_add_ovf(p, tag) {
                        return r;
                    }
                }
            }
            BinOpKind::And => return ops.int_and(a, b),
            BinOpKind::Or => return ops.int_or(a, b),
            BinOpKind::Xor => {
                let x = ops.int_xor(a, b);
                return ops.int_or(x, tag);
            }
            _ => {}
        }
    }
    let k = ops.konst(kind as u64);
    ops.residual3(vm, slow_binary_op, k, a, b)
}

/// `a <op>= b`; in-place operators fall back to `binary_op` for immutables.
#[inline(always)]
pub fn inplace_op<O: Ops<Vm>>(
    ops: &mut O,
    vm: &mut Vm,
    kind: BinOpKind,
    a: O::Word,
    b: O::Word,
) -> O::Word {
    let both = ops.int_and(a, b);
    let tagged = {
        let k = ops.konst(TAG);
        ops.int_and(both, k)
    };
    let is_int = {
        let k = ops.konst(0);
        ops.int_ne(tagged, k)
    };
    if ops.branch(is_int) {
        return binary_op(ops, vm, kind, a, b);
    }
    let k = ops.konst(kind as u64);
    ops.residual3(vm, slow_inplace_op, k, a, b)
}

/// `not v` from `truth(v)` (1 true, 2 false): the bool object, computed
/// without a branch: `False ^ (mask & (True ^ False))`, mask all ones when
/// the truth is false.
#[inline(always)]
pub fn negated_truth<O: Ops<Vm>>(ops: &mut O, vm: &Vm, t: O::Word) -> O::Word {
    let one = ops.konst(1);
    let zero = ops.konst(0);
    let is_false = ops.int_sub(t, one);
    let mask = ops.int_sub(zero, is_false);
    let diff = ops.konst(vm.true_.0 ^ vm.false_.0);
    let pick = ops.int_and(mask, diff);
    let f = ops.konst(vm.false_.0);
    ops.int_xor(f, pick)
}

/// `a <cmp> b` as a bool object; 0 when an exception was raised.
#[inline(always)]
pub fn compare_op<O: Ops<Vm>>(
    ops: &mut O,
    vm: &mut Vm,
    kind: CmpKind,
    a: O::Word,
    b: O::Word,
) -> O::Word {
    let both = ops.int_and(a, b);
    let tagged = {
        let k = ops.konst(TAG);
        ops.int_and(both, k)
    };
    let is_int = {
        let k = ops.konst(0);
        ops.int_ne(tagged, k)
    };
    if ops.branch(is_int) {
        // Tagging preserves order, so compare the words directly.
        let c = match kind {
            CmpKind::Lt => Some(ops.int_lt(a, b)),
            CmpKind::Le => Some(ops.int_le(a, b)),
            CmpKind::Gt => Some(ops.int_gt(a, b)),
            CmpKind::Ge => Some(ops.int_ge(a, b)),
            CmpKind::Eq => Some(ops.int_eq(a, b)),
            CmpKind::Ne => Some(ops.int_ne(a, b)),
            _ => None,
        };
        if let Some(c) = c {
            let t = vm.true_.0;
            let f = vm.false_.0;
            return if ops.branch(c) {
                ops.konst(t)
            } else {
                ops.konst(f)
            };
        }
    }
    let k = ops.konst(kind as u64);
    ops.residual3(vm, slow_compare_op, k, a, b)
}

/// Truth value of `v`: 1 true, 2 false, 0 on exception.
#[inline(always)]
pub fn truth<O: Ops<Vm>>(ops: &mut O, vm: &mut Vm, v: O::Word) -> O::Word {
    let t = ops.konst(vm.true_.0);
    if {
        let c = ops.int_eq(v, t);
        ops.branch(c)
    } {
        return ops.konst(1);
    }
    let f = ops.konst(vm.false_.0);
    if {
        let c = ops.int_eq(v, f);
        ops.branch(c)
    } {
        return ops.konst(2);
    }
    let n = ops.konst(vm.none.0);
    if {
        let c = ops.int_eq(v, n);
        ops.branch(c)
    } {
        return ops.konst(2);
    }
    let tagged = {
        let k = ops.konst(TAG);
        ops.int_and(v, k)
    };
    if {
        let k = ops.konst(0);
        let c = ops.int_ne(tagged, k);
        ops.branch(c)
    } {
        // Small int: zero is `0 << 1 | 1`.
        return if {
            let k = ops.konst(1);
            let c = ops.int_eq(v, k);
            ops.branch(c)
        } {
            ops.konst(2)
        } else {
            ops.konst(1)
        };
    }
    ops.residual1(vm, slow_truth, v)
}

/// The operands as `f64` when both are exact floats, or one an exact float
/// and the other a small int of magnitude at most 2**53 (exactly
/// representable, so comparisons stay exact as in CPython).
#[inline(always)]
fn float_operands(vm: &Vm, a: Value, b: Value) -> Option<(f64, f64)> {
    let as_f64 = |v: Value| -> Option<f64> {
        if let Some(i) = v.as_small() {
            return (i.unsigned_abs() <= 1 << 53).then_some(i as f64);
        }
        match kind_of(v) {
            ObjKind::Float(f) if v.obj().class == vm.types.float => Some(*f),
            _ => None,
        }
    };
    if a.is_small() && b.is_small() {
        return None;
    }
    Some((as_f64(a)?, as_f64(b)?))
}

/// Float `+ - * /` without the generic numeric dispatch; `None` for
/// everything else (other operators, division by zero, non-floats).
#[inline(always)]
fn float_binary_fast(vm: &mut Vm, kind: BinOpKind, a: Value, b: Value) -> Option<Value> {
    let (x, y) = float_operands(vm, a, b)?;
    let r = match kind {
        BinOpKind::Add => x + y,
        BinOpKind::Sub => x - y,
        BinOpKind::Mul => x * y,
        BinOpKind::TrueDiv if y != 0.0 => x / y,
        _ => return None,
    };
    Some(vm.new_float(r))
}

/// The small-int operators the inline fast path leaves out (division,
/// modulo, shifts), with Python's floor semantics; `None` for anything that
/// raises or needs big ints' care, which the full protocol handles.
fn small_int_binary_fast(vm: &mut Vm, kind: BinOpKind, a: Value, b: Value) -> Option<Value> {
    let (x, y) = (a.as_small()?, b.as_small()?);
    let r = match kind {
        BinOpKind::FloorDiv if y != 0 => {
            let q = x / y;
            if x % y != 0 && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            }
        }
        BinOpKind::Mod if y != 0 => {
            let r = x % y;
            if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            }
        }
        BinOpKind::RShift if y >= 0 => x >> y.min(63),
        BinOpKind::LShift if (0..63).contains(&y) => {
            let r = x.checked_shl(y as u32)?;
            if r >> y != x {
                return None;
            }
            r
        }
        BinOpKind::TrueDiv if y != 0 => {
            // Both convert to doubles exactly, so one division is correctly
            // rounded (CPython's fast path for small ints).
            const EXACT: i64 = 1 << 53;
            if x.abs() > EXACT || y.abs() > EXACT {
                return None;
            }
            return Some(vm.new_float(x as f64 / y as f64));
        }
        _ => return None,
    };
    Some(vm.new_int(r))
}

pub extern "C" fn slow_binary_op(vm: &mut Vm, kind: u64, a: u64, b: u64) -> u64 {
    let kind = BinOpKind::from_arg(kind as u32);
    if let Some(v) = small_int_binary_fast(vm, kind, Value(a), Value(b)) {
        return v.0;
    }
    if let Some(v) = float_binary_fast(vm, kind, Value(a), Value(b)) {
        return v.0;
    }
    match vm.binary_op(kind, Value(a), Value(b)) {
        Ok(v) => v.0,
        Err(e) => {
            vm.pending_exc = e.0;
            0
        }
    }
}

extern "C" fn slow_inplace_op(vm: &mut Vm, kind: u64, a: u64, b: u64) -> u64 {
    let kind = BinOpKind::from_arg(kind as u32);
    // Ints and floats are immutable: `x op= y` is `x op y`.
    if let Some(v) = small_int_binary_fast(vm, kind, Value(a), Value(b)) {
        return v.0;
    }
    if let Some(v) = float_binary_fast(vm, kind, Value(a), Value(b)) {
        return v.0;
    }
    match vm.inplace_op(kind, Value(a), Value(b)) {
        Ok(v) => v.0,
        Err(e) => {
            vm.pending_exc = e.0;
            0
        }
    }
}

extern "C" fn slow_compare_op(vm: &mut Vm, kind: u64, a: u64, b: u64) -> u64 {
    let cmp = CmpKind::from_arg(kind as u32);
    if matches!(cmp, CmpKind::In | CmpKind::NotIn) {
        return match vm.contains(Value(b), Value(a)) {
            Ok(c) => vm.bool_val(c == (cmp == CmpKind::In)).0,
            Err(e) => {
                vm.pending_exc = e.0;
                0
            }
        };
    }
    if let Some((x, y)) = float_operands(vm, Value(a), Value(b)) {
        let r = match CmpKind::from_arg(kind as u32) {
            CmpKind::Lt => Some(x < y),
            CmpKind::Le => Some(x <= y),
            CmpKind::Eq => Some(x == y),
            CmpKind::Ne => Some(x != y),
            CmpKind::Gt => Some(x > y),
            CmpKind::Ge => Some(x >= y),
            _ => None,
        };
        if let Some(r) = r {
            return vm.bool_val(r).0;
        }
    }
    match vm.compare_op(CmpKind::from_arg(kind as u32), Value(a), Value(b)) {
        Ok(v) => v.0,
        Err(e) => {
            vm.pending_exc = e.0;
            0
        }
    }
}

extern "C" fn slow_truth(vm: &mut Vm, v: u64) -> u64 {
    match vm.is_true(Value(v)) {
        Ok(true) => 1,
        Ok(false) => 2,
        Err(e) => {
            vm.pending_exc = e.0;
            0
        }
    }
}
