//! The interpreter's side of the JIT: recording a hot loop by running the
//! dispatch loop under the recorder, deciding how a call is traced
//! (inlined, residual, or not at all), entering compiled loops, and
//! rebuilding the frames of inlined calls when compiled code exits.
//!
//! Invariants:
//! * while a loop is recorded, `Tracing::base` is the frame-stack depth of
//!   the loop's own frame (its index plus one); deeper frames are calls
//!   being inlined, and they exist concretely (the recording runs the
//!   program), so the collector sees them;
//! * every heap object a compiled trace names as a constant (the loop's
//!   code, promoted callees) is kept alive by the loop's [`TraceRoots`],
//!   which the collector marks: a freed object's address reused by a new
//!   one must never satisfy a guard.

use super::eval::{run, take_pending};
use super::frame::{Frame, OperatorStage, ReturnMode};
use super::{PyResult, Vm};
use crate::bytecode::CodeObject;
use crate::object::{kind_of, ObjKind, Value};
use piepie_jit::{ExitKind, FrameToRebuild, GreenKey, LiveSlots, Next};
use std::rc::Rc;

/// How deep calls are inlined into one trace.
const MAX_INLINE_DEPTH: usize = 6;

/// Builtins that look at the calling frame: a trace must not call them
/// from an inlined frame (which exists only in compiled code).
const FRAME_READING_BUILTINS: &[&str] = &[
    "globals",
    "locals",
    "vars",
    "dir",
    "eval",
    "exec",
    "super",
    "breakpoint",
    "__import__",
];

/// The liveness of `code`'s locals for the recorder (None: all live),
/// computed once per code object.
pub fn code_liveness(code: &CodeObject) -> Option<Rc<LiveSlots>> {
    code.liveness
        .get_or_init(|| {
            let reads_frame = code
                .names
                .iter()
                .any(|&n| FRAME_READING_BUILTINS.contains(&crate::vm::str_of(n)));
            crate::bytecode::liveness::analyze(code, reads_frame).map(Rc::new)
        })
        .clone()
}

/// The key of an inlined frame in resume data: the address of the
/// function it runs (8-aligned), with how it returns in the low bits
/// (0: its result is pushed on the caller's stack; 1–3: an operator
/// method, by [`OperatorStage`]). An operator frame's operator is the
/// one of the caller's instruction that called it.
pub fn inlined_frame_key(func: Value, mode: ReturnMode) -> u64 {
    let bits = match mode {
        ReturnMode::Push => 0,
        ReturnMode::Operator(_, OperatorStage::Binary) => 1,
        ReturnMode::Operator(_, OperatorStage::BinaryForInplace) => 2,
        ReturnMode::Operator(_, OperatorStage::Inplace) => 3,
        ReturnMode::Init
        | ReturnMode::ToNative
        | ReturnMode::Compare(_)
        | ReturnMode::New { .. } => {
            unreachable!("not inlined")
        }
    };
    debug_assert_eq!(func.0 & 7, 0, "functions are 8-aligned");
    func.0 | bits
}

/// The function and return mode of an inlined frame whose key is `key`
/// and whose caller is `caller` (see [`inlined_frame_key`]).
fn decode_frame_key(key: u64, caller: &Frame) -> (Value, ReturnMode) {
    let stage = match key & 7 {
        0 => return (Value(key), ReturnMode::Push),
        1 => OperatorStage::Binary,
        2 => OperatorStage::BinaryForInplace,
        _ => OperatorStage::Inplace,
    };
    let call = caller.fetch(caller.pc - 1);
    let kind = crate::bytecode::BinOpKind::from_arg(call.arg());
    (Value(key & !7), ReturnMode::Operator(kind, stage))
}

/// The recording state the dispatch loop consults.
#[derive(Default)]
pub struct Tracing {
    /// The frame-stack depth of the loop's frame while recording.
    pub base: usize,
    /// Objects the trace being recorded names as constants.
    pub roots: Vec<Value>,
    /// Code objects (by address) whose calls are not inlined: they contain
    /// a loop, which gets a trace of its own instead.
    pub no_inline: hashbrown::HashSet<usize>,
}

/// What a compiled loop keeps alive.
pub struct TraceRoots {
    pub code: Rc<CodeObject>,
    pub values: Vec<Value>,
}

/// The abort reason of a loop met in an inlined call.
pub const LOOP_IN_INLINED_CALL: &str = "loop in an inlined call";

/// The abort reason of an inner loop unrolled too often (it is made hot,
/// so its own trace comes first).
pub const INNER_LOOP_UNROLLED: &str = "inner loop unrolled";

/// How many inlined calls deep the recording is (0: in the loop's frame).
#[inline]
pub fn inline_depth(vm: &Vm) -> usize {
    vm.frames.len() - vm.tracing.base
}

/// How a call is made.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CallPlan {
    /// A Python function called with exactly its positional parameters:
    /// a frame of the dispatch loop (inlined when recording).
    Frame,
    /// A helper call that returns the result (native callables; when
    /// recording, also calls that are not inlined).
    Residual,
    /// The general protocol (frames for methods, classes, keywords, ...);
    /// not traced.
    General,
}

/// Whether a trace may call `callee` residually from any frame (it does
/// not look at the frame calling it).
pub fn callable_from_trace(callee: Value) -> bool {
    !callee.is_ptr()
        || !matches!(kind_of(callee), ObjKind::Builtin(b) if FRAME_READING_BUILTINS.contains(&b.name))
}

/// How to call `callee` with `nargs` positional arguments; `recording`
/// says whether the call is being traced.
#[inline(always)]
pub fn plan_call(vm: &Vm, callee: Value, nargs: usize, recording: bool) -> CallPlan {
    if !callee.is_ptr() {
        return CallPlan::General;
    }
    let residual = CallPlan::Residual;
    match kind_of(callee) {
        ObjKind::Function(f) => {
            let simple = !f.code.is_generator() && f.code.takes_exactly_positional(nargs);
            if !recording {
                return if simple {
                    CallPlan::Frame
                } else {
                    CallPlan::General
                };
            }
            let addr = Rc::as_ptr(&f.code) as usize;
            let recursive = vm.frames[vm.tracing.base - 1..]
                .iter()
                .any(|fr| Rc::as_ptr(&fr.code) as usize == addr);
            if recursive {
                // Not inlined (the trace would unroll the recursion): the
                // call runs in a nested interpreter, as a call from native
                // code does, under the same recursion limit.
                residual
            } else if simple
                && inline_depth(vm) < MAX_INLINE_DEPTH
                && !vm.tracing.no_inline.contains(&addr)
            {
                CallPlan::Frame
            } else {
                residual
            }
        }
        // Not recording, instances with a Python `__call__` run their
        // method's frame in the dispatch loop (see `call_value`).
        ObjKind::BoundMethod { .. } | ObjKind::Class(_) | ObjKind::Object if !recording => {
            CallPlan::General
        }
        ObjKind::Builtin(_) if recording && !callable_from_trace(callee) => CallPlan::General,
        _ => residual,
    }
}

/// Records the loop whose header is `key` (the frame's next instruction)
/// by running the interpreter under the recorder until it is back at the
/// header, then hands the recording to the JIT driver. The recording may
/// stop inside an inlined call: the caller continues in the top frame.
#[inline(never)]
pub fn record_loop(vm: &mut Vm, fp: *mut Frame, key: GreenKey) -> PyResult<()> {
    let rec = vm.jit.start_recording(key, Frame::from_raw(fp).sp);
    record(vm, fp, key, rec)
}

/// At the start of a call of a Python function (the frame `fp` is at its
/// first instruction): runs the function's compiled entry trace, or
/// counts the call and records the entry trace once the function is hot.
/// The caller continues in the top frame.
#[inline(never)]
pub fn on_function_entry(vm: &mut Vm, fp: *mut Frame) -> PyResult<()> {
    let f = Frame::from_raw(fp);
    let entry = f.code.jit_entry.get();
    if entry != 0 {
        return enter_loop(vm, fp, entry as usize - 1);
    }
    let calls = f.code.jit_calls.get();
    if calls > vm.jit.config.function_threshold {
        return Ok(());
    }
    f.code.jit_calls.set(calls + 1);
    if !vm.jit.function_is_hot(calls + 1) || f.pc != 0 {
        return Ok(());
    }
    let key = super::eval::green_key(f, 0);
    let rec = vm.jit.start_entry(key, f.sp);
    let code = f.code.clone();
    let r = record(vm, fp, key, rec);
    if let Some(n) = vm.jit.entry_at(key) {
        code.jit_entry.set(n as u32 + 1);
    }
    r
}

/// Records a bridge from where a compiled loop's exit left the frame (its
/// next instruction) to the header of a compiled loop.
#[inline(never)]
fn record_bridge(vm: &mut Vm, fp: *mut Frame) -> PyResult<()> {
    let f = Frame::from_raw(fp);
    let key = super::eval::green_key(f, f.pc);
    let rec = vm.jit.start_bridge(key, f.sp);
    record(vm, fp, key, rec)
}

/// Runs the interpreter under `rec` from the frame's next instruction
/// (`key`) until the recording stops, then hands it to the driver.
fn record(
    vm: &mut Vm,
    fp: *mut Frame,
    key: GreenKey,
    mut rec: piepie_jit::Recorder,
) -> PyResult<()> {
    // A helper called while recording may run a loop that gets recorded
    // in turn: the outer recording's state is kept meanwhile.
    let outer_base = std::mem::replace(&mut vm.tracing.base, vm.frames.len());
    let outer_roots = std::mem::take(&mut vm.tracing.roots);
    if let Some(live) = code_liveness(&Frame::from_raw(fp).code) {
        rec.set_liveness(live);
    }
    let r = run(vm, &mut rec);
    let learned = learn_from_abort(vm, &rec);
    let f = Frame::from_raw(fp);
    let describe = format!(
        "{}:{} ({})",
        f.code.filename,
        f.code.line_at(key.pc as usize),
        f.code.name
    );
    let keepalive = Box::new(TraceRoots {
        code: f.code.clone(),
        values: std::mem::replace(&mut vm.tracing.roots, outer_roots),
    });
    // A trace's objects are roots of full collections only.
    keepalive
        .code
        .trace(&mut crate::object::heap::remember_young);
    keepalive
        .values
        .iter()
        .for_each(|&v| crate::object::heap::remember_young(v));
    vm.tracing.base = outer_base;
    vm.jit
        .finish_recording(key, rec, &describe, keepalive, learned);
    r.map(|_| ())
}

/// After a recording stopped: whether it aborted in a way that changes
/// what the next recording at the same place inlines, so that the abort
/// should not count towards giving the place up. A loop in an inlined
/// call already made that code residual (`Op::Jump`); an inner loop
/// unrolled too often was made hot, so the next recording ends at its
/// compiled header; a trace grown too long inside inlined calls makes the
/// outermost of them residual (it gets a function-entry trace of its own).
fn learn_from_abort(vm: &mut Vm, rec: &piepie_jit::Recorder) -> bool {
    use piepie_jit::recorder::{AbortReason, RecordState};
    match rec.state() {
        RecordState::Aborted(AbortReason::Interpreter(why)) => {
            why == LOOP_IN_INLINED_CALL || why == INNER_LOOP_UNROLLED
        }
        RecordState::Aborted(AbortReason::TooLong) if vm.frames.len() > vm.tracing.base => {
            let outermost = &vm.frames[vm.tracing.base].code;
            vm.tracing.no_inline.insert(Rc::as_ptr(outermost) as usize)
        }
        _ => false,
    }
}

/// Runs compiled loop `n` on the frame (at the loop's header), and the
/// bridges and loops it leads to, until a guard without a bridge fails;
/// the exit has written the frame back, and the frames of calls it had
/// inlined are rebuilt above it. The caller continues in the top frame.
#[inline(never)]
pub fn enter_loop(vm: &mut Vm, fp: *mut Frame, n: usize) -> PyResult<()> {
    let (mut fp, mut n) = (fp, n);
    let mut from_interpreter = true;
    let exit = loop {
        let entry = vm.jit.enter(n, from_interpreter);
        from_interpreter = false;
        let slots = Frame::from_raw(fp).slots.as_mut_ptr() as *mut u64;
        let cx = vm as *mut Vm as *mut u8;
        // SAFETY: every fragment was compiled from a trace of this frame's
        // code starting where the frame stands (a loop at its header, a
        // function's entry at its first instruction, a bridge where its
        // exit left the frame, which is where the previous fragment
        // returned, or, for an exit inside inlined calls, the innermost
        // frame rebuilt for it), so it reads and writes only slots below the
        // code's frame size and the frame's pc/sp words (FrameLayout); its
        // helpers take `cx` as `&mut Vm` and run while nothing else borrows
        // the VM; the slot vector is not resized while the frame runs;
        // `scratch` has the words any fragment needs (the driver sized it);
        // the fragments this one chains to run on the same frame (the one
        // they were recorded in: where this one's exit left it).
        let exit = unsafe { (entry.run)(entry.code, cx, fp as *mut u8, slots, entry.scratch) };
        match vm.jit.exit_taken(exit) {
            Next::Run(next) => n = next,
            Next::RebuildAndRun(next, frames) => {
                // The bridge was recorded in the innermost frame.
                fp = rebuild_frames(vm, fp, frames);
                n = next;
            }
            Next::Interpret(exit) => break exit,
        }
    };
    let top = rebuild_frames(vm, fp, exit.frames);
    match exit.kind {
        ExitKind::Resume | ExitKind::ResumeAfter if exit.record_bridge => record_bridge(vm, top),
        ExitKind::Resume | ExitKind::ResumeAfter => Ok(()),
        ExitKind::RaisePending => Err(take_pending(vm)),
    }
}

/// Pushes the frames of the calls an exit had inlined (outermost first)
/// above `fp`, their caller; returns the innermost (or `fp` if none).
fn rebuild_frames(vm: &mut Vm, fp: *mut Frame, frames: Vec<FrameToRebuild>) -> *mut Frame {
    let mut caller = fp;
    for fr in frames {
        let (func, mode) = decode_frame_key(fr.key, Frame::from_raw(caller));
        let ObjKind::Function(fd) = kind_of(func) else {
            unreachable!("inlined frames are keyed by their function");
        };
        let (code, globals) = (fd.code.clone(), fd.globals);
        let builtins = vm.builtins;
        let mut frame = vm.new_frame(code, globals, builtins, Value::NULL, func);
        let sp = fr.sp as usize;
        for (slot, &w) in frame.slots[..sp].iter_mut().zip(&fr.slots) {
            *slot = Value(w);
        }
        frame.pc = fr.pc as usize;
        frame.sp = sp;
        frame.on_return = mode;
        // Not `push_frame`: these frames were running already (inlined
        // calls are at most MAX_INLINE_DEPTH deep), so the recursion
        // limit was checked when the trace was recorded.
        vm.frames.push(frame);
        caller = &mut **vm.frames.last_mut().expect("pushed frame");
    }
    caller
}
