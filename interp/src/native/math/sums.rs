//! The accumulating functions of `math`, with CPython's algorithms so that
//! results are bit-identical: `fsum` (Shewchuk's exact partials with
//! CPython's final half-even correction), `hypot` and `dist` (CPython's
//! scaled, compensated vector norm), and `prod` (a left fold of `*`).

use super::real::{frexp_f64, ldexp_f64};
use super::{as_double, one_arg, parse_args};
use crate::bytecode::BinOpKind;
use crate::object::Value;
use crate::vm::{Args, PyResult, Vm};

/// Calls `f` on each item of `iterable`, keeping the iterator rooted (the
/// conversion may run Python code, which may collect).
fn for_each(
    vm: &mut Vm,
    iterable: Value,
    mut f: impl FnMut(&mut Vm, Value) -> PyResult<()>,
) -> PyResult<()> {
    let it = vm.get_iter(iterable)?;
    let mark = vm.roots.len();
    vm.roots.push(it);
    let r = (|| {
        while let Some(x) = vm.iter_next(it)? {
            f(vm, x)?;
        }
        Ok(())
    })();
    vm.roots.truncate(mark);
    r
}

/// The state of `fsum`: non-overlapping partials in increasing magnitude
/// whose exact sum is the exact sum of the finite items so far, plus the
/// sums of the infinite and NaN items.
struct Msum {
    partials: Vec<f64>,
    special_sum: f64,
    inf_sum: f64,
}

impl Msum {
    fn add(&mut self, x: f64) -> Result<(), &'static str> {
        let xsave = x;
        let mut x = x;
        let mut i = 0;
        for j in 0..self.partials.len() {
            let mut y = self.partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                self.partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        self.partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // Either an intermediate overflow, or an inf/nan item.
                if xsave.is_finite() {
                    return Err("intermediate overflow in fsum");
                }
                if xsave.is_infinite() {
                    self.inf_sum += xsave;
                }
                self.special_sum += xsave;
                self.partials.clear();
            } else {
                self.partials.push(x);
            }
        }
        Ok(())
    }

    /// The correctly rounded sum of the partials.
    fn total(&self) -> f64 {
        let p = &self.partials;
        let mut n = p.len();
        if n == 0 {
            return 0.0;
        }
        n -= 1;
        let mut hi = p[n];
        let mut lo = 0.0;
        // Add from the top while the additions are exact.
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Half-even rounding across partials: if the rest pushes the same
        // way as lo, the tie is broken upwards.
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
        hi
    }
}

pub fn fsum(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let seq = one_arg(vm, "fsum", &a)?;
    let mut acc = Msum {
        partials: Vec::new(),
        special_sum: 0.0,
        inf_sum: 0.0,
    };
    for_each(vm, seq, |vm, item| {
        let x = as_double(vm, item)?;
        acc.add(x).map_err(|m| vm.overflow_error(m))
    })?;
    if acc.special_sum != 0.0 {
        if acc.inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(vm.new_float(acc.special_sum));
    }
    let r = acc.total();
    Ok(vm.new_float(r))
}

/// CPython's `vector_norm`: the Euclidean norm of `vec` (absolute values,
/// `max` the largest, `found_nan` if any is a NaN), scaled by a power of two
/// to avoid overflow, with the squares summed by compensated summation and
/// the square root refined by one differential correction.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0; // 2**27 + 1, for Veltkamp-Dekker splitting
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp_f64(max);
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    if max_e >= -1023 {
        let scale = ldexp_f64(1.0, -max_e);
        for &x in vec.iter() {
            let x = x * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;
            let sq = hi * hi;
            let old = csum;
            csum += sq;
            frac1 += (old - csum) + sq;
            let cross = 2.0 * hi * lo;
            let old = csum;
            csum += cross;
            frac2 += (old - csum) + cross;
            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
        let t = h * T27;
        let hi = t - (t - h);
        let lo = h - hi;
        let x = -hi * hi;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
        let x = -2.0 * hi * lo;
        let old = csum;
        csum += x;
        frac2 += (old - csum) + x;
        let x = -lo * lo;
        let old = csum;
        csum += x;
        frac3 += (old - csum) + x;
        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // max is subnormal-small: 2**-max_e would overflow, divide by max.
    for x in vec.iter_mut() {
        let q = *x / max;
        let sq = q * q;
        let old = csum;
        csum += sq;
        frac1 += (old - csum) + sq;
    }
    max * (csum - 1.0 + frac1).sqrt()
}

/// Accumulates `|x|` values for `vector_norm`.
#[derive(Default)]
struct Norm {
    vec: Vec<f64>,
    max: f64,
    found_nan: bool,
}

impl Norm {
    fn push(&mut self, x: f64) {
        let x = x.abs();
        self.found_nan |= x.is_nan();
        if x > self.max {
            self.max = x;
        }
        self.vec.push(x);
    }
    fn result(mut self) -> f64 {
        vector_norm(&mut self.vec, self.max, self.found_nan)
    }
}

pub fn hypot(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("math.hypot() takes no keyword arguments"));
    }
    let mut n = Norm::default();
    for &v in a.pos {
        let x = as_double(vm, v)?;
        n.push(x);
    }
    Ok(vm.new_float(n.result()))
}

pub fn dist(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::positional(vm, "dist", &a, 2, 2)?;
    let mark = vm.roots.len();
    let r = (|| {
        let p = vm.iterate(a.pos[0])?;
        vm.roots.extend_from_slice(&p);
        let q = vm.iterate(a.pos[1])?;
        vm.roots.extend_from_slice(&q);
        if p.len() != q.len() {
            return Err(vm.value_error("both points must have the same number of dimensions"));
        }
        let mut n = Norm::default();
        for (&pv, &qv) in p.iter().zip(&q) {
            let px = as_double(vm, pv)?;
            let qx = as_double(vm, qv)?;
            n.push(px - qx);
        }
        Ok(n.result())
    })();
    vm.roots.truncate(mark);
    let r = r?;
    Ok(vm.new_float(r))
}

/// `prod(iterable, /, *, start=1)`: `start * x1 * x2 ...` from the left.
pub fn prod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = parse_args(vm, "prod", &a, &["iterable", "start"], 1, 1, 1)?;
    let start = p[1].unwrap_or(Value::small(1));
    let mark = vm.roots.len();
    vm.roots.push(start);
    let slot = vm.roots.len() - 1;
    let r = for_each(vm, p[0].unwrap_or(Value::NULL), |vm, x| {
        let acc = vm.roots[slot];
        let r = vm.binary_op(BinOpKind::Mul, acc, x)?;
        vm.roots[slot] = r;
        Ok(())
    });
    let acc = vm.roots[slot];
    vm.roots.truncate(mark);
    r.map(|()| acc)
}
