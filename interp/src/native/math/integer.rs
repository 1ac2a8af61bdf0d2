//! The exact integer functions of `math` (`gcd`, `lcm`, `factorial`,
//! `isqrt`, `comb`, `perm`) and the correctly rounded int-to-float
//! conversions the float functions share (`big_frexp`, `big_to_f64`).

use super::{one_arg, positional};
use crate::builtins::functions::index_of;
use crate::object::Value;
use crate::vm::{Args, PyResult, Vm};
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, ToPrimitive, Zero};

/// `_PyLong_Frexp` of a nonzero magnitude: `(m, e)` with `b ~= m * 2**e`,
/// `0.5 <= m < 1`, `m` rounded to 53 bits half-to-even.
pub(crate) fn big_frexp(b: &BigUint) -> (f64, u64) {
    let nbits = b.bits();
    if nbits == 0 {
        return (0.0, 0);
    }
    // The top 55 bits, with a sticky bit for anything nonzero below them.
    let mut m: u64 = if nbits <= 55 {
        b.to_u64().unwrap_or(0) << (55 - nbits)
    } else {
        let shift = nbits - 55;
        let top = (b >> shift).to_u64().unwrap_or(0);
        let sticky = b.trailing_zeros().map_or(false, |tz| tz < shift);
        top | sticky as u64
    };
    // Round away the two extra bits, ties to even.
    let low = m & 3;
    m >>= 2;
    if low > 2 || (low == 2 && m & 1 == 1) {
        m += 1;
    }
    let x = m as f64 / 9007199254740992.0; // 2**53
    if x == 1.0 {
        (0.5, nbits + 1)
    } else {
        (x, nbits)
    }
}

/// `PyLong_AsDouble` without the exception: the correctly rounded float of
/// `b`, or None when it overflows.
pub(crate) fn big_to_f64(b: &BigInt) -> Option<f64> {
    if let Some(i) = b.to_i64() {
        return Some(i as f64);
    }
    let (m, e) = big_frexp(b.magnitude());
    if e > 1024 {
        return None;
    }
    let r = super::real::ldexp_f64(m, e as i32);
    Some(if b.sign() == Sign::Minus { -r } else { r })
}

/// The product `lo * (lo+1) * ... * hi` (1 when empty), by binary splitting
/// so that big factors are multiplied in balanced pairs.
fn range_product(lo: u64, hi: u64) -> BigUint {
    if lo > hi {
        return BigUint::one();
    }
    if hi - lo < 16 {
        let mut r = BigUint::from(lo);
        for i in lo + 1..=hi {
            r *= i;
        }
        return r;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

pub fn gcd(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("math.gcd() takes no keyword arguments"));
    }
    let mut g = BigInt::zero();
    for &v in a.pos {
        let b = index_of(vm, v)?;
        if !g.is_one() {
            g = g.gcd(&b);
        }
    }
    Ok(vm.new_bigint(g))
}

pub fn lcm(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("math.lcm() takes no keyword arguments"));
    }
    let mut l = BigInt::one();
    for &v in a.pos {
        let b = index_of(vm, v)?;
        if !l.is_zero() {
            l = if b.is_zero() { b } else { l.lcm(&b) };
        }
    }
    Ok(vm.new_bigint(l))
}

pub fn factorial(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one_arg(vm, "factorial", &a)?;
    let n = index_of(vm, v)?;
    if n.sign() == Sign::Minus {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_i64() else {
        return Err(vm.overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        )));
    };
    let r = range_product(2, n as u64);
    Ok(vm.new_bigint(r.into()))
}

pub fn isqrt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one_arg(vm, "isqrt", &a)?;
    let n = index_of(vm, v)?;
    if n.sign() == Sign::Minus {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_bigint(n.sqrt()))
}

/// `n * (n-1) * ... * (n-k+1)`, optionally divided by `k!` (exact at every
/// step), for `0 <= k <= n`.
fn falling(n: &BigInt, k: u64, divide: bool) -> BigInt {
    if let Some(nu) = n.to_u64() {
        let p = range_product(nu - k + 1, nu);
        let r = if divide { p / range_product(2, k) } else { p };
        return r.into();
    }
    let mut r = BigInt::one();
    for i in 0..k {
        r *= n - BigInt::from(i);
        if divide {
            r /= BigInt::from(i + 1);
        }
    }
    r
}

/// The `n` and `k` of comb/perm, checked non-negative.
fn n_and_k(vm: &mut Vm, nv: Value, kv: Value) -> PyResult<(BigInt, BigInt)> {
    let n = index_of(vm, nv)?;
    let k = index_of(vm, kv)?;
    if n.sign() == Sign::Minus {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.sign() == Sign::Minus {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

pub fn comb(vm: &mut Vm, a: Args) -> PyResult<Value> {
    positional(vm, "comb", &a, 2, 2)?;
    let (n, k) = n_and_k(vm, a.pos[0], a.pos[1])?;
    if k > n {
        return Ok(vm.new_int(0));
    }
    let k = std::cmp::min(&n - &k, k);
    let Some(k) = k.to_i64() else {
        return Err(vm.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    let r = falling(&n, k as u64, true);
    Ok(vm.new_bigint(r))
}

pub fn perm(vm: &mut Vm, a: Args) -> PyResult<Value> {
    positional(vm, "perm", &a, 1, 2)?;
    let kv = a.pos.get(1).copied().unwrap_or(vm.none);
    if kv == vm.none {
        let one = [a.pos[0]];
        return factorial(vm, Args::new(&one));
    }
    let (n, k) = n_and_k(vm, a.pos[0], kv)?;
    if k > n {
        return Ok(vm.new_int(0));
    }
    let Some(k) = k.to_i64() else {
        return Err(vm.overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    let r = falling(&n, k as u64, false);
    Ok(vm.new_bigint(r))
}
