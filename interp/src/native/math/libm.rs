//! Safe wrappers for the C library's math functions that Rust's `f64` does
//! not call through to (Rust computes `asinh`/`acosh`/`atanh` with its own
//! formulas, has no `erf`/`erfc`, and its `cbrt` is not glibc's). CPython
//! calls the platform libm, so calling the same functions gives bit-identical
//! results.

extern "C" {
    #[link_name = "asinh"]
    fn c_asinh(x: f64) -> f64;
    #[link_name = "acosh"]
    fn c_acosh(x: f64) -> f64;
    #[link_name = "atanh"]
    fn c_atanh(x: f64) -> f64;
    #[link_name = "erf"]
    fn c_erf(x: f64) -> f64;
    #[link_name = "erfc"]
    fn c_erfc(x: f64) -> f64;
    // Rust links its own `cbrt` (compiler-builtins' port of musl's, which
    // differs from glibc's in the last bit), and a plain `cbrt` reference
    // binds to that copy; the versioned name reaches glibc's.
    #[cfg_attr(
        all(target_os = "linux", target_env = "gnu", target_arch = "x86_64"),
        link_name = "cbrt@GLIBC_2.2.5"
    )]
    #[cfg_attr(
        not(all(target_os = "linux", target_env = "gnu", target_arch = "x86_64")),
        link_name = "cbrt"
    )]
    fn c_cbrt(x: f64) -> f64;
}

pub fn cbrt(x: f64) -> f64 {
    // SAFETY: a pure C function of one double (see `asinh`).
    unsafe { c_cbrt(x) }
}

pub fn asinh(x: f64) -> f64 {
    // SAFETY: a pure C function of one double; no pointers, no global state
    // beyond errno (which nothing here reads).
    unsafe { c_asinh(x) }
}

pub fn acosh(x: f64) -> f64 {
    // SAFETY: a pure C function of one double (see `asinh`).
    unsafe { c_acosh(x) }
}

pub fn atanh(x: f64) -> f64 {
    // SAFETY: a pure C function of one double (see `asinh`).
    unsafe { c_atanh(x) }
}

pub fn erf(x: f64) -> f64 {
    // SAFETY: a pure C function of one double (see `asinh`).
    unsafe { c_erf(x) }
}

pub fn erfc(x: f64) -> f64 {
    // SAFETY: a pure C function of one double (see `asinh`).
    unsafe { c_erfc(x) }
}
