//! `FOR_ITER`'s traceable fast path: the next value of a list or tuple
//! iterator, or of a `range` iterator with i64 bounds, read and advanced
//! with the primitive operations, so that a compiled loop steps its
//! iterator in a few machine instructions instead of a helper call.
//!
//! The iterator's state is an [`IterState`] (`repr(u64)`: its variant is
//! a word, its fields follow at fixed offsets); [`IterLayout`] measures
//! where those words are on probe objects, as `handlers::seq_layout` does
//! for lists. Every other iterator takes the residual path.
//!
//! Invariants relied on: an object whose class is `list_iterator`,
//! `tuple_iterator` or `range_iterator` is an `ObjKind::Iter` (those
//! classes cannot be instantiated or subclassed from Python); a `Seq`
//! iterator's `seq` never changes and is an exact list's or tuple's
//! payload as its class says; a `Range` iterator's `stop` and `step` never
//! change and `step` is not 0.

use super::handlers::builtin_class_of;
use super::Vm;
use crate::object::{IterState, ObjKind, PyObj, Value};
use piepie_jit::Ops;

/// Where an iterator object keeps its state (byte offsets from the
/// object's address) and the variant words of the states read inline.
#[derive(Clone, Copy, Debug, Default)]
pub struct IterLayout {
    /// The variant word.
    pub variant: i32,
    pub seq_variant: u64,
    pub range_variant: u64,
    pub exhausted_variant: u64,
    pub seq_seq: i32,
    pub seq_idx: i32,
    pub range_cur: i32,
    pub range_stop: i32,
    pub range_step: i32,
}

/// Measures [`IterLayout`] on iterators this VM makes.
pub fn iter_layout(vm: &mut Vm) -> IterLayout {
    let list = vm.new_list(vec![]);
    let range_obj = ObjKind::Range(Box::new(crate::object::RangeObj::from_i64(0, 1, 1)));
    let range = vm.alloc(vm.types.range, range_obj);
    let (Ok(seq_it), Ok(range_it)) = (vm.get_iter_native(list), vm.get_iter_native(range)) else {
        unreachable!("lists and ranges are iterable");
    };
    let state = |it: Value| -> (&'static IterState, usize) {
        let o: &'static PyObj = it.obj();
        let ObjKind::Iter(st) = &o.kind else {
            unreachable!("an iterator probe");
        };
        (st, o as *const PyObj as usize)
    };
    let offset = |field: *const u8, base: usize| (field as usize - base) as i32;
    let (seq_state, seq_base) = state(seq_it);
    let (range_state, range_base) = state(range_it);
    // SAFETY: `IterState` is `repr(u64)`: its first word is the variant.
    let variant_of = |st: &IterState| unsafe { *(st as *const IterState as *const u64) };
    let IterState::Seq { seq, idx } = seq_state else {
        unreachable!("a list iterator walks by index");
    };
    let IterState::Range { cur, stop, step } = range_state else {
        unreachable!("a small range iterates by i64");
    };
    let variant = offset(seq_state as *const IterState as *const u8, seq_base);
    debug_assert_eq!(
        variant,
        offset(range_state as *const IterState as *const u8, range_base)
    );
    let exhausted = IterState::Exhausted;
    IterLayout {
        exhausted_variant: variant_of(&exhausted),
        variant,
        seq_variant: variant_of(seq_state),
        range_variant: variant_of(range_state),
        seq_seq: offset(seq as *const Value as *const u8, seq_base),
        seq_idx: offset(idx as *const usize as *const u8, seq_base),
        range_cur: offset(cur as *const i64 as *const u8, range_base),
        range_stop: offset(stop as *const i64 as *const u8, range_base),
        range_step: offset(step as *const i64 as *const u8, range_base),
    }
}

/// What the fast path of `FOR_ITER` found.
pub enum IterStep<W> {
    /// The next value (the iterator has advanced).
    Next(W),
    /// The iterator is exhausted (and marked so).
    Done,
}

/// Steps `it` if it is a list, tuple or small-range iterator; None (having
/// changed nothing) for any other iterator, and for a range whose next
/// value would not be a small int.
#[inline(always)]
pub fn for_iter_fast<O: Ops<Vm>>(ops: &mut O, vm: &Vm, it: O::Word) -> Option<IterStep<O::Word>> {
    let class = builtin_class_of(ops, vm, it)?;
    let layout = vm.iter_layout;
    let range_iterator = ops.konst(vm.types.range_iterator.0);
    let is_range = ops.int_eq(class, range_iterator);
    if ops.branch(is_range) {
        return range_step(ops, vm, it);
    }
    let vec = {
        let list_iterator = ops.konst(vm.types.list_iterator.0);
        let is_list = ops.int_eq(class, list_iterator);
        if ops.branch(is_list) {
            vm.seq_layout.list_vec
        } else {
            let tuple_iterator = ops.konst(vm.types.tuple_iterator.0);
            let is_tuple = ops.int_eq(class, tuple_iterator);
            if !ops.branch(is_tuple) {
                return None;
            }
            vm.seq_layout.tuple_vec
        }
    };
    if !in_variant(ops, vm, it, layout.seq_variant) {
        return None;
    }
    // SAFETY: `it` is an `ObjKind::Iter` (its class says so, see the module
    // doc) in the `Seq` variant, whose `seq` and `idx` words are at the
    // offsets `iter_layout` measured; `seq` never changes.
    let seq = unsafe { ops.load_imm(it, layout.seq_seq) };
    // SAFETY: as for `seq`.
    let idx = unsafe { ops.load(it, layout.seq_idx) };
    // SAFETY: `seq` is a live list or tuple (by the iterator's class) whose
    // `Vec` is at `vec`, with its length word inside.
    let len = unsafe { ops.load(seq, vec + vm.seq_layout.vec_len) };
    let more = ops.int_lt(idx, len);
    if !ops.branch(more) {
        // `*state = IterState::Exhausted`, as `Vm::iter_next` does (the
        // `Seq` fields are plain words: nothing to drop).
        let exhausted = ops.konst(layout.exhausted_variant);
        // SAFETY: the variant word of `it`'s state, which nothing borrows
        // while a handler runs.
        unsafe { ops.store(it, layout.variant, exhausted) };
        return Some(IterStep::Done);
    }
    // SAFETY: as for `len`: the `Vec`'s buffer word.
    let items = unsafe { ops.load(seq, vec + vm.seq_layout.vec_ptr) };
    let eight = ops.konst(8);
    let offset = ops.int_mul(idx, eight);
    let addr = ops.int_add(items, offset);
    // SAFETY: item `idx` of the buffer, and `idx < len` (just checked).
    let v = unsafe { ops.load(addr, 0) };
    let one = ops.konst(1);
    let next = ops.int_add(idx, one);
    // SAFETY: `it`'s `idx` word (see `seq`), which nothing borrows.
    unsafe { ops.store(it, layout.seq_idx, next) };
    Some(IterStep::Next(v))
}

/// Whether the state of iterator `it` is the variant whose word is `want`.
#[inline(always)]
fn in_variant<O: Ops<Vm>>(ops: &mut O, vm: &Vm, it: O::Word, want: u64) -> bool {
    // SAFETY: the callers checked that `it` is an `ObjKind::Iter` (by its
    // class); its state's variant word is at `iter_layout.variant`.
    let variant = unsafe { ops.load(it, vm.iter_layout.variant) };
    let want = ops.konst(want);
    let same = ops.int_eq(variant, want);
    ops.branch(same)
}

/// The step of a `range_iterator` (`it`, checked by the caller).
#[inline(always)]
fn range_step<O: Ops<Vm>>(ops: &mut O, vm: &Vm, it: O::Word) -> Option<IterStep<O::Word>> {
    let layout = vm.iter_layout;
    if !in_variant(ops, vm, it, layout.range_variant) {
        return None;
    }
    // SAFETY: `it` is an `ObjKind::Iter` (its class says so) in the `Range`
    // variant, whose `cur`, `stop` and `step` words are at the offsets
    // `iter_layout` measured; `stop` and `step` never change.
    let cur = unsafe { ops.load(it, layout.range_cur) };
    // SAFETY: as for `cur`.
    let stop = unsafe { ops.load_imm(it, layout.range_stop) };
    // SAFETY: as for `cur`.
    let step = unsafe { ops.load_imm(it, layout.range_step) };
    let zero = ops.konst(0);
    let up = ops.int_gt(step, zero);
    let more = if ops.branch(up) {
        ops.int_lt(cur, stop)
    } else {
        ops.int_gt(cur, stop)
    };
    if !ops.branch(more) {
        return Some(IterStep::Done);
    }
    // The value as a small int (2 * cur + 1), and the next position; if
    // either does not fit, the residual path does the big-int work.
    let twice = ops.int_add_ovf(cur, cur)?;
    let next = ops.int_add_ovf(cur, step)?;
    let one = ops.konst(1);
    let v = ops.int_add(twice, one);
    // SAFETY: `it`'s `cur` word (see `cur`), which nothing borrows.
    unsafe { ops.store(it, layout.range_cur, next) };
    Some(IterStep::Next(v))
}
