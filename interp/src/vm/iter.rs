//! The iteration protocol: `iter()`, `next()`, the built-in iterator kinds,
//! unpacking, and generators (`send`, `throw`, `close`, `yield from`).

use super::{ExcKind, PyResult, Vm};
use crate::object::kind_of;
use crate::object::{DictViewKind, IterState, ObjKind, Value};

/// The outcome of resuming a generator or sub-iterator.
/// What `delegate_throw` decided: the sub-iterator yielded (`Done`), or
/// the delegating generator resumes with a value or an exception.
enum Delegated {
    Done(SendResult),
    Resume(Value, Value),
}

pub enum SendResult {
    Yielded(Value),
    Returned(Value),
}

/// Every ASCII character, as text to intern (see [`Vm::char_str`]).
static ASCII_CHARS: [u8; 128] = {
    let mut bytes = [0u8; 128];
    let mut i = 0;
    while i < 128 {
        bytes[i] = i as u8;
        i += 1;
    }
    bytes
};

impl Vm {
    fn new_iter(&mut self, cls: Value, st: IterState) -> Value {
        self.alloc(cls, ObjKind::Iter(st))
    }

    /// Whether `v` supports `iter()`.
    pub fn has_iter(&mut self, v: Value) -> bool {
        if !v.is_ptr() {
            return false;
        }
        match kind_of(v) {
            ObjKind::List(_)
            | ObjKind::Tuple(_)
            | ObjKind::Str(_)
            | ObjKind::Bytes(_)
            | ObjKind::ByteArray(_)
            | ObjKind::Dict(_)
            | ObjKind::Set(_)
            | ObjKind::Range(_)
            | ObjKind::Iter(_)
            | ObjKind::Generator(_)
            | ObjKind::DictView { .. }
            | ObjKind::File(_) => true,
            _ => {
                let it = self.intern_static("__iter__");
                let gi = self.intern_static("__getitem__");
                self.lookup_special(v, it).is_some() || self.lookup_special(v, gi).is_some()
            }
        }
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        if v.is_ptr() {
            let cls = v.obj().class;
            if !self.class_data(cls).builtin {
                if let Some(r) = self.call_special(v, "__iter__", &[])? {
                    let nx = self.intern_static("__next__");
                    if self.lookup_special(r, nx).is_none()
                        && !matches!(kind_of(r), ObjKind::Iter(_) | ObjKind::Generator(_))
                    {
                        let t = self.type_name(r);
                        return Err(
                            self.type_error(format!("iter() returned non-iterator of type '{t}'"))
                        );
                    }
                    return Ok(r);
                }
                let gi = self.intern_static("__getitem__");
                if self.lookup_special(v, gi).is_some()
                    && !matches!(
                        kind_of(v),
                        ObjKind::List(_) | ObjKind::Tuple(_) | ObjKind::Str(_) | ObjKind::Dict(_)
                    )
                {
                    return Ok(
                        self.new_iter(self.types.iterator, IterState::GetItem { obj: v, idx: 0 })
                    );
                }
            }
        }
        self.get_iter_native(v)
    }

    /// An iterator over the built-in payload (also for instances of
    /// subclasses), never a subclass's `__iter__`: `list.__iter__(self)`.
    pub fn get_iter_native(&mut self, v: Value) -> PyResult<Value> {
        if v.is_ptr() {
            let t = &self.types;
            let (cls, st) = match kind_of(v) {
                ObjKind::List(_) => (t.list_iterator, IterState::Seq { seq: v, idx: 0 }),
                ObjKind::Tuple(_) => (t.tuple_iterator, IterState::Seq { seq: v, idx: 0 }),
                ObjKind::Bytes(_) | ObjKind::ByteArray(_) => {
                    (t.bytes_iterator, IterState::Seq { seq: v, idx: 0 })
                }
                ObjKind::Str(_) => (t.str_iterator, IterState::Str { s: v, pos: 0 }),
                ObjKind::Range(r) => (
                    t.range_iterator,
                    match r.small {
                        Some((start, stop, step, _)) => IterState::Range {
                            cur: start,
                            stop,
                            step,
                        },
                        None => IterState::BigRange(Box::new(crate::object::BigRangeIter {
                            cur: r.start.clone(),
                            stop: r.stop.clone(),
                            step: r.step.clone(),
                        })),
                    },
                ),
                ObjKind::Dict(d) => (
                    t.dict_keyiterator,
                    IterState::Dict {
                        dict: v,
                        idx: 0,
                        len: d.len(),
                        what: DictViewKind::Keys,
                    },
                ),
                ObjKind::DictView { dict, what } => {
                    let n = match kind_of(dict) {
                        ObjKind::Dict(d) => d.len(),
                        _ => 0,
                    };
                    let cls = match what {
                        DictViewKind::Keys => t.dict_keyiterator,
                        DictViewKind::Values => t.dict_valueiterator,
                        DictViewKind::Items => t.dict_itemiterator,
                    };
                    (
                        cls,
                        IterState::Dict {
                            dict: *dict,
                            idx: 0,
                            len: n,
                            what: *what,
                        },
                    )
                }
                ObjKind::Set(s) => (
                    t.set_iterator,
                    IterState::Set {
                        set: v,
                        idx: 0,
                        len: s.table.len(),
                    },
                ),
                ObjKind::Iter(_) | ObjKind::Generator(_) | ObjKind::File(_) => return Ok(v),
                ObjKind::StdStream(0) => return Ok(v),
                _ => {
                    let tn = self.type_name(v);
                    return Err(self.type_error(format!("'{tn}' object is not iterable")));
                }
            };
            return Ok(self.new_iter(cls, st));
        }
        let tn = self.type_name(v);
        Err(self.type_error(format!("'{tn}' object is not iterable")))
    }

    /// `next(it)`; `None` at exhaustion.
    pub fn iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        if !it.is_ptr() {
            return Err(self.type_error("'int' object is not an iterator"));
        }
        match &mut it.obj_mut().kind {
            ObjKind::Iter(st) => match st {
                IterState::Seq { seq, idx } => {
                    let r = match kind_of(seq) {
                        ObjKind::List(l) | ObjKind::Tuple(l) => l.get(*idx).copied(),
                        ObjKind::Bytes(b) | ObjKind::ByteArray(b) => {
                            b.get(*idx).map(|&x| Value::small(x as i64))
                        }
                        _ => None,
                    };
                    match r {
                        Some(v) => {
                            *idx += 1;
                            Ok(Some(v))
                        }
                        None => {
                            *st = IterState::Exhausted;
                            Ok(None)
                        }
                    }
                }
                IterState::BigRange(b) => {
                    let crate::object::BigRangeIter { cur, stop, step } = &mut **b;
                    let positive = num_traits::Signed::is_positive(&*step);
                    if (positive && *cur < *stop) || (!positive && *cur > *stop) {
                        let v = cur.clone();
                        *cur += &*step;
                        Ok(Some(self.new_bigint(v)))
                    } else {
                        Ok(None)
                    }
                }
                IterState::Range { cur, stop, step } => {
                    if (*step > 0 && *cur < *stop) || (*step < 0 && *cur > *stop) {
                        let v = *cur;
                        *cur = cur.saturating_add(*step);
                        Ok(Some(self.new_int(v)))
                    } else {
                        Ok(None)
                    }
                }
                IterState::Str { s, pos } => {
                    let ObjKind::Str(ps) = kind_of(s) else {
                        return Ok(None);
                    };
                    match ps.s[*pos..].chars().next() {
                        Some(c) => {
                            *pos += c.len_utf8();
                            let mut buf = [0u8; 4];
                            let cs: &str = c.encode_utf8(&mut buf);
                            Ok(Some(self.char_str(cs)))
                        }
                        None => Ok(None),
                    }
                }
                IterState::Dict {
                    dict,
                    idx,
                    len,
                    what,
                } => {
                    let ObjKind::Dict(d) = kind_of(dict) else {
                        return Ok(None);
                    };
                    if d.len() != *len {
                        *len = usize::MAX;
                        return Err(self.runtime_error("dictionary changed size during iteration"));
                    }
                    while *idx < d.positions() {
                        let p = *idx;
                        *idx += 1;
                        if let Some(e) = d.entry(p) {
                            let (k, v) = (e.key, e.value);
                            return Ok(Some(match what {
                                DictViewKind::Keys => k,
                                DictViewKind::Values => v,
                                DictViewKind::Items => self.new_tuple(vec![k, v]),
                            }));
                        }
                    }
                    Ok(None)
                }
                IterState::Set { set, idx, len } => {
                    let ObjKind::Set(s) = kind_of(set) else {
                        return Ok(None);
                    };
                    if s.table.len() != *len {
                        *len = usize::MAX;
                        return Err(self.runtime_error("Set changed size during iteration"));
                    }
                    match s.table.next_entry(*idx) {
                        Some((next, k)) => {
                            *idx = next;
                            Ok(Some(k))
                        }
                        None => Ok(None),
                    }
                }
                IterState::Enumerate { it: inner, count } => {
                    let (inner, c) = (*inner, *count);
                    match self.iter_next(inner)? {
                        Some(v) => {
                            let next = self.binary_op(
                                crate::bytecode::BinOpKind::Add,
                                c,
                                Value::small(1),
                            )?;
                            if let ObjKind::Iter(IterState::Enumerate { count, .. }) =
                                &mut it.obj_mut().kind
                            {
                                *count = next;
                            }
                            Ok(Some(self.new_tuple(vec![c, v])))
                        }
                        None => Ok(None),
                    }
                }
                IterState::Zip { its, strict } => {
                    let (its, strict) = (its.clone(), *strict);
                    let mut out = Vec::with_capacity(its.len());
                    for (i, &x) in its.iter().enumerate() {
                        match self.iter_next(x)? {
                            Some(v) => out.push(v),
                            None => {
                                if strict {
                                    if i > 0 {
                                        let plural = if i == 1 { " " } else { "s 1-" };
                                        return Err(self.value_error(format!(
                                            "zip() argument {} is shorter than argument{plural}{}",
                                            i + 1,
                                            i
                                        )));
                                    }
                                    for (j, &y) in its.iter().enumerate().skip(1) {
                                        if self.iter_next(y)?.is_some() {
                                            let plural = if j == 1 { " " } else { "s 1-" };
                                            return Err(self.value_error(format!(
                                                "zip() argument {} is longer than argument{plural}{}",
                                                j + 1,
                                                j
                                            )));
                                        }
                                    }
                                }
                                return Ok(None);
                            }
                        }
                    }
                    if its.is_empty() {
                        return Ok(None);
                    }
                    Ok(Some(self.new_tuple(out)))
                }
                IterState::Map { func, its } => {
                    let (func, its) = (*func, its.clone());
                    let mut args = Vec::with_capacity(its.len());
                    for x in its {
                        match self.iter_next(x)? {
                            Some(v) => args.push(v),
                            None => return Ok(None),
                        }
                    }
                    self.call(func, &args).map(Some)
                }
                IterState::Filter { func, it: inner } => {
                    let (func, inner) = (*func, *inner);
                    loop {
                        let Some(v) = self.iter_next(inner)? else {
                            return Ok(None);
                        };
                        let keep = if func == self.none {
                            self.is_true(v)?
                        } else {
                            let r = self.call(func, &[v])?;
                            self.is_true(r)?
                        };
                        if keep {
                            return Ok(Some(v));
                        }
                    }
                }
                IterState::Reversed { seq, idx } => {
                    if *idx == 0 {
                        return Ok(None);
                    }
                    *idx -= 1;
                    let (seq, i) = (*seq, *idx);
                    let iv = self.new_int(i as i64);
                    self.getitem(seq, iv).map(Some)
                }
                IterState::CallSentinel { func, sentinel } => {
                    let (func, sentinel) = (*func, *sentinel);
                    let v = self.call(func, &[])?;
                    if self.eq(v, sentinel)? {
                        if let ObjKind::Iter(st) = &mut it.obj_mut().kind {
                            *st = IterState::Exhausted;
                        }
                        return Ok(None);
                    }
                    Ok(Some(v))
                }
                IterState::GetItem { obj, idx } => {
                    let (obj, i) = (*obj, *idx);
                    *idx += 1;
                    let iv = self.new_int(i);
                    match self.getitem(obj, iv) {
                        Ok(v) => Ok(Some(v)),
                        Err(e)
                            if self.exc_matches(e.0, ExcKind::IndexError)
                                || self.exc_matches(e.0, ExcKind::StopIteration) =>
                        {
                            Ok(None)
                        }
                        Err(e) => Err(e),
                    }
                }
                IterState::Exhausted => Ok(None),
            },
            ObjKind::Generator(_) => {
                let none = self.none;
                match self.gen_resume(it, none, Value::NULL)? {
                    SendResult::Yielded(v) => Ok(Some(v)),
                    SendResult::Returned(_) => Ok(None),
                }
            }
            ObjKind::File(_) => crate::native::io::file_next_line(self, it),
            _ => {
                let r = match self.call_special(it, "__next__", &[]) {
                    Ok(Some(v)) => v,
                    Ok(None) => {
                        let t = self.type_name(it);
                        return Err(self.type_error(format!("'{t}' object is not an iterator")));
                    }
                    Err(e) if self.exc_matches(e.0, ExcKind::StopIteration) => return Ok(None),
                    Err(e) => return Err(e),
                };
                Ok(Some(r))
            }
        }
    }

    /// A one-character str (cached for ASCII).
    pub fn char_str(&mut self, c: &str) -> Value {
        if c.len() == 1 {
            let b = usize::from(c.as_bytes()[0]);
            let cached = self.ascii_strs[b];
            if !cached.is_null() {
                return cached;
            }
            let v = self.intern(std::str::from_utf8(&ASCII_CHARS[b..=b]).unwrap_or(c));
            self.ascii_strs[b] = v;
            return v;
        }
        self.new_str(c)
    }

    /// Collects an iterable into a Vec.
    pub fn iterate(&mut self, v: Value) -> PyResult<Vec<Value>> {
        if v.is_ptr() {
            match kind_of(v) {
                ObjKind::List(l) | ObjKind::Tuple(l) if self.class_data(v.obj().class).builtin => {
                    return Ok(l.clone())
                }
                _ => {}
            }
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        let n = self.roots.len();
        self.roots.push(it);
        let r = loop {
            match self.iter_next(it) {
                Ok(Some(x)) => {
                    out.push(x);
                    self.roots.push(x);
                    // A long collecting loop polls the heap limit, which
                    // only a safepoint would check otherwise.
                    if out.len() % 4096 == 0 && crate::memory::take_over() {
                        break Err(self.exc(ExcKind::MemoryError, ""));
                    }
                }
                Ok(None) => break Ok(out),
                Err(e) => break Err(e),
            }
        };
        self.roots.truncate(n);
        r
    }

    /// Unpacks exactly `n` values.
    pub fn unpack(&mut self, v: Value, n: usize) -> PyResult<Vec<Value>> {
        if v.is_ptr() && !self.has_iter(v) {
            let t = self.type_name(v);
            return Err(self.type_error(format!("cannot unpack non-iterable {t} object")));
        }
        if !v.is_ptr() {
            return Err(self.type_error("cannot unpack non-iterable int object"));
        }
        let items = self.iterate(v)?;
        if items.len() > n {
            return Err(self.value_error(format!("too many values to unpack (expected {n})")));
        }
        if items.len() < n {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )));
        }
        Ok(items)
    }

    /// Starred unpacking: `before` values, a list, `after` values.
    pub fn unpack_ex(&mut self, v: Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
        if !v.is_ptr() || !self.has_iter(v) {
            let t = self.type_name(v);
            return Err(self.type_error(format!("cannot unpack non-iterable {t} object")));
        }
        let items = self.iterate(v)?;
        if items.len() < before + after {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mut out = items[..before].to_vec();
        let mid = items[before..items.len() - after].to_vec();
        let l = self.new_list(mid);
        out.push(l);
        out.extend_from_slice(&items[items.len() - after..]);
        Ok(out)
    }

    /// Resumes generator `gen`, sending `value` (or throwing `exc` if non-NULL).
    pub fn gen_resume(&mut self, gen: Value, value: Value, exc: Value) -> PyResult<SendResult> {
        let (value, exc) = if exc.is_null() {
            (value, exc)
        } else {
            match self.delegate_throw(gen, exc)? {
                Delegated::Done(r) => return Ok(r),
                Delegated::Resume(v, e) => (v, e),
            }
        };
        let ObjKind::Generator(g) = &mut gen.obj_mut().kind else {
            return Err(self.type_error("not a generator"));
        };
        if g.running {
            return Err(self.value_error("generator already executing"));
        }
        let Some(mut frame) = g.frame.take() else {
            if !exc.is_null() {
                return Err(super::Exc(exc));
            }
            return Ok(SendResult::Returned(self.none));
        };
        let started = frame.pc > 0;
        if !started && value != self.none && exc.is_null() {
            g.frame = Some(frame);
            return Err(self.type_error("can't send non-None value to a just-started generator"));
        }
        g.running = true;
        if started {
            frame.push(value);
        }
        frame.on_return = super::frame::ReturnMode::ToNative;
        if let Err(e) = self.push_frame(frame) {
            if let ObjKind::Generator(g) = &mut gen.obj_mut().kind {
                g.running = false;
            }
            return Err(e);
        }
        self.native_depth += 1;
        self.heap.enter_nested();
        let r = if exc.is_null() {
            super::eval::run(self, &mut piepie_jit::Concrete)
        } else {
            super::eval::resume_with_exception(self, super::Exc(exc))
        };
        self.heap.leave_nested();
        self.native_depth -= 1;
        let finished = match kind_of(gen) {
            ObjKind::Generator(g) => g.frame.is_none(),
            _ => true,
        };
        if let ObjKind::Generator(g) = &mut gen.obj_mut().kind {
            g.running = false;
        }
        match r {
            Ok(v) if finished => Ok(SendResult::Returned(v)),
            Ok(v) => Ok(SendResult::Yielded(v)),
            Err(e) => {
                if self.exc_matches(e.0, ExcKind::StopIteration) {
                    let new = self.exc(ExcKind::RuntimeError, "generator raised StopIteration");
                    if let Some(d) = self.exc_data(new.0) {
                        d.cause = e.0;
                        d.context = e.0;
                        d.suppress_context = true;
                    }
                    return Err(new);
                }
                Err(e)
            }
        }
    }

    /// `throw()`/`close()` on a generator suspended in `yield from`: the
    /// exception goes to the sub-iterator first (GeneratorExit closes it).
    fn delegate_throw(&mut self, gen: Value, exc: Value) -> PyResult<Delegated> {
        let none = self.none;
        let sub = {
            let ObjKind::Generator(g) = kind_of(gen) else {
                return Ok(Delegated::Resume(none, exc));
            };
            let Some(frame) = g.frame.as_ref() else {
                return Ok(Delegated::Resume(none, exc));
            };
            let started = frame.pc > 0;
            let at_yield_from = frame
                .code
                .instrs
                .get(frame.pc)
                .is_some_and(|i| i.op() == crate::bytecode::Op::YieldFrom);
            if g.running || !started || !at_yield_from {
                return Ok(Delegated::Resume(none, exc));
            }
            frame.top()
        };
        if self.exc_matches(exc, ExcKind::GeneratorExit) {
            let close = match self.getattr_or_none(sub, "close") {
                Ok(c) => c,
                Err(e) => return Ok(Delegated::Resume(none, e.0)),
            };
            if let Some(c) = close {
                if let Err(e) = self.call(c, &[]) {
                    return Ok(Delegated::Resume(none, e.0));
                }
            }
            return Ok(Delegated::Resume(none, exc));
        }
        let r = if matches!(kind_of(sub), ObjKind::Generator(_)) {
            self.gen_resume(sub, none, exc)
        } else {
            let throw = match self.getattr_or_none(sub, "throw") {
                Ok(t) => t,
                Err(e) => return Ok(Delegated::Resume(none, e.0)),
            };
            let Some(t) = throw else {
                return Ok(Delegated::Resume(none, exc));
            };
            match self.call(t, &[exc]) {
                Ok(v) => Ok(SendResult::Yielded(v)),
                Err(e) if self.exc_matches(e.0, ExcKind::StopIteration) => {
                    let args = self.exc_args(e.0);
                    Ok(SendResult::Returned(args.first().copied().unwrap_or(none)))
                }
                Err(e) => Err(e),
            }
        };
        match r {
            Ok(SendResult::Yielded(v)) => Ok(Delegated::Done(SendResult::Yielded(v))),
            Ok(SendResult::Returned(r)) => {
                // The `yield from` expression is finished: continue after it with `r`.
                if let ObjKind::Generator(g) = &mut gen.obj_mut().kind {
                    if let Some(f) = g.frame.as_mut() {
                        let target = f.code.instrs[f.pc].arg() as usize;
                        f.pop();
                        f.pc = target;
                    }
                }
                Ok(Delegated::Resume(r, Value::NULL))
            }
            Err(e) => Ok(Delegated::Resume(none, e.0)),
        }
    }

    /// `yield from` / `send` on any sub-iterator.
    pub fn gen_send(&mut self, sub: Value, value: Value) -> PyResult<SendResult> {
        if sub.is_ptr() && matches!(kind_of(sub), ObjKind::Generator(_)) {
            return self.gen_resume(sub, value, Value::NULL);
        }
        if value == self.none {
            return Ok(match self.iter_next(sub)? {
                Some(v) => SendResult::Yielded(v),
                None => SendResult::Returned(self.none),
            });
        }
        match self.call_special(sub, "send", &[value]) {
            Ok(Some(v)) => Ok(SendResult::Yielded(v)),
            Ok(None) => Err(self.attribute_error("object has no attribute 'send'")),
            Err(e) if self.exc_matches(e.0, ExcKind::StopIteration) => {
                let args = self.exc_args(e.0);
                Ok(SendResult::Returned(
                    args.first().copied().unwrap_or(self.none),
                ))
            }
            Err(e) => Err(e),
        }
    }
}
