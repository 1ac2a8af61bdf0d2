//! Residual helpers of the dispatch loop's handlers: the out-of-line work
//! (dictionary probing, attribute lookup, iteration protocols, collection
//! and signal checks) that a trace calls rather than traces into.
//!
//! Each is `extern "C"`, never unwinds, and returns a word: a value, or 0
//! after storing the exception in `vm.pending_exc`. Helpers that need the
//! instruction's operand receive `pc << 32 | arg` as one word; helpers that
//! need the running frame use the top of `vm.frames` (compiled code writes
//! the frame's slots, pc and stack depth back before every residual call).

use super::frame::Frame;
use super::{PyResult, Vm};
use crate::object::Value;

/// What [`for_iter_next`] returns for an exhausted iterator: never a value
/// word (small ints are odd, pointers are 8-aligned and non-zero).
pub const ITER_STOP: u64 = 2;

/// Packs an instruction's pc and operand into one helper argument.
#[inline(always)]
pub fn pc_arg(pc: usize, arg: u32) -> u64 {
    ((pc as u64) << 32) | arg as u64
}

#[inline(always)]
fn unpack(w: u64) -> (usize, usize) {
    ((w >> 32) as usize, (w & 0xffff_ffff) as usize)
}

#[inline(always)]
fn word(vm: &mut Vm, r: PyResult<Value>) -> u64 {
    match r {
        Ok(v) => v.0,
        Err(e) => {
            vm.pending_exc = e.0;
            0
        }
    }
}

/// The running frame.
#[inline(always)]
fn top_frame<'a>(vm: &mut Vm) -> &'a mut Frame {
    Frame::from_raw(&mut **vm.frames.last_mut().expect("a running frame"))
}

/// `LOAD_GLOBAL`: the global or builtin `names[arg]`.
pub extern "C" fn load_global(vm: &mut Vm, pc_arg: u64) -> u64 {
    let (pc, arg) = unpack(pc_arg);
    let f = top_frame(vm);
    let name = f.code.names[arg];
    let r = vm.load_global_cached(&f.code, pc, f.globals, f.builtins, name);
    word(vm, r)
}

/// `LOAD_ATTR`: `o.names[arg]`.
pub extern "C" fn load_attr(vm: &mut Vm, pc_arg: u64, o: u64) -> u64 {
    let (pc, arg) = unpack(pc_arg);
    let f = top_frame(vm);
    let name = f.code.names[arg];
    let r = vm.load_attr_cached(&f.code, pc, Value(o), name);
    word(vm, r)
}

/// `STORE_ATTR`: `o.names[arg] = v`; 1 when done.
pub extern "C" fn store_attr(vm: &mut Vm, pc_arg: u64, o: u64, v: u64) -> u64 {
    let (pc, arg) = unpack(pc_arg);
    let f = top_frame(vm);
    let name = f.code.names[arg];
    let r = vm.store_attr_cached(&f.code, pc, Value(o), name, Value(v));
    word(vm, r.map(|_| Value(1)))
}

/// `o[k]`.
pub extern "C" fn getitem(vm: &mut Vm, o: u64, k: u64) -> u64 {
    let (o, k) = (Value(o), Value(k));
    if let Some(v) = vm.getitem_seq_fast(o, k) {
        return v.0;
    }
    let r = vm.getitem(o, k);
    word(vm, r)
}

/// `o[k] = v`; 1 when done.
pub extern "C" fn setitem(vm: &mut Vm, o: u64, k: u64, v: u64) -> u64 {
    let (o, k, v) = (Value(o), Value(k), Value(v));
    if vm.setitem_list_fast(o, k, v) {
        return 1;
    }
    let r = vm.setitem(o, k, v);
    word(vm, r.map(|_| Value(1)))
}

/// `FOR_ITER`: the iterator's next value, or [`ITER_STOP`].
pub extern "C" fn for_iter_next(vm: &mut Vm, it: u64) -> u64 {
    match vm.iter_next(Value(it)) {
        Ok(Some(v)) => v.0,
        Ok(None) => ITER_STOP,
        Err(e) => {
            vm.pending_exc = e.0;
            0
        }
    }
}

/// A loop's back edge: a collection if one is due, then pending signals
/// (Ctrl-C raises KeyboardInterrupt here); 1 when nothing was raised.
pub extern "C" fn backedge_poll(vm: &mut Vm, _unused: u64) -> u64 {
    vm.safepoint();
    let r = crate::native::signal::check_signals(vm);
    word(vm, r.map(|_| Value(1)))
}
