//! Expression code generation: operators, displays, calls, comprehensions,
//! f-strings, conditional jumps.

use super::builder::Label;
use super::stmt::binop_kind;
use super::{CompileError, Compiler, FuncBody};
use crate::bytecode::{CmpKind, Op, UnaryKind};
use crate::vm::arith::Num;
use piepie_syntax::ast::*;

type R = Result<(), CompileError>;

/// CPython's limits on folding integer `*`, `**` and `<<` at compile time
/// (results up to 128 bits; Python/ast_opt.c).
fn fold_size_ok(op: BinOp, x: &Num, y: &Num) -> bool {
    const MAX_INT_BITS: u64 = 128;
    fn bits(n: &Num) -> Option<u64> {
        match n {
            Num::Small(i) => Some(64 - u64::from(i.unsigned_abs().leading_zeros())),
            Num::Int(b) => Some(b.bits()),
            Num::Float(_) => None,
        }
    }
    let (Some(xb), Some(yb)) = (bits(x), bits(y)) else {
        return true;
    };
    let y_value = match y {
        Num::Small(i) => Some(*i),
        _ => None,
    };
    match op {
        BinOp::Mult => xb + yb <= MAX_INT_BITS,
        BinOp::Pow | BinOp::LShift => {
            let x_zero = matches!(x, Num::Small(0));
            match y_value {
                _ if x_zero => true,
                Some(w) if w <= 0 => true,
                Some(w) if op == BinOp::Pow => xb.saturating_mul(w as u64) <= MAX_INT_BITS,
                Some(w) => (w as u64) <= MAX_INT_BITS && xb <= MAX_INT_BITS - w as u64,
                None => false,
            }
        }
        _ => true,
    }
}

fn cmp_kind(op: CmpOp) -> CmpKind {
    match op {
        CmpOp::Eq => CmpKind::Eq,
        CmpOp::NotEq => CmpKind::Ne,
        CmpOp::Lt => CmpKind::Lt,
        CmpOp::LtE => CmpKind::Le,
        CmpOp::Gt => CmpKind::Gt,
        CmpOp::GtE => CmpKind::Ge,
        CmpOp::Is => CmpKind::Is,
        CmpOp::IsNot => CmpKind::IsNot,
        CmpOp::In => CmpKind::In,
        CmpOp::NotIn => CmpKind::NotIn,
    }
}

fn is_starred(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Starred(_))
}

impl<'vm> Compiler<'vm> {
    pub(crate) fn expr(&mut self, e: &Expr) -> R {
        let saved_line = self.b().line;
        let line = self.lines.line(e.span.start) as u32;
        self.b().line = line;
        self.expr_inner(e)?;
        self.b().line = saved_line;
        Ok(())
    }

    fn expr_inner(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::Constant(c) => self.load_constant(c),
            ExprKind::Name(n) => self.load_name(n),
            ExprKind::BoolOp { op, values } => {
                let end = self.b().new_label();
                let jump = match op {
                    BoolOpKind::And => Op::JumpIfFalseOrPop,
                    BoolOpKind::Or => Op::JumpIfTrueOrPop,
                };
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        self.b().emit_jump(jump, end);
                    }
                }
                self.b().bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::Dup, 0);
                self.store_target(target)?;
            }
            ExprKind::BinOp { left, op, right } => {
                if *op == BinOp::MatMult {
                    return self.err("the '@' operator is not supported by piepie", e.span);
                }
                self.expr(left)?;
                self.expr(right)?;
                self.set_line(e.span);
                self.emit(Op::BinaryOp, binop_kind(*op) as u32);
            }
            ExprKind::UnaryOp { op, operand } => {
                // Fold `-<number>` so `-5` is one constant (as CPython does).
                if let (UnaryOpKind::USub, ExprKind::Constant(Constant::Int(n))) =
                    (op, &operand.kind)
                {
                    if let Some(neg) = n.checked_neg() {
                        self.load_int(neg);
                        return Ok(());
                    }
                }
                if let (UnaryOpKind::USub, ExprKind::Constant(Constant::Float(f))) =
                    (op, &operand.kind)
                {
                    self.load_constant(&Constant::Float(-f));
                    return Ok(());
                }
                self.expr(operand)?;
                let k = match op {
                    UnaryOpKind::USub => UnaryKind::Neg,
                    UnaryOpKind::UAdd => UnaryKind::Pos,
                    UnaryOpKind::Invert => UnaryKind::Invert,
                    UnaryOpKind::Not => UnaryKind::Not,
                };
                self.emit(Op::UnaryOp, k as u32);
            }
            ExprKind::Lambda { args, body } => {
                let line = self.lines.line(e.span.start) as u32;
                self.make_function(
                    e as *const Expr as usize,
                    "<lambda>",
                    args,
                    FuncBody::Expr(body),
                    line,
                    None,
                )?;
            }
            ExprKind::IfExp { test, body, orelse } => {
                let else_l = self.b().new_label();
                let end = self.b().new_label();
                self.cond_jump(test, false, else_l)?;
                self.expr(body)?;
                self.b().emit_jump(Op::Jump, end);
                self.b().bind(else_l);
                self.expr(orelse)?;
                self.b().bind(end);
            }
            ExprKind::Dict { keys, values } => {
                if keys.iter().all(|k| k.is_some()) {
                    for (k, v) in keys.iter().zip(values) {
                        if let Some(k) = k {
                            self.expr(k)?;
                        }
                        self.expr(v)?;
                    }
                    self.emit(Op::BuildMap, keys.len() as u32);
                } else {
                    self.emit(Op::BuildMap, 0);
                    let mut pending = 0;
                    for (k, v) in keys.iter().zip(values) {
                        match k {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(v)?;
                                pending += 1;
                            }
                            None => {
                                if pending > 0 {
                                    self.emit(Op::BuildMap, pending);
                                    self.emit(Op::DictUpdate, 1);
                                    pending = 0;
                                }
                                self.expr(v)?;
                                self.emit(Op::DictUpdate, 1);
                            }
                        }
                    }
                    if pending > 0 {
                        self.emit(Op::BuildMap, pending);
                        self.emit(Op::DictUpdate, 1);
                    }
                }
            }
            ExprKind::Set(elts) => self.sequence(elts, Op::BuildSet)?,
            ExprKind::List(elts) => self.sequence(elts, Op::BuildList)?,
            ExprKind::Tuple(elts) => self.sequence(elts, Op::BuildTuple)?,
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, CompKind::List, elt, None, generators)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, CompKind::Set, elt, None, generators)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, CompKind::Gen, elt, None, generators)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, CompKind::Dict, key, Some(value), generators)?,
            ExprKind::Yield(v) => {
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_none(),
                }
                self.emit(Op::YieldValue, 0);
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v)?;
                self.emit(Op::GetYieldFromIter, 0);
                self.load_none();
                let top = self.b().new_label();
                let done = self.b().new_label();
                self.b().bind(top);
                self.b().emit_jump(Op::YieldFrom, done);
                // Not done: the yielded value was passed out; the sent value is on top.
                self.b().emit_jump(Op::Jump, top);
                self.b().bind(done);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords, e.span)?,
            ExprKind::FormattedValue(parts) => self.fstring(parts)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                self.set_line(e.span);
                let i = self.name_index(attr);
                self.emit(Op::LoadAttr, i);
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                if let ExprKind::Slice { lower, upper, step } = &slice.kind {
                    let n = self.slice_bounds(lower, upper, step)?;
                    self.emit(Op::BinarySlice, n);
                } else {
                    self.expr(slice)?;
                    self.emit(Op::BinarySubscr, 0);
                }
            }
            ExprKind::Starred(_) => return self.err("can't use starred expression here", e.span),
            ExprKind::Slice { lower, upper, step } => {
                let n = self.slice_bounds(lower, upper, step)?;
                self.emit(Op::BuildSlice, n);
            }
        }
        Ok(())
    }

    /// Pushes a slice's bounds (None for an absent lower or upper bound);
    /// returns how many were pushed: 2, or 3 with a step.
    pub(crate) fn slice_bounds(
        &mut self,
        lower: &Option<Box<Expr>>,
        upper: &Option<Box<Expr>>,
        step: &Option<Box<Expr>>,
    ) -> Result<u32, CompileError> {
        for part in [lower, upper] {
            match part {
                Some(x) => self.expr(x)?,
                None => self.load_none(),
            }
        }
        match step {
            Some(s) => {
                self.expr(s)?;
                Ok(3)
            }
            None => Ok(2),
        }
    }

    /// The value of an expression that CPython's AST optimizer folds to a
    /// constant (literals, `-number`, tuples of those); None otherwise.
    fn folded_constant(&mut self, e: &Expr) -> Option<crate::object::Value> {
        match &e.kind {
            ExprKind::Constant(c) => Some(self.constant_value(c).1),
            ExprKind::UnaryOp { op, operand } => {
                let kind = match op {
                    UnaryOpKind::USub => UnaryKind::Neg,
                    UnaryOpKind::UAdd => UnaryKind::Pos,
                    UnaryOpKind::Invert => UnaryKind::Invert,
                    UnaryOpKind::Not => return None,
                };
                let v = self.folded_constant(operand)?;
                self.vm.as_num(v)?;
                self.vm.unary_op(kind, v).ok()
            }
            ExprKind::BinOp { left, op, right } if *op != BinOp::MatMult => {
                let a = self.folded_constant(left)?;
                let b = self.folded_constant(right)?;
                let (x, y) = (self.vm.as_num(a)?, self.vm.as_num(b)?);
                if !fold_size_ok(*op, &x, &y) {
                    return None;
                }
                self.vm.binary_op(binop_kind(*op), a, b).ok()
            }
            ExprKind::Tuple(elts) => {
                let mut items = Vec::with_capacity(elts.len());
                for x in elts {
                    items.push(self.folded_constant(x)?);
                }
                Some(self.vm.new_tuple(items))
            }
            _ => None,
        }
    }

    /// A frozenset built from the constant elements of a set display, in
    /// order, as CPython's compiler builds it; None if some element is not
    /// a constant.
    fn constant_frozenset(&mut self, elts: &[Expr]) -> Option<crate::object::Value> {
        let mut items = Vec::with_capacity(elts.len());
        for x in elts {
            items.push(self.folded_constant(x)?);
        }
        let first = self.vm.new_set_from(&items, true).ok()?;
        // CPython's constant merging rebuilds a frozenset constant from its
        // own iteration order, which can change the layout again.
        let order = self.vm.set_items(first);
        self.vm.new_set_from(&order, true).ok()
    }

    /// The iterable of a `for` loop or comprehension: a set display of
    /// constants iterates a frozenset constant (CPython's `fold_iter`).
    pub(crate) fn iter_expr(&mut self, e: &Expr) -> R {
        if let ExprKind::Set(elts) = &e.kind {
            if let Some(fs) = self.constant_frozenset(elts) {
                self.load_value(fs);
                return Ok(());
            }
        }
        self.expr(e)
    }

    /// A list/tuple/set display, with `*iterable` unpacking.
    fn sequence(&mut self, elts: &[Expr], build: Op) -> R {
        // CPython builds a set display of more than two constants from a
        // frozenset constant (`BUILD_SET 0; LOAD_CONST; SET_UPDATE`), which
        // decides the resulting table layout.
        if build == Op::BuildSet && elts.len() > 2 {
            if let Some(fs) = self.constant_frozenset(elts) {
                self.emit(Op::BuildSet, 0);
                self.load_value(fs);
                self.emit(Op::SetUpdate, 1);
                return Ok(());
            }
        }
        if !elts.iter().any(is_starred) {
            for x in elts {
                self.expr(x)?;
            }
            self.emit(build, elts.len() as u32);
            return Ok(());
        }
        let (start, extend) = if build == Op::BuildSet {
            (Op::BuildSet, Op::SetUpdate)
        } else {
            (Op::BuildList, Op::ListExtend)
        };
        self.emit(start, 0);
        for x in elts {
            match &x.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(extend, 1);
                }
                _ => {
                    self.expr(x)?;
                    self.emit(
                        if build == Op::BuildSet {
                            Op::SetAdd
                        } else {
                            Op::ListAppend
                        },
                        1,
                    );
                }
            }
        }
        if build == Op::BuildTuple {
            self.emit(Op::ListToTuple, 0);
        }
        Ok(())
    }

    fn compare(&mut self, left: &Expr, ops: &[CmpOp], comparators: &[Expr]) -> R {
        self.expr(left)?;
        if ops.len() == 1 {
            self.expr(&comparators[0])?;
            self.emit(Op::CompareOp, cmp_kind(ops[0]) as u32);
            return Ok(());
        }
        let cleanup = self.b().new_label();
        let end = self.b().new_label();
        for (i, (op, c)) in ops.iter().zip(comparators).enumerate() {
            self.expr(c)?;
            if i + 1 < ops.len() {
                self.emit(Op::Dup, 0);
                self.emit(Op::Rot3, 0);
                self.emit(Op::CompareOp, cmp_kind(*op) as u32);
                self.b().emit_jump(Op::JumpIfFalseOrPop, cleanup);
            } else {
                self.emit(Op::CompareOp, cmp_kind(*op) as u32);
            }
        }
        self.b().emit_jump(Op::Jump, end);
        self.b().bind(cleanup);
        self.emit(Op::Rot2, 0);
        self.emit(Op::Pop, 0);
        self.b().bind(end);
        Ok(())
    }

    /// Jumps to `target` when `test` is `jump_if`; falls through otherwise.
    pub(crate) fn cond_jump(&mut self, test: &Expr, jump_if: bool, target: Label) -> R {
        match &test.kind {
            ExprKind::UnaryOp {
                op: UnaryOpKind::Not,
                operand,
            } => return self.cond_jump(operand, !jump_if, target),
            ExprKind::BoolOp { op, values } => {
                let is_and = *op == BoolOpKind::And;
                // and + jump_if false / or + jump_if true: any operand decides.
                if is_and != jump_if {
                    for v in values {
                        self.cond_jump(v, jump_if, target)?;
                    }
                } else {
                    let skip = self.b().new_label();
                    let (last, init) = values.split_last().expect("boolop has operands");
                    for v in init {
                        self.cond_jump(v, !jump_if, skip)?;
                    }
                    self.cond_jump(last, jump_if, target)?;
                    self.b().bind(skip);
                }
                return Ok(());
            }
            _ => {}
        }
        self.expr(test)?;
        let op = if jump_if {
            Op::PopJumpIfTrue
        } else {
            Op::PopJumpIfFalse
        };
        self.b().emit_jump(op, target);
        Ok(())
    }

    fn call(&mut self, func: &Expr, args: &[Expr], keywords: &[Keyword], span: Span) -> R {
        let dynamic = args.iter().any(is_starred) || keywords.iter().any(|k| k.arg.is_none());
        // Method call fast path: obj.name(args) with no keywords.
        if let ExprKind::Attribute { value, attr } = &func.kind {
            if !dynamic && keywords.is_empty() {
                self.expr(value)?;
                self.set_line(func.span);
                let i = self.name_index(attr);
                self.emit(Op::LoadMethod, i);
                for a in args {
                    self.expr(a)?;
                }
                self.set_line(span);
                self.emit(Op::CallMethod, args.len() as u32);
                return Ok(());
            }
        }
        self.expr(func)?;
        if dynamic {
            match args {
                // `f(*it)`: the iterable goes to the call as is (CPython checks it there).
                [Expr {
                    kind: ExprKind::Starred(inner),
                    ..
                }] => self.expr(inner)?,
                _ => self.sequence(args, Op::BuildTuple)?,
            }
            if keywords.is_empty() {
                self.set_line(span);
                self.emit(Op::CallEx, 0);
            } else {
                self.emit(Op::BuildMap, 0);
                for k in keywords {
                    match &k.arg {
                        Some(name) => {
                            self.load_str(name);
                            self.expr(&k.value)?;
                            self.emit(Op::BuildMap, 1);
                            self.emit(Op::DictMerge, 1);
                        }
                        None => {
                            self.expr(&k.value)?;
                            self.emit(Op::DictMerge, 1);
                        }
                    }
                }
                self.set_line(span);
                self.emit(Op::CallEx, 1);
            }
            return Ok(());
        }
        for a in args {
            self.expr(a)?;
        }
        if keywords.is_empty() {
            self.set_line(span);
            self.emit(Op::Call, args.len() as u32);
        } else {
            let mut names = Vec::new();
            for k in keywords {
                let name = k.arg.clone().unwrap_or_default();
                if names.contains(&name) {
                    return self.err(format!("keyword argument repeated: {name}"), k.span);
                }
                self.expr(&k.value)?;
                names.push(name);
            }
            let name_vals: Vec<_> = names.iter().map(|n| self.vm.intern(n)).collect();
            let t = self.vm.new_tuple(name_vals);
            self.load_value(t);
            self.set_line(span);
            self.emit(Op::CallKw, (args.len() + keywords.len()) as u32);
        }
        Ok(())
    }

    fn fstring(&mut self, parts: &[FStringPart]) -> R {
        let mut n = 0;
        for p in parts {
            match p {
                FStringPart::Literal(s) => {
                    if s.is_empty() {
                        continue;
                    }
                    self.load_str(s);
                    n += 1;
                }
                FStringPart::Field(f) => {
                    if let Some(d) = &f.debug_text {
                        self.load_str(d);
                        n += 1;
                    }
                    self.expr(&f.value)?;
                    let conv = match f.conversion {
                        Some('s') => 1,
                        Some('r') => 2,
                        Some('a') => 3,
                        _ => 0,
                    };
                    let mut flags = conv;
                    if let Some(spec) = &f.format_spec {
                        self.fstring(spec)?;
                        flags |= 4;
                    }
                    self.emit(Op::FormatValue, flags);
                    n += 1;
                }
            }
        }
        if n == 0 {
            self.load_str("");
        } else if n > 1 {
            self.emit(Op::BuildString, n);
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        node: &Expr,
        kind: CompKind,
        elt: &Expr,
        value: Option<&Expr>,
        generators: &[Comprehension],
    ) -> R {
        let key = node as *const Expr as usize;
        let child = self.st.by_node[&key];
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
        };
        let line = self.lines.line(node.span.start) as u32;
        let qual = {
            let u = self.units.last().expect("unit");
            match u.kind {
                super::scope::ScopeKind::Module => name.to_string(),
                // (No `<locals>` step for a comprehension's own scope, as
                // CPython names it.)
                super::scope::ScopeKind::Class | super::scope::ScopeKind::Comprehension => {
                    format!("{}.{}", u.qualname, name)
                }
                _ => format!("{}.<locals>.{}", u.qualname, name),
            }
        };
        self.push_unit(child, line, qual);
        self.b().line = line;
        match kind {
            CompKind::List => self.emit(Op::BuildList, 0),
            CompKind::Set => self.emit(Op::BuildSet, 0),
            CompKind::Dict => self.emit(Op::BuildMap, 0),
            CompKind::Gen => {}
        }
        self.comp_loop(kind, elt, value, generators, 0)?;
        if kind == CompKind::Gen {
            self.load_none();
        }
        self.emit(Op::ReturnValue, 0);
        let code = self.pop_unit(name, 1, 0, 0, 0, None);
        let fl = self.emit_closure(child);
        let cv = self.vm.new_code(code);
        self.load_value(cv);
        self.emit(Op::MakeFunction, fl);
        self.iter_expr(&generators[0].iter)?;
        self.emit(Op::GetIter, 0);
        self.emit(Op::Call, 1);
        Ok(())
    }

    fn comp_loop(
        &mut self,
        kind: CompKind,
        elt: &Expr,
        value: Option<&Expr>,
        gens: &[Comprehension],
        i: usize,
    ) -> R {
        let g = &gens[i];
        let top = self.b().new_label();
        let exit = self.b().new_label();
        if i == 0 {
            self.emit(Op::LoadFast, 0); // `.0`, the iterator argument
        } else {
            self.iter_expr(&g.iter)?;
            self.emit(Op::GetIter, 0);
        }
        self.b().bind(top);
        self.b().emit_jump(Op::ForIter, exit);
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.cond_jump(cond, false, top)?;
        }
        if i + 1 < gens.len() {
            self.comp_loop(kind, elt, value, gens, i + 1)?;
        } else {
            let depth = (gens.len() + 1) as u32;
            match kind {
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend, depth);
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd, depth);
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    self.expr(value.expect("dict comprehension value"))?;
                    self.emit(Op::MapAdd, depth);
                }
                CompKind::Gen => {
                    self.expr(elt)?;
                    self.emit(Op::YieldValue, 0);
                    self.emit(Op::Pop, 0);
                }
            }
        }
        self.b().emit_jump(Op::Jump, top);
        self.b().bind(exit);
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}
