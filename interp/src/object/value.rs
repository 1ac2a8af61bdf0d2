//! `Value`: one machine word holding any Python value.
//!
//! Encoding (the JIT relies on it):
//! * low bit 1: a small int `v`, stored as `(v << 1) | 1`; `v` fits in 63 bits;
//! * low bit 0, non-zero: a pointer to a heap [`PyObj`](super::PyObj);
//! * `0`: no value (an unbound local, an empty cell, or "an exception was raised"
//!   as returned by residual helpers). Never visible to Python code.
//!
//! Ints outside the 63-bit range are heap `BigInt`s; every constructor
//! normalizes, so an int that fits is always tagged.

use super::PyObj;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(pub u64);

/// Smallest and largest small ints.
pub const SMALL_MIN: i64 = -(1 << 62);
pub const SMALL_MAX: i64 = (1 << 62) - 1;

impl Value {
    /// The "no value" word.
    pub const NULL: Value = Value(0);

    #[inline(always)]
    pub fn is_null(self) -> bool {
        self.0 == 0
    }

    /// Tags `v` if it fits; `None` if it needs a big int.
    #[inline(always)]
    pub fn try_small(v: i64) -> Option<Value> {
        if (SMALL_MIN..=SMALL_MAX).contains(&v) {
            Some(Value(((v << 1) | 1) as u64))
        } else {
            None
        }
    }

    /// A small int; the caller guarantees it fits.
    #[inline(always)]
    pub fn small(v: i64) -> Value {
        debug_assert!((SMALL_MIN..=SMALL_MAX).contains(&v));
        Value(((v << 1) | 1) as u64)
    }

    #[inline(always)]
    pub fn is_small(self) -> bool {
        self.0 & 1 == 1
    }

    /// The small int held, if any.
    #[inline(always)]
    pub fn as_small(self) -> Option<i64> {
        if self.is_small() {
            Some((self.0 as i64) >> 1)
        } else {
            None
        }
    }

    /// The small int held; the caller checked `is_small`.
    #[inline(always)]
    pub fn small_unchecked(self) -> i64 {
        (self.0 as i64) >> 1
    }

    #[inline(always)]
    pub fn is_ptr(self) -> bool {
        self.0 & 1 == 0 && self.0 != 0
    }

    #[inline(always)]
    pub fn from_ptr(p: *mut PyObj) -> Value {
        Value(p as u64)
    }

    #[inline(always)]
    pub fn ptr(self) -> *mut PyObj {
        self.0 as *mut PyObj
    }

    /// The heap object. Panics (in every build) if `self` is a small int or
    /// NULL: dereferencing one would be undefined behaviour, so a logic error
    /// that reaches here must stop loudly rather than read a wild pointer.
    /// Match on payloads with [`kind_of`](super::kind_of) when the value may
    /// be a small int.
    #[inline(always)]
    pub fn obj<'a>(self) -> &'a PyObj {
        assert!(self.is_ptr(), "Value::obj on a non-pointer value {self:?}");
        // SAFETY: a pointer Value always points to a live heap object: objects
        // are freed only by the collector, which frees only unreachable ones,
        // and every reachable Value is either rooted or held by Rust code that
        // runs between safepoints (see heap.rs).
        unsafe { &*self.ptr() }
    }

    /// Mutable access to the heap object. This is the collector's write
    /// barrier: an old object borrowed mutably is remembered, so the next
    /// young collection traces what may since have been stored in it (see
    /// `heap.rs`). Every mutation of a heap object goes through here (or
    /// through compiled code's `gc_barrier`).
    ///
    /// The interpreter is single-threaded; callers keep such borrows short and
    /// never hold two of the same object across a call that could reach it.
    #[inline(always)]
    #[allow(clippy::mut_from_ref)]
    pub fn obj_mut<'a>(self) -> &'a mut PyObj {
        assert!(
            self.is_ptr(),
            "Value::obj_mut on a non-pointer value {self:?}"
        );
        // SAFETY: as in `obj`; exclusivity is the caller's discipline above.
        let obj = unsafe { &mut *self.ptr() };
        super::heap::write_barrier(obj);
        obj
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(i) = self.as_small() {
            write!(f, "Int({i})")
        } else if self.is_null() {
            write!(f, "NULL")
        } else {
            write!(f, "Obj({:#x})", self.0)
        }
    }
}
