//! The float functions of `math`: libm wrappers with CPython's special-value
//! handling (trigonometric, hyperbolic, exponential and logarithmic functions,
//! `pow`, `fmod`, `remainder`), float manipulation (`frexp`, `ldexp`, `modf`,
//! `copysign`, `nextafter`, `ulp`), classification, `isclose`, and the
//! float-to-int roundings `floor`, `ceil`, `trunc`.

use super::{
    as_double, integer, libm, math_1, math_2, one_arg, parse_args, positional, raise, range_error,
    two_floats, MathErr,
};
use crate::object::Value;
use crate::vm::arith::Num;
use crate::vm::{Args, PyResult, Vm};

/// The one-argument float functions: each `pub fn` applies its kernel
/// through `math_1`, and [`FLOAT_KERNELS`] lists the kernels by name (for
/// compiled code, which calls a kernel directly; see `Builtin::float_kernel`).
macro_rules! float_functions {
    ($($name:ident => $f:expr, $can_overflow:expr;)*) => {
        $(
            pub fn $name(vm: &mut Vm, a: Args) -> PyResult<Value> {
                math_1(vm, stringify!($name), &a, $f, $can_overflow)
            }
        )*
        /// The kernels of the one-argument float functions, by name.
        pub const FLOAT_KERNELS: &[(&str, fn(f64) -> f64)] = &[$((stringify!($name), $f)),*];
    };
}

float_functions! {
    acos => f64::acos, false;
    acosh => libm::acosh, false;
    asin => f64::asin, false;
    asinh => libm::asinh, false;
    atan => f64::atan, false;
    atanh => libm::atanh, false;
    cbrt => libm::cbrt, false;
    cos => f64::cos, false;
    cosh => f64::cosh, true;
    exp => f64::exp, true;
    exp2 => f64::exp2, true;
    expm1 => f64::exp_m1, true;
    fabs => f64::abs, false;
    log1p => f64::ln_1p, false;
    sin => f64::sin, false;
    sinh => f64::sinh, true;
    sqrt => f64::sqrt, false;
    tan => f64::tan, false;
    tanh => f64::tanh, false;
}

pub fn atan2(vm: &mut Vm, a: Args) -> PyResult<Value> {
    math_2(vm, "atan2", &a, f64::atan2)
}

pub fn copysign(vm: &mut Vm, a: Args) -> PyResult<Value> {
    math_2(vm, "copysign", &a, f64::copysign)
}

pub fn remainder(vm: &mut Vm, a: Args) -> PyResult<Value> {
    math_2(vm, "remainder", &a, remainder_f64)
}

pub fn degrees(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one_arg(vm, "degrees", &a)?;
    let x = as_double(vm, v)?;
    Ok(vm.new_float(x * (180.0 / std::f64::consts::PI)))
}

pub fn radians(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one_arg(vm, "radians", &a)?;
    let x = as_double(vm, v)?;
    Ok(vm.new_float(x * (std::f64::consts::PI / 180.0)))
}

// ---- logarithms ----

/// A logarithm (`ln`, `log2`, `log10`) with C99's special values:
/// log(0) = -inf, log(<0) = nan, log(inf) = inf, log(nan) = nan.
fn log_with_specials(x: f64, log: fn(f64) -> f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            log(x)
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn m_log(x: f64) -> f64 {
    log_with_specials(x, f64::ln)
}

fn m_log2(x: f64) -> f64 {
    log_with_specials(x, f64::log2)
}

fn m_log10(x: f64) -> f64 {
    log_with_specials(x, f64::log10)
}

/// CPython's `loghelper`: ints are handled exactly (a non-positive int is a
/// domain error; one too large for a float is scaled as `m * 2**e` so its
/// log is `f(m) + f(2) * e`); anything else goes through `math_1`.
fn loghelper(vm: &mut Vm, v: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if vm.is_int(v) {
        let b = vm.as_bigint(v).unwrap_or_default();
        if b.sign() != num_bigint::Sign::Plus {
            return Err(raise(vm, MathErr::Domain));
        }
        return Ok(match integer::big_to_f64(&b) {
            Some(x) => f(x),
            None => {
                let (m, e) = integer::big_frexp(b.magnitude());
                f(m) + f(2.0) * e as f64
            }
        });
    }
    let x = as_double(vm, v)?;
    let r = f(x);
    if (r.is_nan() && !x.is_nan()) || (r.is_infinite() && x.is_finite()) {
        return Err(raise(vm, MathErr::Domain));
    }
    Ok(r)
}

pub fn log(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("log() takes no keyword arguments"));
    }
    if a.pos.is_empty() || a.pos.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = loghelper(vm, a.pos[0], m_log)?;
    if a.pos.len() == 1 {
        return Ok(vm.new_float(num));
    }
    let den = loghelper(vm, a.pos[1], m_log)?;
    if den == 0.0 {
        return Err(vm.zero_division("float division by zero"));
    }
    Ok(vm.new_float(num / den))
}

pub fn log2(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one_arg(vm, "log2", &a)?;
    let r = loghelper(vm, v, m_log2)?;
    Ok(vm.new_float(r))
}

pub fn log10(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one_arg(vm, "log10", &a)?;
    let r = loghelper(vm, v, m_log10)?;
    Ok(vm.new_float(r))
}

// ---- pow, fmod, remainder ----

/// `math.pow`: IEEE special values handled directly (as CPython does, not
/// trusting the platform), finite ** finite from libm with its errors.
pub(crate) fn pow_f64(x: f64, y: f64) -> Result<f64, MathErr> {
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(r);
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(MathErr::Domain);
    }
    if r.is_infinite() {
        if x == 0.0 {
            return Err(MathErr::Domain);
        }
        return range_error(r);
    }
    Ok(r)
}

pub fn pow(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "pow", &a)?;
    match pow_f64(x, y) {
        Ok(r) => Ok(vm.new_float(r)),
        Err(e) => Err(raise(vm, e)),
    }
}

pub fn fmod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "fmod", &a)?;
    // fmod(x, +/-inf) is x for finite x.
    if y.is_infinite() && x.is_finite() {
        return Ok(vm.new_float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(raise(vm, MathErr::Domain));
    }
    Ok(vm.new_float(r))
}

/// IEEE 754 remainder: `x - n*y` for the integer `n` nearest `x/y` (ties to
/// even), computed exactly from `fmod` of the magnitudes.
pub(crate) fn remainder_f64(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (ax, ay) = (x.abs(), y.abs());
        let m = ax % ay;
        // Compare m with half of ay through its complement (ay - m is exact
        // whenever the comparison is close, and 0.5 * ay could underflow).
        let c = ay - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // A tie: ax = q*ay + ay/2. fmod(0.5*(ax - m), ay) is m when q is
            // odd and 0 when even (all exact), so this is m or -m, rounding
            // the quotient to even.
            m - 2.0 * ((0.5 * (ax - m)) % ay)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

// ---- float manipulation ----

/// C's `frexp`: `x == m * 2**e` with `0.5 <= |m| < 1` (zero, inf and nan
/// are returned with exponent 0).
pub(crate) fn frexp_f64(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    if biased == 0 {
        // Subnormal: scale into the normal range first (exact).
        let (m, e) = frexp_f64(x * 18014398509481984.0); // 2**54
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, biased - 1022)
}

/// C's `ldexp`: `x * 2**n`, correctly rounded (one rounding, also into the
/// subnormal range).
pub(crate) fn ldexp_f64(x: f64, n: i32) -> f64 {
    const P1023: f64 = 8.98846567431158e307; // 2**1023
    let m969 = f64::from_bits(54u64 << 52); // 2**-969 = 2**-1022 * 2**53
    let (mut y, mut n) = (x, n);
    if n > 1023 {
        y *= P1023;
        n -= 1023;
        if n > 1023 {
            y *= P1023;
            n -= 1023;
            n = n.min(1023);
        }
    } else if n < -1022 {
        // Scale in steps that keep the final step's n below -53, so that
        // only the last multiplication rounds.
        y *= m969;
        n += 969;
        if n < -1022 {
            y *= m969;
            n += 969;
            n = n.max(-1022);
        }
    }
    y * f64::from_bits(((0x3ff + n) as u64) << 52)
}

/// C's `nextafter`.
pub(crate) fn nextafter_f64(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let b = x.to_bits();
    // Moving away from zero increments the magnitude bits.
    if (y > x) == (x > 0.0) {
        f64::from_bits(b + 1)
    } else {
        f64::from_bits(b - 1)
    }
}

pub fn frexp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one_arg(vm, "frexp", &a)?;
    let x = as_double(vm, v)?;
    let (m, e) = frexp_f64(x);
    let mv = vm.new_float(m);
    let ev = vm.new_int(e as i64);
    Ok(vm.new_tuple(vec![mv, ev]))
}

pub fn ldexp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    positional(vm, "ldexp", &a, 2, 2)?;
    let x = as_double(vm, a.pos[0])?;
    if !vm.is_int(a.pos[1]) {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    }
    let n = vm.as_bigint(a.pos[1]).unwrap_or_default();
    let n = num_traits::ToPrimitive::to_i64(&n).unwrap_or(if n.sign() == num_bigint::Sign::Minus {
        i64::MIN
    } else {
        i64::MAX
    });
    let r = if x == 0.0 || !x.is_finite() {
        x
    } else if n > i32::MAX as i64 {
        return Err(raise(vm, MathErr::Range));
    } else if n < i32::MIN as i64 {
        0.0f64.copysign(x)
    } else {
        let r = ldexp_f64(x, n as i32);
        if r.is_infinite() {
            return Err(raise(vm, MathErr::Range));
        }
        r
    };
    Ok(vm.new_float(r))
}

pub fn modf(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one_arg(vm, "modf", &a)?;
    let x = as_double(vm, v)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let i = x.trunc();
        ((x - i).copysign(x), i)
    };
    let fv = vm.new_float(frac);
    let iv = vm.new_float(int);
    Ok(vm.new_tuple(vec![fv, iv]))
}

pub fn nextafter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "nextafter", &a)?;
    Ok(vm.new_float(nextafter_f64(x, y)))
}

pub fn ulp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one_arg(vm, "ulp", &a)?;
    let x = as_double(vm, v)?;
    let r = if x.is_nan() {
        x
    } else {
        let x = x.abs();
        if x.is_infinite() {
            x
        } else {
            let up = nextafter_f64(x, f64::INFINITY);
            if up.is_infinite() {
                // The largest finite float: measure the gap below it.
                x - nextafter_f64(x, f64::NEG_INFINITY)
            } else {
                up - x
            }
        }
    };
    Ok(vm.new_float(r))
}

// ---- classification and comparison ----

pub fn isfinite(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one_arg(vm, "isfinite", &a)?;
    let x = as_double(vm, v)?;
    Ok(vm.bool_val(x.is_finite()))
}

pub fn isinf(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one_arg(vm, "isinf", &a)?;
    let x = as_double(vm, v)?;
    Ok(vm.bool_val(x.is_infinite()))
}

pub fn isnan(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one_arg(vm, "isnan", &a)?;
    let x = as_double(vm, v)?;
    Ok(vm.bool_val(x.is_nan()))
}

pub fn isclose(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = parse_args(
        vm,
        "isclose",
        &a,
        &["a", "b", "rel_tol", "abs_tol"],
        0,
        2,
        2,
    )?;
    let x = as_double(vm, p[0].unwrap_or(Value::NULL))?;
    let y = as_double(vm, p[1].unwrap_or(Value::NULL))?;
    let rel_tol = match p[2] {
        Some(v) => as_double(vm, v)?,
        None => 1e-9,
    };
    let abs_tol = match p[3] {
        Some(v) => as_double(vm, v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    let r = if x == y {
        true
    } else if x.is_infinite() || y.is_infinite() {
        false
    } else {
        let diff = (y - x).abs();
        diff <= (rel_tol * y).abs() || diff <= (rel_tol * x).abs() || diff <= abs_tol
    };
    Ok(vm.bool_val(r))
}

// ---- rounding to int ----

/// `PyLong_FromDouble`: the int value of an integral float.
fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    if f.abs() < 9.0e18 {
        return Ok(vm.new_int(f as i64));
    }
    let b = crate::builtins::format::float_to_bigint(f);
    Ok(vm.new_bigint(b))
}

fn is_exact_float(vm: &Vm, v: Value) -> Option<f64> {
    if v.is_ptr() && vm.class_of(v) == vm.types.float {
        if let Some(Num::Float(f)) = vm.as_num(v) {
            return Some(f);
        }
    }
    None
}

/// `math.floor` / `math.ceil`: exact floats directly, then the object's
/// `__floor__`/`__ceil__`, then ints (whose methods return the int itself),
/// then `PyFloat_AsDouble`.
fn round_to_int(
    vm: &mut Vm,
    a: &Args,
    name: &str,
    dunder: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let v = one_arg(vm, name, a)?;
    if let Some(x) = is_exact_float(vm, v) {
        return float_to_int(vm, f(x));
    }
    if let Some(r) = vm.call_special(v, dunder, &[])? {
        return Ok(r);
    }
    if vm.is_int(v) {
        let b = vm.as_bigint(v).unwrap_or_default();
        return Ok(vm.new_bigint(b));
    }
    let x = as_double(vm, v)?;
    float_to_int(vm, f(x))
}

pub fn floor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    round_to_int(vm, &a, "floor", "__floor__", f64::floor)
}

pub fn ceil(vm: &mut Vm, a: Args) -> PyResult<Value> {
    round_to_int(vm, &a, "ceil", "__ceil__", f64::ceil)
}

/// `math.trunc`: `__trunc__` (floats and ints natively), else TypeError.
pub fn trunc(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one_arg(vm, "trunc", &a)?;
    if let Some(x) = is_exact_float(vm, v) {
        return float_to_int(vm, x.trunc());
    }
    if let Some(r) = vm.call_special(v, "__trunc__", &[])? {
        return Ok(r);
    }
    match vm.as_num(v) {
        Some(Num::Float(x)) => float_to_int(vm, x.trunc()),
        Some(_) => {
            let b = vm.as_bigint(v).unwrap_or_default();
            Ok(vm.new_bigint(b))
        }
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("type {t} doesn't define __trunc__ method")))
        }
    }
}
