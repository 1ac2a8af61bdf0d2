//! Private name mangling, as CPython's compiler and symbol table do it:
//! inside a class body (and the functions, lambdas and comprehensions
//! nested in it) an identifier `__x` that does not end in `__` stands for
//! `_Class__x`. It runs on a copy of the AST before scope analysis, so that
//! the symbol table and the compiler see only mangled names.
//!
//! Mangled: names (every context), attribute names, parameters,
//! `global`/`nonlocal` names, `except ... as` names and the names that
//! imports bind. The names of nested `def`s and classes stay as written
//! (they are the objects' `__name__`): the symbol table and the compiler
//! mangle the name they bind, with [`mangle`]. Not mangled: keyword argument
//! names in calls, the module names that imports load, and anything when the
//! class name is all underscores. A nested class mangles its own body with
//! its own name.

use piepie_syntax::ast::*;

/// `name` as written inside class `class_name`.
pub fn mangle(class_name: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// The module with its private names mangled, or None when it has no class
/// (nothing to mangle).
pub fn mangle_module(module: &Module) -> Option<Module> {
    if !module.body.iter().any(has_class) {
        return None;
    }
    let mut m = module.clone();
    body(&mut m.body, None);
    Some(m)
}

fn has_class(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::ClassDef(_) => true,
        StmtKind::FunctionDef(f) => f.body.iter().any(has_class),
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => {
            body.iter().any(has_class) || orelse.iter().any(has_class)
        }
        StmtKind::With { body, .. } => body.iter().any(has_class),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            body.iter().any(has_class)
                || handlers.iter().any(|h| h.body.iter().any(has_class))
                || orelse.iter().any(has_class)
                || finalbody.iter().any(has_class)
        }
        _ => false,
    }
}

fn name(n: &mut String, p: Option<&str>) {
    if let Some(cls) = p {
        if n.starts_with("__") {
            *n = mangle(cls, n);
        }
    }
}

fn body(stmts: &mut [Stmt], p: Option<&str>) {
    for s in stmts {
        stmt(s, p);
    }
}

fn arguments(a: &mut Arguments, p: Option<&str>) {
    for d in &mut a.defaults {
        expr(d, p);
    }
    for d in a.kw_defaults.iter_mut().flatten() {
        expr(d, p);
    }
    let params = a
        .posonlyargs
        .iter_mut()
        .chain(a.args.iter_mut())
        .chain(a.vararg.iter_mut())
        .chain(a.kwonlyargs.iter_mut())
        .chain(a.kwarg.iter_mut());
    for arg in params {
        name(&mut arg.name, p);
        if let Some(ann) = &mut arg.annotation {
            expr(ann, p);
        }
    }
}

fn alias_binding(a: &mut Alias, p: Option<&str>) {
    match &mut a.asname {
        Some(n) => name(n, p),
        None if a.name != "*" && !a.name.contains('.') => {
            let mut n = a.name.clone();
            name(&mut n, p);
            if n != a.name {
                a.asname = Some(n);
            }
        }
        None => {}
    }
}

fn stmt(s: &mut Stmt, p: Option<&str>) {
    match &mut s.kind {
        // A def's or class's own name stays as written (it is the
        // object's `__name__`); the compiler mangles the name it binds.
        StmtKind::FunctionDef(f) => {
            for d in &mut f.decorators {
                expr(d, p);
            }
            arguments(&mut f.args, p);
            if let Some(r) = &mut f.returns {
                expr(r, p);
            }
            body(&mut f.body, p);
        }
        StmtKind::ClassDef(c) => {
            for e in c.bases.iter_mut().chain(c.decorators.iter_mut()) {
                expr(e, p);
            }
            for k in &mut c.keywords {
                expr(&mut k.value, p);
            }
            let own = c.name.clone();
            body(&mut c.body, Some(&own));
        }
        StmtKind::Return(v) => {
            if let Some(v) = v {
                expr(v, p);
            }
        }
        StmtKind::Delete(ts) => ts.iter_mut().for_each(|t| expr(t, p)),
        StmtKind::Assign { targets, value } => {
            targets.iter_mut().for_each(|t| expr(t, p));
            expr(value, p);
        }
        StmtKind::AugAssign { target, value, .. } => {
            expr(target, p);
            expr(value, p);
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            expr(target, p);
            expr(annotation, p);
            if let Some(v) = value {
                expr(v, p);
            }
        }
        StmtKind::For {
            target,
            iter,
            body: b,
            orelse,
        } => {
            expr(target, p);
            expr(iter, p);
            body(b, p);
            body(orelse, p);
        }
        StmtKind::While {
            test,
            body: b,
            orelse,
        }
        | StmtKind::If {
            test,
            body: b,
            orelse,
        } => {
            expr(test, p);
            body(b, p);
            body(orelse, p);
        }
        StmtKind::With { items, body: b } => {
            for it in items {
                expr(&mut it.context_expr, p);
                if let Some(v) = &mut it.optional_vars {
                    expr(v, p);
                }
            }
            body(b, p);
        }
        StmtKind::Raise { exc, cause } => {
            for e in [exc, cause].into_iter().flatten() {
                expr(e, p);
            }
        }
        StmtKind::Try {
            body: b,
            handlers,
            orelse,
            finalbody,
        } => {
            body(b, p);
            for h in handlers {
                if let Some(t) = &mut h.typ {
                    expr(t, p);
                }
                if let Some(n) = &mut h.name {
                    name(n, p);
                }
                body(&mut h.body, p);
            }
            body(orelse, p);
            body(finalbody, p);
        }
        StmtKind::Assert { test, msg } => {
            expr(test, p);
            if let Some(m) = msg {
                expr(m, p);
            }
        }
        StmtKind::Import(aliases) => aliases.iter_mut().for_each(|a| alias_binding(a, p)),
        StmtKind::ImportFrom { names, .. } => names.iter_mut().for_each(|a| alias_binding(a, p)),
        StmtKind::Global(ns) | StmtKind::Nonlocal(ns) => ns.iter_mut().for_each(|n| name(n, p)),
        StmtKind::Expr(e) => expr(e, p),
        StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
    }
}

fn comprehensions(gens: &mut [Comprehension], p: Option<&str>) {
    for g in gens {
        expr(&mut g.target, p);
        expr(&mut g.iter, p);
        g.ifs.iter_mut().for_each(|e| expr(e, p));
    }
}

fn fstring(parts: &mut [FStringPart], p: Option<&str>) {
    for part in parts {
        if let FStringPart::Field(f) = part {
            expr(&mut f.value, p);
            if let Some(spec) = &mut f.format_spec {
                fstring(spec, p);
            }
        }
    }
}

fn expr(e: &mut Expr, p: Option<&str>) {
    match &mut e.kind {
        ExprKind::BoolOp { values, .. } => values.iter_mut().for_each(|v| expr(v, p)),
        ExprKind::NamedExpr { target, value } => {
            expr(target, p);
            expr(value, p);
        }
        ExprKind::BinOp { left, right, .. } => {
            expr(left, p);
            expr(right, p);
        }
        ExprKind::UnaryOp { operand, .. } => expr(operand, p),
        ExprKind::Lambda { args, body } => {
            arguments(args, p);
            expr(body, p);
        }
        ExprKind::IfExp { test, body, orelse } => {
            expr(test, p);
            expr(body, p);
            expr(orelse, p);
        }
        ExprKind::Dict { keys, values } => {
            keys.iter_mut().flatten().for_each(|k| expr(k, p));
            values.iter_mut().for_each(|v| expr(v, p));
        }
        ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
            items.iter_mut().for_each(|v| expr(v, p))
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            expr(elt, p);
            comprehensions(generators, p);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            expr(key, p);
            expr(value, p);
            comprehensions(generators, p);
        }
        ExprKind::Yield(v) => {
            if let Some(v) = v {
                expr(v, p);
            }
        }
        ExprKind::YieldFrom(v) | ExprKind::Starred(v) => expr(v, p),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            expr(left, p);
            comparators.iter_mut().for_each(|c| expr(c, p));
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            expr(func, p);
            args.iter_mut().for_each(|a| expr(a, p));
            // Keyword argument names are never mangled.
            keywords.iter_mut().for_each(|k| expr(&mut k.value, p));
        }
        ExprKind::FormattedValue(parts) => fstring(parts, p),
        ExprKind::Constant(_) => {}
        ExprKind::Attribute { value, attr } => {
            expr(value, p);
            name(attr, p);
        }
        ExprKind::Subscript { value, slice } => {
            expr(value, p);
            expr(slice, p);
        }
        ExprKind::Name(n) => name(n, p),
        ExprKind::Slice { lower, upper, step } => {
            for x in [lower, upper, step].into_iter().flatten() {
                expr(x, p);
            }
        }
    }
}
