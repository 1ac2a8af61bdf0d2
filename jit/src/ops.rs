//! The primitive-operations trait that opcode handlers are written against.
//!
//! A *word* is one machine word of the interpreter's state (a tagged value, a
//! pointer, an integer). Handlers never branch on a word directly: they turn a
//! [`Ops::Bool`] into Rust control flow only through [`Ops::branch`], and a
//! word into a Rust constant only through [`Ops::promote`]. That is what lets
//! a recording instance place a guard at every such point, so a guard can
//! never be forgotten.
//!
//! Work that should not be traced into (hash-table probing, big-integer
//! arithmetic, string building, anything that may call back into user code)
//! is a *residual call*: an `extern "C"` function taking the interpreter's
//! context and words, returning a word. By convention a residual call returns
//! `0` when it raised an exception (the context records which); `0` is never a
//! valid value word. Residual functions never unwind.

/// A residual helper of one argument (`C` is the interpreter's context).
pub type Residual1<C> = extern "C" fn(&mut C, u64) -> u64;
/// A residual helper of two arguments.
pub type Residual2<C> = extern "C" fn(&mut C, u64, u64) -> u64;
/// A residual helper of three arguments.
pub type Residual3<C> = extern "C" fn(&mut C, u64, u64, u64) -> u64;
/// A residual helper of any number of arguments: a pointer to `n`
/// consecutive words, and `n`.
pub type ResidualN<C> = extern "C" fn(&mut C, *const u64, u64) -> u64;
/// A residual helper of four arguments.
pub type Residual4<C> = extern "C" fn(&mut C, u64, u64, u64, u64) -> u64;

use crate::hints::GreenKey;

/// The word at `addr + offset` (what `load`/`load_imm` do concretely).
///
/// # Safety
/// `addr + offset` must be a readable, aligned word.
#[inline(always)]
pub unsafe fn read_word(addr: u64, offset: i32) -> u64 {
    // SAFETY: the caller's contract.
    unsafe { *((addr as *const u8).offset(offset as isize) as *const u64) }
}

/// Writes the word at `addr + offset` (what `store` does concretely).
///
/// # Safety
/// `addr + offset` must be a writable, aligned word nothing borrows.
#[inline(always)]
pub unsafe fn write_word(addr: u64, offset: i32, value: u64) {
    // SAFETY: the caller's contract.
    unsafe { *((addr as *mut u8).offset(offset as isize) as *mut u64) = value }
}

/// A float arithmetic operator (on words holding `f64` bits).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatArith {
    Add,
    Sub,
    Mul,
    Div,
}

/// A float comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatCmp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl FloatArith {
    pub fn apply(self, a: u64, b: u64) -> u64 {
        let (x, y) = (f64::from_bits(a), f64::from_bits(b));
        match self {
            FloatArith::Add => x + y,
            FloatArith::Sub => x - y,
            FloatArith::Mul => x * y,
            FloatArith::Div => x / y,
        }
        .to_bits()
    }
}

impl FloatCmp {
    pub fn apply(self, a: u64, b: u64) -> bool {
        let (x, y) = (f64::from_bits(a), f64::from_bits(b));
        match self {
            FloatCmp::Eq => x == y,
            FloatCmp::Ne => x != y,
            FloatCmp::Lt => x < y,
            FloatCmp::Le => x <= y,
            FloatCmp::Gt => x > y,
            FloatCmp::Ge => x >= y,
        }
    }
}

/// Where the interpreter continues if a guard fails in one direction: the
/// instruction `pc` (its meaning is the interpreter's) and the value-stack
/// depth `sp`, with the frame's slots as they are at the branch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ResumeAt {
    pub pc: u32,
    pub sp: u32,
}

/// Primitive operations on machine words, over an interpreter context `C`.
pub trait Ops<C> {
    /// A word as the handler sees it (concretely `u64`; traced when recording).
    type Word: Copy;
    /// The result of a comparison (concretely `bool`).
    type Bool: Copy;

    /// A constant word.
    fn konst(&mut self, value: u64) -> Self::Word;

    /// Two's-complement addition of the words as `i64`, `None` on overflow.
    fn int_add_ovf(&mut self, a: Self::Word, b: Self::Word) -> Option<Self::Word>;
    /// Subtraction as `i64`, `None` on overflow.
    fn int_sub_ovf(&mut self, a: Self::Word, b: Self::Word) -> Option<Self::Word>;
    /// Multiplication as `i64`, `None` on overflow.
    fn int_mul_ovf(&mut self, a: Self::Word, b: Self::Word) -> Option<Self::Word>;
    /// Wrapping subtraction (used for untagging).
    fn int_sub(&mut self, a: Self::Word, b: Self::Word) -> Self::Word;
    /// Wrapping addition.
    fn int_add(&mut self, a: Self::Word, b: Self::Word) -> Self::Word;
    /// Wrapping multiplication.
    fn int_mul(&mut self, a: Self::Word, b: Self::Word) -> Self::Word;
    fn int_and(&mut self, a: Self::Word, b: Self::Word) -> Self::Word;
    fn int_or(&mut self, a: Self::Word, b: Self::Word) -> Self::Word;
    fn int_xor(&mut self, a: Self::Word, b: Self::Word) -> Self::Word;
    /// Arithmetic shift right by a constant.
    fn int_sar(&mut self, a: Self::Word, bits: u32) -> Self::Word;

    fn int_eq(&mut self, a: Self::Word, b: Self::Word) -> Self::Bool;
    fn int_ne(&mut self, a: Self::Word, b: Self::Word) -> Self::Bool;
    fn int_lt(&mut self, a: Self::Word, b: Self::Word) -> Self::Bool;
    fn int_le(&mut self, a: Self::Word, b: Self::Word) -> Self::Bool;
    fn int_gt(&mut self, a: Self::Word, b: Self::Word) -> Self::Bool;
    fn int_ge(&mut self, a: Self::Word, b: Self::Word) -> Self::Bool;

    /// IEEE arithmetic on words holding `f64` bits.
    fn float_arith(&mut self, op: FloatArith, a: Self::Word, b: Self::Word) -> Self::Word;
    fn float_cmp(&mut self, op: FloatCmp, a: Self::Word, b: Self::Word) -> Self::Bool;
    /// An `i64` to the bits of the nearest `f64` (round half to even).
    fn int_to_float(&mut self, a: Self::Word) -> Self::Word;

    /// The word at byte `offset` of the object `obj` points to: a field
    /// that never changes once the object exists (when recording, a
    /// constant object's field is a constant).
    ///
    /// # Safety
    /// `obj` must point to a live object with a word-aligned word at
    /// `offset`.
    unsafe fn load_imm(&mut self, obj: Self::Word, offset: i32) -> Self::Word;

    /// The word at address `addr + offset`, which may change over time.
    ///
    /// # Safety
    /// `addr + offset` must be a readable, aligned word.
    unsafe fn load(&mut self, addr: Self::Word, offset: i32) -> Self::Word;

    /// The word at byte `offset` of the frame the trace runs on (the
    /// loop's frame, or the frame a bridge or entry trace starts in; never
    /// an inlined call's frame, which compiled code does not have). It may
    /// change over time, like [`Ops::load`]'s.
    ///
    /// # Safety
    /// `frame` must be that frame's address, with a readable, aligned word
    /// at `offset`.
    unsafe fn frame_word(&mut self, frame: u64, offset: i32) -> Self::Word;

    /// Writes `value` to address `addr + offset`.
    ///
    /// # Safety
    /// `addr + offset` must be a writable, aligned word that nothing
    /// borrows.
    unsafe fn store(&mut self, addr: Self::Word, offset: i32, value: Self::Word);

    /// The collector's write barrier, before a store into the object `obj`:
    /// calls `f(cx, obj)` when `layout` says the object's bits ask for it.
    /// `f` must neither raise nor collect.
    ///
    /// # Safety
    /// `obj` must point to a live object with its collector bits where
    /// `layout` says.
    // SAFETY: unsafe to call because implementations read `obj`'s memory;
    // see the `# Safety` section above.
    unsafe fn gc_barrier(
        &mut self,
        cx: &mut C,
        f: Residual1<C>,
        obj: Self::Word,
        layout: crate::hints::BarrierLayout,
    );

    /// A new box (see [`crate::hints::BoxLayout`]) of type `ty` holding
    /// `payload`, made by `f`, which must neither raise nor collect.
    fn new_box(
        &mut self,
        cx: &mut C,
        f: Residual2<C>,
        ty: Self::Word,
        payload: Self::Word,
    ) -> Self::Word;

    /// The only way to branch on a traced condition (records a guard).
    fn branch(&mut self, cond: Self::Bool) -> bool;
    /// Turns a word into a trace constant behind a `guard_value`.
    fn promote(&mut self, w: Self::Word) -> u64;

    /// Reads word `index` of a frame's slot array (locals, then value stack).
    /// The frame is *virtualizable*: when recording, slots are trace values.
    fn get_slot(&mut self, slots: &[u64], index: usize) -> Self::Word;
    /// Writes word `index` of a frame's slot array.
    fn set_slot(&mut self, slots: &mut [u64], index: usize, w: Self::Word);

    /// Calls a helper the trace does not look inside.
    fn residual1(&mut self, cx: &mut C, f: Residual1<C>, a: Self::Word) -> Self::Word;
    fn residual2(
        &mut self,
        cx: &mut C,
        f: Residual2<C>,
        a: Self::Word,
        b: Self::Word,
    ) -> Self::Word;
    fn residual3(
        &mut self,
        cx: &mut C,
        f: Residual3<C>,
        a: Self::Word,
        b: Self::Word,
        c: Self::Word,
    ) -> Self::Word;
    fn residual4(&mut self, cx: &mut C, f: Residual4<C>, args: [Self::Word; 4]) -> Self::Word;
    /// Calls a helper with the `n` frame slots from `start` as its
    /// arguments (concretely, a pointer into `slots`).
    fn residual_slots(
        &mut self,
        cx: &mut C,
        f: ResidualN<C>,
        slots: &[u64],
        start: usize,
        n: usize,
    ) -> Self::Word;
    /// Calls a pure helper: folded when its arguments are constants.
    fn elidable2(
        &mut self,
        cx: &mut C,
        f: Residual2<C>,
        a: Self::Word,
        b: Self::Word,
    ) -> Self::Word;

    /// Whether code is being traced (lets a handler pick a simpler path).
    fn we_are_jitted(&self) -> bool;

    /// The merge point, at the top of dispatch: `key` is the instruction
    /// about to run (green), `sp` the frame's stack depth. False means stop
    /// recording and return to the plain interpreter (concretely: never).
    fn merge_point(&mut self, key: GreenKey, sp: usize) -> bool;

    /// At a back edge to `key` in the loop's own frame: whether the
    /// recording has now unrolled that loop — one other than its own, and
    /// not compiled — too often, and should stop so the inner loop gets a
    /// trace of its own first (concretely: never).
    fn unrolls_inner_loop(&mut self, _key: GreenKey) -> bool {
        false
    }

    /// Whether a residual call's result `r` says it raised (`r == 0`).
    /// Recorded as a guard whose exit raises the pending exception at the
    /// current instruction; allowed after a side effect.
    fn check_exception(&mut self, r: Self::Word) -> bool;

    /// Branches on `cond` after a side effect of the current instruction:
    /// if the guard fails, the interpreter does not re-run the instruction
    /// but continues at `on_true` / `on_false` (the state the instruction
    /// would have left for that outcome; the handler has already written
    /// the slots that state needs).
    fn branch_resuming(&mut self, cond: Self::Bool, on_true: ResumeAt, on_false: ResumeAt) -> bool;

    /// A Python-level call is inlined: the callee's frame (the interpreter's
    /// `key` for it) becomes the current frame; its first slots hold
    /// `args` and its other `nlocals` locals are empty (the word 0). While
    /// it runs, the caller stands at `caller` (the state a return resumes).
    /// `live` is the liveness of the callee's code, if known. Concretely a
    /// no-op.
    fn enter_frame(
        &mut self,
        key: u64,
        args: &[Self::Word],
        nlocals: usize,
        caller: ResumeAt,
        live: Option<std::rc::Rc<crate::hints::LiveSlots>>,
    );

    /// The inlined callee returned: its caller is the current frame again.
    /// Concretely a no-op.
    fn leave_frame(&mut self);

    /// Ends the recording here, before the current instruction, in the
    /// frame it started in: compiled code writes the frame back and the
    /// interpreter runs the instruction (a return or a generator's yield,
    /// which a trace cannot contain). A loop's trace so ended does not
    /// close: each run goes from the header to here. True if the recording
    /// so ended; false (and the recording goes on, or was not running) in
    /// an inlined frame. Concretely always false.
    fn end_in_interpreter(&mut self) -> bool;

    /// Gives up recording (the handler met something it cannot trace);
    /// concretely a no-op.
    fn abort(&mut self, reason: &'static str);

    /// Gives up recording at an instruction that cannot be traced (`what`
    /// names it); concretely a no-op.
    fn unsupported(&mut self, what: &'static str);
}
