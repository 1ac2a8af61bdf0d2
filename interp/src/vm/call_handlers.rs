//! Fast paths of calls written against the JIT's primitive operations.
//!
//! `CallMethod` on `[NULL, bound method, args...]` (what `LoadMethod` leaves
//! for a bound method stored in a module or an instance, such as
//! `random.random`) is turned into `[function, receiver, args...]`, so the
//! call takes the plain-function path — a frame of the dispatch loop, and
//! an inlined call in a trace — instead of a general call that allocates
//! the argument vector.
//!
//! Layout: a bound method's function and receiver words are at the offsets
//! of [`BoundMethodLayout`], measured on a probe at startup. Bound methods
//! are immutable and always of class `method`.

use super::Vm;
use crate::object::{kind_of, ObjKind, PyObj, Value};
use piepie_jit::Ops;

/// Where a bound method object keeps its function and its receiver.
#[derive(Clone, Copy, Debug, Default)]
pub struct BoundMethodLayout {
    pub func: i32,
    pub receiver: i32,
}

/// Measures [`BoundMethodLayout`] on a bound method this VM makes.
pub fn bound_method_layout(vm: &mut Vm) -> BoundMethodLayout {
    let none = vm.none;
    let probe = vm.alloc(
        vm.types.method,
        ObjKind::BoundMethod {
            func: none,
            receiver: none,
        },
    );
    let o: &PyObj = probe.obj();
    let ObjKind::BoundMethod { func, receiver } = &o.kind else {
        unreachable!("a bound method probe");
    };
    let at = |field: &Value| (field as *const Value as usize - o as *const PyObj as usize) as i32;
    BoundMethodLayout {
        func: at(func),
        receiver: at(receiver),
    }
}

/// The function and receiver of `w` (whose value now is `concrete`) if it
/// is a bound method; `None` (with nothing checked) otherwise, which the
/// general call path handles for any callee.
#[inline(always)]
pub fn bound_method_parts<O: Ops<Vm>>(
    ops: &mut O,
    vm: &mut Vm,
    w: O::Word,
    concrete: Value,
) -> Option<(O::Word, O::Word)> {
    if !concrete.is_ptr() || !matches!(kind_of(concrete), ObjKind::BoundMethod { .. }) {
        return None;
    }
    let cls = super::handlers::builtin_class_of(ops, vm, w)?;
    let method = ops.konst(vm.types.method.0);
    let is_method = ops.int_eq(cls, method);
    if !ops.branch(is_method) {
        return None;
    }
    let layout = vm.bound_method_layout;
    // SAFETY: `w` is a bound method (checked above), whose two words never
    // change after it is made.
    let parts = unsafe {
        (
            ops.load_imm(w, layout.func),
            ops.load_imm(w, layout.receiver),
        )
    };
    Some(parts)
}
