//! Residual helpers of the dispatch loop's handlers: the out-of-line work
//! (dictionary probing, attribute lookup, iteration protocols, collection
//! and signal checks) that a trace calls rather than traces into.
//!
//! Each is `extern "C"`, never unwinds, and returns a word: a value, or 0
//! after storing the exception in `vm.pending_exc`. Helpers that need the
//! instruction's operand receive `pc << 32 | arg` as one word; helpers that
//! need the running frame use the top of `vm.frames` (compiled code writes
//! the frame's slots, pc and stack depth back before every residual call).

use super::{PyResult, Vm};
use crate::bytecode::CodeObject;
use crate::object::{kind_of, ObjKind, Value};

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

/// The code object behind a helper's `code` word (see the module doc).
#[inline(always)]
fn code_of<'a>(code: u64) -> &'a CodeObject {
    // SAFETY: `code` is the address of a code object that outlives the
    // call: the running frame holds it, or a compiled trace naming it as a
    // constant keeps it (or the function holding it) alive.
    unsafe { &*(code as *const CodeObject) }
}

/// `LOAD_GLOBAL` of instruction `pc_arg` in `code`: the global or builtin
/// `names[arg]`, looked up in `globals` (0: the running frame's globals).
pub extern "C" fn load_global(vm: &mut Vm, code: u64, pc_arg: u64, globals: u64) -> u64 {
    let (pc, arg) = unpack(pc_arg);
    let code = code_of(code);
    let globals = if globals == 0 {
        vm.frames.last().expect("a running frame").globals
    } else {
        Value(globals)
    };
    let builtins = vm.builtins;
    let name = code.names[arg];
    let r = vm.load_global_cached(code, pc, globals, builtins, name);
    word(vm, r)
}

/// `LOAD_ATTR`: `o.names[arg]`.
pub extern "C" fn load_attr(vm: &mut Vm, code: u64, pc_arg: u64, o: u64) -> u64 {
    let (pc, arg) = unpack(pc_arg);
    let code = code_of(code);
    let name = code.names[arg];
    let r = vm.load_attr_cached(code, pc, Value(o), name);
    word(vm, r)
}

/// `STORE_ATTR`: `o.names[arg] = v`; 1 when done.
pub extern "C" fn store_attr(vm: &mut Vm, code: u64, pc_arg: u64, o: u64, v: u64) -> u64 {
    let (pc, arg) = unpack(pc_arg);
    let code = code_of(code);
    let name = code.names[arg];
    let r = vm.store_attr_cached(code, pc, Value(o), name, Value(v));
    word(vm, r.map(|_| Value(1)))
}

/// What [`load_method_fast`] returns when it has no answer.
pub const NO_METHOD: u64 = 2;

/// `LOAD_METHOD`'s cache probe: the function when the instruction's
/// inline cache says `o.names[arg]` is a plain method of `o`'s class, else
/// [`NO_METHOD`]. Never raises, never runs user code, changes nothing.
pub extern "C" fn load_method_fast(vm: &mut Vm, code: u64, pc_arg: u64, o: u64) -> u64 {
    let (pc, _) = unpack(pc_arg);
    match vm.load_method_probe(code_of(code), pc, Value(o)) {
        Some(m) => m.0,
        None => NO_METHOD,
    }
}

/// `LOAD_METHOD` without its stack pair: `o.names[arg]` as `getattr` gives
/// it (a bound method where the pair would hold the function and `o`).
pub extern "C" fn load_method_attr(vm: &mut Vm, code: u64, pc_arg: u64, o: u64) -> u64 {
    let (pc, arg) = unpack(pc_arg);
    let code = code_of(code);
    let name = code.names[arg];
    let r = vm
        .load_method_cached(code, pc, Value(o), name)
        .and_then(|(m, this)| {
            if m.is_null() {
                Ok(this)
            } else {
                vm.bind_descriptor(m, this)
            }
        });
    word(vm, r)
}

/// The `n` words at `words` as values.
#[inline(always)]
fn values<'a>(words: *const u64, n: u64) -> &'a [Value] {
    // SAFETY: helpers taking a word range get the slots of a running
    // frame (from the interpreter) or a stack slot of compiled code, valid
    // and unchanged for the duration of the call; `Value` is
    // `#[repr(transparent)]` over `u64`.
    unsafe { std::slice::from_raw_parts(words as *const Value, n as usize) }
}

/// `callee(args...)` for the words `[callee, args...]`, then a check
/// for signals.
pub extern "C" fn call_positional(vm: &mut Vm, words: *const u64, n: u64) -> u64 {
    let w = values(words, n);
    let r = vm.call(w[0], &w[1..]);
    let r = r.and_then(|v| crate::native::signal::check_signals(vm).map(|_| v));
    word(vm, r)
}

/// `BUILD_TUPLE`: a tuple of the words.
pub extern "C" fn build_tuple(vm: &mut Vm, words: *const u64, n: u64) -> u64 {
    let items = values(words, n).to_vec();
    vm.new_tuple(items).0
}

/// `BUILD_LIST`: a list of the words.
pub extern "C" fn build_list(vm: &mut Vm, words: *const u64, n: u64) -> u64 {
    let items = values(words, n).to_vec();
    vm.new_list(items).0
}

/// A unary operator (`UnaryKind` number `kind`) other than `not`.
pub extern "C" fn unary_op(vm: &mut Vm, kind: u64, v: u64) -> u64 {
    let kind = crate::bytecode::UnaryKind::from_arg(kind as u32);
    let r = vm.unary_op(kind, Value(v));
    word(vm, r)
}

/// `LOAD_DEREF` of cell `i` of `code`: the cell's value.
pub extern "C" fn load_deref(vm: &mut Vm, code: u64, i: u64, cell: u64) -> u64 {
    match kind_of(Value(cell)) {
        ObjKind::Cell(v) if !v.is_null() => v.0,
        _ => {
            let e = super::eval::empty_cell_error(vm, code_of(code), i as usize);
            vm.pending_exc = e.0;
            0
        }
    }
}

/// The collector's write barrier for object `o` (`Ops::gc_barrier`'s
/// helper): remembers it if it is old; 1. Neither raises nor collects.
pub extern "C" fn gc_barrier(_vm: &mut Vm, o: u64) -> u64 {
    crate::object::heap::write_barrier(Value(o).obj());
    1
}

/// `STORE_DEREF`: sets the cell's value; 1.
pub extern "C" fn store_deref(_vm: &mut Vm, cell: u64, v: u64) -> u64 {
    if let ObjKind::Cell(c) = &mut Value(cell).obj_mut().kind {
        *c = Value(v);
    }
    1
}

/// `LIST_APPEND` (comprehensions): appends `v` to the list; 1.
pub extern "C" fn list_append(vm: &mut Vm, list: u64, v: u64) -> u64 {
    let r = super::eval::collection_add(vm, crate::bytecode::Op::ListAppend, Value(list), Value(v));
    word(vm, r.map(|_| Value(1)))
}

/// `SET_ADD` (comprehensions): adds `v` to the set; 1.
pub extern "C" fn set_add(vm: &mut Vm, set: u64, v: u64) -> u64 {
    let r = super::eval::collection_add(vm, crate::bytecode::Op::SetAdd, Value(set), Value(v));
    word(vm, r.map(|_| Value(1)))
}

/// `MAP_ADD` (comprehensions): `d[k] = v`; 1.
pub extern "C" fn map_add(vm: &mut Vm, d: u64, k: u64, v: u64) -> u64 {
    let r = vm.dict_set(Value(d), Value(k), Value(v));
    word(vm, r.map(|_| Value(1)))
}

/// `GET_ITER`: `iter(v)`.
pub extern "C" fn get_iter(vm: &mut Vm, v: u64) -> u64 {
    let r = vm.get_iter(Value(v));
    word(vm, r)
}

/// `UNPACK_SEQUENCE n`: a tuple of exactly the `n` items of `v` (`v`
/// itself when it is one), or the error unpacking raises.
pub extern "C" fn unpack_to_tuple(vm: &mut Vm, v: u64, n: u64) -> u64 {
    let v = Value(v);
    if v.is_ptr() {
        if let ObjKind::Tuple(items) = kind_of(v) {
            if items.len() == n as usize && vm.class_of(v) == vm.types.tuple {
                return v.0;
            }
        }
    }
    let r = vm.unpack(v, n as usize).map(|items| vm.new_tuple(items));
    word(vm, r)
}

/// The `f64` bits of `kernel(x)`, `kernel` being the address of a
/// `fn(f64) -> f64` (a `Builtin::float_kernel`). Pure.
pub extern "C" fn apply_float_kernel(_vm: &mut Vm, kernel: u64, x: u64) -> u64 {
    // SAFETY: `kernel` was made from a `fn(f64) -> f64` by
    // `handlers::float_kernel_call`, and functions are never unloaded.
    let f: fn(f64) -> f64 = unsafe { std::mem::transmute(kernel as usize) };
    f(f64::from_bits(x)).to_bits()
}

/// Item `i` of tuple `t` (in range: [`unpack_to_tuple`] made it). Pure.
pub extern "C" fn tuple_item(_vm: &mut Vm, t: u64, i: u64) -> u64 {
    match kind_of(Value(t)) {
        ObjKind::Tuple(items) => items[i as usize].0,
        _ => unreachable!("tuple_item of a non-tuple"),
    }
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

/// `BUILD_SET`: a set of the words.
pub extern "C" fn build_set(vm: &mut Vm, words: *const u64, n: u64) -> u64 {
    let items = values(words, n).to_vec();
    let r = vm.new_set_from(&items, false);
    word(vm, r)
}

/// `BUILD_MAP`: a dict of the words taken as key, value pairs.
pub extern "C" fn build_map(vm: &mut Vm, words: *const u64, n: u64) -> u64 {
    let items = values(words, n).to_vec();
    let d = vm.new_dict();
    for pair in items.chunks(2) {
        if let Err(e) = vm.dict_set(d, pair[0], pair[1]) {
            vm.pending_exc = e.0;
            return 0;
        }
    }
    d.0
}

/// `BUILD_SLICE`: `slice(start, stop)` of two words, `slice(start, stop,
/// step)` of three.
pub extern "C" fn build_slice(vm: &mut Vm, words: *const u64, n: u64) -> u64 {
    let w = values(words, n);
    let step = if n == 3 { w[2] } else { vm.none };
    vm.alloc(vm.types.slice, ObjKind::Slice(w[0], w[1], step)).0
}

/// `BINARY_SLICE`: `obj[lower:upper]` for the words `[obj, lower, upper]`,
/// `obj[lower:upper:step]` for `[obj, lower, upper, step]`; 0 when an
/// exception was raised.
pub extern "C" fn get_slice(vm: &mut Vm, words: *const u64, n: u64) -> u64 {
    let w = values(words, n);
    let step = if n == 4 { w[3] } else { vm.none };
    let r = vm.get_slice(w[0], w[1], w[2], step);
    word(vm, r)
}

/// `STORE_SLICE`: `obj[lower:upper] = v` for the words `[v, obj, lower,
/// upper]` (and `step` after them); 1 when done, 0 when an exception was
/// raised.
pub extern "C" fn set_slice(vm: &mut Vm, words: *const u64, n: u64) -> u64 {
    let w = values(words, n);
    let step = if n == 5 { w[4] } else { vm.none };
    let r = vm.set_slice(w[1], w[2], w[3], step, w[0]);
    word(vm, r.map(|_| Value(1)))
}

/// `BUILD_STRING`: the concatenation of the words (strings).
pub extern "C" fn build_string(vm: &mut Vm, words: *const u64, n: u64) -> u64 {
    let mut s = String::new();
    for &p in values(words, n) {
        s.push_str(super::str_of(p));
    }
    vm.new_str(s).0
}

/// `LIST_TO_TUPLE`: a tuple of the list's items.
pub extern "C" fn list_to_tuple(vm: &mut Vm, l: u64) -> u64 {
    let items = match kind_of(Value(l)) {
        ObjKind::List(v) => v.clone(),
        _ => vec![],
    };
    vm.new_tuple(items).0
}

/// `LIST_EXTEND` (`which` 0), `SET_UPDATE` (1) or `DICT_UPDATE` (2):
/// adds the items of `v` to `target`; 1.
pub extern "C" fn collection_update(vm: &mut Vm, which: u64, target: u64, v: u64) -> u64 {
    use crate::bytecode::Op;
    let op = [Op::ListExtend, Op::SetUpdate, Op::DictUpdate][which as usize];
    let r = super::eval::collection_add(vm, op, Value(target), Value(v));
    word(vm, r.map(|_| Value(1)))
}

/// `FORMAT_VALUE`: `v` converted by `conv` (0 none, 1 `str`, 2 `repr`,
/// 3 `ascii`), then formatted with `spec` (0: no spec).
pub extern "C" fn format_value(vm: &mut Vm, conv: u64, v: u64, spec: u64) -> u64 {
    let v = Value(v);
    let converted = match conv {
        1 => vm.str_value(v),
        2 => vm.repr_value(v),
        3 => vm.ascii_value(v),
        _ => Ok(v),
    };
    let r = converted.and_then(|v| vm.format_value(v, Value(spec)));
    word(vm, r)
}

/// `DELETE_SUBSCR`: `del o[k]`; 1.
pub extern "C" fn delete_subscr(vm: &mut Vm, o: u64, k: u64) -> u64 {
    let r = vm.delitem(Value(o), Value(k));
    word(vm, r.map(|_| Value(1)))
}

/// `MAKE_FUNCTION` with flags `flags` in `globals` (0: the running
/// frame's), from the tuple of the popped words (defaults, keyword
/// defaults and closure as `flags` says, then the code object).
pub extern "C" fn make_function(vm: &mut Vm, flags: u64, globals: u64, parts: u64) -> u64 {
    let parts = match kind_of(Value(parts)) {
        ObjKind::Tuple(v) => v.clone(),
        _ => unreachable!("make_function takes a tuple"),
    };
    let mut it = parts.into_iter();
    let mut next_if = |bit: u64| {
        if flags & bit != 0 {
            it.next().expect("a part per flag")
        } else {
            Value::NULL
        }
    };
    let defaults = next_if(1);
    let kwdefaults = next_if(2);
    let closure = next_if(8);
    let code = it.next().expect("the code object");
    let globals = if globals == 0 {
        vm.frames.last().expect("a running frame").globals
    } else {
        Value(globals)
    };
    vm.make_function(code, globals, defaults, kwdefaults, closure)
        .0
}

/// `CALL_KW`: the words are `[callee, positional args..., keyword
/// values..., names]` where `names` is the tuple of keyword names.
pub extern "C" fn call_kw(vm: &mut Vm, words: *const u64, n: u64) -> u64 {
    let w = values(words, n);
    // A constant of the calling code (alive, and never changed).
    let names: &[Value] = match kind_of(w[w.len() - 1]) {
        ObjKind::Tuple(v) => v,
        _ => unreachable!("CALL_KW names are a tuple"),
    };
    let vals = &w[1..w.len() - 1];
    let npos = vals.len() - names.len();
    let args = super::Args {
        pos: &vals[..npos],
        kwnames: names,
        kwvals: &vals[npos..],
    };
    let r = vm.call_with(w[0], args);
    let r = r.and_then(|v| crate::native::signal::check_signals(vm).map(|_| v));
    word(vm, r)
}
