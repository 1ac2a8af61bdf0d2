//! A guard against ASTs nested too deeply for recursive consumers.
//!
//! The parser itself is table-driven and builds any depth, but the compiler
//! walks the tree recursively, and so does `Drop`. CPython refuses such
//! programs too (a `RecursionError` or `MemoryError` while compiling), so
//! piepie refuses them with a syntax error. Both the measurement and the
//! disposal of a rejected tree are iterative: they never recurse.

use crate::ast::*;
use crate::error::LocatedError;

/// The deepest nesting of statements and expressions piepie accepts.
pub const MAX_DEPTH: usize = 1000;

enum Node<'a> {
    Stmt(&'a Stmt),
    Expr(&'a Expr),
}

/// Checks the depth of `body`; on failure returns the error and disposes of
/// the tree without recursion.
pub fn check(body: Vec<Stmt>) -> Result<Vec<Stmt>, LocatedError> {
    match too_deep(&body) {
        None => Ok(body),
        Some(at) => {
            dispose(body);
            Err(LocatedError::at(
                format!("too many nested expressions (piepie's limit is {MAX_DEPTH})"),
                at,
            ))
        }
    }
}

/// Checks the depth of one expression (for `eval()`).
pub fn check_expr(expr: Expr) -> Result<Expr, LocatedError> {
    let body = vec![Stmt {
        span: expr.span,
        kind: StmtKind::Expr(expr),
    }];
    let mut body = check(body)?;
    match body.pop().map(|s| s.kind) {
        Some(StmtKind::Expr(e)) => Ok(e),
        _ => Err(LocatedError::at("invalid syntax", 0)),
    }
}

/// The start of the first node nested deeper than [`MAX_DEPTH`].
fn too_deep(body: &[Stmt]) -> Option<usize> {
    let mut stack: Vec<(Node, usize)> = body.iter().map(|s| (Node::Stmt(s), 1)).collect();
    let mut children = Vec::new();
    while let Some((node, depth)) = stack.pop() {
        if depth > MAX_DEPTH {
            let span = match node {
                Node::Stmt(s) => s.span,
                Node::Expr(e) => e.span,
            };
            return Some(span.start as usize);
        }
        match node {
            Node::Stmt(s) => stmt_children(s, &mut children),
            Node::Expr(e) => expr_children(e, &mut children),
        }
        stack.extend(children.drain(..).map(|c| (c, depth + 1)));
    }
    None
}

fn stmt_children<'a>(s: &'a Stmt, out: &mut Vec<Node<'a>>) {
    let mut exprs: Vec<&Expr> = Vec::new();
    let mut bodies: Vec<&[Stmt]> = Vec::new();
    match &s.kind {
        StmtKind::FunctionDef(f) => {
            exprs.extend(&f.decorators);
            exprs.extend(&f.returns);
            args_exprs(&f.args, &mut exprs);
            bodies.push(&f.body);
        }
        StmtKind::ClassDef(c) => {
            exprs.extend(&c.decorators);
            exprs.extend(&c.bases);
            exprs.extend(c.keywords.iter().map(|k| &k.value));
            bodies.push(&c.body);
        }
        StmtKind::Return(v) => exprs.extend(v),
        StmtKind::Delete(t) => exprs.extend(t),
        StmtKind::Assign { targets, value } => {
            exprs.extend(targets);
            exprs.push(value);
        }
        StmtKind::AugAssign { target, value, .. } => exprs.extend([target, value]),
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            exprs.extend([target, annotation]);
            exprs.extend(value);
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        } => {
            exprs.extend([target, iter]);
            bodies.extend([&body[..], &orelse[..]]);
        }
        StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
            exprs.push(test);
            bodies.extend([&body[..], &orelse[..]]);
        }
        StmtKind::With { items, body } => {
            for item in items {
                exprs.push(&item.context_expr);
                exprs.extend(&item.optional_vars);
            }
            bodies.push(body);
        }
        StmtKind::Raise { exc, cause } => {
            exprs.extend(exc);
            exprs.extend(cause);
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            bodies.extend([&body[..], &orelse[..], &finalbody[..]]);
            for h in handlers {
                exprs.extend(&h.typ);
                bodies.push(&h.body);
            }
        }
        StmtKind::Assert { test, msg } => {
            exprs.push(test);
            exprs.extend(msg);
        }
        StmtKind::Expr(e) => exprs.push(e),
        StmtKind::Import(_)
        | StmtKind::ImportFrom { .. }
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_)
        | StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue => {}
    }
    out.extend(exprs.into_iter().map(Node::Expr));
    out.extend(bodies.into_iter().flatten().map(Node::Stmt));
}

fn args_exprs<'a>(args: &'a Arguments, out: &mut Vec<&'a Expr>) {
    out.extend(&args.defaults);
    out.extend(args.kw_defaults.iter().flatten());
    let all = args
        .posonlyargs
        .iter()
        .chain(&args.args)
        .chain(&args.vararg)
        .chain(&args.kwonlyargs)
        .chain(&args.kwarg);
    out.extend(all.filter_map(|a| a.annotation.as_ref()));
}

fn comprehension_exprs<'a>(generators: &'a [Comprehension], out: &mut Vec<Node<'a>>) {
    for g in generators {
        out.push(Node::Expr(&g.target));
        out.push(Node::Expr(&g.iter));
        out.extend(g.ifs.iter().map(Node::Expr));
    }
}

fn fstring_exprs<'a>(parts: &'a [FStringPart], out: &mut Vec<Node<'a>>) {
    for part in parts {
        if let FStringPart::Field(f) = part {
            out.push(Node::Expr(&f.value));
            if let Some(spec) = &f.format_spec {
                fstring_exprs(spec, out);
            }
        }
    }
}

fn expr_children<'a>(e: &'a Expr, out: &mut Vec<Node<'a>>) {
    let mut push = |x: &'a Expr| out.push(Node::Expr(x));
    match &e.kind {
        ExprKind::BoolOp { values, .. } => values.iter().for_each(push),
        ExprKind::NamedExpr { target, value } => {
            push(target);
            push(value);
        }
        ExprKind::BinOp { left, right, .. } => {
            push(left);
            push(right);
        }
        ExprKind::UnaryOp { operand, .. } => push(operand),
        ExprKind::Lambda { args, body } => {
            let mut exprs = Vec::new();
            args_exprs(args, &mut exprs);
            exprs.into_iter().for_each(&mut push);
            push(body);
        }
        ExprKind::IfExp { test, body, orelse } => {
            push(test);
            push(body);
            push(orelse);
        }
        ExprKind::Dict { keys, values } => {
            keys.iter().flatten().for_each(&mut push);
            values.iter().for_each(push);
        }
        ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
            items.iter().for_each(push)
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            push(elt);
            comprehension_exprs(generators, out);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            push(key);
            push(value);
            comprehension_exprs(generators, out);
        }
        ExprKind::Yield(v) => v.iter().for_each(|v| push(v)),
        ExprKind::YieldFrom(v) | ExprKind::Starred(v) | ExprKind::Attribute { value: v, .. } => {
            push(v)
        }
        ExprKind::Compare {
            left, comparators, ..
        } => {
            push(left);
            comparators.iter().for_each(push);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            push(func);
            args.iter().for_each(&mut push);
            keywords.iter().for_each(|k| push(&k.value));
        }
        ExprKind::FormattedValue(parts) => fstring_exprs(parts, out),
        ExprKind::Subscript { value, slice } => {
            push(value);
            push(slice);
        }
        ExprKind::Slice { lower, upper, step } => {
            [lower, upper, step]
                .into_iter()
                .flatten()
                .for_each(|x| push(x));
        }
        ExprKind::Constant(_) | ExprKind::Name(_) => {}
    }
}

/// Drops a tree without recursion: every node is detached from its parent
/// before it is dropped.
fn dispose(body: Vec<Stmt>) {
    let mut stmts = body;
    let mut exprs: Vec<Expr> = Vec::new();
    loop {
        if let Some(stmt) = stmts.pop() {
            detach_stmt(stmt, &mut stmts, &mut exprs);
        } else if let Some(expr) = exprs.pop() {
            detach_expr(expr, &mut exprs);
        } else {
            break;
        }
    }
}

fn detach_stmt(stmt: Stmt, stmts: &mut Vec<Stmt>, exprs: &mut Vec<Expr>) {
    match stmt.kind {
        StmtKind::FunctionDef(f) => {
            let f = *f;
            stmts.extend(f.body);
            exprs.extend(f.decorators);
            exprs.extend(f.returns);
            detach_args(f.args, exprs);
        }
        StmtKind::ClassDef(c) => {
            let c = *c;
            stmts.extend(c.body);
            exprs.extend(c.decorators);
            exprs.extend(c.bases);
            exprs.extend(c.keywords.into_iter().map(|k| k.value));
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        } => {
            exprs.extend([target, iter]);
            stmts.extend(body);
            stmts.extend(orelse);
        }
        StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
            exprs.push(test);
            stmts.extend(body);
            stmts.extend(orelse);
        }
        StmtKind::With { items, body } => {
            for item in items {
                exprs.push(item.context_expr);
                exprs.extend(item.optional_vars);
            }
            stmts.extend(body);
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            stmts.extend(body);
            stmts.extend(orelse);
            stmts.extend(finalbody);
            for h in handlers {
                exprs.extend(h.typ);
                stmts.extend(h.body);
            }
        }
        StmtKind::Expr(e) | StmtKind::Return(Some(e)) => exprs.push(e),
        StmtKind::Assign { targets, value } => {
            exprs.extend(targets);
            exprs.push(value);
        }
        StmtKind::AugAssign { target, value, .. } => exprs.extend([target, value]),
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            exprs.extend([target, annotation]);
            exprs.extend(value);
        }
        StmtKind::Delete(targets) => exprs.extend(targets),
        StmtKind::Raise { exc, cause } => {
            exprs.extend(exc);
            exprs.extend(cause);
        }
        StmtKind::Assert { test, msg } => {
            exprs.push(test);
            exprs.extend(msg);
        }
        _ => {}
    }
}

fn detach_args(args: Arguments, exprs: &mut Vec<Expr>) {
    exprs.extend(args.defaults);
    exprs.extend(args.kw_defaults.into_iter().flatten());
    let all = args
        .posonlyargs
        .into_iter()
        .chain(args.args)
        .chain(args.vararg)
        .chain(args.kwonlyargs)
        .chain(args.kwarg);
    exprs.extend(all.filter_map(|a| a.annotation));
}

fn detach_expr(expr: Expr, exprs: &mut Vec<Expr>) {
    match expr.kind {
        ExprKind::BoolOp { values, .. } => exprs.extend(values),
        ExprKind::NamedExpr { target, value } => exprs.extend([*target, *value]),
        ExprKind::BinOp { left, right, .. } => exprs.extend([*left, *right]),
        ExprKind::UnaryOp { operand, .. } => exprs.push(*operand),
        ExprKind::Lambda { body, args } => {
            exprs.push(*body);
            detach_args(*args, exprs);
        }
        ExprKind::IfExp { test, body, orelse } => exprs.extend([*test, *body, *orelse]),
        ExprKind::Dict { keys, values } => {
            exprs.extend(keys.into_iter().flatten());
            exprs.extend(values);
        }
        ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
            exprs.extend(items)
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            exprs.push(*elt);
            for g in generators {
                exprs.extend([g.target, g.iter]);
                exprs.extend(g.ifs);
            }
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            exprs.extend([*key, *value]);
            for g in generators {
                exprs.extend([g.target, g.iter]);
                exprs.extend(g.ifs);
            }
        }
        ExprKind::Yield(Some(v))
        | ExprKind::YieldFrom(v)
        | ExprKind::Starred(v)
        | ExprKind::Attribute { value: v, .. } => exprs.push(*v),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            exprs.push(*left);
            exprs.extend(comparators);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            exprs.push(*func);
            exprs.extend(args);
            exprs.extend(keywords.into_iter().map(|k| k.value));
        }
        ExprKind::Subscript { value, slice } => exprs.extend([*value, *slice]),
        ExprKind::Slice { lower, upper, step } => {
            exprs.extend([lower, upper, step].into_iter().flatten().map(|b| *b));
        }
        ExprKind::FormattedValue(parts) => {
            let mut pending = parts;
            while let Some(part) = pending.pop() {
                if let FStringPart::Field(f) = part {
                    exprs.push(*f.value);
                    pending.extend(f.format_spec.into_iter().flatten());
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use crate::parse_module;

    #[test]
    fn deep_expressions_are_refused_without_overflow() {
        for source in [
            format!("x = {}1\n", "-".repeat(100_000)),
            format!("x = {}\n", vec!["1"; 100_000].join("+")),
            format!("x = {}1\n", "not ".repeat(50_000)),
        ] {
            let e = parse_module(&source, "x.py").unwrap_err();
            assert!(
                e.msg.starts_with("too many nested expressions"),
                "{}",
                e.msg
            );
        }
    }

    #[test]
    fn ordinary_depth_is_fine() {
        let source = format!("x = {}\n", vec!["1"; 500].join("+"));
        parse_module(&source, "x.py").unwrap();
    }
}
