//! Per-instruction inline caches for `LoadAttr`, `LoadMethod` and
//! `StoreAttr` (CPython 3.11's specialisation, PyPy's map-based attribute
//! access): each attribute instruction of a code object remembers the
//! class, the instance's map and what the slow path found, so the next
//! execution on an object of the same shape is a few compares and a load.
//!
//! What an entry may cache, and why it stays exact:
//! - `LoadSlot`: the instance attribute lives in slot `index` of map `map`,
//!   and the class has no data descriptor of that name. Maps are immutable
//!   and never freed (they hang off `Vm::root_map`), so the same map means
//!   the same slot; the class side cannot change without moving the class
//!   epoch.
//! - `Method`: the class attribute is a plain function (or an unbound
//!   built-in method) and the instance's map (or its lack of attributes)
//!   does not shadow it.
//! - `LoadMember` / `StoreMember`: the class attribute is the `__slots__`
//!   member descriptor of slot `index` (a data descriptor, so it wins over
//!   any instance dict); for stores the class has no `__setattr__` of its
//!   own. An unset slot misses (the slow path raises).
//! - `StoreSlot` / `StoreAdd`: `obj.name = v` on a plain instance whose
//!   class has no data descriptor and no `__setattr__` of its own, writing
//!   slot `index` of `map`, or appending it and moving to map `next`.
//!
//! - `Property`: the class attribute is a `property` (a data descriptor,
//!   so it wins over any instance attribute) whose getter is a Python
//!   function taking exactly one positional argument, and the class has no
//!   `__getattr__` (which would catch the getter's AttributeError). The
//!   dispatch loop runs the getter as a frame of its own, instead of a
//!   nested loop.
//! - `ModuleEntry`: `module.name` at an entry of the module's dict, under
//!   the same dict-version rule as the global loads below.
//! - `GlobalInGlobals` / `GlobalInBuiltins`: where `LoadGlobal` found its
//!   name, as an entry position, valid while the dicts' versions are the
//!   ones recorded. Dict versions are globally unique and change whenever a
//!   key is added or removed, so an unchanged version means the entry still
//!   holds that key; its value is read afresh each time.
//!
//! Every attribute entry is valid only under the class epoch it was filled in
//! (`Vm::next_class_version`), which moves whenever a class is created or
//! changed and after every collection — so a cached class or function
//! pointer is only compared or returned while it is certainly alive.
//! Instances in dict mode (`Attrs::Dict`) never hit.

use super::{PyResult, Vm};
use crate::bytecode::{CodeObject, Op};
use crate::object::attrs::{Attrs, Map};
use crate::object::{kind_of, ObjKind, Value};
use std::cell::Cell;
use std::rc::Rc;

#[derive(Clone, Copy, Default, Debug, PartialEq, Eq)]
enum IcKind {
    #[default]
    Empty,
    LoadSlot,
    Method,
    StoreSlot,
    StoreAdd,
    /// A `__slots__` member: value `index` of the instance's slot vector.
    LoadMember,
    StoreMember,
    /// `LoadGlobal` found the name at entry `index` of the globals dict
    /// (whose version is `class`).
    GlobalInGlobals,
    /// `LoadGlobal` found the name at entry `index` of the builtins dict
    /// (version `epoch`), and the globals dict (version `class`) lacks it.
    GlobalInBuiltins,
    /// `module.name`: entry `index` of the module's dict, whose version is
    /// `class`.
    ModuleEntry,
    /// A `property` of the class whose getter is the plain Python function
    /// `value` (see [`Vm::ic_property_getter`]).
    Property,
}

/// One instruction's cache entry.
#[derive(Clone, Copy, Default, Debug)]
pub struct AttrIc {
    kind: IcKind,
    index: u32,
    class: u64,
    epoch: u64,
    /// Address of the instance's map; 0 for an instance with no attributes.
    map: usize,
    /// `Method`: the function. `StoreAdd`: the address of the next map.
    value: u64,
}

/// The inline caches of one code object: `slot_of[pc]` indexes `entries`
/// for attribute instructions (`u32::MAX` elsewhere).
#[derive(Debug, Default)]
pub struct InlineCaches {
    slot_of: Box<[u32]>,
    entries: Box<[Cell<AttrIc>]>,
}

impl InlineCaches {
    pub fn for_instrs(instrs: &[crate::bytecode::Instr]) -> InlineCaches {
        let mut n = 0u32;
        let slot_of: Box<[u32]> = instrs
            .iter()
            .map(|i| match i.op() {
                Op::LoadAttr | Op::LoadMethod | Op::StoreAttr | Op::LoadGlobal => {
                    n += 1;
                    n - 1
                }
                _ => u32::MAX,
            })
            .collect();
        InlineCaches {
            slot_of,
            entries: (0..n).map(|_| Cell::new(AttrIc::default())).collect(),
        }
    }

    #[inline(always)]
    fn entry(&self, pc: usize) -> &Cell<AttrIc> {
        &self.entries[self.slot_of[pc] as usize]
    }
}

/// The address identifying an instance's attribute layout: its map, 0 for
/// no attributes, 1 for a `__slots__` instance without a `__dict__` (no
/// instance attribute can shadow a class attribute), `None` in dict mode.
#[inline(always)]
fn map_key(obj: Value) -> Option<usize> {
    match obj.obj().attrs.as_deref() {
        None => Some(0),
        Some(Attrs::Map { map, .. }) => Some(Rc::as_ptr(map) as usize),
        Some(Attrs::Slots { dict, .. }) if dict.is_null() => Some(1),
        Some(Attrs::Dict(_) | Attrs::Slots { .. }) => None,
    }
}

/// Whether the inline caches may treat `obj` as a plain instance (its
/// attribute lookup is the generic one).
fn is_plain(obj: Value) -> bool {
    obj.is_ptr()
        && !matches!(
            kind_of(obj),
            ObjKind::Class(_) | ObjKind::Module { .. } | ObjKind::Super { .. }
        )
}

/// What a valid `LoadSlot` / `StoreSlot` entry says: instances of `class`
/// with map `map` keep the attribute in value `index`.
#[derive(Clone, Copy, Debug)]
pub struct SlotHit {
    pub class: u64,
    pub map: usize,
    pub index: u32,
}

/// What a valid `Method` entry says: on instances of `class` with map
/// `map` (0: no attributes), the attribute is the plain method `func`.
#[derive(Clone, Copy, Debug)]
pub struct MethodHit {
    pub class: u64,
    pub map: usize,
    pub func: u64,
}

/// What a valid `LoadMember` / `StoreMember` entry says: on instances of
/// `class` the attribute is `__slots__` value `index`.
#[derive(Clone, Copy, Debug)]
pub struct MemberHit {
    pub class: u64,
    pub index: u32,
}

/// What a `GlobalInGlobals`, `GlobalInBuiltins` or `ModuleEntry` entry
/// says: the name is at entry `index` of a dict whose version is
/// `version`; for a builtin, the globals dict (version `globals_version`)
/// lacks it. Valid in any epoch: versions are globally unique, so whoever
/// uses the entry checks the versions of the dicts it reads.
#[derive(Clone, Copy, Debug)]
pub struct DictEntryHit {
    pub version: u64,
    pub index: u32,
    /// For a builtin: the version the globals dict must have.
    pub globals_version: Option<u64>,
}

impl Vm {
    /// The `LoadSlot` (or, with `store`, `StoreSlot`) entry of the
    /// instruction at `pc`, if it is valid in this epoch.
    pub fn ic_slot(&self, code: &CodeObject, pc: usize, store: bool) -> Option<SlotHit> {
        let e = code.caches.entry(pc).get();
        let kind = if store {
            IcKind::StoreSlot
        } else {
            IcKind::LoadSlot
        };
        (e.kind == kind && e.epoch == self.next_class_version).then_some(SlotHit {
            class: e.class,
            map: e.map,
            index: e.index,
        })
    }

    /// The `Method` entry of the instruction at `pc`, if it is valid in
    /// this epoch and names a map (not a `__slots__` layout).
    pub fn ic_method(&self, code: &CodeObject, pc: usize) -> Option<MethodHit> {
        let e = code.caches.entry(pc).get();
        (e.kind == IcKind::Method && e.epoch == self.next_class_version && e.map != 1).then_some(
            MethodHit {
                class: e.class,
                map: e.map,
                func: e.value,
            },
        )
    }

    /// The `LoadMember` (or, with `store`, `StoreMember`) entry of the
    /// instruction at `pc`, if it is valid in this epoch.
    pub fn ic_member(&self, code: &CodeObject, pc: usize, store: bool) -> Option<MemberHit> {
        let e = code.caches.entry(pc).get();
        let kind = if store {
            IcKind::StoreMember
        } else {
            IcKind::LoadMember
        };
        (e.kind == kind && e.epoch == self.next_class_version).then_some(MemberHit {
            class: e.class,
            index: e.index,
        })
    }

    /// Where the `LoadGlobal` at `pc` found its name last time.
    pub fn ic_global(&self, code: &CodeObject, pc: usize) -> Option<DictEntryHit> {
        let e = code.caches.entry(pc).get();
        match e.kind {
            IcKind::GlobalInGlobals => Some(DictEntryHit {
                version: e.class,
                index: e.index,
                globals_version: None,
            }),
            IcKind::GlobalInBuiltins => Some(DictEntryHit {
                version: e.epoch,
                index: e.index,
                globals_version: Some(e.class),
            }),
            _ => None,
        }
    }

    /// Where the `LoadAttr` or `LoadMethod` at `pc` found a module's
    /// attribute last time.
    pub fn ic_module_entry(&self, code: &CodeObject, pc: usize) -> Option<DictEntryHit> {
        let e = code.caches.entry(pc).get();
        (e.kind == IcKind::ModuleEntry).then_some(DictEntryHit {
            version: e.class,
            index: e.index,
            globals_version: None,
        })
    }

    /// When recording: makes the `LoadAttr` (or, with `method`,
    /// `LoadMethod`) entry at `pc` describe `obj`, the object the recording
    /// sees there, if it describes another shape (a polymorphic site), so
    /// the trace takes the fast path specialized to this shape behind its
    /// guards instead of a residual call. Only lookups without side effects
    /// fill it (no descriptor or `__getattr__` runs).
    pub fn refill_attr_ic_for(&mut self, code: &CodeObject, pc: usize, obj: Value, method: bool) {
        let (Op::LoadAttr | Op::LoadMethod) = code.instrs[pc].op() else {
            return;
        };
        let name = code.names[code.instrs[pc].arg() as usize];
        let cell = code.caches.entry(pc);
        let e = cell.get();
        let current = e.epoch == self.next_class_version
            && obj.is_ptr()
            && obj.obj().class.0 == e.class
            && map_key(obj) == Some(e.map);
        let fits = match e.kind {
            IcKind::LoadSlot | IcKind::LoadMember => !method && current,
            IcKind::Method => method && current,
            IcKind::ModuleEntry => module_entry(obj, &e).is_some(),
            _ => false,
        };
        if fits || fill_module_entry(cell, obj, name) {
            return;
        }
        if !method {
            self.fill_load_slot(cell, obj, name);
            return;
        }
        if !is_plain(obj) {
            return;
        }
        let cls = self.class_of(obj);
        let Some(d) = self.lookup_in_class(cls, name) else {
            return;
        };
        let plain = match kind_of(d) {
            ObjKind::Function(_) => true,
            ObjKind::Builtin(b) => {
                b.kind == crate::object::function::BuiltinKind::Method && b.receiver.is_null()
            }
            _ => false,
        };
        if let (true, None, Some(map)) = (plain, self.instance_attr(obj, name), map_key(obj)) {
            cell.set(AttrIc {
                kind: IcKind::Method,
                index: 0,
                class: cls.0,
                epoch: self.next_class_version,
                map,
                value: d.0,
            });
        }
    }

    /// `obj.name` for `LoadAttr` at `pc` of `code`.
    #[inline(always)]
    pub fn load_attr_cached(
        &mut self,
        code: &CodeObject,
        pc: usize,
        obj: Value,
        name: Value,
    ) -> PyResult<Value> {
        let cell = code.caches.entry(pc);
        let e = cell.get();
        if e.kind == IcKind::LoadSlot
            && obj.is_ptr()
            && obj.obj().class.0 == e.class
            && e.epoch == self.next_class_version
        {
            if let Some(Attrs::Map { map, values }) = obj.obj().attrs.as_deref() {
                if Rc::as_ptr(map) as usize == e.map {
                    let v = values[e.index as usize];
                    if !v.is_null() {
                        return Ok(v);
                    }
                }
            }
        }
        if e.kind == IcKind::LoadMember
            && obj.is_ptr()
            && obj.obj().class.0 == e.class
            && e.epoch == self.next_class_version
        {
            if let Some(Attrs::Slots { values, .. }) = obj.obj().attrs.as_deref() {
                if let Some(&v) = values.get(e.index as usize) {
                    if !v.is_null() {
                        return Ok(v);
                    }
                }
            }
        }
        if e.kind == IcKind::ModuleEntry {
            if let Some(v) = module_entry(obj, &e) {
                return Ok(v);
            }
        }
        let v = self.getattr(obj, name)?;
        if !fill_module_entry(cell, obj, name) {
            self.fill_load_slot(cell, obj, name);
        }
        Ok(v)
    }

    fn fill_load_slot(&mut self, cell: &Cell<AttrIc>, obj: Value, name: Value) {
        if !is_plain(obj) {
            return;
        }
        let cls = self.class_of(obj);
        if let Some(d) = self.lookup_in_class(cls, name) {
            if let ObjKind::Member { index, .. } = kind_of(d) {
                cell.set(AttrIc {
                    kind: IcKind::LoadMember,
                    index: *index as u32,
                    class: cls.0,
                    epoch: self.next_class_version,
                    map: 0,
                    value: 0,
                });
                return;
            }
            if let Some(getter) = self.frame_getter(cls, d) {
                cell.set(AttrIc {
                    kind: IcKind::Property,
                    index: 0,
                    class: cls.0,
                    epoch: self.next_class_version,
                    map: 0,
                    value: getter.0,
                });
                return;
            }
            if self.is_data_descriptor(d) {
                return;
            }
        }
        if let Some(Attrs::Map { map, values }) = obj.obj().attrs.as_deref() {
            if let Some(i) = map.index_of(name) {
                if !values[i].is_null() {
                    cell.set(AttrIc {
                        kind: IcKind::LoadSlot,
                        index: i as u32,
                        class: cls.0,
                        epoch: self.next_class_version,
                        map: Rc::as_ptr(map) as usize,
                        value: 0,
                    });
                }
            }
        }
    }

    /// For the class attribute `d` of `cls`: the getter to run as a frame
    /// when `d` is a property whose getter is a plain Python function of
    /// one positional parameter and `cls` has no `__getattr__`.
    fn frame_getter(&mut self, cls: Value, d: Value) -> Option<Value> {
        let ObjKind::Property(p) = kind_of(d) else {
            return None;
        };
        let getter = p.fget;
        if getter.is_null()
            || !getter.is_ptr()
            || !matches!(kind_of(getter), ObjKind::Function(f)
                if !f.code.is_generator() && f.code.takes_exactly_positional(1))
        {
            return None;
        }
        let ga = self.intern_static("__getattr__");
        self.lookup_in_class(cls, ga).is_none().then_some(getter)
    }

    /// The `LoadAttr` at `pc` on `obj`, from its inline cache alone: the
    /// getter of a property of `obj`'s class when the cache says it can
    /// run as a frame (see `IcKind::Property`).
    #[inline(always)]
    pub fn ic_property_getter(&self, code: &CodeObject, pc: usize, obj: Value) -> Option<Value> {
        let e = code.caches.entry(pc).get();
        (e.kind == IcKind::Property
            && obj.is_ptr()
            && obj.obj().class.0 == e.class
            && e.epoch == self.next_class_version)
            .then_some(Value(e.value))
    }

    /// `LoadMethod` at `pc`, from its inline cache alone: the function when
    /// the cache says `obj`'s attribute is a plain method of its class.
    #[inline(always)]
    pub fn load_method_probe(&self, code: &CodeObject, pc: usize, obj: Value) -> Option<Value> {
        let e = code.caches.entry(pc).get();
        (e.kind == IcKind::Method
            && obj.is_ptr()
            && obj.obj().class.0 == e.class
            && e.epoch == self.next_class_version
            && map_key(obj) == Some(e.map))
        .then_some(Value(e.value))
    }

    /// `LoadMethod` at `pc`: `(function, obj)` for a plain method, else
    /// `(NULL, obj.name)`.
    #[inline(always)]
    pub fn load_method_cached(
        &mut self,
        code: &CodeObject,
        pc: usize,
        obj: Value,
        name: Value,
    ) -> PyResult<(Value, Value)> {
        if let Some(m) = self.load_method_probe(code, pc, obj) {
            return Ok((m, obj));
        }
        let cell = code.caches.entry(pc);
        let e = cell.get();
        if e.kind == IcKind::ModuleEntry {
            if let Some(v) = module_entry(obj, &e) {
                return Ok((Value::NULL, v));
            }
        }
        let r = self.load_method(obj, name)?;
        if fill_module_entry(cell, obj, name) {
            return Ok(r);
        }
        if !r.0.is_null() && is_plain(obj) {
            if let Some(map) = map_key(obj) {
                cell.set(AttrIc {
                    kind: IcKind::Method,
                    index: 0,
                    class: self.class_of(obj).0,
                    epoch: self.next_class_version,
                    map,
                    value: r.0 .0,
                });
            }
        }
        Ok(r)
    }

    /// `obj.name = value` for `StoreAttr` at `pc`.
    #[inline(always)]
    pub fn store_attr_cached(
        &mut self,
        code: &CodeObject,
        pc: usize,
        obj: Value,
        name: Value,
        value: Value,
    ) -> PyResult<()> {
        let cell = code.caches.entry(pc);
        let e = cell.get();
        if matches!(
            e.kind,
            IcKind::StoreSlot | IcKind::StoreAdd | IcKind::StoreMember
        ) && obj.is_ptr()
            && obj.obj().class.0 == e.class
            && e.epoch == self.next_class_version
        {
            let o = obj.obj_mut();
            match (e.kind, o.attrs.as_deref_mut()) {
                (IcKind::StoreSlot, Some(Attrs::Map { map, values }))
                    if Rc::as_ptr(map) as usize == e.map =>
                {
                    values[e.index as usize] = value;
                    return Ok(());
                }
                (IcKind::StoreAdd, Some(Attrs::Map { map, values }))
                    if Rc::as_ptr(map) as usize == e.map && values.len() == e.index as usize =>
                {
                    *map = map_from_addr(e.value);
                    values.push(value);
                    return Ok(());
                }
                (IcKind::StoreMember, Some(Attrs::Slots { values, .. }))
                    if (e.index as usize) < values.len() =>
                {
                    values[e.index as usize] = value;
                    return Ok(());
                }
                (IcKind::StoreAdd, None) if e.map == 0 => {
                    o.attrs = Some(Box::new(Attrs::Map {
                        map: map_from_addr(e.value),
                        values: vec![value],
                    }));
                    return Ok(());
                }
                _ => {}
            }
        }
        let before = if obj.is_ptr() { map_key(obj) } else { None };
        self.setattr(obj, name, value)?;
        if let Some(before) = before {
            self.fill_store(cell, obj, name, before);
        }
        Ok(())
    }

    fn fill_store(&mut self, cell: &Cell<AttrIc>, obj: Value, name: Value, before: usize) {
        if !matches!(kind_of(obj), ObjKind::Object) {
            return;
        }
        let cls = self.class_of(obj);
        let c = self.class_data(cls);
        if c.builtin {
            return;
        }
        let slotted = c.slots.is_some();
        let sa = self.intern_static("__setattr__");
        if let Some(f) = self.lookup_in_class(cls, sa) {
            if !matches!(kind_of(f), ObjKind::Builtin(_)) {
                return;
            }
        }
        if let Some(d) = self.lookup_in_class(cls, name) {
            if let ObjKind::Member { index, .. } = kind_of(d) {
                cell.set(AttrIc {
                    kind: IcKind::StoreMember,
                    index: *index as u32,
                    class: cls.0,
                    epoch: self.next_class_version,
                    map: 0,
                    value: 0,
                });
                return;
            }
        }
        if slotted {
            return;
        }
        if let Some(d) = self.lookup_in_class(cls, name) {
            if self.is_data_descriptor(d) {
                return;
            }
        }
        let Some(Attrs::Map { map, .. }) = obj.obj().attrs.as_deref() else {
            return;
        };
        let Some(i) = map.index_of(name) else {
            return;
        };
        let now = Rc::as_ptr(map) as usize;
        let (kind, value) = if now == before {
            (IcKind::StoreSlot, 0)
        } else if i + 1 == map.names.len() {
            (IcKind::StoreAdd, now as u64)
        } else {
            return;
        };
        cell.set(AttrIc {
            kind,
            index: i as u32,
            class: cls.0,
            epoch: self.next_class_version,
            map: before,
            value,
        });
    }
}

/// `obj.name` from the entry cached in `e` when `obj` is a module whose
/// dict still has the cached version.
#[inline(always)]
fn module_entry(obj: Value, e: &AttrIc) -> Option<Value> {
    if !obj.is_ptr() {
        return None;
    }
    match kind_of(obj) {
        ObjKind::Module { dict, .. } if dict_version(*dict) == e.class => {
            dict_value_at(*dict, e.index as usize)
        }
        _ => None,
    }
}

/// Caches where `name` lives in module `obj`'s dict; false when `obj` is not
/// a module (or the name is not in its dict).
fn fill_module_entry(cell: &Cell<AttrIc>, obj: Value, name: Value) -> bool {
    if !obj.is_ptr() {
        return false;
    }
    let ObjKind::Module { dict, .. } = kind_of(obj) else {
        return false;
    };
    let Some(i) = crate::builtins::dict::dict_find_str(*dict, name) else {
        return false;
    };
    cell.set(AttrIc {
        kind: IcKind::ModuleEntry,
        index: i as u32,
        class: dict_version(*dict),
        ..AttrIc::default()
    });
    true
}

/// The version of dict object `d`.
#[inline(always)]
fn dict_version(d: Value) -> u64 {
    match kind_of(d) {
        ObjKind::Dict(d) => d.version,
        _ => 0,
    }
}

/// The value at entry `pos` of dict object `d`.
#[inline(always)]
fn dict_value_at(d: Value, pos: usize) -> Option<Value> {
    match kind_of(d) {
        ObjKind::Dict(d) => d.entry(pos).map(|e| e.value),
        _ => None,
    }
}

impl Vm {
    /// `LoadGlobal` at `pc`: `name` from `globals`, else `builtins`.
    #[inline(always)]
    pub fn load_global_cached(
        &mut self,
        code: &CodeObject,
        pc: usize,
        globals: Value,
        builtins: Value,
        name: Value,
    ) -> PyResult<Value> {
        let cell = code.caches.entry(pc);
        let e = cell.get();
        match e.kind {
            IcKind::GlobalInGlobals if dict_version(globals) == e.class => {
                if let Some(v) = dict_value_at(globals, e.index as usize) {
                    return Ok(v);
                }
            }
            IcKind::GlobalInBuiltins
                if dict_version(globals) == e.class && dict_version(builtins) == e.epoch =>
            {
                if let Some(v) = dict_value_at(builtins, e.index as usize) {
                    return Ok(v);
                }
            }
            _ => {}
        }
        let v = self.load_global(globals, builtins, name)?;
        let gver = dict_version(globals);
        if let Some(i) = crate::builtins::dict::dict_find_str(globals, name) {
            cell.set(AttrIc {
                kind: IcKind::GlobalInGlobals,
                index: i as u32,
                class: gver,
                ..AttrIc::default()
            });
        } else if let Some(i) = crate::builtins::dict::dict_find_str(builtins, name) {
            cell.set(AttrIc {
                kind: IcKind::GlobalInBuiltins,
                index: i as u32,
                class: gver,
                epoch: dict_version(builtins),
                ..AttrIc::default()
            });
        }
        Ok(v)
    }
}

/// A new reference to the map at `addr` (cached by `fill_store`).
fn map_from_addr(addr: u64) -> Rc<Map> {
    let p = addr as usize as *const Map;
    // SAFETY: `addr` came from `Rc::as_ptr` of a map in the VM's transition
    // tree, which holds a strong reference to every map it ever created
    // until the VM is dropped; taking one more strong count and building an
    // `Rc` from it therefore refers to a live allocation and keeps the
    // counts balanced (the new `Rc` owns the count it added).
    unsafe {
        Rc::increment_strong_count(p);
        Rc::from_raw(p)
    }
}
