//! The hints API: what the interpreter tells the JIT.
//!
//! * [`GreenKey`] names a position in the user's program (code object, pc):
//!   the interpreter passes it at its merge point and at `can_enter_jit`.
//! * [`JitConfig`] holds the settings of JIT.md (mode, thresholds) as parsed
//!   from the command line or the environment.
//! * [`JitStats`] holds the counts that `--jit-stats` prints and JIT tests
//!   assert.
//!
//! Until the recorder and backend exist, `can_enter_jit` only counts loop
//! iterations per green key; it never starts tracing.

use hashbrown::HashMap;

/// A position in the user's program: an opaque code identity and a pc.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct GreenKey {
    pub code: usize,
    pub pc: u32,
}

/// Whether the JIT may compile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JitMode {
    Off,
    On,
}

/// JIT settings (JIT.md's starting numbers are the defaults).
#[derive(Clone, Debug)]
pub struct JitConfig {
    pub mode: JitMode,
    pub loop_threshold: u32,
    pub function_threshold: u32,
    pub bridge_threshold: u32,
    pub trace_limit: u32,
    pub stats: bool,
    pub log_file: Option<String>,
}

impl Default for JitConfig {
    fn default() -> Self {
        JitConfig {
            mode: JitMode::On,
            loop_threshold: 1039,
            function_threshold: 1619,
            bridge_threshold: 200,
            trace_limit: 6000,
            stats: false,
            log_file: None,
        }
    }
}

/// Totals reported by `--jit-stats`.
#[derive(Clone, Debug, Default)]
pub struct JitStats {
    pub loops_compiled: u64,
    pub bridges_compiled: u64,
    pub aborts: u64,
    pub guards_failed: u64,
    pub allocations_removed: u64,
    /// Green keys that reached the loop threshold (candidates for tracing).
    pub hot_loops: u64,
}

impl JitStats {
    /// The `--jit-stats` report, one `name: value` per line.
    pub fn report(&self) -> String {
        format!(
            "jit-stats:\n  hot loops: {}\n  loops compiled: {}\n  bridges compiled: {}\n  aborts: {}\n  guards failed: {}\n  allocations removed: {}\n",
            self.hot_loops,
            self.loops_compiled,
            self.bridges_compiled,
            self.aborts,
            self.guards_failed,
            self.allocations_removed
        )
    }
}

/// Per-green-key hotness counters: the state behind `can_enter_jit`.
#[derive(Debug, Default)]
pub struct WarmupCounters {
    counts: HashMap<GreenKey, u32>,
}

impl WarmupCounters {
    /// Counts one backward jump at `key`; true the first time the key
    /// reaches `threshold` (the point where tracing would start).
    pub fn can_enter_jit(&mut self, key: GreenKey, threshold: u32) -> bool {
        let c = self.counts.entry(key).or_insert(0);
        *c = c.saturating_add(1);
        *c == threshold
    }
}
