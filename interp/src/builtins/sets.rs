//! Set and frozenset operations with Python equality, following CPython
//! 3.11's algorithms (Objects/setobject.c) step for step, so the resulting
//! tables — hence iteration order, `pop()` and `repr()` — are CPython's.
//!
//! Lookups run `__eq__` on user keys without holding a borrow of the table
//! (see `object/set_impl.rs`). Bulk operations are done key by key with the
//! same probe sequence as CPython's, except `merge` (update from another set,
//! copy), which uses the table's own fast paths and falls back to key by key
//! insertion when a key needs `__eq__`.

use crate::object::set_impl::{Lookup, SetStore};
use crate::object::set_table::SetTable;
use crate::object::{kind_of, ObjKind, SetObj, Value};
use crate::vm::compare::fast_eq;
use crate::vm::{PyResult, Vm};

/// Equality of built-in keys without running code, looking into exact tuples.
fn deep_fast_eq(a: Value, b: Value, tuple_cls: Value) -> Option<bool> {
    if let Some(r) = fast_eq(a, b) {
        return Some(r);
    }
    if !(a.is_ptr() && b.is_ptr()) {
        return None;
    }
    if a.obj().class != tuple_cls || b.obj().class != tuple_cls {
        return None;
    }
    let (ObjKind::Tuple(x), ObjKind::Tuple(y)) = (kind_of(a), kind_of(b)) else {
        return None;
    };
    if x.len() != y.len() {
        return Some(false);
    }
    for (&p, &q) in x.iter().zip(y.iter()) {
        if !deep_fast_eq(p, q, tuple_cls)? {
            return Some(false);
        }
    }
    Some(true)
}

fn store_of<'a>(s: Value) -> Option<&'a SetStore> {
    if !s.is_ptr() {
        return None;
    }
    match kind_of(s) {
        ObjKind::Set(st) => Some(&st.table),
        _ => None,
    }
}

fn store_mut<'a>(s: Value) -> Option<&'a mut SetStore> {
    if !s.is_ptr() {
        return None;
    }
    match &mut s.obj_mut().kind {
        ObjKind::Set(st) => Some(&mut st.table),
        _ => None,
    }
}

fn set_len(s: Value) -> usize {
    store_of(s).map_or(0, |t| t.len())
}

fn is_frozen(s: Value) -> bool {
    matches!(kind_of(s), ObjKind::Set(st) if st.frozen)
}

impl Vm {
    /// The stored key equal to `key` (whose hash is `h`), running `__eq__`
    /// on candidates that need it.
    fn set_find_h(&mut self, s: Value, key: Value, h: i64) -> PyResult<Option<Value>> {
        let tuple = self.types.tuple;
        let mut unequal: Vec<Value> = Vec::new();
        loop {
            let Some(store) = store_of(s) else {
                return Ok(None);
            };
            match store.lookup(h, key, &unequal, |a, b| deep_fast_eq(a, b, tuple)) {
                Lookup::Found(v) => return Ok(Some(v)),
                Lookup::Missing => return Ok(None),
                Lookup::NeedsEq(stored) => {
                    if self.eq(stored, key)? {
                        return Ok(Some(stored));
                    }
                    unequal.push(stored);
                }
            }
        }
    }

    /// Adds `key` (hash `h`) unless an equal key is present (CPython's
    /// `set_add_entry`); whether it was added.
    fn set_add_h(&mut self, s: Value, key: Value, h: i64) -> PyResult<bool> {
        if self.set_find_h(s, key, h)?.is_some() {
            return Ok(false);
        }
        if let Some(st) = store_mut(s) {
            st.insert_absent(h, key);
        }
        Ok(true)
    }

    /// Removes the key equal to `key` (hash `h`); whether it was present.
    fn set_discard_h(&mut self, s: Value, key: Value, h: i64) -> PyResult<bool> {
        let Some(stored) = self.set_find_h(s, key, h)? else {
            return Ok(false);
        };
        Ok(store_mut(s).is_some_and(|st| st.remove_stored(h, stored)))
    }

    /// A `set` key of `contains`/`remove`/`discard` is looked up as a
    /// frozenset, as CPython does for unhashable sets.
    fn set_probe_key(&mut self, key: Value) -> Value {
        if key.is_ptr() {
            if let ObjKind::Set(inner) = kind_of(key) {
                if !inner.frozen {
                    let table = inner.table.table().copy();
                    return self.new_set_with(table, true);
                }
            }
        }
        key
    }

    pub fn set_contains(&mut self, s: Value, key: Value) -> PyResult<bool> {
        let key = self.set_probe_key(key);
        let h = self.hash(key)?;
        Ok(self.set_find_h(s, key, h)?.is_some())
    }

    pub fn set_add(&mut self, s: Value, key: Value) -> PyResult<()> {
        let h = self.hash(key)?;
        self.set_add_h(s, key, h)?;
        Ok(())
    }

    /// Removes `key` (a set key is taken as a frozenset); whether it was
    /// present.
    pub fn set_discard(&mut self, s: Value, key: Value) -> PyResult<bool> {
        let key = self.set_probe_key(key);
        let h = self.hash(key)?;
        self.set_discard_h(s, key, h)
    }

    /// A new `set` or `frozenset` holding `table`.
    pub fn new_set_with(&mut self, table: SetTable<Value>, frozen: bool) -> Value {
        let cls = if frozen {
            self.types.frozenset
        } else {
            self.types.set
        };
        self.alloc(
            cls,
            ObjKind::Set(SetObj {
                table: SetStore::from_table(table),
                frozen,
            }),
        )
    }

    pub fn new_set_from(&mut self, items: &[Value], frozen: bool) -> PyResult<Value> {
        let s = self.new_set_with(SetTable::new(), frozen);
        for &x in items {
            self.set_add(s, x)?;
        }
        Ok(s)
    }

    /// `set(iterable)`.
    pub fn new_set_from_iter(&mut self, it: Value) -> PyResult<Value> {
        let s = self.new_set_with(SetTable::new(), false);
        self.set_update_internal(s, it)?;
        Ok(s)
    }

    pub fn set_items(&self, s: Value) -> Vec<Value> {
        store_of(s).map_or_else(Vec::new, |t| t.iter().map(|(_, k)| k).collect())
    }

    fn set_entries(&self, s: Value) -> Vec<(i64, Value)> {
        store_of(s).map_or_else(Vec::new, |t| t.iter().collect())
    }

    pub fn set_clear(&mut self, s: Value) {
        if let Some(st) = store_mut(s) {
            st.clear();
        }
    }

    pub fn is_set_like(&self, v: Value) -> bool {
        v.is_ptr() && matches!(kind_of(v), ObjKind::Set(_))
    }

    /// `s.copy()`: same kind (set or frozenset) as `s`.
    pub fn set_copy(&mut self, s: Value) -> Value {
        let table = store_of(s).map_or_else(SetTable::new, |t| t.table().copy());
        self.new_set_with(table, is_frozen(s))
    }

    /// Adds the elements of any iterable (CPython's `set_update_internal`).
    pub fn set_update_internal(&mut self, s: Value, other: Value) -> PyResult<()> {
        if self.is_set_like(other) {
            if s == other {
                return Ok(());
            }
            let tuple = self.types.tuple;
            let merged = match (store_mut(s), store_of(other)) {
                // Merging is idempotent: after a failure the key-by-key
                // fallback below finishes the work.
                (Some(a), Some(b)) => a
                    .table_mut()
                    .merge(b.table(), |x, y| deep_fast_eq(x, y, tuple).ok_or(()))
                    .is_ok(),
                _ => false,
            };
            if !merged {
                for (h, k) in self.set_entries(other) {
                    self.set_add_h(s, k, h)?;
                }
            }
            return Ok(());
        }
        if other.is_ptr() && other.obj().class == self.types.dict {
            if let ObjKind::Dict(d) = kind_of(other) {
                let pairs: Vec<(i64, Value)> = d.iter().map(|e| (e.hash, e.key)).collect();
                if let Some(st) = store_mut(s) {
                    st.reserve_for_update(pairs.len());
                }
                for (h, k) in pairs {
                    self.set_add_h(s, k, h)?;
                }
                return Ok(());
            }
        }
        let it = self.get_iter(other)?;
        while let Some(k) = self.iter_next(it)? {
            self.set_add(s, k)?;
        }
        Ok(())
    }

    /// `s & other` for any iterable `other` (CPython's `set_intersection`).
    pub fn set_intersection(&mut self, s: Value, other: Value) -> PyResult<Value> {
        if s == other {
            return Ok(self.set_copy(s));
        }
        let result = self.new_set_with(SetTable::new(), is_frozen(s));
        if self.is_set_like(other) {
            let (big, small) = if set_len(other) > set_len(s) {
                (other, s)
            } else {
                (s, other)
            };
            for (h, k) in self.set_entries(small) {
                if self.set_find_h(big, k, h)?.is_some() {
                    self.set_add_h(result, k, h)?;
                }
            }
            return Ok(result);
        }
        let it = self.get_iter(other)?;
        while let Some(k) = self.iter_next(it)? {
            let h = self.hash(k)?;
            if self.set_find_h(s, k, h)?.is_some() {
                self.set_add_h(result, k, h)?;
            }
        }
        Ok(result)
    }

    /// `s.intersection(*others)`.
    pub fn set_intersection_multi(&mut self, s: Value, others: &[Value]) -> PyResult<Value> {
        if others.is_empty() {
            return Ok(self.set_copy(s));
        }
        let mut result = s;
        for &o in others {
            result = self.set_intersection(result, o)?;
        }
        Ok(result)
    }

    /// `s &= other` / `s.intersection_update(*others)`: the intersection
    /// replaces `s`'s table.
    pub fn set_intersection_update(&mut self, s: Value, others: &[Value]) -> PyResult<()> {
        let tmp = self.set_intersection_multi(s, others)?;
        if tmp == s {
            return Ok(());
        }
        let body = store_of(tmp).map_or_else(SetTable::new, |t| t.table().clone());
        if let Some(st) = store_mut(s) {
            st.replace_body(body);
        }
        Ok(())
    }

    /// `s -= other` for any iterable (CPython's
    /// `set_difference_update_internal`).
    pub fn set_difference_update(&mut self, s: Value, other: Value) -> PyResult<()> {
        if s == other {
            self.set_clear(s);
            return Ok(());
        }
        if self.is_set_like(other) {
            let source = if (set_len(other) >> 3) > set_len(s) {
                self.set_intersection(s, other)?
            } else {
                other
            };
            for (h, k) in self.set_entries(source) {
                self.set_discard_h(s, k, h)?;
            }
        } else {
            let it = self.get_iter(other)?;
            while let Some(k) = self.iter_next(it)? {
                let h = self.hash(k)?;
                self.set_discard_h(s, k, h)?;
            }
        }
        if let Some(st) = store_mut(s) {
            st.purge_dummies_after_difference();
        }
        Ok(())
    }

    /// `s - other` for any iterable (CPython's `set_difference`).
    pub fn set_difference(&mut self, s: Value, other: Value) -> PyResult<Value> {
        let exact_dict = other.is_ptr()
            && other.obj().class == self.types.dict
            && matches!(kind_of(other), ObjKind::Dict(_));
        let other_size = if self.is_set_like(other) {
            Some(set_len(other))
        } else if exact_dict {
            match kind_of(other) {
                ObjKind::Dict(d) => Some(d.len()),
                _ => None,
            }
        } else {
            None
        };
        let filter = matches!(other_size, Some(n) if (set_len(s) >> 2) <= n);
        if !filter {
            let result = self.set_copy(s);
            self.set_difference_update(result, other)?;
            return Ok(result);
        }
        let result = self.new_set_with(SetTable::new(), is_frozen(s));
        for (h, k) in self.set_entries(s) {
            let present = if exact_dict {
                self.dict_get(other, k)?.is_some()
            } else {
                self.set_find_h(other, k, h)?.is_some()
            };
            if !present {
                self.set_add_h(result, k, h)?;
            }
        }
        Ok(result)
    }

    /// `s ^= other` for any iterable (CPython's
    /// `set_symmetric_difference_update`).
    pub fn set_symmetric_difference_update(&mut self, s: Value, other: Value) -> PyResult<()> {
        if s == other {
            self.set_clear(s);
            return Ok(());
        }
        let entries: Vec<(i64, Value)> = if other.is_ptr() && other.obj().class == self.types.dict {
            match kind_of(other) {
                ObjKind::Dict(d) => d.iter().map(|e| (e.hash, e.key)).collect(),
                _ => Vec::new(),
            }
        } else if self.is_set_like(other) {
            self.set_entries(other)
        } else {
            let tmp = self.new_set_from_iter(other)?;
            self.set_entries(tmp)
        };
        for (h, k) in entries {
            if !self.set_discard_h(s, k, h)? {
                self.set_add_h(s, k, h)?;
            }
        }
        Ok(())
    }

    /// `s ^ other`: a new set from `other`, updated with `s`.
    pub fn set_symmetric_difference(&mut self, s: Value, other: Value) -> PyResult<Value> {
        let result = self.new_set_with(SetTable::new(), is_frozen(s));
        self.set_update_internal(result, other)?;
        self.set_symmetric_difference_update(result, s)?;
        Ok(result)
    }

    /// The binary set operators on two sets (`|`, `&`, `-`, `^`).
    pub fn set_binop(
        &mut self,
        kind: crate::bytecode::BinOpKind,
        a: Value,
        b: Value,
    ) -> PyResult<Value> {
        use crate::bytecode::BinOpKind as K;
        match kind {
            K::Or => {
                let r = self.set_copy(a);
                self.set_update_internal(r, b)?;
                Ok(r)
            }
            K::And => self.set_intersection(a, b),
            K::Sub => self.set_difference(a, b),
            _ => self.set_symmetric_difference(a, b),
        }
    }

    /// The in-place set operators on two sets (`|=`, `&=`, `-=`, `^=`).
    pub fn set_inplace_binop(
        &mut self,
        kind: crate::bytecode::BinOpKind,
        a: Value,
        b: Value,
    ) -> PyResult<()> {
        use crate::bytecode::BinOpKind as K;
        match kind {
            K::Or => self.set_update_internal(a, b),
            K::And => self.set_intersection_update(a, &[b]),
            K::Sub => self.set_difference_update(a, b),
            _ => self.set_symmetric_difference_update(a, b),
        }
    }

    /// Every element of set `a` is in set `b`.
    pub fn set_is_subset(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if set_len(a) > set_len(b) {
            return Ok(false);
        }
        for (h, k) in self.set_entries(a) {
            if self.set_find_h(b, k, h)?.is_none() {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `a.isdisjoint(other)` for any iterable.
    pub fn set_isdisjoint(&mut self, a: Value, other: Value) -> PyResult<bool> {
        if a == other {
            return Ok(set_len(a) == 0);
        }
        if self.is_set_like(other) {
            let (big, small) = if set_len(other) > set_len(a) {
                (other, a)
            } else {
                (a, other)
            };
            for (h, k) in self.set_entries(small) {
                if self.set_find_h(big, k, h)?.is_some() {
                    return Ok(false);
                }
            }
            return Ok(true);
        }
        let it = self.get_iter(other)?;
        while let Some(k) = self.iter_next(it)? {
            let h = self.hash(k)?;
            if self.set_find_h(a, k, h)?.is_some() {
                return Ok(false);
            }
        }
        Ok(true)
    }
}
