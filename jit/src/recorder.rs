//! The recording instance of [`Ops`]: executes every operation concretely
//! (so the interpreter keeps running the program) and appends it to a
//! [`Trace`].
//!
//! The frame is *virtualizable*: `get_slot`/`set_slot` read and write trace
//! values kept in `slots`, one per frame slot; a slot first read in the loop
//! becomes a loop input. Constant folding happens as ops are recorded (an op
//! whose operands are all constants is not recorded; its value is a
//! constant), and a guard whose condition is a constant is not recorded.
//!
//! Calls the interpreter inlines (`enter_frame` / `leave_frame`) push a
//! virtual frame: its slots are trace values only, never loop inputs, and
//! every snapshot taken inside it lists all its slots below its stack
//! depth (an exit rebuilds the frame from them), while the loop's frame
//! shows the state it waits in. The loop closes only in its own frame.
//!
//! Invariants:
//! * a guard's snapshot describes the frame at the start of the current
//!   instruction, so its exit re-runs that instruction; that is only
//!   correct before the instruction's first side effect, so a plain guard
//!   after a residual call aborts the trace (`branch_resuming` and
//!   `check_exception` describe their own exits and are allowed);
//! * every slot the trace tracks holds, concretely, the value its trace
//!   value had when recorded; a mismatch means a handler wrote the frame
//!   behind the recorder's back, and aborts.

use crate::hints::{FrameLayout, GreenKey, LiveSlots};
use crate::ir::{ExitKind, InlinedFrame, Op, Opcode, Operand, Snapshot, Trace};
use crate::ops::{
    read_word, write_word, FloatArith, FloatCmp, Ops, Residual1, Residual2, Residual3, Residual4,
    ResidualN, ResumeAt,
};
use std::rc::Rc;

/// A word while recording: its concrete value and its trace value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Traced {
    pub value: u64,
    pub op: Operand,
}

/// A condition while recording.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TracedBool {
    pub value: bool,
    pub op: Operand,
}

/// Why a trace was given up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AbortReason {
    TooLong,
    GuardAfterSideEffect,
    ExceptionWhileTracing,
    UnknownStackSlot,
    SlotWrittenOutsideTrace,
    StackDepthChanged,
    /// An instruction the interpreter cannot trace (its name).
    Unsupported(&'static str),
    /// The interpreter's reason (a call it cannot inline, ...).
    Interpreter(&'static str),
}

impl AbortReason {
    pub fn message(&self) -> String {
        match self {
            AbortReason::TooLong => "trace too long".into(),
            AbortReason::GuardAfterSideEffect => {
                "guard after a side effect in one instruction".into()
            }
            AbortReason::ExceptionWhileTracing => "exception raised while tracing".into(),
            AbortReason::UnknownStackSlot => "read of a stack slot the trace did not write".into(),
            AbortReason::SlotWrittenOutsideTrace => {
                "frame slot written outside the recorder".into()
            }
            AbortReason::StackDepthChanged => "stack depth differs at the loop header".into(),
            AbortReason::Unsupported(m) => format!("unsupported instruction {m}"),
            AbortReason::Interpreter(m) => (*m).to_string(),
        }
    }
}

/// Where the recording stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordState {
    Recording,
    /// Back at the loop header (the trace ends in `jump`), or, for a
    /// bridge, at the header of a compiled loop (it ends in `finish`).
    Closed,
    Aborted(AbortReason),
}

/// A frame of the recording: the loop's own (`frames[0]`), or a callee
/// whose call is being inlined.
struct VFrame {
    /// The interpreter's key for an inlined frame (0 for the loop's).
    key: u64,
    /// The trace value of each slot (None: not touched yet).
    slots: Vec<Option<Traced>>,
    /// Where this frame stands while its callee runs (set when a call
    /// from it is inlined).
    waiting: ResumeAt,
    /// The instruction making that call (whose liveness the frame has
    /// while it waits).
    waiting_instr: u32,
    /// The interpreter's liveness of the frame's code, if it gave one.
    live: Option<Rc<LiveSlots>>,
}

impl VFrame {
    fn is_live(&self, pc: u32, slot: u32) -> bool {
        self.live.as_ref().is_none_or(|l| l.is_live(pc, slot))
    }
}

/// The headers a bridge may end at: each compiled loop's green key, with
/// the loop's number and its stack depth there.
pub type BridgeTargets = hashbrown::HashMap<GreenKey, (u32, u32)>;

pub struct Recorder {
    layout: FrameLayout,
    start: GreenKey,
    /// Headers of compiled loops the trace may end at (with `finish`); a
    /// loop's trace also ends at `start` (with `jump`), which comes first.
    targets: BridgeTargets,
    /// Whether this is a bridge (it does not close at `start`).
    bridge: bool,
    start_sp: u32,
    limit: usize,
    trace: Trace,
    /// The loop's frame, then the frames of inlined calls (innermost last).
    frames: Vec<VFrame>,
    /// The input number of each slot of the loop's frame that is an input.
    input_of_slot: Vec<Option<u32>>,
    /// The instruction being recorded (in the innermost frame).
    instr_pc: u32,
    instr_sp: u32,
    /// Whether the current instruction made a residual call.
    side_effect: bool,
    started: bool,
    state: RecordState,
    /// Calls inlined into the trace.
    inlined_calls: u64,
    /// How often the trace passed the back edge of each inner loop that is
    /// not compiled (see `unrolls_inner_loop`).
    inner_backedges: hashbrown::HashMap<GreenKey, u32>,
}

/// Passes of an uncompiled inner loop's back edge a recording unrolls
/// before it stops (each further iteration would be a guard on the inner
/// loop's trip count, and every other count a bridge of its own).
const INNER_LOOP_UNROLL_LIMIT: u32 = 2;

impl Recorder {
    /// Stops the recording before it starts (the driver declined it).
    pub fn refuse(&mut self, reason: &'static str) {
        self.fail(AbortReason::Interpreter(reason));
    }

    /// A recorder for the loop whose header is `start`, entered with the
    /// value stack at depth `sp`; `limit` caps the recorded ops.
    pub fn new(layout: FrameLayout, start: GreenKey, sp: usize, limit: usize) -> Recorder {
        Recorder::with_targets(layout, start, sp, limit, BridgeTargets::new())
    }

    /// Like [`Recorder::new`], but if the loop's body reaches the header of
    /// a compiled loop in `targets` (an inner loop) before its own, the
    /// trace ends there with `finish`: it becomes an entry into that loop.
    pub fn with_targets(
        layout: FrameLayout,
        start: GreenKey,
        sp: usize,
        limit: usize,
        targets: BridgeTargets,
    ) -> Recorder {
        Recorder {
            layout,
            start,
            targets,
            bridge: false,
            start_sp: sp as u32,
            limit,
            trace: Trace::default(),
            frames: vec![VFrame {
                key: 0,
                slots: Vec::new(),
                waiting: ResumeAt { pc: 0, sp: 0 },
                waiting_instr: 0,
                live: None,
            }],
            input_of_slot: Vec::new(),
            instr_pc: start.pc,
            instr_sp: sp as u32,
            side_effect: false,
            started: false,
            inner_backedges: hashbrown::HashMap::new(),
            state: RecordState::Recording,
            inlined_calls: 0,
        }
    }

    /// A recorder for a bridge: the interpreter continues at `start` with
    /// the value stack at depth `sp` (a guard's exit left it there), and
    /// the bridge ends at the first header of `targets` met in this frame
    /// with the loop's stack depth (not at `start` itself).
    pub fn bridge(
        layout: FrameLayout,
        start: GreenKey,
        sp: usize,
        limit: usize,
        targets: BridgeTargets,
    ) -> Recorder {
        Recorder {
            bridge: true,
            ..Recorder::with_targets(layout, start, sp, limit, targets)
        }
    }

    /// Gives the liveness of the loop's frame: the loop carries only the
    /// slots live at its header, and snapshots list only live slots.
    pub fn set_liveness(&mut self, live: Rc<LiveSlots>) {
        self.frames[0].live = Some(live);
    }

    /// The stack depth the recording started at.
    pub fn start_sp(&self) -> u32 {
        self.start_sp
    }

    /// The pc of the instruction being recorded (where an abort happened).
    pub fn current_pc(&self) -> u32 {
        self.instr_pc
    }

    /// How many calls the trace inlined.
    pub fn inlined_calls(&self) -> u64 {
        self.inlined_calls
    }

    pub fn state(&self) -> RecordState {
        self.state
    }

    /// The finished trace (meaningful once the state is `Closed`).
    pub fn into_trace(self) -> Trace {
        self.trace
    }

    fn recording(&self) -> bool {
        self.state == RecordState::Recording
    }

    fn fail(&mut self, reason: AbortReason) {
        if self.recording() {
            self.state = RecordState::Aborted(reason);
        }
    }

    fn push(
        &mut self,
        opcode: Opcode,
        args: Vec<Operand>,
        aux: u64,
        snapshot: Option<u32>,
    ) -> Operand {
        let n = self.trace.ops.len() as u32;
        self.trace.ops.push(Op {
            opcode,
            args,
            aux,
            snapshot,
        });
        Operand::Ref(n)
    }

    /// A snapshot of the frames: the innermost at (`pc`, `sp`), the others
    /// where they wait for their callees. Slots dead at `live_pc` in the
    /// innermost frame (at their call in the others) are left out: the
    /// loop's frame keeps what it has there, an inlined frame gets 0.
    fn snapshot(&mut self, pc: u32, sp: u32, kind: ExitKind, live_pc: u32) -> u32 {
        let depth = self.frames.len();
        let at = |i: usize, f: &VFrame| {
            if i + 1 == depth {
                (pc, sp, live_pc)
            } else {
                (f.waiting.pc, f.waiting.sp, f.waiting_instr)
            }
        };
        let (pc0, sp0, live0) = at(0, &self.frames[0]);
        let own = &self.frames[0];
        let slots = (0..sp0.min(own.slots.len() as u32))
            .filter(|&s| own.is_live(live0, s))
            .filter_map(|s| own.slots[s as usize].map(|t| (s, t.op)))
            .collect();
        let mut frames = Vec::with_capacity(depth - 1);
        let mut complete = true;
        for (i, f) in self.frames.iter().enumerate().skip(1) {
            let (fpc, fsp, flive) = at(i, f);
            let slots = (0..fsp)
                .map(|s| match f.slots.get(s as usize).copied().flatten() {
                    _ if !f.is_live(flive, s) => Operand::Const(0),
                    Some(t) => t.op,
                    None => {
                        complete = false;
                        Operand::Const(0)
                    }
                })
                .collect();
            frames.push(InlinedFrame {
                key: f.key,
                pc: fpc,
                sp: fsp,
                slots,
            });
        }
        if !complete {
            self.fail(AbortReason::UnknownStackSlot);
        }
        self.trace.snapshots.push(Snapshot {
            pc: pc0,
            sp: sp0,
            kind,
            slots,
            frames,
        });
        self.trace.snapshots.len() as u32 - 1
    }

    /// The innermost frame's slot table.
    fn top_slots(&mut self) -> &mut Vec<Option<Traced>> {
        &mut self.frames.last_mut().expect("the loop's frame").slots
    }

    fn guard(&mut self, opcode: Opcode, args: Vec<Operand>) {
        if self.side_effect {
            self.fail(AbortReason::GuardAfterSideEffect);
            return;
        }
        let sn = self.snapshot(
            self.instr_pc,
            self.instr_sp,
            ExitKind::Resume,
            self.instr_pc,
        );
        self.push(opcode, args, 0, Some(sn));
    }

    fn binop(&mut self, opcode: Opcode, a: Traced, b: Traced, value: u64) -> Traced {
        if !self.recording() {
            return Traced {
                value,
                op: Operand::Const(value),
            };
        }
        match (a.op, b.op) {
            (Operand::Const(_), Operand::Const(_)) => Traced {
                value,
                op: Operand::Const(value),
            },
            _ => Traced {
                value,
                op: self.push(opcode, vec![a.op, b.op], 0, None),
            },
        }
    }

    /// A pure op of one operand (`aux` its immediate), folded when the
    /// operand is a constant.
    fn unary(&mut self, opcode: Opcode, a: Traced, aux: u64, value: u64) -> Traced {
        if !self.recording() || matches!(a.op, Operand::Const(_)) {
            return Traced {
                value,
                op: Operand::Const(value),
            };
        }
        Traced {
            value,
            op: self.push(opcode, vec![a.op], aux, None),
        }
    }

    fn cmp(&mut self, opcode: Opcode, a: Traced, b: Traced, value: bool) -> TracedBool {
        let t = self.binop(opcode, a, b, value as u64);
        TracedBool { value, op: t.op }
    }

    fn ovf(&mut self, opcode: Opcode, a: Traced, b: Traced, r: Option<i64>) -> Option<Traced> {
        let value = r.map(|v| v as u64);
        if !self.recording() {
            return value.map(|v| Traced {
                value: v,
                op: Operand::Const(v),
            });
        }
        if let (Operand::Const(_), Operand::Const(_)) = (a.op, b.op) {
            return value.map(|v| Traced {
                value: v,
                op: Operand::Const(v),
            });
        }
        let op = self.push(opcode, vec![a.op, b.op], 0, None);
        let guard = if value.is_some() {
            Opcode::GuardNoOverflow
        } else {
            Opcode::GuardOverflow
        };
        self.guard(guard, vec![op]);
        value.map(|v| Traced { value: v, op })
    }

    fn call(&mut self, opcode: Opcode, f: usize, args: &[Traced], value: u64) -> Traced {
        if !self.recording() {
            return Traced {
                value,
                op: Operand::Const(value),
            };
        }
        if opcode.class() == crate::ir::OpClass::CallPure {
            if args.iter().all(|a| matches!(a.op, Operand::Const(_))) {
                return Traced {
                    value,
                    op: Operand::Const(value),
                };
            }
            let op = self.push(opcode, args.iter().map(|a| a.op).collect(), f as u64, None);
            return Traced { value, op };
        }
        let pc = self.instr_pc + self.layout.executing_pc_bias;
        let sn = self.snapshot(pc, self.instr_sp, ExitKind::Resume, self.instr_pc);
        let op = self.push(
            opcode,
            args.iter().map(|a| a.op).collect(),
            f as u64,
            Some(sn),
        );
        self.side_effect = true;
        Traced { value, op }
    }

    fn check_limit(&mut self) {
        if self.trace.ops.len() > self.limit {
            self.fail(AbortReason::TooLong);
        }
    }

    /// Ends the trace at the loop header: every slot below the header's
    /// stack depth that the loop read, or wrote and is live at the header,
    /// becomes a loop-carried input, and
    /// snapshots learn the inputs they predate.
    fn close(&mut self, sp: u32) {
        if sp != self.start_sp {
            self.fail(AbortReason::StackDepthChanged);
            return;
        }
        debug_assert_eq!(self.frames.len(), 1, "loops close in their own frame");
        // A slot the loop wrote but that is dead at the header is not
        // carried (a slot it read first is an input already).
        let own_len = self.frames[0].slots.len() as u32;
        let header = self.start.pc;
        for s in 0..self.start_sp.min(own_len) {
            if self.frames[0].slots[s as usize].is_some() && self.frames[0].is_live(header, s) {
                self.input_for(s);
            }
        }
        let args = self
            .trace
            .inputs
            .iter()
            .map(|&s| {
                self.frames[0].slots[s as usize]
                    .expect("inputs are tracked")
                    .op
            })
            .collect();
        self.push(Opcode::Jump, args, 0, None);
        for sn in &mut self.trace.snapshots {
            for (k, &s) in self.trace.inputs.iter().enumerate() {
                if s < sn.sp && !sn.slots.iter().any(|&(t, _)| t == s) {
                    sn.slots.push((s, Operand::Input(k as u32)));
                }
            }
            sn.slots.sort_by_key(|&(s, _)| s);
        }
        self.state = RecordState::Closed;
    }

    /// Ends a bridge at the header of compiled loop `target` (at `pc`,
    /// stack depth `sp`), or in the interpreter (`target` is
    /// [`crate::ir::FINISH_IN_INTERPRETER`]): `finish` writes every slot
    /// the bridge changed.
    fn finish(&mut self, target: u32, pc: u32, sp: u32) {
        let sn = self.snapshot(pc, sp, ExitKind::Resume, pc);
        self.push(Opcode::Finish, vec![], target as u64, Some(sn));
        if self.recording() {
            self.state = RecordState::Closed;
        }
    }

    /// The input of slot `s`, made if needed.
    fn input_for(&mut self, s: u32) -> Operand {
        if self.input_of_slot.len() <= s as usize {
            self.input_of_slot.resize(s as usize + 1, None);
        }
        let k = match self.input_of_slot[s as usize] {
            Some(k) => k,
            None => {
                self.trace.inputs.push(s);
                let k = self.trace.inputs.len() as u32 - 1;
                self.input_of_slot[s as usize] = Some(k);
                k
            }
        };
        Operand::Input(k)
    }

    fn track(&mut self, index: usize, t: Traced) {
        let slots = self.top_slots();
        if slots.len() <= index {
            slots.resize(index + 1, None);
        }
        slots[index] = Some(t);
    }
}

impl<C> Ops<C> for Recorder {
    type Word = Traced;
    type Bool = TracedBool;

    fn konst(&mut self, value: u64) -> Traced {
        Traced {
            value,
            op: Operand::Const(value),
        }
    }
    fn int_add_ovf(&mut self, a: Traced, b: Traced) -> Option<Traced> {
        let r = (a.value as i64).checked_add(b.value as i64);
        self.ovf(Opcode::IntAddOvf, a, b, r)
    }
    fn int_sub_ovf(&mut self, a: Traced, b: Traced) -> Option<Traced> {
        let r = (a.value as i64).checked_sub(b.value as i64);
        self.ovf(Opcode::IntSubOvf, a, b, r)
    }
    fn int_mul_ovf(&mut self, a: Traced, b: Traced) -> Option<Traced> {
        let r = (a.value as i64).checked_mul(b.value as i64);
        self.ovf(Opcode::IntMulOvf, a, b, r)
    }
    fn int_sub(&mut self, a: Traced, b: Traced) -> Traced {
        self.binop(Opcode::IntSub, a, b, a.value.wrapping_sub(b.value))
    }
    fn int_add(&mut self, a: Traced, b: Traced) -> Traced {
        self.binop(Opcode::IntAdd, a, b, a.value.wrapping_add(b.value))
    }
    fn int_mul(&mut self, a: Traced, b: Traced) -> Traced {
        self.binop(Opcode::IntMul, a, b, a.value.wrapping_mul(b.value))
    }
    fn int_and(&mut self, a: Traced, b: Traced) -> Traced {
        self.binop(Opcode::IntAnd, a, b, a.value & b.value)
    }
    fn int_or(&mut self, a: Traced, b: Traced) -> Traced {
        self.binop(Opcode::IntOr, a, b, a.value | b.value)
    }
    fn int_xor(&mut self, a: Traced, b: Traced) -> Traced {
        self.binop(Opcode::IntXor, a, b, a.value ^ b.value)
    }
    fn int_sar(&mut self, a: Traced, bits: u32) -> Traced {
        let value = ((a.value as i64) >> bits) as u64;
        self.unary(Opcode::IntSar, a, bits as u64, value)
    }
    fn int_eq(&mut self, a: Traced, b: Traced) -> TracedBool {
        self.cmp(Opcode::IntEq, a, b, a.value == b.value)
    }
    fn int_ne(&mut self, a: Traced, b: Traced) -> TracedBool {
        self.cmp(Opcode::IntNe, a, b, a.value != b.value)
    }
    fn int_lt(&mut self, a: Traced, b: Traced) -> TracedBool {
        self.cmp(Opcode::IntLt, a, b, (a.value as i64) < (b.value as i64))
    }
    fn int_le(&mut self, a: Traced, b: Traced) -> TracedBool {
        self.cmp(Opcode::IntLe, a, b, (a.value as i64) <= (b.value as i64))
    }
    fn int_gt(&mut self, a: Traced, b: Traced) -> TracedBool {
        self.cmp(Opcode::IntGt, a, b, (a.value as i64) > (b.value as i64))
    }
    fn int_ge(&mut self, a: Traced, b: Traced) -> TracedBool {
        self.cmp(Opcode::IntGe, a, b, (a.value as i64) >= (b.value as i64))
    }
    fn branch(&mut self, c: TracedBool) -> bool {
        if self.recording() && !matches!(c.op, Operand::Const(_)) {
            let g = if c.value {
                Opcode::GuardTrue
            } else {
                Opcode::GuardFalse
            };
            self.guard(g, vec![c.op]);
        }
        c.value
    }
    fn promote(&mut self, w: Traced) -> u64 {
        if self.recording() && !matches!(w.op, Operand::Const(_)) {
            self.guard(Opcode::GuardValue, vec![w.op, Operand::Const(w.value)]);
        }
        w.value
    }
    fn get_slot(&mut self, slots: &[u64], index: usize) -> Traced {
        let value = slots[index];
        if !self.recording() {
            return Traced {
                value,
                op: Operand::Const(value),
            };
        }
        let inlined = self.frames.len() > 1;
        match self.top_slots().get(index).copied().flatten() {
            Some(t) if t.value == value => t,
            Some(_) => {
                self.fail(AbortReason::SlotWrittenOutsideTrace);
                Traced {
                    value,
                    op: Operand::Const(value),
                }
            }
            None if !inlined && (index as u32) < self.start_sp => {
                let t = Traced {
                    value,
                    op: self.input_for(index as u32),
                };
                self.track(index, t);
                t
            }
            None => {
                self.fail(AbortReason::UnknownStackSlot);
                Traced {
                    value,
                    op: Operand::Const(value),
                }
            }
        }
    }
    fn set_slot(&mut self, slots: &mut [u64], index: usize, w: Traced) {
        slots[index] = w.value;
        if self.recording() {
            self.track(index, w);
        }
    }
    fn residual1(&mut self, cx: &mut C, f: Residual1<C>, a: Traced) -> Traced {
        let value = f(cx, a.value);
        self.call(Opcode::Call1, f as usize, &[a], value)
    }
    fn residual2(&mut self, cx: &mut C, f: Residual2<C>, a: Traced, b: Traced) -> Traced {
        let value = f(cx, a.value, b.value);
        self.call(Opcode::Call2, f as usize, &[a, b], value)
    }
    fn residual3(
        &mut self,
        cx: &mut C,
        f: Residual3<C>,
        a: Traced,
        b: Traced,
        c: Traced,
    ) -> Traced {
        let value = f(cx, a.value, b.value, c.value);
        self.call(Opcode::Call3, f as usize, &[a, b, c], value)
    }
    fn residual4(&mut self, cx: &mut C, f: Residual4<C>, args: [Traced; 4]) -> Traced {
        let [a, b, c, d] = args;
        let value = f(cx, a.value, b.value, c.value, d.value);
        self.call(Opcode::Call4, f as usize, &args, value)
    }
    fn residual_slots(
        &mut self,
        cx: &mut C,
        f: ResidualN<C>,
        slots: &[u64],
        start: usize,
        n: usize,
    ) -> Traced {
        let args: Vec<Traced> = (start..start + n)
            .map(|i| Ops::<C>::get_slot(self, slots, i))
            .collect();
        let value = f(cx, slots[start..start + n].as_ptr(), n as u64);
        self.call(Opcode::CallN, f as usize, &args, value)
    }
    fn elidable2(&mut self, cx: &mut C, f: Residual2<C>, a: Traced, b: Traced) -> Traced {
        let value = f(cx, a.value, b.value);
        self.call(Opcode::CallPure2, f as usize, &[a, b], value)
    }
    fn float_arith(&mut self, op: FloatArith, a: Traced, b: Traced) -> Traced {
        let opcode = match op {
            FloatArith::Add => Opcode::FloatAdd,
            FloatArith::Sub => Opcode::FloatSub,
            FloatArith::Mul => Opcode::FloatMul,
            FloatArith::Div => Opcode::FloatDiv,
        };
        self.binop(opcode, a, b, op.apply(a.value, b.value))
    }
    fn float_cmp(&mut self, op: FloatCmp, a: Traced, b: Traced) -> TracedBool {
        let opcode = match op {
            FloatCmp::Eq => Opcode::FloatEq,
            FloatCmp::Ne => Opcode::FloatNe,
            FloatCmp::Lt => Opcode::FloatLt,
            FloatCmp::Le => Opcode::FloatLe,
            FloatCmp::Gt => Opcode::FloatGt,
            FloatCmp::Ge => Opcode::FloatGe,
        };
        self.cmp(opcode, a, b, op.apply(a.value, b.value))
    }
    fn int_to_float(&mut self, a: Traced) -> Traced {
        let value = (a.value as i64 as f64).to_bits();
        self.unary(Opcode::IntToFloat, a, 0, value)
    }
    unsafe fn load_imm(&mut self, obj: Traced, offset: i32) -> Traced {
        // SAFETY: the caller's contract (a live object with a word there).
        let value = unsafe { read_word(obj.value, offset) };
        self.unary(Opcode::LoadImm, obj, offset as u64, value)
    }
    unsafe fn load(&mut self, addr: Traced, offset: i32) -> Traced {
        // SAFETY: the caller's contract (a readable, aligned word).
        let value = unsafe { read_word(addr.value, offset) };
        if !self.recording() {
            return Traced {
                value,
                op: Operand::Const(value),
            };
        }
        // Not folded for a constant address: the word may change.
        let op = self.push(Opcode::Load, vec![addr.op], offset as u64, None);
        Traced { value, op }
    }
    unsafe fn frame_word(&mut self, frame: u64, offset: i32) -> Traced {
        // SAFETY: the caller's contract (the frame has a word there).
        let value = unsafe { read_word(frame, offset) };
        if !self.recording() {
            return Traced {
                value,
                op: Operand::Const(value),
            };
        }
        let fp = self.push(Opcode::FramePtr, vec![], 0, None);
        let op = self.push(Opcode::Load, vec![fp], offset as u64, None);
        Traced { value, op }
    }
    unsafe fn store(&mut self, addr: Traced, offset: i32, v: Traced) {
        // SAFETY: the caller's contract (a writable, aligned word).
        unsafe { write_word(addr.value, offset, v.value) };
        if self.recording() {
            self.push(Opcode::Store, vec![addr.op, v.op], offset as u64, None);
            self.side_effect = true;
        }
    }
    // SAFETY: an `unsafe fn` because it reads the object's collector bits;
    // the caller guarantees a live object (the trait's contract).
    unsafe fn gc_barrier(
        &mut self,
        cx: &mut C,
        f: Residual1<C>,
        obj: Traced,
        layout: crate::hints::BarrierLayout,
    ) {
        // SAFETY: the caller's contract (a live object).
        if unsafe { layout.needs_call(obj.value) } {
            f(cx, obj.value);
        }
        if self.recording() {
            self.push(Opcode::GcBarrier, vec![obj.op], f as usize as u64, None);
        }
    }
    fn new_box(&mut self, cx: &mut C, f: Residual2<C>, ty: Traced, payload: Traced) -> Traced {
        let value = f(cx, ty.value, payload.value);
        if !self.recording() {
            return Traced {
                value,
                op: Operand::Const(value),
            };
        }
        let op = self.push(
            Opcode::NewBox,
            vec![ty.op, payload.op],
            f as usize as u64,
            None,
        );
        Traced { value, op }
    }
    fn we_are_jitted(&self) -> bool {
        true
    }
    fn merge_point(&mut self, key: GreenKey, sp: usize) -> bool {
        if !self.recording() {
            return false;
        }
        if self.started && self.frames.len() == 1 {
            if !self.bridge && key == self.start {
                self.close(sp as u32);
                return false;
            }
            if let Some(&(target, target_sp)) = self.targets.get(&key) {
                if target_sp == sp as u32 {
                    self.finish(target, key.pc, target_sp);
                    return false;
                }
            }
        }
        self.check_limit();
        if !self.recording() {
            return false;
        }
        self.started = true;
        self.instr_pc = key.pc;
        self.instr_sp = sp as u32;
        self.side_effect = false;
        self.push(Opcode::DebugMergePoint, vec![], key.pc as u64, None);
        true
    }
    fn unrolls_inner_loop(&mut self, key: GreenKey) -> bool {
        if !self.recording()
            || self.frames.len() != 1
            || (!self.bridge && key == self.start)
            || self.targets.contains_key(&key)
        {
            return false;
        }
        let n = self.inner_backedges.entry(key).or_insert(0);
        *n += 1;
        *n > INNER_LOOP_UNROLL_LIMIT
    }
    fn check_exception(&mut self, r: Traced) -> bool {
        if r.value == 0 {
            self.fail(AbortReason::ExceptionWhileTracing);
            return true;
        }
        // An allocation never fails (its helper never raises).
        let allocated = matches!(r.op, Operand::Ref(n)
            if self.trace.ops[n as usize].opcode.class() == crate::ir::OpClass::Alloc);
        if self.recording() && !matches!(r.op, Operand::Const(_)) && !allocated {
            let pc = self.instr_pc + self.layout.executing_pc_bias;
            let sn = self.snapshot(pc, self.instr_sp, ExitKind::RaisePending, self.instr_pc);
            self.push(Opcode::GuardNoException, vec![r.op], 0, Some(sn));
        }
        false
    }
    fn branch_resuming(&mut self, c: TracedBool, on_true: ResumeAt, on_false: ResumeAt) -> bool {
        if self.recording() && !matches!(c.op, Operand::Const(_)) {
            // The guard fails when the condition is the other way.
            let at = if c.value { on_false } else { on_true };
            let sn = self.snapshot(at.pc, at.sp, ExitKind::ResumeAfter, at.pc);
            let g = if c.value {
                Opcode::GuardTrue
            } else {
                Opcode::GuardFalse
            };
            self.push(g, vec![c.op], 0, Some(sn));
        }
        c.value
    }
    fn enter_frame(
        &mut self,
        key: u64,
        args: &[Traced],
        nlocals: usize,
        caller: ResumeAt,
        live: Option<Rc<LiveSlots>>,
    ) {
        if !self.recording() {
            return;
        }
        let instr = self.instr_pc;
        let waiting = self.frames.last_mut().expect("a frame");
        waiting.waiting = caller;
        waiting.waiting_instr = instr;
        self.inlined_calls += 1;
        let mut slots: Vec<Option<Traced>> = args.iter().map(|&a| Some(a)).collect();
        for _ in args.len()..nlocals {
            slots.push(Some(Traced {
                value: 0,
                op: Operand::Const(0),
            }));
        }
        self.frames.push(VFrame {
            key,
            slots,
            waiting: ResumeAt { pc: 0, sp: 0 },
            waiting_instr: 0,
            live,
        });
    }
    fn leave_frame(&mut self) {
        if self.recording() {
            debug_assert!(self.frames.len() > 1, "leaving the loop's frame");
            self.frames.pop();
        }
    }
    fn end_in_interpreter(&mut self) -> bool {
        if !self.recording() || self.frames.len() != 1 {
            return false;
        }
        self.finish(
            crate::ir::FINISH_IN_INTERPRETER,
            self.instr_pc,
            self.instr_sp,
        );
        true
    }
    fn abort(&mut self, reason: &'static str) {
        self.fail(AbortReason::Interpreter(reason));
    }
    fn unsupported(&mut self, what: &'static str) {
        self.fail(AbortReason::Unsupported(what));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LAYOUT: FrameLayout = FrameLayout {
        pc_offset: 0,
        sp_offset: 8,
        executing_pc_bias: 1,
    };

    /// `slot0 += slot1` while `slot0 < 100`, as a handler would record it.
    fn one_iteration(r: &mut Recorder, slots: &mut [u64]) -> bool {
        let key = GreenKey { code: 1, pc: 0 };
        if !Ops::<()>::merge_point(r, key, 2) {
            return false;
        }
        let a = Ops::<()>::get_slot(r, slots, 0);
        let b = Ops::<()>::get_slot(r, slots, 1);
        let s = Ops::<()>::int_add_ovf(r, a, b).unwrap();
        Ops::<()>::set_slot(r, slots, 0, s);
        let k = Ops::<()>::konst(r, 100);
        let c = Ops::<()>::int_lt(r, s, k);
        Ops::<()>::branch(r, c)
    }

    #[test]
    fn records_a_loop_with_inputs_guards_and_jump() {
        let mut r = Recorder::new(LAYOUT, GreenKey { code: 1, pc: 0 }, 2, 100);
        let mut slots = [5u64, 7];
        assert!(one_iteration(&mut r, &mut slots));
        assert!(!one_iteration(&mut r, &mut slots));
        assert_eq!(r.state(), RecordState::Closed);
        let t = r.into_trace();
        t.verify().unwrap();
        let want = "inputs s0 s1
  debug_merge_point
  %1 = int_add_ovf i0, i1
  guard_no_overflow %1 @0
  %3 = int_lt %1, $100
  guard_true %3 @1
  jump %1, i1
@0 resume pc=0 sp=2 s0=i0 s1=i1
@1 resume pc=0 sp=2 s0=%1 s1=i1
";
        assert_eq!(t.to_text(), want);
        assert_eq!(slots, [12, 7]);
    }

    /// Slot 2 is a temporary of the loop body (`t = slot1 * 2` then
    /// `slot0 += t`): written before it is read, so dead at the header.
    fn iteration_with_a_temporary(r: &mut Recorder, slots: &mut [u64]) -> bool {
        let key = GreenKey { code: 1, pc: 0 };
        if !Ops::<()>::merge_point(r, key, 3) {
            return false;
        }
        let b = Ops::<()>::get_slot(r, slots, 1);
        let t = Ops::<()>::int_add_ovf(r, b, b).unwrap();
        Ops::<()>::set_slot(r, slots, 2, t);
        let a = Ops::<()>::get_slot(r, slots, 0);
        let t = Ops::<()>::get_slot(r, slots, 2);
        let s = Ops::<()>::int_add_ovf(r, a, t).unwrap();
        Ops::<()>::set_slot(r, slots, 0, s);
        let k = Ops::<()>::konst(r, 100);
        let c = Ops::<()>::int_lt(r, s, k);
        Ops::<()>::branch(r, c)
    }

    #[test]
    fn a_slot_dead_at_the_header_is_neither_carried_nor_kept_in_snapshots() {
        let mut r = Recorder::new(LAYOUT, GreenKey { code: 1, pc: 0 }, 3, 100);
        let mut live = LiveSlots::new(1, 3);
        live.row_mut(0)[0] = 0b011;
        r.set_liveness(Rc::new(live));
        let mut slots = [5u64, 7, 0];
        assert!(iteration_with_a_temporary(&mut r, &mut slots));
        assert!(!iteration_with_a_temporary(&mut r, &mut slots));
        assert_eq!(r.state(), RecordState::Closed);
        let t = r.into_trace();
        t.verify().unwrap();
        let want = "inputs s1 s0
  debug_merge_point
  %1 = int_add_ovf i0, i0
  guard_no_overflow %1 @0
  %3 = int_add_ovf i1, %1
  guard_no_overflow %3 @1
  %5 = int_lt %3, $100
  guard_true %5 @2
  jump i0, %3
@0 resume pc=0 sp=3 s0=i1 s1=i0
@1 resume pc=0 sp=3 s0=i1 s1=i0
@2 resume pc=0 sp=3 s0=%3 s1=i0
";
        assert_eq!(t.to_text(), want);
    }

    #[test]
    fn a_bridge_ends_in_finish_at_a_compiled_loops_header() {
        // The exit left the frame at pc 5; the loop (number 7) starts at pc 0.
        let mut targets = BridgeTargets::new();
        targets.insert(GreenKey { code: 1, pc: 0 }, (7, 2));
        let mut r = Recorder::bridge(LAYOUT, GreenKey { code: 1, pc: 5 }, 2, 100, targets);
        let mut slots = [5u64, 7];
        assert!(Ops::<()>::merge_point(
            &mut r,
            GreenKey { code: 1, pc: 5 },
            2
        ));
        let a = Ops::<()>::get_slot(&mut r, &slots, 1);
        let k = Ops::<()>::konst(&mut r, 3);
        let s = Ops::<()>::int_add_ovf(&mut r, a, k).unwrap();
        Ops::<()>::set_slot(&mut r, &mut slots, 1, s);
        // A header of another loop, not compiled: the bridge goes on.
        assert!(Ops::<()>::merge_point(
            &mut r,
            GreenKey { code: 1, pc: 9 },
            2
        ));
        assert!(!one_iteration(&mut r, &mut slots));
        assert_eq!(r.state(), RecordState::Closed);
        let t = r.into_trace();
        t.verify().unwrap();
        let want = "inputs s1
  debug_merge_point aux=0x5
  %1 = int_add_ovf i0, $3
  guard_no_overflow %1 @0
  debug_merge_point aux=0x9
  finish aux=0x7 @1
@0 resume pc=5 sp=2 s1=i0
@1 resume pc=0 sp=2 s1=%1
";
        assert_eq!(t.to_text(), want);
    }

    #[test]
    fn constants_fold_and_constant_guards_vanish() {
        let mut r = Recorder::new(LAYOUT, GreenKey { code: 1, pc: 0 }, 0, 100);
        let a = Ops::<()>::konst(&mut r, 2);
        let b = Ops::<()>::konst(&mut r, 3);
        let s = Ops::<()>::int_mul_ovf(&mut r, a, b).unwrap();
        assert_eq!(s.op, Operand::Const(6));
        let c = Ops::<()>::int_lt(&mut r, s, b);
        assert!(!Ops::<()>::branch(&mut r, c));
        assert!(r.trace.ops.is_empty());
    }

    extern "C" fn effect(cx: &mut u64, a: u64) -> u64 {
        *cx += 1;
        a
    }

    #[test]
    fn guard_after_a_side_effect_aborts() {
        let mut r = Recorder::new(LAYOUT, GreenKey { code: 1, pc: 0 }, 1, 100);
        let mut cx = 0u64;
        let mut slots = [3u64];
        assert!(Ops::<u64>::merge_point(
            &mut r,
            GreenKey { code: 1, pc: 0 },
            1
        ));
        let a = Ops::<u64>::get_slot(&mut r, &slots, 0);
        let v = Ops::<u64>::residual1(&mut r, &mut cx, effect, a);
        assert!(!Ops::<u64>::check_exception(&mut r, v));
        assert_eq!(r.state(), RecordState::Recording);
        let c = Ops::<u64>::int_eq(&mut r, v, a);
        Ops::<u64>::branch(&mut r, c);
        assert_eq!(
            r.state(),
            RecordState::Aborted(AbortReason::GuardAfterSideEffect)
        );
        Ops::<u64>::set_slot(&mut r, &mut slots, 0, v);
        assert_eq!(cx, 1);
    }

    #[test]
    fn a_slot_changed_behind_the_recorder_aborts() {
        let mut r = Recorder::new(LAYOUT, GreenKey { code: 1, pc: 0 }, 1, 100);
        let mut slots = [3u64];
        let _ = Ops::<()>::get_slot(&mut r, &slots, 0);
        slots[0] = 4;
        let _ = Ops::<()>::get_slot(&mut r, &slots, 0);
        assert_eq!(
            r.state(),
            RecordState::Aborted(AbortReason::SlotWrittenOutsideTrace)
        );
    }

    #[test]
    fn overlong_traces_abort() {
        let mut r = Recorder::new(LAYOUT, GreenKey { code: 1, pc: 0 }, 0, 3);
        let mut n = 0;
        while Ops::<()>::merge_point(&mut r, GreenKey { code: 1, pc: 1 + n }, 0) {
            n += 1;
        }
        assert_eq!(r.state(), RecordState::Aborted(AbortReason::TooLong));
    }
}
