//! The compiler: AST to code objects.
//!
//! `mangle.rs` rewrites private names in class bodies, then `scope.rs`
//! resolves every name; then one [`Unit`] per code object
//! (module, function, lambda, class body, comprehension) is compiled by the
//! statement (`stmt.rs`) and expression (`expr.rs`) visitors into a
//! [`CodeBuilder`]. Constants are created on the VM's heap as they are met.
//!
//! Exits from `try/finally`, `with` and `except` blocks by `return`,
//! `break` and `continue` run the blocks' clean-up code inline, guided by the
//! stack of [`FBlock`]s.

pub mod builder;
mod expr;
pub mod mangle;
pub mod scope;
mod stmt;

use crate::bytecode::{flags, CodeObject, Op};
use crate::vm::Vm;
use builder::{assemble, CodeBuilder, ConstKey, Label};
use piepie_syntax::ast::*;
use piepie_syntax::LineIndex;
use scope::{NameKind, ScopeKind, SymbolTable};
use std::rc::Rc;

/// A compile error (reported as a `SyntaxError`).
#[derive(Debug)]
pub struct CompileError {
    pub msg: String,
    pub span: Span,
}

/// Blocks that need clean-up when left by return/break/continue.
#[derive(Clone)]
pub(crate) enum FBlock {
    Loop {
        continue_to: Label,
        break_to: Label,
        /// A `for` loop keeps its iterator on the stack.
        is_for: bool,
    },
    /// The body of a `try` with a `finally`: its handler and body.
    TryFinally { body: Rc<Vec<Stmt>> },
    /// The body of a `try` with `except` clauses (handler only).
    TryExcept,
    /// Inside an `except` clause: the saved exception is on the stack.
    Handler { name: Option<String> },
    /// Inside the exceptional copy of a `finally` body: [prev, exc] on stack.
    FinallyExc,
    /// Inside a `with` body: `__exit__` is on the stack.
    With,
}

/// The compilation state of one code object.
pub(crate) struct Unit {
    pub b: CodeBuilder,
    pub scope: usize,
    pub varnames: Vec<String>,
    pub fblocks: Vec<FBlock>,
    pub qualname: String,
    pub kind: ScopeKind,
}

pub struct Compiler<'vm> {
    pub(crate) vm: &'vm mut Vm,
    pub(crate) st: SymbolTable,
    pub(crate) lines: LineIndex,
    pub(crate) filename: String,
    pub(crate) units: Vec<Unit>,
    /// Interactive mode: expression statements print their value.
    pub(crate) interactive: bool,
}

/// Compiles a module. `interactive` makes expression statements echo.
pub fn compile_module(
    vm: &mut Vm,
    module: &Module,
    source: &str,
    filename: &str,
    interactive: bool,
) -> Result<Rc<CodeObject>, CompileError> {
    // Private names in class bodies become `_Class__name` first.
    let mangled = mangle::mangle_module(module);
    let module = mangled.as_ref().unwrap_or(module);
    let st = scope::analyze(module, true).map_err(|e| CompileError {
        msg: e.msg,
        span: e.span,
    })?;
    let mut c = Compiler {
        vm,
        st,
        lines: LineIndex::new(source),
        filename: filename.to_string(),
        units: Vec::new(),
        interactive,
    };
    c.push_unit(0, 1, "<module>".into());
    // Interactive input has no docstring (CPython's `single` mode): a
    // string statement there is echoed, not stored in `__doc__`.
    let doc = if interactive {
        None
    } else {
        docstring_of(&module.body)
    };
    if let Some(d) = &doc {
        c.load_str(d);
        c.store_name("__doc__");
    }
    c.setup_annotations(&module.body);
    c.body(&module.body)?;
    c.load_none();
    c.emit(Op::ReturnValue, 0);
    let code = c.pop_unit("<module>", 0, 0, 0, flags::NAMESPACE, None);
    if std::env::var_os("PIEPIE_DIS").is_some() {
        // A development aid: the bytecode of the module and every code
        // object nested in it, on stderr.
        eprint!("{}", disassemble_tree(&code));
    }
    Ok(code)
}

/// The listing of `code` and of every code object among its constants.
fn disassemble_tree(code: &CodeObject) -> String {
    let mut out = code.disassemble();
    for &c in &code.consts {
        if let crate::object::ObjKind::Code(inner) = crate::object::kind_of(c) {
            out.push_str(&disassemble_tree(inner));
        }
    }
    out
}

/// Compiles an expression for `eval`.
pub fn compile_eval(
    vm: &mut Vm,
    expr: &Expr,
    source: &str,
    filename: &str,
) -> Result<Rc<CodeObject>, CompileError> {
    let st = scope::analyze_expr(expr).map_err(|e| CompileError {
        msg: e.msg,
        span: e.span,
    })?;
    let mut c = Compiler {
        vm,
        st,
        lines: LineIndex::new(source),
        filename: filename.to_string(),
        units: Vec::new(),
        interactive: false,
    };
    c.push_unit(0, 1, "<module>".into());
    c.expr(expr)?;
    c.emit(Op::ReturnValue, 0);
    Ok(c.pop_unit("<module>", 0, 0, 0, flags::NAMESPACE, None))
}

/// Whether `body` (not counting nested functions and classes) annotates a
/// plain name.
fn has_simple_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { simple, target, .. } => {
            *simple && matches!(target.kind, ExprKind::Name(_))
        }
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => {
            has_simple_annotations(body) || has_simple_annotations(orelse)
        }
        StmtKind::With { body, .. } => has_simple_annotations(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            has_simple_annotations(body)
                || handlers.iter().any(|h| has_simple_annotations(&h.body))
                || has_simple_annotations(orelse)
                || has_simple_annotations(finalbody)
        }
        _ => false,
    })
}

fn docstring_of(body: &[Stmt]) -> Option<String> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(s)),
            ..
        })) => Some(s.clone()),
        _ => None,
    }
}

impl<'vm> Compiler<'vm> {
    pub(crate) fn unit(&mut self) -> &mut Unit {
        self.units.last_mut().expect("a unit is being compiled")
    }

    pub(crate) fn b(&mut self) -> &mut CodeBuilder {
        &mut self.unit().b
    }

    pub(crate) fn emit(&mut self, op: Op, arg: u32) {
        self.b().emit(op, arg)
    }

    pub(crate) fn set_line(&mut self, span: Span) {
        let line = self.lines.line(span.start) as u32;
        self.b().line = line;
    }

    pub(crate) fn err<T>(&self, msg: impl Into<String>, span: Span) -> Result<T, CompileError> {
        Err(CompileError {
            msg: msg.into(),
            span,
        })
    }

    fn push_unit(&mut self, scope: usize, line: u32, qualname: String) {
        let s = &self.st.scopes[scope];
        let mut varnames: Vec<String> = Vec::new();
        if matches!(s.kind, ScopeKind::Function | ScopeKind::Comprehension) {
            for p in &s.params {
                varnames.push(p.clone());
            }
            for n in &s.bound {
                if matches!(s.lookup(n), NameKind::Local | NameKind::Cell) && !varnames.contains(n)
                {
                    varnames.push(n.clone());
                }
            }
        }
        let kind = s.kind;
        self.units.push(Unit {
            b: CodeBuilder::new(line),
            scope,
            varnames,
            fblocks: Vec::new(),
            qualname,
            kind,
        });
    }

    fn pop_unit(
        &mut self,
        name: &str,
        argcount: u32,
        posonly: u32,
        kwonly: u32,
        mut flags: u32,
        doc: Option<String>,
    ) -> Rc<CodeObject> {
        let u = self.units.pop().expect("unit");
        let s = &self.st.scopes[u.scope];
        if s.is_generator {
            flags |= flags::GENERATOR;
        }
        let firstline = u.b.lines.first().copied().unwrap_or(1);
        Rc::new(assemble(
            u.b,
            name.to_string(),
            u.qualname,
            self.filename.clone(),
            firstline,
            u.varnames,
            s.cellvars.clone(),
            s.freevars.clone(),
            argcount,
            posonly,
            kwonly,
            flags,
            doc,
        ))
    }

    // ---- constants -------------------------------------------------------

    pub(crate) fn load_none(&mut self) {
        let v = self.vm.none();
        let i = self.b().add_const(ConstKey::None, v);
        self.emit(Op::LoadConst, i);
    }

    pub(crate) fn load_str(&mut self, s: &str) {
        let v = self.vm.intern(s);
        let i = self.b().add_const(ConstKey::Str(s.to_string()), v);
        self.emit(Op::LoadConst, i);
    }

    pub(crate) fn load_int(&mut self, n: i64) {
        let v = self.vm.new_int(n);
        let i = self.b().add_const(ConstKey::Int(n), v);
        self.emit(Op::LoadConst, i);
    }

    pub(crate) fn load_value(&mut self, v: crate::object::Value) {
        let i = self.b().add_const(ConstKey::Other(v.0 as usize), v);
        self.emit(Op::LoadConst, i);
    }

    pub(crate) fn load_constant(&mut self, c: &Constant) {
        let (key, v) = self.constant_value(c);
        let i = self.b().add_const(key, v);
        self.emit(Op::LoadConst, i);
    }

    /// The value of a literal, with its constant-table key.
    pub(crate) fn constant_value(&mut self, c: &Constant) -> (ConstKey, crate::object::Value) {
        match c {
            Constant::None => (ConstKey::None, self.vm.none()),
            Constant::True => (ConstKey::Bool(true), self.vm.bool_val(true)),
            Constant::False => (ConstKey::Bool(false), self.vm.bool_val(false)),
            Constant::Ellipsis => (ConstKey::Other(0), self.vm.ellipsis()),
            Constant::Int(n) => (ConstKey::Int(*n), self.vm.new_int(*n)),
            Constant::BigInt { digits, radix } => {
                let v = self.vm.new_bigint_from_digits(digits, *radix);
                (ConstKey::Other(v.0 as usize), v)
            }
            Constant::Float(f) => (ConstKey::Float(f.to_bits()), self.vm.new_float(*f)),
            Constant::Str(s) => {
                let v = self.vm.intern(s);
                (ConstKey::Str(s.clone()), v)
            }
            Constant::Bytes(b) => {
                let v = self.vm.new_bytes(b.clone());
                (ConstKey::Other(v.0 as usize), v)
            }
        }
    }

    pub(crate) fn name_index(&mut self, name: &str) -> u32 {
        let vm = &mut *self.vm;
        let u = self.units.last_mut().expect("unit");
        u.b.add_name(name, || vm.intern(name))
    }

    // ---- names -----------------------------------------------------------

    fn scope_kind_of(&self, name: &str) -> (ScopeKind, NameKind) {
        let u = self.units.last().expect("unit");
        let s = &self.st.scopes[u.scope];
        (s.kind, s.lookup(name))
    }

    /// Index of `name` among the unit's cells then free variables.
    fn deref_index(&self, name: &str) -> u32 {
        let u = self.units.last().expect("unit");
        let s = &self.st.scopes[u.scope];
        if let Some(i) = s.cellvars.iter().position(|c| c == name) {
            return i as u32;
        }
        let i = s.freevars.iter().position(|c| c == name).unwrap_or(0);
        (s.cellvars.len() + i) as u32
    }

    fn fast_index(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(i) = u.varnames.iter().position(|v| v == name) {
            return i as u32;
        }
        u.varnames.push(name.to_string());
        (u.varnames.len() - 1) as u32
    }

    /// Emits the load, store or delete of `name` for its scope kind.
    fn name_op(&mut self, name: &str, access: NameAccess) {
        let (sk, nk) = self.scope_kind_of(name);
        let in_function = matches!(sk, ScopeKind::Function | ScopeKind::Comprehension);
        let (deref, fast, global, by_name) = match access {
            NameAccess::Load => (Op::LoadDeref, Op::LoadFast, Op::LoadGlobal, Op::LoadName),
            NameAccess::Store => (
                Op::StoreDeref,
                Op::StoreFast,
                Op::StoreGlobal,
                Op::StoreName,
            ),
            NameAccess::Delete => (
                Op::DeleteDeref,
                Op::DeleteFast,
                Op::DeleteGlobal,
                Op::DeleteName,
            ),
        };
        match nk {
            NameKind::Cell => {
                let i = self.deref_index(name);
                self.emit(deref, i);
            }
            NameKind::Free if in_function => {
                let i = self.deref_index(name);
                self.emit(deref, i);
            }
            // A class body reads a free name from its namespace, then the cell.
            NameKind::Free if sk == ScopeKind::Class && access == NameAccess::Load => {
                let i = self.deref_index(name);
                self.emit(Op::LoadClassDeref, i);
            }
            NameKind::Local if in_function => {
                let i = self.fast_index(name);
                self.emit(fast, i);
            }
            NameKind::GlobalExplicit => {
                let i = self.name_index(name);
                self.emit(global, i);
            }
            _ if in_function => {
                let i = self.name_index(name);
                self.emit(global, i);
            }
            _ => {
                let i = self.name_index(name);
                self.emit(by_name, i);
            }
        }
    }

    pub(crate) fn load_name(&mut self, name: &str) {
        self.name_op(name, NameAccess::Load)
    }

    pub(crate) fn store_name(&mut self, name: &str) {
        self.name_op(name, NameAccess::Store)
    }

    pub(crate) fn delete_name(&mut self, name: &str) {
        self.name_op(name, NameAccess::Delete)
    }

    // ---- functions, lambdas, classes --------------------------------------

    fn child_qualname(&self, name: &str) -> String {
        let u = self.units.last().expect("unit");
        // A function or class declared `global` in its scope is named as at module level.
        let global = matches!(
            self.st.scopes[u.scope].resolved.get(name),
            Some(NameKind::GlobalExplicit)
        );
        match u.kind {
            _ if global => name.to_string(),
            ScopeKind::Module => name.to_string(),
            // (No `<locals>` step for a comprehension's own scope, as
            // CPython names it.)
            ScopeKind::Class | ScopeKind::Comprehension => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Pushes the closure tuple for child scope `child` (if it has free
    /// variables) and returns the MakeFunction flag bit for it.
    fn emit_closure(&mut self, child: usize) -> u32 {
        let frees = self.st.scopes[child].freevars.clone();
        if frees.is_empty() {
            return 0;
        }
        for f in &frees {
            let i = self.deref_index(f);
            self.emit(Op::LoadClosure, i);
        }
        self.emit(Op::BuildTuple, frees.len() as u32);
        8
    }

    /// Emits defaults, kwdefaults and annotations; returns MakeFunction flags.
    fn emit_defaults(&mut self, args: &Arguments) -> Result<u32, CompileError> {
        let mut fl = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple, args.defaults.len() as u32);
            fl |= 1;
        }
        let kwd: Vec<(&Arg, &Expr)> = args
            .kwonlyargs
            .iter()
            .zip(&args.kw_defaults)
            .filter_map(|(a, d)| d.as_ref().map(|d| (a, d)))
            .collect();
        if !kwd.is_empty() {
            for (a, d) in &kwd {
                self.load_str(&a.name);
                self.expr(d)?;
            }
            self.emit(Op::BuildMap, kwd.len() as u32);
            fl |= 2;
        }
        Ok(fl)
    }

    /// Evaluates (and discards) parameter annotations, as CPython evaluates them.
    fn emit_annotations(
        &mut self,
        args: &Arguments,
        returns: Option<&Expr>,
    ) -> Result<(), CompileError> {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(args.vararg.iter())
            .chain(&args.kwonlyargs)
            .chain(args.kwarg.iter());
        for a in all {
            if let Some(an) = &a.annotation {
                self.expr(an)?;
                self.emit(Op::Pop, 0);
            }
        }
        if let Some(r) = returns {
            self.expr(r)?;
            self.emit(Op::Pop, 0);
        }
        Ok(())
    }

    fn arg_flags(args: &Arguments) -> u32 {
        let mut f = 0;
        if args.vararg.is_some() {
            f |= flags::VARARGS;
        }
        if args.kwarg.is_some() {
            f |= flags::VARKEYWORDS;
        }
        f
    }

    /// Compiles a function body (def or lambda) into a new code object and
    /// emits the MakeFunction that creates it.
    pub(crate) fn make_function(
        &mut self,
        node_key: usize,
        name: &str,
        args: &Arguments,
        body: FuncBody,
        line: u32,
        returns: Option<&Expr>,
    ) -> Result<(), CompileError> {
        let mut fl = self.emit_defaults(args)?;
        self.emit_annotations(args, returns)?;
        let child = self.st.by_node[&node_key];
        let qual = self.child_qualname(name);
        self.push_unit(child, line, qual);
        self.b().line = line;
        let doc = match &body {
            FuncBody::Stmts(stmts) => {
                let d = docstring_of(stmts);
                self.body(stmts)?;
                if !self.b().is_dead() {
                    self.load_none();
                    self.emit(Op::ReturnValue, 0);
                }
                d
            }
            FuncBody::Expr(e) => {
                self.expr(e)?;
                self.emit(Op::ReturnValue, 0);
                None
            }
        };
        let argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        let code = self.pop_unit(
            name,
            argcount,
            args.posonlyargs.len() as u32,
            args.kwonlyargs.len() as u32,
            Self::arg_flags(args),
            doc,
        );
        fl |= self.emit_closure(child);
        let cv = self.vm.new_code(code);
        self.load_value(cv);
        self.emit(Op::MakeFunction, fl);
        Ok(())
    }

    /// CPython's SETUP_ANNOTATIONS: a module or class body holding a simple
    /// annotated name (`x: int`) starts with `__annotations__ = {}`.
    fn setup_annotations(&mut self, body: &[Stmt]) {
        if has_simple_annotations(body) {
            self.emit(Op::BuildMap, 0);
            self.store_name("__annotations__");
        }
    }

    pub(crate) fn class_def(&mut self, c: &ClassDef, span: Span) -> Result<(), CompileError> {
        for d in &c.decorators {
            self.expr(d)?;
        }
        let line = self.lines.line(span.start) as u32;
        self.emit(Op::LoadBuildClass, 0);
        let child = self.st.by_node[&(c as *const ClassDef as usize)];
        let qual = self.child_qualname(&c.name);
        self.push_unit(child, line, qual.clone());
        self.b().line = line;
        self.load_name("__name__");
        self.store_name("__module__");
        self.load_str(&qual);
        self.store_name("__qualname__");
        if let Some(d) = docstring_of(&c.body) {
            self.load_str(&d);
            self.store_name("__doc__");
        }
        self.setup_annotations(&c.body);
        self.body(&c.body)?;
        if self.st.scopes[child].needs_class_cell {
            let i = self.deref_index("__class__");
            self.emit(Op::LoadClosure, i);
            self.store_name("__classcell__");
        }
        self.load_none();
        self.emit(Op::ReturnValue, 0);
        let code = self.pop_unit(&c.name, 0, 0, 0, flags::NAMESPACE, None);
        let fl = self.emit_closure(child);
        let cv = self.vm.new_code(code);
        self.load_value(cv);
        self.emit(Op::MakeFunction, fl);
        self.load_str(&c.name);
        for b in &c.bases {
            if matches!(b.kind, ExprKind::Starred(_)) {
                return self.err("starred base classes are not supported by piepie", b.span);
            }
            self.expr(b)?;
        }
        // `metaclass=` is accepted only in the embedded library (enum needs
        // class-level iteration, len, subscription and calls); user programs
        // are refused, as SUBSET.md puts metaclasses out of scope.
        let library = crate::stdlib::is_library_file(&self.filename);
        match c.keywords.first() {
            Some(k)
                if library && c.keywords.len() == 1 && k.arg.as_deref() == Some("metaclass") =>
            {
                self.expr(&k.value)?;
                let names = vec![self.vm.intern_static("metaclass")];
                let t = self.vm.new_tuple(names);
                self.load_value(t);
                self.emit(Op::CallKw, 3 + c.bases.len() as u32);
            }
            Some(k) => {
                let msg = match &k.arg {
                    Some(n) if n == "metaclass" => {
                        "metaclasses other than type are not supported by piepie".to_string()
                    }
                    Some(n) => format!("class keyword argument '{n}' is not supported by piepie"),
                    None => "class keyword arguments are not supported by piepie".to_string(),
                };
                return self.err(msg, k.span);
            }
            None => self.emit(Op::Call, 2 + c.bases.len() as u32),
        }
        for _ in &c.decorators {
            self.emit(Op::Call, 1);
        }
        let bound = self.def_name(&c.name);
        self.store_name(&bound);
        Ok(())
    }

    /// The name a `def` or `class` statement binds in the current unit:
    /// private names mangled with the enclosing class's name.
    pub(crate) fn def_name(&mut self, name: &str) -> String {
        let scope = self.unit().scope;
        match self.st.private_of(scope) {
            Some(cls) => mangle::mangle(cls, name),
            None => name.to_string(),
        }
    }
}

/// The body of a function being compiled.
pub(crate) enum FuncBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum NameAccess {
    Load,
    Store,
    Delete,
}
