//! The hit paths of the attribute inline caches (`LoadAttr`, `StoreAttr`,
//! `LoadMethod`) written against the JIT's primitive operations, so that a
//! trace reads and writes instance attributes with guards on the class
//! and the map instead of calling into the cache.
//!
//! What the cache entry says is read when the handler runs (it is green:
//! a recording specializes the trace on it); what it checks about the
//! object (class, attribute layout, the value being set) is checked with
//! `Ops`, so compiled code checks it again on every run. A cache entry is
//! valid only in the class epoch it was filled in, which also moves at
//! every collection (so cached pointers are alive). Compiled code cannot
//! rely on that epoch: it keeps the class and function it names alive (the
//! trace's roots) and instead guards `Vm::class_changes`, which moves only
//! when a class's attributes change.
//!
//! Layout: `PyObj::attrs` is an `Option<Box<Attrs>>` (a pointer, 0 for
//! none); `Attrs` is `repr(C, u64)`, so a `Map` variant is its tag word,
//! then the map pointer, then the values `Vec` (whose buffer pointer is
//! found through [`SeqLayout`](super::handlers::SeqLayout)). The offsets
//! are measured on probes at startup ([`attrs_layout`]).

use super::Vm;
use crate::bytecode::CodeObject;
use crate::object::attrs::{Attrs, Map};
use crate::object::{PyObj, Value};
use piepie_jit::Ops;
use std::rc::Rc;

/// Where an instance keeps its map and attribute values.
#[derive(Clone, Copy, Debug, Default)]
pub struct AttrsLayout {
    /// `PyObj::attrs` in an object.
    pub obj_attrs: i32,
    /// The tag word of the `Map` variant.
    pub map_tag: u64,
    /// The map pointer and the values `Vec` in an `Attrs`.
    pub map: i32,
    pub values: i32,
    /// The tag word of the `Slots` variant, and its values `Vec`.
    pub slots_tag: u64,
    pub slots_values: i32,
    /// What the map word holds is the address of the `Rc`'s allocation,
    /// which is `rc_header` bytes before the map itself (the address the
    /// inline caches name, `Rc::as_ptr`).
    pub rc_header: u64,
}

/// Measures [`AttrsLayout`] on a probe.
pub fn attrs_layout() -> AttrsLayout {
    let probe = Attrs::Map {
        map: Map::empty(),
        values: vec![],
    };
    let base = &probe as *const Attrs as usize;
    // SAFETY: `Attrs` is `repr(C, u64)`: its first word is the tag.
    let map_tag = unsafe { *(base as *const u64) };
    let Attrs::Map { map, values } = &probe else {
        unreachable!("a map probe");
    };
    let slots_probe = Attrs::Slots {
        values: vec![],
        dict: Value::NULL,
    };
    let slots_base = &slots_probe as *const Attrs as usize;
    // SAFETY: `Attrs` is `repr(C, u64)`: its first word is the tag.
    let slots_tag = unsafe { *(slots_base as *const u64) };
    let Attrs::Slots {
        values: slot_values,
        ..
    } = &slots_probe
    else {
        unreachable!("a slots probe");
    };
    let slots_values = (slot_values as *const Vec<Value> as usize - slots_base) as i32;
    let map_at = map as *const Rc<Map> as usize - base;
    // SAFETY: an `Rc` is one pointer-sized word; reading it copies the
    // pointer without touching the counts.
    let word = unsafe { *((base + map_at) as *const u64) };
    AttrsLayout {
        obj_attrs: std::mem::offset_of!(PyObj, attrs) as i32,
        map_tag,
        map: map_at as i32,
        values: (values as *const Vec<Value> as usize - base) as i32,
        rc_header: Rc::as_ptr(map) as u64 - word,
        slots_tag,
        slots_values,
    }
}

/// The address of `o`'s `Attrs` if `o` is an object of class `class`
/// with attribute map `map` (0: no attributes, then the address is 0),
/// under the class attributes the caches saw.
#[inline(always)]
fn attrs_if_shape<O: Ops<Vm>>(
    ops: &mut O,
    vm: &mut Vm,
    o: O::Word,
    class: u64,
    map: usize,
) -> Option<O::Word> {
    let attrs = attrs_if_class(ops, vm, o, class)?;
    let layout = vm.attrs_layout;
    let zero = ops.konst(0);
    if map == 0 {
        let none = ops.int_eq(attrs, zero);
        return ops.branch(none).then_some(attrs);
    }
    let none = ops.int_eq(attrs, zero);
    if ops.branch(none) {
        return None;
    }
    // SAFETY: a non-null `attrs` points to an `Attrs` (repr(C, u64)).
    let variant = unsafe { ops.load(attrs, 0) };
    let map_tag = ops.konst(layout.map_tag);
    let is_map = ops.int_eq(variant, map_tag);
    if !ops.branch(is_map) {
        return None;
    }
    // SAFETY: a `Map` variant's map pointer is at `map`.
    let m = unsafe { ops.load(attrs, layout.map) };
    let want = ops.konst(map as u64 - layout.rc_header);
    let same = ops.int_eq(m, want);
    ops.branch(same).then_some(attrs)
}

/// The `Option<Box<Attrs>>` word of `o` if `o` is an object of class
/// `class`, under the class attributes the caches saw.
#[inline(always)]
fn attrs_if_class<O: Ops<Vm>>(ops: &mut O, vm: &mut Vm, o: O::Word, class: u64) -> Option<O::Word> {
    if super::handlers::is_small_int(ops, o) {
        return None;
    }
    // SAFETY: `o` is a live object (untagged, and a stack value is never
    // NULL); its class word is at `type_offset`. A plain `load`: the
    // class of an instance can be reassigned.
    let cls = unsafe { ops.load(o, vm.jit.box_layout().type_offset) };
    let want = ops.konst(class);
    let same = ops.int_eq(cls, want);
    if !ops.branch(same) {
        return None;
    }
    if ops.we_are_jitted() {
        // Compiled code may run in later epochs: the class stays alive
        // (a trace root) and its attributes must not have changed.
        vm.tracing.roots.push(Value(class));
        guard_classes_unchanged(ops, vm);
    }
    // SAFETY: `obj_attrs` is the offset of the `Option<Box<Attrs>>`.
    Some(unsafe { ops.load(o, vm.attrs_layout.obj_attrs) })
}

/// Records that no class's attributes changed since the recording (a
/// guard on `Vm::class_changes`): what a trace looked up in a class stays
/// true while the guard holds.
fn guard_classes_unchanged<O: Ops<Vm>>(ops: &mut O, vm: &Vm) {
    let at = ops.konst(&*vm.class_changes as *const u64 as u64);
    // SAFETY: `class_changes` is a boxed word that lives as long as the VM.
    let changes = unsafe { ops.load(at, 0) };
    ops.promote(changes);
}

/// When recording: guards that `o` (whose value now is `concrete`) keeps
/// its class, and that classes keep their attributes, so a choice made by
/// looking up a method in `o`'s class holds in compiled code. The class is
/// kept alive by the trace.
pub fn guard_class_lookup<O: Ops<Vm>>(ops: &mut O, vm: &mut Vm, o: O::Word, concrete: Value) {
    if !ops.we_are_jitted() {
        return;
    }
    if !super::handlers::is_small_int(ops, o) {
        // SAFETY: an untagged stack value is a live object; its class word
        // is at `type_offset` (a plain load: `__class__` can be assigned).
        let cls = unsafe { ops.load(o, vm.jit.box_layout().type_offset) };
        ops.promote(cls);
        vm.tracing.roots.push(concrete.obj().class);
    }
    guard_classes_unchanged(ops, vm);
}

/// The address of value `index` of a `Map` variant at `attrs` (whose map
/// has more than `index` names, so the values do too).
#[inline(always)]
fn value_address<O: Ops<Vm>>(ops: &mut O, vm: &Vm, attrs: O::Word, index: u32) -> O::Word {
    let off = vm.attrs_layout.values + vm.seq_layout.vec_ptr;
    // SAFETY: the values `Vec` of a `Map` variant is at `values`.
    let items = unsafe { ops.load(attrs, off) };
    let at = ops.konst(index as u64 * 8);
    ops.int_add(items, at)
}

/// `o.name` where the `LoadAttr` cache at `pc` says it is an instance
/// attribute; `None` to take the general path.
#[inline(always)]
pub fn load_slot<O: Ops<Vm>>(
    ops: &mut O,
    vm: &mut Vm,
    code: &CodeObject,
    pc: usize,
    o: O::Word,
) -> Option<O::Word> {
    let hit = vm.ic_slot(code, pc, false)?;
    let attrs = attrs_if_shape(ops, vm, o, hit.class, hit.map)?;
    if hit.map == 0 {
        return None;
    }
    let addr = value_address(ops, vm, attrs, hit.index);
    // SAFETY: value `index` of a map with more names.
    let v = unsafe { ops.load(addr, 0) };
    let zero = ops.konst(0);
    let unset = ops.int_eq(v, zero);
    (!ops.branch(unset)).then_some(v)
}

/// `o.name = v` where the `StoreAttr` cache at `pc` says it replaces an
/// instance attribute; false to take the general path.
#[inline(always)]
pub fn store_slot<O: Ops<Vm>>(
    ops: &mut O,
    vm: &mut Vm,
    code: &CodeObject,
    pc: usize,
    o: O::Word,
    v: O::Word,
) -> bool {
    let Some(hit) = vm.ic_slot(code, pc, true) else {
        return false;
    };
    if hit.map == 0 {
        return false;
    }
    let Some(attrs) = attrs_if_shape(ops, vm, o, hit.class, hit.map) else {
        return false;
    };
    let addr = value_address(ops, vm, attrs, hit.index);
    super::handlers::store_into(ops, vm, o, addr, v);
    true
}

/// The address of `__slots__` value `index` of `o` if `o` is an object of
/// class `class` (whose instances keep their slots in an `Attrs::Slots`
/// with more than `index` values).
#[inline(always)]
fn member_address<O: Ops<Vm>>(
    ops: &mut O,
    vm: &mut Vm,
    o: O::Word,
    class: u64,
    index: u32,
) -> Option<O::Word> {
    let attrs = attrs_if_class(ops, vm, o, class)?;
    let layout = vm.attrs_layout;
    let zero = ops.konst(0);
    let none = ops.int_eq(attrs, zero);
    if ops.branch(none) {
        return None;
    }
    // SAFETY: a non-null `attrs` points to an `Attrs` (repr(C, u64)).
    let variant = unsafe { ops.load(attrs, 0) };
    let slots_tag = ops.konst(layout.slots_tag);
    let is_slots = ops.int_eq(variant, slots_tag);
    if !ops.branch(is_slots) {
        return None;
    }
    let vec = layout.slots_values;
    let seq = vm.seq_layout;
    // SAFETY: a `Slots` variant's values `Vec` is at `slots_values`.
    let len = unsafe { ops.load(attrs, vec + seq.vec_len) };
    let at = ops.konst(index as u64);
    let inside = ops.int_lt(at, len);
    if !ops.branch(inside) {
        return None;
    }
    // SAFETY: as above; the buffer has more than `index` values.
    let items = unsafe { ops.load(attrs, vec + seq.vec_ptr) };
    let offset = ops.konst(index as u64 * 8);
    Some(ops.int_add(items, offset))
}

/// `o.name` where the `LoadAttr` cache at `pc` says it is a `__slots__`
/// member; `None` to take the general path (also for an unset slot, which
/// raises there).
#[inline(always)]
pub fn load_member<O: Ops<Vm>>(
    ops: &mut O,
    vm: &mut Vm,
    code: &CodeObject,
    pc: usize,
    o: O::Word,
) -> Option<O::Word> {
    let hit = vm.ic_member(code, pc, false)?;
    let addr = member_address(ops, vm, o, hit.class, hit.index)?;
    // SAFETY: a value of the slots' buffer.
    let v = unsafe { ops.load(addr, 0) };
    let zero = ops.konst(0);
    let unset = ops.int_eq(v, zero);
    (!ops.branch(unset)).then_some(v)
}

/// `o.name = v` where the `StoreAttr` cache at `pc` says it sets a
/// `__slots__` member; false to take the general path.
#[inline(always)]
pub fn store_member<O: Ops<Vm>>(
    ops: &mut O,
    vm: &mut Vm,
    code: &CodeObject,
    pc: usize,
    o: O::Word,
    v: O::Word,
) -> bool {
    let Some(hit) = vm.ic_member(code, pc, true) else {
        return false;
    };
    let Some(addr) = member_address(ops, vm, o, hit.class, hit.index) else {
        return false;
    };
    super::handlers::store_into(ops, vm, o, addr, v);
    true
}

/// The function `o.name` names when the `LoadMethod` cache at `pc` says
/// it is a plain method of `o`'s class; `None` to take the general path.
#[inline(always)]
pub fn method<O: Ops<Vm>>(
    ops: &mut O,
    vm: &mut Vm,
    code: &CodeObject,
    pc: usize,
    o: O::Word,
) -> Option<O::Word> {
    let hit = vm.ic_method(code, pc)?;
    attrs_if_shape(ops, vm, o, hit.class, hit.map)?;
    if ops.we_are_jitted() {
        vm.tracing.roots.push(Value(hit.func));
    }
    Some(ops.konst(hit.func))
}
