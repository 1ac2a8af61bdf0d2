//! Shared test helpers: the span-nesting check.

use piepie_syntax::ast::*;

/// Asserts that every span lies inside the source and inside its parent's.
pub fn check_spans(module: &Module, source: &str) {
    let whole = Span::new(0, source.len());
    for stmt in &module.body {
        stmt_spans(stmt, whole, source);
    }
}

fn inside(child: Span, parent: Span, what: &str, source: &str) {
    assert!(
        child.start <= child.end && parent.start <= child.start && child.end <= parent.end,
        "{what} span {child:?} {:?} not inside {parent:?} {:?}",
        source.get(child.start as usize..child.end as usize),
        source.get(parent.start as usize..parent.end as usize),
    );
}

fn stmts(body: &[Stmt], parent: Span, source: &str) {
    for s in body {
        stmt_spans(s, parent, source);
    }
}

fn args_spans(args: &Arguments, parent: Span, source: &str) {
    let all = args
        .posonlyargs
        .iter()
        .chain(&args.args)
        .chain(&args.vararg)
        .chain(&args.kwonlyargs)
        .chain(&args.kwarg);
    for a in all {
        inside(a.span, parent, "arg", source);
        if let Some(ann) = &a.annotation {
            expr_spans(ann, a.span, source);
        }
    }
    for d in args
        .defaults
        .iter()
        .chain(args.kw_defaults.iter().flatten())
    {
        expr_spans(d, parent, source);
    }
}

fn stmt_spans(stmt: &Stmt, parent: Span, source: &str) {
    inside(stmt.span, parent, "stmt", source);
    let me = stmt.span;
    let e = |x: &Expr| expr_spans(x, me, source);
    match &stmt.kind {
        StmtKind::FunctionDef(f) => {
            f.decorators.iter().for_each(e);
            args_spans(&f.args, me, source);
            f.returns.iter().for_each(e);
            stmts(&f.body, me, source);
        }
        StmtKind::ClassDef(c) => {
            c.decorators.iter().for_each(e);
            c.bases.iter().for_each(e);
            for k in &c.keywords {
                inside(k.span, me, "keyword", source);
                expr_spans(&k.value, k.span, source);
            }
            stmts(&c.body, me, source);
        }
        StmtKind::Return(v) => v.iter().for_each(e),
        StmtKind::Delete(t) => t.iter().for_each(e),
        StmtKind::Assign { targets, value } => {
            targets.iter().for_each(e);
            e(value);
        }
        StmtKind::AugAssign { target, value, .. } => {
            e(target);
            e(value);
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            e(target);
            e(annotation);
            value.iter().for_each(e);
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        } => {
            e(target);
            e(iter);
            stmts(body, me, source);
            stmts(orelse, me, source);
        }
        StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
            e(test);
            stmts(body, me, source);
            stmts(orelse, me, source);
        }
        StmtKind::With { items, body } => {
            for item in items {
                e(&item.context_expr);
                item.optional_vars.iter().for_each(e);
            }
            stmts(body, me, source);
        }
        StmtKind::Raise { exc, cause } => {
            exc.iter().for_each(e);
            cause.iter().for_each(e);
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            stmts(body, me, source);
            for h in handlers {
                inside(h.span, me, "handler", source);
                h.typ.iter().for_each(|t| expr_spans(t, h.span, source));
                stmts(&h.body, h.span, source);
            }
            stmts(orelse, me, source);
            stmts(finalbody, me, source);
        }
        StmtKind::Assert { test, msg } => {
            e(test);
            msg.iter().for_each(e);
        }
        StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
            for a in names {
                inside(a.span, me, "alias", source);
            }
        }
        StmtKind::Expr(x) => e(x),
        StmtKind::Global(_)
        | StmtKind::Nonlocal(_)
        | StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue => {}
    }
}

fn comprehension_spans(generators: &[Comprehension], parent: Span, source: &str) {
    for g in generators {
        expr_spans(&g.target, parent, source);
        expr_spans(&g.iter, parent, source);
        for cond in &g.ifs {
            expr_spans(cond, parent, source);
        }
    }
}

fn fstring_spans(parts: &[FStringPart], parent: Span, source: &str) {
    for part in parts {
        if let FStringPart::Field(f) = part {
            expr_spans(&f.value, parent, source);
            if let Some(spec) = &f.format_spec {
                fstring_spans(spec, parent, source);
            }
        }
    }
}

fn expr_spans(expr: &Expr, parent: Span, source: &str) {
    inside(expr.span, parent, "expr", source);
    let me = expr.span;
    let e = |x: &Expr| expr_spans(x, me, source);
    match &expr.kind {
        ExprKind::BoolOp { values, .. } => values.iter().for_each(e),
        ExprKind::NamedExpr { target, value } => {
            e(target);
            e(value);
        }
        ExprKind::BinOp { left, right, .. } => {
            e(left);
            e(right);
        }
        ExprKind::UnaryOp { operand, .. } => e(operand),
        ExprKind::Lambda { args, body } => {
            args_spans(args, me, source);
            e(body);
        }
        ExprKind::IfExp { test, body, orelse } => {
            e(test);
            e(body);
            e(orelse);
        }
        ExprKind::Dict { keys, values } => {
            keys.iter().flatten().for_each(e);
            values.iter().for_each(e);
        }
        ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
            items.iter().for_each(e)
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            e(elt);
            comprehension_spans(generators, me, source);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            e(key);
            e(value);
            comprehension_spans(generators, me, source);
        }
        ExprKind::Yield(v) => v.iter().for_each(|v| e(v)),
        ExprKind::YieldFrom(v) | ExprKind::Starred(v) => e(v),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            e(left);
            comparators.iter().for_each(e);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            e(func);
            args.iter().for_each(e);
            for k in keywords {
                inside(k.span, me, "keyword", source);
                expr_spans(&k.value, k.span, source);
            }
        }
        ExprKind::FormattedValue(parts) => fstring_spans(parts, me, source),
        ExprKind::Attribute { value, .. } => e(value),
        ExprKind::Subscript { value, slice } => {
            e(value);
            e(slice);
        }
        ExprKind::Slice { lower, upper, step } => {
            for part in [lower, upper, step].into_iter().flatten() {
                e(part);
            }
        }
        ExprKind::Constant(_) | ExprKind::Name(_) => {}
    }
}
