//! Dict and set operations with Python equality: lookups that run `__eq__`
//! and `__hash__` on user keys without holding a borrow of the table (see
//! `object/dict.rs`), plus the helpers the VM uses for namespaces.

use crate::object::dict::Probe;
use crate::object::kind_of;
use crate::object::{ObjKind, Value};
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

/// The entry position of str `key` in dict `d` (no Python code runs).
pub fn dict_find_str(d: Value, key: Value) -> Option<usize> {
    let ObjKind::Dict(dict) = kind_of(d) else {
        return None;
    };
    let ObjKind::Str(s) = kind_of(key) else {
        return None;
    };
    match dict.probe(s.hash(), key, fast_eq) {
        Probe::Found(p) => Some(p),
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
            let keys_n = self.intern_static("keys");
            if self.lookup_special(other, keys_n).is_none() {
                let t = self.type_name(other);
                return Err(
                    self.type_error(format!("argument after ** must be a mapping, not {t}"))
                );
            }
        }
        // Mapping protocol (keys + __getitem__) or an iterable of pairs.
        let keys_n = self.intern_static("keys");
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
}
