//! The hash table behind `set` and `frozenset`, laid out exactly like
//! CPython 3.11's (Objects/setobject.c) so that iteration order, `pop()`
//! and `repr()` match CPython for the same sequence of operations.
//!
//! The table is an open-addressed array of slots (empty, dummy, or an
//! active `(hash, key)`), size a power of two, at least 8. A probe starts
//! at `hash & mask`, looks at up to `LINEAR_PROBES` following slots when
//! they fit before the end of the array, then jumps with the perturbation
//! recurrence `i = i*5 + 1 + (perturb >>= 5)`. Deletion leaves a dummy.
//! Insertion into a fresh slot grows the table when `fill*5 >= mask*3`.
//! The multi-set operations (merge, copy, intersection, difference,
//! symmetric difference) follow CPython's construction order, which
//! decides the resulting layout.
//!
//! Invariants: `slots.len()` is a power of two ≥ 8; `used` counts active
//! slots and `fill` active plus dummy slots; `fill < slots.len()` (there is
//! always an empty slot, so probes end). Iteration order is slot order.
//!
//! Keys are opaque `Copy` handles; `K: PartialEq` is the identity test
//! CPython does first (`startkey == key`). Python-level equality is the
//! caller's `eq(stored, probe)` callback, called only for a stored key
//! with the same hash that is not identical; its error aborts the
//! operation and is returned. Unlike CPython, the table cannot be mutated
//! by `eq` (it is borrowed), so there is no restart logic. Hashes are the
//! caller's, never -1 (CPython reserves it).

use std::convert::Infallible;

/// Slots examined linearly before jumping (CPython's `LINEAR_PROBES`).
const LINEAR_PROBES: usize = 9;
/// Bits of the hash mixed in per jump (CPython's `PERTURB_SHIFT`).
const PERTURB_SHIFT: u32 = 5;
/// Size of a new or cleared table (CPython's `PySet_MINSIZE`).
const MIN_SIZE: usize = 8;

#[derive(Clone, Copy, Debug)]
enum Slot<K> {
    Empty,
    Dummy,
    Active { hash: i64, key: K },
}

/// Where a probe for a key ended.
enum Probe {
    Found(usize),
    Missing,
}

/// A CPython-compatible set hash table; see the module docs.
#[derive(Clone, Debug)]
pub struct SetTable<K> {
    slots: Vec<Slot<K>>,
    fill: usize,
    used: usize,
    /// Where the next `pop()` starts searching (CPython's `so->finger`).
    finger: usize,
}

impl<K> SetTable<K> {
    /// Bytes of the slot vector (for the collector's byte accounting).
    pub fn heap_bytes(&self) -> usize {
        self.slots.capacity() * std::mem::size_of::<Slot<K>>()
    }
}

impl<K: Copy + PartialEq> Default for SetTable<K> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K: Copy + PartialEq> SetTable<K> {
    /// An empty set with the minimum table size.
    pub fn new() -> Self {
        SetTable {
            slots: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    /// Number of elements.
    pub fn len(&self) -> usize {
        self.used
    }

    /// True when the set has no elements.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Runs the probe sequence of `hash` over the table of size `mask + 1`,
    /// calling `visit(index)` on each slot until it returns `Some`.
    fn probe<T, E>(
        mask: usize,
        hash: i64,
        mut visit: impl FnMut(usize) -> Result<Option<T>, E>,
    ) -> Result<T, E> {
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                if let Some(result) = visit(j)? {
                    return Ok(result);
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Finds the slot holding a key equal to `key` (CPython's
    /// `set_lookkey`).
    fn lookup<E>(
        &self,
        hash: i64,
        key: K,
        eq: &mut impl FnMut(K, K) -> Result<bool, E>,
    ) -> Result<Probe, E> {
        Self::probe(self.mask(), hash, |j| match self.slots[j] {
            Slot::Empty => Ok(Some(Probe::Missing)),
            Slot::Active {
                hash: stored_hash,
                key: stored,
            } if stored_hash == hash => {
                if stored == key || eq(stored, key)? {
                    Ok(Some(Probe::Found(j)))
                } else {
                    Ok(None)
                }
            }
            _ => Ok(None),
        })
    }

    /// The stored key equal to `key`, if any (`key in set`).
    pub fn find<E>(
        &self,
        hash: i64,
        key: K,
        mut eq: impl FnMut(K, K) -> Result<bool, E>,
    ) -> Result<Option<K>, E> {
        Ok(match self.lookup(hash, key, &mut eq)? {
            Probe::Found(j) => self.key_at(j),
            Probe::Missing => None,
        })
    }

    fn key_at(&self, j: usize) -> Option<K> {
        match self.slots[j] {
            Slot::Active { key, .. } => Some(key),
            _ => None,
        }
    }

    /// Adds `key` unless an equal key is present; returns whether it was
    /// added (CPython's `set_add_entry`). May grow the table.
    pub fn insert<E>(
        &mut self,
        hash: i64,
        key: K,
        mut eq: impl FnMut(K, K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        self.insert_with(hash, key, &mut eq)
    }

    fn insert_with<E>(
        &mut self,
        hash: i64,
        key: K,
        eq: &mut impl FnMut(K, K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        enum Outcome {
            Present,
            Empty(usize),
        }
        // CPython reuses the last dummy seen before the first empty slot.
        let mut free_slot = None;
        let slots = &self.slots;
        let outcome = Self::probe(self.mask(), hash, |j| match slots[j] {
            Slot::Empty => Ok(Some(Outcome::Empty(j))),
            Slot::Active {
                hash: stored_hash,
                key: stored,
            } if stored_hash == hash => {
                if stored == key || eq(stored, key)? {
                    Ok(Some(Outcome::Present))
                } else {
                    Ok(None)
                }
            }
            Slot::Dummy => {
                free_slot = Some(j);
                Ok(None)
            }
            Slot::Active { .. } => Ok(None),
        })?;
        let empty = match outcome {
            Outcome::Present => return Ok(false),
            Outcome::Empty(j) => j,
        };
        self.used += 1;
        if let Some(j) = free_slot {
            self.slots[j] = Slot::Active { hash, key };
            return Ok(true);
        }
        self.slots[empty] = Slot::Active { hash, key };
        self.fill += 1;
        if self.fill * 5 >= self.mask() * 3 {
            self.resize(self.growth_target());
        }
        Ok(true)
    }

    /// CPython's size request after an insertion fills the table.
    fn growth_target(&self) -> usize {
        if self.used > 50_000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// Removes the key equal to `key` and returns the stored key, leaving a
    /// dummy (CPython's `set_discard_entry`).
    pub fn remove<E>(
        &mut self,
        hash: i64,
        key: K,
        mut eq: impl FnMut(K, K) -> Result<bool, E>,
    ) -> Result<Option<K>, E> {
        self.remove_with(hash, key, &mut eq)
    }

    fn remove_with<E>(
        &mut self,
        hash: i64,
        key: K,
        eq: &mut impl FnMut(K, K) -> Result<bool, E>,
    ) -> Result<Option<K>, E> {
        Ok(match self.lookup(hash, key, eq)? {
            Probe::Found(j) => {
                let stored = self.key_at(j);
                self.slots[j] = Slot::Dummy;
                self.used -= 1;
                stored
            }
            Probe::Missing => None,
        })
    }

    /// `set.pop()`: removes and returns the first element at or after the
    /// search finger, wrapping around; `None` when empty.
    pub fn pop(&mut self) -> Option<K> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut j = self.finger & mask;
        loop {
            if let Slot::Active { key, .. } = self.slots[j] {
                self.slots[j] = Slot::Dummy;
                self.used -= 1;
                self.finger = j + 1;
                return Some(key);
            }
            j = if j == mask { 0 } else { j + 1 };
        }
    }

    /// `set.clear()`: back to an empty minimum-size table (the `pop()`
    /// finger is kept, as in CPython).
    pub fn clear(&mut self) {
        self.slots.clear();
        self.slots.resize(MIN_SIZE, Slot::Empty);
        self.fill = 0;
        self.used = 0;
    }

    /// The elements as `(hash, key)` in slot order, which is CPython's
    /// iteration order.
    pub fn iter(&self) -> impl Iterator<Item = (i64, K)> + '_ {
        self.slots.iter().filter_map(|slot| match *slot {
            Slot::Active { hash, key } => Some((hash, key)),
            _ => None,
        })
    }

    /// Resumable iteration for iterator objects: the first element at slot
    /// `position` or later, with the position to resume from.
    pub fn next_entry(&self, position: usize) -> Option<(usize, i64, K)> {
        let rest = self.slots.get(position..)?;
        rest.iter()
            .enumerate()
            .find_map(|(offset, slot)| match *slot {
                Slot::Active { hash, key } => Some((position + offset + 1, hash, key)),
                _ => None,
            })
    }

    /// Rebuilds the table with the smallest size above `min_used`, dropping
    /// dummies (CPython's `set_table_resize`). Keeps a minimum-size table
    /// that has no dummies as it is.
    fn resize(&mut self, min_used: usize) {
        // Far beyond any table that fits in memory; keeps the shifts finite.
        let min_used = min_used.min(1 << 40);
        let mut new_size = MIN_SIZE;
        while new_size <= min_used {
            new_size <<= 1;
        }
        if new_size == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; new_size]);
        for slot in old {
            if let Slot::Active { hash, key } = slot {
                self.insert_clean(hash, key);
            }
        }
        self.fill = self.used;
    }

    /// Puts a key known to be absent into the first empty slot of its probe
    /// sequence (CPython's `set_insert_clean`); counts are the caller's.
    fn insert_clean(&mut self, hash: i64, key: K) {
        let slots = &mut self.slots;
        let mask = slots.len() - 1;
        let placed: Result<(), Infallible> = Self::probe(mask, hash, |j| {
            Ok(if let Slot::Empty = slots[j] {
                slots[j] = Slot::Active { hash, key };
                Some(())
            } else {
                None
            })
        });
        let Ok(()) = placed;
    }

    /// Pre-sizes the table before adding `incoming` keys in bulk, as
    /// CPython does before `set.update(a_dict)`; the caller then inserts
    /// the dict's keys in order.
    pub fn reserve_for_update(&mut self, incoming: usize) {
        if self.fill.saturating_add(incoming).saturating_mul(5) >= self.mask() * 3 {
            self.resize(self.used.saturating_add(incoming).saturating_mul(2));
        }
    }

    /// Adds every element of `other` (CPython's `set_merge`, used by
    /// `update`, `|=`, `|` and `set(a_set)`). The caller handles
    /// `a.update(a)` (nothing to do) before calling.
    pub fn merge<E>(
        &mut self,
        other: &SetTable<K>,
        mut eq: impl FnMut(K, K) -> Result<bool, E>,
    ) -> Result<(), E> {
        if other.used == 0 {
            return Ok(());
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            // Same size, no dummies: copy slot for slot.
            self.slots.copy_from_slice(&other.slots);
            self.fill = other.fill;
            self.used = other.used;
            return Ok(());
        }
        if self.fill == 0 {
            for (hash, key) in other.iter() {
                self.insert_clean(hash, key);
            }
            self.fill = other.used;
            self.used = other.used;
            return Ok(());
        }
        for (hash, key) in other.iter() {
            self.insert_with(hash, key, &mut eq)?;
        }
        Ok(())
    }

    /// `set.copy()`, `set(a_set)`, `frozenset(a_set)`: a new table built
    /// by merging into an empty one.
    pub fn copy(&self) -> SetTable<K> {
        let mut copy = SetTable::new();
        // Merging into an empty table copies slots and never compares keys.
        let merged: Result<(), Infallible> = copy.merge(self, |_, _| Ok(false));
        let Ok(()) = merged;
        copy
    }

    /// Replaces the contents by `body`'s, keeping this set's `pop()`
    /// finger (CPython's `set_swap_bodies`, as used by `&=`).
    pub fn replace_body(&mut self, body: SetTable<K>) {
        self.slots = body.slots;
        self.fill = body.fill;
        self.used = body.used;
    }

    /// `a & b` for two sets (CPython's `set_intersection`): iterates the
    /// smaller set (`b` on equal sizes) and keeps its keys found in the
    /// other. The caller maps `a & a` to `a.copy()`.
    pub fn intersection<E>(
        a: &SetTable<K>,
        b: &SetTable<K>,
        mut eq: impl FnMut(K, K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E> {
        let (larger, smaller) = if b.used > a.used { (b, a) } else { (a, b) };
        let mut result = SetTable::new();
        for (hash, key) in smaller.iter() {
            if let Probe::Found(_) = larger.lookup(hash, key, &mut eq)? {
                result.insert_with(hash, key, &mut eq)?;
            }
        }
        Ok(result)
    }

    /// `a &= b` for two sets: the intersection replaces `a`'s body.
    pub fn intersection_update<E>(
        &mut self,
        other: &SetTable<K>,
        eq: impl FnMut(K, K) -> Result<bool, E>,
    ) -> Result<(), E> {
        let body = SetTable::intersection(self, other, eq)?;
        self.replace_body(body);
        Ok(())
    }

    /// `a -= b` for two sets (CPython's `set_difference_update_internal`).
    /// The caller maps `a -= a` to `clear()`. For other iterables the
    /// caller removes each key, then calls
    /// [`SetTable::purge_dummies_after_difference`].
    pub fn difference_update<E>(
        &mut self,
        other: &SetTable<K>,
        mut eq: impl FnMut(K, K) -> Result<bool, E>,
    ) -> Result<(), E> {
        if (other.used >> 3) > self.used {
            let common = SetTable::intersection(self, other, &mut eq)?;
            for (hash, key) in common.iter() {
                self.remove_with(hash, key, &mut eq)?;
            }
        } else {
            for (hash, key) in other.iter() {
                self.remove_with(hash, key, &mut eq)?;
            }
        }
        self.purge_dummies_after_difference();
        Ok(())
    }

    /// Rebuilds the table when more than a quarter of it is dummies, as
    /// CPython does at the end of every `difference_update`.
    pub fn purge_dummies_after_difference(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(self.growth_target());
        }
    }

    /// The elements of `self` for which `keep` holds, inserted in order
    /// into a new set: CPython's way of building `a - b` when `a` is not
    /// much larger than `b` (`b` a set or a dict, `keep` = not in `b`).
    pub fn filtered<E>(
        &self,
        mut keep: impl FnMut(i64, K) -> Result<bool, E>,
        mut eq: impl FnMut(K, K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E> {
        let mut result = SetTable::new();
        for (hash, key) in self.iter() {
            if keep(hash, key)? {
                result.insert_with(hash, key, &mut eq)?;
            }
        }
        Ok(result)
    }

    /// True when CPython builds `a - b` as `a.copy()` followed by removals
    /// (for `b` a set or dict of `other_len` elements); otherwise it uses
    /// [`SetTable::filtered`]. Any other iterable always takes the copy way.
    pub fn difference_prefers_copy(&self, other_len: usize) -> bool {
        (self.used >> 2) > other_len
    }

    /// `a - b` for two sets (CPython's `set_difference`).
    pub fn difference<E>(
        a: &SetTable<K>,
        b: &SetTable<K>,
        mut eq: impl FnMut(K, K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E> {
        if a.difference_prefers_copy(b.used) {
            let mut result = a.copy();
            result.difference_update(b, eq)?;
            return Ok(result);
        }
        let mut result = SetTable::new();
        for (hash, key) in a.iter() {
            if let Probe::Missing = b.lookup(hash, key, &mut eq)? {
                result.insert_with(hash, key, &mut eq)?;
            }
        }
        Ok(result)
    }

    /// `a ^= b` for two sets (CPython's `set_symmetric_difference_update`):
    /// each key of `b`, in order, is removed from `a` or else added. The
    /// caller maps `a ^= a` to `clear()`; for a dict it runs the same loop
    /// over the dict's keys, for another iterable over a set built from it.
    pub fn symmetric_difference_update<E>(
        &mut self,
        other: &SetTable<K>,
        mut eq: impl FnMut(K, K) -> Result<bool, E>,
    ) -> Result<(), E> {
        for (hash, key) in other.iter() {
            if self.remove_with(hash, key, &mut eq)?.is_none() {
                self.insert_with(hash, key, &mut eq)?;
            }
        }
        Ok(())
    }

    /// `a ^ b` for two sets: a copy of `b`, updated with `a`.
    pub fn symmetric_difference<E>(
        a: &SetTable<K>,
        b: &SetTable<K>,
        eq: impl FnMut(K, K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E> {
        let mut result = b.copy();
        result.symmetric_difference_update(a, eq)?;
        Ok(result)
    }
}

#[cfg(test)]
#[path = "set_table_tests.rs"]
mod tests;
