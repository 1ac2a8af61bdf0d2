//! Float ↔ decimal text exactly as CPython 3.11 prints and rounds floats.
//!
//! Owns `repr(float)`, the `%e`/`%f`/`%g` renderings used by `%`-formatting
//! and `format()`, and `round(x, n)`. Everything is built on one idea,
//! borrowed from CPython's `format_float_short` (Python/pystrtod.c): first
//! get the correctly rounded decimal digits of the exact binary value
//! (shortest round-trip digits, `n` significant digits, or `n` digits after
//! the point), then lay those digits out. The digits come from Rust's float
//! formatter, which, like David Gay's dtoa that CPython uses, is exact and
//! resolves exact ties to even (for the shortest digits it does not, and
//! `Digits::shortest` corrects that); the layout rules are ours, written to
//! match CPython character for character. `round` goes through the same
//! decimal digits and reads them back, as CPython's `double_round` does.
//!
//! Invariants: every function is total (no panics) for every `f64`,
//! including ±0.0, ±inf, NaN and subnormals, and for any precision (huge
//! precisions only pad with zeros, since an `f64` has at most 767
//! significant decimal digits and 1074 digits after the point).

use std::fmt;

/// Which layout to produce: CPython's format codes `f`, `e`, `g` and `r`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatStyle {
    /// `%f`: `precision` digits after the decimal point.
    Fixed,
    /// `%e`: one digit, the point, `precision` digits, then an exponent.
    Exponent,
    /// `%g`: `precision` significant digits, positional or exponent form.
    General,
    /// `repr()`: shortest digits that round-trip; `precision` is ignored.
    Repr,
}

/// A full request to [`double_to_string`], mirroring the arguments of
/// CPython's `PyOS_double_to_string`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FloatFormat {
    /// Layout rule.
    pub style: FloatStyle,
    /// Meaning depends on `style`; ignored for [`FloatStyle::Repr`].
    pub precision: usize,
    /// Upper-case `E`, `INF` and `NAN`.
    pub upper: bool,
    /// `#` flag: keep the decimal point (and, for `g`, trailing zeros).
    pub alternate: bool,
    /// Append `.0` to integral positional results (`repr`, and `format()`
    /// with a precision but no type).
    pub add_dot_0: bool,
    /// `z` flag: drop the sign of a result whose digits are all zero.
    pub no_neg_zero: bool,
}

impl FloatFormat {
    /// A request with every flag off.
    pub fn new(style: FloatStyle, precision: usize) -> Self {
        FloatFormat {
            style,
            precision,
            upper: false,
            alternate: false,
            add_dot_0: false,
            no_neg_zero: false,
        }
    }
}

/// No `f64` has more significant decimal digits than this (767 in fact).
const MAX_SIGNIFICANT_DIGITS: usize = 800;
/// No `f64` has more digits after the decimal point than this (1074).
const MAX_FRACTION_DIGITS: usize = 1100;

/// Correctly rounded decimal digits of `|x|` for a finite `x`, like the
/// output of dtoa: value = 0.`digits` × 10^`decpt`. `digits` has no
/// trailing zeros; a zero result is the single digit `0` with `decpt` 1.
struct Digits {
    digits: Vec<u8>,
    decpt: i64,
}

impl Digits {
    fn is_zero(&self) -> bool {
        self.digits.iter().all(|&d| d == b'0')
    }

    /// Parses Rust's `{:e}` output of a non-negative float: `d[.ddd]e[-]N`.
    fn from_rust_exp(text: &str) -> Digits {
        let (mantissa, exponent) = text.split_once('e').unwrap_or((text, "0"));
        let exponent: i64 = exponent.parse().unwrap_or(0);
        let digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
        Digits::normalized(digits, exponent + 1)
    }

    /// Parses Rust's `{:.N}` output of a non-negative float: `ddd[.ddd]`.
    fn from_rust_fixed(text: &str) -> Digits {
        let int_len = text.find('.').unwrap_or(text.len());
        let digits: Vec<u8> = text.bytes().filter(u8::is_ascii_digit).collect();
        Digits::normalized(digits, int_len as i64)
    }

    /// Strips leading zeros (moving the point) and trailing zeros.
    fn normalized(mut digits: Vec<u8>, mut decpt: i64) -> Digits {
        let leading = digits.iter().take_while(|&&d| d == b'0').count();
        if leading == digits.len() {
            return Digits {
                digits: vec![b'0'],
                decpt: 1,
            };
        }
        digits.drain(..leading);
        decpt -= leading as i64;
        while digits.last() == Some(&b'0') {
            digits.pop();
        }
        Digits { digits, decpt }
    }

    /// Shortest digits that read back as `x` (dtoa mode 0).
    ///
    /// Rust's shortest formatter and dtoa agree except when the exact value
    /// lies halfway between two shortest candidates: Rust rounds up, dtoa
    /// takes the even one. That needs an exact value with one digit more
    /// than the shortest, which only happens at 16 or 17 digits; there we
    /// take the correctly rounded digits if they also read back as `x`.
    fn shortest(x: f64) -> Digits {
        let x = x.abs();
        let shortest = Digits::from_rust_exp(&format!("{x:e}"));
        let count = shortest.digits.len();
        if count < 16 {
            return shortest;
        }
        let nearest_text = format!("{:.*e}", count - 1, x);
        let nearest = Digits::from_rust_exp(&nearest_text);
        if nearest.digits != shortest.digits && nearest_text.parse::<f64>() == Ok(x) {
            nearest
        } else {
            shortest
        }
    }

    /// `count` (at least 1) correctly rounded significant digits (mode 2).
    fn significant(x: f64, count: usize) -> Digits {
        let count = count.clamp(1, MAX_SIGNIFICANT_DIGITS);
        Digits::from_rust_exp(&format!("{:.*e}", count - 1, x.abs()))
    }

    /// Correctly rounded to `places` digits after the point (mode 3).
    fn fixed(x: f64, places: usize) -> Digits {
        let places = places.min(MAX_FRACTION_DIGITS);
        Digits::from_rust_fixed(&format!("{:.*}", places, x.abs()))
    }
}

/// Renders `x` as CPython's `PyOS_double_to_string(x, code, precision,
/// flags)` does, without a forced `+` sign (callers add signs).
pub fn double_to_string(x: f64, fmt: &FloatFormat) -> String {
    if x.is_nan() {
        return if fmt.upper { "NAN" } else { "nan" }.to_string();
    }
    let negative = x.is_sign_negative();
    if x.is_infinite() {
        let word = if fmt.upper { "INF" } else { "inf" };
        return if negative {
            format!("-{word}")
        } else {
            word.to_string()
        };
    }
    // Precisions are kept as i64; anything past these bounds only adds zeros.
    let precision = fmt.precision.min(i32::MAX as usize) as i64;
    let digits = match fmt.style {
        FloatStyle::Fixed => Digits::fixed(x, fmt.precision),
        FloatStyle::Exponent => Digits::significant(x, fmt.precision.saturating_add(1)),
        FloatStyle::General => Digits::significant(x, fmt.precision.max(1)),
        FloatStyle::Repr => Digits::shortest(x),
    };
    let show_minus = negative && !(fmt.no_neg_zero && digits.is_zero());
    let mut out = String::new();
    if show_minus {
        out.push('-');
    }
    layout_digits(&digits, fmt, precision, &mut out);
    out
}

/// Lays out `digits` per the style rules of CPython's `format_float_short`:
/// the output is the slice `[start, end)` of the digit string padded with
/// zeros on both sides, with a decimal point at `decpt` and maybe an
/// exponent.
fn layout_digits(d: &Digits, fmt: &FloatFormat, precision: i64, out: &mut String) {
    let digits_len = d.digits.len() as i64;
    let mut decpt = d.decpt;
    let mut end = digits_len;
    let mut use_exp = false;
    match fmt.style {
        FloatStyle::Exponent => {
            use_exp = true;
            end = precision + 1;
        }
        FloatStyle::Fixed => end = decpt + precision,
        FloatStyle::General => {
            let precision = precision.max(1);
            let limit = if fmt.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            use_exp = decpt <= -4 || decpt > limit;
            if fmt.alternate {
                end = precision;
            }
        }
        FloatStyle::Repr => use_exp = decpt <= -4 || decpt > 16,
    }
    let exponent = decpt - 1;
    if use_exp {
        decpt = 1;
    }
    let start = if decpt <= 0 { decpt - 1 } else { 0 };
    let min_end = if !use_exp && fmt.add_dot_0 {
        decpt + 1
    } else {
        decpt
    };
    end = end.max(min_end);

    let digit_at = |i: i64| -> char {
        if (0..digits_len).contains(&i) {
            char::from(d.digits[i as usize])
        } else {
            '0'
        }
    };
    out.reserve((end - start) as usize + 8);
    for i in start..end {
        if i == decpt {
            out.push('.');
        }
        out.push(digit_at(i));
    }
    if end == decpt && fmt.alternate {
        out.push('.');
    }
    if use_exp {
        out.push(if fmt.upper { 'E' } else { 'e' });
        out.push(if exponent < 0 { '-' } else { '+' });
        let magnitude = exponent.unsigned_abs();
        if magnitude < 10 {
            out.push('0');
        }
        out.push_str(&magnitude.to_string());
    }
}

/// `repr(x)` (and `str(x)`) exactly as CPython 3.11 prints a float.
pub fn float_repr(x: f64) -> String {
    let mut fmt = FloatFormat::new(FloatStyle::Repr, 0);
    fmt.add_dot_0 = true;
    double_to_string(x, &fmt)
}

/// `'%.*f' % (precision, x)`: fixed point, correctly rounded.
pub fn format_float_fixed(x: f64, precision: usize) -> String {
    double_to_string(x, &FloatFormat::new(FloatStyle::Fixed, precision))
}

/// `'%.*e' % (precision, x)` (or `%E` when `upper`): at least two exponent
/// digits, as in `1.5e+00`.
pub fn format_float_exp(x: f64, precision: usize, upper: bool) -> String {
    let mut fmt = FloatFormat::new(FloatStyle::Exponent, precision);
    fmt.upper = upper;
    double_to_string(x, &fmt)
}

/// `'%.*g' % (precision, x)` (`%G` when `upper`, `%#g` when `alternate`):
/// precision 0 means 1; trailing zeros are removed unless `alternate`.
pub fn format_float_general(x: f64, precision: usize, alternate: bool, upper: bool) -> String {
    let mut fmt = FloatFormat::new(FloatStyle::General, precision);
    fmt.alternate = alternate;
    fmt.upper = upper;
    double_to_string(x, &fmt)
}

/// `round(x, ndigits)` overflowed: CPython raises `OverflowError` with this
/// error's `Display` text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RoundOverflow;

impl fmt::Display for RoundOverflow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("rounded value too large to represent")
    }
}

impl std::error::Error for RoundOverflow {}

/// Above this many digits every float rounds to itself (CPython's
/// `NDIGITS_MAX`, 1074 × log10(2)).
const NDIGITS_MAX: i64 = 323;
/// Below this every finite float rounds to ±0.0 (CPython's `NDIGITS_MIN`).
const NDIGITS_MIN: i64 = -308;

/// `round(x, ndigits)` for a float `x` and an int `ndigits` (callers clamp
/// bigger ints to the `i64` range, as CPython clamps to `Py_ssize_t`).
///
/// The result is the decimal value nearest to `x` with `ndigits` digits
/// after the point (ties to even on the exact binary value, so
/// `round(2.675, 2) == 2.67`), converted back to the nearest float. NaN and
/// infinities round to themselves; `Err` means `OverflowError`.
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, RoundOverflow> {
    if !x.is_finite() || x == 0.0 {
        return Ok(x);
    }
    if ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let (digits, exponent) = if ndigits >= 0 {
        let text = format!("{:.*}", ndigits as usize, x.abs());
        (text.replace('.', ""), -ndigits)
    } else {
        (round_to_power_of_ten(x.abs(), -ndigits), -ndigits)
    };
    let sign = if x < 0.0 { "-" } else { "" };
    let rounded: f64 = format!("{sign}{digits}e{exponent}").parse().unwrap_or(x);
    if rounded.is_infinite() {
        Err(RoundOverflow)
    } else {
        Ok(rounded)
    }
}

/// `|x| / 10^places` rounded half-even to an integer, as decimal digits;
/// `x` is finite and positive, `places` in 1..=308.
fn round_to_power_of_ten(x: f64, places: i64) -> String {
    use num_bigint::BigInt;
    use num_integer::Integer;
    use num_traits::{One, Zero};

    let bits = x.to_bits();
    let biased_exp = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mantissa, exp2) = if biased_exp == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), biased_exp - 1075)
    };
    // x / 10^places = numerator / denominator exactly.
    let mut numerator = BigInt::from(mantissa);
    let mut denominator = BigInt::from(10u32).pow(places as u32);
    if exp2 >= 0 {
        numerator <<= exp2 as usize;
    } else {
        denominator <<= (-exp2) as usize;
    }
    let (mut quotient, remainder) = numerator.div_rem(&denominator);
    let twice: BigInt = remainder << 1usize;
    if twice > denominator || (twice == denominator && quotient.is_odd()) {
        quotient += BigInt::one();
    }
    if quotient.is_zero() {
        "0".to_string()
    } else {
        quotient.to_string()
    }
}

/// `round(x)` without `ndigits`: nearest integer, ties to even (the caller
/// converts it to an int and raises for NaN and infinities).
pub fn round_half_even(x: f64) -> f64 {
    x.round_ties_even()
}

#[cfg(test)]
#[path = "float_repr_tests.rs"]
mod tests;
