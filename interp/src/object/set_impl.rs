//! `SetStore`: the element table of `set` and `frozenset`, a CPython-exact
//! [`SetTable`] of values (so iteration order, `pop()` and `repr()` match
//! CPython for keys whose hashes match CPython's).
//!
//! This file knows nothing of Python equality: a lookup takes a *fast*
//! equality that answers for built-in keys without running code and says
//! "unknown" otherwise. An unknown comparison stops the lookup and hands the
//! stored candidate back to the caller (the VM), which runs `__eq__` with no
//! borrow of the set held and retries, passing the candidates it found
//! unequal. Bulk operations (merge, intersection, ...) are reached through
//! [`SetStore::table`] with an equality that may fail on unknown keys; the
//! VM then redoes the operation key by key.

use super::set_table::SetTable;
use super::Value;

#[derive(Clone, Default)]
pub struct SetStore {
    table: SetTable<Value>,
}

/// The result of [`SetStore::lookup`].
pub enum Lookup {
    /// The stored key equal to the probe key.
    Found(Value),
    Missing,
    /// A stored key with the probe's hash whose equality needs `__eq__`.
    NeedsEq(Value),
}

impl SetStore {
    pub fn new() -> SetStore {
        SetStore {
            table: SetTable::new(),
        }
    }
    /// Bytes of the table (for the collector's byte accounting).
    pub fn heap_bytes(&self) -> usize {
        self.table.heap_bytes()
    }

    pub fn from_table(table: SetTable<Value>) -> SetStore {
        SetStore { table }
    }
    pub fn len(&self) -> usize {
        self.table.len()
    }
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }
    /// The underlying table, for bulk operations.
    pub fn table(&self) -> &SetTable<Value> {
        &self.table
    }
    /// The underlying table, for bulk operations that are idempotent
    /// (a failed merge can be finished key by key).
    pub fn table_mut(&mut self) -> &mut SetTable<Value> {
        &mut self.table
    }
    /// Replaces the elements by `body`'s, keeping the `pop()` finger.
    pub fn replace_body(&mut self, body: SetTable<Value>) {
        self.table.replace_body(body)
    }
    /// Pre-sizes the table before inserting `incoming` dict keys.
    pub fn reserve_for_update(&mut self, incoming: usize) {
        self.table.reserve_for_update(incoming)
    }
    /// Rebuilds the table when many dummies remain after removals.
    pub fn purge_dummies_after_difference(&mut self) {
        self.table.purge_dummies_after_difference()
    }

    /// Looks `key` up; stored keys in `known_unequal` are taken as unequal
    /// (the VM already compared them).
    pub fn lookup(
        &self,
        hash: i64,
        key: Value,
        known_unequal: &[Value],
        fast_eq: impl Fn(Value, Value) -> Option<bool>,
    ) -> Lookup {
        let found = self.table.find(hash, key, |stored, k| {
            if known_unequal.contains(&stored) {
                return Ok(false);
            }
            fast_eq(stored, k).ok_or(stored)
        });
        match found {
            Ok(Some(v)) => Lookup::Found(v),
            Ok(None) => Lookup::Missing,
            Err(stored) => Lookup::NeedsEq(stored),
        }
    }

    /// Adds a key the caller knows is absent.
    pub fn insert_absent(&mut self, hash: i64, key: Value) {
        let added: Result<bool, std::convert::Infallible> =
            self.table.insert(hash, key, |_, _| Ok(false));
        let Ok(_) = added;
    }

    /// Removes the stored key `stored` (found by a lookup); whether it was
    /// there.
    pub fn remove_stored(&mut self, hash: i64, stored: Value) -> bool {
        let removed: Result<Option<Value>, std::convert::Infallible> =
            self.table.remove(hash, stored, |_, _| Ok(false));
        matches!(removed, Ok(Some(_)))
    }

    pub fn clear(&mut self) {
        self.table.clear()
    }
    /// (hash, key) of every element in iteration order.
    pub fn iter(&self) -> impl Iterator<Item = (i64, Value)> + '_ {
        self.table.iter()
    }
    /// Removes and returns an element, as CPython's `set.pop()` chooses it.
    pub fn pop(&mut self) -> Option<Value> {
        self.table.pop()
    }
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        for (_, k) in self.table.iter() {
            f(k);
        }
    }
    /// The element at or after position `pos`, and the position after it
    /// (for resumable iteration).
    pub fn next_entry(&self, pos: usize) -> Option<(usize, Value)> {
        self.table.next_entry(pos).map(|(p, _, k)| (p, k))
    }
}
