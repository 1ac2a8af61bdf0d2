//! The JIT driver: hotness counting, when to record, compiling closed
//! traces, the table of compiled loops, exit bookkeeping, blacklisting,
//! `--jit-log` and the `--jit-stats` counts.
//!
//! The interpreter calls [`Jit::on_backedge`] at every backward jump and
//! gets back what to do: enter a compiled loop, start recording, or just
//! interpret. After recording it hands the [`Recorder`] to
//! [`Jit::finish_recording`]; after compiled code returns it reports the
//! exit with [`Jit::exit_taken`], which says what runs next.
//!
//! Compiled code comes in *fragments*: loops (entered from the interpreter
//! at their header) and bridges (traces recorded from a guard's exit once
//! that exit has failed `bridge_threshold` times). Each exit of a fragment
//! may have a bridge; a bridge, or a loop trace that reached an inner
//! loop's header, ends in `finish`, naming the loop that runs next. The
//! compiled code itself jumps from an exit to its bridge and from a
//! `finish` to its loop (the words it reads for that are the fragments'
//! `exit_code` and `code_cell`, kept here); where it cannot (frames of
//! inlined calls to rebuild first) or once in a while (so the policies
//! below see chained exits), it returns, and [`Jit::exit_taken`] returning
//! [`Next::Run`] chains the fragments without interpreting in between.
//!
//! Invariants: a green key is compiled at most once and, once blacklisted
//! (too many aborts, or the trace cap reached), never recorded again; an
//! exit gets at most one bridge (inside inlined calls, one recorded in
//! the innermost of the frames it rebuilds), and none where an exception
//! is pending; compiled code chains only to a bridge of an exit without
//! inlined frames; the number of fragments is capped because Cranelift's
//! JIT memory is never freed.

use crate::backend::{split_exit, Backend, FragmentCode, Links, Trampoline};
use crate::hints::{BarrierLayout, BoxLayout, FrameLayout, GreenKey, JitConfig, JitMode};
use crate::ir::Opcode;
use crate::ir::{ExitKind, Trace, FINISH_IN_INTERPRETER};
use crate::optimize::optimize;
use crate::recorder::{BridgeTargets, RecordState, Recorder};
use hashbrown::HashMap;
use std::cell::Cell;
use std::collections::BTreeMap;
use std::io::Write;
use std::time::Instant;

/// Aborts at one key before it is blacklisted.
const MAX_ABORTS_PER_KEY: u32 = 3;
/// A loop whose bridged exit is taken more than [`RETRACE_RATIO`] times as
/// often as the loop iterates (after at least [`RETRACE_AFTER`] exits) was
/// recorded on what has become the rare path (a phase change: a `not in`
/// that used to hold, a branch whose bias turned): it is recorded again,
/// once per header, and the new trace replaces it.
const RETRACE_AFTER: u64 = 20_000;
const RETRACE_RATIO: u64 = 2;
/// Compiled fragments (loops and bridges) per process.
const MAX_LOOPS: usize = 2000;
/// The words of a scratch area (see `backend`): a trace whose inlined
/// frames need more is not compiled. Every area has this size, because
/// chained fragments share the area of the activation that entered the
/// first one.
const SCRATCH_WORDS: usize = 4096;
/// Bridge recordings tried at one exit before it is left alone.
const MAX_BRIDGE_ATTEMPTS: u8 = 3;
/// Bridges that start at one instruction. Each bridge specializes on what
/// it saw (a class, a function object): a value that is new every time —
/// a comprehension's function, made afresh at each iteration — would get
/// a chain of bridges, each from the guard of the one before, without end.
/// Past this many, such exits return to the interpreter.
const MAX_BRIDGES_AT_ONE_PLACE: u32 = 16;
/// The abort reason of a bridge refused by [`MAX_BRIDGES_AT_ONE_PLACE`].
pub const TOO_MANY_BRIDGES_HERE: &str = "too many bridges at one place";
/// Returns to the interpreter after which a loop's iterations per return
/// are judged.
const JUDGE_AFTER_ENTRIES: u64 = 1000;
/// A loop that averages fewer iterations per return to the interpreter
/// than this (a guard of its usual path fails nearly every time, at an exit
/// that cannot have a bridge) costs more in entries and exits than it
/// saves: it is dropped.
const MIN_ITERATIONS_PER_ENTRY: u64 = 4;

/// The random-deopt test mode's coin: a xorshift generator shared by all
/// compiled code of the process.
mod random_deopt {
    use std::sync::atomic::{AtomicU64, Ordering};

    static THRESHOLD: AtomicU64 = AtomicU64::new(0);
    static STATE: AtomicU64 = AtomicU64::new(0x9E37_79B9_7F4A_7C15);

    pub fn set_probability(p: f64) {
        let t = (p.clamp(0.0, 1.0) * u32::MAX as f64) as u64;
        THRESHOLD.store(t, Ordering::Relaxed);
    }

    /// Nonzero with the set probability.
    pub extern "C" fn fail() -> u64 {
        let mut x = STATE.load(Ordering::Relaxed);
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        STATE.store(x, Ordering::Relaxed);
        ((x >> 32) < THRESHOLD.load(Ordering::Relaxed)) as u64
    }
}

/// What the interpreter does at a backward jump.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backedge {
    Interpret,
    Record,
    /// Run compiled loop number `n` (see [`Jit::loop_fn`]).
    Enter(usize),
}

/// One compiled fragment: a loop, or a bridge.
pub struct CompiledLoop {
    /// Where the fragment starts (for a loop, its header).
    pub key: GreenKey,
    /// The stack depth at `key`.
    pub sp: u32,
    /// For a bridge: the fragment and exit it leaves from.
    pub bridge_of: Option<(usize, u32)>,
    pub code: FragmentCode,
    pub trace: Trace,
    /// How often each exit (snapshot) was taken (reset when a bridge
    /// recording there is tried). The compiled code counts: the cells'
    /// addresses are in it (so are those of `exit_code` and `code_cell`).
    exit_counts: Box<[Cell<u64>]>,
    /// The code of each exit's bridge, for the compiled code to chain to
    /// (see `backend::Links`).
    exit_code: Box<[Cell<u64>]>,
    /// The code that runs when a fragment finishes at this loop: its own,
    /// or that of the loop recorded again in its place.
    code_cell: Box<Cell<u64>>,
    /// The bridge of each exit.
    bridges: Vec<Option<usize>>,
    bridge_attempts: Vec<u8>,
    /// If the fragment ends in `finish`: that op's snapshot and the loop
    /// it names.
    finish: Option<(u64, usize)>,
    /// Returns to the interpreter.
    pub entries: u64,
    /// Returns to the interpreter at exits that cannot get a bridge.
    hopeless_returns: u64,
    /// The loop recorded again at the same header, which runs instead.
    replaced_by: Option<usize>,
    /// Back edges taken by the compiled code (it increments this word).
    /// (A `Cell` behind a `Box`: its address is stable and the compiled
    /// code's writes through it are writes to shared, mutable memory.)
    iterations: Box<std::cell::Cell<u64>>,
    /// Whatever the interpreter needs kept alive while this code may run
    /// (the code object the green key's address names, and so the
    /// constants baked into the trace).
    keepalive: Box<dyn std::any::Any>,
}

/// Totals reported by `--jit-stats`.
#[derive(Clone, Debug, Default)]
pub struct JitStats {
    pub loops_compiled: u64,
    /// Traces compiled from a hot function's entry.
    pub entries_compiled: u64,
    pub bridges_compiled: u64,
    pub aborts: u64,
    pub aborts_by_reason: BTreeMap<String, u64>,
    pub guards_failed: u64,
    pub allocations_removed: u64,
    /// Calls inlined into compiled loops.
    pub calls_inlined: u64,
    /// Ops and guards the optimizer removed from recorded traces.
    pub ops_removed: u64,
    pub guards_removed: u64,
    /// Green keys that reached the loop threshold.
    pub hot_loops: u64,
    /// Times compiled loops were entered.
    pub loop_entries: u64,
    /// Compiled loops given up because they exited too often.
    pub loops_dropped: u64,
    pub compile_ns: u128,
}

impl JitStats {
    fn count_guard_failures(&mut self, n: u64) {
        self.guards_failed += n;
    }

    /// The `--jit-stats` report, one `name: value` per line.
    pub fn report(&self) -> String {
        let mut s = format!(
            "jit-stats:\n  hot loops: {}\n  loops compiled: {}\n  loops dropped: {}\n  loop entries: {}\n  bridges compiled: {}\n  function entries compiled: {}\n  aborts: {}\n",
            self.hot_loops,
            self.loops_compiled,
            self.loops_dropped,
            self.loop_entries,
            self.bridges_compiled,
            self.entries_compiled,
            self.aborts
        );
        for (reason, n) in &self.aborts_by_reason {
            s.push_str(&format!("    {reason}: {n}\n"));
        }
        s.push_str(&format!(
            "  calls inlined: {}\n  ops removed: {}\n  guards removed: {}\n  guards failed: {}\n  allocations removed: {}\n  compile time ms: {:.3}\n",
            self.calls_inlined,
            self.ops_removed,
            self.guards_removed,
            self.guards_failed,
            self.allocations_removed,
            self.compile_ns as f64 / 1e6
        ));
        s
    }
}

pub struct Jit {
    pub config: JitConfig,
    pub stats: JitStats,
    layout: FrameLayout,
    boxes: BoxLayout,
    barrier: BarrierLayout,
    counts: HashMap<GreenKey, u32>,
    compiled: HashMap<GreenKey, usize>,
    loops: Vec<CompiledLoop>,
    aborts: HashMap<GreenKey, u32>,
    blacklist: hashbrown::HashSet<GreenKey>,
    /// Headers whose loop was given up for a new recording (once each),
    /// with the loop, while the new one is not compiled yet.
    retraced: hashbrown::HashMap<GreenKey, Option<usize>>,
    /// How many bridges start at each instruction.
    bridges_at: hashbrown::HashMap<GreenKey, u32>,
    backend: Option<Backend>,
    backend_failed: bool,
    log: Option<std::fs::File>,
    /// The exit a bridge is being recorded for (fragment, exit).
    pending_bridge: Option<(usize, u32)>,
    /// Whether the recording under way is a function entry's.
    pending_entry: bool,
    /// The compiled function entries, by green key (the code, pc 0).
    entries: hashbrown::HashMap<GreenKey, usize>,
    /// One scratch area per compiled-loop activation on the native stack
    /// (a compiled loop's helper may run code that enters another compiled
    /// loop); `active` of them are in use. See `backend` for the layout.
    scratch: Vec<Box<[u64]>>,
    active: usize,
}

/// How to run a fragment from Rust: `run(code, cx, frame, slots, scratch)`.
#[derive(Clone, Copy)]
pub struct Entry {
    pub run: Trampoline,
    pub code: FragmentCode,
    pub scratch: *mut u64,
}

/// An inlined frame an exit hands back to the interpreter to rebuild: its
/// key, pc, stack depth and slot values (`slots.len() == sp`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrameToRebuild {
    pub key: u64,
    pub pc: u32,
    pub sp: u32,
    pub slots: Vec<u64>,
}

/// How compiled code was left for the interpreter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoopExit {
    /// What the innermost frame's pc means.
    pub kind: ExitKind,
    /// Frames of inlined calls to push above the loop's frame, outermost
    /// first (the loop's own frame was written back by the exit).
    pub frames: Vec<FrameToRebuild>,
    /// The exit is hot: the interpreter should record a bridge from here
    /// ([`Jit::start_bridge`]).
    pub record_bridge: bool,
}

/// What a trace to compile starts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Origin {
    /// A loop's header (the trace ends in `jump`).
    Loop,
    /// Exit `.1` of fragment `.0`.
    Bridge(usize, u32),
    /// A hot function's first instruction.
    Entry,
}

/// What runs after compiled code returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Next {
    /// Fragment `n` (a bridge of the exit taken, or the loop a `finish`
    /// named), on the frame as written back.
    Run(usize),
    /// Fragment `n`, a bridge of an exit inside inlined calls: the
    /// interpreter rebuilds their frames first, and the bridge runs on the
    /// innermost.
    RebuildAndRun(usize, Vec<FrameToRebuild>),
    /// The interpreter.
    Interpret(LoopExit),
}

impl Jit {
    /// A driver for an interpreter whose frames have `layout`.
    pub fn new(config: JitConfig, layout: FrameLayout) -> Jit {
        let log = config
            .log_file
            .as_ref()
            .and_then(|p| match std::fs::File::create(p) {
                Ok(f) => Some(f),
                Err(e) => {
                    eprintln!("piepie: cannot open the JIT log {p}: {e}");
                    None
                }
            });
        Jit {
            config,
            stats: JitStats::default(),
            layout,
            boxes: BoxLayout::default(),
            barrier: BarrierLayout::default(),
            counts: HashMap::new(),
            compiled: HashMap::new(),
            loops: Vec::new(),
            aborts: HashMap::new(),
            blacklist: hashbrown::HashSet::new(),
            retraced: hashbrown::HashMap::new(),
            bridges_at: hashbrown::HashMap::new(),
            backend: None,
            backend_failed: false,
            log,
            pending_bridge: None,
            pending_entry: false,
            entries: hashbrown::HashMap::new(),
            scratch: Vec::new(),
            active: 0,
        }
    }

    /// Where the interpreter's boxes keep their fields.
    pub fn box_layout(&self) -> BoxLayout {
        self.boxes
    }

    /// Tells the optimizer where the interpreter's boxes keep their fields.
    pub fn set_box_layout(&mut self, boxes: BoxLayout) {
        self.boxes = boxes;
    }

    /// How the interpreter's collector decides that a store needs its
    /// write barrier (see [`BarrierLayout`]).
    pub fn barrier_layout(&self) -> BarrierLayout {
        self.barrier
    }

    /// Tells the backend how to run the interpreter's write barrier.
    pub fn set_barrier_layout(&mut self, barrier: BarrierLayout) {
        self.barrier = barrier;
    }

    pub fn enabled(&self) -> bool {
        self.config.mode != JitMode::Off
    }

    fn log(&mut self, text: &str) {
        if let Some(f) = &mut self.log {
            let _ = f.write_all(text.as_bytes());
        }
    }

    /// Writes to the log, for each compiled fragment, its iterations, its
    /// returns to the interpreter and its most taken exits (where a loop
    /// that misses its speed loses its time); called once, at exit.
    pub fn log_exit_summary(&mut self) {
        if self.log.is_none() {
            return;
        }
        let mut text =
            String::from("exit summary (exits taken since their last bridge attempt):\n");
        for (n, lp) in self.loops.iter().enumerate() {
            let what = match lp.bridge_of {
                Some((parent, exit)) => format!("bridge {n} (of exit {exit} of {parent})"),
                None => format!("loop {n}"),
            };
            text.push_str(&format!(
                "  {what}: {} iterations, {} returns to the interpreter\n",
                lp.iterations.get(),
                lp.entries
            ));
            let mut hot: Vec<(usize, u64)> = lp
                .exit_counts
                .iter()
                .map(Cell::get)
                .enumerate()
                .filter(|&(_, c)| c > 0)
                .collect();
            hot.sort_by_key(|&(e, c)| (std::cmp::Reverse(c), e));
            for (e, c) in hot.into_iter().take(5) {
                let sn = &lp.trace.snapshots[e];
                let bridged = match lp.bridges[e] {
                    Some(b) => format!(", bridged to {b}"),
                    None => String::new(),
                };
                text.push_str(&format!(
                    "    exit {e} ({:?} at pc {}): taken {c} times{bridged}\n",
                    sn.kind, sn.pc
                ));
            }
        }
        self.log(&text);
    }

    /// Makes the loop whose header is `key` hot: its next back edge in the
    /// interpreter records it (a recording stopped rather than unroll it).
    pub fn make_hot(&mut self, key: GreenKey) {
        let threshold = self.config.loop_threshold.max(1);
        let c = self.counts.entry(key).or_insert(0);
        *c = (*c).max(threshold - 1);
    }

    /// Counts a backward jump to `key` and says what to do.
    #[inline]
    pub fn on_backedge(&mut self, key: GreenKey) -> Backedge {
        if let Some(&n) = self.compiled.get(&key) {
            return Backedge::Enter(n);
        }
        let c = self.counts.entry(key).or_insert(0);
        *c = c.saturating_add(1);
        if *c < self.config.loop_threshold.max(1) {
            return Backedge::Interpret;
        }
        if *c == self.config.loop_threshold.max(1) {
            self.stats.hot_loops += 1;
        }
        if self.blacklist.contains(&key) || self.loops.len() >= MAX_LOOPS || self.backend_failed {
            return Backedge::Interpret;
        }
        Backedge::Record
    }

    /// The compiled loop whose header is `key`, if any (for entering it
    /// where the interpreter arrives at the header other than by a back
    /// edge, such as a `for` loop's first iteration).
    pub fn compiled_loop_at(&self, key: GreenKey) -> Option<usize> {
        self.compiled.get(&key).copied()
    }

    /// A recorder for the loop at `key`, entered at stack depth `sp`.
    pub fn start_recording(&mut self, key: GreenKey, sp: usize) -> Recorder {
        self.pending_bridge = None;
        let limit = self.config.trace_limit as usize;
        Recorder::with_targets(self.layout, key, sp, limit, self.targets())
    }

    /// A recorder for a bridge from the exit [`Jit::exit_taken`] asked for
    /// (`record_bridge`); the interpreter stands at `key` with stack depth
    /// `sp`, as the exit left its frame.
    pub fn start_bridge(&mut self, key: GreenKey, sp: usize) -> Recorder {
        let limit = self.config.trace_limit as usize;
        let mut rec = Recorder::bridge(self.layout, key, sp, limit, self.targets());
        if self.bridges_at.get(&key).copied().unwrap_or(0) >= MAX_BRIDGES_AT_ONE_PLACE {
            rec.refuse(TOO_MANY_BRIDGES_HERE);
        }
        rec
    }

    /// A recorder for the entry of a hot function: the interpreter stands
    /// at its first instruction (`key`) with stack depth `sp`. Like a
    /// bridge, it ends at the header of a compiled loop, or where the
    /// function returns (in the interpreter).
    pub fn start_entry(&mut self, key: GreenKey, sp: usize) -> Recorder {
        self.pending_bridge = None;
        self.pending_entry = true;
        let limit = self.config.trace_limit as usize;
        Recorder::bridge(self.layout, key, sp, limit, self.targets())
    }

    /// The compiled entry of the function whose first instruction is `key`.
    pub fn entry_at(&self, key: GreenKey) -> Option<usize> {
        self.entries.get(&key).copied()
    }

    /// The fragment that runs for loop `n`: `n`, or the loop recorded
    /// again at its header in its place.
    fn current(&self, mut n: usize) -> usize {
        while let Some(m) = self.loops[n].replaced_by {
            n = m;
        }
        n
    }

    /// Whether a function called `calls` times is hot enough to record.
    pub fn function_is_hot(&self, calls: u32) -> bool {
        calls == self.config.function_threshold.max(1)
            && self.loops.len() < MAX_LOOPS
            && !self.backend_failed
    }

    /// The loop headers a trace may end at.
    fn targets(&self) -> BridgeTargets {
        self.compiled
            .iter()
            .map(|(&k, &n)| (k, (n as u32, self.loops[n].sp)))
            .collect()
    }

    /// Compiles a closed trace, or counts the abort; `describe` names the
    /// key for the log (the interpreter's words: file, line, code name).
    /// `learned` says the interpreter will record differently next time
    /// (it stopped inlining a call): the abort of a loop is then not held
    /// against it.
    pub fn finish_recording(
        &mut self,
        key: GreenKey,
        rec: Recorder,
        describe: &str,
        keepalive: Box<dyn std::any::Any>,
        learned: bool,
    ) {
        let bridge = self.pending_bridge.take();
        let entry = std::mem::replace(&mut self.pending_entry, false);
        if let Some(parent) = bridge {
            let (n, exit) = parent;
            self.loops[n].bridge_attempts[exit as usize] += 1;
            let taken = self.loops[n].exit_counts[exit as usize].replace(0);
            self.stats.count_guard_failures(taken);
        }
        match rec.state() {
            RecordState::Closed => {
                let inlined = rec.inlined_calls();
                let sp = rec.start_sp();
                let trace = rec.into_trace();
                self.stats.calls_inlined += inlined;
                let origin = match bridge {
                    Some((n, exit)) => Origin::Bridge(n, exit),
                    None if entry => Origin::Entry,
                    None => Origin::Loop,
                };
                self.compile(key, sp, origin, trace, describe, keepalive);
            }
            RecordState::Aborted(reason) => {
                let msg = reason.message();
                self.stats.aborts += 1;
                *self.stats.aborts_by_reason.entry(msg.clone()).or_insert(0) += 1;
                let pc = rec.current_pc();
                let what = if bridge.is_some() {
                    "bridge "
                } else if entry {
                    "entry "
                } else {
                    ""
                };
                self.log(&format!(
                    "{what}abort at {describe}, in the instruction at pc {pc}: {msg}\n"
                ));
                if bridge.is_none() && !entry {
                    if learned {
                        // Record again soon, inlining less.
                        self.counts.insert(key, 0);
                    } else {
                        self.note_abort(key);
                    }
                }
            }
            // The interpreter stopped recording without closing or
            // aborting (it left the loop's frame): count it as an abort.
            RecordState::Recording => {
                let msg = "left the loop's frame".to_string();
                self.stats.aborts += 1;
                *self.stats.aborts_by_reason.entry(msg.clone()).or_insert(0) += 1;
                self.log(&format!("abort at {describe}: {msg}\n"));
                if bridge.is_none() && !entry {
                    self.note_abort(key);
                }
            }
        }
    }

    fn note_abort(&mut self, key: GreenKey) {
        let n = self.aborts.entry(key).or_insert(0);
        *n += 1;
        // Back off: count again from zero before the next attempt.
        self.counts.insert(key, 0);
        if *n >= MAX_ABORTS_PER_KEY {
            self.blacklist.insert(key);
        }
    }

    /// Compiles a closed trace starting at `key` (stack depth `sp`).
    fn compile(
        &mut self,
        key: GreenKey,
        sp: u32,
        origin: Origin,
        mut trace: Trace,
        describe: &str,
        keepalive: Box<dyn std::any::Any>,
    ) {
        let start = Instant::now();
        let bridge_of = match origin {
            Origin::Bridge(n, exit) => Some((n, exit)),
            Origin::Loop | Origin::Entry => None,
        };
        let what = match origin {
            Origin::Bridge(n, exit) => {
                format!("bridge {} (of exit {exit} of {n})", self.loops.len())
            }
            Origin::Entry => format!("entry {}", self.loops.len()),
            Origin::Loop => format!("loop {}", self.loops.len()),
        };
        if self.log.is_some() {
            let text = format!("{what} at {describe}, as recorded:\n{}\n", trace.to_text());
            self.log(&text);
        }
        let is_alloc = |op: &crate::ir::Op| op.opcode == Opcode::NewBox;
        let allocs_recorded = trace.ops.iter().filter(|op| is_alloc(op)).count();
        let opt = optimize(&mut trace, &self.boxes);
        let sunk = trace.sunk_allocations();
        let allocs_left = (trace.ops.iter().zip(&sunk))
            .filter(|(op, &s)| is_alloc(op) && !s)
            .count();
        self.stats.allocations_removed += (allocs_recorded - allocs_left) as u64;
        self.stats.guards_removed += opt.guards_removed as u64;
        self.stats.ops_removed += (opt.ops_before - opt.ops_after) as u64;
        if self.backend.is_none() {
            match Backend::new() {
                Ok(b) => self.backend = Some(b),
                Err(e) => {
                    self.backend_failed = true;
                    self.log(&format!("backend unavailable: {e}\n"));
                    return;
                }
            }
        }
        let backend = self.backend.as_mut().expect("made above");
        backend.barrier = self.barrier;
        let random_exit = self.config.random_deopt.map(|p| {
            random_deopt::set_probability(p);
            random_deopt::fail as extern "C" fn() -> u64
        });
        let iterations = Box::new(std::cell::Cell::new(0u64));
        let counter: *mut u64 = iterations.as_ptr();
        let exits = trace.snapshots.len();
        let words = |n: usize| (0..n).map(|_| Cell::new(0)).collect::<Box<[Cell<u64>]>>();
        let (exit_counts, exit_code) = (words(exits), words(exits));
        let finish = trace
            .ops
            .last()
            .filter(|op| op.opcode == Opcode::Finish)
            .map(|op| (op.snapshot.expect("verified") as u64, op.aux as usize));
        let finish_code = match finish {
            Some((_, target)) if target != FINISH_IN_INTERPRETER as usize => {
                self.loops[target].code_cell.as_ptr() as *const u64
            }
            _ => std::ptr::null(),
        };
        let links = Links {
            fragment: self.loops.len() as u32,
            exit_code: exit_code.as_ptr() as *const u64,
            exit_counts: exit_counts.as_ptr() as *mut u64,
            finish_code,
        };
        let result = if trace.scratch_words() > SCRATCH_WORDS {
            Err(format!(
                "its inlined frames need {} scratch words (at most {SCRATCH_WORDS})",
                trace.scratch_words()
            ))
        } else {
            backend.compile(&trace, &self.layout, random_exit, counter, links)
        };
        let ns = start.elapsed().as_nanos();
        self.stats.compile_ns += ns;
        match result {
            Ok(code) => {
                self.log(&format!(
                    "{what} at {describe}: {} ops after optimization ({} recorded), compiled in {:.3} ms\n{}\n",
                    trace.ops.len(),
                    opt.ops_before,
                    ns as f64 / 1e6,
                    trace.to_text()
                ));
                let n = self.loops.len();
                match origin {
                    Origin::Bridge(parent, exit) => {
                        self.stats.bridges_compiled += 1;
                        *self.bridges_at.entry(key).or_insert(0) += 1;
                        self.loops[parent].bridges[exit as usize] = Some(n);
                        let sn = &self.loops[parent].trace.snapshots[exit as usize];
                        if sn.frames.is_empty() && sn.kind != ExitKind::RaisePending {
                            self.loops[parent].exit_code[exit as usize].set(code as u64);
                        }
                    }
                    Origin::Entry => {
                        self.stats.entries_compiled += 1;
                        self.entries.insert(key, n);
                    }
                    Origin::Loop => {
                        self.stats.loops_compiled += 1;
                        self.compiled.insert(key, n);
                        if let Some(old) = self.retraced.get_mut(&key).and_then(Option::take) {
                            self.loops[old].replaced_by = Some(n);
                        }
                    }
                }
                self.loops.push(CompiledLoop {
                    key,
                    sp,
                    bridge_of,
                    code,
                    trace,
                    exit_counts,
                    exit_code,
                    code_cell: Box::new(Cell::new(code as u64)),
                    bridges: vec![None; exits],
                    bridge_attempts: vec![0; exits],
                    finish,
                    entries: 0,
                    hopeless_returns: 0,
                    replaced_by: None,
                    iterations,
                    keepalive,
                });
                if origin == Origin::Loop {
                    // Fragments finishing at a loop this one replaces
                    // run this one from now on.
                    for m in 0..n {
                        if self.current(m) == n {
                            self.loops[m].code_cell.set(code as u64);
                        }
                    }
                }
            }
            Err(e) => {
                self.log(&format!(
                    "compile error at {describe}: {e}\n{}\n",
                    trace.to_text()
                ));
                self.stats.aborts += 1;
                *self
                    .stats
                    .aborts_by_reason
                    .entry("compile error".into())
                    .or_insert(0) += 1;
                if matches!(origin, Origin::Loop) {
                    self.blacklist.insert(key);
                }
            }
        }
    }

    /// Enters compiled fragment `n`: how to run it, with the scratch area
    /// this activation must pass it (see `backend`). Every entry is matched
    /// by one [`Jit::exit_taken`]. `from_interpreter` is false when the
    /// fragment follows another one (it is not counted as a loop entry).
    pub fn enter(&mut self, n: usize, from_interpreter: bool) -> Entry {
        if from_interpreter {
            self.stats.loop_entries += 1;
        }
        if self.scratch.len() <= self.active {
            self.scratch.push(vec![0; SCRATCH_WORDS].into_boxed_slice());
        }
        let area = &mut self.scratch[self.active];
        area[0] = 0;
        self.active += 1;
        Entry {
            run: self
                .backend
                .as_ref()
                .expect("a fragment was compiled")
                .trampoline(),
            code: self.loops[n].code,
            scratch: area.as_mut_ptr(),
        }
    }

    /// The `--jit-stats` report, with the exits compiled code counted.
    pub fn report(&self) -> String {
        let mut stats = self.stats.clone();
        for lp in &self.loops {
            stats.count_guard_failures(lp.exit_counts.iter().map(Cell::get).sum());
        }
        stats.report()
    }

    /// The words in the scratch areas of the compiled loops now running
    /// that are references the collector must see: each inlined frame's
    /// key and slots (see `backend` for the layout).
    pub fn scratch_references(&self, mark: &mut dyn FnMut(u64)) {
        for area in &self.scratch[..self.active] {
            let mut at = 1;
            for _ in 0..area[0] {
                mark(area[at]);
                let sp = area[at + 2] as usize;
                area[at + 3..at + 3 + sp].iter().for_each(|&w| mark(w));
                at += 3 + sp;
            }
        }
    }

    /// What the interpreter asked each compiled loop to keep alive (for
    /// its collector: constants the traces name).
    pub fn keepalives(&self) -> impl Iterator<Item = &dyn std::any::Any> {
        self.loops.iter().map(|l| &*l.keepalive)
    }

    /// Records that compiled code returned `r` (the fragment that returned,
    /// and the exit it left through: see `backend::split_exit`); what runs
    /// next.
    pub fn exit_taken(&mut self, r: u64) -> Next {
        let (n, exit) = split_exit(r);
        self.active -= 1;
        let area = &mut self.scratch[self.active];
        let mut frames = vec![];
        let mut at = 1;
        for _ in 0..area[0] {
            let sp = area[at + 2] as usize;
            frames.push(FrameToRebuild {
                key: area[at],
                pc: area[at + 1] as u32,
                sp: sp as u32,
                slots: area[at + 3..at + 3 + sp].to_vec(),
            });
            at += 3 + sp;
        }
        area[0] = 0;
        let lp = &mut self.loops[n];
        if let Some((sn, target)) = lp.finish {
            if sn == exit {
                if target == FINISH_IN_INTERPRETER as usize {
                    // The fragment ended where the interpreter takes over:
                    // not a failure, and nothing to bridge.
                    return Next::Interpret(LoopExit {
                        kind: ExitKind::Resume,
                        frames,
                        record_bridge: false,
                    });
                }
                return Next::Run(self.current(target));
            }
        }
        let e = exit as usize;
        if let Some(b) = lp.bridges[e] {
            let (count, iterations) = (lp.exit_counts[e].get(), lp.iterations.get());
            if lp.bridge_of.is_none()
                && count >= RETRACE_AFTER
                && count > RETRACE_RATIO * iterations
                && self.compiled.get(&lp.key) == Some(&n)
                && !self.retraced.contains_key(&lp.key)
            {
                let key = lp.key;
                self.compiled.remove(&key);
                self.counts.insert(key, 0);
                self.retraced.insert(key, Some(n));
                self.log(&format!(
                    "loop {n} to be recorded again: exit {e} taken {count} times in {iterations} iterations\n"
                ));
            }
            if frames.is_empty() {
                return Next::Run(b);
            }
            return Next::RebuildAndRun(b, frames);
        }
        let kind = lp.trace.snapshots[e].kind;
        // (An exit inside inlined calls gets a bridge recorded in the
        // innermost of the frames it rebuilds.)
        let room = self.loops.len() < MAX_LOOPS && !self.backend_failed;
        let lp = &mut self.loops[n];
        let bridgeable =
            kind != ExitKind::RaisePending && lp.bridge_attempts[e] < MAX_BRIDGE_ATTEMPTS && room;
        let record_bridge =
            bridgeable && lp.exit_counts[e].get() >= self.config.bridge_threshold.max(1) as u64;
        if record_bridge {
            self.pending_bridge = Some((n, exit as u32));
            return Next::Interpret(LoopExit {
                kind,
                frames,
                record_bridge,
            });
        }
        let lp = &mut self.loops[n];
        lp.entries += 1;
        if !bridgeable {
            lp.hopeless_returns += 1;
        }
        // Judged on the returns no bridge will ever take over: an exit
        // still counting towards its bridge (an interpreter loop's many
        // cases, say) is not a reason to give the loop up.
        if lp.bridge_of.is_none()
            && lp.finish.is_none()
            && !bridgeable
            && lp.hopeless_returns == JUDGE_AFTER_ENTRIES
            && lp.iterations.get() < MIN_ITERATIONS_PER_ENTRY * lp.hopeless_returns
        {
            let key = lp.key;
            let msg = format!(
                "loop {n} dropped: {} iterations in {} returns to the interpreter at exits without a bridge\n",
                lp.iterations.get(),
                lp.hopeless_returns
            );
            self.compiled.remove(&key);
            self.blacklist.insert(key);
            self.stats.loops_dropped += 1;
            self.log(&msg);
        }
        Next::Interpret(LoopExit {
            kind,
            frames,
            record_bridge,
        })
    }
}
