//! The format-spec mini-language of `format()`, f-strings and
//! `str.format` for `str`, `int` and `float`, exactly as CPython 3.11
//! (Python/formatter_unicode.c) parses, validates and renders it.
//!
//! `[[fill]align][sign][z][#][0][width][,|_][.precision][type]`
//!
//! Owns parsing ([`FormatSpec::parse`]), the per-type checks with
//! CPython's error messages, and the layout of a number: padding, sign,
//! `0x`-style prefix, zero padding that is grouped like the digits
//! (`format(1234, '010,')` is `00,001,234`). Digits of floats come from
//! `float_repr`. The empty spec is the caller's: CPython formats it as
//! `str(x)` (which differs for `bool` and subclasses).
//!
//! Invariants: never panics; widths and precisions are code-point counts;
//! `'n'` uses the C locale (no grouping, `.`), as CPython does unless the
//! program calls `locale.setlocale`. Known differences from CPython: only
//! ASCII digits are read as width/precision (CPython takes any Unicode
//! decimal digit), `format(0xD800, 'c')` is refused (Rust strings hold no
//! lone surrogates), and results over `i32::MAX` characters are a
//! [`FormatError::Memory`] instead of an attempted allocation.

use super::float_repr::{double_to_string, FloatFormat, FloatStyle};
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;
use std::fmt;

/// Results longer than this, or than the heap limit leaves room for (see
/// `crate::memory`), are refused as `MemoryError` instead of attempting a
/// huge allocation (CPython would try and usually fail).
const MAX_OUTPUT_CHARS: usize = i32::MAX as usize;

/// Why formatting failed, as the Python exception to raise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatError {
    /// `ValueError(message)`.
    Value(String),
    /// `OverflowError(message)`.
    Overflow(String),
    /// `MemoryError()`: the result would be absurdly long.
    Memory,
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::Value(message) | FormatError::Overflow(message) => f.write_str(message),
            FormatError::Memory => Ok(()),
        }
    }
}

impl std::error::Error for FormatError {}

fn value_error(message: impl Into<String>) -> FormatError {
    FormatError::Value(message.into())
}

/// The kind of object a spec is parsed for. It decides the default type
/// (`s`, `d`, none), which CPython's parser checks the `,`/`_` option
/// against, and later the default alignment (`<` for strings, `>` for
/// numbers).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormatTarget {
    /// `str.__format__`.
    Str,
    /// `int.__format__` (and `bool` with a non-empty spec).
    Int,
    /// `float.__format__`.
    Float,
}

impl FormatTarget {
    fn default_type(self) -> Option<char> {
        match self {
            FormatTarget::Str => Some('s'),
            FormatTarget::Int => Some('d'),
            FormatTarget::Float => None,
        }
    }
}

/// A parsed format spec. Fields hold what the spec said; defaults that
/// depend on the object (type, alignment) are applied when formatting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    /// Padding character: the explicit fill, else `'0'` if `zero_pad`,
    /// else `' '`.
    pub fill: char,
    /// Explicit alignment: `<`, `>`, `=` or `^`.
    pub align: Option<char>,
    /// Explicit sign option: `+`, `-` or `' '`.
    pub sign: Option<char>,
    /// `z`: format negative zero as zero (floats only).
    pub no_neg_zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// A `0` before the width without an explicit fill: fill with zeros,
    /// and for numbers default to `=` alignment.
    pub zero_pad: bool,
    /// Minimum width in code points.
    pub width: Option<usize>,
    /// Thousands separator: `,` or `_`.
    pub grouping: Option<char>,
    /// Digits after the point, significant digits, or maximum length.
    pub precision: Option<usize>,
    /// Presentation type as written.
    pub ty: Option<char>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Shows a character in an error message as CPython's `'%c'` or `'\x%x'`.
fn code_for_message(c: char) -> String {
    let code = u32::from(c);
    if code > 32 && code < 128 {
        c.to_string()
    } else {
        format!("\\x{code:x}")
    }
}

/// CPython's `%.200s` of a type name.
fn short_type_name(type_name: &str) -> &str {
    let mut end = type_name.len().min(200);
    while !type_name.is_char_boundary(end) {
        end -= 1;
    }
    &type_name[..end]
}

fn unknown_type(ty: char, type_name: &str) -> FormatError {
    value_error(format!(
        "Unknown format code '{}' for object of type '{}'",
        code_for_message(ty),
        short_type_name(type_name)
    ))
}

/// Reads a run of ASCII digits at `*pos`; `Ok(None)` if there is none.
fn parse_count(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let start = *pos;
    let mut value: u64 = 0;
    while let Some(digit) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(u64::from(digit)))
            .filter(|&v| v <= i64::MAX as u64)
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
        *pos += 1;
    }
    Ok((*pos > start).then_some(value as usize))
}

impl FormatSpec {
    /// Parses `spec` for an object of the given kind and type name (used in
    /// messages), with CPython's checks and `ValueError` messages.
    pub fn parse(
        spec: &str,
        target: FormatTarget,
        type_name: &str,
    ) -> Result<FormatSpec, FormatError> {
        let chars: Vec<char> = spec.chars().collect();
        let mut pos = 0;
        let mut parsed = FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            no_neg_zero: false,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        };
        let mut fill_given = false;
        if chars.len() >= 2 && is_align(chars[1]) {
            parsed.fill = chars[0];
            parsed.align = Some(chars[1]);
            fill_given = true;
            pos = 2;
        } else if chars.first().is_some_and(|&c| is_align(c)) {
            parsed.align = Some(chars[0]);
            pos = 1;
        }
        let peek = |pos: usize| chars.get(pos).copied();
        if let Some(c @ ('+' | '-' | ' ')) = peek(pos) {
            parsed.sign = Some(c);
            pos += 1;
        }
        if peek(pos) == Some('z') {
            parsed.no_neg_zero = true;
            pos += 1;
        }
        if peek(pos) == Some('#') {
            parsed.alternate = true;
            pos += 1;
        }
        if !fill_given && peek(pos) == Some('0') {
            parsed.fill = '0';
            parsed.zero_pad = true;
            pos += 1;
        }
        parsed.width = parse_count(&chars, &mut pos)?;
        if peek(pos) == Some(',') {
            parsed.grouping = Some(',');
            pos += 1;
        }
        if peek(pos) == Some('_') {
            if parsed.grouping.is_some() {
                return Err(value_error("Cannot specify both ',' and '_'."));
            }
            parsed.grouping = Some('_');
            pos += 1;
        }
        if peek(pos) == Some(',') && parsed.grouping == Some('_') {
            return Err(value_error("Cannot specify both ',' and '_'."));
        }
        if peek(pos) == Some('.') {
            pos += 1;
            parsed.precision = parse_count(&chars, &mut pos)?;
            if parsed.precision.is_none() {
                return Err(value_error("Format specifier missing precision"));
            }
        }
        match chars.len() - pos {
            0 => {}
            1 => parsed.ty = Some(chars[pos]),
            _ => {
                return Err(value_error(format!(
                    "Invalid format specifier '{spec}' for object of type '{}'",
                    short_type_name(type_name)
                )))
            }
        }
        if let Some(separator) = parsed.grouping {
            let ty = parsed.ty.or(target.default_type());
            let allowed = match ty {
                None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
                Some('b' | 'o' | 'x' | 'X') => separator == '_',
                Some(_) => false,
            };
            if !allowed {
                let shown = ty.map_or_else(|| "\\x0".to_string(), code_for_message);
                return Err(value_error(format!(
                    "Cannot specify '{separator}' with '{shown}'."
                )));
            }
        }
        Ok(parsed)
    }

    /// Alignment in effect for a number.
    fn number_align(&self) -> char {
        self.align.unwrap_or(if self.zero_pad { '=' } else { '>' })
    }
}

/// The pieces of a formatted number, before padding: `-` `0x` `1234`
/// `.` `5e+10` (CPython's `NumberFieldWidths` inputs).
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    /// Integer digits, the part that is grouped and zero padded.
    digits: &'a str,
    has_decimal: bool,
    /// Everything after the integer digits and the decimal point.
    remainder: &'a str,
}

/// Separator and group size, or none.
type Grouping = Option<(char, usize)>;

/// Inserts separators into `digits` from the right and left-pads with
/// zeros (also grouped) up to `min_width` characters, the way CPython's
/// `_PyUnicode_InsertThousandsGrouping` does.
fn group_digits(digits: &[char], min_width: i64, grouping: Grouping) -> String {
    let mut min_width = min_width.max(0);
    if grouping.is_none() {
        // Zero padding only: written straight out (a width in the
        // hundreds of millions is one allocation, not a vector of chars).
        let zeros = (min_width - digits.len() as i64).max(0) as usize;
        let mut out = String::with_capacity(zeros + digits.len());
        out.extend(std::iter::repeat_n('0', zeros));
        out.extend(digits);
        return out;
    }
    let mut remaining = digits.len() as i64;
    let mut reversed: Vec<char> = Vec::with_capacity(digits.len() + min_width as usize);
    let emit = |reversed: &mut Vec<char>, zeros: i64, count: i64, remaining: i64| {
        let end = remaining as usize;
        let start = end - count as usize;
        reversed.extend(digits[start..end].iter().rev());
        reversed.extend(std::iter::repeat_n('0', zeros as usize));
    };
    match grouping {
        None => {
            let zeros = (min_width - remaining).max(0);
            emit(&mut reversed, zeros, remaining, remaining);
        }
        Some((separator, size)) => {
            let size = size as i64;
            let mut first = true;
            loop {
                let len = size.min(remaining.max(min_width).max(1));
                let zeros = (len - remaining).max(0);
                let count = remaining.min(len).max(0);
                if !first {
                    reversed.push(separator);
                }
                first = false;
                emit(&mut reversed, zeros, count, remaining);
                remaining -= count;
                min_width -= len;
                if remaining <= 0 && min_width <= 0 {
                    break;
                }
                min_width -= 1;
            }
        }
    }
    reversed.iter().rev().collect()
}

/// Lays out a number with sign, prefix, grouping and padding (CPython's
/// `calc_number_widths` + `fill_number`).
fn layout_number(
    parts: &NumberParts<'_>,
    spec: &FormatSpec,
    grouping: Grouping,
    upper: bool,
) -> Result<String, FormatError> {
    let sign = match spec.sign {
        Some('+') => Some(if parts.negative { '-' } else { '+' }),
        Some(' ') => Some(if parts.negative { '-' } else { ' ' }),
        _ => parts.negative.then_some('-'),
    };
    let align = spec.number_align();
    let width = spec.width.unwrap_or(0);
    if width > MAX_OUTPUT_CHARS || !crate::memory::room_for(width) {
        return Err(FormatError::Memory);
    }
    let width = width as i64;
    let non_digits = i64::from(sign.is_some())
        + parts.prefix.chars().count() as i64
        + i64::from(parts.has_decimal)
        + parts.remainder.chars().count() as i64;
    let min_width = if spec.fill == '0' && align == '=' {
        width - non_digits
    } else {
        0
    };
    let digits: Vec<char> = parts.digits.chars().collect();
    let mut grouped = if digits.is_empty() {
        String::new()
    } else {
        group_digits(&digits, min_width, grouping)
    };
    if upper {
        grouped.make_ascii_uppercase();
    }
    // Digits, zeros and separators are ASCII: bytes are characters.
    let padding = (width - non_digits - grouped.len() as i64).max(0) as usize;
    let (left, inner, right) = match align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let mut out = String::with_capacity(width.max(0) as usize + grouped.len() + 8);
    out.extend(std::iter::repeat_n(spec.fill, left));
    out.extend(sign);
    if upper {
        out.push_str(&parts.prefix.to_ascii_uppercase());
    } else {
        out.push_str(parts.prefix);
    }
    out.extend(std::iter::repeat_n(spec.fill, inner));
    out.push_str(&grouped);
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    out.extend(std::iter::repeat_n(spec.fill, right));
    Ok(out)
}

/// The grouping for a type: `,`/`_` every 3 digits, `_` every 4 digits
/// for `b o x X`; `n` uses the C locale, which does not group.
fn grouping_for(spec: &FormatSpec, ty: char) -> Grouping {
    if ty == 'n' {
        return None;
    }
    spec.grouping.map(|separator| {
        let size = if matches!(ty, 'b' | 'o' | 'x' | 'X') {
            4
        } else {
            3
        };
        (separator, size)
    })
}

/// `format(v, spec)` for an int (`type_name` is the object's type, for
/// messages): types `b c d o x X n` and, through float, `e E f F g G %`.
pub fn format_int(v: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('d');
    let base = match ty {
        'b' => 2,
        'o' => 8,
        'x' | 'X' => 16,
        'd' | 'n' => 10,
        'c' => 0,
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = bigint_to_f64(v).ok_or_else(|| {
                FormatError::Overflow("int too large to convert to float".to_string())
            })?;
            return format_float(x, spec, type_name);
        }
        _ => return Err(unknown_type(ty, type_name)),
    };
    if spec.precision.is_some() {
        return Err(value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if ty == 'c' {
        return format_int_as_char(v, spec);
    }
    let magnitude = if base == 10 {
        // Decimal digits obey `sys.set_int_max_str_digits()`.
        let text = super::num_parse::bigint_to_decimal(v).map_err(FormatError::Value)?;
        match text.strip_prefix('-') {
            Some(digits) => digits.to_owned(),
            None => text,
        }
    } else {
        v.magnitude().to_str_radix(base)
    };
    let prefix = match (spec.alternate, ty) {
        (true, 'b') => "0b",
        (true, 'o') => "0o",
        (true, 'x' | 'X') => "0x",
        _ => "",
    };
    let parts = NumberParts {
        negative: v.sign() == Sign::Minus,
        prefix,
        digits: &magnitude,
        has_decimal: false,
        remainder: "",
    };
    layout_number(&parts, spec, grouping_for(spec, ty), ty == 'X')
}

/// The `c` presentation: the character with that code point.
fn format_int_as_char(v: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    if spec.sign.is_some() {
        return Err(value_error(
            "Sign not allowed with integer format specifier 'c'",
        ));
    }
    if spec.alternate {
        return Err(value_error(
            "Alternate form (#) not allowed with integer format specifier 'c'",
        ));
    }
    let code = v.to_i64().ok_or_else(|| {
        FormatError::Overflow("Python int too large to convert to C long".to_string())
    })?;
    let out_of_range = || FormatError::Overflow("%c arg not in range(0x110000)".to_string());
    if !(0..=0x10ffff).contains(&code) {
        return Err(out_of_range());
    }
    // Lone surrogates are Python characters but not Rust chars: refused
    // (CPython would return a one-surrogate string).
    let c = char::from_u32(code as u32).ok_or_else(|| {
        value_error(format!(
            "%c arg {code:#x} is a lone surrogate, which strings here cannot hold"
        ))
    })?;
    let text = c.to_string();
    let parts = NumberParts {
        negative: false,
        prefix: "",
        digits: "",
        has_decimal: false,
        remainder: &text,
    };
    layout_number(&parts, spec, None, false)
}

/// `float(v)` for an int, correctly rounded (ties to even); `None` when
/// it overflows.
pub fn bigint_to_f64(v: &BigInt) -> Option<f64> {
    if let Some(small) = v.to_i64() {
        return Some(small as f64);
    }
    let bits = v.bits();
    if bits > 1024 {
        return None;
    }
    // Keep the top 64 bits, folding the rest into a sticky low bit so the
    // one rounding done by the u64 → f64 conversion is still correct.
    let shift = bits - 64;
    let magnitude = v.magnitude();
    let top = (magnitude >> shift).to_u64().unwrap_or(u64::MAX);
    let lost = magnitude
        .trailing_zeros()
        .is_some_and(|zeros| zeros < shift);
    let approx = (top | u64::from(lost)) as f64 * 2f64.powi(shift as i32);
    let signed = if v.sign() == Sign::Minus {
        -approx
    } else {
        approx
    };
    signed.is_finite().then_some(signed)
}

/// `format(x, spec)` for a float: types `e E f F g G n %` and none (like
/// `repr`, or `g` with at least one digit after the point when a
/// precision is given).
pub fn format_float(x: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let ty = spec.ty;
    let (style, upper) = match ty {
        None => (FloatStyle::Repr, false),
        Some('e') => (FloatStyle::Exponent, false),
        Some('E') => (FloatStyle::Exponent, true),
        Some('f' | '%') => (FloatStyle::Fixed, false),
        Some('F') => (FloatStyle::Fixed, true),
        Some('g' | 'n') => (FloatStyle::General, false),
        Some('G') => (FloatStyle::General, true),
        Some(other) => return Err(unknown_type(other, type_name)),
    };
    let precision = match spec.precision {
        Some(p) if p > i32::MAX as usize => return Err(value_error("precision too big")),
        Some(p) => p,
        None if ty.is_none() => 0,
        None => 6,
    };
    if precision > MAX_OUTPUT_CHARS / 2 || !crate::memory::room_for(precision) {
        return Err(FormatError::Memory);
    }
    let style = if style == FloatStyle::Repr && spec.precision.is_some() {
        FloatStyle::General
    } else {
        style
    };
    let fmt = FloatFormat {
        style,
        precision,
        upper,
        alternate: spec.alternate,
        add_dot_0: ty.is_none(),
        no_neg_zero: spec.no_neg_zero,
    };
    let value = if ty == Some('%') { x * 100.0 } else { x };
    let mut text = double_to_string(value, &fmt);
    if ty == Some('%') {
        text.push('%');
    }
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let digits_end = unsigned
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(unsigned.len());
    let (digits, rest) = unsigned.split_at(digits_end);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(after) => (true, after),
        None => (false, rest),
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    layout_number(&parts, spec, grouping_for(spec, ty.unwrap_or('g')), false)
}

/// `format(s, spec)` for a str: type `s` or none; precision truncates,
/// width pads (left-aligned by default), both in code points.
pub fn format_str(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    match spec.ty {
        None | Some('s') => {}
        Some(other) => return Err(unknown_type(other, type_name)),
    }
    match spec.sign {
        Some(' ') => return Err(value_error("Space not allowed in string format specifier")),
        Some(_) => return Err(value_error("Sign not allowed in string format specifier")),
        None => {}
    }
    if spec.no_neg_zero {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    let align = spec.align.unwrap_or('<');
    if align == '=' {
        return Err(value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let kept = match spec.precision {
        Some(limit) => s.char_indices().nth(limit).map_or(s, |(end, _)| &s[..end]),
        None => s,
    };
    let width = spec.width.unwrap_or(0);
    let length = kept.chars().count();
    if width <= length {
        return Ok(kept.to_string());
    }
    if width > MAX_OUTPUT_CHARS || !crate::memory::room_for(width) {
        return Err(FormatError::Memory);
    }
    let padding = width - length;
    let left = match align {
        '>' => padding,
        '^' => padding / 2,
        _ => 0,
    };
    let mut out = String::with_capacity(kept.len() + padding * spec.fill.len_utf8());
    out.extend(std::iter::repeat_n(spec.fill, left));
    out.push_str(kept);
    out.extend(std::iter::repeat_n(spec.fill, padding - left));
    Ok(out)
}

#[cfg(test)]
#[path = "format_spec_tests.rs"]
mod tests;
