//! Subscription: `obj[key]`, `obj[key] = v`, `del obj[key]` for the
//! built-in sequences and mappings (with slices), and `__getitem__` /
//! `__setitem__` / `__delitem__` for everything else.

use crate::object::kind_of;
use crate::object::{ObjKind, Value};
use crate::vm::{PyResult, Vm};

/// Normalized slice indices for a sequence of length `len`.
pub fn slice_indices(vm: &mut Vm, s: Value, len: i64) -> PyResult<(i64, i64, i64)> {
    let ObjKind::Slice(a, b, c) = kind_of(s) else {
        return Ok((0, 0, 1));
    };
    let (a, b, c) = (*a, *b, *c);
    let get = |vm: &mut Vm, v: Value| -> PyResult<Option<i64>> {
        if v == vm.none {
            return Ok(None);
        }
        let mut big = vm.as_bigint(v);
        if big.is_none() && v.is_ptr() && !matches!(kind_of(v), ObjKind::Float(_)) {
            if let Some(r) = vm.call_special(v, "__index__", &[])? {
                big = vm.as_bigint(r);
            }
        }
        match big {
            Some(b) => Ok(Some(num_traits::ToPrimitive::to_i64(&b).unwrap_or(
                if b.sign() == num_bigint::Sign::Minus {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                },
            ))),
            None => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        }
    };
    let step = get(vm, c)?.unwrap_or(1);
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let start = get(vm, a)?;
    let stop = get(vm, b)?;
    Ok(normalize_slice(len, start, stop, step))
}

/// The (start, stop, step) a slice with these bounds (None when absent)
/// and non-zero `step` selects from a sequence of length `len`, clamped as
/// CPython's `PySlice_AdjustIndices` clamps them.
fn normalize_slice(len: i64, start: Option<i64>, stop: Option<i64>, step: i64) -> (i64, i64, i64) {
    let (lo, hi) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let norm = |x: Option<i64>, default: i64| -> i64 {
        match x {
            None => default,
            Some(x) if x < 0 => (x + len).max(lo),
            Some(x) => x.min(hi),
        }
    };
    let start = norm(start, if step < 0 { hi } else { lo });
    let stop = norm(stop, if step < 0 { lo } else { hi });
    (start, stop, step)
}

/// A slice bound that needs no conversion: `Some(None)` for None,
/// `Some(Some(i))` for a small int, `None` for anything else (which takes
/// the general path through a slice object).
fn plain_bound(vm: &Vm, v: Value) -> Option<Option<i64>> {
    if v == vm.none {
        return Some(None);
    }
    v.as_small().map(Some)
}

/// The items of `items` at positions `start, start + step, ...` before
/// `stop` (normalized indices).
fn select<T: Copy>(items: &[T], start: i64, stop: i64, step: i64) -> Vec<T> {
    if step == 1 {
        return if start < stop {
            items[start as usize..stop as usize].to_vec()
        } else {
            Vec::new()
        };
    }
    slice_positions(start, stop, step)
        .into_iter()
        .map(|i| items[i])
        .collect()
}

fn slice_positions(start: i64, stop: i64, step: i64) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(i as usize);
        i += step;
    }
    out
}

fn is_slice(v: Value) -> bool {
    v.is_ptr() && matches!(kind_of(v), ObjKind::Slice(..))
}

impl Vm {
    /// Normalized slice indices (arbitrary precision) for a sequence of
    /// `len` elements.
    pub fn slice_indices_big(
        &mut self,
        s: Value,
        len: &num_bigint::BigInt,
    ) -> PyResult<(num_bigint::BigInt, num_bigint::BigInt, num_bigint::BigInt)> {
        let ObjKind::Slice(a, b, c) = kind_of(s) else {
            return Ok((0.into(), 0.into(), 1.into()));
        };
        let (a, b, c) = (*a, *b, *c);
        let get = |vm: &mut Vm, v: Value| -> PyResult<Option<num_bigint::BigInt>> {
            if v == vm.none {
                return Ok(None);
            }
            if let Some(b) = vm.as_bigint(v) {
                return Ok(Some(b));
            }
            if !matches!(kind_of(v), ObjKind::Float(_)) {
                if let Some(r) = vm.call_special(v, "__index__", &[])? {
                    if let Some(b) = vm.as_bigint(r) {
                        return Ok(Some(b));
                    }
                }
            }
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        };
        let (a, b, c) = (get(self, a)?, get(self, b)?, get(self, c)?);
        if c.as_ref().is_some_and(num_traits::Zero::is_zero) {
            return Err(self.value_error("slice step cannot be zero"));
        }
        Ok(crate::object::range::slice_indices_big(a, b, c, len))
    }

    /// `r[i]` for a range.
    fn range_item(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        let mut i = self.as_bigint(key);
        if i.is_none() && key.is_ptr() && !matches!(kind_of(key), ObjKind::Float(_)) {
            if let Some(r) = self.call_special(key, "__index__", &[])? {
                i = self.as_bigint(r);
            }
        }
        let Some(mut i) = i else {
            let t = self.type_name(key);
            return Err(
                self.type_error(format!("range indices must be integers or slices, not {t}"))
            );
        };
        let ObjKind::Range(r) = kind_of(obj) else {
            return Ok(self.none);
        };
        if num_traits::Signed::is_negative(&i) {
            i += &r.len;
        }
        if num_traits::Signed::is_negative(&i) || i >= r.len {
            return Err(self.index_error("range object index out of range"));
        }
        let v = r.item(&i);
        Ok(self.new_bigint(v))
    }

    /// An index into a sequence of `len` (negative from the end).
    fn seq_index(&mut self, key: Value, len: usize, what: &str) -> PyResult<usize> {
        self.seq_index_for(key, len, what, false)
    }

    /// As `seq_index`; `assign` selects the messages of item assignment
    /// and deletion.
    fn seq_index_for(
        &mut self,
        key: Value,
        len: usize,
        what: &str,
        assign: bool,
    ) -> PyResult<usize> {
        let b = match self.as_bigint(key) {
            Some(b) => b,
            None => {
                let ix = self.intern_static("__index__");
                let cls = self.class_of(key);
                if !self.has_user_method(cls, ix) {
                    let t = self.type_name(key);
                    return Err(self.type_error(if what == "str" {
                        format!("string indices must be integers, not '{t}'")
                    } else {
                        format!("{what} indices must be integers or slices, not {t}")
                    }));
                }
                let r = self
                    .call_special(key, "__index__", &[])?
                    .unwrap_or(self.none);
                match self.as_bigint(r) {
                    Some(b) if self.is_int(r) => b,
                    _ => {
                        let t = self.type_name(r);
                        return Err(
                            self.type_error(format!("__index__ returned non-int (type {t})"))
                        );
                    }
                }
            }
        };
        let Some(i) = num_traits::ToPrimitive::to_i64(&b) else {
            let t = self.type_name(key);
            return Err(self.index_error(format!("cannot fit '{t}' into an index-sized integer")));
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            let msg = match what {
                "str" => "string index out of range".to_string(),
                "bytearray" if assign => "bytearray index out of range".to_string(),
                "bytes" | "bytearray" => "index out of range".to_string(),
                _ if assign => format!("{what} assignment index out of range"),
                _ => format!("{what} index out of range"),
            };
            return Err(self.index_error(msg));
        }
        Ok(j as usize)
    }

    /// `obj[key]` for an exact `list` or `tuple` and an in-range small int
    /// (negative counts from the end); `None` for everything else, which
    /// [`Vm::getitem`] handles. The dispatch loop tries this first.
    #[inline(always)]
    pub fn getitem_seq_fast(&self, obj: Value, key: Value) -> Option<Value> {
        let i = key.as_small()?;
        if !obj.is_ptr() {
            return None;
        }
        let o = obj.obj();
        if o.class != self.types.list && o.class != self.types.tuple {
            return None;
        }
        let (ObjKind::List(l) | ObjKind::Tuple(l)) = &o.kind else {
            return None;
        };
        let j = if i < 0 { i + l.len() as i64 } else { i };
        l.get(usize::try_from(j).ok()?).copied()
    }

    /// `obj[key] = v` for an exact `list` and an in-range small int; false
    /// (nothing done) for everything else, which [`Vm::setitem`] handles.
    #[inline(always)]
    pub fn setitem_list_fast(&self, obj: Value, key: Value, v: Value) -> bool {
        let Some(i) = key.as_small() else {
            return false;
        };
        if !obj.is_ptr() || obj.obj().class != self.types.list {
            return false;
        }
        let ObjKind::List(l) = &mut obj.obj_mut().kind else {
            return false;
        };
        let j = if i < 0 { i + l.len() as i64 } else { i };
        match usize::try_from(j).ok().and_then(|j| l.get_mut(j)) {
            Some(slot) => {
                *slot = v;
                true
            }
            None => false,
        }
    }

    pub fn getitem(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        if obj.is_ptr() {
            let cls = obj.obj().class;
            if !self.class_data(cls).builtin && {
                let n = self.intern_static("__getitem__");
                self.has_user_method(cls, n)
            } {
                if let Some(r) = self.call_special(obj, "__getitem__", &[key])? {
                    return Ok(r);
                }
            }
        }
        self.getitem_native(obj, key)
    }

    /// `__getitem__` of the built-in payload (also for instances of subclasses).
    pub fn getitem_native(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        if obj.is_ptr() {
            let cls = obj.obj().class;
            match kind_of(obj) {
                ObjKind::List(l) | ObjKind::Tuple(l) => {
                    let is_list = matches!(kind_of(obj), ObjKind::List(_));
                    if is_slice(key) {
                        let (a, b, c) = slice_indices(self, key, l.len() as i64)?;
                        return Ok(self.slice_of(obj, a, b, c));
                    }
                    if let Some(i) = key.as_small() {
                        let j = if i < 0 { i + l.len() as i64 } else { i };
                        if j >= 0 && (j as usize) < l.len() {
                            return Ok(l[j as usize]);
                        }
                    }
                    let n = l.len();
                    let i = self.seq_index(key, n, if is_list { "list" } else { "tuple" })?;
                    return match kind_of(obj) {
                        ObjKind::List(l) | ObjKind::Tuple(l) => Ok(l[i]),
                        _ => Ok(self.none),
                    };
                }
                ObjKind::Str(s) => {
                    if is_slice(key) {
                        let (a, b, c) = slice_indices(self, key, s.char_len as i64)?;
                        return Ok(self.slice_of(obj, a, b, c));
                    }
                    let n = s.char_len;
                    let i = self.seq_index(key, n, "str")?;
                    let ObjKind::Str(s) = kind_of(obj) else {
                        return Ok(self.none);
                    };
                    let mut buf = [0u8; 4];
                    let c = s.char_at(i).encode_utf8(&mut buf);
                    return Ok(self.char_str(c));
                }
                ObjKind::Bytes(b) | ObjKind::ByteArray(b) => {
                    let is_ba = matches!(kind_of(obj), ObjKind::ByteArray(_));
                    if is_slice(key) {
                        let (a, bb, c) = slice_indices(self, key, b.len() as i64)?;
                        return Ok(self.slice_of(obj, a, bb, c));
                    }
                    let n = b.len();
                    let i = self.seq_index(key, n, if is_ba { "bytearray" } else { "bytes" })?;
                    return match kind_of(obj) {
                        ObjKind::Bytes(b) | ObjKind::ByteArray(b) => Ok(Value::small(b[i] as i64)),
                        _ => Ok(self.none),
                    };
                }
                ObjKind::Dict(_) => {
                    return match self.dict_get(obj, key)? {
                        Some(v) => Ok(v),
                        None => {
                            if !self.class_data(cls).builtin {
                                if let Some(r) = self.call_special(obj, "__missing__", &[key])? {
                                    return Ok(r);
                                }
                            }
                            Err(self.key_error(key))
                        }
                    };
                }
                ObjKind::Range(r) => {
                    if is_slice(key) {
                        let (a, b, c) = self.slice_indices_big(key, &r.len)?;
                        let ObjKind::Range(r) = kind_of(obj) else {
                            return Ok(self.none);
                        };
                        let sliced = r.slice(&a, &b, &c);
                        return Ok(self.alloc(self.types.range, ObjKind::Range(Box::new(sliced))));
                    }
                    return self.range_item(obj, key);
                }
                ObjKind::Class(_) => {
                    if let Some(m) = self.user_meta_method(obj, "__getitem__") {
                        return self.call(m, &[obj, key]);
                    }
                    // `list[int]` style generic aliases: return the class.
                    return Ok(obj);
                }
                _ => {}
            }
            if let Some(r) = self.call_special(obj, "__getitem__", &[key])? {
                return Ok(r);
            }
        }
        let t = self.type_name(obj);
        Err(self.type_error(format!("'{t}' object is not subscriptable")))
    }

    pub fn setitem(&mut self, obj: Value, key: Value, v: Value) -> PyResult<()> {
        if obj.is_ptr() {
            let cls = obj.obj().class;
            if !self.class_data(cls).builtin && {
                let n = self.intern_static("__setitem__");
                self.has_user_method(cls, n)
            } {
                if let Some(_r) = self.call_special(obj, "__setitem__", &[key, v])? {
                    return Ok(());
                }
            }
        }
        self.setitem_native(obj, key, v)
    }

    /// `list[start:stop:step] = v` with normalized indices (from
    /// `slice_indices` or `normalize_slice`).
    fn list_assign_slice(&mut self, obj: Value, a: i64, b: i64, c: i64, v: Value) -> PyResult<()> {
        let items = if v == obj {
            match kind_of(obj) {
                ObjKind::List(l) => l.clone(),
                _ => Vec::new(),
            }
        } else {
            match self.iterate(v) {
                Ok(items) => items,
                Err(e) => {
                    if self.exc_matches(e.0, crate::vm::ExcKind::TypeError) && !self.has_iter(v) {
                        return Err(self.type_error(if c == 1 {
                            "can only assign an iterable"
                        } else {
                            "must assign iterable to extended slice"
                        }));
                    }
                    return Err(e);
                }
            }
        };
        let ObjKind::List(l) = &mut obj.obj_mut().kind else {
            return Ok(());
        };
        if c == 1 {
            let b = b.max(a);
            l.splice(a as usize..b as usize, items);
        } else {
            let pos = slice_positions(a, b, c);
            if pos.len() != items.len() {
                let (x, y) = (items.len(), pos.len());
                return Err(self.value_error(format!(
                    "attempt to assign sequence of size {x} to extended slice of size {y}"
                )));
            }
            for (p, x) in pos.into_iter().zip(items) {
                l[p] = x;
            }
        }
        Ok(())
    }

    /// `obj[a:b:c]` (BINARY_SLICE; `c` is None for a two-bound slice).
    pub fn get_slice(&mut self, obj: Value, a: Value, b: Value, c: Value) -> PyResult<Value> {
        if let Some(r) = self.get_plain_slice(obj, a, b, c) {
            return Ok(r);
        }
        let s = self.alloc(self.types.slice, ObjKind::Slice(a, b, c));
        self.getitem(obj, s)
    }

    /// `obj[a:b:c] = v` (STORE_SLICE; `c` is None for a two-bound slice).
    pub fn set_slice(
        &mut self,
        obj: Value,
        a: Value,
        b: Value,
        c: Value,
        v: Value,
    ) -> PyResult<()> {
        if obj.is_ptr() && obj.obj().class == self.types.list {
            if let (Some(start), Some(stop), Some(step)) = (
                plain_bound(self, a),
                plain_bound(self, b),
                plain_bound(self, c),
            ) {
                let step = step.unwrap_or(1);
                if step != 0 {
                    let n = match kind_of(obj) {
                        ObjKind::List(l) => l.len() as i64,
                        _ => 0,
                    };
                    let (a, b, c) = normalize_slice(n, start, stop, step);
                    return self.list_assign_slice(obj, a, b, c, v);
                }
            }
        }
        let s = self.alloc(self.types.slice, ObjKind::Slice(a, b, c));
        self.setitem(obj, s, v)
    }

    /// The slice of an exact list, tuple, str or bytes with small-int or
    /// None bounds and a non-zero step, made without a slice object; None
    /// for everything else.
    fn get_plain_slice(&mut self, obj: Value, a: Value, b: Value, c: Value) -> Option<Value> {
        if !obj.is_ptr() {
            return None;
        }
        let cls = obj.obj().class;
        let t = &self.types;
        if cls != t.list && cls != t.tuple && cls != t.str_ && cls != t.bytes {
            return None;
        }
        let (start, stop, step) = (
            plain_bound(self, a)?,
            plain_bound(self, b)?,
            plain_bound(self, c)?,
        );
        let step = step.unwrap_or(1);
        if step == 0 {
            return None;
        }
        let len = match kind_of(obj) {
            ObjKind::List(l) | ObjKind::Tuple(l) => l.len(),
            ObjKind::Str(s) => s.char_len,
            ObjKind::Bytes(b) => b.len(),
            _ => return None,
        };
        let (a, b, c) = normalize_slice(len as i64, start, stop, step);
        Some(self.slice_of(obj, a, b, c))
    }

    /// The slice at normalized indices of a list, tuple, str, bytes or
    /// bytearray payload, as a new object of the built-in type.
    fn slice_of(&mut self, obj: Value, a: i64, b: i64, c: i64) -> Value {
        match kind_of(obj) {
            ObjKind::List(l) => {
                let items = select(l, a, b, c);
                self.new_list(items)
            }
            ObjKind::Tuple(l) => {
                let items = select(l, a, b, c);
                self.new_tuple(items)
            }
            ObjKind::Str(s) => {
                let n = s.char_len as i64;
                let r = if c == 1 && (0..=n).contains(&a) && (a..=n).contains(&b) {
                    // Contiguous: the string's index finds both ends.
                    let (b0, b1) = (s.byte_offset(a as usize), s.byte_offset(b as usize));
                    if b1 - b0 == 1 {
                        return self.char_str(&s.as_str()[b0..b1]);
                    }
                    s.as_str()[b0..b1].to_string()
                } else {
                    crate::object::str_methods::char_slice(s.as_str(), a, b, c).into_owned()
                };
                self.new_str(r)
            }
            ObjKind::Bytes(x) => {
                let items = select(x, a, b, c);
                self.new_bytes(items)
            }
            ObjKind::ByteArray(x) => {
                let items = select(x, a, b, c);
                self.alloc(self.types.bytearray, ObjKind::ByteArray(items))
            }
            _ => self.none,
        }
    }

    /// `__setitem__` of the built-in payload (also for instances of subclasses).
    pub fn setitem_native(&mut self, obj: Value, key: Value, v: Value) -> PyResult<()> {
        if obj.is_ptr() {
            match kind_of(obj) {
                ObjKind::Dict(_) => return self.dict_set(obj, key, v),
                ObjKind::List(l) => {
                    let n = l.len();
                    if is_slice(key) {
                        let (a, b, c) = slice_indices(self, key, n as i64)?;
                        return self.list_assign_slice(obj, a, b, c, v);
                    }
                    let i = self.seq_index_for(key, n, "list", true)?;
                    if let ObjKind::List(l) = &mut obj.obj_mut().kind {
                        l[i] = v;
                    }
                    return Ok(());
                }
                ObjKind::ByteArray(b) => {
                    let n = b.len();
                    if is_slice(key) {
                        let (a, bb, c) = slice_indices(self, key, n as i64)?;
                        let items: Vec<u8> = match kind_of(v) {
                            ObjKind::Bytes(x) | ObjKind::ByteArray(x) if v.is_ptr() => x.clone(),
                            _ if v.as_small().is_some() => {
                                return Err(self.type_error(
                                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                                ))
                            }
                            _ => {
                                let mut out = Vec::new();
                                for x in self.iterate(v)? {
                                    match self.as_i64(x) {
                                        Some(k) if (0..256).contains(&k) => out.push(k as u8),
                                        Some(_) => {
                                            return Err(
                                                self.value_error("byte must be in range(0, 256)")
                                            )
                                        }
                                        None => {
                                            let t = self.type_name(x);
                                            return Err(self.type_error(format!(
                                                "'{t}' object cannot be interpreted as an integer"
                                            )));
                                        }
                                    }
                                }
                                out
                            }
                        };
                        let ObjKind::ByteArray(b) = &mut obj.obj_mut().kind else {
                            return Ok(());
                        };
                        if c == 1 {
                            let bb = bb.max(a);
                            b.splice(a as usize..bb as usize, items);
                        } else {
                            let pos = slice_positions(a, bb, c);
                            if pos.len() != items.len() {
                                let (x, y) = (items.len(), pos.len());
                                return Err(self.value_error(format!(
                                    "attempt to assign bytes of size {x} to extended slice of size {y}"
                                )));
                            }
                            for (p, x) in pos.into_iter().zip(items) {
                                b[p] = x;
                            }
                        }
                        return Ok(());
                    }
                    let i = self.seq_index_for(key, n, "bytearray", true)?;
                    let Some(x) = self.as_i64(v) else {
                        let t = self.type_name(v);
                        return Err(self.type_error(format!(
                            "'{t}' object cannot be interpreted as an integer"
                        )));
                    };
                    if !(0..256).contains(&x) {
                        return Err(self.value_error("byte must be in range(0, 256)"));
                    }
                    if let ObjKind::ByteArray(b) = &mut obj.obj_mut().kind {
                        b[i] = x as u8;
                    }
                    return Ok(());
                }
                _ => {}
            }
            if let Some(_r) = self.call_special(obj, "__setitem__", &[key, v])? {
                return Ok(());
            }
        }
        let t = self.type_name(obj);
        Err(self.type_error(format!("'{t}' object does not support item assignment")))
    }

    pub fn delitem(&mut self, obj: Value, key: Value) -> PyResult<()> {
        if obj.is_ptr() {
            let cls = obj.obj().class;
            if !self.class_data(cls).builtin && {
                let n = self.intern_static("__delitem__");
                self.has_user_method(cls, n)
            } {
                if let Some(_r) = self.call_special(obj, "__delitem__", &[key])? {
                    return Ok(());
                }
            }
        }
        self.delitem_native(obj, key)
    }

    /// `__delitem__` of the built-in payload (also for instances of subclasses).
    pub fn delitem_native(&mut self, obj: Value, key: Value) -> PyResult<()> {
        if obj.is_ptr() {
            match kind_of(obj) {
                ObjKind::Dict(_) => {
                    return match self.dict_remove(obj, key)? {
                        Some(_) => Ok(()),
                        None => Err(self.key_error(key)),
                    };
                }
                ObjKind::List(l) => {
                    let n = l.len();
                    if is_slice(key) {
                        let (a, b, c) = slice_indices(self, key, n as i64)?;
                        let mut pos = slice_positions(a, b, c);
                        pos.sort_unstable();
                        if let ObjKind::List(l) = &mut obj.obj_mut().kind {
                            for p in pos.into_iter().rev() {
                                l.remove(p);
                            }
                        }
                        return Ok(());
                    }
                    let i = self.seq_index_for(key, n, "list", true)?;
                    if let ObjKind::List(l) = &mut obj.obj_mut().kind {
                        l.remove(i);
                    }
                    return Ok(());
                }
                ObjKind::ByteArray(b) => {
                    let n = b.len();
                    let pos = if is_slice(key) {
                        let (a, b, c) = slice_indices(self, key, n as i64)?;
                        let mut pos = slice_positions(a, b, c);
                        pos.sort_unstable();
                        pos
                    } else {
                        vec![self.seq_index_for(key, n, "bytearray", true)?]
                    };
                    if let ObjKind::ByteArray(b) = &mut obj.obj_mut().kind {
                        for p in pos.into_iter().rev() {
                            b.remove(p);
                        }
                    }
                    return Ok(());
                }
                _ => {}
            }
            if let Some(_r) = self.call_special(obj, "__delitem__", &[key])? {
                return Ok(());
            }
        }
        let t = self.type_name(obj);
        Err(self.type_error(format!("'{t}' object doesn't support item deletion")))
    }

    /// The bytes of a bytes-like value.
    pub fn bytes_like(&mut self, v: Value) -> PyResult<Vec<u8>> {
        if v.is_ptr() {
            if let ObjKind::Bytes(b) | ObjKind::ByteArray(b) = kind_of(v) {
                return Ok(b.clone());
            }
        }
        let t = self.type_name(v);
        Err(self.type_error(format!("a bytes-like object is required, not '{t}'")))
    }
}
