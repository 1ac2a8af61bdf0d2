//! The hints API: what the interpreter tells the JIT.
//!
//! * [`GreenKey`] names a position in the user's program (code object, pc):
//!   the interpreter passes it at its merge point and at `can_enter_jit`.
//! * [`JitConfig`] holds the settings of JIT.md (mode, thresholds) as parsed
//!   from the command line or the environment.
//! * [`FrameLayout`] describes the interpreter's virtualizable frame.
//! * [`BoxLayout`] describes its boxes (objects holding one word, such as a
//!   boxed float), so the optimizer can see through them.

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
    /// Testing: every re-executable guard also fails with this probability.
    pub random_deopt: Option<f64>,
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
            random_deopt: None,
        }
    }
}

/// The interpreter's description of its virtualizable frame: where compiled
/// code writes the pc and the stack depth back (byte offsets of two
/// word-sized fields in the frame object it is handed), and how the pc of an
/// instruction that is executing differs from the pc that re-runs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FrameLayout {
    pub pc_offset: i32,
    pub sp_offset: i32,
    /// Added to an instruction's pc while it executes (and when it raises).
    pub executing_pc_bias: u32,
}

/// Where a box made by `new_box` keeps its type word and its payload word
/// (byte offsets from the box's address): a `load_imm` of either field of
/// a box the trace made is the word the box was made with.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BoxLayout {
    pub type_offset: i32,
    pub payload_offset: i32,
}

/// The interpreter collector's write barrier, as compiled code runs it
/// before a store into an object (`Ops::gc_barrier`): it calls the barrier
/// helper exactly when the byte at `bits_offset` of the object, masked with
/// `mask`, equals `want` (for piepie: "old and not yet remembered").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BarrierLayout {
    pub bits_offset: i32,
    pub mask: u8,
    pub want: u8,
}

impl BarrierLayout {
    /// Whether the barrier helper must run for the object at `obj`.
    ///
    /// # Safety
    /// `obj` must point to a live object with a readable byte at
    /// `bits_offset`.
    #[inline(always)]
    // SAFETY: unsafe to call because it reads a byte of `obj`; see the
    // `# Safety` section above.
    pub unsafe fn needs_call(&self, obj: u64) -> bool {
        // SAFETY: the caller's contract.
        let bits = unsafe { *((obj as *const u8).offset(self.bits_offset as isize)) };
        bits & self.mask == self.want
    }
}

/// Which frame slots hold values the interpreter may still read, per pc:
/// the interpreter's liveness analysis of one code object, handed to the
/// recorder so that dead slots are neither carried around a loop nor kept
/// in resume data (an exit leaves a dead slot of the loop's frame as it
/// was, and an inlined frame's dead slot empty).
///
/// Invariant: a slot reported dead at `pc` is written before it is read on
/// every path from `pc` (exception edges included). Slots at or above
/// `covered` (cells, the value stack) and pcs out of range are always live.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LiveSlots {
    covered: u32,
    words: usize,
    bits: Vec<u64>,
}

impl LiveSlots {
    /// A table where the first `covered` slots are live at no pc yet.
    pub fn new(pcs: usize, covered: u32) -> LiveSlots {
        let words = (covered as usize).div_ceil(64);
        LiveSlots {
            covered,
            words,
            bits: vec![0; pcs * words],
        }
    }

    /// The number of pcs and of words per pc.
    pub fn shape(&self) -> (usize, usize) {
        let pcs = self.bits.len().checked_div(self.words).unwrap_or(0);
        (pcs, self.words)
    }

    /// The bit words of `pc` (slot `s` is bit `s % 64` of word `s / 64`).
    pub fn row(&self, pc: usize) -> &[u64] {
        &self.bits[pc * self.words..(pc + 1) * self.words]
    }

    pub fn row_mut(&mut self, pc: usize) -> &mut [u64] {
        &mut self.bits[pc * self.words..(pc + 1) * self.words]
    }

    /// Whether `slot` may be read after `pc` before it is written.
    pub fn is_live(&self, pc: u32, slot: u32) -> bool {
        if slot >= self.covered || self.words == 0 {
            return true;
        }
        let start = pc as usize * self.words;
        match self.bits.get(start + slot as usize / 64) {
            Some(w) => w >> (slot % 64) & 1 != 0,
            None => true,
        }
    }
}
