//! AST construction for the grammar's actions: everything a rule does beyond
//! wrapping its children — assignment-target validation, parameter lists,
//! call arguments — with CPython's error messages and locations.
//!
//! Functions here take byte positions from the grammar (`@L`/`@R`) and return
//! [`LocatedError`]s; the grammar wraps them into LALRPOP's `User` errors.

use crate::ast::*;
use crate::error::LocatedError;

/// What the grammar's single entry point produced.
#[derive(Debug)]
pub enum Top {
    Module(Vec<Stmt>),
    Expr(Expr),
}

pub fn expr(l: usize, r: usize, kind: ExprKind) -> Expr {
    Expr {
        span: Span::new(l, r),
        kind,
    }
}

pub fn stmt(l: usize, r: usize, kind: StmtKind) -> Stmt {
    Stmt {
        span: Span::new(l, r),
        kind,
    }
}

/// The end of a compound statement: the end of its last nested statement.
pub fn end_of(body: &[Stmt], fallback: usize) -> usize {
    body.last().map_or(fallback, |s| s.span.end as usize)
}

fn error_at(e: &Expr, msg: impl Into<String>) -> LocatedError {
    LocatedError::new(msg, e.span.start as usize, e.span.end as usize)
}

/// `a, b` (a tuple) or `a` (itself): the shape of comma-separated lists.
pub fn tuple_or_single(l: usize, mut items: Vec<Expr>, trailing_comma: bool, r: usize) -> Expr {
    if items.len() == 1 && !trailing_comma {
        items.pop().expect("one item")
    } else {
        expr(l, r, ExprKind::Tuple(items))
    }
}

/// `(x)`, `(x,)`, `(*a, b)`: a parenthesized single expression keeps its own
/// span; a tuple covers the parentheses.
pub fn parenthesized(
    l: usize,
    mut items: Vec<Expr>,
    trailing_comma: bool,
    r: usize,
) -> Result<Expr, LocatedError> {
    if items.len() == 1 && !trailing_comma {
        let item = items.pop().expect("one item");
        if matches!(item.kind, ExprKind::Starred(_)) {
            return Err(error_at(&item, "cannot use starred expression here"));
        }
        return Ok(item);
    }
    Ok(expr(l, r, ExprKind::Tuple(items)))
}

/// CPython's `_PyPegen_get_expr_name`: how messages name an expression.
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::FormattedValue(_) => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::True) => "True",
        ExprKind::Constant(Constant::False) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// Which statement a target belongs to (CPython's `TARGETS_TYPE`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TargetKind {
    Assign,
    For,
    Del,
}

/// CPython's `_PyPegen_get_invalid_target`: the first sub-expression that
/// cannot be a target, if any.
fn invalid_target(e: &Expr, kind: TargetKind) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List(items) | ExprKind::Tuple(items) => {
            items.iter().find_map(|item| invalid_target(item, kind))
        }
        ExprKind::Starred(value) => {
            if kind == TargetKind::Del {
                Some(e)
            } else {
                invalid_target(value, kind)
            }
        }
        ExprKind::Compare { left, ops, .. } if kind == TargetKind::For => {
            if ops.first() == Some(&CmpOp::In) {
                invalid_target(left, kind)
            } else {
                None
            }
        }
        ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// Whether `e` is an expression CPython's `invalid_named_expression` rule
/// sees as `a = b` written for `a == b` (it excludes displays, tuples and
/// the three named constants, and anything looser than `|`).
fn looks_like_comparison_typo(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::List(_)
            | ExprKind::Tuple(_)
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Constant(Constant::None | Constant::True | Constant::False)
            | ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::UnaryOp {
                op: UnaryOpKind::Not,
                ..
            }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::Starred(_)
    )
}

/// Checks a store or delete target, with CPython's messages.
pub fn check_target(e: &Expr, kind: TargetKind) -> Result<(), LocatedError> {
    if let Some(bad) = invalid_target(e, kind) {
        let verb = if kind == TargetKind::Del {
            "delete"
        } else {
            "assign to"
        };
        return Err(error_at(bad, format!("cannot {verb} {}", expr_name(bad))));
    }
    if kind != TargetKind::Del {
        check_starred_targets(e)?;
    }
    Ok(())
}

/// The compiler's rules on starred targets: only inside a tuple or list,
/// at most one per level.
fn check_starred_targets(e: &Expr) -> Result<(), LocatedError> {
    match &e.kind {
        ExprKind::Starred(_) => Err(error_at(
            e,
            "starred assignment target must be in a list or tuple",
        )),
        ExprKind::List(items) | ExprKind::Tuple(items) => {
            let starred = items
                .iter()
                .filter(|i| matches!(i.kind, ExprKind::Starred(_)))
                .count();
            if starred > 1 {
                return Err(error_at(e, "multiple starred expressions in assignment"));
            }
            for item in items {
                match &item.kind {
                    ExprKind::Starred(inner) => check_starred_targets(inner)?,
                    _ => check_starred_targets(item)?,
                }
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// A value position rejects a bare `*x`.
fn check_value(value: &Expr) -> Result<(), LocatedError> {
    if matches!(value.kind, ExprKind::Starred(_)) {
        return Err(error_at(value, "can't use starred expression here"));
    }
    Ok(())
}

/// The right-hand side or target of an assignment, and whether it was a bare
/// (unparenthesized) `yield`.
pub type AssignPart = (Expr, bool);

/// An expression statement or a (chained) assignment.
pub fn assign_or_expr(
    l: usize,
    first: AssignPart,
    rest: Vec<AssignPart>,
    r: usize,
) -> Result<Stmt, LocatedError> {
    if rest.is_empty() {
        check_value(&first.0)?;
        return Ok(stmt(l, r, StmtKind::Expr(first.0)));
    }
    let mut parts = vec![first];
    parts.extend(rest);
    let (value, _) = parts.pop().expect("a value");
    check_value(&value)?;
    let single = parts.len() == 1;
    let mut targets = Vec::with_capacity(parts.len());
    for (target, bare_yield) in parts {
        if bare_yield {
            return Err(error_at(
                &target,
                "assignment to yield expression not possible",
            ));
        }
        if let Some(bad) = invalid_target(&target, TargetKind::Assign) {
            let typo = single
                && looks_like_comparison_typo(bad)
                && (std::ptr::eq(bad, &target) || is_unparenthesized_tuple(&target));
            let msg = if typo {
                format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    expr_name(bad)
                )
            } else {
                format!("cannot assign to {}", expr_name(bad))
            };
            return Err(error_at(bad, msg));
        }
        check_starred_targets(&target)?;
        targets.push(target);
    }
    Ok(stmt(l, r, StmtKind::Assign { targets, value }))
}

/// A tuple written without parentheses starts where its first item does.
fn is_unparenthesized_tuple(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Tuple(items) => items.first().is_some_and(|i| i.span.start == e.span.start),
        _ => false,
    }
}

pub fn aug_assign(
    l: usize,
    target: Expr,
    op: BinOp,
    value: Expr,
    r: usize,
) -> Result<Stmt, LocatedError> {
    match target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        _ => {
            let msg = format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(&target)
            );
            return Err(error_at(&target, msg));
        }
    }
    check_value(&value)?;
    Ok(stmt(l, r, StmtKind::AugAssign { target, op, value }))
}

pub fn ann_assign(
    l: usize,
    target: Expr,
    annotation: Expr,
    value: Option<Expr>,
    r: usize,
) -> Result<Stmt, LocatedError> {
    let simple = match &target.kind {
        ExprKind::Name(_) => true,
        ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => false,
        ExprKind::Tuple(items) if is_unparenthesized_tuple(&target) => {
            return Err(error_at(
                &items[0],
                "only single target (not tuple) can be annotated",
            ));
        }
        ExprKind::Tuple(_) => {
            return Err(error_at(
                &target,
                "only single target (not tuple) can be annotated",
            ))
        }
        ExprKind::List(_) => {
            return Err(error_at(
                &target,
                "only single target (not list) can be annotated",
            ))
        }
        _ => return Err(error_at(&target, "illegal target for annotation")),
    };
    if let Some(value) = &value {
        check_value(value)?;
    }
    Ok(stmt(
        l,
        r,
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        },
    ))
}

pub fn delete(l: usize, targets: Vec<Expr>, r: usize) -> Result<Stmt, LocatedError> {
    for target in &targets {
        check_target(target, TargetKind::Del)?;
    }
    Ok(stmt(l, r, StmtKind::Delete(targets)))
}

/// Builds an `if` with its `elif` chain folded into nested `orelse`s.
pub fn if_stmt(
    l: usize,
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<(usize, Expr, Vec<Stmt>)>,
    orelse: Option<Vec<Stmt>>,
) -> Stmt {
    let mut orelse = orelse.unwrap_or_default();
    for (elif_l, test, body) in elifs.into_iter().rev() {
        let end = end_of(&orelse, end_of(&body, test.span.end as usize));
        orelse = vec![stmt(elif_l, end, StmtKind::If { test, body, orelse })];
    }
    let end = end_of(&orelse, end_of(&body, test.span.end as usize));
    stmt(l, end, StmtKind::If { test, body, orelse })
}

/// One item of a call's argument list.
#[derive(Debug)]
pub enum CallArg {
    Positional(Expr),
    /// `*iterable`
    Starred(Expr),
    /// `name=value`
    Keyword(Keyword),
    /// `**mapping`
    DoubleStarred(Keyword),
    /// An unparenthesized generator expression (only valid alone).
    Generator(Expr),
}

/// Sorts call arguments into positional and keyword lists, with CPython's
/// ordering rules.
/// `close` is the position of the closing parenthesis, where CPython points
/// its ordering errors.
pub fn call_args(
    items: Vec<CallArg>,
    trailing_comma: bool,
    close: usize,
) -> Result<(Vec<Expr>, Vec<Keyword>), LocatedError> {
    let count = items.len();
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let mut seen_keyword = false;
    let mut seen_double_star = false;
    for item in items {
        match item {
            CallArg::Generator(g) => {
                if count > 1 || trailing_comma {
                    return Err(error_at(&g, "Generator expression must be parenthesized"));
                }
                args.push(g);
            }
            CallArg::Positional(e) => {
                if seen_double_star {
                    return Err(LocatedError::new(
                        "positional argument follows keyword argument unpacking",
                        close,
                        close + 1,
                    ));
                }
                if seen_keyword {
                    return Err(LocatedError::new(
                        "positional argument follows keyword argument",
                        close,
                        close + 1,
                    ));
                }
                args.push(e);
            }
            CallArg::Starred(e) => {
                if seen_double_star {
                    let start = e.span.start as usize;
                    return Err(LocatedError::new(
                        "iterable argument unpacking follows keyword argument unpacking",
                        start,
                        start + 1,
                    ));
                }
                args.push(e);
            }
            CallArg::Keyword(k) => {
                if let Some(prev) = keywords.iter().find(|p| p.arg == k.arg) {
                    let _ = prev;
                    let name = k.arg.clone().unwrap_or_default();
                    return Err(LocatedError::new(
                        format!("keyword argument repeated: {name}"),
                        k.span.start as usize,
                        k.span.end as usize,
                    ));
                }
                seen_keyword = true;
                keywords.push(k);
            }
            CallArg::DoubleStarred(k) => {
                seen_double_star = true;
                keywords.push(k);
            }
        }
    }
    Ok((args, keywords))
}

/// One item of a parameter list, before validation.
#[derive(Debug)]
pub enum ParamItem {
    /// `name[: annotation][= default]`
    Plain(Arg, Option<Expr>),
    /// `/` at this position.
    Slash(usize, usize),
    /// `*` or `*args`; the position of the star.
    Star(usize, Option<Arg>),
    /// `**kwargs`
    DoubleStar(Arg),
}

/// Validates a parameter list and builds [`Arguments`].
pub fn parameters(items: Vec<ParamItem>) -> Result<Arguments, LocatedError> {
    let mut out = Arguments::default();
    let mut seen_slash = false;
    let mut star: Option<usize> = None;
    let mut seen_default = false;
    let mut after_kwarg = false;
    let mut names: Vec<&str> = Vec::new();
    let arg_error = |a: &Arg, msg: &str| {
        LocatedError::new(
            msg,
            a.span.start as usize,
            a.span.start as usize + a.name.len(),
        )
    };
    for item in &items {
        if after_kwarg {
            let (start, end) = match item {
                ParamItem::Plain(a, _) | ParamItem::DoubleStar(a) => {
                    (a.span.start as usize, a.span.start as usize + a.name.len())
                }
                ParamItem::Slash(l, r) => (*l, *r),
                ParamItem::Star(l, _) => (*l, l + 1),
            };
            return Err(LocatedError::new(
                "arguments cannot follow var-keyword argument",
                start,
                end,
            ));
        }
        match item {
            ParamItem::Plain(arg, default) => {
                if star.is_some() {
                    out.kwonlyargs.push(arg.clone());
                    out.kw_defaults.push(default.clone());
                } else {
                    match default {
                        Some(d) => {
                            seen_default = true;
                            out.defaults.push(d.clone());
                        }
                        None if seen_default => {
                            return Err(arg_error(
                                arg,
                                "non-default argument follows default argument",
                            ))
                        }
                        None => {}
                    }
                    out.args.push(arg.clone());
                }
            }
            ParamItem::Slash(l, r) => {
                if seen_slash {
                    return Err(LocatedError::new("/ may appear only once", *l, *r));
                }
                if star.is_some() {
                    return Err(LocatedError::new("/ must be ahead of *", *l, *r));
                }
                if out.args.is_empty() {
                    return Err(LocatedError::new(
                        "at least one argument must precede /",
                        *l,
                        *r,
                    ));
                }
                seen_slash = true;
                out.posonlyargs = std::mem::take(&mut out.args);
            }
            ParamItem::Star(l, vararg) => {
                if star.is_some() {
                    return Err(LocatedError::new(
                        "* argument may appear only once",
                        *l,
                        l + 1,
                    ));
                }
                star = Some(*l);
                out.vararg = vararg.clone();
            }
            ParamItem::DoubleStar(arg) => {
                out.kwarg = Some(arg.clone());
                after_kwarg = true;
            }
        }
    }
    if let Some(star_at) = star {
        if out.vararg.is_none() && out.kwonlyargs.is_empty() {
            return Err(LocatedError::new(
                "named arguments must follow bare *",
                star_at,
                star_at + 1,
            ));
        }
    }
    let all = out
        .posonlyargs
        .iter()
        .chain(&out.args)
        .chain(&out.vararg)
        .chain(&out.kwonlyargs)
        .chain(&out.kwarg);
    for arg in all {
        if names.contains(&arg.name.as_str()) {
            return Err(arg_error(
                arg,
                &format!("duplicate argument '{}' in function definition", arg.name),
            ));
        }
        names.push(&arg.name);
    }
    Ok(out)
}

/// Sums the leading dots of a relative import (`...` is one token).
pub fn import_level(dots: &[u32]) -> u32 {
    dots.iter().sum()
}

/// `from m import a, b,` needs parentheses for its trailing comma.
pub fn import_names(
    names: Vec<Alias>,
    trailing_comma: Option<usize>,
    parenthesized: bool,
    end: usize,
) -> Result<Vec<Alias>, LocatedError> {
    if names.is_empty() {
        return Err(LocatedError::at("invalid syntax", end));
    }
    if let (Some(comma), false) = (trailing_comma, parenthesized) {
        return Err(LocatedError::at(
            "trailing comma not allowed without surrounding parentheses",
            comma + 1,
        ));
    }
    Ok(names)
}

/// Wraps an action's error for LALRPOP.
pub fn user(
    error: LocatedError,
) -> lalrpop_util::ParseError<usize, crate::token::Tok, LocatedError> {
    lalrpop_util::ParseError::User { error }
}

pub fn binop(l: usize, left: Expr, op: BinOp, right: Expr, r: usize) -> Expr {
    expr(
        l,
        r,
        ExprKind::BinOp {
            left: Box::new(left),
            op,
            right: Box::new(right),
        },
    )
}
