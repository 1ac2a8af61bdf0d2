//! Comparison, equality, hashing, truth and membership: the built-in types'
//! rules and the rich-comparison protocol (`__eq__`, `__lt__`, ... with
//! reflection and `NotImplemented`).

use super::{ExcKind, PyResult, Vm};
use crate::bytecode::CmpKind;
use crate::object::kind_of;
use crate::object::pyhash;
use crate::object::{ObjKind, Value};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cmp::Ordering;

impl Vm {
    /// `a <op> b` as a Python object (rich comparisons may return anything).
    pub fn compare_op(&mut self, kind: CmpKind, a: Value, b: Value) -> PyResult<Value> {
        match kind {
            CmpKind::Is => return Ok(self.bool_val(a == b)),
            CmpKind::IsNot => return Ok(self.bool_val(a != b)),
            CmpKind::In => {
                let r = self.contains(b, a)?;
                return Ok(self.bool_val(r));
            }
            CmpKind::NotIn => {
                let r = self.contains(b, a)?;
                return Ok(self.bool_val(!r));
            }
            _ => {}
        }
        let ca = self.class_of(a);
        let cb = self.class_of(b);
        if self.class_data(ca).builtin && self.class_data(cb).builtin {
            if let Some(r) = self.native_compare(kind, a, b)? {
                return Ok(r);
            }
            return self.compare_fallback(kind, a, b);
        }
        let (op, rop) = kind.dunders();
        let op_name = self.intern_static(op);
        let rop_name = self.intern_static(rop);
        // The right operand goes first only if its class overrides the reflected method.
        let b_first = cb != ca
            && self.is_subclass(cb, ca)
            && self.has_user_method(cb, rop_name)
            && self.lookup_in_class(cb, rop_name) != self.lookup_in_class(ca, rop_name);
        // A side without a user method compares by its built-in payload
        // (instances of subclasses of built-in types).
        let mut native_tried = false;
        if b_first {
            if let Some(r) = self.call_special(b, rop, &[a])? {
                if r != self.not_implemented {
                    return Ok(r);
                }
            }
        }
        if !self.has_user_method(ca, op_name) && !self.class_data(ca).plain_layout() {
            native_tried = true;
            if let Some(r) = self.native_compare(kind, a, b)? {
                return Ok(r);
            }
        } else if let Some(r) = self.call_special(a, op, &[b])? {
            if r != self.not_implemented {
                return Ok(r);
            }
        }
        if !b_first {
            if !self.has_user_method(cb, rop_name) && !self.class_data(cb).plain_layout() {
                if !native_tried {
                    if let Some(r) = self.native_compare(kind, a, b)? {
                        return Ok(r);
                    }
                }
            } else if let Some(r) = self.call_special(b, rop, &[a])? {
                if r != self.not_implemented {
                    return Ok(r);
                }
            }
        }
        // Instances of subclasses of built-in types (a tuple subclass such as
        // time.struct_time) inherit the built-in comparison.
        if let Some(r) = self.native_compare(kind, a, b)? {
            return Ok(r);
        }
        self.compare_fallback(kind, a, b)
    }

    /// The method to run as a frame of the dispatch loop for `a <kind> b`
    /// (`<`, `<=`, `==`, `!=`, `>`, `>=`), or `None` for the general path.
    /// Only the common case qualifies, as for binary operators: `a` is an
    /// instance of a user class whose method is a plain Python function,
    /// and `b`'s class is not a proper subclass of `a`'s, so `b`'s
    /// reflected method cannot go first (see `Vm::operator_frame_class`).
    #[inline]
    pub fn compare_frame_target(&mut self, kind: CmpKind, a: Value, b: Value) -> Option<Value> {
        if matches!(
            kind,
            CmpKind::Is | CmpKind::IsNot | CmpKind::In | CmpKind::NotIn
        ) {
            return None;
        }
        let ca = self.operator_frame_class(a, b)?;
        let name = self.intern_static(kind.dunders().0);
        let m = self.lookup_in_class(ca, name)?;
        matches!(kind_of(m), ObjKind::Function(f) if !f.code.is_generator()).then_some(m)
    }

    /// The rest of `a <kind> b` after the method chosen by
    /// [`Vm::compare_frame_target`] returned `NotImplemented`: what
    /// `compare_op` does after `a`'s own method declined.
    pub fn compare_declined(&mut self, kind: CmpKind, a: Value, b: Value) -> PyResult<Value> {
        let rop = kind.dunders().1;
        let rop_name = self.intern_static(rop);
        let cb = self.class_of(b);
        if self.has_user_method(cb, rop_name) || self.class_data(cb).plain_layout() {
            if let Some(r) = self.call_special(b, rop, &[a])? {
                if r != self.not_implemented {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.native_compare(kind, a, b)? {
            return Ok(r);
        }
        self.compare_fallback(kind, a, b)
    }

    fn compare_fallback(&mut self, kind: CmpKind, a: Value, b: Value) -> PyResult<Value> {
        match kind {
            CmpKind::Eq => Ok(self.bool_val(a == b)),
            CmpKind::Ne => Ok(self.bool_val(a != b)),
            _ => {
                let (ta, tb) = (self.type_name(a), self.type_name(b));
                Err(self.type_error(format!(
                    "'{}' not supported between instances of '{ta}' and '{tb}'",
                    kind.symbol()
                )))
            }
        }
    }

    /// Built-in comparisons; `None` means NotImplemented. Lists and tuples
    /// answer with what their first unequal pair's comparison returned,
    /// which need not be a bool (CPython's rule).
    pub fn native_compare(&mut self, kind: CmpKind, a: Value, b: Value) -> PyResult<Option<Value>> {
        if let Some(r) = self.seq_compare(kind, a, b)? {
            return Ok(Some(r));
        }
        let ord = match self.native_order(a, b, kind)? {
            Some(o) => o,
            None => return Ok(None),
        };
        let r = match (kind, ord) {
            (CmpKind::Eq, o) => o == Some(Ordering::Equal),
            (CmpKind::Ne, o) => o != Some(Ordering::Equal),
            (_, None) => false,
            (CmpKind::Lt, Some(o)) => o == Ordering::Less,
            (CmpKind::Le, Some(o)) => o != Ordering::Greater,
            (CmpKind::Gt, Some(o)) => o == Ordering::Greater,
            (CmpKind::Ge, Some(o)) => o != Ordering::Less,
            _ => false,
        };
        Ok(Some(self.bool_val(r)))
    }

    /// `a <kind> b` for two lists or two tuples (`None` for anything
    /// else), as CPython's `list_richcompare` and `tuplerichcompare` do:
    /// lists of different lengths are unequal without looking at an item;
    /// otherwise the items are compared for equality in order, and the
    /// first unequal pair decides, by the requested comparison and with
    /// whatever it returns; if there is none, the lengths decide.
    ///
    /// The items are read from the live objects at each step (an `__eq__`
    /// may change a list), with no copy. Holding an item across a call of
    /// Python code is safe: the item was allocated before that code's
    /// dispatch loop was entered, so no collection in it frees the item
    /// (see `Heap::collect_young`).
    fn seq_compare(&mut self, kind: CmpKind, a: Value, b: Value) -> PyResult<Option<Value>> {
        if !a.is_ptr() || !b.is_ptr() {
            return Ok(None);
        }
        let is_list = match (kind_of(a), kind_of(b)) {
            (ObjKind::List(_), ObjKind::List(_)) => true,
            (ObjKind::Tuple(_), ObjKind::Tuple(_)) => false,
            _ => return Ok(None),
        };
        let items = |v: Value| match kind_of(v) {
            ObjKind::List(x) | ObjKind::Tuple(x) => x,
            _ => unreachable!("checked: a list or a tuple"),
        };
        let eq_only = matches!(kind, CmpKind::Eq | CmpKind::Ne);
        if is_list && eq_only && items(a).len() != items(b).len() {
            return Ok(Some(self.bool_val(kind == CmpKind::Ne)));
        }
        let mut i = 0;
        while let (Some(&x), Some(&y)) = (items(a).get(i), items(b).get(i)) {
            if !self.eq(x, y)? {
                return Ok(Some(match kind {
                    CmpKind::Eq => self.false_,
                    CmpKind::Ne => self.true_,
                    _ => self.compare_op(kind, x, y)?,
                }));
            }
            i += 1;
        }
        let (la, lb) = (items(a).len(), items(b).len());
        let r = match kind {
            CmpKind::Eq => la == lb,
            CmpKind::Ne => la != lb,
            CmpKind::Lt => la < lb,
            CmpKind::Le => la <= lb,
            CmpKind::Gt => la > lb,
            _ => la >= lb,
        };
        Ok(Some(self.bool_val(r)))
    }

    /// The order of two built-in values: `Some(None)` for unordered (NaN,
    /// unequal dicts), `None` when the types do not compare.
    fn native_order(
        &mut self,
        a: Value,
        b: Value,
        kind: CmpKind,
    ) -> PyResult<Option<Option<Ordering>>> {
        use super::arith::Num;
        if let (Some(x), Some(y)) = (self.as_num(a), self.as_num(b)) {
            return Ok(Some(match (x, y) {
                (Num::Small(x), Num::Small(y)) => Some(x.cmp(&y)),
                (Num::Float(x), Num::Float(y)) => x.partial_cmp(&y),
                (Num::Float(x), Num::Small(y)) => cmp_float_int(x, &BigInt::from(y)),
                (Num::Small(x), Num::Float(y)) => {
                    cmp_float_int(y, &BigInt::from(x)).map(|o| o.reverse())
                }
                (Num::Float(x), Num::Int(y)) => cmp_float_int(x, &y),
                (Num::Int(x), Num::Float(y)) => cmp_float_int(y, &x).map(|o| o.reverse()),
                (Num::Small(x), Num::Int(y)) => Some(BigInt::from(x).cmp(&y)),
                (Num::Int(x), Num::Small(y)) => Some(x.cmp(&BigInt::from(y))),
                (Num::Int(x), Num::Int(y)) => Some(x.cmp(&y)),
            }));
        }
        if !a.is_ptr() || !b.is_ptr() {
            return Ok(None);
        }
        let eq_only = matches!(kind, CmpKind::Eq | CmpKind::Ne);
        match (kind_of(a), kind_of(b)) {
            (ObjKind::Str(x), ObjKind::Str(y)) => Ok(Some(Some(x.as_str().cmp(y.as_str())))),
            (
                ObjKind::Bytes(x) | ObjKind::ByteArray(x),
                ObjKind::Bytes(y) | ObjKind::ByteArray(y),
            ) => Ok(Some(Some(x.cmp(y)))),
            (ObjKind::Dict(_), ObjKind::Dict(_)) if eq_only => {
                let e = self.dict_eq(a, b)?;
                Ok(Some(if e { Some(Ordering::Equal) } else { None }))
            }
            (ObjKind::Set(_), ObjKind::Set(_)) => {
                let sub = self.set_is_subset(a, b)?;
                let sup = self.set_is_subset(b, a)?;
                Ok(Some(match (sub, sup) {
                    (true, true) => Some(Ordering::Equal),
                    (true, false) => Some(Ordering::Less),
                    (false, true) => Some(Ordering::Greater),
                    _ => None,
                }))
            }
            (ObjKind::Range(x), ObjKind::Range(y)) if eq_only => {
                let same = x.same_elements(y);
                Ok(Some(if same { Some(Ordering::Equal) } else { None }))
            }
            (
                ObjKind::DictView { .. } | ObjKind::Set(_),
                ObjKind::DictView { .. } | ObjKind::Set(_),
            ) if super::arith::is_setlike_view(a) || super::arith::is_setlike_view(b) => {
                let sa = if super::arith::is_setlike_view(a) {
                    self.new_set_from_iter(a)?
                } else {
                    a
                };
                let sb = if super::arith::is_setlike_view(b) {
                    self.new_set_from_iter(b)?
                } else {
                    b
                };
                if !self.is_set_like(sa) || !self.is_set_like(sb) {
                    return Ok(None);
                }
                self.native_order(sa, sb, kind)
            }
            // Values views compare by identity.
            (ObjKind::DictView { .. }, ObjKind::DictView { .. }) if eq_only => Ok(None),
            (ObjKind::Slice(a1, a2, a3), ObjKind::Slice(b1, b2, b3)) => {
                let (x, y) = (vec![*a1, *a2, *a3], vec![*b1, *b2, *b3]);
                self.seq_order(&x, &y, kind).map(Some)
            }
            (
                ObjKind::BoundMethod {
                    func: f1,
                    receiver: r1,
                },
                ObjKind::BoundMethod {
                    func: f2,
                    receiver: r2,
                },
            ) if eq_only => {
                let same = f1 == f2 && r1 == r2;
                Ok(Some(if same { Some(Ordering::Equal) } else { None }))
            }
            (ObjKind::Builtin(x), ObjKind::Builtin(y)) if eq_only => {
                let same = x.name == y.name
                    && x.func as usize == y.func as usize
                    && x.receiver == y.receiver;
                Ok(Some(if same { Some(Ordering::Equal) } else { None }))
            }
            _ => Ok(None),
        }
    }

    /// Lexicographic order of two sequences (CPython's rules: the first
    /// unequal pair decides, with the requested comparison applied to it).
    fn seq_order(&mut self, x: &[Value], y: &[Value], kind: CmpKind) -> PyResult<Option<Ordering>> {
        for i in 0..x.len().min(y.len()) {
            if !self.eq(x[i], y[i])? {
                if matches!(kind, CmpKind::Eq | CmpKind::Ne) {
                    return Ok(None);
                }
                // Decide by the pair itself.
                let lt = self.compare_op(CmpKind::Lt, x[i], y[i])?;
                if self.is_true(lt)? {
                    return Ok(Some(Ordering::Less));
                }
                let gt = self.compare_op(CmpKind::Gt, x[i], y[i])?;
                if self.is_true(gt)? {
                    return Ok(Some(Ordering::Greater));
                }
                return Ok(None);
            }
        }
        Ok(Some(x.len().cmp(&y.len())))
    }

    /// `a < b` when it needs no Python code: small ints, floats and exact
    /// `str`s, and exact tuples and lists of those (compared as CPython
    /// does: the first pair that is not equal decides). `None` means "ask
    /// the full protocol" — nothing has run, so the caller may start over.
    /// Sorting and `min`/`max`-style loops spend most of their time here.
    pub fn fast_lt(&self, a: Value, b: Value) -> Option<bool> {
        if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
            return Some(x < y);
        }
        if !a.is_ptr() && !b.is_ptr() {
            return None;
        }
        // Floats against floats, or against small ints that convert exactly.
        const EXACT: i64 = 1 << 53;
        let as_f64 = |v: Value| -> Option<f64> {
            match v.as_small() {
                Some(i) if (-EXACT..=EXACT).contains(&i) => Some(i as f64),
                Some(_) => None,
                None => match kind_of(v) {
                    ObjKind::Float(f) if v.obj().class == self.types.float => Some(*f),
                    _ => None,
                },
            }
        };
        if !a.is_ptr() || !b.is_ptr() {
            return Some(as_f64(a)? < as_f64(b)?);
        }
        let (ca, cb) = (a.obj().class, b.obj().class);
        if ca != cb {
            return Some(as_f64(a)? < as_f64(b)?);
        }
        let t = &self.types;
        match (kind_of(a), kind_of(b)) {
            (ObjKind::Str(x), ObjKind::Str(y)) if ca == t.str_ => Some(x.as_str() < y.as_str()),
            (ObjKind::Float(x), ObjKind::Float(y)) if ca == t.float => Some(x < y),
            (ObjKind::Tuple(x), ObjKind::Tuple(y)) if ca == t.tuple => self.fast_seq_lt(x, y),
            (ObjKind::List(x), ObjKind::List(y)) if ca == t.list => self.fast_seq_lt(x, y),
            _ => None,
        }
    }

    /// The comparison operator `a <kind> b` (not `is`/`in`) when no Python
    /// code can take part: two exact `str`s (any operator), two exact tuples
    /// whose compared items are small ints, exact strs, floats or None
    /// (`==`/`!=`), and what `fast_lt` orders (`<`/`>`). `None`: ask the full
    /// protocol (nothing has run).
    pub fn fast_compare(&self, kind: CmpKind, a: Value, b: Value) -> Option<bool> {
        if !a.is_ptr() || !b.is_ptr() {
            return match kind {
                CmpKind::Lt => self.fast_lt(a, b),
                CmpKind::Gt => self.fast_lt(b, a),
                _ => None,
            };
        }
        let t = &self.types;
        let (ca, cb) = (a.obj().class, b.obj().class);
        match (kind_of(a), kind_of(b)) {
            (ObjKind::Str(x), ObjKind::Str(y)) if ca == t.str_ && cb == t.str_ => {
                let (x, y) = (x.as_str(), y.as_str());
                Some(match kind {
                    CmpKind::Eq => a == b || x == y,
                    CmpKind::Ne => a != b && x != y,
                    CmpKind::Lt => x < y,
                    CmpKind::Le => x <= y,
                    CmpKind::Gt => x > y,
                    CmpKind::Ge => x >= y,
                    _ => return None,
                })
            }
            (ObjKind::Tuple(x), ObjKind::Tuple(y))
                if ca == t.tuple && cb == t.tuple && matches!(kind, CmpKind::Eq | CmpKind::Ne) =>
            {
                // Tuples of different lengths still compare their common
                // prefix first (an item's `__eq__` may run).
                let equal = self.fast_items_equal(x, y)? && x.len() == y.len();
                Some(equal == (kind == CmpKind::Eq))
            }
            _ => match kind {
                CmpKind::Lt => self.fast_lt(a, b),
                CmpKind::Gt => self.fast_lt(b, a),
                _ => None,
            },
        }
    }

    /// Whether the common prefix of two item sequences is equal, when every pair
    /// compared is of kinds whose equality runs no Python code (identity
    /// first, as containers compare); `None` otherwise.
    fn fast_items_equal(&self, x: &[Value], y: &[Value]) -> Option<bool> {
        let t = &self.types;
        let plain = |v: Value| {
            !v.is_ptr() || {
                let c = v.obj().class;
                c == t.str_ || c == t.float || c == t.none_type
            }
        };
        for (&p, &q) in x.iter().zip(y) {
            if p == q {
                continue;
            }
            if !(plain(p) && plain(q)) {
                return None;
            }
            if !fast_eq(p, q)? {
                return Some(false);
            }
        }
        Some(true)
    }

    fn fast_seq_lt(&self, x: &[Value], y: &[Value]) -> Option<bool> {
        for (&p, &q) in x.iter().zip(y) {
            if p == q {
                continue;
            }
            // Only kinds whose equality `fast_eq` settles exactly (a str
            // subclass or a user object would need `__eq__`).
            match fast_eq(p, q)? {
                true => continue,
                false => return self.fast_lt(p, q),
            }
        }
        Some(x.len() < y.len())
    }

    /// `a == b` as a Rust bool (identity implies equality, as in containers).
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a == b {
            return Ok(true);
        }
        if let Some(r) = fast_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare_op(CmpKind::Eq, a, b)?;
        self.is_true(r)
    }

    /// `a < b` as a Rust bool (for sorting, min, max).
    pub fn lt(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if let Some(r) = self.fast_lt(a, b) {
            return Ok(r);
        }
        let r = self.compare_op(CmpKind::Lt, a, b)?;
        self.is_true(r)
    }

    /// The hash of a tuple with these items. A tuple never changes, so its
    /// items are read in place while their `__hash__` methods run.
    fn hash_items(&mut self, items: &[Value]) -> PyResult<i64> {
        let mut h = pyhash::TupleHasher::new();
        for &x in items {
            h.add(self.hash(x)?);
        }
        Ok(h.finish(items.len()))
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: Value) -> PyResult<i64> {
        if let Some(i) = v.as_small() {
            return Ok(pyhash::hash_i64(i));
        }
        let cls = v.obj().class;
        let builtin = self.class_data(cls).builtin;
        if builtin || !self.has_user_hash_or_eq(cls) {
            match kind_of(v) {
                ObjKind::Str(s) => return Ok(s.hash()),
                ObjKind::Int(b) => return Ok(pyhash::hash_bigint(b)),
                ObjKind::Bool(b) => return Ok(*b as i64),
                ObjKind::Float(f) => return Ok(pyhash::hash_float(*f).unwrap_or((v.0 >> 4) as i64)),
                ObjKind::Tuple(items) => return self.hash_items(items),
                ObjKind::Bytes(b) => {
                    return Ok(crate::object::pystr::str_hash(&String::from_utf8_lossy(b)))
                }
                ObjKind::Set(s) if s.frozen => {
                    let items: Vec<Value> = s.table.iter().map(|(_, k)| k).collect();
                    let mut hs = Vec::with_capacity(items.len());
                    for x in items {
                        hs.push(self.hash(x)?);
                    }
                    return Ok(pyhash::hash_frozenset(&hs));
                }
                ObjKind::List(_)
                | ObjKind::Dict(_)
                | ObjKind::Set(_)
                | ObjKind::ByteArray(_)
                | ObjKind::Slice(..) => {
                    let t = self.type_name(v);
                    return Err(self.type_error(format!("unhashable type: '{t}'")));
                }
                ObjKind::Range(r) => {
                    // CPython hashes (len, start, step), with start and step
                    // replaced by None when they do not matter.
                    let none_hash = self.hash(self.none)?;
                    let h = |vm: &Vm, b: &BigInt| {
                        let _ = vm;
                        match num_traits::ToPrimitive::to_i64(b) {
                            Some(i) => pyhash::hash_i64(i),
                            None => pyhash::hash_bigint(b),
                        }
                    };
                    let hl = h(self, &r.len);
                    let (hs, hst) = if num_traits::Zero::is_zero(&r.len) {
                        (none_hash, none_hash)
                    } else if num_traits::One::is_one(&r.len) {
                        (h(self, &r.start), none_hash)
                    } else {
                        (h(self, &r.start), h(self, &r.step))
                    };
                    return Ok(pyhash::hash_tuple(&[hl, hs, hst]));
                }
                _ => {
                    if builtin {
                        return Ok(((v.0 >> 4) | (v.0 << 60)) as i64 & i64::MAX);
                    }
                }
            }
        }
        let hash_name = self.intern_static("__hash__");
        match self.lookup_in_class(cls, hash_name) {
            Some(h) if h == self.none => {
                let t = self.type_name(v);
                Err(self.type_error(format!("unhashable type: '{t}'")))
            }
            Some(h) if !matches!(kind_of(h), ObjKind::Builtin(_)) => {
                let r = self.call(h, &[v])?;
                match self.as_bigint(r) {
                    Some(b) => Ok(match b.to_i64() {
                        // A value that fits is the hash itself (so
                        // hash(x) == x.__hash__() for any hashable x).
                        Some(-1) => -2,
                        Some(i) => i,
                        None => pyhash::hash_bigint(&b),
                    }),
                    None => Err(self.type_error("__hash__ method should return an integer")),
                }
            }
            _ => {
                // Built-in payload of a subclass, or identity.
                match kind_of(v) {
                    ObjKind::Str(s) => Ok(s.hash()),
                    ObjKind::Int(b) => Ok(pyhash::hash_bigint(b)),
                    ObjKind::Float(f) => Ok(pyhash::hash_float(*f).unwrap_or(0)),
                    ObjKind::Tuple(items) => self.hash_items(items),
                    ObjKind::List(_) | ObjKind::Dict(_) | ObjKind::Set(_) => {
                        let t = self.type_name(v);
                        Err(self.type_error(format!("unhashable type: '{t}'")))
                    }
                    _ => Ok(((v.0 >> 4) as i64) & i64::MAX),
                }
            }
        }
    }

    /// Whether a user class defines `__hash__` or `__eq__` (so hashing must
    /// go through Python).
    fn has_user_hash_or_eq(&mut self, cls: Value) -> bool {
        let h = self.intern_static("__hash__");
        let e = self.intern_static("__eq__");
        self.has_user_method(cls, h)
            || self.has_user_method(cls, e)
            || self.lookup_in_class(cls, h) == Some(self.none)
    }

    /// Truth value.
    pub fn is_true(&mut self, v: Value) -> PyResult<bool> {
        if let Some(i) = v.as_small() {
            return Ok(i != 0);
        }
        if v == self.true_ {
            return Ok(true);
        }
        if v == self.false_ || v == self.none {
            return Ok(false);
        }
        let cls = v.obj().class;
        if !self.class_data(cls).builtin {
            if let Some(r) = self.call_special(v, "__bool__", &[])? {
                return match kind_of(r) {
                    ObjKind::Bool(b) => Ok(*b),
                    _ => {
                        let t = self.type_name(r);
                        Err(self.type_error(format!("__bool__ should return bool, returned {t}")))
                    }
                };
            }
            if let Some(r) = self.call_special(v, "__len__", &[])? {
                let n = self.as_i64(r).unwrap_or(0);
                if n < 0 {
                    return Err(self.value_error("__len__() should return >= 0"));
                }
                return Ok(n != 0);
            }
        }
        Ok(match kind_of(v) {
            ObjKind::Bool(b) => *b,
            // Big ints are never zero, but an int subclass instance may hold 0.
            ObjKind::Int(i) => i.sign() != num_bigint::Sign::NoSign,
            ObjKind::Float(f) => *f != 0.0,
            ObjKind::Str(s) => !s.s.is_empty(),
            ObjKind::Bytes(b) | ObjKind::ByteArray(b) => !b.is_empty(),
            ObjKind::List(l) | ObjKind::Tuple(l) => !l.is_empty(),
            ObjKind::Dict(d) => !d.is_empty(),
            ObjKind::Set(s) => !s.table.is_empty(),
            ObjKind::Range(r) => !num_traits::Zero::is_zero(&r.len),
            ObjKind::DictView { dict, .. } => match kind_of(dict) {
                ObjKind::Dict(d) => !d.is_empty(),
                _ => true,
            },
            _ => true,
        })
    }

    /// `item in container`.
    pub fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        if container.is_ptr() {
            let cls = container.obj().class;
            if !self.class_data(cls).builtin {
                if let Some(r) = self.call_special(container, "__contains__", &[item])? {
                    return self.is_true(r);
                }
            }
        }
        self.contains_native(container, item)
    }

    /// `in` over the built-in payload (also for instances of subclasses),
    /// never a subclass's `__contains__`: `dict.__contains__(self, k)`.
    pub fn contains_native(&mut self, container: Value, item: Value) -> PyResult<bool> {
        if container.is_ptr() {
            match kind_of(container) {
                ObjKind::Str(s) => {
                    let ObjKind::Str(sub) = (if item.is_ptr() {
                        kind_of(item)
                    } else {
                        &ObjKind::None
                    }) else {
                        let t = self.type_name(item);
                        return Err(self.type_error(format!(
                            "'in <string>' requires string as left operand, not {t}"
                        )));
                    };
                    return Ok(
                        crate::object::str_methods::find_bytes(s.as_str(), sub.as_str()).is_some(),
                    );
                }
                ObjKind::List(_) | ObjKind::Tuple(_) => {
                    // Read live at each step, as CPython does: an `__eq__`
                    // may change the list. (An item held across that call
                    // is older than its dispatch loop, so no collection in
                    // it frees the item: see `Heap::collect_young`.)
                    let mut i = 0;
                    while let Some(x) = match kind_of(container) {
                        ObjKind::List(l) | ObjKind::Tuple(l) => l.get(i).copied(),
                        _ => None,
                    } {
                        if self.eq(x, item)? {
                            return Ok(true);
                        }
                        i += 1;
                    }
                    return Ok(false);
                }
                ObjKind::Dict(_) => return Ok(self.dict_get(container, item)?.is_some()),
                ObjKind::Set(_) => return self.set_contains(container, item),
                ObjKind::DictView { dict, what } => {
                    let (d, w) = (*dict, *what);
                    match w {
                        crate::object::DictViewKind::Keys => {
                            return Ok(self.dict_get(d, item)?.is_some())
                        }
                        crate::object::DictViewKind::Items => {
                            let kv = self.unpack(item, 2);
                            let Ok(kv) = kv else { return Ok(false) };
                            return match self.dict_get(d, kv[0])? {
                                Some(v) => self.eq(v, kv[1]),
                                None => Ok(false),
                            };
                        }
                        crate::object::DictViewKind::Values => {}
                    }
                }
                ObjKind::Range(r) => {
                    // Exact ints (and bools) by arithmetic; anything else
                    // by equality with the elements, as CPython does.
                    let exact_int = item.is_small()
                        || (item.is_ptr()
                            && matches!(kind_of(item), ObjKind::Int(_) | ObjKind::Bool(_)));
                    if exact_int {
                        if let Some(i) = self.as_bigint(item) {
                            return Ok(r.index_of(&i).is_some());
                        }
                    }
                }
                ObjKind::Bytes(b) | ObjKind::ByteArray(b) => {
                    if let Some(i) = self.as_i64(item) {
                        if !(0..256).contains(&i) {
                            return Err(self.value_error("byte must be in range(0, 256)"));
                        }
                        return Ok(b.contains(&(i as u8)));
                    }
                    let sub = self.bytes_like(item)?;
                    return Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == sub.as_slice()));
                }
                _ => {}
            }
        }
        // Generic: iterate.
        if !self.has_iter(container) {
            let t = self.type_name(container);
            return Err(self.type_error(format!("argument of type '{t}' is not iterable")));
        }
        let it = self.get_iter(container)?;
        while let Some(x) = self.iter_next(it)? {
            if self.eq(x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `except` matching: `typ` is a class or a tuple of classes.
    pub fn exception_matches(&mut self, e: Value, typ: Value) -> PyResult<bool> {
        if let ObjKind::Tuple(ts) = kind_of(typ) {
            for &t in ts.clone().iter() {
                if self.exception_matches(e, t)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        let base = self.exc_type(ExcKind::BaseException);
        if !self.is_class(typ) || !self.is_subclass(typ, base) {
            return Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        Ok(self.isinstance(e, typ))
    }
}

/// Equality answerable without running Python code (for dict/set probing).
pub fn fast_eq(a: Value, b: Value) -> Option<bool> {
    if a == b {
        return Some(true);
    }
    if a.is_small() && b.is_small() {
        return Some(false);
    }
    let ka = if a.is_ptr() { Some(kind_of(a)) } else { None };
    let kb = if b.is_ptr() { Some(kind_of(b)) } else { None };
    match (ka, kb) {
        (Some(ObjKind::Str(x)), Some(ObjKind::Str(y))) => {
            // Exact strs compare by content; a str subclass may define
            // `__eq__`, so the slow path decides.
            let exact = |v: Value| matches!(kind_of(v.obj().class), ObjKind::Class(c) if c.builtin);
            if exact(a) && exact(b) {
                Some(x.as_str() == y.as_str())
            } else {
                None
            }
        }
        (None, Some(ObjKind::Str(_))) | (Some(ObjKind::Str(_)), None) => Some(false),
        (None, Some(ObjKind::Float(f))) | (Some(ObjKind::Float(f)), None) => {
            let i = if a.is_small() {
                a.small_unchecked()
            } else {
                b.small_unchecked()
            };
            Some((i as f64) == *f && (*f as i64) == i)
        }
        (None, Some(ObjKind::Bool(x))) | (Some(ObjKind::Bool(x)), None) => {
            let i = if a.is_small() {
                a.small_unchecked()
            } else {
                b.small_unchecked()
            };
            Some(i == *x as i64)
        }
        (Some(ObjKind::Float(x)), Some(ObjKind::Float(y))) => Some(x == y),
        // A canonical big int never equals a small one, but an instance of
        // a user subclass of int carries any value: the slow path decides.
        (None, Some(ObjKind::Int(_))) | (Some(ObjKind::Int(_)), None) => None,
        (Some(ObjKind::Int(x)), Some(ObjKind::Int(y))) => Some(x == y),
        (
            Some(ObjKind::Str(_)),
            Some(
                ObjKind::Int(_)
                | ObjKind::Float(_)
                | ObjKind::Bool(_)
                | ObjKind::None
                | ObjKind::Tuple(_),
            ),
        )
        | (
            Some(
                ObjKind::Int(_)
                | ObjKind::Float(_)
                | ObjKind::Bool(_)
                | ObjKind::None
                | ObjKind::Tuple(_),
            ),
            Some(ObjKind::Str(_)),
        ) => Some(false),
        (Some(ObjKind::None), _) | (_, Some(ObjKind::None)) => Some(false),
        _ => None,
    }
}

/// Compares a float with an exact integer.
fn cmp_float_int(x: f64, y: &BigInt) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    let fl = x.floor();
    let xi = num_bigint::BigInt::from(fl as i128);
    let xi = if fl.abs() < 1e38 {
        xi
    } else {
        // Exact conversion for huge floats.
        let (m, e, s) = num_traits::float::FloatCore::integer_decode(x);
        let mut b = BigInt::from(m) << (e.max(0) as usize);
        if s < 0 {
            b = -b;
        }
        b
    };
    match xi.cmp(y) {
        Ordering::Equal => {
            if x > fl {
                Some(Ordering::Greater)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}
