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
use crate::object::{kind_of, ObjKind, PyObj, Value};
use piepie_jit::{BoxLayout, FloatArith, FloatCmp, Ops};

/// The tag bit of a small int.
pub(super) const TAG: u64 = 1;

/// Where a float object keeps its class and its `f64` (the JIT's box
/// layout for floats), measured on a float this VM made: the payload sits
/// inside the `ObjKind` enum, whose layout Rust chooses.
pub fn float_box_layout(vm: &mut Vm) -> BoxLayout {
    let probe = vm.new_float(0.5);
    let obj: &PyObj = probe.obj();
    let base = obj as *const PyObj as usize;
    let ObjKind::Float(f) = &obj.kind else {
        unreachable!("new_float makes a float");
    };
    BoxLayout {
        type_offset: std::mem::offset_of!(PyObj, class) as i32,
        payload_offset: (f as *const f64 as usize - base) as i32,
    }
}

/// How compiled code and the generic handlers test whether a store into an
/// object needs the collector's write barrier (see `object/heap.rs`): an
/// old object not yet remembered.
pub fn gc_barrier_layout() -> piepie_jit::BarrierLayout {
    use crate::object::heap::{GC_OLD, GC_REMEMBERED};
    piepie_jit::BarrierLayout {
        bits_offset: std::mem::offset_of!(PyObj, gc) as i32,
        mask: GC_OLD | GC_REMEMBERED,
        want: GC_OLD,
    }
}

/// Where list and tuple objects keep their items: the byte offset of the
/// `Vec` in each, and of the buffer pointer and the length inside a `Vec`
/// (Rust chooses those layouts; they are measured on probes).
#[derive(Clone, Copy, Debug, Default)]
pub struct SeqLayout {
    pub list_vec: i32,
    pub tuple_vec: i32,
    pub vec_ptr: i32,
    pub vec_len: i32,
}

/// Measures [`SeqLayout`] on a list and a tuple this VM makes.
pub fn seq_layout(vm: &mut Vm) -> SeqLayout {
    const WORDS: usize = std::mem::size_of::<Vec<Value>>() / 8;
    let mut v: Vec<Value> = Vec::with_capacity(7);
    v.extend([Value::NULL; 3]);
    // SAFETY: a `Vec` is plain words (pointer, capacity, length in some
    // order); copying them out reads no uninitialized memory and takes no
    // ownership (`v` is still dropped normally).
    let words: [u64; WORDS] = unsafe { std::mem::transmute_copy(&v) };
    let at = |w: u64| words.iter().position(|&x| x == w).expect("a Vec field") as i32 * 8;
    let (vec_ptr, vec_len) = (at(v.as_ptr() as u64), at(3));
    let offset_in = |obj: Value| {
        let o: &PyObj = obj.obj();
        let (ObjKind::List(l) | ObjKind::Tuple(l)) = &o.kind else {
            unreachable!("a list or tuple probe");
        };
        (l as *const Vec<Value> as usize - o as *const PyObj as usize) as i32
    };
    let list = vm.new_list(vec![]);
    let tuple = vm.new_tuple(vec![Value::NULL]);
    SeqLayout {
        list_vec: offset_in(list),
        tuple_vec: offset_in(tuple),
        vec_ptr,
        vec_len,
    }
}

/// Whether `w` is a small int (its tag bit is set); otherwise it points
/// to an object (a stack value is never NULL).
#[inline(always)]
pub fn is_small_int<O: Ops<Vm>>(ops: &mut O, w: O::Word) -> bool {
    let tag = ops.konst(TAG);
    let zero = ops.konst(0);
    let tagged = ops.int_and(w, tag);
    let is_int = ops.int_ne(tagged, zero);
    ops.branch(is_int)
}

/// The class word of `o`, or None if `o` is a small int. The word is read
/// as never changing: callers compare it with built-in types, whose
/// objects' classes cannot be reassigned.
#[inline(always)]
pub fn builtin_class_of<O: Ops<Vm>>(ops: &mut O, vm: &Vm, o: O::Word) -> Option<O::Word> {
    if is_small_int(ops, o) {
        return None;
    }
    // SAFETY: `o` is a pointer to a live object (not tagged, and a stack
    // value is never NULL); its class word is at `type_offset`.
    Some(unsafe { ops.load_imm(o, vm.jit.box_layout().type_offset) })
}

/// For an object of class `class`: the offset of its items' `Vec` and
/// whether it is a tuple, if the class is exactly `list` (or, with
/// `tuples`, exactly `tuple`); None for any other class.
#[inline(always)]
fn seq_vec_of_class<O: Ops<Vm>>(
    ops: &mut O,
    vm: &Vm,
    class: O::Word,
    tuples: bool,
) -> Option<(i32, bool)> {
    let list = ops.konst(vm.types.list.0);
    let is_list = ops.int_eq(class, list);
    if ops.branch(is_list) {
        return Some((vm.seq_layout.list_vec, false));
    }
    if !tuples {
        return None;
    }
    let tuple = ops.konst(vm.types.tuple.0);
    let is_tuple = ops.int_eq(class, tuple);
    if !ops.branch(is_tuple) {
        return None;
    }
    Some((vm.seq_layout.tuple_vec, true))
}

/// The address of item `k` (a small int, negative from the end) of `o`
/// if `o` is an exact list (or, with `tuples`, an exact tuple) and `k` is
/// in range.
#[inline(always)]
fn seq_item_address<O: Ops<Vm>>(
    ops: &mut O,
    vm: &Vm,
    o: O::Word,
    k: O::Word,
    tuples: bool,
) -> Option<O::Word> {
    let tag = ops.konst(TAG);
    let zero = ops.konst(0);
    let k_tag = ops.int_and(k, tag);
    let k_int = ops.int_ne(k_tag, zero);
    if !ops.branch(k_int) {
        return None;
    }
    let class = builtin_class_of(ops, vm, o)?;
    let (vec, _) = seq_vec_of_class(ops, vm, class, tuples)?;
    let layout = vm.seq_layout;
    // SAFETY: an exact list or tuple holds its `Vec` at `vec` (measured by
    // `seq_layout`), whose length and buffer words are readable.
    let len = unsafe { ops.load(o, vec + layout.vec_len) };
    let mut i = ops.int_sar(k, 1);
    let negative = ops.int_lt(i, zero);
    if ops.branch(negative) {
        i = ops.int_add(i, len);
        let still = ops.int_lt(i, zero);
        if ops.branch(still) {
            return None;
        }
    }
    let inside = ops.int_lt(i, len);
    if !ops.branch(inside) {
        return None;
    }
    // SAFETY: as for `len`.
    let items = unsafe { ops.load(o, vec + layout.vec_ptr) };
    let eight = ops.konst(8);
    let offset = ops.int_mul(i, eight);
    Some(ops.int_add(items, offset))
}

/// Where the `n` items of `o` are, if it is an exact tuple or list of
/// length `n` (what unpacking `a, b = o` reads): its item buffer, and
/// whether it is a tuple (whose words never change). Read the items with
/// [`unpacked_item`].
#[inline(always)]
pub fn unpack_exact<O: Ops<Vm>>(
    ops: &mut O,
    vm: &Vm,
    o: O::Word,
    n: usize,
) -> Option<(O::Word, bool)> {
    let class = builtin_class_of(ops, vm, o)?;
    let (vec, frozen) = seq_vec_of_class(ops, vm, class, true)?;
    let layout = vm.seq_layout;
    // SAFETY: an exact tuple or list holds its `Vec` at `vec` (measured
    // by `seq_layout`), whose length word is readable.
    let len = unsafe { read_word(ops, o, vec + layout.vec_len, frozen) };
    let want = ops.konst(n as u64);
    let exact = ops.int_eq(len, want);
    if !ops.branch(exact) {
        return None;
    }
    // SAFETY: as for `len`: the `Vec`'s buffer word.
    let items = unsafe { read_word(ops, o, vec + layout.vec_ptr, frozen) };
    Some((items, frozen))
}

/// The word at `addr + offset`, read as never changing when `frozen` (a
/// tuple's words), else as memory that may change (a list's).
///
/// # Safety
/// As [`Ops::load`]: `addr + offset` is a readable, aligned word.
#[inline(always)]
unsafe fn read_word<O: Ops<Vm>>(ops: &mut O, addr: O::Word, offset: i32, frozen: bool) -> O::Word {
    // SAFETY: the caller's guarantee.
    unsafe {
        if frozen {
            ops.load_imm(addr, offset)
        } else {
            ops.load(addr, offset)
        }
    }
}

/// Item `i` of a buffer [`unpack_exact`] found (`i` below its `n`).
#[inline(always)]
pub fn unpacked_item<O: Ops<Vm>>(
    ops: &mut O,
    (items, frozen): (O::Word, bool),
    i: usize,
) -> O::Word {
    // SAFETY: `items` is the buffer of a live tuple or list of more than
    // `i` items (checked by `unpack_exact`, with no Python code run since).
    unsafe { read_word(ops, items, 8 * i as i32, frozen) }
}

/// `o[k]`; 0 when an exception was raised. Exact lists and tuples with a
/// small int index are read directly.
#[inline(always)]
pub fn subscript_get<O: Ops<Vm>>(ops: &mut O, vm: &mut Vm, o: O::Word, k: O::Word) -> O::Word {
    if let Some(addr) = seq_item_address(ops, vm, o, k, true) {
        // SAFETY: `addr` is item `i < len` of the live sequence's buffer.
        return unsafe { ops.load(addr, 0) };
    }
    ops.residual2(vm, super::residuals::getitem, o, k)
}

/// `o[k] = v`; 0 when an exception was raised. An exact list with a small
/// int index in range is written directly.
#[inline(always)]
pub fn subscript_set<O: Ops<Vm>>(
    ops: &mut O,
    vm: &mut Vm,
    o: O::Word,
    k: O::Word,
    v: O::Word,
) -> O::Word {
    if let Some(addr) = seq_item_address(ops, vm, o, k, false) {
        store_into(ops, vm, o, addr, v);
        return ops.konst(1);
    }
    ops.residual3(vm, super::residuals::setitem, o, k, v)
}

/// Stores `v` at `addr`, a value slot owned by the live object `o` (an
/// item of its buffer, an attribute value), after the collector's write
/// barrier for `o` (see `object/heap.rs`).
#[inline(always)]
pub(super) fn store_into<O: Ops<Vm>>(
    ops: &mut O,
    vm: &mut Vm,
    o: O::Word,
    addr: O::Word,
    v: O::Word,
) {
    let layout = vm.jit.barrier_layout();
    // SAFETY: `o` is a live object (the caller found `addr` in it), with its
    // collector bits where the layout says.
    unsafe { ops.gc_barrier(vm, super::residuals::gc_barrier, o, layout) };
    // SAFETY: `addr` is a value slot of `o`, which nothing borrows while a
    // handler runs (the collector does not move objects).
    unsafe { ops.store(addr, 0, v) };
}

/// Makes a float object of class `class` (the float type) holding the
/// `f64` whose bits are `bits`; never raises, never collects.
pub extern "C" fn box_float(vm: &mut Vm, class: u64, bits: u64) -> u64 {
    vm.heap.alloc_float(Value(class), f64::from_bits(bits)).0
}

/// The `f64` bits of `v` if it is an exact float, or (with `ints`) a small
/// int, converted; `exact_ints` admits only ints of magnitude at most
/// 2**53, which convert exactly (so comparisons stay exact, as in CPython).
#[inline(always)]
fn float_value<O: Ops<Vm>>(ops: &mut O, vm: &Vm, v: O::Word, exact_ints: bool) -> Option<O::Word> {
    let tag = ops.konst(TAG);
    let tagged = ops.int_and(v, tag);
    let zero = ops.konst(0);
    let is_int = ops.int_ne(tagged, zero);
    if ops.branch(is_int) {
        let i = ops.int_sar(v, 1);
        if exact_ints {
            const EXACT: u64 = 1 << 53;
            let hi = ops.konst(EXACT);
            let lo = ops.konst(EXACT.wrapping_neg());
            let above = ops.int_gt(i, hi);
            let below = ops.int_lt(i, lo);
            if ops.branch(above) || ops.branch(below) {
                return None;
            }
        }
        return Some(ops.int_to_float(i));
    }
    let boxes = vm.jit.box_layout();
    // SAFETY: a word without the int tag is a pointer to a live object (a
    // value on the stack is never NULL), whose class field is at
    // `type_offset`.
    let class = unsafe { ops.load_imm(v, boxes.type_offset) };
    let float = ops.konst(vm.types.float.0);
    let is_float = ops.int_eq(class, float);
    if !ops.branch(is_float) {
        return None;
    }
    // SAFETY: an object of exactly the float class has an `ObjKind::Float`
    // payload at `payload_offset` (measured by `float_box_layout`).
    Some(unsafe { ops.load_imm(v, boxes.payload_offset) })
}

/// `a <op> b` for `+ - * /` when both are floats, or one a float and the
/// other a small int: the IEEE operation and a new float
/// (division by zero is left to the full protocol, which raises).
#[inline(always)]
fn float_binary<O: Ops<Vm>>(
    ops: &mut O,
    vm: &mut Vm,
    kind: BinOpKind,
    a: O::Word,
    b: O::Word,
) -> Option<O::Word> {
    let op = match kind {
        BinOpKind::Add => FloatArith::Add,
        BinOpKind::Sub => FloatArith::Sub,
        BinOpKind::Mul => FloatArith::Mul,
        BinOpKind::TrueDiv => FloatArith::Div,
        _ => return None,
    };
    let x = float_value(ops, vm, a, false)?;
    let y = float_value(ops, vm, b, false)?;
    if op == FloatArith::Div {
        let zero = ops.konst(0f64.to_bits());
        let by_zero = ops.float_cmp(FloatCmp::Eq, y, zero);
        if ops.branch(by_zero) {
            return None;
        }
    }
    let r = ops.float_arith(op, x, y);
    let class = ops.konst(vm.types.float.0);
    Some(ops.new_box(vm, box_float, class, r))
}

/// `kernel(x)` as a new float, for a call of a one-argument float builtin
/// (`math.sqrt(x)`; the caller checked the callee) when `x` is a float or
/// a small int and the result is finite; None otherwise (the builtin's
/// own path then decides, and raises for a domain error).
#[inline(always)]
pub fn float_kernel_call<O: Ops<Vm>>(
    ops: &mut O,
    vm: &mut Vm,
    kernel: fn(f64) -> f64,
    x: O::Word,
) -> Option<O::Word> {
    let x = float_value(ops, vm, x, false)?;
    let f = ops.konst(kernel as usize as u64);
    let r = ops.elidable2(vm, super::residuals::apply_float_kernel, f, x);
    // r - r is 0 exactly when r is finite (NaN and infinities give NaN).
    let d = ops.float_arith(FloatArith::Sub, r, r);
    let zero = ops.konst(0f64.to_bits());
    let finite = ops.float_cmp(FloatCmp::Eq, d, zero);
    if !ops.branch(finite) {
        return None;
    }
    let class = ops.konst(vm.types.float.0);
    Some(ops.new_box(vm, box_float, class, r))
}

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
    } else if let Some(r) = float_binary(ops, vm, kind, a, b) {
        return r;
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
    if let Some(r) = float_binary(ops, vm, kind, a, b) {
        return r;
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
    } else if let Some(r) = float_compare(ops, vm, kind, a, b) {
        return r;
    }
    let k = ops.konst(kind as u64);
    ops.residual3(vm, slow_compare_op, k, a, b)
}

/// `a <cmp> b` as a bool object when both are floats, or one a float and
/// the other a small int that converts exactly.
#[inline(always)]
fn float_compare<O: Ops<Vm>>(
    ops: &mut O,
    vm: &mut Vm,
    kind: CmpKind,
    a: O::Word,
    b: O::Word,
) -> Option<O::Word> {
    let op = match kind {
        CmpKind::Lt => FloatCmp::Lt,
        CmpKind::Le => FloatCmp::Le,
        CmpKind::Gt => FloatCmp::Gt,
        CmpKind::Ge => FloatCmp::Ge,
        CmpKind::Eq => FloatCmp::Eq,
        CmpKind::Ne => FloatCmp::Ne,
        _ => return None,
    };
    let x = float_value(ops, vm, a, true)?;
    let y = float_value(ops, vm, b, true)?;
    let c = ops.float_cmp(op, x, y);
    let (t, f) = (vm.true_.0, vm.false_.0);
    Some(if ops.branch(c) {
        ops.konst(t)
    } else {
        ops.konst(f)
    })
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
        BinOpKind::FloorDiv if y != 0 => super::arith::floor_divmod_i64(x, y).0,
        BinOpKind::Mod if y != 0 => super::arith::floor_divmod_i64(x, y).1,
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
    if let Some(r) = vm.fast_compare(cmp, Value(a), Value(b)) {
        return vm.bool_val(r).0;
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
