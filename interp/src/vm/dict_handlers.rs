//! The hit paths of the dict-entry inline caches (`LoadGlobal`, and
//! `LoadAttr`/`LoadMethod` on a module) written against the JIT's
//! primitive operations, so that a trace reads a global or a module's
//! attribute with a version guard and two loads instead of a call.
//!
//! The cache entry (green when recording) names an entry position and the
//! version of the dict it is in. Dict versions are globally unique and move
//! whenever a key is added or removed (`object/dict.rs`), so a dict that
//! still has that version is that very dict, and the entry still holds the
//! name: the handler loads the dict's version word, branches on it, and
//! loads the entry's value. Values are read afresh on every run (a global
//! may be rebound without any key moving) — except that a recording turns
//! a function, class, module, built-in or bound method it read into a constant behind a
//! `guard_value`, because what follows (a call, an attribute lookup)
//! specializes on it; a global rebound to another object of those kinds
//! fails that guard.
//!
//! Layout: a dict object's `Dict` sits at `DictLayout::dict` in the object,
//! a module's dict pointer at `module_dict`; the offsets are measured on
//! probes at startup ([`dict_layout`]).

use super::frame::Frame;
use super::inline_cache::DictEntryHit;
use super::Vm;
use crate::bytecode::CodeObject;
use crate::object::dict::DictFields;
use crate::object::{kind_of, ObjKind, PyObj, Value};
use piepie_jit::Ops;

/// Where dict and module objects keep what the handlers read.
#[derive(Clone, Copy, Debug, Default)]
pub struct DictLayout {
    /// The `Dict` inside a dict object.
    pub dict: i32,
    /// The dict pointer inside a module object.
    pub module_dict: i32,
    pub fields: DictFields,
    /// The buffer pointer inside a `Vec`.
    pub vec_ptr: i32,
}

/// Measures [`DictLayout`] on a dict and a module this VM makes.
pub fn dict_layout(vm: &mut Vm) -> DictLayout {
    let offset_in = |obj: Value, field: *const u8| {
        let o: &PyObj = obj.obj();
        (field as usize - o as *const PyObj as usize) as i32
    };
    let d = vm.new_dict();
    let ObjKind::Dict(inner) = kind_of(d) else {
        unreachable!("a dict probe");
    };
    let dict = offset_in(d, inner as *const _ as *const u8);
    let name = vm.new_str("probe");
    let m = vm.alloc(vm.types.module, ObjKind::Module { name, dict: d });
    let ObjKind::Module { dict: field, .. } = kind_of(m) else {
        unreachable!("a module probe");
    };
    DictLayout {
        dict,
        module_dict: offset_in(m, field as *const Value as *const u8),
        fields: DictFields::of_dict(),
        vec_ptr: vm.seq_layout.vec_ptr,
    }
}

/// The value at entry `index` of dict object `d` (whose value now is
/// `concrete`), if `d` has `version` (a branch); promoted to a constant
/// when recording and it is a function, class, module, built-in or bound
/// method.
#[inline(always)]
fn entry_value<O: Ops<Vm>>(
    ops: &mut O,
    vm: &mut Vm,
    (d, concrete): (O::Word, Value),
    version: u64,
    index: u32,
) -> Option<O::Word> {
    let layout = vm.dict_layout;
    let fields = layout.fields;
    // SAFETY: `d` is a dict object (the caller's contract): its `Dict` is
    // at `layout.dict`, the version word at `fields.version` inside it.
    let v = unsafe { ops.load(d, layout.dict + fields.version) };
    let want = ops.konst(version);
    let same = ops.int_eq(v, want);
    if !ops.branch(same) {
        return None;
    }
    // SAFETY: the entries' `Vec` of that `Dict`; with the version
    // unchanged, entry `index` exists and holds the cached name.
    let entries = unsafe { ops.load(d, layout.dict + fields.entries + layout.vec_ptr) };
    let at = index as i32 * fields.entry_size + fields.entry_value;
    // SAFETY: entry `index` is within the entries' buffer (see above).
    let value = unsafe { ops.load(entries, at) };
    if ops.we_are_jitted() {
        let now = match kind_of(concrete) {
            ObjKind::Dict(d) => d.entry(index as usize).map(|e| e.value),
            _ => None,
        };
        let callee_like = now.is_some_and(|v| {
            v.is_ptr()
                && matches!(
                    kind_of(v),
                    ObjKind::Function(_)
                        | ObjKind::Class(_)
                        | ObjKind::Module { .. }
                        | ObjKind::Builtin(_)
                        | ObjKind::BoundMethod { .. }
                )
        });
        if callee_like {
            let c = ops.promote(value);
            vm.tracing.roots.push(Value(c));
            return Some(ops.konst(c));
        }
    }
    Some(value)
}

/// `LoadGlobal` at `pc` of the frame at `fp`, where its cache says the name
/// is; `None` to take the general path. `inlined` says the frame is an
/// inlined call's (its globals, those of the promoted callee, are a
/// constant); otherwise the trace reads the frame's globals word.
#[inline(always)]
pub fn load_global<O: Ops<Vm>>(
    ops: &mut O,
    vm: &mut Vm,
    fp: *mut Frame,
    pc: usize,
    inlined: bool,
) -> Option<O::Word> {
    let f = Frame::from_raw(fp);
    let hit: DictEntryHit = vm.ic_global(&f.code, pc)?;
    let globals = if inlined || !ops.we_are_jitted() {
        ops.konst(f.globals.0)
    } else {
        // SAFETY: `fp` is the frame the trace runs on; `globals` is one of
        // its words.
        unsafe { ops.frame_word(fp as u64, std::mem::offset_of!(Frame, globals) as i32) }
    };
    match hit.globals_version {
        None => entry_value(ops, vm, (globals, f.globals), hit.version, hit.index),
        Some(gv) => {
            // The name is still absent from the globals: same version.
            let layout = vm.dict_layout;
            // SAFETY: a frame's globals is a dict object.
            let v = unsafe { ops.load(globals, layout.dict + layout.fields.version) };
            let want = ops.konst(gv);
            let same = ops.int_eq(v, want);
            if !ops.branch(same) {
                return None;
            }
            let builtins = ops.konst(f.builtins.0);
            entry_value(ops, vm, (builtins, f.builtins), hit.version, hit.index)
        }
    }
}

/// `o.name` for the `LoadAttr` or `LoadMethod` at `pc` of `code`, where its
/// cache says `o` (whose value now is `concrete`) is a module holding the
/// name; `None` to take the general path.
#[inline(always)]
pub fn module_attr<O: Ops<Vm>>(
    ops: &mut O,
    vm: &mut Vm,
    code: &CodeObject,
    pc: usize,
    (o, concrete): (O::Word, Value),
) -> Option<O::Word> {
    let hit = vm.ic_module_entry(code, pc)?;
    if super::handlers::is_small_int(ops, o) {
        return None;
    }
    // SAFETY: `o` is a live object (untagged, never NULL on the stack); its
    // class word is at `type_offset`. Built-in objects keep their class.
    let cls = unsafe { ops.load_imm(o, vm.jit.box_layout().type_offset) };
    let module = ops.konst(vm.types.module.0);
    let is_module = ops.int_eq(cls, module);
    if !ops.branch(is_module) {
        return None;
    }
    // SAFETY: a module object's dict pointer never changes.
    let d = unsafe { ops.load_imm(o, vm.dict_layout.module_dict) };
    let concrete_dict = match kind_of(concrete) {
        ObjKind::Module { dict, .. } => *dict,
        _ => Value::NULL,
    };
    entry_value(ops, vm, (d, concrete_dict), hit.version, hit.index)
}
