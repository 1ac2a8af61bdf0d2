//! The concrete instance of [`Ops`]: the interpreter itself.
//!
//! Every method is `#[inline(always)]` and is exactly the machine operation,
//! so a handler instantiated with `Concrete` compiles to what a hand-written
//! handler would (see `interp/benches` and the note in the interpreter issue).

use crate::hints::GreenKey;
use crate::ops::{
    read_word, write_word, FloatArith, FloatCmp, Ops, Residual1, Residual2, Residual3, Residual4,
    ResidualN, ResumeAt,
};

/// The zero-sized concrete instance.
#[derive(Clone, Copy, Debug, Default)]
pub struct Concrete;

impl<C> Ops<C> for Concrete {
    type Word = u64;
    type Bool = bool;

    #[inline(always)]
    fn konst(&mut self, value: u64) -> u64 {
        value
    }
    #[inline(always)]
    fn int_add_ovf(&mut self, a: u64, b: u64) -> Option<u64> {
        (a as i64).checked_add(b as i64).map(|r| r as u64)
    }
    #[inline(always)]
    fn int_sub_ovf(&mut self, a: u64, b: u64) -> Option<u64> {
        (a as i64).checked_sub(b as i64).map(|r| r as u64)
    }
    #[inline(always)]
    fn int_mul_ovf(&mut self, a: u64, b: u64) -> Option<u64> {
        (a as i64).checked_mul(b as i64).map(|r| r as u64)
    }
    #[inline(always)]
    fn int_sub(&mut self, a: u64, b: u64) -> u64 {
        a.wrapping_sub(b)
    }
    #[inline(always)]
    fn int_add(&mut self, a: u64, b: u64) -> u64 {
        a.wrapping_add(b)
    }
    #[inline(always)]
    fn int_mul(&mut self, a: u64, b: u64) -> u64 {
        a.wrapping_mul(b)
    }
    #[inline(always)]
    fn int_and(&mut self, a: u64, b: u64) -> u64 {
        a & b
    }
    #[inline(always)]
    fn int_or(&mut self, a: u64, b: u64) -> u64 {
        a | b
    }
    #[inline(always)]
    fn int_xor(&mut self, a: u64, b: u64) -> u64 {
        a ^ b
    }
    #[inline(always)]
    fn int_sar(&mut self, a: u64, bits: u32) -> u64 {
        ((a as i64) >> bits) as u64
    }
    #[inline(always)]
    fn int_eq(&mut self, a: u64, b: u64) -> bool {
        a == b
    }
    #[inline(always)]
    fn int_ne(&mut self, a: u64, b: u64) -> bool {
        a != b
    }
    #[inline(always)]
    fn int_lt(&mut self, a: u64, b: u64) -> bool {
        (a as i64) < (b as i64)
    }
    #[inline(always)]
    fn int_le(&mut self, a: u64, b: u64) -> bool {
        (a as i64) <= (b as i64)
    }
    #[inline(always)]
    fn int_gt(&mut self, a: u64, b: u64) -> bool {
        (a as i64) > (b as i64)
    }
    #[inline(always)]
    fn int_ge(&mut self, a: u64, b: u64) -> bool {
        (a as i64) >= (b as i64)
    }
    #[inline(always)]
    fn branch(&mut self, cond: bool) -> bool {
        cond
    }
    #[inline(always)]
    fn promote(&mut self, w: u64) -> u64 {
        w
    }
    #[inline(always)]
    fn get_slot(&mut self, slots: &[u64], index: usize) -> u64 {
        slots[index]
    }
    #[inline(always)]
    fn set_slot(&mut self, slots: &mut [u64], index: usize, w: u64) {
        slots[index] = w
    }
    #[inline(always)]
    fn residual1(&mut self, cx: &mut C, f: Residual1<C>, a: u64) -> u64 {
        f(cx, a)
    }
    #[inline(always)]
    fn residual2(&mut self, cx: &mut C, f: Residual2<C>, a: u64, b: u64) -> u64 {
        f(cx, a, b)
    }
    #[inline(always)]
    fn residual3(&mut self, cx: &mut C, f: Residual3<C>, a: u64, b: u64, c: u64) -> u64 {
        f(cx, a, b, c)
    }
    #[inline(always)]
    fn residual4(&mut self, cx: &mut C, f: Residual4<C>, args: [u64; 4]) -> u64 {
        f(cx, args[0], args[1], args[2], args[3])
    }
    #[inline(always)]
    fn residual_slots(
        &mut self,
        cx: &mut C,
        f: ResidualN<C>,
        slots: &[u64],
        start: usize,
        n: usize,
    ) -> u64 {
        let args = &slots[start..start + n];
        f(cx, args.as_ptr(), n as u64)
    }
    #[inline(always)]
    fn elidable2(&mut self, cx: &mut C, f: Residual2<C>, a: u64, b: u64) -> u64 {
        f(cx, a, b)
    }
    #[inline(always)]
    fn float_arith(&mut self, op: FloatArith, a: u64, b: u64) -> u64 {
        op.apply(a, b)
    }
    #[inline(always)]
    fn float_cmp(&mut self, op: FloatCmp, a: u64, b: u64) -> bool {
        op.apply(a, b)
    }
    #[inline(always)]
    fn int_to_float(&mut self, a: u64) -> u64 {
        (a as i64 as f64).to_bits()
    }
    #[inline(always)]
    unsafe fn load_imm(&mut self, obj: u64, offset: i32) -> u64 {
        // SAFETY: the caller's contract (a live object with a word there).
        unsafe { read_word(obj, offset) }
    }
    #[inline(always)]
    unsafe fn load(&mut self, addr: u64, offset: i32) -> u64 {
        // SAFETY: the caller's contract (a readable, aligned word).
        unsafe { read_word(addr, offset) }
    }
    #[inline(always)]
    unsafe fn frame_word(&mut self, frame: u64, offset: i32) -> u64 {
        // SAFETY: the caller's contract (the frame has a word there).
        unsafe { read_word(frame, offset) }
    }
    #[inline(always)]
    unsafe fn store(&mut self, addr: u64, offset: i32, value: u64) {
        // SAFETY: the caller's contract (a writable, aligned word).
        unsafe { write_word(addr, offset, value) }
    }
    #[inline(always)]
    // SAFETY: an `unsafe fn` because it reads the object's collector bits;
    // the caller guarantees a live object (the trait's contract).
    unsafe fn gc_barrier(
        &mut self,
        cx: &mut C,
        f: Residual1<C>,
        obj: u64,
        layout: crate::hints::BarrierLayout,
    ) {
        // SAFETY: the caller's contract (a live object).
        if unsafe { layout.needs_call(obj) } {
            f(cx, obj);
        }
    }
    #[inline(always)]
    fn new_box(&mut self, cx: &mut C, f: Residual2<C>, ty: u64, payload: u64) -> u64 {
        f(cx, ty, payload)
    }
    #[inline(always)]
    fn we_are_jitted(&self) -> bool {
        false
    }
    #[inline(always)]
    fn merge_point(&mut self, _key: GreenKey, _sp: usize) -> bool {
        true
    }
    #[inline(always)]
    fn check_exception(&mut self, r: u64) -> bool {
        r == 0
    }
    #[inline(always)]
    fn branch_resuming(&mut self, cond: bool, _on_true: ResumeAt, _on_false: ResumeAt) -> bool {
        cond
    }
    #[inline(always)]
    fn enter_frame(
        &mut self,
        _key: u64,
        _args: &[u64],
        _nlocals: usize,
        _caller: ResumeAt,
        _live: Option<std::rc::Rc<crate::hints::LiveSlots>>,
    ) {
    }
    #[inline(always)]
    fn leave_frame(&mut self) {}

    #[inline(always)]
    fn end_in_interpreter(&mut self) -> bool {
        false
    }
    #[inline(always)]
    fn abort(&mut self, _reason: &'static str) {}
    #[inline(always)]
    fn unsupported(&mut self, _what: &'static str) {}
}
