//! `CodeObject`: the compiled form of a module, class body, function,
//! lambda or comprehension — instructions, constants, names, variable
//! layout, line table and exception table.
//!
//! Frame layout (the JIT relies on it): slots `0..nlocals` are the fast
//! locals (`varnames`), then `cellvars.len() + freevars.len()` cell slots,
//! then `stacksize` value-stack slots.

use super::op::Instr;
use crate::object::Value;

/// Flags of a code object.
pub mod flags {
    pub const VARARGS: u32 = 1;
    pub const VARKEYWORDS: u32 = 2;
    pub const GENERATOR: u32 = 4;
    /// Class bodies and modules use a namespace dict (LoadName/StoreName).
    pub const NAMESPACE: u32 = 8;
}

/// One protected range of instructions and where its exceptions go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExcEntry {
    pub start: u32,
    /// Exclusive.
    pub end: u32,
    pub handler: u32,
    /// Value-stack depth to restore before pushing the exception.
    pub depth: u32,
}

#[derive(Debug)]
pub struct CodeObject {
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub firstlineno: u32,
    pub instrs: Vec<Instr>,
    /// Source line of each instruction (parallel to `instrs`).
    pub lines: Vec<u32>,
    pub consts: Vec<Value>,
    /// Interned str Values for attribute, global and import names.
    pub names: Vec<Value>,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// For each cellvar that is also an argument: (cell index, argument slot).
    pub cell_args: Vec<(u32, u32)>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub stacksize: u32,
    pub exc_table: Vec<ExcEntry>,
    pub docstring: Option<String>,
    /// Inline caches of the attribute instructions (see `vm/inline_cache.rs`).
    pub caches: crate::vm::inline_cache::InlineCaches,
    /// Liveness of the locals (see `liveness.rs`), computed the first time
    /// a trace needs it.
    pub liveness: std::cell::OnceCell<Option<std::rc::Rc<piepie_jit::LiveSlots>>>,
    /// Calls of this code counted for the JIT's function threshold (they
    /// stop counting past it).
    pub jit_calls: std::cell::Cell<u32>,
    /// The compiled entry trace of this code, plus one (0: none).
    pub jit_entry: std::cell::Cell<u32>,
    /// The str objects every function made from this code starts with:
    /// `__name__` (interned), `__qualname__` and `__doc__` (None without a
    /// docstring), made by the first `MAKE_FUNCTION` and shared after it,
    /// as CPython's functions share their code's strings.
    pub function_strs: std::cell::OnceCell<[Value; 3]>,
}

impl CodeObject {
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }
    pub fn ncells(&self) -> usize {
        self.cellvars.len() + self.freevars.len()
    }
    /// Total frame slots: locals, cells, value stack.
    pub fn nslots(&self) -> usize {
        self.nlocals() + self.ncells() + self.stacksize as usize
    }
    /// Whether a call with `n` positional arguments and no keywords just
    /// fills the first `n` locals: the code takes exactly `n` positional
    /// parameters, no `*args`, `**kwargs` or keyword-only ones, and has no
    /// cells or free variables to set up.
    #[inline]
    pub fn takes_exactly_positional(&self, n: usize) -> bool {
        self.argcount as usize == n
            && self.kwonlyargcount == 0
            && self.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0
            && self.cellvars.is_empty()
            && self.freevars.is_empty()
    }
    pub fn is_generator(&self) -> bool {
        self.flags & flags::GENERATOR != 0
    }
    /// Line of instruction `pc`.
    pub fn line_at(&self, pc: usize) -> u32 {
        self.lines.get(pc).copied().unwrap_or(self.firstlineno)
    }
    /// The innermost handler covering `pc`.
    pub fn handler_for(&self, pc: u32) -> Option<ExcEntry> {
        // Entries are emitted innermost-first for nested ranges.
        self.exc_table
            .iter()
            .copied()
            .find(|e| e.start <= pc && pc < e.end)
    }
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        self.consts.iter().for_each(|&c| f(c));
        self.names.iter().for_each(|&c| f(c));
        if let Some(strs) = self.function_strs.get() {
            strs.iter().for_each(|&c| f(c));
        }
    }

    /// A readable listing (for `--dis` and golden tests).
    pub fn disassemble(&self) -> String {
        let mut out = format!(
            "code {} ({}:{})\n",
            self.qualname, self.filename, self.firstlineno
        );
        for (pc, ins) in self.instrs.iter().enumerate() {
            out.push_str(&format!(
                "{:5} {:4} {:<20} {}\n",
                self.lines[pc],
                pc,
                ins.op().name(),
                ins.arg()
            ));
        }
        for e in &self.exc_table {
            out.push_str(&format!(
                "  exc [{}, {}) -> {} depth {}\n",
                e.start, e.end, e.handler, e.depth
            ));
        }
        out
    }
}
