//! A direct-mapped cache of class attribute lookups (`Vm::lookup_in_class`).
//!
//! Looking a name up along a class's MRO probes one dict per class; the
//! interpreter does it for every method call, every special method and every
//! instance `setattr` (data-descriptor check). The cache maps
//! `(class, name)` to the result, found or not.
//!
//! Invariant: an entry is valid only while the VM's class epoch
//! (`Vm::next_class_version`) equals the epoch it was stored under. The
//! epoch moves whenever a class is created, a class attribute is set or
//! deleted, and after every garbage collection (a sweep may free a class or
//! a name string whose address a new object then reuses). Between those
//! events class dicts and object addresses are stable, so a hit is exact.
//! (Class dicts are changed only through `setattr`/`delattr` on the class;
//! CPython makes `cls.__dict__` read-only, and Python code that writes to it
//! here bypasses the cache.)

use crate::object::Value;
use std::cell::Cell;

const ENTRIES: usize = 4096;

#[derive(Clone, Copy, Default)]
struct Entry {
    class: u64,
    name: u64,
    epoch: u64,
    /// The attribute, or 0 when the MRO has no such name.
    value: u64,
}

pub struct MethodCache {
    entries: Box<[Cell<Entry>]>,
}

impl Default for MethodCache {
    fn default() -> Self {
        MethodCache {
            entries: (0..ENTRIES).map(|_| Cell::new(Entry::default())).collect(),
        }
    }
}

impl MethodCache {
    #[inline(always)]
    fn slot(&self, class: Value, name: Value) -> &Cell<Entry> {
        let h = (class.0 >> 4) ^ (name.0 >> 4).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        &self.entries[(h as usize ^ (h >> 32) as usize) & (ENTRIES - 1)]
    }

    /// The cached result: `Some(None)` for a cached miss, `None` when the
    /// pair is not cached under `epoch`.
    #[inline(always)]
    pub fn get(&self, class: Value, name: Value, epoch: u64) -> Option<Option<Value>> {
        let e = self.slot(class, name).get();
        if e.class == class.0 && e.name == name.0 && e.epoch == epoch {
            Some((e.value != 0).then_some(Value(e.value)))
        } else {
            None
        }
    }

    #[inline(always)]
    pub fn put(&self, class: Value, name: Value, epoch: u64, value: Option<Value>) {
        self.slot(class, name).set(Entry {
            class: class.0,
            name: name.0,
            epoch,
            value: value.map_or(0, |v| v.0),
        });
    }
}
