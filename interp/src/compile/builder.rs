//! `CodeBuilder`: emits instructions for one code object — labels and jump
//! fix-ups, the static stack-depth count, line numbers, the constant and
//! name pools, and the exception table (built from the handler active at
//! each emitted instruction).
//!
//! Invariant: `depth` is the value-stack depth before the next emitted
//! instruction; code after an unconditional jump gets its depth from the
//! label it is bound to.

use crate::bytecode::{CodeObject, ExcEntry, Instr, Op};
use crate::object::Value;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Label(pub usize);

/// What a const-pool entry is, for deduplication.
#[derive(Clone, PartialEq, Debug)]
pub enum ConstKey {
    None,
    Bool(bool),
    Int(i64),
    /// Floats by bit pattern (so 0.0 and -0.0 stay distinct).
    Float(u64),
    Str(String),
    Other(usize),
}

pub struct CodeBuilder {
    pub instrs: Vec<Instr>,
    pub lines: Vec<u32>,
    pub consts: Vec<Value>,
    const_keys: Vec<ConstKey>,
    pub names: Vec<Value>,
    name_strs: Vec<String>,
    labels: Vec<Option<u32>>,
    label_depth: Vec<Option<i32>>,
    fixups: Vec<(usize, Label)>,
    /// Active exception handlers, innermost last: (handler label, depth).
    pub handlers: Vec<(Label, i32)>,
    instr_handler: Vec<Option<(Label, i32)>>,
    pub line: u32,
    pub depth: i32,
    pub max_depth: i32,
    /// Set after an unconditional jump/return/raise until a label is bound.
    dead: bool,
}

impl CodeBuilder {
    pub fn new(first_line: u32) -> CodeBuilder {
        CodeBuilder {
            instrs: Vec::new(),
            lines: Vec::new(),
            consts: Vec::new(),
            const_keys: Vec::new(),
            names: Vec::new(),
            name_strs: Vec::new(),
            labels: Vec::new(),
            label_depth: Vec::new(),
            fixups: Vec::new(),
            handlers: Vec::new(),
            instr_handler: Vec::new(),
            line: first_line,
            depth: 0,
            max_depth: 0,
            dead: false,
        }
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        self.label_depth.push(None);
        Label(self.labels.len() - 1)
    }

    /// Binds `l` to the next instruction.
    pub fn bind(&mut self, l: Label) {
        self.labels[l.0] = Some(self.instrs.len() as u32);
        if let Some(d) = self.label_depth[l.0] {
            if self.dead {
                self.depth = d;
            }
        }
        self.dead = false;
    }

    fn note_jump(&mut self, l: Label, depth: i32) {
        if self.label_depth[l.0].is_none() {
            self.label_depth[l.0] = Some(depth);
        }
        self.max_depth = self.max_depth.max(depth);
    }

    pub fn emit(&mut self, op: Op, arg: u32) {
        self.instrs.push(Instr::new(op, arg));
        self.lines.push(self.line);
        self.instr_handler.push(self.handlers.last().copied());
        self.depth += op.stack_effect(arg);
        self.max_depth = self.max_depth.max(self.depth);
        if matches!(
            op,
            Op::ReturnValue | Op::RaiseVarargs | Op::Reraise | Op::Jump
        ) {
            self.dead = true;
        }
    }

    /// Emits a jump-carrying instruction to `l`.
    pub fn emit_jump(&mut self, op: Op, l: Label) {
        let before = self.depth;
        self.fixups.push((self.instrs.len(), l));
        self.emit(op, 0);
        let at_target = match op {
            Op::Jump => before,
            Op::PopJumpIfFalse | Op::PopJumpIfTrue => before - 1,
            Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => before,
            Op::ForIter => before - 1,
            // YieldFrom: [iter, value] -> jump with the result replacing both.
            Op::YieldFrom => before - 1,
            _ => self.depth,
        };
        self.note_jump(l, at_target);
    }

    /// Declares that code at `l` starts with `depth` values (handlers).
    pub fn set_label_depth(&mut self, l: Label, depth: i32) {
        self.label_depth[l.0] = Some(depth);
        self.max_depth = self.max_depth.max(depth);
    }

    pub fn add_const(&mut self, key: ConstKey, v: Value) -> u32 {
        if !matches!(key, ConstKey::Other(_)) {
            if let Some(i) = self.const_keys.iter().position(|k| *k == key) {
                return i as u32;
            }
        }
        self.consts.push(v);
        self.const_keys.push(key);
        (self.consts.len() - 1) as u32
    }

    pub fn add_name(&mut self, name: &str, interned: impl FnOnce() -> Value) -> u32 {
        if let Some(i) = self.name_strs.iter().position(|n| n == name) {
            return i as u32;
        }
        self.name_strs.push(name.to_string());
        self.names.push(interned());
        (self.names.len() - 1) as u32
    }

    pub fn is_dead(&self) -> bool {
        self.dead
    }

    /// Resolves jumps and builds the exception table.
    pub fn finish(
        mut self,
    ) -> (
        Vec<Instr>,
        Vec<u32>,
        Vec<Value>,
        Vec<Value>,
        Vec<ExcEntry>,
        u32,
    ) {
        for &(pc, l) in &self.fixups {
            let target = self.labels[l.0].unwrap_or(self.instrs.len() as u32);
            let op = self.instrs[pc].op();
            self.instrs[pc] = Instr::new(op, target);
        }
        let mut table: Vec<ExcEntry> = Vec::new();
        for (pc, h) in self.instr_handler.iter().enumerate() {
            let Some((l, depth)) = h else { continue };
            let handler = self.labels[l.0].unwrap_or(0);
            let depth = (*depth).max(0) as u32;
            match table.last_mut() {
                Some(e) if e.end == pc as u32 && e.handler == handler && e.depth == depth => {
                    e.end += 1
                }
                _ => table.push(ExcEntry {
                    start: pc as u32,
                    end: pc as u32 + 1,
                    handler,
                    depth,
                }),
            }
        }
        let stack = self.max_depth.max(0) as u32 + 2;
        (
            self.instrs,
            self.lines,
            self.consts,
            self.names,
            table,
            stack,
        )
    }
}

/// Assembles a `CodeObject` from a finished builder and its metadata.
#[allow(clippy::too_many_arguments)]
pub fn assemble(
    b: CodeBuilder,
    name: String,
    qualname: String,
    filename: String,
    firstlineno: u32,
    varnames: Vec<String>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    flags: u32,
    docstring: Option<String>,
) -> CodeObject {
    let (instrs, lines, consts, names, exc_table, stacksize) = b.finish();
    let cell_args = cellvars
        .iter()
        .enumerate()
        .filter_map(|(ci, c)| {
            varnames
                .iter()
                .position(|v| v == c)
                .map(|vi| (ci as u32, vi as u32))
        })
        .collect();
    let caches = crate::vm::inline_cache::InlineCaches::for_instrs(&instrs);
    CodeObject {
        caches,
        liveness: std::cell::OnceCell::new(),
        function_strs: std::cell::OnceCell::new(),
        jit_calls: std::cell::Cell::new(0),
        jit_entry: std::cell::Cell::new(0),
        name,
        qualname,
        filename,
        firstlineno,
        instrs,
        lines,
        consts,
        names,
        varnames,
        cellvars,
        freevars,
        cell_args,
        argcount,
        posonlyargcount,
        kwonlyargcount,
        flags,
        stacksize,
        exc_table,
        docstring,
    }
}
