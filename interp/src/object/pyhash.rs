//! CPython 3.11's hashes of numbers, tuples and frozensets (64-bit build).
//!
//! Owns the arithmetic only; the caller supplies the hashes of the items.
//! Numbers hash to their value modulo the Mersenne prime 2^61 − 1 with the
//! sign carried over (Python/pyhash.c), so every number that compares
//! equal hashes equal: `hash(1) == hash(1.0) == hash(True)`, `hash(0.5) ==
//! hash(Fraction(1, 2))`. Tuples use the xxHash-based combiner of
//! Objects/tupleobject.c (3.8+), frozensets the order-independent mix of
//! Objects/setobject.c.
//!
//! Invariant: no function here ever returns -1 (CPython reserves it as the
//! error marker and maps a -1 result to -2, or to a fixed constant).

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// Number of bits in the hash modulus.
const HASH_BITS: u32 = 61;
/// The modulus for numeric hashes: the Mersenne prime 2^61 − 1.
pub const HASH_MODULUS: u64 = (1 << HASH_BITS) - 1;
/// `hash(float('inf'))`; `-inf` hashes to its negation.
pub const HASH_INF: i64 = 314_159;

/// Replaces the reserved value -1 by -2, as CPython does for numbers.
fn avoid_minus_one(hash: i64) -> i64 {
    if hash == -1 {
        -2
    } else {
        hash
    }
}

/// `hash(v)` for an int that fits in an `i64`.
pub fn hash_i64(v: i64) -> i64 {
    let reduced = (v.unsigned_abs() % HASH_MODULUS) as i64;
    avoid_minus_one(if v < 0 { -reduced } else { reduced })
}

/// `hash(v)` for an int of any size.
pub fn hash_bigint(v: &BigInt) -> i64 {
    if let Some(small) = v.to_i64() {
        return hash_i64(small);
    }
    // 2^64 ≡ 2^3 (mod 2^61 − 1), so fold the 64-bit limbs from the top.
    let mut acc: u64 = 0;
    for digit in v.magnitude().iter_u64_digits().rev() {
        let shifted = (u128::from(acc) << 64) + u128::from(digit);
        acc = (shifted % u128::from(HASH_MODULUS)) as u64;
    }
    let reduced = acc as i64;
    avoid_minus_one(if v.sign() == Sign::Minus {
        -reduced
    } else {
        reduced
    })
}

/// `hash(x)` for a float; `None` for NaN, whose hash CPython derives from
/// the object's identity (the caller's job).
pub fn hash_float(x: f64) -> Option<i64> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { HASH_INF } else { -HASH_INF });
    }
    // |x| = mantissa × 2^exponent exactly, with an integer mantissa.
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exponent) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    // 2^61 ≡ 1 (mod 2^61 − 1), so 2^e ≡ 2^(e mod 61), also for negative e.
    let shift = exponent.rem_euclid(i64::from(HASH_BITS)) as u32;
    let product = (u128::from(mantissa % HASH_MODULUS) << shift) % u128::from(HASH_MODULUS);
    let reduced = product as i64;
    Some(avoid_minus_one(if x < 0.0 { -reduced } else { reduced }))
}

/// Multiplier applied to each item hash (xxHash's PRIME64_2).
const XXPRIME_1: u64 = 11_400_714_785_074_694_791;
/// Multiplier applied after each rotation (xxHash's PRIME64_1).
const XXPRIME_2: u64 = 14_029_467_366_897_019_727;
/// Seed of the accumulator (xxHash's PRIME64_5).
const XXPRIME_5: u64 = 2_870_177_450_012_600_261;

/// `hash(t)` for a tuple whose items hash to `item_hashes` (none of them
/// -1: an item whose hash failed makes the tuple's hash fail first).
pub fn hash_tuple(item_hashes: &[i64]) -> i64 {
    let mut h = TupleHasher::new();
    for &lane in item_hashes {
        h.add(lane);
    }
    h.finish(item_hashes.len())
}

/// CPython's tuple hash (xxHash's mixing) fed one item hash at a time, so
/// a caller hashing a tuple's items needs no vector of their hashes.
pub struct TupleHasher(u64);

impl TupleHasher {
    pub fn new() -> TupleHasher {
        TupleHasher(XXPRIME_5)
    }

    /// Mixes in the next item's hash.
    #[inline]
    pub fn add(&mut self, lane: i64) {
        let acc = self.0.wrapping_add((lane as u64).wrapping_mul(XXPRIME_2));
        self.0 = acc.rotate_left(31).wrapping_mul(XXPRIME_1);
    }

    /// The hash of a tuple of `len` items, all added.
    pub fn finish(self, len: usize) -> i64 {
        let acc = self.0.wrapping_add((len as u64) ^ (XXPRIME_5 ^ 3_527_539));
        if acc == u64::MAX {
            return 1_546_275_796;
        }
        acc as i64
    }
}

impl Default for TupleHasher {
    fn default() -> Self {
        TupleHasher::new()
    }
}

/// Spreads the bits of one item hash before it is xor-ed in.
fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
}

/// `hash(frozenset(...))` for a frozenset whose elements hash to
/// `item_hashes`, in any order (the hash is order independent).
pub fn hash_frozenset(item_hashes: &[i64]) -> i64 {
    let mut hash = item_hashes
        .iter()
        .fold(0u64, |acc, &h| acc ^ shuffle_bits(h as u64));
    hash ^= (item_hashes.len() as u64)
        .wrapping_add(1)
        .wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        return 590_923_713;
    }
    hash as i64
}

#[cfg(test)]
#[path = "pyhash_tests.rs"]
mod tests;
