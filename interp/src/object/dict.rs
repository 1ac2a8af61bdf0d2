//! `Dict`: CPython's compact, insertion-ordered dict — an entries vector in
//! insertion order plus an open-addressing index table of entry positions.
//!
//! This file knows nothing of Python equality: lookups take a *fast*
//! equality that answers for built-in keys without running code and says
//! "unknown" otherwise; then the probe returns the candidates with an equal
//! hash and the caller (the VM) runs `__eq__` on them with no borrow of the
//! dict held, since `__eq__` may mutate it.
//!
//! Invariants: `indices.len()` is a power of two, more than `entries.len()`
//! by a margin (load ≤ 2/3); a deleted entry has a NULL key and stays in
//! `entries` (keeping positions stable) until the next compaction; `used`
//! counts live entries.

use super::Value;

#[derive(Clone, Copy)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;

pub struct Dict {
    entries: Vec<Entry>,
    indices: Vec<i32>,
    used: usize,
    /// Changes on every insertion of a new key or deletion (iterators check
    /// it). Versions come from one global counter, so a version names one
    /// key layout of one dict: while it is unchanged, every key keeps its
    /// entry position (the global-load inline caches rely on this).
    pub version: u64,
}

/// Where a `Dict` keeps its version and its entries' `Vec`, and where an
/// `Entry` keeps its value: for compiled code that reads an entry whose
/// position an inline cache knows.
#[derive(Clone, Copy, Debug, Default)]
pub struct DictFields {
    pub version: i32,
    pub entries: i32,
    pub entry_size: i32,
    pub entry_value: i32,
}

impl DictFields {
    pub fn of_dict() -> DictFields {
        DictFields {
            version: std::mem::offset_of!(Dict, version) as i32,
            entries: std::mem::offset_of!(Dict, entries) as i32,
            entry_size: std::mem::size_of::<Entry>() as i32,
            entry_value: std::mem::offset_of!(Entry, value) as i32,
        }
    }
}

/// A version no dict has had before.
#[inline]
fn next_version() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

impl Clone for Dict {
    fn clone(&self) -> Dict {
        Dict {
            entries: self.entries.clone(),
            indices: self.indices.clone(),
            used: self.used,
            version: next_version(),
        }
    }
}

/// The result of probing for a key.
pub enum Probe {
    Found(usize),
    Absent,
    /// Entry positions whose hash matches but whose equality needs `__eq__`.
    NeedsEq(Vec<usize>),
}

impl Default for Dict {
    fn default() -> Self {
        Dict::new()
    }
}

impl Dict {
    pub fn new() -> Dict {
        Dict {
            entries: Vec::new(),
            indices: vec![EMPTY; 8],
            used: 0,
            version: next_version(),
        }
    }

    pub fn with_capacity(n: usize) -> Dict {
        let mut size = 8;
        while size * 2 < n * 3 {
            size *= 2;
        }
        Dict {
            entries: Vec::with_capacity(n),
            indices: vec![EMPTY; size],
            used: 0,
            version: next_version(),
        }
    }

    #[inline]
    /// Bytes of the entry and index vectors (for the collector's byte
    /// accounting).
    pub fn heap_bytes(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<Entry>() + self.indices.capacity() * 4
    }

    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Probes for `key` with hash `hash`. `fast_eq(stored, key)` answers
    /// `Some(equal)` when no Python code is needed.
    pub fn probe(
        &self,
        hash: i64,
        key: Value,
        fast_eq: impl Fn(Value, Value) -> Option<bool>,
    ) -> Probe {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut slow: Vec<usize> = Vec::new();
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return if slow.is_empty() {
                    Probe::Absent
                } else {
                    Probe::NeedsEq(slow)
                };
            }
            if ix >= 0 {
                let e = &self.entries[ix as usize];
                if e.hash == hash {
                    if e.key == key {
                        return Probe::Found(ix as usize);
                    }
                    match fast_eq(e.key, key) {
                        Some(true) => return Probe::Found(ix as usize),
                        Some(false) => {}
                        None => slow.push(ix as usize),
                    }
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    #[inline]
    pub fn entry(&self, pos: usize) -> Option<&Entry> {
        self.entries.get(pos).filter(|e| !e.key.is_null())
    }

    #[inline]
    pub fn set_value_at(&mut self, pos: usize, value: Value) {
        self.entries[pos].value = value;
    }

    /// Appends a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.rebuild((self.used + 1) * 3);
        }
        let pos = self.entries.len();
        self.entries.push(Entry { hash, key, value });
        self.place(hash, pos as i32);
        self.used += 1;
        self.version = next_version();
    }

    fn place(&mut self, hash: i64, pos: i32) {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] >= 0 {
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
        self.indices[i] = pos;
    }

    /// Rebuilds the index for at least `min_size * 1.5` slots, dropping
    /// deleted entries.
    fn rebuild(&mut self, min_size: usize) {
        let mut size = 8;
        while size < min_size {
            size *= 2;
        }
        self.entries.retain(|e| !e.key.is_null());
        self.indices = vec![EMPTY; size];
        for pos in 0..self.entries.len() {
            let h = self.entries[pos].hash;
            self.place(h, pos as i32);
        }
    }

    /// Deletes the entry at `pos`; returns (key, value).
    pub fn remove_at(&mut self, pos: usize) -> (Value, Value) {
        let e = self.entries[pos];
        let mask = self.indices.len() - 1;
        let mut perturb = e.hash as u64;
        let mut i = (e.hash as u64 as usize) & mask;
        while self.indices[i] != pos as i32 {
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
        self.indices[i] = DUMMY;
        self.entries[pos].key = Value::NULL;
        self.entries[pos].value = Value::NULL;
        self.used -= 1;
        self.version = next_version();
        if self.used == 0 {
            self.clear();
        }
        (e.key, e.value)
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.indices = vec![EMPTY; 8];
        self.used = 0;
        self.version = next_version();
    }

    /// Number of entry positions (live or deleted); iteration walks `0..cap()`.
    #[inline]
    pub fn positions(&self) -> usize {
        self.entries.len()
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> + '_ {
        self.entries.iter().filter(|e| !e.key.is_null())
    }

    /// The last live entry's position (for `popitem`).
    pub fn last_pos(&self) -> Option<usize> {
        self.entries.iter().rposition(|e| !e.key.is_null())
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        for e in &self.entries {
            f(e.key);
            f(e.value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fast(a: Value, b: Value) -> Option<bool> {
        Some(a == b)
    }

    #[test]
    fn insert_lookup_delete_keeps_order() {
        let mut d = Dict::new();
        for i in 0..100 {
            let k = Value::small(i);
            d.insert_new(i * 7919 % 13, k, Value::small(i * 2));
        }
        for i in 0..100 {
            match d.probe(i * 7919 % 13, Value::small(i), fast) {
                Probe::Found(p) => assert_eq!(d.entry(p).unwrap().value.as_small(), Some(i * 2)),
                _ => panic!("missing {i}"),
            }
        }
        for i in (0..100).step_by(2) {
            if let Probe::Found(p) = d.probe(i * 7919 % 13, Value::small(i), fast) {
                d.remove_at(p);
            }
        }
        assert_eq!(d.len(), 50);
        let keys: Vec<i64> = d.iter().map(|e| e.key.as_small().unwrap()).collect();
        assert_eq!(keys, (1..100).step_by(2).collect::<Vec<_>>());
        assert!(matches!(
            d.probe(4 * 7919 % 13, Value::small(4), fast),
            Probe::Absent
        ));
    }

    #[test]
    fn slow_equality_candidates_are_reported() {
        let mut d = Dict::new();
        d.insert_new(5, Value::small(1), Value::small(10));
        match d.probe(5, Value::small(2), |_, _| None) {
            Probe::NeedsEq(c) => assert_eq!(c, vec![0]),
            _ => panic!("expected candidates"),
        }
    }
}
