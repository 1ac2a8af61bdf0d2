//! Symbol tables: which names of each scope are local, cell, free, global.
//!
//! Runs before code generation over the whole module. Every function,
//! lambda, class body and comprehension gets a [`Scope`], keyed by the
//! address of its AST node (the AST is not moved between the two passes).
//!
//! Rules (CPython's): a name bound in a function (assignment, parameter,
//! import, def, for target, `except ... as`, walrus) is local unless declared
//! `global`/`nonlocal`; a name used but not bound is free if an enclosing
//! *function* scope binds it, else global. Class scopes do not provide
//! bindings to nested scopes. A local captured by a nested scope becomes a
//! cell. A walrus inside a comprehension binds in the nearest enclosing
//! non-comprehension scope. A function using `super` or `__class__` directly
//! inside a class gets the implicit `__class__` cell of that class.

use piepie_syntax::ast::*;
use std::collections::{HashMap, HashSet};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    /// A comprehension or generator expression's implicit function.
    Comprehension,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NameKind {
    /// A fast local (functions) or namespace name (module/class).
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Names bound here, in first-binding order (parameters first).
    pub bound: Vec<String>,
    bound_set: HashSet<String>,
    pub params: Vec<String>,
    pub used: HashSet<String>,
    pub globals: HashSet<String>,
    pub nonlocals: HashSet<String>,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    pub is_generator: bool,
    /// Resolved after analysis.
    pub resolved: HashMap<String, NameKind>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub needs_class_cell: bool,
    pub uses_super: bool,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            bound: Vec::new(),
            bound_set: HashSet::new(),
            params: Vec::new(),
            used: HashSet::new(),
            globals: HashSet::new(),
            nonlocals: HashSet::new(),
            children: Vec::new(),
            parent,
            is_generator: false,
            resolved: HashMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            needs_class_cell: false,
            uses_super: false,
        }
    }

    fn bind(&mut self, name: &str) {
        if self.bound_set.insert(name.to_string()) {
            self.bound.push(name.to_string());
        }
    }

    pub fn lookup(&self, name: &str) -> NameKind {
        match self.resolved.get(name) {
            Some(k) => *k,
            None => match self.kind {
                ScopeKind::Module | ScopeKind::Class => NameKind::Local,
                _ => NameKind::GlobalImplicit,
            },
        }
    }
}

/// A syntax-level error found during analysis (message, span).
#[derive(Debug)]
pub struct ScopeError {
    pub msg: String,
    pub span: Span,
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    pub by_node: HashMap<usize, usize>,
}

impl SymbolTable {
    pub fn scope_of<T>(&self, node: &T) -> usize {
        self.by_node[&(node as *const T as usize)]
    }

    /// The name of the nearest class whose body encloses scope `id` (or
    /// is it), for private name mangling.
    pub fn private_of(&self, id: usize) -> Option<&str> {
        private_of(&self.scopes, id)
    }
}

fn private_of(scopes: &[Scope], id: usize) -> Option<&str> {
    let mut cur = Some(id);
    while let Some(i) = cur {
        if scopes[i].kind == ScopeKind::Class {
            return Some(&scopes[i].name);
        }
        cur = scopes[i].parent;
    }
    None
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    cur: usize,
    errors: Vec<ScopeError>,
    /// Decimal literals over `sys.get_int_max_str_digits()`: CPython's
    /// parser refuses them, so they are reported before any scope error.
    literal_errors: Vec<ScopeError>,
}

impl Builder {
    fn new(top: Scope) -> Builder {
        Builder {
            scopes: vec![top],
            by_node: HashMap::new(),
            cur: 0,
            errors: Vec::new(),
            literal_errors: Vec::new(),
        }
    }

    /// The error to report, if any: a literal error first, as CPython's
    /// parser would have raised it before the symbol table ran.
    fn first_error(&mut self) -> Option<ScopeError> {
        let literal = std::mem::take(&mut self.literal_errors).into_iter().next();
        literal.or_else(|| std::mem::take(&mut self.errors).into_iter().next())
    }

    /// Refuses a decimal literal with more digits than the int/str
    /// conversion limit, with CPython's message.
    fn check_int_literal(&mut self, c: &Constant, span: Span) {
        let Constant::BigInt { digits, radix: 10 } = c else {
            return;
        };
        let limit = crate::object::num_parse::int_max_str_digits();
        if limit > 0 && digits.len() > limit {
            let msg = crate::object::num_parse::str_to_int_limit_error(limit, digits.len());
            self.literal_errors.push(ScopeError {
                msg: format!(
                    "{msg} - Consider hexadecimal for huge integer literals \
                     to avoid decimal conversion limits."
                ),
                span,
            });
        }
    }
}

pub fn analyze(module: &Module, is_module: bool) -> Result<SymbolTable, ScopeError> {
    let top = Scope::new(
        if is_module {
            ScopeKind::Module
        } else {
            ScopeKind::Function
        },
        "<module>",
        None,
    );
    let mut b = Builder::new(top);
    b.by_node.insert(module as *const Module as usize, 0);
    for s in &module.body {
        b.stmt(s);
    }
    if let Some(e) = b.first_error() {
        return Err(e);
    }
    let mut st = SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    };
    resolve(&mut st, 0, &HashSet::new())?;
    Ok(st)
}

/// Analysis for `eval`: the expression is the module body.
pub fn analyze_expr(expr: &Expr) -> Result<SymbolTable, ScopeError> {
    let mut b = Builder::new(Scope::new(ScopeKind::Module, "<module>", None));
    b.expr(expr);
    if let Some(e) = b.first_error() {
        return Err(e);
    }
    let mut st = SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    };
    resolve(&mut st, 0, &HashSet::new())?;
    Ok(st)
}

impl Builder {
    /// `name` as bound by a `def` or `class` in the current scope: mangled
    /// with the nearest enclosing class's name (see `mangle.rs`).
    fn def_name(&self, name: &str) -> String {
        match private_of(&self.scopes, self.cur) {
            Some(cls) => super::mangle::mangle(cls, name),
            None => name.to_string(),
        }
    }

    fn push(&mut self, kind: ScopeKind, name: &str, key: usize) -> usize {
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, name, Some(self.cur)));
        self.scopes[self.cur].children.push(id);
        self.by_node.insert(key, id);
        let prev = self.cur;
        self.cur = id;
        prev
    }

    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.cur]
    }

    fn bind(&mut self, name: &str, span: Span) {
        let cur = self.cur;
        let s = &mut self.scopes[cur];
        if s.kind != ScopeKind::Module && s.globals.contains(name) && !s.bound_set.contains(name) {
            // global declared: binding is fine, records nothing local.
        }
        let _ = span;
        s.bind(name);
    }

    fn use_name(&mut self, name: &str) {
        self.scope().used.insert(name.to_string());
    }

    fn body(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn args_defaults(&mut self, args: &Arguments) {
        for d in &args.defaults {
            self.expr(d);
        }
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d);
        }
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            if let Some(an) = &a.annotation {
                self.expr(an);
            }
        }
        for a in args.vararg.iter().chain(&args.kwarg) {
            if let Some(an) = &a.annotation {
                self.expr(an);
            }
        }
    }

    fn params(&mut self, args: &Arguments) {
        let all: Vec<&Arg> = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
            .chain(args.vararg.iter())
            .chain(args.kwarg.iter())
            .collect();
        for a in all {
            if self.scope().bound_set.contains(&a.name) {
                self.errors.push(ScopeError {
                    msg: format!("duplicate argument '{}' in function definition", a.name),
                    span: a.span,
                });
            }
            self.scope().params.push(a.name.clone());
            self.scope().bind(&a.name);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d);
                }
                self.args_defaults(&f.args);
                if let Some(r) = &f.returns {
                    self.expr(r);
                }
                let bound = self.def_name(&f.name);
                self.bind(&bound, s.span);
                let prev = self.push(
                    ScopeKind::Function,
                    &f.name,
                    &**f as *const FunctionDef as usize,
                );
                self.params(&f.args);
                self.body(&f.body);
                self.cur = prev;
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d);
                }
                for b in &c.bases {
                    self.expr(b);
                }
                for k in &c.keywords {
                    self.expr(&k.value);
                }
                let bound = self.def_name(&c.name);
                self.bind(&bound, s.span);
                let prev = self.push(ScopeKind::Class, &c.name, &**c as *const ClassDef as usize);
                self.body(&c.body);
                self.cur = prev;
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            StmtKind::Delete(ts) => {
                for t in ts {
                    self.target(t);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value);
                if let ExprKind::Name(n) = &target.kind {
                    self.use_name(n);
                }
                self.target(target);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                if let Some(v) = value {
                    self.expr(v);
                }
                self.expr(annotation);
                if value.is_some() || !matches!(target.kind, ExprKind::Name(_)) {
                    self.target(target);
                } else if let ExprKind::Name(n) = &target.kind {
                    // `x: int` alone makes x local in a function, as in CPython.
                    self.bind(n, target.span);
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter);
                self.target(target);
                self.body(body);
                self.body(orelse);
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.body(body);
                self.body(orelse);
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test);
                self.body(body);
                self.body(orelse);
            }
            StmtKind::With { items, body } => {
                for it in items {
                    self.expr(&it.context_expr);
                    if let Some(v) = &it.optional_vars {
                        self.target(v);
                    }
                }
                self.body(body);
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e);
                }
                if let Some(c) = cause {
                    self.expr(c);
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.body(body);
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t);
                    }
                    if let Some(n) = &h.name {
                        self.bind(n, h.span);
                    }
                    self.body(&h.body);
                }
                self.body(orelse);
                self.body(finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Import(names) => {
                for a in names {
                    let bound = a
                        .asname
                        .clone()
                        .unwrap_or_else(|| a.name.split('.').next().unwrap_or("").to_string());
                    self.bind(&bound, a.span);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.scope().kind != ScopeKind::Module {
                            self.errors.push(ScopeError {
                                msg: "import * only allowed at module level".into(),
                                span: s.span,
                            });
                        }
                        continue;
                    }
                    let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.bind(&bound, a.span);
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    let sc = &self.scopes[self.cur];
                    if sc.bound_set.contains(n) || sc.used.contains(n) {
                        let what = if sc.params.contains(n) {
                            format!("name '{n}' is parameter and global")
                        } else if sc.bound_set.contains(n) {
                            format!("name '{n}' is assigned to before global declaration")
                        } else {
                            format!("name '{n}' is used prior to global declaration")
                        };
                        self.errors.push(ScopeError {
                            msg: what,
                            span: s.span,
                        });
                    }
                    self.scope().globals.insert(n.clone());
                }
            }
            StmtKind::Nonlocal(names) => {
                for n in names {
                    let sc = &self.scopes[self.cur];
                    if sc.kind == ScopeKind::Module {
                        self.errors.push(ScopeError {
                            msg: "nonlocal declaration not allowed at module level".into(),
                            span: s.span,
                        });
                        continue;
                    }
                    if sc.bound_set.contains(n) || sc.used.contains(n) {
                        let what = if sc.params.contains(n) {
                            format!("name '{n}' is parameter and nonlocal")
                        } else if sc.bound_set.contains(n) {
                            format!("name '{n}' is assigned to before nonlocal declaration")
                        } else {
                            format!("name '{n}' is used prior to nonlocal declaration")
                        };
                        self.errors.push(ScopeError {
                            msg: what,
                            span: s.span,
                        });
                    }
                    self.scope().nonlocals.insert(n.clone());
                }
            }
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
    }

    fn target(&mut self, t: &Expr) {
        match &t.kind {
            ExprKind::Name(n) => self.bind(n, t.span),
            ExprKind::Tuple(es) | ExprKind::List(es) => {
                for e in es {
                    self.target(e);
                }
            }
            ExprKind::Starred(e) => self.target(e),
            _ => self.expr(t),
        }
    }

    fn comprehension(
        &mut self,
        node_key: usize,
        name: &str,
        gens: &[Comprehension],
        elts: &[&Expr],
        is_gen: bool,
    ) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = gens.first() {
            self.expr(&first.iter);
        }
        let prev = self.push(ScopeKind::Comprehension, name, node_key);
        self.scope().is_generator = is_gen;
        self.scope().params.push(".0".into());
        self.scope().bind(".0");
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            self.target(&g.target);
            for c in &g.ifs {
                self.expr(c);
            }
        }
        for e in elts {
            self.expr(e);
        }
        self.cur = prev;
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => values.iter().for_each(|v| self.expr(v)),
            ExprKind::NamedExpr { target, value } => {
                self.expr(value);
                if let ExprKind::Name(n) = &target.kind {
                    // Bind in the nearest non-comprehension scope.
                    let mut s = self.cur;
                    while self.scopes[s].kind == ScopeKind::Comprehension {
                        let p = self.scopes[s].parent.unwrap_or(0);
                        // Inside the comprehension the name is free.
                        self.scopes[s].nonlocals.insert(n.clone());
                        s = p;
                    }
                    if self.scopes[s].kind == ScopeKind::Class && s != self.cur {
                        self.errors.push(ScopeError {
                            msg: "assignment expression within a comprehension cannot be used in a class body".into(),
                            span: e.span,
                        });
                    }
                    self.scopes[s].bind(n);
                    if s != self.cur && self.scopes[s].kind == ScopeKind::Module {
                        // Module-level walrus from a comprehension: global.
                        let mut c = self.cur;
                        while c != s {
                            self.scopes[c].nonlocals.remove(n);
                            self.scopes[c].globals.insert(n.clone());
                            c = self.scopes[c].parent.unwrap_or(0);
                        }
                    }
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Lambda { args, body } => {
                self.args_defaults(args);
                let prev = self.push(ScopeKind::Function, "<lambda>", e as *const Expr as usize);
                self.params(args);
                self.expr(body);
                self.cur = prev;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k);
                }
                values.iter().for_each(|v| self.expr(v));
            }
            ExprKind::Set(es) | ExprKind::List(es) | ExprKind::Tuple(es) => {
                es.iter().for_each(|v| self.expr(v))
            }
            ExprKind::ListComp { elt, generators } => self.comprehension(
                e as *const Expr as usize,
                "<listcomp>",
                generators,
                &[elt],
                false,
            ),
            ExprKind::SetComp { elt, generators } => self.comprehension(
                e as *const Expr as usize,
                "<setcomp>",
                generators,
                &[elt],
                false,
            ),
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(
                e as *const Expr as usize,
                "<genexpr>",
                generators,
                &[elt],
                true,
            ),
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(
                e as *const Expr as usize,
                "<dictcomp>",
                generators,
                &[key, value],
                false,
            ),
            ExprKind::Yield(v) => {
                self.mark_generator(e.span);
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            ExprKind::YieldFrom(v) => {
                self.mark_generator(e.span);
                self.expr(v);
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left);
                comparators.iter().for_each(|c| self.expr(c));
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func);
                args.iter().for_each(|a| self.expr(a));
                keywords.iter().for_each(|k| self.expr(&k.value));
            }
            ExprKind::FormattedValue(parts) => self.fstring(parts),
            ExprKind::Constant(c) => self.check_int_literal(c, e.span),
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice } => {
                self.expr(value);
                self.expr(slice);
            }
            ExprKind::Starred(v) => self.expr(v),
            ExprKind::Name(n) => {
                if n == "super" || n == "__class__" {
                    self.scope().uses_super = true;
                }
                self.use_name(n);
            }
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x);
                }
            }
        }
    }

    fn fstring(&mut self, parts: &[FStringPart]) {
        for p in parts {
            if let FStringPart::Field(f) = p {
                self.expr(&f.value);
                if let Some(spec) = &f.format_spec {
                    self.fstring(spec);
                }
            }
        }
    }

    fn mark_generator(&mut self, span: Span) {
        let kind = self.scope().kind;
        match kind {
            ScopeKind::Function => self.scope().is_generator = true,
            ScopeKind::Comprehension => {
                if !self.scope().is_generator {
                    self.errors.push(ScopeError {
                        msg: "'yield' inside list comprehension".into(),
                        span,
                    })
                }
            }
            _ => self.errors.push(ScopeError {
                msg: "'yield' outside function".into(),
                span,
            }),
        }
    }
}

/// Resolves names top-down. `enclosing` holds names bound in enclosing
/// function scopes (visible as free variables).
fn resolve(st: &mut SymbolTable, id: usize, enclosing: &HashSet<String>) -> Result<(), ScopeError> {
    let kind = st.scopes[id].kind;
    // Names this scope makes visible to children.
    let mut visible = enclosing.clone();
    {
        let s = &mut st.scopes[id];
        for n in s.nonlocals.clone() {
            if !enclosing.contains(&n) {
                return Err(ScopeError {
                    msg: format!("no binding for nonlocal '{n}' found"),
                    span: Span::default(),
                });
            }
            s.resolved.insert(n, NameKind::Free);
        }
        for n in s.globals.clone() {
            s.resolved.insert(n.clone(), NameKind::GlobalExplicit);
            visible.remove(&n);
        }
        let bound = s.bound.clone();
        for n in &bound {
            if s.resolved.contains_key(n) {
                continue;
            }
            s.resolved.insert(n.clone(), NameKind::Local);
        }
        if matches!(kind, ScopeKind::Function | ScopeKind::Comprehension) {
            for n in &bound {
                if s.resolved.get(n) == Some(&NameKind::Local) {
                    visible.insert(n.clone());
                }
            }
        }
        let used: Vec<String> = s.used.iter().cloned().collect();
        for n in used {
            if s.resolved.contains_key(&n) {
                continue;
            }
            if enclosing.contains(&n) {
                s.resolved.insert(n, NameKind::Free);
            } else if kind != ScopeKind::Module && kind != ScopeKind::Class {
                s.resolved.insert(n, NameKind::GlobalImplicit);
            }
        }
        if kind == ScopeKind::Module {
            visible.clear();
        }
        if s.uses_super && kind == ScopeKind::Function {
            // Implicit `__class__` from the enclosing class (resolved below).
        }
    }
    // A function directly in a class that uses super/__class__ gets the cell.
    if matches!(kind, ScopeKind::Function) && st.scopes[id].uses_super {
        if let Some(p) = st.scopes[id].parent {
            if st.scopes[p].kind == ScopeKind::Class || enclosing.contains("__class__") {
                st.scopes[id]
                    .resolved
                    .insert("__class__".into(), NameKind::Free);
            }
        }
    }
    if kind == ScopeKind::Class {
        // Methods may see `__class__` (the class cell) if they use super.
        let children = st.scopes[id].children.clone();
        let any_super = children.iter().any(|&c| subtree_uses_super(st, c));
        if any_super {
            st.scopes[id].needs_class_cell = true;
            visible.insert("__class__".into());
        }
    }
    let children = st.scopes[id].children.clone();
    for c in children {
        resolve(st, c, &visible)?;
    }
    // Free names of children that we bind locally become our cells; free names
    // of children we don't bind are free here too (pass-through).
    let mut cells = Vec::new();
    let mut frees: Vec<String> = Vec::new();
    for &c in &st.scopes[id].children {
        for f in &st.scopes[c].freevars {
            frees.push(f.clone());
        }
    }
    {
        let s = &mut st.scopes[id];
        for f in frees {
            if f == "__class__" && kind == ScopeKind::Class {
                continue;
            }
            match s.resolved.get(&f) {
                Some(NameKind::Local) | Some(NameKind::Cell) if kind != ScopeKind::Class => {
                    s.resolved.insert(f.clone(), NameKind::Cell);
                    if !cells.contains(&f) {
                        cells.push(f);
                    }
                }
                Some(NameKind::GlobalExplicit) => {}
                Some(NameKind::Free) => {
                    if !s.freevars.contains(&f) {
                        s.freevars.push(f);
                    }
                }
                _ => {
                    if kind == ScopeKind::Class {
                        // Pass-through free variable of a class body.
                        if !s.freevars.contains(&f) {
                            s.freevars.push(f.clone());
                        }
                        if !s.resolved.contains_key(&f) {
                            s.resolved.insert(f, NameKind::Free);
                        }
                    } else if !s.freevars.contains(&f) {
                        s.resolved.insert(f.clone(), NameKind::Free);
                        s.freevars.push(f);
                    }
                }
            }
        }
        if s.needs_class_cell {
            cells.push("__class__".into());
        }
        // Own free variables (used directly here).
        let mut own: Vec<String> = s
            .resolved
            .iter()
            .filter(|(_, k)| **k == NameKind::Free)
            .map(|(n, _)| n.clone())
            .collect();
        own.sort();
        for n in own {
            if !s.freevars.contains(&n) {
                s.freevars.push(n);
            }
        }
        s.cellvars = cells;
    }
    Ok(())
}

fn subtree_uses_super(st: &SymbolTable, id: usize) -> bool {
    let s = &st.scopes[id];
    if s.kind == ScopeKind::Class {
        return false;
    }
    s.uses_super || s.children.iter().any(|&c| subtree_uses_super(st, c))
}
