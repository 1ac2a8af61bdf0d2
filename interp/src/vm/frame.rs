//! `Frame`: one activation of a code object — the layout the JIT relies on.
//!
//! `slots` holds, in order: the fast locals (`code.varnames`), the cells
//! (`code.cellvars` then `code.freevars`, each a Cell object), then the value
//! stack. `sp` is the absolute index of the next free stack slot; slots at
//! or above `sp` hold stale values that are never read and never traced
//! (popping does not clear them). Slot accesses are bounds-checked: a
//! compiler bug in stack sizing panics instead of corrupting memory.

use crate::bytecode::{BinOpKind, CmpKind, CodeObject, Instr};
use crate::object::Value;
use std::rc::Rc;

/// What the caller does with the value a frame returns.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ReturnMode {
    /// Push it on the caller's stack.
    Push,
    /// `__init__` of a class call: check it is None, then push `slots[0]`'s
    /// instance (kept in `init_self`).
    Init,
    /// Hand it back to the Rust caller that started this frame.
    ToNative,
    /// A user class's operator method run for `a op b` / `a op= b` (see
    /// `Vm::binop_frame_target`). The operands stay on the caller's stack
    /// during the call; the result replaces them, or, if it is
    /// `NotImplemented`, the rest of the operator protocol runs.
    Operator(BinOpKind, OperatorStage),
    /// A user class's rich comparison method run for `a <cmp> b` (see
    /// `Vm::compare_frame_target`); as for `Operator`, the operands stay on
    /// the caller's stack and the result replaces them, or, if it is
    /// `NotImplemented`, the rest of the comparison protocol runs. Never
    /// inlined into a trace.
    Compare(CmpKind),
    /// A class's Python `__new__` run for `cls(...)` (see
    /// `Vm::plain_new`). The call's stack values (`cls` in the callee's
    /// slot, `npos` positional and the keyword values) stay on the
    /// caller's stack while it runs, and `init_self` holds the keyword
    /// names tuple (NULL if none): if `__new__` returns an instance whose
    /// class has an `__init__` of its own, that is called with them. Then
    /// `clear` values are dropped and the instance is pushed. Never
    /// inlined into a trace.
    New { npos: u32, clear: u32 },
}

/// Which method an [`ReturnMode::Operator`] frame runs.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum OperatorStage {
    /// `__op__` for `a op b`.
    Binary,
    /// `__op__` for `a op= b` of a class without `__iop__`.
    BinaryForInplace,
    /// `__iop__` for `a op= b`.
    Inplace,
}

pub struct Frame {
    pub code: Rc<CodeObject>,
    /// `code.instrs`' buffer and length, cached so the dispatch loop's
    /// fetch is one load from the frame, not a chain through the code
    /// object. Invariant: they describe the instructions of `code`, which
    /// the frame keeps alive and which never change after compilation.
    instrs: *const Instr,
    ninstrs: usize,
    /// The next instruction. The dispatch loop advances it when it fetches
    /// an instruction, and jumps set it as their last action, so the
    /// instruction being executed (or, in a caller, the call being made) is
    /// always `pc - 1`: see [`Frame::lasti`].
    pub pc: usize,
    pub sp: usize,
    pub slots: Vec<Value>,
    /// Start of the value stack in `slots`.
    pub stack_base: usize,
    pub globals: Value,
    pub builtins: Value,
    /// The namespace dict of module and class bodies (NULL in functions).
    pub locals: Value,
    pub func: Value,
    pub on_return: ReturnMode,
    pub init_self: Value,
    /// The generator object running this frame (NULL if not a generator).
    pub generator: Value,
}

/// The frame as the JIT's compiled code sees it: `pc` and `sp` are words
/// it writes back at exits and calls; an executing instruction's pc is one
/// past it (the dispatch loop advances `pc` when it fetches).
pub fn frame_layout() -> piepie_jit::FrameLayout {
    piepie_jit::FrameLayout {
        pc_offset: std::mem::offset_of!(Frame, pc) as i32,
        sp_offset: std::mem::offset_of!(Frame, sp) as i32,
        executing_pc_bias: 1,
    }
}

impl Frame {
    pub fn new(
        code: Rc<CodeObject>,
        globals: Value,
        builtins: Value,
        locals: Value,
        func: Value,
    ) -> Frame {
        let stack_base = code.nlocals() + code.ncells();
        let slots = vec![Value::NULL; code.nslots()];
        Frame {
            instrs: code.instrs.as_ptr(),
            ninstrs: code.instrs.len(),
            code,
            pc: 0,
            sp: stack_base,
            slots,
            stack_base,
            globals,
            builtins,
            locals,
            func,
            on_return: ReturnMode::Push,
            init_self: Value::NULL,
            generator: Value::NULL,
        }
    }

    /// Makes a recycled frame a fresh activation of `code` (what `new`
    /// builds, reusing the slot vector's allocation).
    pub fn reset(
        &mut self,
        code: Rc<CodeObject>,
        globals: Value,
        builtins: Value,
        locals: Value,
        func: Value,
    ) {
        let stack_base = code.nlocals() + code.ncells();
        let nslots = code.nslots();
        if self.slots.len() >= nslots {
            // Only the locals and cells must start empty: stack slots are
            // written before they are read.
            self.slots.truncate(nslots);
            self.slots[..stack_base].fill(Value::NULL);
        } else {
            self.slots.clear();
            self.slots.resize(nslots, Value::NULL);
        }
        self.instrs = code.instrs.as_ptr();
        self.ninstrs = code.instrs.len();
        self.code = code;
        self.pc = 0;
        self.sp = stack_base;
        self.stack_base = stack_base;
        self.globals = globals;
        self.builtins = builtins;
        self.locals = locals;
        self.func = func;
        self.on_return = ReturnMode::Push;
        self.init_self = Value::NULL;
        self.generator = Value::NULL;
    }

    /// The instruction being executed (for tracebacks and handler lookup).
    #[inline]
    pub fn lasti(&self) -> usize {
        self.pc.saturating_sub(1)
    }

    /// The instruction at `pc` of this frame's code.
    #[inline(always)]
    pub fn fetch(&self, pc: usize) -> Instr {
        assert!(pc < self.ninstrs, "pc {pc} past the end of the code");
        // SAFETY: `instrs`/`ninstrs` describe `code.instrs` (the field's
        // invariant), which lives as long as the frame holds `code`, and
        // `pc` is in bounds.
        unsafe { *self.instrs.add(pc) }
    }

    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        self.slots[self.sp] = v;
        self.sp += 1;
    }

    /// Pops the top value. The slot keeps a stale copy: slots at or above
    /// `sp` are never read and never traced (see [`Frame::trace`]).
    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        self.sp -= 1;
        self.slots[self.sp]
    }

    #[inline(always)]
    pub fn top(&self) -> Value {
        self.slots[self.sp - 1]
    }

    /// The value `n` below the top (`peek(0)` is the top).
    #[inline(always)]
    pub fn peek(&self, n: usize) -> Value {
        self.slots[self.sp - 1 - n]
    }

    #[inline(always)]
    pub fn set_peek(&mut self, n: usize, v: Value) {
        let i = self.sp - 1 - n;
        self.slots[i] = v;
    }

    /// Drops `n` values (their slots keep stale copies, as in `pop`).
    #[inline(always)]
    pub fn drop_n(&mut self, n: usize) {
        assert!(
            n <= self.sp - self.stack_base,
            "dropping below the stack base"
        );
        self.sp -= n;
    }

    /// The top `n` stack values, bottom first.
    #[inline(always)]
    pub fn top_n(&self, n: usize) -> &[Value] {
        &self.slots[self.sp - n..self.sp]
    }

    pub fn line(&self) -> u32 {
        self.code.line_at(self.lasti())
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        self.code.trace(f);
        self.slots[..self.sp].iter().for_each(|&v| f(v));
        f(self.globals);
        f(self.builtins);
        f(self.locals);
        f(self.func);
        f(self.init_self);
        f(self.generator);
    }

    /// The frame behind a raw pointer held by the dispatch loop.
    ///
    /// The loop keeps a raw pointer to the current frame because calls it
    /// makes need `&mut Vm`, which owns the frame stack.
    #[inline(always)]
    // Not an `unsafe fn`: the pointer only ever comes from the frame stack
    // (see SAFETY below), and the dispatch loop calls this at every opcode.
    #[allow(clippy::mut_from_ref, clippy::not_unsafe_ptr_arg_deref)]
    pub fn from_raw<'a>(p: *mut Frame) -> &'a mut Frame {
        // SAFETY: frames are boxed, so their address is stable while the
        // frame stack grows; the dispatch loop re-derives this pointer after
        // any operation that can pop the current frame, and only one
        // reference to a frame is used at a time.
        unsafe { &mut *p }
    }
}

/// Views a slice of values as machine words (for the `Ops` slot accessors).
#[inline(always)]
pub fn as_words(v: &[Value]) -> &[u64] {
    // SAFETY: `Value` is `#[repr(transparent)]` over `u64`.
    unsafe { std::slice::from_raw_parts(v.as_ptr() as *const u64, v.len()) }
}

/// Mutable variant of [`as_words`].
#[inline(always)]
pub fn as_words_mut(v: &mut [Value]) -> &mut [u64] {
    // SAFETY: `Value` is `#[repr(transparent)]` over `u64`, and every u64
    // written through this view comes from a `Value`.
    unsafe { std::slice::from_raw_parts_mut(v.as_mut_ptr() as *mut u64, v.len()) }
}

/// Detaches a slice of a frame's stack from the frame borrow, so it can be
/// passed as call arguments while the callee uses the VM.
#[inline(always)]
pub fn detach<'a>(s: &[Value]) -> &'a [Value] {
    // SAFETY: the slice points into the calling frame's slot vector, which
    // is neither resized nor freed while the call runs (callees get frames
    // of their own, and the caller's frame stays on the stack); nothing
    // writes to those slots until the call returns.
    unsafe { std::slice::from_raw_parts(s.as_ptr(), s.len()) }
}
