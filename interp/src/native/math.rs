//! The `math` module.

use crate::builtins::add_function;
use crate::object::Value;
use crate::vm::{Args, PyResult, Vm};

fn arg_f(vm: &mut Vm, a: &Args, i: usize) -> PyResult<f64> {
    let Some(&v) = a.pos.get(i) else {
        return Err(vm.type_error("math function missing argument"));
    };
    match vm.to_f64(v)? {
        Some(f) => Ok(f),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("must be real number, not {t}")))
        }
    }
}

fn domain(vm: &mut Vm, r: f64, x: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(vm.value_error("math domain error"));
    }
    Ok(vm.new_float(r))
}

macro_rules! f1 {
    ($name:ident, $e:expr) => {
        fn $name(vm: &mut Vm, a: Args) -> PyResult<Value> {
            let x = arg_f(vm, &a, 0)?;
            let f: fn(f64) -> f64 = $e;
            domain(vm, f(x), x)
        }
    };
}

f1!(m_sqrt, |x| if x < 0.0 { f64::NAN } else { x.sqrt() });
f1!(m_exp, f64::exp);
f1!(m_sin, f64::sin);
f1!(m_cos, f64::cos);
f1!(m_tan, f64::tan);
f1!(m_asin, f64::asin);
f1!(m_acos, f64::acos);
f1!(m_atan, f64::atan);
f1!(m_fabs, f64::abs);
f1!(m_degrees, f64::to_degrees);
f1!(m_radians, f64::to_radians);
f1!(m_log10, |x| if x <= 0.0 { f64::NAN } else { x.log10() });
f1!(m_log2, |x| if x <= 0.0 { f64::NAN } else { x.log2() });

fn m_log(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = arg_f(vm, &a, 0)?;
    if x <= 0.0 {
        return Err(vm.value_error("math domain error"));
    }
    let r = if a.pos.len() > 1 {
        let b = arg_f(vm, &a, 1)?;
        x.ln() / b.ln()
    } else {
        x.ln()
    };
    Ok(vm.new_float(r))
}

fn to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let b = crate::builtins::format::float_to_bigint(f);
    Ok(vm.new_bigint(b))
}

fn m_floor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if let Some(&v) = a.pos.first() {
        if vm.is_int(v) {
            return Ok(v);
        }
    }
    let x = arg_f(vm, &a, 0)?;
    to_int(vm, x.floor())
}

fn m_ceil(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if let Some(&v) = a.pos.first() {
        if vm.is_int(v) {
            return Ok(v);
        }
    }
    let x = arg_f(vm, &a, 0)?;
    to_int(vm, x.ceil())
}

fn m_trunc(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = arg_f(vm, &a, 0)?;
    to_int(vm, x.trunc())
}

fn m_pow(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = (arg_f(vm, &a, 0)?, arg_f(vm, &a, 1)?);
    Ok(vm.new_float(x.powf(y)))
}

fn m_atan2(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = (arg_f(vm, &a, 0)?, arg_f(vm, &a, 1)?);
    Ok(vm.new_float(x.atan2(y)))
}

fn m_hypot(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let mut acc = 0.0f64;
    for i in 0..a.pos.len() {
        let x = arg_f(vm, &a, i)?;
        acc = acc.hypot(x);
    }
    Ok(vm.new_float(acc))
}

fn m_copysign(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = (arg_f(vm, &a, 0)?, arg_f(vm, &a, 1)?);
    Ok(vm.new_float(x.copysign(y)))
}

fn m_isnan(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = arg_f(vm, &a, 0)?;
    Ok(vm.bool_val(x.is_nan()))
}

fn m_isinf(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = arg_f(vm, &a, 0)?;
    Ok(vm.bool_val(x.is_infinite()))
}

fn m_isfinite(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = arg_f(vm, &a, 0)?;
    Ok(vm.bool_val(x.is_finite()))
}

fn m_gcd(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let mut g = num_bigint::BigInt::from(0);
    for &v in a.pos {
        let b = crate::builtins::functions::index_of(vm, v)?;
        g = num_integer::Integer::gcd(&g, &b);
    }
    Ok(vm.new_bigint(g))
}

fn m_factorial(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = a.pos.first().and_then(|&v| vm.as_i64(v)).unwrap_or(-1);
    if n < 0 {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let mut r = num_bigint::BigInt::from(1);
    for i in 2..=n {
        r *= i;
    }
    Ok(vm.new_bigint(r))
}

fn m_isqrt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = crate::builtins::functions::index_of(vm, a.pos[0])?;
    if b.sign() == num_bigint::Sign::Minus {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_bigint(b.sqrt()))
}

fn m_fsum(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let items = vm.iterate(a.pos[0])?;
    // Neumaier summation, exact enough for common inputs.
    let (mut s, mut c) = (0.0f64, 0.0f64);
    for v in items {
        let x = vm.to_f64(v)?.unwrap_or(0.0);
        let t = s + x;
        if s.abs() >= x.abs() {
            c += (s - t) + x;
        } else {
            c += (x - t) + s;
        }
        s = t;
    }
    Ok(vm.new_float(s + c))
}

fn m_isclose(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = (arg_f(vm, &a, 0)?, arg_f(vm, &a, 1)?);
    let rel = match a.kw("rel_tol") {
        Some(v) => vm.to_f64(v)?.unwrap_or(1e-9),
        None => 1e-9,
    };
    let abs = match a.kw("abs_tol") {
        Some(v) => vm.to_f64(v)?.unwrap_or(0.0),
        None => 0.0,
    };
    let r = x == y || ((x - y).abs() <= (rel * y.abs()).max(rel * x.abs()).max(abs));
    Ok(vm.bool_val(r && !(x.is_infinite() || y.is_infinite()) || x == y))
}

pub fn create(vm: &mut Vm) -> Value {
    let m = vm.new_module("math");
    let d = vm.module_dict(m);
    let fns: &[(&'static str, crate::object::BuiltinFn)] = &[
        ("sqrt", m_sqrt),
        ("exp", m_exp),
        ("sin", m_sin),
        ("cos", m_cos),
        ("tan", m_tan),
        ("asin", m_asin),
        ("acos", m_acos),
        ("atan", m_atan),
        ("atan2", m_atan2),
        ("fabs", m_fabs),
        ("degrees", m_degrees),
        ("radians", m_radians),
        ("log", m_log),
        ("log10", m_log10),
        ("log2", m_log2),
        ("floor", m_floor),
        ("ceil", m_ceil),
        ("trunc", m_trunc),
        ("pow", m_pow),
        ("hypot", m_hypot),
        ("copysign", m_copysign),
        ("isnan", m_isnan),
        ("isinf", m_isinf),
        ("isfinite", m_isfinite),
        ("gcd", m_gcd),
        ("factorial", m_factorial),
        ("isqrt", m_isqrt),
        ("fsum", m_fsum),
        ("isclose", m_isclose),
    ];
    for &(n, f) in fns {
        add_function(vm, d, n, f);
    }
    for (n, v) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        let k = vm.intern(n);
        let fv = vm.new_float(v);
        let _ = vm.dict_set(d, k, fv);
    }
    m
}
