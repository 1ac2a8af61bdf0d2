//! Numeric and sequence operators: the `+ - * / // % ** << >> & | ^`
//! semantics of the built-in types, the `__op__`/`__rop__`/`__iop__`
//! protocol for everything else, and unary operators.

use super::frame::OperatorStage;
use super::{ExcKind, PyResult, Vm};
use crate::bytecode::{BinOpKind, UnaryKind};
use crate::object::kind_of;
use crate::object::{ObjKind, Value};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// A number as the arithmetic sees it.
pub enum Num {
    Int(BigInt),
    Small(i64),
    Float(f64),
}

impl Vm {
    /// The int value of an int or bool (small or big), if it is one.
    pub fn as_num(&self, v: Value) -> Option<Num> {
        if let Some(i) = v.as_small() {
            return Some(Num::Small(i));
        }
        match kind_of(v) {
            ObjKind::Bool(b) => Some(Num::Small(*b as i64)),
            ObjKind::Int(n) => Some(Num::Int(n.clone())),
            ObjKind::Float(f) => Some(Num::Float(*f)),
            _ => None,
        }
    }

    /// The value of an int or bool as a BigInt.
    pub fn as_bigint(&self, v: Value) -> Option<BigInt> {
        match self.as_num(v)? {
            Num::Small(i) => Some(BigInt::from(i)),
            Num::Int(b) => Some(b),
            Num::Float(_) => None,
        }
    }

    /// The value of an int or bool as i64, if it fits.
    #[inline]
    pub fn as_i64(&self, v: Value) -> Option<i64> {
        if let Some(i) = v.as_small() {
            return Some(i);
        }
        match kind_of(v) {
            ObjKind::Bool(b) => Some(*b as i64),
            ObjKind::Int(n) => n.to_i64(),
            _ => None,
        }
    }

    pub fn is_int(&self, v: Value) -> bool {
        v.is_small() || matches!(kind_of(v), ObjKind::Int(_) | ObjKind::Bool(_))
    }

    /// float(v) for ints, bools and floats.
    pub fn to_f64(&mut self, v: Value) -> PyResult<Option<f64>> {
        Ok(match self.as_num(v) {
            Some(Num::Small(i)) => Some(i as f64),
            Some(Num::Float(f)) => Some(f),
            Some(Num::Int(b)) => match b.to_f64() {
                Some(f) if f.is_finite() => Some(f),
                _ => return Err(self.overflow_error("int too large to convert to float")),
            },
            None => None,
        })
    }

    pub fn binary_op(&mut self, kind: BinOpKind, a: Value, b: Value) -> PyResult<Value> {
        self.binary_op_in(kind, a, b, false)
    }

    /// `a op b`; `inplace` only changes the operator named in a TypeError (`+=`).
    fn binary_op_in(
        &mut self,
        kind: BinOpKind,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult<Value> {
        let ca = self.class_of(a);
        let cb = self.class_of(b);
        let builtin = self.class_data(ca).builtin && self.class_data(cb).builtin;
        if builtin {
            if let Some(v) = self.native_binop(kind, a, b)? {
                return Ok(v);
            }
            return Err(self.binop_type_error_in(kind, a, b, inplace));
        }
        let (op, rop, _) = kind.dunders();
        self.dunder_binop(kind, a, b, op, rop, inplace)
    }

    /// The Python function to run as a frame for `a op b` (`a op= b` when
    /// `inplace`), and which method it is; `None` when the operation takes
    /// the general path. Only the common case qualifies: `a` is an instance
    /// of a user class whose method is a plain function, and `b`'s class is
    /// not a proper subclass of `a`'s, so `b` cannot take precedence (see
    /// [`Vm::operator_frame_class`]).
    #[inline]
    pub fn binop_frame_target(
        &self,
        kind: BinOpKind,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> Option<(Value, OperatorStage)> {
        let ca = self.operator_frame_class(a, b)?;
        let [op, _, iop] = self.binop_names[kind as usize];
        let plain_function = |m: Value| match kind_of(m) {
            ObjKind::Function(f) => !f.code.is_generator(),
            _ => false,
        };
        if inplace {
            match self.lookup_in_class(ca, iop) {
                Some(m) if plain_function(m) => return Some((m, OperatorStage::Inplace)),
                Some(_) => return None,
                None => {}
            }
        }
        let m = self.lookup_in_class(ca, op)?;
        if !plain_function(m) {
            return None;
        }
        let stage = if inplace {
            OperatorStage::BinaryForInplace
        } else {
            OperatorStage::Binary
        };
        Some((m, stage))
    }

    /// The class of `a` when an operator method of it may run as a frame
    /// for `a op b`: `a` is an instance of a user class, and `b`'s class is
    /// not a proper subclass of `a`'s (`a`'s own, a built-in one, or an
    /// unrelated class such as `timedelta` in `datetime + timedelta`), so
    /// `b`'s reflected method cannot go first.
    #[inline]
    pub fn operator_frame_class(&self, a: Value, b: Value) -> Option<Value> {
        if !a.is_ptr() {
            return None;
        }
        let ca = a.obj().class;
        if self.class_data(ca).builtin {
            return None;
        }
        let cb = self.class_of(b);
        (cb == ca || self.class_data(cb).builtin || !self.is_subclass(cb, ca)).then_some(ca)
    }

    /// The rest of the operator protocol after the method chosen by
    /// [`Vm::binop_frame_target`] returned `NotImplemented`.
    pub fn binop_declined(
        &mut self,
        kind: BinOpKind,
        a: Value,
        b: Value,
        stage: OperatorStage,
    ) -> PyResult<Value> {
        let (op, rop, _) = kind.dunders();
        match stage {
            // `__iop__` declined: the binary protocol, from the start.
            OperatorStage::Inplace => self.dunder_binop(kind, a, b, op, rop, true),
            OperatorStage::Binary | OperatorStage::BinaryForInplace => {
                let inplace = stage == OperatorStage::BinaryForInplace;
                self.binop_reflected(kind, a, b, rop, false, inplace)
            }
        }
    }

    /// The `__op__`/`__rop__` protocol; a side without a user method uses its
    /// built-in payload's operator (instances of subclasses of built-ins).
    fn dunder_binop(
        &mut self,
        kind: BinOpKind,
        a: Value,
        b: Value,
        op: &'static str,
        rop: &'static str,
        inplace: bool,
    ) -> PyResult<Value> {
        let ca = self.class_of(a);
        let cb = self.class_of(b);
        let op_name = self.intern_static(op);
        let rop_name = self.intern_static(rop);
        // The right operand goes first only if its class overrides the reflected method.
        let b_first = cb != ca
            && self.is_subclass(cb, ca)
            && self.has_user_method(cb, rop_name)
            && self.lookup_in_class(cb, rop_name) != self.lookup_in_class(ca, rop_name);
        let mut native_tried = false;
        if b_first {
            if let Some(r) = self.call_special(b, rop, &[a])? {
                if r != self.not_implemented {
                    return Ok(r);
                }
            }
        }
        if self.has_user_method(ca, op_name) {
            if let Some(r) = self.call_special(a, op, &[b])? {
                if r != self.not_implemented {
                    return Ok(r);
                }
            }
        } else {
            native_tried = true;
            if let Some(v) = self.native_binop(kind, a, b)? {
                return Ok(v);
            }
        }
        if b_first {
            return Err(self.binop_type_error_in(kind, a, b, inplace));
        }
        self.binop_reflected(kind, a, b, rop, native_tried, inplace)
    }

    /// The end of the operator protocol once `a`'s side declined (and `b`'s
    /// reflected method did not already go first): `b`'s reflected method,
    /// or the built-in operator if `b` has none and it was not tried yet;
    /// else the TypeError.
    fn binop_reflected(
        &mut self,
        kind: BinOpKind,
        a: Value,
        b: Value,
        rop: &'static str,
        native_tried: bool,
        inplace: bool,
    ) -> PyResult<Value> {
        let (ca, cb) = (self.class_of(a), self.class_of(b));
        if cb != ca {
            let rop_name = self.intern_static(rop);
            if self.has_user_method(cb, rop_name) {
                if let Some(r) = self.call_special(b, rop, &[a])? {
                    if r != self.not_implemented {
                        return Ok(r);
                    }
                }
            } else if !native_tried {
                if let Some(v) = self.native_binop(kind, a, b)? {
                    return Ok(v);
                }
            }
        }
        Err(self.binop_type_error_in(kind, a, b, inplace))
    }

    #[cold]
    pub fn binop_type_error(&mut self, kind: BinOpKind, a: Value, b: Value) -> super::Exc {
        self.binop_type_error_in(kind, a, b, false)
    }

    /// The TypeError for `a op b` (`a op= b` when `inplace`).
    #[cold]
    fn binop_type_error_in(
        &mut self,
        kind: BinOpKind,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> super::Exc {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        if kind == BinOpKind::Add {
            let sa = self.isinstance(a, self.types.str_);
            let la = self.isinstance(a, self.types.list);
            if sa && !self.isinstance(b, self.types.str_) {
                return self.type_error(format!("can only concatenate str (not \"{tb}\") to str"));
            }
            if la && !self.isinstance(b, self.types.list) {
                return self
                    .type_error(format!("can only concatenate list (not \"{tb}\") to list"));
            }
            for t in [self.types.bytes, self.types.bytearray] {
                let bytes_like = |vm: &Vm, v: Value| {
                    vm.isinstance(v, vm.types.bytes) || vm.isinstance(v, vm.types.bytearray)
                };
                if self.isinstance(a, t) && !bytes_like(self, b) {
                    let an = self.class_data(t).name.clone();
                    return self.type_error(format!("can't concat {tb} to {an}"));
                }
            }
            if self.isinstance(a, self.types.tuple) && !self.isinstance(b, self.types.tuple) {
                return self.type_error(format!(
                    "can only concatenate tuple (not \"{tb}\") to tuple"
                ));
            }
        }
        if kind == BinOpKind::Mul {
            // As CPython's `sequence_repeat`: a sequence operand that can
            // be repeated names the other operand, which is no index.
            let seq = |vm: &Vm, v: Value| {
                [
                    vm.types.str_,
                    vm.types.list,
                    vm.types.tuple,
                    vm.types.bytes,
                    vm.types.bytearray,
                ]
                .iter()
                .any(|&t| vm.isinstance(v, t))
            };
            if seq(self, a) {
                return self
                    .type_error(format!("can't multiply sequence by non-int of type '{tb}'"));
            }
            if seq(self, b) {
                return self
                    .type_error(format!("can't multiply sequence by non-int of type '{ta}'"));
            }
        }
        if kind == BinOpKind::Add
            && (self.isinstance(a, self.types.bytes) || self.isinstance(a, self.types.bytearray))
            && !(self.isinstance(b, self.types.bytes) || self.isinstance(b, self.types.bytearray))
            && !self.is_int(b)
        {
            return self.type_error(format!("can't concat {tb} to {ta}"));
        }
        if inplace {
            return self.type_error(format!(
                "unsupported operand type(s) for {}=: '{ta}' and '{tb}'",
                kind.symbol()
            ));
        }
        if kind == BinOpKind::Pow {
            return self.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{ta}' and '{tb}'"
            ));
        }
        self.type_error(format!(
            "unsupported operand type(s) for {}: '{ta}' and '{tb}'",
            kind.symbol()
        ))
    }

    /// `a op= b`: `__iop__` first, then the binary operator. Lists and
    /// sets/dicts mutate in place.
    pub fn inplace_op(&mut self, kind: BinOpKind, a: Value, b: Value) -> PyResult<Value> {
        if a.is_ptr() {
            let ca = self.class_of(a);
            if self.class_data(ca).builtin {
                match (kind_of(a), kind) {
                    (ObjKind::List(_), BinOpKind::Add) => {
                        let items = self.iterate(b)?;
                        self.heap.note_growth(items.len() * 8);
                        if let ObjKind::List(l) = &mut a.obj_mut().kind {
                            l.extend(items);
                        }
                        return Ok(a);
                    }
                    (ObjKind::List(l), BinOpKind::Mul) => {
                        if let Some(n) = self.as_i64(b) {
                            let items = l.clone();
                            let n = n.max(0) as usize;
                            if n > 1 && !items.is_empty() {
                                let total = items.len().saturating_mul(n);
                                crate::memory::ensure_room(self, total, 8)?;
                            }
                            if let ObjKind::List(l) = &mut a.obj_mut().kind {
                                l.clear();
                                for _ in 0..n {
                                    l.extend_from_slice(&items);
                                }
                            }
                            return Ok(a);
                        }
                    }
                    (
                        ObjKind::Set(s),
                        BinOpKind::Or | BinOpKind::And | BinOpKind::Sub | BinOpKind::Xor,
                    ) if !s.frozen && self.is_set_like(b) => {
                        self.set_inplace_binop(kind, a, b)?;
                        return Ok(a);
                    }
                    (ObjKind::Dict(_), BinOpKind::Or) => {
                        self.dict_update(a, b, false)?;
                        return Ok(a);
                    }
                    (ObjKind::ByteArray(_), BinOpKind::Add) => {
                        let extra = self.bytes_like(b)?;
                        if let ObjKind::ByteArray(v) = &mut a.obj_mut().kind {
                            v.extend(extra);
                        }
                        return Ok(a);
                    }
                    _ => {}
                }
                return self.binary_op_in(kind, a, b, true);
            }
            let (op, rop, iop) = kind.dunders();
            if let Some(r) = self.call_special(a, iop, &[b])? {
                if r != self.not_implemented {
                    return Ok(r);
                }
            }
            return self.dunder_binop(kind, a, b, op, rop, true);
        }
        self.binary_op_in(kind, a, b, true)
    }

    /// The built-in types' operators; `None` means NotImplemented.
    pub fn native_binop(&mut self, kind: BinOpKind, a: Value, b: Value) -> PyResult<Option<Value>> {
        if matches!(
            kind,
            BinOpKind::Or | BinOpKind::And | BinOpKind::Sub | BinOpKind::Xor
        ) && (is_setlike_view(a) || is_setlike_view(b))
        {
            // Keys and items views: the operation on `set(a)`.
            if !self.has_iter(a) || !self.has_iter(b) {
                return Ok(None);
            }
            let r = self.new_set_from_iter(a)?;
            match kind {
                BinOpKind::Or => self.set_update_internal(r, b)?,
                BinOpKind::And => self.set_intersection_update(r, &[b])?,
                BinOpKind::Sub => self.set_difference_update(r, b)?,
                _ => self.set_symmetric_difference_update(r, b)?,
            }
            return Ok(Some(r));
        }
        if a.is_ptr() && b.is_ptr() {
            if let (ObjKind::Bool(x), ObjKind::Bool(y)) = (kind_of(a), kind_of(b)) {
                let r = match kind {
                    BinOpKind::And => Some(*x & *y),
                    BinOpKind::Or => Some(*x | *y),
                    BinOpKind::Xor => Some(*x ^ *y),
                    _ => None,
                };
                if let Some(r) = r {
                    return Ok(Some(self.bool_val(r)));
                }
            }
        }
        if let (Some(x), Some(y)) = (self.as_num(a), self.as_num(b)) {
            let bitwise = matches!(
                kind,
                BinOpKind::LShift
                    | BinOpKind::RShift
                    | BinOpKind::And
                    | BinOpKind::Or
                    | BinOpKind::Xor
            );
            if bitwise && (matches!(x, Num::Float(_)) || matches!(y, Num::Float(_))) {
                return Ok(None);
            }
            return self.num_binop(kind, x, y).map(Some);
        }
        if !a.is_ptr() {
            // int op non-number: maybe sequence repetition.
            if kind == BinOpKind::Mul && b.is_ptr() {
                return self.repeat(b, a);
            }
            return Ok(None);
        }
        match (kind_of(a), kind) {
            (ObjKind::Str(x), BinOpKind::Add) => {
                if let ObjKind::Str(y) = &crate::object::kind_of(b) {
                    let mut s = String::with_capacity(x.s.len() + y.s.len());
                    s.push_str(&x.s);
                    s.push_str(&y.s);
                    return Ok(Some(self.new_str(s)));
                }
                Ok(None)
            }
            (ObjKind::Str(_), BinOpKind::Mod) => {
                crate::builtins::str_type::percent_format(self, a, b).map(Some)
            }
            (ObjKind::Bytes(_) | ObjKind::ByteArray(_), BinOpKind::Mod) => {
                crate::builtins::bytes_methods::percent_format(self, a, b).map(Some)
            }
            (ObjKind::List(x), BinOpKind::Add) => {
                if let ObjKind::List(y) = &crate::object::kind_of(b) {
                    let mut v = x.clone();
                    v.extend_from_slice(y);
                    return Ok(Some(self.new_list(v)));
                }
                Ok(None)
            }
            (ObjKind::Tuple(x), BinOpKind::Add) => {
                if let ObjKind::Tuple(y) = &crate::object::kind_of(b) {
                    let mut v = x.clone();
                    v.extend_from_slice(y);
                    return Ok(Some(self.new_tuple(v)));
                }
                Ok(None)
            }
            (ObjKind::Bytes(x), BinOpKind::Add) | (ObjKind::ByteArray(x), BinOpKind::Add) => {
                let is_ba = matches!(kind_of(a), ObjKind::ByteArray(_));
                match &crate::object::kind_of(b) {
                    ObjKind::Bytes(y) | ObjKind::ByteArray(y) => {
                        let mut v = x.clone();
                        v.extend_from_slice(y);
                        Ok(Some(if is_ba {
                            self.alloc(self.types.bytearray, ObjKind::ByteArray(v))
                        } else {
                            self.new_bytes(v)
                        }))
                    }
                    _ => Ok(None),
                }
            }
            (
                ObjKind::Str(_)
                | ObjKind::List(_)
                | ObjKind::Tuple(_)
                | ObjKind::Bytes(_)
                | ObjKind::ByteArray(_),
                BinOpKind::Mul,
            ) => self.repeat(a, b),
            (_, BinOpKind::Mul) if self.is_int(a) || matches!(kind_of(a), ObjKind::Bool(_)) => {
                self.repeat(b, a)
            }
            (ObjKind::Dict(_), BinOpKind::Or) => {
                if !matches!(crate::object::kind_of(b), ObjKind::Dict(_)) {
                    return Ok(None);
                }
                let d = self.new_dict();
                self.dict_update(d, a, false)?;
                self.dict_update(d, b, false)?;
                Ok(Some(d))
            }
            (ObjKind::Set(_), BinOpKind::Or | BinOpKind::And | BinOpKind::Sub | BinOpKind::Xor) => {
                if !self.is_set_like(b) {
                    return Ok(None);
                }
                self.set_binop(kind, a, b).map(Some)
            }
            _ => Ok(None),
        }
    }

    fn repeat(&mut self, seq: Value, n: Value) -> PyResult<Option<Value>> {
        let mut n = n;
        if self.as_num(n).is_none() {
            // A repeat count may be any object with `__index__`.
            let ix = self.intern_static("__index__");
            if !self.has_user_method(self.class_of(n), ix) {
                return Ok(None);
            }
            let b = crate::builtins::functions::index_of(self, n)?;
            n = self.new_bigint(b);
        }
        let Some(count) = self.as_num(n) else {
            return Ok(None);
        };
        let count = match count {
            Num::Small(i) => i,
            Num::Int(b) => {
                if b.is_negative() {
                    0
                } else if let Some(i) = num_traits::ToPrimitive::to_i64(&b) {
                    // An index-sized count beyond the small ints.
                    i
                } else {
                    return Err(self.overflow_error("cannot fit 'int' into an index-sized integer"));
                }
            }
            Num::Float(_) => return Ok(None),
        };
        let count = count.max(0) as usize;
        let (len, item_bytes) = match &crate::object::kind_of(seq) {
            ObjKind::Str(s) => (s.s.len(), 1),
            ObjKind::List(l) | ObjKind::Tuple(l) => (l.len(), std::mem::size_of::<Value>()),
            ObjKind::Bytes(b) | ObjKind::ByteArray(b) => (b.len(), 1),
            _ => return Ok(None),
        };
        if len > 0 && count > 1 {
            crate::memory::ensure_room(self, len.saturating_mul(count), item_bytes)?;
        }
        let out = match &crate::object::kind_of(seq) {
            ObjKind::Str(s) => {
                let r = s.s.repeat(count);
                self.new_str(r)
            }
            ObjKind::List(l) => {
                let mut v = Vec::with_capacity(l.len() * count);
                for _ in 0..count {
                    v.extend_from_slice(l);
                }
                self.new_list(v)
            }
            ObjKind::Tuple(l) => {
                let mut v = Vec::with_capacity(l.len() * count);
                for _ in 0..count {
                    v.extend_from_slice(l);
                }
                self.new_tuple(v)
            }
            ObjKind::Bytes(b) => {
                let r = b.repeat(count);
                self.new_bytes(r)
            }
            ObjKind::ByteArray(b) => {
                let r = b.repeat(count);
                self.alloc(self.types.bytearray, ObjKind::ByteArray(r))
            }
            _ => return Ok(None),
        };
        Ok(Some(out))
    }

    /// Arithmetic on two numbers.
    pub fn num_binop(&mut self, kind: BinOpKind, x: Num, y: Num) -> PyResult<Value> {
        match (x, y) {
            (Num::Float(a), y) => {
                let b = self.num_to_f64(y)?;
                self.float_binop(kind, a, b)
            }
            (x, Num::Float(b)) => {
                if matches!(
                    kind,
                    BinOpKind::LShift
                        | BinOpKind::RShift
                        | BinOpKind::And
                        | BinOpKind::Or
                        | BinOpKind::Xor
                ) {
                    let a = self.num_to_value(x);
                    let bv = self.new_float(b);
                    return Err(self.binop_type_error(kind, a, bv));
                }
                let a = self.num_to_f64(x)?;
                self.float_binop(kind, a, b)
            }
            (Num::Small(a), Num::Small(b)) => self.small_binop(kind, a, b),
            (x, y) => {
                let a = match x {
                    Num::Small(i) => BigInt::from(i),
                    Num::Int(b) => b,
                    Num::Float(_) => unreachable!("floats handled above"),
                };
                let b = match y {
                    Num::Small(i) => BigInt::from(i),
                    Num::Int(b) => b,
                    Num::Float(_) => unreachable!("floats handled above"),
                };
                self.big_binop(kind, a, b)
            }
        }
    }

    fn num_to_value(&mut self, n: Num) -> Value {
        match n {
            Num::Small(i) => self.new_int(i),
            Num::Int(b) => self.new_bigint(b),
            Num::Float(f) => self.new_float(f),
        }
    }

    fn num_to_f64(&mut self, n: Num) -> PyResult<f64> {
        Ok(match n {
            Num::Small(i) => i as f64,
            Num::Float(f) => f,
            Num::Int(b) => match b.to_f64() {
                Some(f) if f.is_finite() => f,
                _ => return Err(self.overflow_error("int too large to convert to float")),
            },
        })
    }

    fn small_binop(&mut self, kind: BinOpKind, a: i64, b: i64) -> PyResult<Value> {
        let r = match kind {
            BinOpKind::Add => a.checked_add(b),
            BinOpKind::Sub => a.checked_sub(b),
            BinOpKind::Mul => a.checked_mul(b),
            BinOpKind::FloorDiv => {
                if b == 0 {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                a.checked_div_euclid(b).map(|_| Integer::div_floor(&a, &b))
            }
            BinOpKind::Mod => {
                if b == 0 {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                a.checked_rem(b).map(|_| Integer::mod_floor(&a, &b))
            }
            BinOpKind::TrueDiv => {
                if b == 0 {
                    return Err(self.zero_division("division by zero"));
                }
                if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) {
                    return Ok(self.new_float(a as f64 / b as f64));
                }
                return self.big_binop(kind, BigInt::from(a), BigInt::from(b));
            }
            BinOpKind::And => Some(a & b),
            BinOpKind::Or => Some(a | b),
            BinOpKind::Xor => Some(a ^ b),
            BinOpKind::LShift => {
                if b < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                if b < 63 && (a.unsigned_abs() >> (62 - b.min(62))) == 0 {
                    Some(a << b)
                } else {
                    None
                }
            }
            BinOpKind::RShift => {
                if b < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                Some(if b >= 64 {
                    if a < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    a >> b
                })
            }
            BinOpKind::Pow => {
                if b >= 0 {
                    if b <= u32::MAX as i64 {
                        a.checked_pow(b as u32)
                    } else {
                        None
                    }
                } else {
                    return self.float_binop(kind, a as f64, b as f64);
                }
            }
            BinOpKind::MatMul => {
                return Err(self.type_error("unsupported operand type(s) for @: 'int' and 'int'"))
            }
        };
        match r {
            Some(v) => Ok(self.new_int(v)),
            None => self.big_binop(kind, BigInt::from(a), BigInt::from(b)),
        }
    }

    fn big_binop(&mut self, kind: BinOpKind, a: BigInt, b: BigInt) -> PyResult<Value> {
        let r = match kind {
            BinOpKind::Add => a + b,
            BinOpKind::Sub => a - b,
            BinOpKind::Mul => a * b,
            BinOpKind::FloorDiv => {
                if b.is_zero() {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                a.div_floor(&b)
            }
            BinOpKind::Mod => {
                if b.is_zero() {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                a.mod_floor(&b)
            }
            BinOpKind::TrueDiv => {
                if b.is_zero() {
                    return Err(self.zero_division("division by zero"));
                }
                let f = big_true_div(&a, &b);
                if !f.is_finite() {
                    return Err(
                        self.overflow_error("integer division result too large for a float")
                    );
                }
                return Ok(self.new_float(f));
            }
            BinOpKind::And => a & b,
            BinOpKind::Or => a | b,
            BinOpKind::Xor => a ^ b,
            BinOpKind::LShift => {
                if b.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let Some(s) = b.to_usize() else {
                    return Err(self.overflow_error("too many digits in integer"));
                };
                if s > 1 << 32 {
                    return Err(self.exc(ExcKind::MemoryError, ""));
                }
                a << s
            }
            BinOpKind::RShift => {
                if b.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                match b.to_usize() {
                    Some(s) => a >> s,
                    None => {
                        if a.is_negative() {
                            BigInt::from(-1)
                        } else {
                            BigInt::zero()
                        }
                    }
                }
            }
            BinOpKind::Pow => {
                if b.is_negative() {
                    let fa = self.num_to_f64(Num::Int(a))?;
                    let fb = self.num_to_f64(Num::Int(b))?;
                    return self.float_binop(kind, fa, fb);
                }
                let one = BigInt::from(1);
                if a.is_zero() || a == one {
                    return Ok(self.new_bigint(a));
                }
                if a == -one.clone() {
                    return Ok(self.new_int(if b.is_even() { 1 } else { -1 }));
                }
                let Some(e) = b.to_u32() else {
                    return Err(self.exc(ExcKind::MemoryError, ""));
                };
                if (a.bits() as u64).saturating_mul(e as u64) > (1 << 32) {
                    return Err(self.exc(ExcKind::MemoryError, ""));
                }
                num_traits::pow::Pow::pow(a, e)
            }
            BinOpKind::MatMul => {
                return Err(self.type_error("unsupported operand type(s) for @: 'int' and 'int'"))
            }
        };
        Ok(self.new_bigint(r))
    }

    pub fn float_binop(&mut self, kind: BinOpKind, a: f64, b: f64) -> PyResult<Value> {
        let r = match kind {
            BinOpKind::Add => a + b,
            BinOpKind::Sub => a - b,
            BinOpKind::Mul => a * b,
            BinOpKind::TrueDiv => {
                if b == 0.0 {
                    return Err(self.zero_division("float division by zero"));
                }
                a / b
            }
            BinOpKind::FloorDiv => {
                if b == 0.0 {
                    return Err(self.zero_division("float floor division by zero"));
                }
                float_divmod(a, b).0
            }
            BinOpKind::Mod => {
                if b == 0.0 {
                    return Err(self.zero_division("float modulo"));
                }
                float_divmod(a, b).1
            }
            BinOpKind::Pow => return self.float_pow(a, b),
            _ => {
                let (x, y) = (self.new_float(a), self.new_float(b));
                return Err(self.binop_type_error(kind, x, y));
            }
        };
        Ok(self.new_float(r))
    }

    fn float_pow(&mut self, a: f64, b: f64) -> PyResult<Value> {
        if a == 0.0 && b < 0.0 {
            return Err(self.zero_division("0.0 cannot be raised to a negative power"));
        }
        if a < 0.0 && a.is_finite() && b.fract() != 0.0 && b.is_finite() {
            return Err(self.value_error("complex numbers are not supported by piepie"));
        }
        let r = a.powf(b);
        if r.is_infinite() && a.is_finite() && b.is_finite() {
            return Err(self.overflow_error("(34, 'Numerical result out of range')"));
        }
        Ok(self.new_float(r))
    }

    pub fn unary_op(&mut self, kind: UnaryKind, v: Value) -> PyResult<Value> {
        let cls = self.class_of(v);
        if self.class_data(cls).builtin {
            if let Some(n) = self.as_num(v) {
                return self.num_unary(kind, n, v);
            }
        }
        let (name, sym) = match kind {
            UnaryKind::Neg => ("__neg__", "-"),
            UnaryKind::Pos => ("__pos__", "+"),
            UnaryKind::Invert => ("__invert__", "~"),
            UnaryKind::Not => {
                let t = self.is_true(v)?;
                return Ok(self.bool_val(!t));
            }
        };
        if let Some(r) = self.call_special(v, name, &[])? {
            return Ok(r);
        }
        // A subclass of int or float without its own method: the base type's.
        if let Some(n) = self.as_num(v) {
            return self.num_unary(kind, n, v);
        }
        let t = self.type_name(v);
        Err(self.type_error(format!("bad operand type for unary {sym}: '{t}'")))
    }

    fn num_unary(&mut self, kind: UnaryKind, n: Num, v: Value) -> PyResult<Value> {
        Ok(match (kind, n) {
            (UnaryKind::Neg, Num::Small(i)) => self.new_int(-i),
            (UnaryKind::Neg, Num::Int(b)) => self.new_bigint(-b),
            (UnaryKind::Neg, Num::Float(f)) => self.new_float(-f),
            (UnaryKind::Pos, Num::Small(i)) => self.new_int(i),
            (UnaryKind::Pos, Num::Int(b)) => self.new_bigint(b),
            (UnaryKind::Pos, Num::Float(f)) => self.new_float(f),
            (UnaryKind::Invert, Num::Small(i)) => self.new_int(!i),
            (UnaryKind::Invert, Num::Int(b)) => self.new_bigint(-b - 1),
            (UnaryKind::Invert, Num::Float(_)) => {
                return Err(self.type_error("bad operand type for unary ~: 'float'"));
            }
            (UnaryKind::Not, _) => {
                let t = self.is_true(v)?;
                self.bool_val(!t)
            }
        })
    }
}

/// `(x // y, x % y)` of two machine ints as Python floors them (the
/// quotient rounds towards minus infinity, the remainder takes `y`'s sign).
/// `y` must not be 0; the inputs are small ints (63 bits), so nothing
/// overflows.
#[inline]
pub fn floor_divmod_i64(x: i64, y: i64) -> (i64, i64) {
    let (q, r) = (x / y, x % y);
    if r != 0 && ((r < 0) != (y < 0)) {
        (q - 1, r + y)
    } else {
        (q, r)
    }
}

/// Python's float floor division and modulo (CPython's float_divmod).
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// Correctly rounded `a / b` for big integers.
/// `x * 2**e` without overflow or underflow in an intermediate power.
pub fn ldexp(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e as i32)
}

fn big_true_div(a: &BigInt, b: &BigInt) -> f64 {
    let neg = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    // Scale so the quotient has at least 64 significant bits.
    let shift: i64 = 64 - (a.bits() as i64 - b.bits() as i64);
    let (num, den) = if shift > 0 {
        (a << shift as usize, b)
    } else {
        (a, b << (-shift) as usize)
    };
    let (q, r) = num.div_rem(&den);
    // Sticky bit for correct rounding.
    let q = (q << 1usize) | BigInt::from(if r.is_zero() { 0 } else { 1 });
    let f = q.to_f64().unwrap_or(f64::INFINITY);
    let res = ldexp(f, -shift - 1);
    if neg {
        -res
    } else {
        res
    }
}

/// A dict keys or items view (set-like; values views are not).
pub fn is_setlike_view(v: Value) -> bool {
    v.is_ptr()
        && matches!(
            kind_of(v),
            ObjKind::DictView {
                what: crate::object::DictViewKind::Keys | crate::object::DictViewKind::Items,
                ..
            }
        )
}
