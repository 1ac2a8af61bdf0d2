//! Literal scanning and decoding: numbers (every int form, floats, the refusal
//! of imaginary literals) and the escape sequences of `str` and `bytes`
//! literals.
//!
//! The number scanner follows CPython 3.11's tokenizer (`tok_get` in
//! `Parser/tokenizer.c`) step by step, so that malformed literals get the same
//! message and the same caret column. Positions in the errors it returns are
//! relative to the start of the literal; the caller shifts them.

use crate::error::LocatedError;

/// The value of a numeric literal.
#[derive(Clone, Debug, PartialEq)]
pub enum Number {
    Int(i64),
    /// Too large for i64: the literal's digits in `radix` (2, 8, 10 or 16),
    /// without prefix or underscores.
    BigInt {
        digits: String,
        radix: u32,
    },
    Float(f64),
}

/// A byte cursor emulating the tokenizer's `tok_nextc`/`tok_backup` pair:
/// reading past the end yields 0 and still advances, so that backing up
/// stays symmetric.
struct Cursor<'a> {
    bytes: &'a [u8],
    cur: usize,
}

impl Cursor<'_> {
    fn next(&mut self) -> u8 {
        let c = self.bytes.get(self.cur).copied().unwrap_or(0);
        self.cur += 1;
        c
    }

    fn backup(&mut self) {
        self.cur -= 1;
    }

    fn peek_str(&self, s: &str) -> bool {
        self.bytes
            .get(self.cur..)
            .is_some_and(|rest| rest.starts_with(s.as_bytes()))
    }

    /// An error at the tokenizer's current position: CPython reports the
    /// 1-based column `cur`, so the caret sits on byte `cur - 1`.
    fn error(&self, msg: impl Into<String>) -> LocatedError {
        LocatedError::at(msg, self.cur.saturating_sub(1))
    }

    /// `tok_decimal_tail`: digits with single underscores between them.
    fn decimal_tail(&mut self) -> Result<u8, LocatedError> {
        loop {
            let mut c = self.next();
            while c.is_ascii_digit() {
                c = self.next();
            }
            if c != b'_' {
                return Ok(c);
            }
            let c = self.next();
            if !c.is_ascii_digit() {
                self.backup();
                return Err(self.error("invalid decimal literal"));
            }
        }
    }

    /// `verify_end_of_number`: a literal may not run into an identifier,
    /// except for the keywords that can follow a number in valid code.
    /// `c` has just been read.
    fn verify_end(&mut self, c: u8, kind: &str) -> Result<(), LocatedError> {
        let keyword_follows = match c {
            b'a' => self.peek_str("nd"),
            b'e' => self.peek_str("lse"),
            b'f' => self.peek_str("or"),
            b'i' => matches!(self.bytes.get(self.cur), Some(b'f' | b'n' | b's')),
            b'o' => self.peek_str("r"),
            b'n' => self.peek_str("ot"),
            _ => false,
        };
        if !keyword_follows && is_identifier_byte(c) {
            self.backup();
            return Err(self.error(format!("invalid {kind} literal")));
        }
        Ok(())
    }
}

fn is_identifier_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 128
}

/// Scans the numeric literal at the start of `text` (a digit, or `.` and a
/// digit). Returns its length in bytes and its value.
pub fn scan_number(text: &str) -> Result<(usize, Number), LocatedError> {
    let mut cur = Cursor {
        bytes: text.as_bytes(),
        cur: 0,
    };
    let first = cur.next();
    let imaginary = if first == b'.' {
        let c = cur.next();
        scan_fraction(&mut cur, c)?
    } else if first == b'0' {
        let c = cur.next();
        match c {
            b'x' | b'X' => return scan_radix(&mut cur, text, 16),
            b'o' | b'O' => return scan_radix(&mut cur, text, 8),
            b'b' | b'B' => return scan_radix(&mut cur, text, 2),
            _ => scan_leading_zero(&mut cur, c)?,
        }
    } else {
        let c = cur.decimal_tail()?;
        scan_after_integer_part(&mut cur, c)?
    };
    // The last byte read is not part of the literal.
    cur.backup();
    let len = cur.cur;
    let literal = &text[..len];
    if imaginary {
        return Err(LocatedError::new(
            "complex numbers are not supported by piepie",
            0,
            len,
        ));
    }
    let digits: String = literal.chars().filter(|&c| c != '_').collect();
    if digits.contains(['.', 'e', 'E']) {
        let value = digits.parse::<f64>().unwrap_or(f64::NAN);
        Ok((len, Number::Float(value)))
    } else {
        Ok((len, int_from_digits(&digits, 10)))
    }
}

/// Decimal literals starting with `0` (`c` is the byte after it): `0`, `000`,
/// floats such as `0.5` or `09.5`, but no old-style octal `017`.
fn scan_leading_zero(cur: &mut Cursor, mut c: u8) -> Result<bool, LocatedError> {
    loop {
        if c == b'_' {
            c = cur.next();
            if !c.is_ascii_digit() {
                cur.backup();
                return Err(cur.error("invalid decimal literal"));
            }
        }
        if c != b'0' {
            break;
        }
        c = cur.next();
    }
    let zeros_end = cur.cur;
    let mut nonzero = false;
    if c.is_ascii_digit() {
        nonzero = true;
        c = cur.decimal_tail()?;
    }
    match c {
        b'.' => {
            let c = cur.next();
            scan_fraction(cur, c)
        }
        b'e' | b'E' => scan_exponent(cur, c),
        b'j' | b'J' => scan_imaginary(cur),
        _ if nonzero => Err(LocatedError::new(
            "leading zeros in decimal integer literals are not permitted; \
             use an 0o prefix for octal integers",
            0,
            zeros_end - 1,
        )),
        _ => {
            cur.verify_end(c, "decimal")?;
            Ok(false)
        }
    }
}

/// After the integer part of a decimal literal; `c` is the next byte.
/// Returns whether the literal is imaginary.
fn scan_after_integer_part(cur: &mut Cursor, c: u8) -> Result<bool, LocatedError> {
    match c {
        b'.' => {
            let c = cur.next();
            scan_fraction(cur, c)
        }
        b'e' | b'E' => scan_exponent(cur, c),
        b'j' | b'J' => scan_imaginary(cur),
        _ => {
            cur.verify_end(c, "decimal")?;
            Ok(false)
        }
    }
}

/// After the `.` of a float; `c` is the byte after it.
fn scan_fraction(cur: &mut Cursor, mut c: u8) -> Result<bool, LocatedError> {
    if c.is_ascii_digit() {
        c = cur.decimal_tail()?;
    }
    match c {
        b'e' | b'E' => scan_exponent(cur, c),
        b'j' | b'J' => scan_imaginary(cur),
        _ => {
            cur.verify_end(c, "decimal")?;
            Ok(false)
        }
    }
}

/// At an `e`/`E` (already read as `e`).
fn scan_exponent(cur: &mut Cursor, e: u8) -> Result<bool, LocatedError> {
    let mut c = cur.next();
    if c == b'+' || c == b'-' {
        c = cur.next();
        if !c.is_ascii_digit() {
            cur.backup();
            return Err(cur.error("invalid decimal literal"));
        }
    } else if !c.is_ascii_digit() {
        // `1else`: the number ends before the `e`.
        cur.backup();
        cur.verify_end(e, "decimal")?;
        cur.backup();
        // Re-read the `e` so the caller's final backup leaves it out.
        cur.next();
        return Ok(false);
    }
    let c = cur.decimal_tail()?;
    if c == b'j' || c == b'J' {
        return scan_imaginary(cur);
    }
    cur.verify_end(c, "decimal")?;
    Ok(false)
}

/// After the `j` of an imaginary literal.
fn scan_imaginary(cur: &mut Cursor) -> Result<bool, LocatedError> {
    let c = cur.next();
    cur.verify_end(c, "imaginary")?;
    Ok(true)
}

/// Hexadecimal, octal and binary literals; the prefix has been read.
fn scan_radix(cur: &mut Cursor, text: &str, radix: u32) -> Result<(usize, Number), LocatedError> {
    let kind = match radix {
        16 => "hexadecimal",
        8 => "octal",
        _ => "binary",
    };
    let is_digit = |c: u8| (c as char).is_digit(radix);
    let mut c = cur.next();
    loop {
        if c == b'_' {
            c = cur.next();
        }
        if !is_digit(c) {
            if radix != 16 && c.is_ascii_digit() {
                return Err(cur.error(format!("invalid digit '{}' in {kind} literal", c as char)));
            }
            cur.backup();
            return Err(cur.error(format!("invalid {kind} literal")));
        }
        c = cur.next();
        while is_digit(c) {
            c = cur.next();
        }
        if c != b'_' {
            break;
        }
    }
    if radix != 16 && c.is_ascii_digit() {
        return Err(cur.error(format!("invalid digit '{}' in {kind} literal", c as char)));
    }
    cur.verify_end(c, kind)?;
    cur.backup();
    let len = cur.cur;
    let digits: String = text[2..len].chars().filter(|&c| c != '_').collect();
    Ok((len, int_from_digits(&digits, radix)))
}

/// The value of non-empty `digits` in `radix`: an i64 when it fits,
/// otherwise the digits themselves, for the interpreter's big-int parser
/// (which converts in sub-quadratic time and applies the decimal digit limit).
fn int_from_digits(digits: &str, radix: u32) -> Number {
    match i64::from_str_radix(digits, radix) {
        Ok(v) => Number::Int(v),
        Err(_) => Number::BigInt {
            digits: digits.to_owned(),
            radix,
        },
    }
}

/// The decoded body of a `str` or `bytes` literal.
#[derive(Clone, Debug, PartialEq)]
pub enum Decoded {
    Str(String),
    Bytes(Vec<u8>),
}

/// Decodes the body of a string literal (between its quotes). `raw` keeps
/// backslashes; `error_at` is where escape errors point (CPython puts them
/// after the literal).
pub fn decode_string(body: &str, raw: bool, error_at: usize) -> Result<String, LocatedError> {
    let body = normalize_newlines(body);
    if raw {
        return Ok(body.into_owned());
    }
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((pos, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            out.push('\\');
            break;
        };
        let unicode_error = |end: usize, what: &str| {
            LocatedError::at(
                format!(
                    "(unicode error) 'unicodeescape' codec can't decode bytes in position {pos}-{}: {what}",
                    end.saturating_sub(1)
                ),
                error_at,
            )
        };
        match e {
            '\n' => {}
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut value = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d @ '0'..='7')) => {
                            value = value * 8 + d.to_digit(8).unwrap_or(0);
                            chars.next();
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(value).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let (count, what) = match e {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut value = 0u32;
                let mut end = pos + 2;
                for _ in 0..count {
                    match chars.peek() {
                        Some(&(i, d)) if d.is_ascii_hexdigit() => {
                            value = value * 16 + d.to_digit(16).unwrap_or(0);
                            end = i + 1;
                            chars.next();
                        }
                        _ => return Err(unicode_error(end, what)),
                    }
                }
                match char::from_u32(value) {
                    Some(ch) => out.push(ch),
                    None if (0xd800..0xe000).contains(&value) => {
                        return Err(LocatedError::at(
                            "surrogate code points in string literals are not supported by piepie",
                            error_at,
                        ))
                    }
                    None => return Err(unicode_error(end, "illegal Unicode character")),
                }
            }
            'N' => {
                let rest = &body[pos + 2..];
                let name = rest
                    .strip_prefix('{')
                    .and_then(|r| r.find('}').map(|close| &r[..close]));
                let Some(name) = name else {
                    return Err(unicode_error(pos + 2, "malformed \\N character escape"));
                };
                let end = pos + 2 + name.len() + 2;
                match char_by_name(name) {
                    Some(ch) => out.push(ch),
                    None => return Err(unicode_error(end, "unknown Unicode character name")),
                }
                while chars.peek().is_some_and(|&(i, _)| i < end) {
                    chars.next();
                }
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// Decodes the body of a bytes literal. `token` is the literal's span (for
/// the non-ASCII error); `error_at` is where escape errors point.
pub fn decode_bytes(
    body: &str,
    raw: bool,
    token: (usize, usize),
    error_at: usize,
) -> Result<Vec<u8>, LocatedError> {
    if !body.is_ascii() {
        return Err(LocatedError::new(
            "bytes can only contain ASCII literal characters",
            token.0,
            token.1,
        ));
    }
    let body = normalize_newlines(body);
    let bytes = body.as_bytes();
    if raw {
        return Ok(bytes.to_vec());
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        i += 1;
        if c != b'\\' {
            out.push(c);
            continue;
        }
        let Some(&e) = bytes.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(0x07),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(0x0b),
            b'0'..=b'7' => {
                let mut value = (e - b'0') as u32;
                for _ in 0..2 {
                    match bytes.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            value = value * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push((value & 0xff) as u8);
            }
            b'x' => {
                let hex = bytes
                    .get(i..i + 2)
                    .filter(|h| h.iter().all(u8::is_ascii_hexdigit));
                let Some(hex) = hex else {
                    return Err(LocatedError::at(
                        format!("(value error) invalid \\x escape at position {}", i - 2),
                        error_at,
                    ));
                };
                let value = (hex[0] as char).to_digit(16).unwrap_or(0) * 16
                    + (hex[1] as char).to_digit(16).unwrap_or(0);
                out.push(value as u8);
                i += 2;
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// Source files are read with universal newlines: `\r\n` and `\r` become `\n`.
fn normalize_newlines(body: &str) -> std::borrow::Cow<'_, str> {
    if body.contains('\r') {
        std::borrow::Cow::Owned(body.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        std::borrow::Cow::Borrowed(body)
    }
}

/// `\N{...}` names piepie knows: ASCII letters and digits, and a table of
/// common symbols. Lookup ignores case, as CPython's does.
fn char_by_name(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    for (prefix, base) in [
        ("LATIN CAPITAL LETTER ", b'A'),
        ("LATIN SMALL LETTER ", b'a'),
    ] {
        if let Some(letter) = upper.strip_prefix(prefix) {
            if letter.len() == 1 && letter.as_bytes()[0].is_ascii_uppercase() {
                return Some((base + (letter.as_bytes()[0] - b'A')) as char);
            }
        }
    }
    const DIGITS: [&str; 10] = [
        "ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE",
    ];
    if let Some(digit) = upper.strip_prefix("DIGIT ") {
        if let Some(i) = DIGITS.iter().position(|&d| d == digit) {
            return Some((b'0' + i as u8) as char);
        }
    }
    const NAMES: &[(&str, char)] = &[
        ("NULL", '\0'),
        ("CHARACTER TABULATION", '\t'),
        ("LINE FEED", '\n'),
        ("CARRIAGE RETURN", '\r'),
        ("ESCAPE", '\x1b'),
        ("SPACE", ' '),
        ("NO-BREAK SPACE", '\u{a0}'),
        ("SECTION SIGN", '§'),
        ("COPYRIGHT SIGN", '©'),
        ("REGISTERED SIGN", '®'),
        ("DEGREE SIGN", '°'),
        ("PLUS-MINUS SIGN", '±'),
        ("MICRO SIGN", 'µ'),
        ("PILCROW SIGN", '¶'),
        ("MIDDLE DOT", '·'),
        ("MULTIPLICATION SIGN", '×'),
        ("DIVISION SIGN", '÷'),
        ("LATIN SMALL LETTER E WITH ACUTE", 'é'),
        ("LATIN SMALL LETTER SHARP S", 'ß'),
        ("GREEK SMALL LETTER ALPHA", 'α'),
        ("GREEK SMALL LETTER BETA", 'β'),
        ("GREEK SMALL LETTER GAMMA", 'γ'),
        ("GREEK SMALL LETTER DELTA", 'δ'),
        ("GREEK SMALL LETTER PI", 'π'),
        ("GREEK SMALL LETTER LAMDA", 'λ'),
        ("GREEK SMALL LETTER MU", 'μ'),
        ("GREEK SMALL LETTER SIGMA", 'σ'),
        ("GREEK CAPITAL LETTER DELTA", 'Δ'),
        ("GREEK CAPITAL LETTER SIGMA", 'Σ'),
        ("GREEK CAPITAL LETTER OMEGA", 'Ω'),
        ("ZERO WIDTH SPACE", '\u{200b}'),
        ("EN DASH", '–'),
        ("EM DASH", '—'),
        ("LEFT SINGLE QUOTATION MARK", '‘'),
        ("RIGHT SINGLE QUOTATION MARK", '’'),
        ("LEFT DOUBLE QUOTATION MARK", '“'),
        ("RIGHT DOUBLE QUOTATION MARK", '”'),
        ("BULLET", '•'),
        ("HORIZONTAL ELLIPSIS", '…'),
        ("EURO SIGN", '€'),
        ("POUND SIGN", '£'),
        ("YEN SIGN", '¥'),
        ("LEFTWARDS ARROW", '←'),
        ("RIGHTWARDS ARROW", '→'),
        ("INFINITY", '∞'),
        ("BLACK STAR", '★'),
        ("WHITE STAR", '☆'),
        ("SNOWMAN", '☃'),
        ("CHECK MARK", '✓'),
        ("HEAVY CHECK MARK", '✔'),
        ("BALLOT X", '✗'),
        ("BOX DRAWINGS LIGHT HORIZONTAL", '─'),
        ("BOX DRAWINGS LIGHT VERTICAL", '│'),
        ("FULL BLOCK", '█'),
        ("REPLACEMENT CHARACTER", '\u{fffd}'),
    ];
    NAMES.iter().find(|(n, _)| *n == upper).map(|&(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(text: &str) -> Number {
        scan_number(text).expect(text).1
    }

    fn err(text: &str) -> (String, usize) {
        let e = scan_number(text).expect_err(text);
        (e.msg.clone(), e.start())
    }

    #[test]
    fn integers_in_every_base() {
        assert_eq!(num("0"), Number::Int(0));
        assert_eq!(num("000"), Number::Int(0));
        assert_eq!(num("1_000"), Number::Int(1000));
        assert_eq!(num("0x_ff"), Number::Int(255));
        assert_eq!(num("0o17"), Number::Int(15));
        assert_eq!(num("0B1010"), Number::Int(10));
        assert_eq!(num("9223372036854775807"), Number::Int(i64::MAX));
        assert_eq!(
            num("9223372036854775808"),
            Number::BigInt {
                digits: "9223372036854775808".into(),
                radix: 10
            }
        );
        assert_eq!(
            num("0xffffffffffffffffffff"),
            Number::BigInt {
                digits: "ffffffffffffffffffff".into(),
                radix: 16
            }
        );
        assert_eq!(
            num("100000000000000000000000000000"),
            Number::BigInt {
                digits: "100000000000000000000000000000".into(),
                radix: 10
            }
        );
    }

    #[test]
    fn floats() {
        assert_eq!(num("1."), Number::Float(1.0));
        assert_eq!(num(".5"), Number::Float(0.5));
        assert_eq!(num("1e-3"), Number::Float(0.001));
        assert_eq!(num("1_000.5"), Number::Float(1000.5));
        assert_eq!(num("09.5"), Number::Float(9.5));
        assert_eq!(num("1E+2"), Number::Float(100.0));
    }

    #[test]
    fn literal_length_stops_before_keyword() {
        assert_eq!(scan_number("1if x").unwrap().0, 1);
        assert_eq!(scan_number("1else").unwrap().0, 1);
        assert_eq!(scan_number("0xfor").unwrap().0, 3);
        assert_eq!(scan_number("1.5)").unwrap().0, 3);
    }

    #[test]
    fn malformed_numbers_match_cpython_columns() {
        // Columns are those CPython reports, relative to the literal.
        assert_eq!(err("1abc"), ("invalid decimal literal".into(), 0));
        assert_eq!(err("12abc"), ("invalid decimal literal".into(), 1));
        assert_eq!(err("1_"), ("invalid decimal literal".into(), 1));
        assert_eq!(err("1__0"), ("invalid decimal literal".into(), 1));
        assert_eq!(err("1e"), ("invalid decimal literal".into(), 0));
        assert_eq!(err("1.e"), ("invalid decimal literal".into(), 1));
        assert_eq!(err("0x"), ("invalid hexadecimal literal".into(), 1));
        assert_eq!(err("0xg"), ("invalid hexadecimal literal".into(), 1));
        assert_eq!(
            err("0b2"),
            ("invalid digit '2' in binary literal".into(), 2)
        );
        assert_eq!(
            err("0b12"),
            ("invalid digit '2' in binary literal".into(), 3)
        );
        assert_eq!(err("0o8"), ("invalid digit '8' in octal literal".into(), 2));
        assert_eq!(err("0b1_"), ("invalid binary literal".into(), 3));
        assert!(err("09").0.starts_with("leading zeros"));
        assert!(err("1j").0.starts_with("complex numbers"));
        assert!(err("1.5J").0.starts_with("complex numbers"));
    }

    #[test]
    fn string_escapes() {
        let s = |b: &str| decode_string(b, false, 0).unwrap();
        assert_eq!(s(r"a\nb\t\\\'\x41\101\u00e9\U0001F600"), "a\nb\t\\'AAé😀");
        assert_eq!(s("a\\\nb"), "ab");
        assert_eq!(s(r"\d\q"), r"\d\q");
        assert_eq!(s(r"\N{bullet}\N{LATIN SMALL LETTER Q}"), "•q");
        assert_eq!(s(r"\0\a\b\f\v\r"), "\0\x07\x08\x0c\x0b\r");
        assert_eq!(decode_string(r"a\nb", true, 0).unwrap(), r"a\nb");
        let e = decode_string(r"\x4", false, 9).unwrap_err();
        assert_eq!(
            e.msg,
            r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape"
        );
        assert!(decode_string(r"\N{NO SUCH NAME}", false, 0).is_err());
    }

    #[test]
    fn bytes_escapes() {
        let b = |s: &str| decode_bytes(s, false, (0, 0), 0).unwrap();
        assert_eq!(b(r"a\x00\xff\777\u1234"), b"a\x00\xff\xff\\u1234".to_vec());
        assert!(decode_bytes("é", false, (0, 4), 0).is_err());
    }
}
