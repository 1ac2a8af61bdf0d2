//! A compact S-expression rendering of the AST, for tests and golden files.
//!
//! The format is one line per statement, nested statements indented by two
//! spaces; expressions print as `(Kind child ...)`, names bare, constants as
//! Python literals (`'s'`, `b'x'`, `1`, `1.5`, `None`). Spans are not shown.

use std::fmt::Write;

use crate::ast::*;

/// The whole module, one statement per line.
pub fn dump_module(module: &Module) -> String {
    let mut out = String::new();
    for stmt in &module.body {
        dump_stmt(stmt, 0, &mut out);
    }
    out
}

fn line(out: &mut String, indent: usize, text: &str) {
    out.push_str(&"  ".repeat(indent));
    out.push_str(text);
    out.push('\n');
}

fn block(out: &mut String, indent: usize, label: &str, body: &[Stmt]) {
    if body.is_empty() {
        return;
    }
    line(out, indent, label);
    for s in body {
        dump_stmt(s, indent + 1, out);
    }
}

fn list(items: &[Expr]) -> String {
    let inner: Vec<String> = items.iter().map(dump_expr).collect();
    format!("[{}]", inner.join(" "))
}

fn opt(e: &Option<Expr>) -> String {
    e.as_ref().map_or("-".to_string(), dump_expr)
}

/// One statement (and its nested blocks) at `indent`.
pub fn dump_stmt(stmt: &Stmt, indent: usize, out: &mut String) {
    match &stmt.kind {
        StmtKind::FunctionDef(f) => {
            let decorators = if f.decorators.is_empty() {
                String::new()
            } else {
                format!(" @{}", list(&f.decorators))
            };
            let returns = f
                .returns
                .as_ref()
                .map_or(String::new(), |r| format!(" -> {}", dump_expr(r)));
            line(
                out,
                indent,
                &format!(
                    "def {}({}){returns}{decorators}",
                    f.name,
                    dump_args(&f.args)
                ),
            );
            for s in &f.body {
                dump_stmt(s, indent + 1, out);
            }
        }
        StmtKind::ClassDef(c) => {
            let keywords: Vec<String> = c.keywords.iter().map(dump_keyword).collect();
            let decorators = if c.decorators.is_empty() {
                String::new()
            } else {
                format!(" @{}", list(&c.decorators))
            };
            line(
                out,
                indent,
                &format!(
                    "class {} {} [{}]{decorators}",
                    c.name,
                    list(&c.bases),
                    keywords.join(" ")
                ),
            );
            for s in &c.body {
                dump_stmt(s, indent + 1, out);
            }
        }
        StmtKind::Return(v) => line(out, indent, &format!("return {}", opt(v))),
        StmtKind::Delete(targets) => line(out, indent, &format!("del {}", list(targets))),
        StmtKind::Assign { targets, value } => line(
            out,
            indent,
            &format!("assign {} {}", list(targets), dump_expr(value)),
        ),
        StmtKind::AugAssign { target, op, value } => line(
            out,
            indent,
            &format!(
                "augassign {} {} {}",
                dump_expr(target),
                op.symbol(),
                dump_expr(value)
            ),
        ),
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        } => line(
            out,
            indent,
            &format!(
                "annassign {} {} {} simple={simple}",
                dump_expr(target),
                dump_expr(annotation),
                opt(value)
            ),
        ),
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        } => {
            line(
                out,
                indent,
                &format!("for {} {}", dump_expr(target), dump_expr(iter)),
            );
            for s in body {
                dump_stmt(s, indent + 1, out);
            }
            block(out, indent, "else", orelse);
        }
        StmtKind::While { test, body, orelse } => {
            line(out, indent, &format!("while {}", dump_expr(test)));
            for s in body {
                dump_stmt(s, indent + 1, out);
            }
            block(out, indent, "else", orelse);
        }
        StmtKind::If { test, body, orelse } => {
            line(out, indent, &format!("if {}", dump_expr(test)));
            for s in body {
                dump_stmt(s, indent + 1, out);
            }
            block(out, indent, "else", orelse);
        }
        StmtKind::With { items, body } => {
            let items: Vec<String> = items
                .iter()
                .map(|i| {
                    format!(
                        "{} as {}",
                        dump_expr(&i.context_expr),
                        opt(&i.optional_vars)
                    )
                })
                .collect();
            line(out, indent, &format!("with {}", items.join(", ")));
            for s in body {
                dump_stmt(s, indent + 1, out);
            }
        }
        StmtKind::Raise { exc, cause } => line(
            out,
            indent,
            &format!("raise {} from {}", opt(exc), opt(cause)),
        ),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            line(out, indent, "try");
            for s in body {
                dump_stmt(s, indent + 1, out);
            }
            for h in handlers {
                let name = h.name.as_deref().unwrap_or("-");
                line(out, indent, &format!("except {} as {name}", opt(&h.typ)));
                for s in &h.body {
                    dump_stmt(s, indent + 1, out);
                }
            }
            block(out, indent, "else", orelse);
            block(out, indent, "finally", finalbody);
        }
        StmtKind::Assert { test, msg } => line(
            out,
            indent,
            &format!("assert {} {}", dump_expr(test), opt(msg)),
        ),
        StmtKind::Import(names) => line(out, indent, &format!("import {}", aliases(names))),
        StmtKind::ImportFrom {
            module,
            names,
            level,
        } => line(
            out,
            indent,
            &format!(
                "from {}{} import {}",
                ".".repeat(*level as usize),
                module.as_deref().unwrap_or(""),
                aliases(names)
            ),
        ),
        StmtKind::Global(names) => line(out, indent, &format!("global {}", names.join(" "))),
        StmtKind::Nonlocal(names) => line(out, indent, &format!("nonlocal {}", names.join(" "))),
        StmtKind::Expr(e) => line(out, indent, &format!("expr {}", dump_expr(e))),
        StmtKind::Pass => line(out, indent, "pass"),
        StmtKind::Break => line(out, indent, "break"),
        StmtKind::Continue => line(out, indent, "continue"),
    }
}

fn aliases(names: &[Alias]) -> String {
    let v: Vec<String> = names
        .iter()
        .map(|a| match &a.asname {
            Some(asname) => format!("{} as {asname}", a.name),
            None => a.name.clone(),
        })
        .collect();
    v.join(", ")
}

fn dump_arg(a: &Arg) -> String {
    match &a.annotation {
        Some(ann) => format!("{}:{}", a.name, dump_expr(ann)),
        None => a.name.clone(),
    }
}

/// A parameter list: `a b=1 / c * d=2 **kw` style, defaults attached.
pub fn dump_args(args: &Arguments) -> String {
    let mut parts = Vec::new();
    let positional: Vec<&Arg> = args.posonlyargs.iter().chain(&args.args).collect();
    let first_default = positional.len() - args.defaults.len().min(positional.len());
    for (i, a) in positional.iter().enumerate() {
        let mut s = dump_arg(a);
        if i >= first_default {
            let _ = write!(s, "={}", dump_expr(&args.defaults[i - first_default]));
        }
        parts.push(s);
        if i + 1 == args.posonlyargs.len() {
            parts.push("/".to_string());
        }
    }
    if let Some(v) = &args.vararg {
        parts.push(format!("*{}", dump_arg(v)));
    } else if !args.kwonlyargs.is_empty() {
        parts.push("*".to_string());
    }
    for (a, d) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
        let mut s = dump_arg(a);
        if let Some(d) = d {
            let _ = write!(s, "={}", dump_expr(d));
        }
        parts.push(s);
    }
    if let Some(k) = &args.kwarg {
        parts.push(format!("**{}", dump_arg(k)));
    }
    parts.join(" ")
}

fn dump_keyword(k: &Keyword) -> String {
    match &k.arg {
        Some(name) => format!("{name}={}", dump_expr(&k.value)),
        None => format!("**{}", dump_expr(&k.value)),
    }
}

fn dump_comprehensions(generators: &[Comprehension]) -> String {
    let v: Vec<String> = generators
        .iter()
        .map(|g| {
            let mut s = format!("for {} in {}", dump_expr(&g.target), dump_expr(&g.iter));
            for cond in &g.ifs {
                let _ = write!(s, " if {}", dump_expr(cond));
            }
            s
        })
        .collect();
    v.join(" ")
}

fn dump_constant(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::True => "True".into(),
        Constant::False => "False".into(),
        Constant::Ellipsis => "...".into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt { digits, radix } => match radix {
            2 => format!("0b{digits}"),
            8 => format!("0o{digits}"),
            16 => format!("0x{digits}"),
            _ => digits.clone(),
        },
        Constant::Float(f) => format!("{f:?}"),
        Constant::Str(s) => format!("{s:?}"),
        Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
    }
}

fn dump_fstring(parts: &[FStringPart]) -> String {
    let v: Vec<String> = parts
        .iter()
        .map(|p| match p {
            FStringPart::Literal(s) => format!("{s:?}"),
            FStringPart::Field(f) => {
                let mut s = format!("{{{}", dump_expr(&f.value));
                if let Some(d) = &f.debug_text {
                    let _ = write!(s, " debug={d:?}");
                }
                if let Some(c) = f.conversion {
                    let _ = write!(s, " !{c}");
                }
                if let Some(spec) = &f.format_spec {
                    let _ = write!(s, " :{}", dump_fstring(spec));
                }
                s.push('}');
                s
            }
        })
        .collect();
    format!("(f {})", v.join(" "))
}

/// One expression as an S-expression.
pub fn dump_expr(e: &Expr) -> String {
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let op = if *op == BoolOpKind::And { "and" } else { "or" };
            format!("({op} {})", join(values))
        }
        ExprKind::NamedExpr { target, value } => {
            format!("(:= {} {})", dump_expr(target), dump_expr(value))
        }
        ExprKind::BinOp { left, op, right } => {
            format!("({} {} {})", op.symbol(), dump_expr(left), dump_expr(right))
        }
        ExprKind::UnaryOp { op, operand } => {
            let op = match op {
                UnaryOpKind::Invert => "~",
                UnaryOpKind::Not => "not",
                UnaryOpKind::UAdd => "u+",
                UnaryOpKind::USub => "u-",
            };
            format!("({op} {})", dump_expr(operand))
        }
        ExprKind::Lambda { args, body } => {
            format!("(lambda ({}) {})", dump_args(args), dump_expr(body))
        }
        ExprKind::IfExp { test, body, orelse } => format!(
            "(if {} {} {})",
            dump_expr(test),
            dump_expr(body),
            dump_expr(orelse)
        ),
        ExprKind::Dict { keys, values } => {
            let v: Vec<String> = keys
                .iter()
                .zip(values)
                .map(|(k, v)| match k {
                    Some(k) => format!("{}:{}", dump_expr(k), dump_expr(v)),
                    None => format!("**{}", dump_expr(v)),
                })
                .collect();
            format!("{{{}}}", v.join(" "))
        }
        ExprKind::Set(items) => format!("(set {})", join(items)),
        ExprKind::ListComp { elt, generators } => {
            format!(
                "(listcomp {} {})",
                dump_expr(elt),
                dump_comprehensions(generators)
            )
        }
        ExprKind::SetComp { elt, generators } => {
            format!(
                "(setcomp {} {})",
                dump_expr(elt),
                dump_comprehensions(generators)
            )
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => format!(
            "(dictcomp {}:{} {})",
            dump_expr(key),
            dump_expr(value),
            dump_comprehensions(generators)
        ),
        ExprKind::GeneratorExp { elt, generators } => {
            format!(
                "(genexp {} {})",
                dump_expr(elt),
                dump_comprehensions(generators)
            )
        }
        ExprKind::Yield(v) => match v {
            Some(v) => format!("(yield {})", dump_expr(v)),
            None => "(yield)".to_string(),
        },
        ExprKind::YieldFrom(v) => format!("(yield-from {})", dump_expr(v)),
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            let mut s = format!("(cmp {}", dump_expr(left));
            for (op, c) in ops.iter().zip(comparators) {
                let op = match op {
                    CmpOp::Eq => "==",
                    CmpOp::NotEq => "!=",
                    CmpOp::Lt => "<",
                    CmpOp::LtE => "<=",
                    CmpOp::Gt => ">",
                    CmpOp::GtE => ">=",
                    CmpOp::Is => "is",
                    CmpOp::IsNot => "is-not",
                    CmpOp::In => "in",
                    CmpOp::NotIn => "not-in",
                };
                let _ = write!(s, " {op} {}", dump_expr(c));
            }
            s.push(')');
            s
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            let mut parts: Vec<String> = args.iter().map(dump_expr).collect();
            parts.extend(keywords.iter().map(dump_keyword));
            if parts.is_empty() {
                format!("(call {})", dump_expr(func))
            } else {
                format!("(call {} {})", dump_expr(func), parts.join(" "))
            }
        }
        ExprKind::FormattedValue(parts) => dump_fstring(parts),
        ExprKind::Constant(c) => dump_constant(c),
        ExprKind::Attribute { value, attr } => format!("(. {} {attr})", dump_expr(value)),
        ExprKind::Subscript { value, slice } => {
            format!("([] {} {})", dump_expr(value), dump_expr(slice))
        }
        ExprKind::Starred(v) => format!("*{}", dump_expr(v)),
        ExprKind::Name(n) => n.clone(),
        ExprKind::List(items) => format!("(list {})", join(items)),
        ExprKind::Tuple(items) => format!("(tuple {})", join(items)),
        ExprKind::Slice { lower, upper, step } => {
            let part = |p: &Option<Box<Expr>>| p.as_deref().map_or("-".to_string(), dump_expr);
            format!("(slice {} {} {})", part(lower), part(upper), part(step))
        }
    }
}

fn join(items: &[Expr]) -> String {
    let v: Vec<String> = items.iter().map(dump_expr).collect();
    v.join(" ")
}
