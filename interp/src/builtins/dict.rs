//! Dict and set operations with Python equality: lookups that run `__eq__`
//! and `__hash__` on user keys without holding a borrow of the table (see
//! `object/dict.rs`), plus the helpers the VM uses for namespaces.

use crate::object::dict::Probe;
use crate::object::kind_of;
use crate::object::set_impl::SetStore;
use crate::object::{ObjKind, SetObj, Value};
use crate::vm::compare::fast_eq;
use crate::vm::{PyResult, Vm};

/// Lookup of a str key in a dict without running Python code (namespaces,
/// class dicts). Returns None for missing keys and for non-dicts.
pub fn dict_get_str(d: Value, key: Value) -> Option<Value> {
    if !d.is_ptr() {
        return None;
    }
    let ObjKind::Dict(dict) = kind_of(d) else {
        return None;
    };
    let ObjKind::Str(s) = kind_of(key) else {
        return None;
    };
    match dict.probe(s.hash(), key, fast_eq) {
        Probe::Found(p) => dict.entry(p).map(|e| e.value),
        _ => None,
    }
}

/// Stores a str key without running Python code.
pub fn dict_set_str(vm: &mut Vm, d: Value, key: Value, v: Value) {
    let _ = vm.dict_set(d, key, v);
}

impl Vm {
    /// Finds `key` in dict `d`: the entry position.
    fn dict_find(&mut self, d: Value, key: Value) -> PyResult<Option<usize>> {
        let h = self.hash(key)?;
        loop {
            let probe = match kind_of(d) {
                ObjKind::Dict(dict) => dict.probe(h, key, fast_eq),
                _ => return Ok(None),
            };
            match probe {
                Probe::Found(p) => return Ok(Some(p)),
                Probe::Absent => return Ok(None),
                Probe::NeedsEq(cands) => {
                    let mut changed = false;
                    for p in cands {
                        let stored = match kind_of(d) {
                            ObjKind::Dict(dict) => dict.entry(p).map(|e| e.key),
                            _ => None,
                        };
                        let Some(stored) = stored else {
                            changed = true;
                            continue;
                        };
                        if self.eq(stored, key)? {
                            let still = match kind_of(d) {
                                ObjKind::Dict(dict) => dict.entry(p).map(|e| e.key) == Some(stored),
                                _ => false,
                            };
                            if still {
                                return Ok(Some(p));
                            }
                            changed = true;
                        }
                    }
                    if !changed {
                        return Ok(None);
                    }
                }
            }
        }
    }

    pub fn dict_get(&mut self, d: Value, key: Value) -> PyResult<Option<Value>> {
        let Some(p) = self.dict_find(d, key)? else {
            return Ok(None);
        };
        Ok(match kind_of(d) {
            ObjKind::Dict(dict) => dict.entry(p).map(|e| e.value),
            _ => None,
        })
    }

    pub fn dict_set(&mut self, d: Value, key: Value, v: Value) -> PyResult<()> {
        let pos = self.dict_find(d, key)?;
        let h = self.hash(key)?;
        if let ObjKind::Dict(dict) = &mut d.obj_mut().kind {
            match pos {
                Some(p) => dict.set_value_at(p, v),
                None => dict.insert_new(h, key, v),
            }
        }
        Ok(())
    }

    /// Removes `key`; returns its value if present.
    pub fn dict_remove(&mut self, d: Value, key: Value) -> PyResult<Option<Value>> {
        let Some(p) = self.dict_find(d, key)? else {
            return Ok(None);
        };
        Ok(match &mut d.obj_mut().kind {
            ObjKind::Dict(dict) => Some(dict.remove_at(p).1),
            _ => None,
        })
    }

    /// `d.update(other)`; `merge` rejects duplicate keys (`f(**a, **b)`).
    pub fn dict_update(&mut self, d: Value, other: Value, merge: bool) -> PyResult<()> {
        if let ObjKind::Dict(o) = kind_of(other) {
            let pairs: Vec<(Value, Value)> = o.iter().map(|e| (e.key, e.value)).collect();
            for (k, v) in pairs {
                if merge && self.dict_get(d, k)?.is_some() {
                    let ks = self.str_of_value(k)?;
                    return Err(
                        self.type_error(format!("got multiple values for keyword argument '{ks}'"))
                    );
                }
                self.dict_set(d, k, v)?;
            }
            return Ok(());
        }
        if merge {
            let keys_n = self.intern("keys");
            if self.lookup_special(other, keys_n).is_none() {
                let t = self.type_name(other);
                return Err(
                    self.type_error(format!("argument after ** must be a mapping, not {t}"))
                );
            }
        }
        // Mapping protocol (keys + __getitem__) or an iterable of pairs.
        let keys_n = self.intern("keys");
        if self.lookup_special(other, keys_n).is_some() {
            let keys = self.call_method(other, "keys", &[])?;
            for k in self.iterate(keys)? {
                let v = self.getitem(other, k)?;
                self.dict_set(d, k, v)?;
            }
            return Ok(());
        }
        let items = self.iterate(other)?;
        for (i, item) in items.into_iter().enumerate() {
            let kv = match self.iterate(item) {
                Ok(kv) => kv,
                Err(_) => {
                    return Err(self.type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    )));
                }
            };
            if kv.len() != 2 {
                return Err(self.value_error(format!(
                    "dictionary update sequence element #{i} has length {}; 2 is required",
                    kv.len()
                )));
            }
            self.dict_set(d, kv[0], kv[1])?;
        }
        Ok(())
    }

    pub fn dict_eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let pairs: Vec<(Value, Value)> = match (kind_of(a), kind_of(b)) {
            (ObjKind::Dict(x), ObjKind::Dict(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                x.iter().map(|e| (e.key, e.value)).collect()
            }
            _ => return Ok(false),
        };
        for (k, v) in pairs {
            match self.dict_get(b, k)? {
                Some(w) => {
                    if !self.eq(v, w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    /// Calls method `name` on `obj`.
    pub fn call_method(&mut self, obj: Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let n = self.intern(name);
        let m = self.getattr(obj, n)?;
        self.call(m, args)
    }

    // ---- sets ---------------------------------------------------------------

    fn set_find(&mut self, s: Value, key: Value) -> PyResult<Option<usize>> {
        let h = self.hash(key)?;
        loop {
            let probe = match kind_of(s) {
                ObjKind::Set(st) => st.table.probe(h, key, fast_eq),
                _ => return Ok(None),
            };
            match probe {
                Probe::Found(p) => return Ok(Some(p)),
                Probe::Absent => return Ok(None),
                Probe::NeedsEq(cands) => {
                    for p in cands {
                        let stored = match kind_of(s) {
                            ObjKind::Set(st) => st.table.key_at(p).map(|e| e.1),
                            _ => None,
                        };
                        if let Some(stored) = stored {
                            if self.eq(stored, key)? {
                                return Ok(Some(p));
                            }
                        }
                    }
                    return Ok(None);
                }
            }
        }
    }

    pub fn set_contains(&mut self, s: Value, key: Value) -> PyResult<bool> {
        // Unhashable sets are looked up as frozensets, as CPython does.
        if key.is_ptr() {
            if let ObjKind::Set(inner) = kind_of(key) {
                if !inner.frozen {
                    let items: Vec<Value> = inner.table.iter().map(|(_, k)| k).collect();
                    let f = self.new_set_from(&items, true)?;
                    return Ok(self.set_find(s, f)?.is_some());
                }
            }
        }
        Ok(self.set_find(s, key)?.is_some())
    }

    pub fn set_add(&mut self, s: Value, key: Value) -> PyResult<()> {
        if self.set_find(s, key)?.is_some() {
            return Ok(());
        }
        let h = self.hash(key)?;
        if let ObjKind::Set(st) = &mut s.obj_mut().kind {
            st.table.insert_new(h, key);
        }
        Ok(())
    }

    /// Removes `key`; whether it was present.
    pub fn set_discard(&mut self, s: Value, key: Value) -> PyResult<bool> {
        let Some(p) = self.set_find(s, key)? else {
            return Ok(false);
        };
        if let ObjKind::Set(st) = &mut s.obj_mut().kind {
            st.table.remove_at(p);
        }
        Ok(true)
    }

    pub fn new_set_from(&mut self, items: &[Value], frozen: bool) -> PyResult<Value> {
        let cls = if frozen {
            self.types.frozenset
        } else {
            self.types.set
        };
        let s = self.alloc(
            cls,
            ObjKind::Set(SetObj {
                table: SetStore::new(),
                frozen,
            }),
        );
        for &x in items {
            self.set_add(s, x)?;
        }
        Ok(s)
    }

    pub fn new_set_from_iter(&mut self, it: Value) -> PyResult<Value> {
        let items = self.iterate(it)?;
        self.new_set_from(&items, false)
    }

    pub fn set_items(&self, s: Value) -> Vec<Value> {
        match kind_of(s) {
            ObjKind::Set(st) => st.table.iter().map(|(_, k)| k).collect(),
            _ => vec![],
        }
    }

    pub fn set_clear(&mut self, s: Value) {
        if let ObjKind::Set(st) = &mut s.obj_mut().kind {
            st.table.clear();
        }
    }

    pub fn is_set_like(&self, v: Value) -> bool {
        v.is_ptr() && matches!(kind_of(v), ObjKind::Set(_))
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` for sets (result type of `a`).
    pub fn set_binop(
        &mut self,
        kind: crate::bytecode::BinOpKind,
        a: Value,
        b: Value,
    ) -> PyResult<Value> {
        use crate::bytecode::BinOpKind as K;
        let frozen = matches!(kind_of(a), ObjKind::Set(s) if s.frozen);
        let xa = self.set_items(a);
        let xb = self.set_items(b);
        let out = self.new_set_from(&[], frozen)?;
        match kind {
            K::Or => {
                for x in xa.into_iter().chain(xb) {
                    self.set_add(out, x)?;
                }
            }
            K::And => {
                let (small, big) = if xa.len() <= xb.len() {
                    (xa, b)
                } else {
                    (xb, a)
                };
                for x in small {
                    if self.set_contains(big, x)? {
                        self.set_add(out, x)?;
                    }
                }
            }
            K::Sub => {
                for x in xa {
                    if !self.set_contains(b, x)? {
                        self.set_add(out, x)?;
                    }
                }
            }
            _ => {
                for x in xa {
                    if !self.set_contains(b, x)? {
                        self.set_add(out, x)?;
                    }
                }
                for x in xb {
                    if !self.set_contains(a, x)? {
                        self.set_add(out, x)?;
                    }
                }
            }
        }
        Ok(out)
    }

    pub fn set_is_subset(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let xa = self.set_items(a);
        if xa.len() > self.set_items(b).len() {
            return Ok(false);
        }
        for x in xa {
            if !self.set_contains(b, x)? {
                return Ok(false);
            }
        }
        Ok(true)
    }
}
