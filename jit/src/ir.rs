//! The trace IR: one declarative op table, the trace container, snapshots
//! (resume data for guards), a text printer and a verifier. The parser of
//! the same text form lives in `ir_parse.rs`.
//!
//! A trace is a straight-line list of ops ending in `jump` (back to the
//! loop's label) or, for a bridge (a trace recorded from a guard's exit),
//! in `finish` (on to the header of a compiled loop). Values are named by [`Operand`]: the result of an earlier
//! op (`%n`), a loop input (`iN`, one per virtualizable-frame slot that the
//! loop reads or writes; the label's block parameters), or a constant
//! (`$n`, a 64-bit word). Every guard carries the index of a [`Snapshot`]
//! saying where the interpreter resumes when the guard fails; every call
//! carries one too, describing the frame state written back before the call
//! (so the collector and the callee see an up-to-date frame).
//!
//! Invariants the verifier checks: operands refer to earlier ops or to
//! existing inputs; each op has its table arity (except the variadic
//! `jump`, which has one argument per input, and `calln`); guards and calls name an
//! existing snapshot; overflow guards follow their `_ovf` op; `jump` or
//! `finish` is last, and only there.

use std::fmt::{self, Write};

/// What an op produces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultKind {
    /// A 64-bit word.
    Word,
    /// A condition (0 or 1).
    Bool,
    /// Nothing.
    Void,
}

/// How an op behaves, for the optimizer and the backend.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpClass {
    /// No side effect, result depends only on the arguments.
    Pure,
    /// Exits the trace when its condition does not hold.
    Guard,
    /// Calls a helper (`aux` is its address); may have side effects.
    Call,
    /// Calls a pure helper (`aux` is its address): may be folded or CSE'd.
    CallPure,
    /// Reads mutable memory: removable when unused; repeated reads of the
    /// same word are merged until a store or an effectful call.
    Load,
    /// Writes memory.
    Store,
    /// Allocates (a helper at `aux` that neither raises nor collects): no
    /// snapshot; removable when unused; when only snapshots use it, it is
    /// *sunk*: made only on the exits that need it.
    Alloc,
    /// Control flow and markers.
    Control,
}

macro_rules! define_ops {
    ($( $(#[$doc:meta])* $variant:ident = $text:literal, $arity:expr, $result:ident, $class:ident; )*) => {
        /// Every IR operation.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Opcode { $($(#[$doc])* $variant),* }

        impl Opcode {
            /// Every opcode, in table order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$variant),*];

            /// The name in the text form.
            pub fn name(self) -> &'static str {
                match self { $(Opcode::$variant => $text),* }
            }
            /// The number of operands; `None` for variadic ops.
            pub fn arity(self) -> Option<usize> {
                match self { $(Opcode::$variant => $arity),* }
            }
            pub fn result(self) -> ResultKind {
                match self { $(Opcode::$variant => ResultKind::$result),* }
            }
            pub fn class(self) -> OpClass {
                match self { $(Opcode::$variant => OpClass::$class),* }
            }
            /// The opcode whose text name is `name`.
            pub fn from_name(name: &str) -> Option<Opcode> {
                match name { $($text => Some(Opcode::$variant),)* _ => None }
            }
        }
    };
}

define_ops! {
    // Integer arithmetic on words (two's complement, wrapping).
    IntAdd = "int_add", Some(2), Word, Pure;
    IntSub = "int_sub", Some(2), Word, Pure;
    IntMul = "int_mul", Some(2), Word, Pure;
    IntAnd = "int_and", Some(2), Word, Pure;
    IntOr = "int_or", Some(2), Word, Pure;
    IntXor = "int_xor", Some(2), Word, Pure;
    /// Arithmetic shift right by `aux` bits.
    IntSar = "int_sar", Some(1), Word, Pure;
    // Checked arithmetic: the result, plus an overflow flag that the next
    // op (`guard_no_overflow` / `guard_overflow`) consumes.
    IntAddOvf = "int_add_ovf", Some(2), Word, Pure;
    IntSubOvf = "int_sub_ovf", Some(2), Word, Pure;
    IntMulOvf = "int_mul_ovf", Some(2), Word, Pure;
    // Signed comparisons.
    IntEq = "int_eq", Some(2), Bool, Pure;
    IntNe = "int_ne", Some(2), Bool, Pure;
    IntLt = "int_lt", Some(2), Bool, Pure;
    IntLe = "int_le", Some(2), Bool, Pure;
    IntGt = "int_gt", Some(2), Bool, Pure;
    IntGe = "int_ge", Some(2), Bool, Pure;
    // Float arithmetic and comparisons on words holding `f64` bits.
    FloatAdd = "float_add", Some(2), Word, Pure;
    FloatSub = "float_sub", Some(2), Word, Pure;
    FloatMul = "float_mul", Some(2), Word, Pure;
    FloatDiv = "float_div", Some(2), Word, Pure;
    FloatEq = "float_eq", Some(2), Bool, Pure;
    FloatNe = "float_ne", Some(2), Bool, Pure;
    FloatLt = "float_lt", Some(2), Bool, Pure;
    FloatLe = "float_le", Some(2), Bool, Pure;
    FloatGt = "float_gt", Some(2), Bool, Pure;
    FloatGe = "float_ge", Some(2), Bool, Pure;
    /// An `i64` word to the bits of the nearest `f64`.
    IntToFloat = "int_to_float", Some(1), Word, Pure;
    /// The word at byte offset `aux` of the object `args[0]` points to, a
    /// field that never changes once the object exists.
    LoadImm = "load_imm", Some(1), Word, Pure;
    /// The address of the frame the trace runs on (see `Ops::frame_word`).
    FramePtr = "frame_ptr", Some(0), Word, Pure;
    /// The word at address `args[0] + aux` (mutable memory).
    Load = "load", Some(1), Word, Load;
    /// Writes `args[1]` to address `args[0] + aux`.
    Store = "store", Some(2), Void, Store;
    /// The collector's write barrier before a store into object `args[0]`:
    /// calls the helper at `aux` with it when its collector bits ask for it
    /// (see [`crate::hints::BarrierLayout`]); the helper neither raises nor
    /// collects, so the op needs no snapshot.
    GcBarrier = "gc_barrier", Some(1), Void, Store;
    /// A new box of type `args[0]` holding `args[1]`, made by the helper at
    /// `aux` (see [`crate::hints::BoxLayout`]).
    NewBox = "new_box", Some(2), Word, Alloc;
    // Guards: exit through the op's snapshot unless the condition holds.
    GuardTrue = "guard_true", Some(1), Void, Guard;
    GuardFalse = "guard_false", Some(1), Void, Guard;
    /// `args[0] == args[1]` (the second is the constant seen when recording).
    GuardValue = "guard_value", Some(2), Void, Guard;
    /// The `_ovf` op in `args[0]` did not overflow.
    GuardNoOverflow = "guard_no_overflow", Some(1), Void, Guard;
    /// The `_ovf` op in `args[0]` overflowed.
    GuardOverflow = "guard_overflow", Some(1), Void, Guard;
    /// A helper's result is not 0 (0 means it raised; the snapshot says so).
    GuardNoException = "guard_no_exception", Some(1), Void, Guard;
    // Calls of `extern "C" fn(cx, words...) -> word` helpers at address `aux`.
    Call1 = "call1", Some(1), Word, Call;
    Call2 = "call2", Some(2), Word, Call;
    Call3 = "call3", Some(3), Word, Call;
    Call4 = "call4", Some(4), Word, Call;
    /// Any number of words, passed as a pointer to them and their count.
    CallN = "calln", None, Word, Call;
    CallPure2 = "call_pure2", Some(2), Word, CallPure;
    /// Marks the start of the interpreter instruction at pc `aux` (log only).
    DebugMergePoint = "debug_merge_point", Some(0), Void, Control;
    /// Back to the label with one value per input.
    Jump = "jump", None, Void, Control;
    /// Ends a bridge: writes its snapshot (the state at the header of
    /// compiled loop number `aux`) to the frame and leaves, so that loop
    /// runs next.
    Finish = "finish", Some(0), Void, Control;
}

impl Opcode {
    pub fn is_guard(self) -> bool {
        self.class() == OpClass::Guard
    }
    pub fn is_call(self) -> bool {
        matches!(self.class(), OpClass::Call | OpClass::CallPure)
    }
    /// Whether the op needs a snapshot (guards and effectful calls).
    pub fn has_snapshot(self) -> bool {
        self.is_guard() || self.class() == OpClass::Call || self == Opcode::Finish
    }
    /// Whether the op ends a trace (`jump` for a loop, `finish` for a bridge).
    pub fn is_terminator(self) -> bool {
        matches!(self, Opcode::Jump | Opcode::Finish)
    }
    /// The `_ovf` ops, whose flag a following overflow guard reads.
    pub fn is_ovf(self) -> bool {
        matches!(
            self,
            Opcode::IntAddOvf | Opcode::IntSubOvf | Opcode::IntMulOvf
        )
    }
}

/// A value used by an op.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Operand {
    /// The result of op number `n`.
    Ref(u32),
    /// Loop input number `n` (a block parameter of the label).
    Input(u32),
    /// A constant word.
    Const(u64),
}

impl fmt::Display for Operand {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Operand::Ref(n) => write!(f, "%{n}"),
            Operand::Input(n) => write!(f, "i{n}"),
            Operand::Const(v) => write!(f, "${v}"),
        }
    }
}

/// One operation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Op {
    pub opcode: Opcode,
    pub args: Vec<Operand>,
    /// Immediate: shift amount, helper address, merge-point pc; 0 if unused.
    pub aux: u64,
    /// Index into `Trace::snapshots` for guards and calls.
    pub snapshot: Option<u32>,
}

/// The `finish` target (its `aux`) that means "the interpreter": the trace
/// ends with the frame written back at the snapshot, and the interpreter
/// continues there (the snapshot's kind is `Resume`).
pub const FINISH_IN_INTERPRETER: u32 = u32::MAX;

/// What the interpreter does at a guard's exit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExitKind {
    /// Re-run the instruction at `pc` with the frame as written back (the
    /// instruction had no effect yet: the exit may be taken at any time).
    Resume,
    /// Continue at `pc`, the state the instruction leaves for the outcome
    /// opposite to the recorded one (only correct when the guard's
    /// condition really failed).
    ResumeAfter,
    /// A helper raised: the exception is pending; raise it at `pc`.
    RaisePending,
}

/// The frame state at a point of the trace: what an exit writes back.
///
/// `pc`, `sp` and `slots` describe the loop's own frame (which exists in
/// memory). When calls were inlined, `frames` describes the callee frames
/// that exist only in the trace, outermost first; the loop's frame then
/// shows the state it has while its call runs. `kind` says what the
/// innermost frame's pc means.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Snapshot {
    /// The interpreter's pc to store (its meaning is given by `kind`).
    pub pc: u32,
    /// The value-stack depth (absolute slot index) to store.
    pub sp: u32,
    pub kind: ExitKind,
    /// Slot values to write back, by slot index (ascending).
    pub slots: Vec<(u32, Operand)>,
    /// Inlined frames, outermost first.
    pub frames: Vec<InlinedFrame>,
}

/// A frame of an inlined call, as a guard's exit rebuilds it: the
/// interpreter's key for it (`key`, opaque here: the callee), its pc and
/// stack depth, and every slot below `sp` (slot `k` is `slots[k]`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct InlinedFrame {
    pub key: u64,
    pub pc: u32,
    pub sp: u32,
    pub slots: Vec<Operand>,
}

impl Snapshot {
    /// Words an exit or call writes to the scratch area for this
    /// snapshot's inlined frames: a count, then per frame its key, pc, sp
    /// and slots (the layout of [`crate::backend`]'s scratch area).
    pub fn scratch_words(&self) -> usize {
        1 + self.frames.iter().map(|f| 3 + f.slots.len()).sum::<usize>()
    }
}

/// A recorded loop.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Trace {
    /// The frame slot each input is loaded from at entry.
    pub inputs: Vec<u32>,
    pub ops: Vec<Op>,
    pub snapshots: Vec<Snapshot>,
}

impl Trace {
    /// Which ops are sunk allocations: `new_box` ops whose result no op
    /// uses (only snapshots do), so they are made on exits only.
    pub fn sunk_allocations(&self) -> Vec<bool> {
        let mut sunk: Vec<bool> = self
            .ops
            .iter()
            .map(|op| op.opcode.class() == OpClass::Alloc)
            .collect();
        for op in &self.ops {
            for a in &op.args {
                if let Operand::Ref(n) = a {
                    sunk[*n as usize] = false;
                }
            }
        }
        sunk
    }

    /// The scratch words the compiled trace needs (see `backend`).
    pub fn scratch_words(&self) -> usize {
        self.snapshots
            .iter()
            .map(Snapshot::scratch_words)
            .max()
            .unwrap_or(1)
    }

    /// The text form (what `--jit-log` prints and the parser reads).
    pub fn to_text(&self) -> String {
        let mut s = String::new();
        let ins: Vec<String> = self.inputs.iter().map(|i| format!("s{i}")).collect();
        let _ = writeln!(s, "inputs {}", ins.join(" "));
        for (i, op) in self.ops.iter().enumerate() {
            s.push_str("  ");
            if op.opcode.result() != ResultKind::Void {
                let _ = write!(s, "%{i} = ");
            }
            s.push_str(op.opcode.name());
            let args: Vec<String> = op.args.iter().map(|a| a.to_string()).collect();
            if !args.is_empty() {
                let _ = write!(s, " {}", args.join(", "));
            }
            if op.aux != 0 {
                let _ = write!(s, " aux={:#x}", op.aux);
            }
            if let Some(sn) = op.snapshot {
                let _ = write!(s, " @{sn}");
            }
            s.push('\n');
        }
        for (i, sn) in self.snapshots.iter().enumerate() {
            let kind = match sn.kind {
                ExitKind::Resume => "resume",
                ExitKind::ResumeAfter => "resume_after",
                ExitKind::RaisePending => "raise",
            };
            let _ = write!(s, "@{i} {kind} pc={} sp={}", sn.pc, sn.sp);
            for (slot, v) in &sn.slots {
                let _ = write!(s, " s{slot}={v}");
            }
            for fr in &sn.frames {
                let _ = write!(s, " | frame={:#x} pc={} sp={}", fr.key, fr.pc, fr.sp);
                for (slot, v) in fr.slots.iter().enumerate() {
                    let _ = write!(s, " s{slot}={v}");
                }
            }
            s.push('\n');
        }
        s
    }

    /// Checks the invariants of the module doc; the first violation found.
    pub fn verify(&self) -> Result<(), String> {
        let check = |i: usize, a: &Operand| -> Result<(), String> {
            match *a {
                Operand::Ref(n) if n as usize >= i => {
                    Err(format!("op {i}: operand %{n} is not defined before use"))
                }
                Operand::Ref(n) if self.ops[n as usize].opcode.result() == ResultKind::Void => {
                    Err(format!("op {i}: operand %{n} has no result"))
                }
                Operand::Input(n) if n as usize >= self.inputs.len() => {
                    Err(format!("op {i}: input i{n} does not exist"))
                }
                _ => Ok(()),
            }
        };
        for (i, op) in self.ops.iter().enumerate() {
            match op.opcode.arity() {
                Some(n) if n != op.args.len() => {
                    return Err(format!(
                        "op {i}: {} takes {n} operands, has {}",
                        op.opcode.name(),
                        op.args.len()
                    ))
                }
                None if op.opcode == Opcode::Jump && op.args.len() != self.inputs.len() => {
                    return Err(format!("op {i}: jump needs one operand per input"))
                }
                _ => {}
            }
            for a in &op.args {
                check(i, a)?;
            }
            if op.opcode.has_snapshot() {
                match op.snapshot {
                    Some(s) if (s as usize) < self.snapshots.len() => {}
                    _ => return Err(format!("op {i}: {} needs a snapshot", op.opcode.name())),
                }
            }
            if matches!(op.opcode, Opcode::GuardNoOverflow | Opcode::GuardOverflow) {
                let ok = i > 0
                    && op.args[0] == Operand::Ref(i as u32 - 1)
                    && self.ops[i - 1].opcode.is_ovf();
                if !ok {
                    return Err(format!("op {i}: overflow guard must follow its _ovf op"));
                }
            }
            if op.opcode.is_terminator() && i + 1 != self.ops.len() {
                return Err(format!("op {i}: {} must be the last op", op.opcode.name()));
            }
        }
        if !self.ops.last().is_some_and(|o| o.opcode.is_terminator()) {
            return Err("the trace must end in jump or finish".into());
        }
        for (si, sn) in self.snapshots.iter().enumerate() {
            let inlined = sn.frames.iter().flat_map(|f| f.slots.iter());
            for v in sn.slots.iter().map(|(_, v)| v).chain(inlined) {
                // A snapshot may name any op (the backend only uses those
                // defined before the guard that refers to it).
                if let Operand::Input(n) = v {
                    if *n as usize >= self.inputs.len() {
                        return Err(format!("snapshot @{si}: input i{n} does not exist"));
                    }
                }
            }
        }
        Ok(())
    }
}
