//! Statement code generation, including the control-flow statements and
//! their clean-up on early exits (see `FBlock` in `mod.rs`).

use super::{CompileError, Compiler, FBlock, FuncBody};
use crate::bytecode::{BinOpKind, Op};
use piepie_syntax::ast::*;
use std::rc::Rc;

type R = Result<(), CompileError>;

pub(crate) fn binop_kind(op: BinOp) -> BinOpKind {
    match op {
        BinOp::Add => BinOpKind::Add,
        BinOp::Sub => BinOpKind::Sub,
        BinOp::Mult => BinOpKind::Mul,
        BinOp::MatMult => BinOpKind::MatMul,
        BinOp::Div => BinOpKind::TrueDiv,
        BinOp::Mod => BinOpKind::Mod,
        BinOp::Pow => BinOpKind::Pow,
        BinOp::LShift => BinOpKind::LShift,
        BinOp::RShift => BinOpKind::RShift,
        BinOp::BitOr => BinOpKind::Or,
        BinOp::BitXor => BinOpKind::Xor,
        BinOp::BitAnd => BinOpKind::And,
        BinOp::FloorDiv => BinOpKind::FloorDiv,
    }
}

/// The element count of an assignment `a, b = x, y` (or of three) that
/// can assign without a tuple: one target, a tuple or list display of 2
/// or 3 targets, a tuple display of as many values, no starred items.
fn parallel_assignment(targets: &[Expr], value: &Expr) -> Option<usize> {
    let [target] = targets else { return None };
    let (ExprKind::Tuple(dst) | ExprKind::List(dst)) = &target.kind else {
        return None;
    };
    let ExprKind::Tuple(src) = &value.kind else {
        return None;
    };
    let starred = |e: &Expr| matches!(e.kind, ExprKind::Starred(_));
    let n = dst.len();
    (matches!(n, 2 | 3) && src.len() == n && !dst.iter().chain(src).any(starred)).then_some(n)
}

impl<'vm> Compiler<'vm> {
    pub(crate) fn body(&mut self, stmts: &[Stmt]) -> R {
        for s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> R {
        self.set_line(s.span);
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                let line = self.lines.line(s.span.start) as u32;
                self.make_function(
                    &**f as *const FunctionDef as usize,
                    &f.name,
                    &f.args,
                    FuncBody::Stmts(&f.body),
                    line,
                    f.returns.as_ref(),
                )?;
                for _ in &f.decorators {
                    self.emit(Op::Call, 1);
                }
                let bound = self.def_name(&f.name);
                self.store_name(&bound);
            }
            StmtKind::ClassDef(c) => self.class_def(c, s.span)?,
            StmtKind::Return(v) => {
                if !matches!(self.unit().kind, super::scope::ScopeKind::Function) {
                    return self.err("'return' outside function", s.span);
                }
                let depth = self.b().depth;
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_none(),
                }
                self.unwind_fblocks(None, true)?;
                self.emit(Op::ReturnValue, 0);
                // Code after the return (unreachable) continues at this depth.
                self.b().depth = depth;
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                if let Some(n) = parallel_assignment(targets, value) {
                    return self.parallel_assign(&targets[0], value, n);
                }
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Dup, 0);
                    }
                    self.store_target(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store_target(target)?;
                }
                let in_function = matches!(
                    self.unit().kind,
                    super::scope::ScopeKind::Function | super::scope::ScopeKind::Comprehension
                );
                if !in_function && *simple {
                    // `__annotations__[name] = annotation` (set up by
                    // `setup_annotations` at the start of the body).
                    if let ExprKind::Name(n) = &target.kind {
                        self.expr(annotation)?;
                        self.load_name("__annotations__");
                        self.load_str(n);
                        self.emit(Op::StoreSubscr, 0);
                    }
                } else if !in_function || !*simple {
                    if !in_function {
                        self.expr(annotation)?;
                        self.emit(Op::Pop, 0);
                    }
                    if !*simple && value.is_none() {
                        // `a.b: int` evaluates the object, as CPython does.
                        match &target.kind {
                            ExprKind::Attribute { value, .. } => {
                                self.expr(value)?;
                                self.emit(Op::Pop, 0);
                            }
                            ExprKind::Subscript { value, slice } => {
                                self.expr(value)?;
                                self.emit(Op::Pop, 0);
                                self.expr(slice)?;
                                self.emit(Op::Pop, 0);
                            }
                            _ => {}
                        }
                    }
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => self.for_stmt(target, iter, body, orelse)?,
            StmtKind::While { test, body, orelse } => self.while_stmt(test, body, orelse)?,
            StmtKind::If { test, body, orelse } => {
                let else_l = self.b().new_label();
                let end = self.b().new_label();
                self.cond_jump(test, false, else_l)?;
                self.body(body)?;
                if !orelse.is_empty() {
                    self.b().emit_jump(Op::Jump, end);
                }
                self.b().bind(else_l);
                self.body(orelse)?;
                self.b().bind(end);
            }
            StmtKind::With { items, body } => self.with_stmt(items, body, s.span)?,
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Op::RaiseVarargs, n);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.b().new_label();
                self.cond_jump(test, true, end)?;
                self.emit(Op::LoadAssertionError, 0);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Op::Call, 1);
                }
                self.emit(Op::RaiseVarargs, 1);
                self.b().bind(end);
            }
            StmtKind::Import(names) => {
                for a in names {
                    self.load_int(0);
                    self.load_none();
                    let i = self.name_index(&a.name);
                    self.emit(Op::ImportName, i);
                    match &a.asname {
                        Some(asname) => {
                            for part in a.name.split('.').skip(1) {
                                let pi = self.name_index(part);
                                self.emit(Op::ImportFrom, pi);
                                self.emit(Op::Rot2, 0);
                                self.emit(Op::Pop, 0);
                            }
                            self.store_name(asname);
                        }
                        None => {
                            let top = a.name.split('.').next().unwrap_or("").to_string();
                            self.store_name(&top);
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.load_int(*level as i64);
                let fromlist: Vec<crate::object::Value> =
                    names.iter().map(|a| self.vm.intern(&a.name)).collect();
                let t = self.vm.new_tuple(fromlist);
                self.load_value(t);
                let m = module.clone().unwrap_or_default();
                let i = self.name_index(&m);
                self.emit(Op::ImportName, i);
                if names.len() == 1 && names[0].name == "*" {
                    self.emit(Op::ImportStar, 0);
                } else {
                    for a in names {
                        let ni = self.name_index(&a.name);
                        self.emit(Op::ImportFrom, ni);
                        self.store_name(a.asname.as_ref().unwrap_or(&a.name));
                    }
                    self.emit(Op::Pop, 0);
                }
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => {}
            StmtKind::Expr(e) => {
                if self.interactive && self.units.len() == 1 {
                    self.expr(e)?;
                    self.emit(Op::PrintExpr, 0);
                } else if matches!(e.kind, ExprKind::Constant(_)) {
                    // A bare constant (docstring) does nothing.
                } else {
                    self.expr(e)?;
                    self.emit(Op::Pop, 0);
                }
            }
            StmtKind::Break => self.break_continue(true, s.span)?,
            StmtKind::Continue => self.break_continue(false, s.span)?,
        }
        Ok(())
    }

    /// `a, b = x, y` (and three names): the values are evaluated left to
    /// right and rotated so the targets are assigned left to right, without
    /// building and unpacking a tuple (CPython 3.11 does the same).
    fn parallel_assign(&mut self, target: &Expr, value: &Expr, n: usize) -> R {
        let (ExprKind::Tuple(dst) | ExprKind::List(dst)) = &target.kind else {
            unreachable!("checked by parallel_assignment");
        };
        let ExprKind::Tuple(src) = &value.kind else {
            unreachable!("checked by parallel_assignment");
        };
        for e in src {
            self.expr(e)?;
        }
        // [x, y] -> [y, x]; [x, y, z] -> [z, x, y] -> [z, y, x]: the first
        // value on top.
        if n == 3 {
            self.emit(Op::Rot3, 0);
        }
        self.emit(Op::Rot2, 0);
        for t in dst {
            self.store_target(t)?;
        }
        Ok(())
    }

    fn aug_assign(&mut self, target: &Expr, op: BinOp, value: &Expr) -> R {
        let k = binop_kind(op) as u32;
        match &target.kind {
            ExprKind::Name(n) => {
                self.load_name(n);
                self.expr(value)?;
                self.emit(Op::InplaceOp, k);
                self.store_name(n);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.emit(Op::Dup, 0);
                let i = self.name_index(attr);
                self.emit(Op::LoadAttr, i);
                self.expr(value)?;
                self.emit(Op::InplaceOp, k);
                self.emit(Op::Rot2, 0);
                self.emit(Op::StoreAttr, i);
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Op::Dup2, 0);
                self.emit(Op::BinarySubscr, 0);
                self.expr(value)?;
                self.emit(Op::InplaceOp, k);
                self.emit(Op::Rot3, 0);
                self.emit(Op::StoreSubscr, 0);
            }
            _ => {
                return self.err(
                    "'expression' is an illegal expression for augmented assignment",
                    target.span,
                )
            }
        }
        Ok(())
    }

    pub(crate) fn store_target(&mut self, t: &Expr) -> R {
        match &t.kind {
            ExprKind::Name(n) => self.store_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_index(attr);
                self.emit(Op::StoreAttr, i);
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                if let ExprKind::Slice { lower, upper, step } = &slice.kind {
                    let n = self.slice_bounds(lower, upper, step)?;
                    self.emit(Op::StoreSlice, n);
                } else {
                    self.expr(slice)?;
                    self.emit(Op::StoreSubscr, 0);
                }
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                let star = elts
                    .iter()
                    .position(|e| matches!(e.kind, ExprKind::Starred(_)));
                match star {
                    None => self.emit(Op::UnpackSequence, elts.len() as u32),
                    Some(i) => {
                        if elts
                            .iter()
                            .filter(|e| matches!(e.kind, ExprKind::Starred(_)))
                            .count()
                            > 1
                        {
                            return self.err("multiple starred expressions in assignment", t.span);
                        }
                        let after = elts.len() - i - 1;
                        self.emit(Op::UnpackEx, (i as u32) | ((after as u32) << 8));
                    }
                }
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred(inner) => self.store_target(inner)?,
                        _ => self.store_target(e)?,
                    }
                }
            }
            ExprKind::Starred(_) => {
                return self.err(
                    "starred assignment target must be in a list or tuple",
                    t.span,
                )
            }
            _ => return self.err("cannot assign to expression", t.span),
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &Expr) -> R {
        match &t.kind {
            ExprKind::Name(n) => self.delete_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_index(attr);
                self.emit(Op::DeleteAttr, i);
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Op::DeleteSubscr, 0);
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                for e in elts {
                    self.delete_target(e)?;
                }
            }
            _ => return self.err("cannot delete expression", t.span),
        }
        Ok(())
    }

    fn for_stmt(&mut self, target: &Expr, iter: &Expr, body: &[Stmt], orelse: &[Stmt]) -> R {
        let top = self.b().new_label();
        let exit = self.b().new_label();
        let brk = self.b().new_label();
        self.iter_expr(iter)?;
        self.emit(Op::GetIter, 0);
        self.b().bind(top);
        self.b().emit_jump(Op::ForIter, exit);
        self.store_target(target)?;
        self.unit().fblocks.push(FBlock::Loop {
            continue_to: top,
            break_to: brk,
            is_for: true,
        });
        self.body(body)?;
        self.unit().fblocks.pop();
        self.b().emit_jump(Op::Jump, top);
        self.b().bind(exit);
        self.body(orelse)?;
        self.b().bind(brk);
        Ok(())
    }

    fn while_stmt(&mut self, test: &Expr, body: &[Stmt], orelse: &[Stmt]) -> R {
        let top = self.b().new_label();
        let exit = self.b().new_label();
        let brk = self.b().new_label();
        self.b().bind(top);
        self.cond_jump(test, false, exit)?;
        self.unit().fblocks.push(FBlock::Loop {
            continue_to: top,
            break_to: brk,
            is_for: false,
        });
        self.body(body)?;
        self.unit().fblocks.pop();
        self.b().emit_jump(Op::Jump, top);
        self.b().bind(exit);
        self.body(orelse)?;
        self.b().bind(brk);
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, span: Span) -> R {
        let word = if is_break { "'break'" } else { "'continue'" };
        let Some(loop_idx) = self
            .unit()
            .fblocks
            .iter()
            .rposition(|f| matches!(f, FBlock::Loop { .. }))
        else {
            let msg = if is_break {
                format!("{word} outside loop")
            } else {
                format!("{word} not properly in loop")
            };
            return self.err(msg, span);
        };
        let FBlock::Loop {
            continue_to,
            break_to,
            is_for,
        } = self.unit().fblocks[loop_idx].clone()
        else {
            unreachable!("rposition found a loop")
        };
        let depth = self.b().depth;
        self.unwind_fblocks(Some(loop_idx + 1), false)?;
        if is_break {
            if is_for {
                self.emit(Op::Pop, 0);
            }
            self.b().emit_jump(Op::Jump, break_to);
        } else {
            self.b().emit_jump(Op::Jump, continue_to);
        }
        self.b().depth = depth;
        Ok(())
    }

    /// Emits the clean-up of every fblock above `stop` (all when `None`),
    /// innermost first. `preserve_tos`: a return value is on the stack.
    pub(crate) fn unwind_fblocks(&mut self, stop: Option<usize>, preserve_tos: bool) -> R {
        let stop = stop.unwrap_or(0);
        let saved_blocks = self.unit().fblocks.clone();
        let saved_handlers = self.b().handlers.clone();
        let mut i = saved_blocks.len();
        while i > stop {
            i -= 1;
            let fb = saved_blocks[i].clone();
            // Code emitted for this block's exit runs outside the block.
            self.unit().fblocks.truncate(i);
            match fb {
                FBlock::Loop { is_for, .. } => {
                    if is_for && preserve_tos {
                        self.emit(Op::Rot2, 0);
                        self.emit(Op::Pop, 0);
                    } else if is_for {
                        // `break`/`continue` to an outer loop: drop this iterator.
                        self.emit(Op::Pop, 0);
                    }
                }
                FBlock::TryExcept => {
                    self.b().handlers.pop();
                }
                FBlock::TryFinally { body } => {
                    self.b().handlers.pop();
                    self.body(&body)?;
                }
                FBlock::Handler { name } => {
                    self.b().handlers.pop();
                    if preserve_tos {
                        self.emit(Op::Rot2, 0);
                    }
                    self.emit(Op::PopExcept, 0);
                    if let Some(n) = name {
                        self.load_none();
                        self.store_name(&n);
                        self.delete_name(&n);
                    }
                }
                FBlock::FinallyExc => {
                    self.b().handlers.pop();
                    // Stack: prev, exc [, value]
                    if preserve_tos {
                        self.emit(Op::Rot3, 0);
                    }
                    self.emit(Op::Pop, 0);
                    self.emit(Op::PopExcept, 0);
                }
                FBlock::With => {
                    self.b().handlers.pop();
                    if preserve_tos {
                        self.emit(Op::Rot2, 0);
                    }
                    self.load_none();
                    self.load_none();
                    self.load_none();
                    self.emit(Op::Call, 3);
                    self.emit(Op::Pop, 0);
                }
            }
        }
        self.unit().fblocks = saved_blocks;
        self.b().handlers = saved_handlers;
        Ok(())
    }

    fn try_except(&mut self, body: &[Stmt], handlers: &[ExceptHandler], orelse: &[Stmt]) -> R {
        let handler_l = self.b().new_label();
        let end = self.b().new_label();
        let depth = self.b().depth;
        self.b().handlers.push((handler_l, depth));
        self.unit().fblocks.push(FBlock::TryExcept);
        self.body(body)?;
        self.unit().fblocks.pop();
        self.b().handlers.pop();
        self.body(orelse)?;
        self.b().emit_jump(Op::Jump, end);
        self.except_clauses(handler_l, depth, handlers, end)?;
        self.b().bind(end);
        Ok(())
    }

    /// Emits the handler code at `handler_l` for a try at stack `depth`.
    fn except_clauses(
        &mut self,
        handler_l: super::builder::Label,
        depth: i32,
        handlers: &[ExceptHandler],
        end: super::builder::Label,
    ) -> R {
        let cleanup = self.b().new_label();
        self.b().set_label_depth(handler_l, depth + 1);
        self.b().bind(handler_l);
        self.b().depth = depth + 1;
        self.emit(Op::PushExcInfo, 0); // [prev, exc]
        self.b().handlers.push((cleanup, depth + 1));
        for (i, h) in handlers.iter().enumerate() {
            self.set_line(h.span);
            if h.typ.is_none() && i + 1 != handlers.len() {
                return self.err("default 'except:' must be last", h.span);
            }
            let next = self.b().new_label();
            if let Some(t) = &h.typ {
                self.expr(t)?;
                self.emit(Op::CheckExcMatch, 0);
                self.b().emit_jump(Op::PopJumpIfFalse, next);
            }
            match &h.name {
                Some(n) => self.store_name(n),
                None => self.emit(Op::Pop, 0),
            }
            self.unit().fblocks.push(FBlock::Handler {
                name: h.name.clone(),
            });
            self.body(&h.body)?;
            self.unit().fblocks.pop();
            self.b().handlers.pop();
            self.emit(Op::PopExcept, 0);
            if let Some(n) = &h.name {
                self.load_none();
                self.store_name(n);
                self.delete_name(n);
            }
            self.b().emit_jump(Op::Jump, end);
            self.b().handlers.push((cleanup, depth + 1));
            self.b().set_label_depth(next, depth + 2);
            self.b().bind(next);
            self.b().depth = depth + 2;
        }
        // No clause matched: re-raise (through the clean-up handler).
        self.emit(Op::Reraise, 0);
        self.b().handlers.pop();
        self.b().set_label_depth(cleanup, depth + 2);
        self.b().bind(cleanup);
        self.b().depth = depth + 2;
        self.emit(Op::Rot2, 0);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::Reraise, 0);
        Ok(())
    }

    fn try_finally(
        &mut self,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
    ) -> R {
        let fin_handler = self.b().new_label();
        let end = self.b().new_label();
        let depth = self.b().depth;
        let fin: Rc<Vec<Stmt>> = Rc::new(finalbody.to_vec());
        self.b().handlers.push((fin_handler, depth));
        self.unit()
            .fblocks
            .push(FBlock::TryFinally { body: fin.clone() });
        if handlers.is_empty() {
            self.body(body)?;
        } else {
            let inner_end = self.b().new_label();
            self.try_except_inner(body, handlers, orelse, inner_end)?;
            self.b().bind(inner_end);
        }
        self.unit().fblocks.pop();
        self.b().handlers.pop();
        if handlers.is_empty() {
            // orelse is only possible with handlers.
        }
        self.body(finalbody)?;
        self.b().emit_jump(Op::Jump, end);
        // Exceptional path.
        let cleanup = self.b().new_label();
        self.b().set_label_depth(fin_handler, depth + 1);
        self.b().bind(fin_handler);
        self.b().depth = depth + 1;
        self.emit(Op::PushExcInfo, 0);
        self.b().handlers.push((cleanup, depth + 1));
        self.unit().fblocks.push(FBlock::FinallyExc);
        self.body(finalbody)?;
        self.unit().fblocks.pop();
        self.b().handlers.pop();
        self.emit(Op::Rot2, 0);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::Reraise, 0);
        self.b().set_label_depth(cleanup, depth + 2);
        self.b().bind(cleanup);
        self.b().depth = depth + 2;
        self.emit(Op::Rot2, 0);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::Reraise, 0);
        self.b().bind(end);
        Ok(())
    }

    fn try_except_inner(
        &mut self,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        end: super::builder::Label,
    ) -> R {
        let handler_l = self.b().new_label();
        let depth = self.b().depth;
        self.b().handlers.push((handler_l, depth));
        self.unit().fblocks.push(FBlock::TryExcept);
        self.body(body)?;
        self.unit().fblocks.pop();
        self.b().handlers.pop();
        self.body(orelse)?;
        self.b().emit_jump(Op::Jump, end);
        self.except_clauses(handler_l, depth, handlers, end)
    }

    fn with_stmt(&mut self, items: &[WithItem], body: &[Stmt], span: Span) -> R {
        let Some((first, rest)) = items.split_first() else {
            return Ok(());
        };
        self.expr(&first.context_expr)?;
        self.emit(Op::BeforeWith, 0); // [exit, entered]
        let depth = self.b().depth - 1; // with `exit` on the stack
        let handler_l = self.b().new_label();
        let end = self.b().new_label();
        self.b().handlers.push((handler_l, depth));
        self.unit().fblocks.push(FBlock::With);
        match &first.optional_vars {
            Some(t) => self.store_target(t)?,
            None => self.emit(Op::Pop, 0),
        }
        if rest.is_empty() {
            self.body(body)?;
        } else {
            self.with_stmt(rest, body, span)?;
        }
        self.unit().fblocks.pop();
        self.b().handlers.pop();
        self.set_line(span);
        self.load_none();
        self.load_none();
        self.load_none();
        self.emit(Op::Call, 3);
        self.emit(Op::Pop, 0);
        self.b().emit_jump(Op::Jump, end);
        // Exceptional exit: [exit, exc]
        let cleanup = self.b().new_label();
        let suppress = self.b().new_label();
        self.b().set_label_depth(handler_l, depth + 1);
        self.b().bind(handler_l);
        self.b().depth = depth + 1;
        self.emit(Op::PushExcInfo, 0); // [exit, prev, exc]
        self.b().handlers.push((cleanup, depth + 1));
        self.emit(Op::WithExceptStart, 0); // [exit, prev, exc, res]
        self.b().emit_jump(Op::PopJumpIfTrue, suppress);
        self.emit(Op::Reraise, 0);
        self.b().handlers.pop();
        self.b().set_label_depth(suppress, depth + 2);
        self.b().bind(suppress);
        self.b().depth = depth + 2;
        self.emit(Op::Pop, 0);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::Pop, 0);
        self.b().emit_jump(Op::Jump, end);
        self.b().set_label_depth(cleanup, depth + 2);
        self.b().bind(cleanup);
        self.b().depth = depth + 2;
        self.emit(Op::Rot2, 0);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::Reraise, 0);
        self.b().bind(end);
        Ok(())
    }
}
