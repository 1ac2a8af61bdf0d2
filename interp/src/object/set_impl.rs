//! `SetStore`: the element table of `set` and `frozenset`.
//!
//! Same probing contract as [`Dict`](super::dict::Dict): a fast equality for
//! built-in keys, candidates returned for the VM to compare with `__eq__`.

use super::dict::{Dict, Probe};
use super::Value;

#[derive(Clone, Default)]
pub struct SetStore {
    inner: Dict,
}

impl SetStore {
    pub fn new() -> SetStore {
        SetStore { inner: Dict::new() }
    }
    pub fn len(&self) -> usize {
        self.inner.len()
    }
    pub fn is_empty(&self) -> bool {
        self.inner.is_empty()
    }
    pub fn probe(
        &self,
        hash: i64,
        key: Value,
        fast_eq: impl Fn(Value, Value) -> Option<bool>,
    ) -> Probe {
        self.inner.probe(hash, key, fast_eq)
    }
    pub fn key_at(&self, pos: usize) -> Option<(i64, Value)> {
        self.inner.entry(pos).map(|e| (e.hash, e.key))
    }
    pub fn insert_new(&mut self, hash: i64, key: Value) {
        self.inner.insert_new(hash, key, Value::NULL)
    }
    pub fn remove_at(&mut self, pos: usize) -> Value {
        self.inner.remove_at(pos).0
    }
    pub fn clear(&mut self) {
        self.inner.clear()
    }
    pub fn positions(&self) -> usize {
        self.inner.positions()
    }
    pub fn version(&self) -> u64 {
        self.inner.version
    }
    /// (hash, key) of every element in iteration order.
    pub fn iter(&self) -> impl Iterator<Item = (i64, Value)> + '_ {
        self.inner.iter().map(|e| (e.hash, e.key))
    }
    /// Removes and returns an element (the first in iteration order).
    pub fn pop(&mut self) -> Option<Value> {
        let pos = (0..self.inner.positions()).find(|&p| self.inner.entry(p).is_some())?;
        Some(self.inner.remove_at(pos).0)
    }
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        self.inner.trace(f)
    }
}

impl SetStore {
    /// The element at or after position `pos`, and the position after it
    /// (for resumable iteration).
    pub fn next_entry(&self, pos: usize) -> Option<(usize, Value)> {
        (pos..self.inner.positions()).find_map(|p| self.inner.entry(p).map(|e| (p + 1, e.key)))
    }
}
