//! Text to number and back for the builtins: `int(str, base)`,
//! `float(str)` and the digits of `bin()`/`oct()`/`hex()`, with CPython
//! 3.11's exact acceptance rules and error messages.
//!
//! Both parsers first do what CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`
//! does: a non-ASCII whitespace character counts as a space and a non-ASCII
//! decimal digit (category Nd, e.g. '٣') as its ASCII digit; any other
//! non-ASCII character makes the literal invalid. ASCII whitespace is only
//! `" \t\n\v\f\r"` here (unlike `str.split()`, `'\x1c'` is not a space).
//! Underscores are allowed only between two digits. Errors are `ValueError`
//! messages; nothing here panics on any input.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::Zero;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::str_methods::{decimal_value, is_space, str_repr};

/// CPython 3.11's default `sys.get_int_max_str_digits()`: `int()` refuses
/// longer decimal (any non-power-of-two base) literals, and `str()` refuses
/// ints with more decimal digits.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// The smallest non-zero limit `sys.set_int_max_str_digits()` accepts
/// (`sys.int_info.str_digits_check_threshold`).
pub const INT_MAX_STR_DIGITS_THRESHOLD: usize = 640;

/// The process's current `sys.get_int_max_str_digits()` (0 = unlimited).
/// One interpreter runs per process, so this is CPython's per-interpreter
/// setting; an atomic keeps the pure conversion functions free of a `Vm`.
static MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(INT_MAX_STR_DIGITS);

/// The current int/str conversion limit in digits (0 = unlimited).
pub fn int_max_str_digits() -> usize {
    MAX_STR_DIGITS.load(Ordering::Relaxed)
}

/// Sets the limit; the caller has checked it is 0 or at least
/// [`INT_MAX_STR_DIGITS_THRESHOLD`].
pub fn set_int_max_str_digits(limit: usize) {
    MAX_STR_DIGITS.store(limit, Ordering::Relaxed);
}

/// The `ValueError` text of an int→str conversion over the limit.
pub fn int_to_str_limit_error(limit: usize) -> String {
    format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    )
}

/// The `ValueError` text of a str→int conversion of `digits` digits over the limit.
pub fn str_to_int_limit_error(limit: usize, digits: usize) -> String {
    format!(
        "Exceeds the limit ({limit} digits) for integer string conversion: \
         value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
    )
}

/// `str(v)` for an int: its decimal digits, or the limit's `ValueError`
/// text when it has more digits than `sys.get_int_max_str_digits()`.
/// An int far over the limit is refused from its bit length alone, before
/// the (super-linear) conversion runs.
pub fn bigint_to_decimal(v: &BigInt) -> Result<String, String> {
    let limit = int_max_str_digits();
    if limit > 0 {
        // A number of `bits` bits has at least floor((bits - 1) * log10(2)) + 1
        // decimal digits; 30102 / 100000 is just under log10(2).
        let bits = u128::from(v.bits());
        if bits > 1 && (bits - 1) * 30_102 / 100_000 >= limit as u128 {
            return Err(int_to_str_limit_error(limit));
        }
    }
    let text = v.to_string();
    let digits = text.len() - usize::from(v.sign() == Sign::Minus);
    if limit > 0 && digits > limit {
        return Err(int_to_str_limit_error(limit));
    }
    Ok(text)
}

/// `ValueError` text for an out-of-range `base` argument of `int()`.
pub const INT_BASE_ERROR: &str = "int() base must be >= 2 and <= 36, or 0";

/// Whitespace as `int()`/`float()` strip it: C-locale ASCII spaces plus
/// every non-ASCII Unicode space.
fn is_number_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, ' ' | '\t'..='\r')
    } else {
        is_space(c)
    }
}

/// The ASCII text CPython actually parses: non-ASCII spaces become ' ' and
/// non-ASCII decimal digits their ASCII digit. Like CPython, the text ends
/// with a `?` at the first other non-ASCII character or NUL, which makes
/// the literal invalid (after any digit-limit check on what precedes it).
fn to_ascii_number(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let mapped = if c == '\0' {
            None
        } else if c.is_ascii() {
            Some(c as u8)
        } else if is_space(c) {
            Some(b' ')
        } else {
            decimal_value(c)
                .and_then(|d| u8::try_from(d).ok())
                .map(|d| b'0' + d)
        };
        match mapped {
            Some(b) => out.push(b),
            None => {
                out.push(b'?');
                break;
            }
        }
    }
    out
}

/// `repr(s)` cut to 200 code points, as CPython's `%.200R` does.
fn repr_200(s: &str) -> String {
    let repr = str_repr(s);
    match repr.char_indices().nth(200) {
        Some((cut, _)) => repr[..cut].to_owned(),
        None => repr,
    }
}

/// The value of an ASCII digit or letter in bases up to 36.
fn digit_value(b: u8) -> Option<u32> {
    (b as char).to_digit(36)
}

/// `int(s, base)` with the current `sys.get_int_max_str_digits()` limit; `base` 0 means "as a
/// Python literal" (prefixes `0x`/`0o`/`0b`, no leading zeros).
pub fn parse_int(s: &str, base: i64) -> Result<BigInt, String> {
    parse_int_with_limit(s, base, int_max_str_digits())
}

/// `int(s, base)` with an explicit `sys.set_int_max_str_digits()` value
/// (0 = unlimited). The limit is not applied to power-of-two bases.
pub fn parse_int_with_limit(s: &str, base: i64, max_str_digits: usize) -> Result<BigInt, String> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(INT_BASE_ERROR.to_owned());
    }
    let invalid = || {
        format!(
            "invalid literal for int() with base {base}: {}",
            repr_200(s)
        )
    };
    let bytes = to_ascii_number(s);
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);

    let mut i = 0;
    while at(i) != 0 && is_number_space(at(i) as char) {
        i += 1;
    }
    let mut negative = false;
    if at(i) == b'+' || at(i) == b'-' {
        negative = at(i) == b'-';
        i += 1;
    }
    let mut radix = base as u32;
    let mut only_zero_allowed = false;
    if radix == 0 {
        radix = match (at(i), at(i + 1).to_ascii_lowercase()) {
            (b'0', b'x') => 16,
            (b'0', b'o') => 8,
            (b'0', b'b') => 2,
            (b'0', _) => {
                // An "old" C-style octal literal such as 010: only zero is valid.
                only_zero_allowed = true;
                10
            }
            _ => 10,
        };
    }
    let prefix = match radix {
        16 => b'x',
        8 => b'o',
        2 => b'b',
        _ => 0,
    };
    if prefix != 0 && at(i) == b'0' && at(i + 1).to_ascii_lowercase() == prefix {
        i += 2;
        // One underscore may separate the prefix from the digits.
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(invalid());
    }

    // The run of digits and single underscores.
    let mut digits = Vec::with_capacity(bytes.len() - i);
    let mut prev = 0u8;
    while let Some(b) = bytes.get(i).copied() {
        if b == b'_' {
            if prev == b'_' {
                return Err(invalid());
            }
        } else if digit_value(b).is_some_and(|d| d < radix) {
            digits.push(b);
        } else {
            break;
        }
        prev = b;
        i += 1;
    }
    if prev == b'_' {
        return Err(invalid());
    }
    if !radix.is_power_of_two() && max_str_digits > 0 && digits.len() > max_str_digits {
        return Err(str_to_int_limit_error(max_str_digits, digits.len()));
    }
    if digits.is_empty() || (only_zero_allowed && digits.iter().any(|&d| d != b'0')) {
        return Err(invalid());
    }
    while i < bytes.len() && is_number_space(bytes[i] as char) {
        i += 1;
    }
    if i != bytes.len() {
        return Err(invalid());
    }
    let magnitude = digits_to_biguint(&digits, radix).ok_or_else(invalid)?;
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, magnitude))
}

/// The value of validated ASCII `digits` in `radix`, with a machine-word
/// fast path.
fn digits_to_biguint(digits: &[u8], radix: u32) -> Option<BigUint> {
    let mut small: u64 = 0;
    for &d in digits {
        let next = small
            .checked_mul(u64::from(radix))
            .and_then(|v| v.checked_add(u64::from(digit_value(d)?)));
        match next {
            Some(v) => small = v,
            None => return BigUint::parse_bytes(digits, radix),
        }
    }
    Some(BigUint::from(small))
}

/// `float(s)`: optional sign, decimal digits with an optional point and
/// exponent, or `inf`/`infinity`/`nan` in any case; surrounding
/// whitespace allowed; out-of-range values become `inf` or `0.0`.
pub fn parse_float(s: &str) -> Result<f64, String> {
    let invalid = || format!("could not convert string to float: {}", str_repr(s));
    let bytes = to_ascii_number(s);
    let cleaned = remove_float_underscores(&bytes).ok_or_else(invalid)?;
    let text = std::str::from_utf8(&cleaned).map_err(|_| invalid())?;
    let text = text.trim_matches(|c: char| is_number_space(c));
    parse_float_body(text).ok_or_else(invalid)
}

/// CPython's underscore rule for `float()`: an underscore must sit between
/// two ASCII digits. Returns the text without underscores.
fn remove_float_underscores(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut prev = 0u8;
    for &b in bytes {
        if b == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !b.is_ascii_digit() {
                return None;
            }
            out.push(b);
        }
        prev = b;
    }
    (prev != b'_').then_some(out)
}

/// Parses stripped, underscore-free ASCII text as a whole float literal.
fn parse_float_body(text: &str) -> Option<f64> {
    let (negative, unsigned) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    // Negation (not multiplication) so that "-nan" has its sign bit set.
    let signed = |v: f64| if negative { -v } else { v };
    if unsigned.eq_ignore_ascii_case("inf") || unsigned.eq_ignore_ascii_case("infinity") {
        return Some(signed(f64::INFINITY));
    }
    if unsigned.eq_ignore_ascii_case("nan") {
        return Some(signed(f64::NAN));
    }
    if !is_decimal_float_literal(unsigned) {
        return None;
    }
    // Rust's parser is correctly rounded, like CPython's dtoa.
    text.parse::<f64>().ok()
}

/// `digits [. digits] [e [sign] digits]` or `. digits [exponent]`, with at
/// least one mantissa digit.
fn is_decimal_float_literal(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    let digits_from = |mut i: usize| {
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        i
    };
    let int_end = digits_from(i);
    let mut mantissa_digits = int_end - i;
    i = int_end;
    if i < b.len() && b[i] == b'.' {
        let frac_end = digits_from(i + 1);
        mantissa_digits += frac_end - (i + 1);
        i = frac_end;
    }
    if mantissa_digits == 0 {
        return false;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let exp_end = digits_from(i);
        if exp_end == i {
            return false;
        }
        i = exp_end;
    }
    i == b.len()
}

/// The digits of `v` in `base` (lowercase letters), with `-` before `prefix`:
/// `bigint_to_radix(-31, 16, "0x") == "-0x1f"`. A base outside 2..=36 is
/// clamped into that range.
pub fn bigint_to_radix(v: &BigInt, base: u32, prefix: &str) -> String {
    let base = base.clamp(2, 36);
    let digits = if v.is_zero() {
        "0".to_owned()
    } else {
        v.magnitude().to_str_radix(base)
    };
    let mut out = String::with_capacity(digits.len() + prefix.len() + 1);
    if v.sign() == Sign::Minus {
        out.push('-');
    }
    out.push_str(prefix);
    out.push_str(&digits);
    out
}

#[cfg(test)]
#[path = "num_parse_tests.rs"]
mod tests;
