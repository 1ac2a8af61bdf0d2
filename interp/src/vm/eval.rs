//! The dispatch loop: one arm per opcode, fast paths only; everything slow
//! lives in the file of its concern.
//!
//! `run` executes the frame on top of `vm.frames` and every Python frame it
//! calls (Python-to-Python calls push a frame and continue in the same loop:
//! no Rust recursion), until a frame whose `on_return` is `ToNative` returns
//! or lets an exception escape. It is generic over the JIT's `Ops`; the
//! interpreter instantiates it with `Concrete`.
//!
//! Safepoints (where the collector may run) are backward jumps and calls.
//! The merge point is the top of the loop; `can_enter_jit` is counted at
//! backward jumps.

use super::attr_handlers;
use super::call_handlers;
use super::dict_handlers;
use super::frame::{as_words_mut, Frame, ReturnMode};
use super::handlers;
use super::iter_handlers::{self, IterStep};
use super::residuals::{self, pc_arg, ITER_STOP, NO_METHOD};
use super::tracing::{
    callable_from_trace, code_liveness, enter_loop, inline_depth, inlined_frame_key,
    on_function_entry, plan_call, record_loop, CallPlan, INNER_LOOP_UNROLLED, LOOP_IN_INLINED_CALL,
};
use super::{Exc, ExcKind, PyResult, Vm};
use crate::bytecode::{BinOpKind, CmpKind, Op, UnaryKind};
use crate::object::kind_of;
use crate::object::{ObjKind, Value};
use piepie_jit::{Backedge, GreenKey, Ops, ResumeAt};

/// Leaves a recording run before the current instruction does anything
/// (its pc is restored, so the plain interpreter runs it), after telling
/// the recorder why.
macro_rules! leave_recording {
    ($ops:expr, $fp:expr, $pc:expr, $reason:expr) => {{
        $ops.abort($reason);
        Frame::from_raw($fp).pc = $pc;
        return Ok(Value::NULL);
    }};
}

/// The end of an instruction whose result `r` (0: raised) goes to slot
/// `at`, the new top of the stack: raises the pending exception, or
/// stores the result.
macro_rules! push_result {
    ($l:lifetime, $ops:expr, $vm:expr, $fp:expr, $at:expr, $r:expr) => {{
        if $ops.check_exception($r) {
            break $l take_pending($vm);
        }
        let f = Frame::from_raw($fp);
        $ops.set_slot(as_words_mut(&mut f.slots), $at, $r);
        f.sp = $at + 1;
    }};
}

macro_rules! tri {
    ($l:lifetime, $e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => break $l e,
        }
    };
}

/// What `unwind` decided.
enum Unwound {
    /// Continue in this frame (at a handler, or in a caller).
    Resume(*mut Frame),
    /// The exception leaves `run`.
    Escape(Exc),
}

pub fn run<O: Ops<Vm>>(vm: &mut Vm, ops: &mut O) -> PyResult<Value> {
    let mut fp: *mut Frame = &mut **vm.frames.last_mut().expect("run needs a frame");
    let mut reraise = false;
    loop {
        let err: Exc = 'instr: loop {
            let f = Frame::from_raw(fp);
            if ops.we_are_jitted() && !recording_merge_point(ops, f) {
                return Ok(Value::NULL);
            }
            let pc = f.pc;
            let instr = f.fetch(pc);
            f.pc = pc + 1;
            let arg = instr.arg();
            match instr.op() {
                Op::Nop | Op::SetupAnnotations => {}
                Op::LoadConst => {
                    let w = ops.konst(f.code.consts[arg as usize].0);
                    let sp = f.sp;
                    ops.set_slot(as_words_mut(&mut f.slots), sp, w);
                    f.sp = sp + 1;
                }
                Op::LoadFast => {
                    let w = ops.get_slot(as_words_mut(&mut f.slots), arg as usize);
                    if {
                        let k = ops.konst(0);
                        let c = ops.int_eq(w, k);
                        ops.branch(c)
                    } {
                        break 'instr unbound_local(vm, f, arg as usize);
                    }
                    let sp = f.sp;
                    ops.set_slot(as_words_mut(&mut f.slots), sp, w);
                    f.sp += 1;
                }
                Op::StoreFast => {
                    f.sp -= 1;
                    let sp = f.sp;
                    let slots = as_words_mut(&mut f.slots);
                    let w = ops.get_slot(slots, sp);
                    ops.set_slot(slots, arg as usize, w);
                }
                Op::DeleteFast => {
                    if f.slots[arg as usize].is_null() {
                        break 'instr unbound_local(vm, f, arg as usize);
                    }
                    f.slots[arg as usize] = Value::NULL;
                }
                Op::LoadDeref | Op::StoreDeref | Op::LoadClosure => {
                    // Slot of the cell: after the fast locals.
                    let slot = f.code.nlocals() + arg as usize;
                    let sp = f.sp;
                    let slots = as_words_mut(&mut f.slots);
                    let cell = ops.get_slot(slots, slot);
                    match instr.op() {
                        Op::LoadClosure => {
                            ops.set_slot(slots, sp, cell);
                            f.sp = sp + 1;
                        }
                        Op::LoadDeref => {
                            let code = ops.konst(code_word(f));
                            let i = ops.konst(arg as u64);
                            let v = ops.residual3(vm, residuals::load_deref, code, i, cell);
                            push_result!('instr, ops, vm, fp, sp, v);
                        }
                        _ => {
                            let v = ops.get_slot(slots, sp - 1);
                            ops.residual2(vm, residuals::store_deref, cell, v);
                            f.sp = sp - 1;
                        }
                    }
                }
                Op::DeleteDeref | Op::LoadClassDeref => {
                    tri!('instr, cells(vm, f, instr.op(), arg as usize));
                }
                Op::LoadGlobal => {
                    // Inlined frames exist only in compiled code: name
                    // their globals (0 is the running frame's).
                    let inlined = ops.we_are_jitted() && inline_depth(vm) > 0;
                    let v = match dict_handlers::load_global(ops, vm, fp, pc, inlined) {
                        Some(v) => v,
                        None => {
                            let f = Frame::from_raw(fp);
                            let code = ops.konst(code_word(f));
                            let k = ops.konst(pc_arg(pc, arg));
                            let g = ops.konst(if inlined { f.globals.0 } else { 0 });
                            let v = ops.residual3(vm, residuals::load_global, code, k, g);
                            if ops.check_exception(v) {
                                break 'instr take_pending(vm);
                            }
                            v
                        }
                    };
                    let f = Frame::from_raw(fp);
                    let sp = f.sp;
                    ops.set_slot(as_words_mut(&mut f.slots), sp, v);
                    f.sp = sp + 1;
                }
                Op::StoreGlobal => {
                    let name = f.code.names[arg as usize];
                    let v = f.pop();
                    tri!('instr, vm.dict_set(f.globals, name, v));
                }
                Op::DeleteGlobal => {
                    let name = f.code.names[arg as usize];
                    tri!('instr, vm.delete_name_from(f.globals, name, true));
                }
                Op::LoadName => {
                    let name = f.code.names[arg as usize];
                    let v = tri!('instr, vm.load_name(f.locals, f.globals, f.builtins, name));
                    f.push(v);
                }
                Op::StoreName => {
                    let name = f.code.names[arg as usize];
                    let v = f.pop();
                    tri!('instr, vm.setitem(f.locals, name, v));
                }
                Op::DeleteName => {
                    let name = f.code.names[arg as usize];
                    tri!('instr, vm.delete_name_from(f.locals, name, false));
                }
                Op::LoadAttr => {
                    let sp = f.sp;
                    let o = ops.get_slot(as_words_mut(&mut f.slots), sp - 1);
                    let code = Frame::from_raw(fp).code.as_ref();
                    let concrete = Frame::from_raw(fp).slots[sp - 1];
                    if ops.we_are_jitted() {
                        vm.refill_attr_ic_for(code, pc, concrete, false);
                    } else if let Some(getter) = vm.ic_property_getter(code, pc, concrete) {
                        // `obj.prop`: the getter's frame runs in this loop
                        // and its result replaces `obj`. (A trace calls
                        // the getter residually, below.)
                        let mut nfp = fp;
                        let r =
                            call_value(vm, &mut nfp, getter, 1, 1, Value::NULL, ReturnMode::Push);
                        fp = nfp;
                        if let Some(v) = tri!('instr, r) {
                            Frame::from_raw(fp).push(v);
                        }
                        continue 'instr;
                    }
                    let v = match attr_handlers::load_slot(ops, vm, code, pc, o)
                        .or_else(|| attr_handlers::load_member(ops, vm, code, pc, o))
                        .or_else(|| dict_handlers::module_attr(ops, vm, code, pc, (o, concrete)))
                    {
                        Some(v) => v,
                        None => {
                            let code = ops.konst(code_word(f));
                            let k = ops.konst(pc_arg(pc, arg));
                            let v = ops.residual3(vm, residuals::load_attr, code, k, o);
                            if ops.check_exception(v) {
                                break 'instr take_pending(vm);
                            }
                            v
                        }
                    };
                    let f = Frame::from_raw(fp);
                    ops.set_slot(as_words_mut(&mut f.slots), sp - 1, v);
                }
                Op::StoreAttr => {
                    let sp = f.sp;
                    let slots = as_words_mut(&mut f.slots);
                    let o = ops.get_slot(slots, sp - 1);
                    let v = ops.get_slot(slots, sp - 2);
                    let code = Frame::from_raw(fp).code.as_ref();
                    if !attr_handlers::store_slot(ops, vm, code, pc, o, v)
                        && !attr_handlers::store_member(ops, vm, code, pc, o, v)
                    {
                        let code = ops.konst(code_word(f));
                        let k = ops.konst(pc_arg(pc, arg));
                        let r = ops.residual4(vm, residuals::store_attr, [code, k, o, v]);
                        if ops.check_exception(r) {
                            break 'instr take_pending(vm);
                        }
                    }
                    Frame::from_raw(fp).sp = sp - 2;
                }
                Op::DeleteAttr => {
                    let name = f.code.names[arg as usize];
                    let o = f.pop();
                    tri!('instr, vm.delattr(o, name));
                }
                Op::LoadMethod => {
                    let sp = f.sp;
                    let o = ops.get_slot(as_words_mut(&mut f.slots), sp - 1);
                    if ops.we_are_jitted() {
                        let concrete = f.slots[sp - 1];
                        vm.refill_attr_ic_for(&Frame::from_raw(fp).code, pc, concrete, true);
                    }
                    if let Some(m) =
                        attr_handlers::method(ops, vm, Frame::from_raw(fp).code.as_ref(), pc, o)
                    {
                        // Stack: [function, self].
                        set_method_pair(ops, fp, sp, m, o);
                        continue 'instr;
                    }
                    let code = Frame::from_raw(fp).code.as_ref();
                    let concrete = Frame::from_raw(fp).slots[sp - 1];
                    if let Some(a) = dict_handlers::module_attr(ops, vm, code, pc, (o, concrete)) {
                        // Stack: [NULL, the attribute].
                        let null = ops.konst(0);
                        set_method_pair(ops, fp, sp, null, a);
                        continue 'instr;
                    }
                    let f = Frame::from_raw(fp);
                    let code = ops.konst(code_word(f));
                    let k = ops.konst(pc_arg(pc, arg));
                    let m = ops.residual3(vm, residuals::load_method_fast, code, k, o);
                    let hit = {
                        let none = ops.konst(NO_METHOD);
                        ops.int_ne(m, none)
                    };
                    // The probe changed nothing: either way, an exit re-runs
                    // the instruction.
                    let again = ResumeAt {
                        pc: pc as u32,
                        sp: sp as u32,
                    };
                    if ops.branch_resuming(hit, again, again) {
                        // Stack: [function, self].
                        set_method_pair(ops, fp, sp, m, o);
                    } else if ops.we_are_jitted() {
                        // Stack: [NULL, the attribute] (a bound method
                        // where the pair would be).
                        let a = ops.residual3(vm, residuals::load_method_attr, code, k, o);
                        if ops.check_exception(a) {
                            break 'instr take_pending(vm);
                        }
                        let null = ops.konst(0);
                        set_method_pair(ops, fp, sp, null, a);
                    } else {
                        let f = Frame::from_raw(fp);
                        let name = f.code.names[arg as usize];
                        let o = f.top();
                        let (m, this) = tri!('instr, vm.load_method_cached(&f.code, pc, o, name));
                        let f = Frame::from_raw(fp);
                        f.set_peek(0, m);
                        f.push(this);
                    }
                }
                Op::Call | Op::CallMethod => {
                    // Call: [callee, args...]; CallMethod: [function, self,
                    // args...] or [NULL, callable, args...]. The result
                    // replaces them all, at `base`.
                    let n = arg as usize;
                    let sp = f.sp;
                    let slots = as_words_mut(&mut f.slots);
                    let (base, callee_w, nargs) = if instr.op() == Op::Call {
                        (sp - n - 1, ops.get_slot(slots, sp - n - 1), n)
                    } else {
                        let m = ops.get_slot(slots, sp - n - 2);
                        let is_null = {
                            let z = ops.konst(0);
                            let c = ops.int_eq(m, z);
                            ops.branch(c)
                        };
                        let callable = ops.get_slot(slots, sp - n - 1);
                        let concrete = f.slots[sp - n - 1];
                        if !is_null {
                            (sp - n - 2, m, n + 1)
                        } else if let Some((func, receiver)) =
                            call_handlers::bound_method_parts(ops, vm, callable, concrete)
                        {
                            // [function, receiver, args...] in place.
                            let slots = as_words_mut(&mut Frame::from_raw(fp).slots);
                            ops.set_slot(slots, sp - n - 2, func);
                            ops.set_slot(slots, sp - n - 1, receiver);
                            (sp - n - 2, func, n + 1)
                        } else {
                            (sp - n - 2, callable, n)
                        }
                    };
                    let callee = f.slots[sp - nargs - 1];
                    if let Some(kernel) = float_kernel_of(callee).filter(|_| nargs == 1) {
                        if ops.we_are_jitted() {
                            // The kernel was chosen by the callee.
                            ops.promote(callee_w);
                            vm.tracing.roots.push(callee);
                        }
                        let x = ops.get_slot(as_words_mut(&mut f.slots), sp - 1);
                        if let Some(r) = handlers::float_kernel_call(ops, vm, kernel, x) {
                            ops.set_slot(as_words_mut(&mut f.slots), base, r);
                            f.sp = base + 1;
                            continue 'instr;
                        }
                    }
                    let plan = plan_call(vm, callee, nargs, ops.we_are_jitted());
                    if plan == CallPlan::Frame && ops.we_are_jitted() {
                        // The trace inlines this very function: a guard
                        // names it, and the trace keeps it alive.
                        ops.promote(callee_w);
                        vm.tracing.roots.push(callee);
                    }
                    if plan == CallPlan::Residual {
                        // [callee, args...] are the top nargs + 1 slots.
                        let slots = as_words_mut(&mut f.slots);
                        let at = sp - nargs - 1;
                        let r = ops.residual_slots(
                            vm,
                            residuals::call_positional,
                            slots,
                            at,
                            nargs + 1,
                        );
                        push_result!('instr, ops, vm, fp, base, r);
                        continue 'instr;
                    }
                    if ops.we_are_jitted() && plan == CallPlan::General {
                        leave_recording!(ops, fp, pc, "call that cannot be traced");
                    }
                    let caller_fp = fp;
                    let mut nfp = fp;
                    let r = call_value(
                        vm,
                        &mut nfp,
                        callee,
                        nargs,
                        sp - base,
                        Value::NULL,
                        ReturnMode::Push,
                    );
                    fp = nfp;
                    match tri!('instr, r) {
                        Some(v) => {
                            let f = Frame::from_raw(fp);
                            f.drop_n(sp - base);
                            f.push(v);
                            tri!('instr, crate::native::signal::check_signals(vm));
                        }
                        None => {
                            if ops.we_are_jitted() {
                                // The callee's frame is running: trace it.
                                // (The arguments' slots of the caller keep
                                // their values: popping does not clear.)
                                let caller = Frame::from_raw(caller_fp);
                                let caller_slots = as_words_mut(&mut caller.slots);
                                let args: Vec<O::Word> = (sp - nargs..sp)
                                    .map(|i| ops.get_slot(caller_slots, i))
                                    .collect();
                                let f = Frame::from_raw(fp);
                                let waiting = ResumeAt {
                                    pc: pc as u32 + 1,
                                    sp: base as u32,
                                };
                                let live = code_liveness(&f.code);
                                ops.enter_frame(callee.0, &args, f.code.nlocals(), waiting, live);
                            }
                            vm.safepoint();
                            if !ops.we_are_jitted() && vm.jit.enabled() {
                                // A hot function runs its compiled entry.
                                tri!('instr, on_function_entry(vm, fp));
                                fp = &mut **vm.frames.last_mut().expect("a running frame");
                            }
                        }
                    }
                }
                Op::CallKw => {
                    let n = arg as usize;
                    if ops.we_are_jitted() {
                        // [callee, args..., kwvalues..., names]: a
                        // residual call (not inlined).
                        if !callable_from_trace(f.peek(n + 1)) {
                            leave_recording!(ops, fp, pc, "call that cannot be traced");
                        }
                        let sp = f.sp;
                        let slots = as_words_mut(&mut f.slots);
                        let at = sp - n - 2;
                        let r = ops.residual_slots(vm, residuals::call_kw, slots, at, n + 2);
                        push_result!('instr, ops, vm, fp, at, r);
                        continue 'instr;
                    }
                    let names_t = f.pop();
                    let callee = f.peek(n);
                    let mut nfp = fp;
                    let r = call_value(
                        vm,
                        &mut nfp,
                        callee,
                        n - tuple_items(names_t).len(),
                        n + 1,
                        names_t,
                        ReturnMode::Push,
                    );
                    fp = nfp;
                    match tri!('instr, r) {
                        Some(v) => {
                            let f = Frame::from_raw(fp);
                            f.drop_n(n + 1);
                            f.push(v);
                        }
                        None => vm.safepoint(),
                    }
                }
                Op::CallEx => {
                    let kwargs = if arg & 1 != 0 { f.pop() } else { Value::NULL };
                    let args = f.pop();
                    let func = f.pop();
                    let v = tri!('instr, vm.call_ex(func, args, kwargs));
                    Frame::from_raw(fp).push(v);
                }
                Op::BinarySubscr => {
                    let sp = f.sp;
                    let slots = as_words_mut(&mut f.slots);
                    let k = ops.get_slot(slots, sp - 1);
                    let o = ops.get_slot(slots, sp - 2);
                    let v = handlers::subscript_get(ops, vm, o, k);
                    if ops.check_exception(v) {
                        break 'instr take_pending(vm);
                    }
                    ops.set_slot(as_words_mut(&mut f.slots), sp - 2, v);
                    f.sp = sp - 1;
                }
                Op::StoreSubscr => {
                    let sp = f.sp;
                    let slots = as_words_mut(&mut f.slots);
                    let k = ops.get_slot(slots, sp - 1);
                    let o = ops.get_slot(slots, sp - 2);
                    let v = ops.get_slot(slots, sp - 3);
                    let r = handlers::subscript_set(ops, vm, o, k, v);
                    if ops.check_exception(r) {
                        break 'instr take_pending(vm);
                    }
                    f.sp = sp - 3;
                }
                Op::BinarySlice | Op::StoreSlice => {
                    // [obj, bounds...] or [v, obj, bounds...]: one helper
                    // call on the words, without a slice object.
                    let load = instr.op() == Op::BinarySlice;
                    let n = arg as usize + if load { 1 } else { 2 };
                    let helper: piepie_jit::ResidualN<Vm> = if load {
                        residuals::get_slice
                    } else {
                        residuals::set_slice
                    };
                    let sp = f.sp;
                    let slots = as_words_mut(&mut f.slots);
                    let r = ops.residual_slots(vm, helper, slots, sp - n, n);
                    if ops.check_exception(r) {
                        break 'instr take_pending(vm);
                    }
                    let f = Frame::from_raw(fp);
                    if load {
                        ops.set_slot(as_words_mut(&mut f.slots), sp - n, r);
                        f.sp = sp - n + 1;
                    } else {
                        f.sp = sp - n;
                    }
                }
                Op::DeleteSubscr => {
                    let sp = f.sp;
                    let slots = as_words_mut(&mut f.slots);
                    let k = ops.get_slot(slots, sp - 1);
                    let o = ops.get_slot(slots, sp - 2);
                    let r = ops.residual2(vm, residuals::delete_subscr, o, k);
                    if ops.check_exception(r) {
                        break 'instr take_pending(vm);
                    }
                    Frame::from_raw(fp).sp = sp - 2;
                }
                Op::BinaryOp | Op::InplaceOp => {
                    let sp = f.sp;
                    let slots = as_words_mut(&mut f.slots);
                    let b = ops.get_slot(slots, sp - 1);
                    let a = ops.get_slot(slots, sp - 2);
                    let kind = BinOpKind::from_arg(arg);
                    let inplace = instr.op() == Op::InplaceOp;
                    // (Small ints and floats, the operands of numeric
                    // code, are ruled out before the class lookups.)
                    let target = if may_run_operator_frame(vm, f.peek(1)) {
                        vm.binop_frame_target(kind, f.peek(1), f.peek(0), inplace)
                    } else {
                        None
                    };
                    // A user class's operator method: run it as a frame of
                    // this loop, the operands left on our stack (a trace
                    // inlines it when it would inline a call to it; else
                    // the generic operator below is a residual call).
                    if let Some((method, stage)) = target.filter(|&(m, _)| {
                        !ops.we_are_jitted() || plan_call(vm, m, 2, true) == CallPlan::Frame
                    }) {
                        let (va, vb) = (f.peek(1), f.peek(0));
                        let mut new = tri!('instr, vm.prepare_frame(method, &[va, vb], &[], &[]));
                        let mode = ReturnMode::Operator(kind, stage);
                        new.on_return = mode;
                        let nlocals = new.code.nlocals();
                        tri!('instr, vm.push_frame(new));
                        if ops.we_are_jitted() {
                            // The method was chosen by the operands' classes.
                            attr_handlers::guard_class_lookup(ops, vm, a, va);
                            attr_handlers::guard_class_lookup(ops, vm, b, vb);
                            vm.tracing.roots.push(method);
                            let waiting = ResumeAt {
                                pc: pc as u32 + 1,
                                sp: sp as u32,
                            };
                            let key = inlined_frame_key(method, mode);
                            let live = code_liveness(&vm.frames.last().expect("pushed frame").code);
                            ops.enter_frame(key, &[a, b], nlocals, waiting, live);
                        }
                        fp = &mut **vm.frames.last_mut().expect("pushed frame");
                        vm.safepoint();
                        continue 'instr;
                    }
                    let r = if instr.op() == Op::BinaryOp {
                        handlers::binary_op(ops, vm, kind, a, b)
                    } else {
                        handlers::inplace_op(ops, vm, kind, a, b)
                    };
                    if ops.check_exception(r) {
                        break 'instr take_pending(vm);
                    }
                    let f = Frame::from_raw(fp);
                    let slots = as_words_mut(&mut f.slots);
                    ops.set_slot(slots, sp - 2, r);
                    f.sp = sp - 1;
                }
                Op::CompareOp => {
                    let kind = CmpKind::from_arg(arg);
                    let sp = f.sp;
                    if !ops.we_are_jitted() && may_run_operator_frame(vm, f.slots[sp - 2]) {
                        let (va, vb) = (f.peek(1), f.peek(0));
                        if let Some(method) = vm.compare_frame_target(kind, va, vb) {
                            // A user class's comparison method: a frame of
                            // this loop, the operands left on our stack.
                            let mut new =
                                tri!('instr, vm.prepare_frame(method, &[va, vb], &[], &[]));
                            new.on_return = ReturnMode::Compare(kind);
                            tri!('instr, vm.push_frame(new));
                            fp = &mut **vm.frames.last_mut().expect("pushed frame");
                            vm.safepoint();
                            continue 'instr;
                        }
                    }
                    let slots = as_words_mut(&mut f.slots);
                    let b = ops.get_slot(slots, sp - 1);
                    let a = ops.get_slot(slots, sp - 2);
                    let r = match kind {
                        CmpKind::Is | CmpKind::IsNot => {
                            let same = ops.int_eq(a, b);
                            let same = ops.branch(same);
                            ops.konst(vm.bool_val(same == (kind == CmpKind::Is)).0)
                        }
                        _ => handlers::compare_op(ops, vm, kind, a, b),
                    };
                    if ops.check_exception(r) {
                        break 'instr take_pending(vm);
                    }
                    let f = Frame::from_raw(fp);
                    // A conditional jump on the result (`if a < b:`) is
                    // done here, saving its dispatch and truth test, when
                    // the result is a bool. (Not while recording: the jump
                    // is then its own instruction, so its guard resumes at
                    // an instruction boundary.)
                    if !ops.we_are_jitted() {
                        let next = f.fetch(pc + 1);
                        let jump_if = match next.op() {
                            Op::PopJumpIfFalse => Some(false),
                            Op::PopJumpIfTrue => Some(true),
                            _ => None,
                        };
                        if let Some(jump_if) = jump_if {
                            let r = Value(ops.promote(r));
                            if r == vm.true_ || r == vm.false_ {
                                f.sp = sp - 2;
                                f.pc = if (r == vm.true_) == jump_if {
                                    next.arg() as usize
                                } else {
                                    pc + 2
                                };
                                continue 'instr;
                            }
                        }
                    }
                    ops.set_slot(as_words_mut(&mut f.slots), sp - 2, r);
                    f.sp = sp - 1;
                }
                Op::UnaryOp => {
                    let sp = f.sp;
                    let v = ops.get_slot(as_words_mut(&mut f.slots), sp - 1);
                    let r = if UnaryKind::from_arg(arg) == UnaryKind::Not {
                        let t = handlers::truth(ops, vm, v);
                        if ops.check_exception(t) {
                            break 'instr take_pending(vm);
                        }
                        handlers::negated_truth(ops, vm, t)
                    } else {
                        let k = ops.konst(arg as u64);
                        let r = ops.residual2(vm, residuals::unary_op, k, v);
                        if ops.check_exception(r) {
                            break 'instr take_pending(vm);
                        }
                        r
                    };
                    let f = Frame::from_raw(fp);
                    ops.set_slot(as_words_mut(&mut f.slots), sp - 1, r);
                }
                Op::Pop => {
                    f.pop();
                }
                Op::Dup => {
                    let sp = f.sp;
                    let slots = as_words_mut(&mut f.slots);
                    let v = ops.get_slot(slots, sp - 1);
                    ops.set_slot(slots, sp, v);
                    f.sp = sp + 1;
                }
                Op::Dup2 => {
                    let sp = f.sp;
                    let slots = as_words_mut(&mut f.slots);
                    let a = ops.get_slot(slots, sp - 2);
                    let b = ops.get_slot(slots, sp - 1);
                    ops.set_slot(slots, sp, a);
                    ops.set_slot(slots, sp + 1, b);
                    f.sp = sp + 2;
                }
                Op::Rot2 => {
                    let sp = f.sp;
                    let slots = as_words_mut(&mut f.slots);
                    let a = ops.get_slot(slots, sp - 1);
                    let b = ops.get_slot(slots, sp - 2);
                    ops.set_slot(slots, sp - 1, b);
                    ops.set_slot(slots, sp - 2, a);
                }
                Op::Rot3 => {
                    let sp = f.sp;
                    let slots = as_words_mut(&mut f.slots);
                    let top = ops.get_slot(slots, sp - 1);
                    let second = ops.get_slot(slots, sp - 2);
                    let third = ops.get_slot(slots, sp - 3);
                    ops.set_slot(slots, sp - 1, second);
                    ops.set_slot(slots, sp - 2, third);
                    ops.set_slot(slots, sp - 3, top);
                }
                Op::Rot4 => {
                    let sp = f.sp;
                    let slots = as_words_mut(&mut f.slots);
                    let w: Vec<O::Word> = (sp - 4..sp).map(|i| ops.get_slot(slots, i)).collect();
                    // [a, b, c, top] -> [top, a, b, c]
                    ops.set_slot(slots, sp - 4, w[3]);
                    ops.set_slot(slots, sp - 3, w[0]);
                    ops.set_slot(slots, sp - 2, w[1]);
                    ops.set_slot(slots, sp - 1, w[2]);
                }
                Op::Jump => {
                    if (arg as usize) < pc && ops.we_are_jitted() && inline_depth(vm) > 0 {
                        // A loop in an inlined call: calls of this code are
                        // made residually from now on (its loop gets a
                        // trace of its own).
                        vm.tracing.no_inline.insert(code_word(f) as usize);
                        leave_recording!(ops, fp, pc, LOOP_IN_INLINED_CALL);
                    }
                    if (arg as usize) < pc && ops.we_are_jitted() {
                        // An inner loop the recording keeps unrolling: it
                        // gets a trace of its own first (then this one can
                        // end at its header).
                        let key = green_key(f, arg as usize);
                        if ops.unrolls_inner_loop(key) {
                            vm.jit.make_hot(key);
                            leave_recording!(ops, fp, pc, INNER_LOOP_UNROLLED);
                        }
                    }
                    if (arg as usize) < pc {
                        // A loop's back edge: collect, check signals, and
                        // (can_enter_jit) count, record or run the loop.
                        let z = ops.konst(0);
                        let r = ops.residual1(vm, residuals::backedge_poll, z);
                        if ops.check_exception(r) {
                            break 'instr take_pending(vm);
                        }
                        let f = Frame::from_raw(fp);
                        f.pc = arg as usize;
                        if !ops.we_are_jitted() && vm.jit.enabled() {
                            let key = green_key(f, arg as usize);
                            match vm.jit.on_backedge(key) {
                                Backedge::Interpret => {}
                                Backedge::Record => tri!('instr, record_loop(vm, fp, key)),
                                Backedge::Enter(n) => tri!('instr, enter_loop(vm, fp, n)),
                            }
                            // Both may leave frames of calls above this one.
                            fp = &mut **vm.frames.last_mut().expect("a running frame");
                        }
                        continue 'instr;
                    }
                    Frame::from_raw(fp).pc = arg as usize;
                }
                Op::PopJumpIfFalse
                | Op::PopJumpIfTrue
                | Op::JumpIfFalseOrPop
                | Op::JumpIfTrueOrPop => {
                    let sp = f.sp;
                    let w = ops.get_slot(as_words_mut(&mut f.slots), sp - 1);
                    let t = handlers::truth(ops, vm, w);
                    if ops.check_exception(t) {
                        break 'instr take_pending(vm);
                    }
                    // The jump's two outcomes, as states to resume at (the
                    // truth test may have called `__bool__`/`__len__`).
                    let (sp32, next, target) = (sp as u32, pc as u32 + 1, arg);
                    let popped = |pc| ResumeAt { pc, sp: sp32 - 1 };
                    let kept = |pc| ResumeAt { pc, sp: sp32 };
                    let (on_true, on_false) = match instr.op() {
                        Op::PopJumpIfFalse => (popped(next), popped(target)),
                        Op::PopJumpIfTrue => (popped(target), popped(next)),
                        Op::JumpIfFalseOrPop => (popped(next), kept(target)),
                        _ => (kept(target), popped(next)),
                    };
                    let is_true = {
                        let k = ops.konst(1);
                        let c = ops.int_eq(t, k);
                        ops.branch_resuming(c, on_true, on_false)
                    };
                    let f = Frame::from_raw(fp);
                    match instr.op() {
                        Op::PopJumpIfFalse => {
                            f.pop();
                            if !is_true {
                                f.pc = arg as usize;
                            }
                        }
                        Op::PopJumpIfTrue => {
                            f.pop();
                            if is_true {
                                f.pc = arg as usize;
                            }
                        }
                        Op::JumpIfFalseOrPop => {
                            if !is_true {
                                f.pc = arg as usize;
                            } else {
                                f.pop();
                            }
                        }
                        _ => {
                            if is_true {
                                f.pc = arg as usize;
                            } else {
                                f.pop();
                            }
                        }
                    }
                }
                Op::GetIter => {
                    let sp = f.sp;
                    let v = ops.get_slot(as_words_mut(&mut f.slots), sp - 1);
                    let it = ops.residual1(vm, residuals::get_iter, v);
                    if ops.check_exception(it) {
                        break 'instr take_pending(vm);
                    }
                    let f = Frame::from_raw(fp);
                    ops.set_slot(as_words_mut(&mut f.slots), sp - 1, it);
                    if !ops.we_are_jitted()
                        && vm.jit.enabled()
                        && f.fetch(pc + 1).op() == Op::ForIter
                    {
                        // The loop's first iteration: its header is next,
                        // and the frame stands as a back edge leaves it.
                        if let Some(n) = vm.jit.compiled_loop_at(green_key(f, pc + 1)) {
                            tri!('instr, enter_loop(vm, fp, n));
                            fp = &mut **vm.frames.last_mut().expect("a running frame");
                        }
                    }
                }
                Op::ForIter => {
                    let sp = f.sp;
                    let it = ops.get_slot(as_words_mut(&mut f.slots), sp - 1);
                    match iter_handlers::for_iter_fast(ops, vm, it) {
                        Some(IterStep::Next(v)) => {
                            ops.set_slot(as_words_mut(&mut f.slots), sp, v);
                            f.sp = sp + 1;
                            continue 'instr;
                        }
                        Some(IterStep::Done) => {
                            f.sp = sp - 1;
                            f.pc = arg as usize;
                            continue 'instr;
                        }
                        None => {}
                    }
                    let v = ops.residual1(vm, residuals::for_iter_next, it);
                    if ops.check_exception(v) {
                        break 'instr take_pending(vm);
                    }
                    let f = Frame::from_raw(fp);
                    // Pushed either way: the state after a next value.
                    ops.set_slot(as_words_mut(&mut f.slots), sp, v);
                    let stop = ops.konst(ITER_STOP);
                    let done = ops.int_eq(v, stop);
                    let exhausted = ResumeAt {
                        pc: arg,
                        sp: sp as u32 - 1,
                    };
                    let next = ResumeAt {
                        pc: pc as u32 + 1,
                        sp: sp as u32 + 1,
                    };
                    if ops.branch_resuming(done, exhausted, next) {
                        f.sp = sp - 1;
                        f.pc = arg as usize;
                    } else {
                        f.sp = sp + 1;
                    }
                }
                Op::BuildTuple | Op::BuildList => {
                    let n = arg as usize;
                    let sp = f.sp;
                    let helper = if instr.op() == Op::BuildTuple {
                        residuals::build_tuple
                    } else {
                        residuals::build_list
                    };
                    let slots = as_words_mut(&mut f.slots);
                    let t = ops.residual_slots(vm, helper, slots, sp - n, n);
                    let slots = as_words_mut(&mut f.slots);
                    ops.set_slot(slots, sp - n, t);
                    f.sp = sp - n + 1;
                }
                Op::BuildSet | Op::BuildMap | Op::BuildSlice | Op::BuildString => {
                    // The top `n` words become one object (BuildMap: `arg`
                    // key, value pairs; BuildSlice: 2 or 3 bounds).
                    let (helper, n): (piepie_jit::ResidualN<Vm>, usize) = match instr.op() {
                        Op::BuildSet => (residuals::build_set, arg as usize),
                        Op::BuildMap => (residuals::build_map, 2 * arg as usize),
                        Op::BuildSlice => (residuals::build_slice, arg as usize),
                        _ => (residuals::build_string, arg as usize),
                    };
                    let sp = f.sp;
                    let slots = as_words_mut(&mut f.slots);
                    let r = ops.residual_slots(vm, helper, slots, sp - n, n);
                    if ops.check_exception(r) {
                        break 'instr take_pending(vm);
                    }
                    let f = Frame::from_raw(fp);
                    ops.set_slot(as_words_mut(&mut f.slots), sp - n, r);
                    f.sp = sp - n + 1;
                }
                Op::ListAppend | Op::SetAdd => {
                    // Comprehensions: [target, ..., v].
                    let sp = f.sp;
                    let slots = as_words_mut(&mut f.slots);
                    let v = ops.get_slot(slots, sp - 1);
                    let target = ops.get_slot(slots, sp - 1 - arg as usize);
                    let helper = if instr.op() == Op::ListAppend {
                        residuals::list_append
                    } else {
                        residuals::set_add
                    };
                    let r = ops.residual2(vm, helper, target, v);
                    if ops.check_exception(r) {
                        break 'instr take_pending(vm);
                    }
                    Frame::from_raw(fp).sp = sp - 1;
                }
                Op::ListExtend | Op::SetUpdate | Op::DictUpdate => {
                    let sp = f.sp;
                    let slots = as_words_mut(&mut f.slots);
                    let v = ops.get_slot(slots, sp - 1);
                    let target = ops.get_slot(slots, sp - 1 - arg as usize);
                    let which = match instr.op() {
                        Op::ListExtend => 0,
                        Op::SetUpdate => 1,
                        _ => 2,
                    };
                    let which = ops.konst(which);
                    let r = ops.residual3(vm, residuals::collection_update, which, target, v);
                    if ops.check_exception(r) {
                        break 'instr take_pending(vm);
                    }
                    Frame::from_raw(fp).sp = sp - 1;
                }
                Op::DictMerge => {
                    let v = f.pop();
                    let target = f.peek(arg as usize - 1);
                    if instr.op() == Op::DictMerge {
                        // In a call `f(..., **v)`: the function sits below the arguments.
                        let func = f.peek(arg as usize + 1);
                        tri!('instr, check_kwargs_merge(vm, func, target, v));
                    }
                    tri!('instr, collection_add(vm, instr.op(), target, v));
                }
                Op::MapAdd => {
                    // Dict comprehensions: [d, ..., k, v].
                    let sp = f.sp;
                    let slots = as_words_mut(&mut f.slots);
                    let v = ops.get_slot(slots, sp - 1);
                    let k = ops.get_slot(slots, sp - 2);
                    let d = ops.get_slot(slots, sp - 2 - arg as usize);
                    let r = ops.residual3(vm, residuals::map_add, d, k, v);
                    if ops.check_exception(r) {
                        break 'instr take_pending(vm);
                    }
                    Frame::from_raw(fp).sp = sp - 2;
                }
                Op::ListToTuple => {
                    let sp = f.sp;
                    let l = ops.get_slot(as_words_mut(&mut f.slots), sp - 1);
                    let t = ops.residual1(vm, residuals::list_to_tuple, l);
                    ops.set_slot(as_words_mut(&mut f.slots), sp - 1, t);
                }
                Op::UnpackSequence => {
                    // The items, first on top, from a tuple of exactly them.
                    let n = arg as usize;
                    let sp = f.sp;
                    let v = ops.get_slot(as_words_mut(&mut f.slots), sp - 1);
                    if let Some(buffer) = handlers::unpack_exact(ops, vm, v, n) {
                        let slots = as_words_mut(&mut f.slots);
                        for i in 0..n {
                            let item = handlers::unpacked_item(ops, buffer, i);
                            ops.set_slot(slots, sp - 1 + (n - 1 - i), item);
                        }
                        f.sp = sp - 1 + n;
                        continue 'instr;
                    }
                    let nk = ops.konst(n as u64);
                    let t = ops.residual2(vm, residuals::unpack_to_tuple, v, nk);
                    if ops.check_exception(t) {
                        break 'instr take_pending(vm);
                    }
                    let f = Frame::from_raw(fp);
                    for i in 0..n {
                        let ik = ops.konst(i as u64);
                        let item = ops.elidable2(vm, residuals::tuple_item, t, ik);
                        ops.set_slot(as_words_mut(&mut f.slots), sp - 1 + (n - 1 - i), item);
                    }
                    f.sp = sp - 1 + n;
                }
                Op::UnpackEx => {
                    let v = f.pop();
                    let before = (arg & 0xff) as usize;
                    let after = (arg >> 8) as usize;
                    let items = tri!('instr, vm.unpack_ex(v, before, after));
                    let f = Frame::from_raw(fp);
                    for &x in items.iter().rev() {
                        f.push(x);
                    }
                }
                Op::MakeFunction => {
                    // [defaults?, kwdefaults?, closure?, code] as `arg`
                    // says, packed in a tuple for the helper.
                    let n = 1 + (arg & 0b1011).count_ones() as usize;
                    let sp = f.sp;
                    let slots = as_words_mut(&mut f.slots);
                    let parts = ops.residual_slots(vm, residuals::build_tuple, slots, sp - n, n);
                    let flags = ops.konst(arg as u64);
                    // Inlined frames exist only in compiled code: name
                    // their globals (0 is the running frame's).
                    let inlined = ops.we_are_jitted() && inline_depth(vm) > 0;
                    let globals = ops.konst(if inlined { f.globals.0 } else { 0 });
                    let func = ops.residual3(vm, residuals::make_function, flags, globals, parts);
                    let f = Frame::from_raw(fp);
                    ops.set_slot(as_words_mut(&mut f.slots), sp - n, func);
                    f.sp = sp - n + 1;
                }
                Op::ReturnValue => {
                    let w = ops.get_slot(as_words_mut(&mut f.slots), f.sp - 1);
                    if ops.we_are_jitted() {
                        match f.on_return {
                            _ if inline_depth(vm) == 0 => {
                                if ops.end_in_interpreter() {
                                    // The recording (a loop, entry or
                                    // bridge) ends here: the interpreter
                                    // returns (the frame is real).
                                    Frame::from_raw(fp).pc = pc;
                                    return Ok(Value::NULL);
                                }
                                leave_recording!(ops, fp, pc, "return from the loop's frame")
                            }
                            ReturnMode::Push => {}
                            ReturnMode::Operator(..) => {
                                let ni = ops.konst(vm.not_implemented.0);
                                let declined = ops.int_eq(w, ni);
                                if ops.branch(declined) {
                                    leave_recording!(
                                        ops,
                                        fp,
                                        pc,
                                        "operator method returned NotImplemented"
                                    );
                                }
                            }
                            _ => leave_recording!(ops, fp, pc, "return to a native caller"),
                        }
                    }
                    let v = f.pop();
                    let mode = f.on_return;
                    let init_self = f.init_self;
                    let gen = f.generator;
                    let done = vm.frames.pop().expect("returning frame");
                    if !gen.is_null() {
                        finish_generator(gen, done);
                    } else {
                        vm.recycle_frame(done);
                    }
                    match mode {
                        ReturnMode::ToNative => return Ok(v),
                        ReturnMode::Push => {
                            ops.leave_frame();
                            fp = &mut **vm.frames.last_mut().expect("caller frame");
                            let f = Frame::from_raw(fp);
                            let sp = f.sp;
                            ops.set_slot(as_words_mut(&mut f.slots), sp, w);
                            f.sp = sp + 1;
                        }
                        ReturnMode::Operator(kind, stage) => {
                            fp = &mut **vm.frames.last_mut().expect("caller frame");
                            let f = Frame::from_raw(fp);
                            if v == vm.not_implemented {
                                // (Not when recording: the guard above.)
                                let (a, b) = (f.peek(1), f.peek(0));
                                let r = tri!('instr, vm.binop_declined(kind, a, b, stage));
                                let f = Frame::from_raw(fp);
                                f.drop_n(2);
                                f.push(r);
                            } else {
                                ops.leave_frame();
                                let sp = f.sp;
                                ops.set_slot(as_words_mut(&mut f.slots), sp - 2, w);
                                f.sp = sp - 1;
                            }
                        }
                        ReturnMode::Compare(kind) => {
                            // (Never while recording: these frames are
                            // not pushed then, and a return to one's caller
                            // leaves the recording above.)
                            fp = &mut **vm.frames.last_mut().expect("caller frame");
                            let f = Frame::from_raw(fp);
                            let r = if v == vm.not_implemented {
                                let (a, b) = (f.peek(1), f.peek(0));
                                tri!('instr, vm.compare_declined(kind, a, b))
                            } else {
                                v
                            };
                            let f = Frame::from_raw(fp);
                            f.drop_n(2);
                            f.push(r);
                        }
                        ReturnMode::New { npos, clear } => {
                            fp = &mut **vm.frames.last_mut().expect("caller frame");
                            let f = Frame::from_raw(fp);
                            let (names, npos) = (init_self, npos as usize);
                            let kwnames = tuple_items(names);
                            let args_start = f.sp - npos - kwnames.len();
                            let cls = f.slots[args_start - 1];
                            // The argument slices stay valid: the caller's
                            // stack is not touched while `__init__` runs.
                            let args = super::Args {
                                pos: super::frame::detach(&f.slots[args_start..args_start + npos]),
                                kwnames,
                                kwvals: super::frame::detach(&f.slots[args_start + npos..f.sp]),
                            };
                            tri!('instr, vm.finish_new(cls, v, args));
                            let f = Frame::from_raw(fp);
                            f.drop_n(clear as usize);
                            f.push(v);
                        }
                        ReturnMode::Init => {
                            fp = &mut **vm.frames.last_mut().expect("caller frame");
                            if v != vm.none {
                                let n = vm.type_name(v);
                                break 'instr vm.type_error(format!(
                                    "__init__() should return None, not '{n}'"
                                ));
                            }
                            Frame::from_raw(fp).push(init_self);
                        }
                    }
                    vm.safepoint();
                }
                Op::YieldValue => {
                    let v = f.pop();
                    let gen = f.generator;
                    let frame = vm.frames.pop().expect("generator frame");
                    suspend_generator(gen, frame);
                    return Ok(v);
                }
                Op::YieldFrom => {
                    let sent = f.pop();
                    let sub = f.top();
                    match tri!('instr, vm.gen_send(sub, sent)) {
                        super::iter::SendResult::Yielded(v) => {
                            // Re-run this instruction on resume; the sent value
                            // will be on the stack.
                            let f = Frame::from_raw(fp);
                            f.pc = pc;
                            let gen = f.generator;
                            let frame = vm.frames.pop().expect("generator frame");
                            suspend_generator(gen, frame);
                            return Ok(v);
                        }
                        super::iter::SendResult::Returned(r) => {
                            let f = Frame::from_raw(fp);
                            f.set_peek(0, r);
                            f.pc = arg as usize;
                        }
                    }
                }
                Op::GetYieldFromIter => {
                    let v = f.top();
                    if !(v.is_ptr() && matches!(kind_of(v), ObjKind::Generator(_))) {
                        let it = tri!('instr, vm.get_iter(v));
                        Frame::from_raw(fp).set_peek(0, it);
                    }
                }
                Op::RaiseVarargs => {
                    let e = match arg {
                        0 => {
                            if vm.handled_exc.is_null() || vm.handled_exc == vm.none {
                                break 'instr vm.runtime_error("No active exception to reraise");
                            }
                            reraise = true;
                            Exc(vm.handled_exc)
                        }
                        1 => {
                            let v = f.pop();
                            Exc(tri!('instr, vm.make_exception(v)))
                        }
                        _ => {
                            let cause = f.pop();
                            let v = f.pop();
                            let e = tri!('instr, vm.make_exception(v));
                            let base = vm.exc_type(ExcKind::BaseException);
                            let cause = if cause == vm.none {
                                vm.none
                            } else if vm.isinstance(cause, base)
                                || (vm.is_class(cause) && vm.is_subclass(cause, base))
                            {
                                tri!('instr, vm.make_exception(cause))
                            } else {
                                break 'instr vm
                                    .type_error("exception causes must derive from BaseException");
                            };
                            if let Some(d) = vm.exc_data(e) {
                                d.cause = cause;
                                d.suppress_context = true;
                            }
                            Exc(e)
                        }
                    };
                    break 'instr e;
                }
                Op::Reraise => {
                    let e = f.pop();
                    reraise = true;
                    break 'instr Exc(e);
                }
                Op::PushExcInfo => {
                    let e = f.pop();
                    let prev = if vm.handled_exc.is_null() {
                        vm.none
                    } else {
                        vm.handled_exc
                    };
                    f.push(prev);
                    f.push(e);
                    vm.handled_exc = e;
                }
                Op::PopExcept => {
                    let prev = f.pop();
                    vm.handled_exc = if prev == vm.none { Value::NULL } else { prev };
                }
                Op::CheckExcMatch => {
                    let typ = f.pop();
                    let e = f.top();
                    let m = tri!('instr, vm.exception_matches(e, typ));
                    let b = vm.bool_val(m);
                    f.push(b);
                }
                Op::BeforeWith => {
                    let mgr = f.pop();
                    let (exit, entered) = tri!('instr, vm.enter_context(mgr));
                    let f = Frame::from_raw(fp);
                    f.push(exit);
                    f.push(entered);
                }
                Op::WithExceptStart => {
                    let e = f.peek(0);
                    let exit = f.peek(2);
                    let t = vm.class_of(e);
                    let tb = vm.traceback_of(e);
                    let r = tri!('instr, vm.call(exit, &[t, e, tb]));
                    Frame::from_raw(fp).push(r);
                }
                Op::LoadBuildClass => {
                    let b = tri!('instr, vm.load_global(f.globals, f.builtins, vm.interned["__build_class__"]));
                    f.push(b);
                }
                Op::ImportName => {
                    let name = f.code.names[arg as usize];
                    let fromlist = f.pop();
                    let level = f.pop();
                    let globals = f.globals;
                    let m = tri!('instr, vm.import_name(name, fromlist, level, globals));
                    Frame::from_raw(fp).push(m);
                }
                Op::ImportFrom => {
                    let name = f.code.names[arg as usize];
                    let m = f.top();
                    let v = tri!('instr, vm.import_from(m, name));
                    Frame::from_raw(fp).push(v);
                }
                Op::ImportStar => {
                    let m = f.pop();
                    let ns = f.locals;
                    tri!('instr, vm.import_star(m, ns));
                }
                Op::FormatValue => {
                    // [v, spec?]: `v` converted (arg & 3), then formatted.
                    let sp = f.sp;
                    let slots = as_words_mut(&mut f.slots);
                    let (at, spec) = if arg & 4 != 0 {
                        (sp - 2, ops.get_slot(slots, sp - 1))
                    } else {
                        (sp - 1, ops.konst(0))
                    };
                    let v = ops.get_slot(slots, at);
                    let conv = ops.konst((arg & 3) as u64);
                    let r = ops.residual3(vm, residuals::format_value, conv, v, spec);
                    push_result!('instr, ops, vm, fp, at, r);
                }
                Op::LoadAssertionError => {
                    let a = vm.exc_type(ExcKind::AssertionError);
                    f.push(a);
                }
                Op::PrintExpr => {
                    // Stays on the stack (rooted) while repr runs.
                    let v = f.top();
                    tri!('instr, vm.print_expr(v));
                    Frame::from_raw(fp).pop();
                }
                Op::PushNull => f.push(Value::NULL),
            }
        };
        // While recording, the plain interpreter that started the
        // recording handles the exception (the trace is given up).
        if ops.we_are_jitted() {
            ops.abort("exception raised while tracing");
            return Err(err);
        }
        // An exception: find a handler in this frame or a caller.
        match unwind(vm, err, reraise) {
            Unwound::Resume(p) => fp = p,
            Unwound::Escape(e) => return Err(e),
        }
        reraise = false;
    }
}

/// The green key of instruction `pc` of frame `f`'s code.
#[inline(always)]
pub(super) fn green_key(f: &Frame, pc: usize) -> GreenKey {
    GreenKey {
        code: std::rc::Rc::as_ptr(&f.code) as usize,
        pc: pc as u32,
    }
}

/// The address of the frame's code object, as helpers take it.
#[inline(always)]
fn code_word(f: &Frame) -> u64 {
    std::rc::Rc::as_ptr(&f.code) as u64
}

/// Whether the instruction's handler is written entirely against `Ops`
/// (every value it reads or writes goes through the trait), so that
/// running it under the recorder traces it.
fn traceable(op: Op) -> bool {
    matches!(
        op,
        Op::Nop
            | Op::LoadConst
            | Op::LoadFast
            | Op::StoreFast
            | Op::LoadGlobal
            | Op::LoadAttr
            | Op::LoadMethod
            | Op::Call
            | Op::CallMethod
            | Op::ReturnValue
            | Op::BuildTuple
            | Op::BuildList
            | Op::UnaryOp
            | Op::LoadDeref
            | Op::StoreDeref
            | Op::LoadClosure
            | Op::ListAppend
            | Op::SetAdd
            | Op::MapAdd
            | Op::GetIter
            | Op::UnpackSequence
            | Op::StoreAttr
            | Op::BinarySubscr
            | Op::StoreSubscr
            | Op::BinaryOp
            | Op::InplaceOp
            | Op::CompareOp
            | Op::Pop
            | Op::Dup
            | Op::Dup2
            | Op::Rot2
            | Op::Rot3
            | Op::Jump
            | Op::PopJumpIfFalse
            | Op::PopJumpIfTrue
            | Op::JumpIfFalseOrPop
            | Op::JumpIfTrueOrPop
            | Op::ForIter
            | Op::BuildSet
            | Op::BuildMap
            | Op::BuildSlice
            | Op::BinarySlice
            | Op::StoreSlice
            | Op::BuildString
            | Op::ListExtend
            | Op::SetUpdate
            | Op::DictUpdate
            | Op::ListToTuple
            | Op::DeleteSubscr
            | Op::MakeFunction
            | Op::FormatValue
            | Op::Rot4
            | Op::CallKw
    )
}

/// The merge point while recording: false ends the recording run (the
/// trace closed, or was given up, possibly because the next instruction
/// cannot be traced).
#[inline(never)]
fn recording_merge_point<O: Ops<Vm>>(ops: &mut O, f: &Frame) -> bool {
    let op = f.fetch(f.pc).op();
    if !ops.merge_point(green_key(f, f.pc), f.sp) {
        return false;
    }
    if op == Op::YieldValue && ops.end_in_interpreter() {
        // A loop (or bridge) in a generator's own frame: the fragment ends
        // here and the interpreter yields; resuming the generator goes on
        // in the interpreter until a compiled header.
        return false;
    }
    if !traceable(op) {
        ops.unsupported(op.name());
        return false;
    }
    true
}

/// `LoadMethod`'s result: the object at `sp - 1` becomes the pair
/// `[first, second]` (`[function, self]` or `[NULL, attribute]`).
#[inline(always)]
fn set_method_pair<O: Ops<Vm>>(
    ops: &mut O,
    fp: *mut Frame,
    sp: usize,
    first: O::Word,
    second: O::Word,
) {
    let f = Frame::from_raw(fp);
    let slots = as_words_mut(&mut f.slots);
    ops.set_slot(slots, sp - 1, first);
    ops.set_slot(slots, sp, second);
    f.sp = sp + 1;
}

#[cold]
pub(super) fn take_pending(vm: &mut Vm) -> Exc {
    let e = std::mem::replace(&mut vm.pending_exc, Value::NULL);
    Exc(e)
}

#[cold]
fn unbound_local(vm: &mut Vm, f: &Frame, i: usize) -> Exc {
    let name = f.code.varnames[i].clone();
    vm.exc(
        ExcKind::UnboundLocalError,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

/// Whether `a op b` might run a user class's method as a frame (see
/// `Vm::operator_frame_class`): not for a small int or an exact float,
/// which the dispatch loop rules out with no class lookup.
#[inline(always)]
fn may_run_operator_frame(vm: &Vm, a: Value) -> bool {
    a.is_ptr() && a.obj().class != vm.types.float
}

/// The items of a `CALL_KW` names tuple: a constant of the running code,
/// which keeps it alive (and a tuple never changes) while the call runs.
fn tuple_items<'a>(t: Value) -> &'a [Value] {
    match kind_of(t) {
        ObjKind::Tuple(v) => v,
        _ => &[],
    }
}

/// Cell-variable opcodes.
fn cells(vm: &mut Vm, f: &mut Frame, op: Op, i: usize) -> PyResult<()> {
    let slot = f.code.nlocals() + i;
    let cell = f.slots[slot];
    let cell_name = || {
        let c = &f.code;
        if i < c.cellvars.len() {
            c.cellvars[i].clone()
        } else {
            c.freevars[i - c.cellvars.len()].clone()
        }
    };
    match op {
        Op::LoadClosure => f.push(cell),
        Op::LoadDeref | Op::LoadClassDeref => {
            if op == Op::LoadClassDeref {
                let name = cell_name();
                let key = vm.intern(&name);
                if let Some(v) = crate::builtins::dict::dict_get_str(f.locals, key) {
                    f.push(v);
                    return Ok(());
                }
            }
            let v = match kind_of(cell) {
                ObjKind::Cell(v) => *v,
                _ => Value::NULL,
            };
            if v.is_null() {
                return Err(empty_cell_error(vm, &f.code, i));
            }
            f.push(v);
        }
        Op::StoreDeref => {
            let v = f.pop();
            if let ObjKind::Cell(c) = &mut cell.obj_mut().kind {
                *c = v;
            }
        }
        _ => {
            let empty = matches!(kind_of(cell), ObjKind::Cell(v) if v.is_null());
            if empty {
                let name = cell_name();
                return Err(vm.exc(
                    ExcKind::UnboundLocalError,
                    format!("cannot access local variable '{name}' where it is not associated with a value"),
                ));
            }
            if let ObjKind::Cell(c) = &mut cell.obj_mut().kind {
                *c = Value::NULL;
            }
        }
    }
    Ok(())
}

/// The error reading the empty cell `i` (cell variables, then free ones)
/// of `code` raises.
#[cold]
pub(super) fn empty_cell_error(vm: &mut Vm, code: &crate::bytecode::CodeObject, i: usize) -> Exc {
    if i < code.cellvars.len() {
        let name = &code.cellvars[i];
        return vm.exc(
            ExcKind::UnboundLocalError,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        );
    }
    let name = &code.freevars[i - code.cellvars.len()];
    vm.exc(
        ExcKind::NameError,
        format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
    )
}

/// `f(**v)` errors name the function: a non-mapping, or a repeated keyword.
fn check_kwargs_merge(vm: &mut Vm, func: Value, target: Value, v: Value) -> PyResult<()> {
    if let ObjKind::Dict(d) = kind_of(v) {
        let keys: Vec<Value> = d.iter().map(|e| e.key).collect();
        for k in keys {
            if vm.dict_get(target, k)?.is_some() {
                let fs = vm.function_str(func);
                let ks = vm.str_of_value(k)?;
                return Err(vm.type_error(format!(
                    "{fs} got multiple values for keyword argument '{ks}'"
                )));
            }
        }
        return Ok(());
    }
    let keys_n = vm.intern_static("keys");
    if vm.lookup_special(v, keys_n).is_none() {
        let fs = vm.function_str(func);
        let t = vm.type_name(v);
        return Err(vm.type_error(format!("{fs} argument after ** must be a mapping, not {t}")));
    }
    Ok(())
}

pub(super) fn collection_add(vm: &mut Vm, op: Op, target: Value, v: Value) -> PyResult<()> {
    match op {
        Op::ListAppend => {
            if let ObjKind::List(l) = &mut target.obj_mut().kind {
                if l.len() == l.capacity() {
                    vm.heap.note_growth(l.capacity().max(4) * 8);
                }
                l.push(v);
            }
            Ok(())
        }
        Op::SetAdd => vm.set_add(target, v),
        Op::ListExtend => {
            let items = match vm.iterate(v) {
                Ok(items) => items,
                Err(e) => {
                    if vm.exc_matches(e.0, ExcKind::TypeError) && !vm.has_iter(v) {
                        let n = vm.type_name(v);
                        return Err(
                            vm.type_error(format!("Value after * must be an iterable, not {n}"))
                        );
                    }
                    return Err(e);
                }
            };
            if let ObjKind::List(l) = &mut target.obj_mut().kind {
                l.extend(items);
            }
            Ok(())
        }
        Op::SetUpdate => vm.set_update_internal(target, v),
        Op::DictUpdate => {
            // `{**v}` takes mappings only (not pair sequences like dict.update).
            let keys_n = vm.intern_static("keys");
            if !matches!(kind_of(v), ObjKind::Dict(_)) && vm.lookup_special(v, keys_n).is_none() {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("'{t}' object is not a mapping")));
            }
            vm.dict_update(target, v, false)
        }
        _ => vm.dict_update(target, v, true),
    }
}

/// Calls `callee` with the `nargs` values on top of the stack, followed by
/// keyword values named by the tuple `names` (NULL: none). Python functions get a new frame
/// pushed (`Ok(None)`: the loop continues in it, and `fp` is updated);
/// anything else is called now (`Ok(Some(result))`). `clear` is how many
/// stack values the call consumes (for frames, cleared right away).
fn call_value(
    vm: &mut Vm,
    fp: &mut *mut Frame,
    callee: Value,
    nargs: usize,
    clear: usize,
    names: Value,
    mode: ReturnMode,
) -> PyResult<Option<Value>> {
    let kwnames = tuple_items(names);
    let f = Frame::from_raw(*fp);
    let args_start = f.sp - nargs - kwnames.len();
    if callee.is_ptr() {
        if let ObjKind::Function(func) = kind_of(callee) {
            if !func.code.is_generator() {
                let pos_end = f.sp - kwnames.len();
                let new = vm.prepare_frame(
                    callee,
                    &f.slots[args_start..pos_end],
                    kwnames,
                    &f.slots[pos_end..f.sp],
                )?;
                let f = Frame::from_raw(*fp);
                f.drop_n(clear);
                let mut new = new;
                new.on_return = mode;
                vm.push_frame(new)?;
                *fp = &mut **vm.frames.last_mut().expect("pushed frame");
                return Ok(None);
            }
        }
    }
    if let ObjKind::BoundMethod { func, receiver } = kind_of(callee) {
        if matches!(kind_of(*func), ObjKind::Function(fd) if !fd.code.is_generator()) {
            // `obj.method` called as a value: the callee's stack slot (just
            // below the arguments) becomes the receiver, so
            // `[receiver, args...]` is contiguous for the function's frame.
            let (func, receiver) = (*func, *receiver);
            push_frame_with_self(vm, fp, func, receiver, args_start, clear, kwnames, mode)?;
            return Ok(None);
        }
    }
    if mode == ReturnMode::Push && callee.is_ptr() && matches!(kind_of(callee), ObjKind::Class(_)) {
        if let Some(init) = vm.plain_init(callee) {
            // The callee's stack slot (just below the arguments) becomes
            // `self`, so `[self, args...]` is contiguous for `__init__`.
            let obj = vm.new_instance(callee);
            push_frame_with_self(
                vm,
                fp,
                init,
                obj,
                args_start,
                clear,
                kwnames,
                ReturnMode::Init,
            )?;
            return Ok(None);
        }
        if let Some(new_fn) = vm.plain_new(callee) {
            // `[cls, args...]` is contiguous already (the callee's slot
            // holds `cls`), and stays on the stack until `__new__` returns.
            let mut new = frame_from_stack(vm, *fp, new_fn, args_start - 1, kwnames)?;
            let npos = Frame::from_raw(*fp).sp - kwnames.len() - args_start;
            new.on_return = ReturnMode::New {
                npos: npos as u32,
                clear: clear as u32,
            };
            new.init_self = names;
            vm.push_frame(new)?;
            *fp = &mut **vm.frames.last_mut().expect("pushed frame");
            return Ok(None);
        }
    }
    if let Some(method) = python_call_method(vm, callee) {
        // An instance whose class defines `__call__` in Python: the
        // method's frame runs in this loop, with the instance as `self`.
        push_frame_with_self(vm, fp, method, callee, args_start, clear, kwnames, mode)?;
        return Ok(None);
    }
    let f = Frame::from_raw(*fp);
    let pos_end = f.sp - kwnames.len();
    let args = super::Args {
        pos: &f.slots[args_start..pos_end],
        kwnames,
        kwvals: &f.slots[pos_end..f.sp],
    };
    // The argument slices stay valid: callees run in frames above this one.
    let args: super::Args = super::Args {
        pos: super::frame::detach(args.pos),
        kwnames: args.kwnames,
        kwvals: super::frame::detach(args.kwvals),
    };
    vm.call_with(callee, args).map(Some)
}

/// For an instance (not a function, method, class or builtin) whose class
/// defines `__call__` as a Python function (not a generator): that function.
fn python_call_method(vm: &mut Vm, callee: Value) -> Option<Value> {
    if !callee.is_ptr()
        || matches!(
            kind_of(callee),
            ObjKind::Function(_)
                | ObjKind::Builtin(_)
                | ObjKind::BoundMethod { .. }
                | ObjKind::Class(_)
                | ObjKind::StaticMethod(_)
        )
    {
        return None;
    }
    let name = vm.intern_static("__call__");
    let method = vm.lookup_special(callee, name)?;
    match kind_of(method) {
        ObjKind::Function(f) if !f.code.is_generator() => Some(method),
        _ => None,
    }
}

/// Pushes a frame for `func` called with `this` as its first argument and
/// the call's arguments after it: `this` replaces the callee's stack slot
/// (just below the arguments), so `[this, args...]` is contiguous. Then
/// consumes `clear` stack values and continues in the new frame (`fp`).
/// For `ReturnMode::Init`, `this` is the instance the call returns.
#[allow(clippy::too_many_arguments)]
fn push_frame_with_self(
    vm: &mut Vm,
    fp: &mut *mut Frame,
    func: Value,
    this: Value,
    args_start: usize,
    clear: usize,
    kwnames: &[Value],
    mode: ReturnMode,
) -> PyResult<()> {
    Frame::from_raw(*fp).slots[args_start - 1] = this;
    let mut new = frame_from_stack(vm, *fp, func, args_start - 1, kwnames)?;
    Frame::from_raw(*fp).drop_n(clear);
    new.on_return = mode;
    if mode == ReturnMode::Init {
        new.init_self = this;
    }
    vm.push_frame(new)?;
    *fp = &mut **vm.frames.last_mut().expect("pushed frame");
    Ok(())
}

/// A frame for `func` called with the values of `fp`'s stack from slot
/// `first` up: positional arguments, then the values of the keywords
/// `kwnames`. The stack is left as it is.
fn frame_from_stack(
    vm: &mut Vm,
    fp: *mut Frame,
    func: Value,
    first: usize,
    kwnames: &[Value],
) -> PyResult<Box<Frame>> {
    let f = Frame::from_raw(fp);
    let pos_end = f.sp - kwnames.len();
    vm.prepare_frame(
        func,
        &f.slots[first..pos_end],
        kwnames,
        &f.slots[pos_end..f.sp],
    )
}

/// Moves a suspended generator frame back into its generator object.
fn suspend_generator(gen: Value, frame: Box<Frame>) {
    if let ObjKind::Generator(g) = &mut gen.obj_mut().kind {
        g.frame = Some(frame);
        g.running = false;
    }
}

fn finish_generator(gen: Value, _frame: Box<Frame>) {
    if let ObjKind::Generator(g) = &mut gen.obj_mut().kind {
        g.frame = None;
        g.running = false;
    }
}

/// Finds a handler for `e`, popping frames that have none. Frames record a
/// traceback entry as the exception passes (except for a re-raise in the
/// frame that already recorded one).
fn unwind(vm: &mut Vm, e: Exc, reraise: bool) -> Unwound {
    let mut first = true;
    if !reraise {
        // Implicit chaining: the exception being handled becomes __context__.
        let handled = vm.handled_exc;
        if !handled.is_null() && handled != e.0 {
            if let Some(d) = vm.exc_data(e.0) {
                if d.context.is_null() {
                    d.context = handled;
                }
            }
        }
    }
    loop {
        let fp: *mut Frame = &mut **vm.frames.last_mut().expect("unwinding frame");
        let f = Frame::from_raw(fp);
        if !(first && reraise) {
            let line = f.line();
            let (file, name) = (f.code.filename.clone(), f.code.name.clone());
            vm.add_traceback(e.0, &file, &name, line);
        }
        first = false;
        if let Some(h) = f.code.handler_for(f.lasti() as u32) {
            let target = f.stack_base + h.depth as usize;
            while f.sp > target {
                f.pop();
            }
            f.push(e.0);
            f.pc = h.handler as usize;
            return Unwound::Resume(fp);
        }
        let mode = f.on_return;
        let gen = f.generator;
        let done = vm.frames.pop().expect("frame");
        if !gen.is_null() {
            finish_generator(gen, done);
        } else {
            vm.recycle_frame(done);
        }
        if mode == ReturnMode::ToNative {
            return Unwound::Escape(e);
        }
    }
}

/// Resumes the frame on top of the stack by raising `e` in it (generator
/// `throw`), then continues running it.
pub fn resume_with_exception(vm: &mut Vm, e: Exc) -> PyResult<Value> {
    match unwind(vm, e, false) {
        Unwound::Resume(_) => run(vm, &mut piepie_jit::Concrete),
        Unwound::Escape(e) => Err(e),
    }
}

/// The `f64` kernel of `callee` if it is a one-argument float builtin.
#[inline(always)]
fn float_kernel_of(callee: Value) -> Option<fn(f64) -> f64> {
    if !callee.is_ptr() {
        return None;
    }
    match kind_of(callee) {
        ObjKind::Builtin(b) => b.float_kernel,
        _ => None,
    }
}
