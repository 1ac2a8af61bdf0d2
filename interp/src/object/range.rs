//! `RangeObj`: the payload of `range`, with arbitrary-precision bounds as
//! in CPython, and an i64 copy of start/stop/step/len when all four fit
//! (the fast paths of iteration, indexing and membership use it).
//!
//! Invariants: `step != 0`; `len` is the number of elements (≥ 0);
//! `small` is `Some` exactly when start, stop, step and len all fit in i64.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub struct RangeObj {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
    pub len: BigInt,
    /// (start, stop, step, len) when all fit in i64.
    pub small: Option<(i64, i64, i64, i64)>,
}

impl RangeObj {
    /// A range; the caller has rejected a zero step.
    pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> RangeObj {
        let len = if step.is_positive() && start < stop {
            (&stop - &start - 1u32) / &step + 1u32
        } else if step.is_negative() && start > stop {
            (&start - &stop - 1u32) / (-&step) + 1u32
        } else {
            BigInt::zero()
        };
        let small = match (start.to_i64(), stop.to_i64(), step.to_i64(), len.to_i64()) {
            (Some(a), Some(b), Some(c), Some(n)) => Some((a, b, c, n)),
            _ => None,
        };
        RangeObj {
            start,
            stop,
            step,
            len,
            small,
        }
    }

    pub fn from_i64(start: i64, stop: i64, step: i64) -> RangeObj {
        RangeObj::new(start.into(), stop.into(), step.into())
    }

    /// The element at index `i` (0 ≤ i < len).
    pub fn item(&self, i: &BigInt) -> BigInt {
        &self.start + i * &self.step
    }

    /// The index of integer `x` in the range, if it is an element.
    pub fn index_of(&self, x: &BigInt) -> Option<BigInt> {
        if self.len.is_zero() {
            return None;
        }
        let off = x - &self.start;
        let (q, r) = off.div_mod_floor(&self.step);
        if r.is_zero() && !q.is_negative() && q < self.len {
            Some(q)
        } else {
            None
        }
    }

    /// `r[a:b:c]` with slice indices normalized for this range's length.
    pub fn slice(&self, a: &BigInt, b: &BigInt, c: &BigInt) -> RangeObj {
        RangeObj::new(self.item(a), self.item(b), &self.step * c)
    }

    /// CPython's `range.__eq__`: same sequence of elements.
    pub fn same_elements(&self, other: &RangeObj) -> bool {
        if self.len != other.len {
            return false;
        }
        if self.len.is_zero() {
            return true;
        }
        if self.start != other.start {
            return false;
        }
        self.len.is_one() || self.step == other.step
    }
}

/// Normalized (start, stop, step) of a slice with optional bounds over a
/// sequence of `len` elements (CPython's `_PySlice_GetLongIndices`); the
/// caller has rejected a zero step.
pub fn slice_indices_big(
    start: Option<BigInt>,
    stop: Option<BigInt>,
    step: Option<BigInt>,
    len: &BigInt,
) -> (BigInt, BigInt, BigInt) {
    let step = step.unwrap_or_else(BigInt::one);
    let neg = step.is_negative();
    let (lower, upper) = if neg {
        (BigInt::from(-1), len - 1u32)
    } else {
        (BigInt::zero(), len.clone())
    };
    let norm = |x: Option<BigInt>, default: &BigInt| -> BigInt {
        match x {
            None => default.clone(),
            Some(x) if x.is_negative() => {
                let y = x + len;
                if y < lower {
                    lower.clone()
                } else {
                    y
                }
            }
            Some(x) => {
                if x > upper {
                    upper.clone()
                } else {
                    x
                }
            }
        }
    };
    let a = norm(start, if neg { &upper } else { &lower });
    let b = norm(stop, if neg { &lower } else { &upper });
    (a, b, step)
}
