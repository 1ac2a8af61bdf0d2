//! printf-style formatting of `str`: `fmt % args`, as CPython 3.11's
//! `PyUnicode_Format` does it, character for character and error for error.
//!
//! Owns parsing of `%[(key)][flags][width][.precision][hlL]conv`, the
//! argument bookkeeping (a tuple is consumed item by item, any other object
//! is the single argument, a mapping serves `%(key)` lookups) and the
//! layout of each converted value (padding, sign, `0x` prefix, zero fill).
//! The caller owns the Python objects: it implements [`PercentArgs`], which
//! converts one argument with `str()`, `repr()`, `int()`, `float()` or to a
//! character, raising its own exceptions.
//!
//! Invariants: the order of argument fetches and of errors is CPython's (an
//! argument is fetched before its conversion character is validated, so
//! `'%z' % ()` is "not enough arguments"); widths and precisions count code
//! points; nothing panics, and a result too large to allocate is
//! [`PercentError::Memory`].

use num_bigint::BigInt;

use super::float_repr::{double_to_string, FloatFormat, FloatStyle};
use super::num_parse::{bigint_to_decimal, bigint_to_radix};
use super::str_methods::ascii_escape;

/// An exception raised by the formatter itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PercentError {
    /// `TypeError` with this message.
    Type(String),
    /// `ValueError` with this message.
    Value(String),
    /// `OverflowError` with this message.
    Overflow(String),
    /// The result would be too large to allocate (`MemoryError`).
    Memory,
}

/// The right operand of `%`, seen through the caller's object model.
pub trait PercentArgs {
    /// One argument (typically the VM's value handle).
    type Arg;
    /// The caller's exception type; the formatter's own errors convert into it.
    type Error: From<PercentError>;

    /// `Some(n)` when the operand is a tuple of `n` items, `None` for any
    /// other object (which is then the single argument).
    fn tuple_len(&self) -> Option<usize>;
    /// Item `index` of the tuple operand (`index < n`).
    fn tuple_item(&mut self, index: usize) -> Self::Arg;
    /// The operand itself, when it is not a tuple.
    fn whole(&mut self) -> Self::Arg;
    /// Whether the operand can serve `%(key)s`: CPython's
    /// `PyMapping_Check(args) && !tuple && !str` (so a list counts, and an
    /// operand that is a mapping is exempt from "not all arguments converted").
    fn is_mapping(&self) -> bool;
    /// `operand[key]` for `%(key)s` (KeyError and the like are the caller's).
    fn by_key(&mut self, key: &str) -> Result<Self::Arg, Self::Error>;
    /// The value of an `int` argument for a `*` width or precision:
    /// `Ok(None)` when it is not an int (the formatter raises
    /// `TypeError: * wants int`), an error if it does not fit in 64 bits.
    fn star_int(&mut self, a: &Self::Arg) -> Result<Option<i64>, Self::Error>;
    /// `str(a)`, for `%s`.
    fn to_str(&mut self, a: &Self::Arg) -> Result<String, Self::Error>;
    /// `repr(a)`, for `%r` and (escaped by the formatter) `%a`.
    fn to_repr(&mut self, a: &Self::Arg) -> Result<String, Self::Error>;
    /// The integer for `%d %i %u` (`int(a)` of a number) or `%x %X %o`
    /// (`a.__index__()`); otherwise a `TypeError` such as
    /// "%d format: a real number is required, not str" or
    /// "%x format: an integer is required, not float".
    fn to_int(&mut self, a: &Self::Arg, conv: char) -> Result<BigInt, Self::Error>;
    /// `float(a)` for `%e %E %f %F %g %G`; otherwise
    /// "must be real number, not str".
    fn to_float(&mut self, a: &Self::Arg, conv: char) -> Result<f64, Self::Error>;
    /// The character for `%c`: a one-character `str` or an int code point
    /// (TypeError "%c requires int or char", OverflowError
    /// "%c arg not in range(0x110000)"). A surrogate code point has no
    /// `char`; the caller decides what to raise for it.
    fn to_char(&mut self, a: &Self::Arg) -> Result<char, Self::Error>;
}

/// Flag bits of one conversion specifier.
#[derive(Clone, Copy, Default)]
struct Flags {
    left_justify: bool,
    sign: bool,
    blank: bool,
    alternate: bool,
    zero: bool,
}

/// One parsed `%` specifier: flags, width and precision (-1 = absent), and
/// the conversion character.
struct Spec {
    flags: Flags,
    width: i64,
    precision: i64,
    conv: char,
}

/// Where positional arguments come from right now.
enum Source<Arg> {
    /// A tuple operand: `next` of `len` items consumed so far.
    Tuple { len: usize, next: usize },
    /// A non-tuple operand, usable once.
    Whole { used: bool },
    /// The value of the last `%(key)` lookup, usable once.
    Keyed(Option<Arg>),
}

/// A cursor over the format string, counting code points for error
/// messages. Reading past the end sets `exhausted` (CPython's `fmtcnt < 0`).
struct Cursor<'a> {
    text: &'a str,
    byte: usize,
    index: usize,
    exhausted: bool,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<char> {
        self.text[self.byte..].chars().next()
    }

    fn read(&mut self) -> Option<char> {
        if self.exhausted {
            return None;
        }
        match self.peek() {
            Some(c) => {
                self.byte += c.len_utf8();
                self.index += 1;
                Some(c)
            }
            None => {
                self.exhausted = true;
                None
            }
        }
    }
}

/// The formatter's state for one `%` operation.
struct Formatter<'a, 'f, A: PercentArgs> {
    args: &'a mut A,
    source: Source<A::Arg>,
    is_mapping: bool,
    cur: Cursor<'f>,
    out: String,
}

/// `fmt % args`.
pub fn percent_format<A: PercentArgs>(fmt: &str, args: &mut A) -> Result<String, A::Error> {
    let source = match args.tuple_len() {
        Some(len) => Source::Tuple { len, next: 0 },
        None => Source::Whole { used: false },
    };
    let is_mapping = args.is_mapping();
    let mut f = Formatter {
        args,
        source,
        is_mapping,
        cur: Cursor {
            text: fmt,
            byte: 0,
            index: 0,
            exhausted: false,
        },
        out: String::with_capacity(fmt.len() + 16),
    };
    while f.cur.byte < fmt.len() {
        let rest = &fmt[f.cur.byte..];
        match rest.find('%') {
            Some(0) => {
                f.cur.read();
                f.one_conversion()?;
            }
            found => {
                let literal = &rest[..found.unwrap_or(rest.len())];
                f.out.push_str(literal);
                f.cur.byte += literal.len();
                f.cur.index += literal.chars().count();
            }
        }
    }
    let unused = match f.source {
        Source::Tuple { len, next } => next < len,
        Source::Whole { used } => !used,
        Source::Keyed(_) => false,
    };
    if unused && !f.is_mapping {
        return Err(type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(f.out)
}

fn type_error<E: From<PercentError>>(msg: &str) -> E {
    E::from(PercentError::Type(msg.to_owned()))
}

fn value_error<E: From<PercentError>>(msg: &str) -> E {
    E::from(PercentError::Value(msg.to_owned()))
}

impl<A: PercentArgs> Formatter<'_, '_, A> {
    /// The next positional argument, or "not enough arguments".
    fn next_arg(&mut self) -> Result<A::Arg, A::Error> {
        let arg = match &mut self.source {
            Source::Tuple { len, next } if *next < *len => {
                *next += 1;
                Some(self.args.tuple_item(*next - 1))
            }
            Source::Whole { used } if !*used => {
                *used = true;
                Some(self.args.whole())
            }
            Source::Keyed(slot) => slot.take(),
            _ => None,
        };
        arg.ok_or_else(|| type_error("not enough arguments for format string"))
    }

    /// Handles one specifier; the cursor is just past its `%`.
    fn one_conversion(&mut self) -> Result<(), A::Error> {
        if self.cur.peek() == Some('%') {
            self.cur.read();
            self.out.push('%');
            return Ok(());
        }
        let spec = self.parse_spec()?;
        let arg = self.next_arg()?;
        let (text, numeric) = match spec.conv {
            's' => (self.args.to_str(&arg)?, false),
            'r' => (self.args.to_repr(&arg)?, false),
            'a' => (ascii_escape(&self.args.to_repr(&arg)?).into_owned(), false),
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let v = self.args.to_int(&arg, spec.conv)?;
                (format_long(&v, &spec)?, true)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = self.args.to_float(&arg, spec.conv)?;
                (format_double(x, &spec), true)
            }
            'c' => (self.args.to_char(&arg)?.to_string(), false),
            other => {
                let shown = if (31..=126).contains(&u32::from(other)) {
                    other
                } else {
                    '?'
                };
                return Err(value_error(&format!(
                    "unsupported format character '{shown}' (0x{:x}) at index {}",
                    u32::from(other),
                    self.cur.index - 1
                )));
            }
        };
        write_padded(&mut self.out, &text, &spec, numeric).map_err(A::Error::from)
    }

    /// Parses `[(key)][flags][width][.precision][hlL]conv`, fetching `*`
    /// arguments and the `%(key)` value as it goes, like CPython.
    fn parse_spec(&mut self) -> Result<Spec, A::Error> {
        // CPython's "current character": what was read last (NUL at the end).
        let mut ch = self.cur.peek().unwrap_or('\0');
        if ch == '(' {
            self.parse_key()?;
            ch = ')';
        }
        let mut flags = Flags::default();
        while let Some(c) = self.cur.read() {
            ch = c;
            match c {
                '-' => flags.left_justify = true,
                '+' => flags.sign = true,
                ' ' => flags.blank = true,
                '#' => flags.alternate = true,
                '0' => flags.zero = true,
                _ => break,
            }
        }
        let mut width = -1;
        if ch == '*' {
            let v = self.star_arg()?;
            if v < 0 {
                flags.left_justify = true;
            }
            width = i64::try_from(v.unsigned_abs()).unwrap_or(i64::MAX);
            if let Some(c) = self.cur.read() {
                ch = c;
            }
        } else if ch.is_ascii_digit() {
            width = digit(ch);
            while let Some(c) = self.cur.read() {
                ch = c;
                if !c.is_ascii_digit() {
                    break;
                }
                width = width
                    .checked_mul(10)
                    .and_then(|w| w.checked_add(digit(c)))
                    .ok_or_else(|| value_error("width too big"))?;
            }
        }
        let mut precision = -1;
        if ch == '.' {
            precision = 0;
            if let Some(c) = self.cur.read() {
                ch = c;
            }
            if ch == '*' {
                let v = self.star_arg()?;
                if i32::try_from(v).is_err() {
                    return Err(A::Error::from(PercentError::Overflow(
                        "Python int too large to convert to C int".to_owned(),
                    )));
                }
                precision = v.max(0);
                if let Some(c) = self.cur.read() {
                    ch = c;
                }
            } else if ch.is_ascii_digit() {
                precision = digit(ch);
                while let Some(c) = self.cur.read() {
                    ch = c;
                    if !c.is_ascii_digit() {
                        break;
                    }
                    precision = precision * 10 + digit(c);
                    if precision > i64::from(i32::MAX) {
                        return Err(value_error("precision too big"));
                    }
                }
            }
        }
        if !self.cur.exhausted && matches!(ch, 'h' | 'l' | 'L') {
            if let Some(c) = self.cur.read() {
                ch = c;
            }
        }
        if self.cur.exhausted {
            return Err(value_error("incomplete format"));
        }
        Ok(Spec {
            flags,
            width,
            precision,
            conv: ch,
        })
    }

    /// `%(key)`: the cursor is on the `(`. Looks the key up and makes its
    /// value the one positional argument.
    fn parse_key(&mut self) -> Result<(), A::Error> {
        if !self.is_mapping {
            return Err(type_error("format requires a mapping"));
        }
        self.cur.read();
        let key_start = self.cur.byte;
        let mut depth = 1;
        let mut key_end = key_start;
        while depth > 0 {
            match self.cur.read() {
                Some(')') => depth -= 1,
                Some('(') => depth += 1,
                Some(_) => {}
                None => return Err(value_error("incomplete format key")),
            }
            key_end = self.cur.byte - 1;
        }
        let text = self.cur.text;
        let value = self.args.by_key(&text[key_start..key_end])?;
        self.source = Source::Keyed(Some(value));
        Ok(())
    }

    /// The value of a `*` argument.
    fn star_arg(&mut self) -> Result<i64, A::Error> {
        let arg = self.next_arg()?;
        self.args
            .star_int(&arg)?
            .ok_or_else(|| type_error("* wants int"))
    }
}

/// The value of an ASCII digit.
fn digit(c: char) -> i64 {
    i64::from(u32::from(c) - u32::from('0'))
}

/// CPython's `_PyUnicode_FormatLong`: `-`, then `0x`/`0X`/`0o` under `#`,
/// then at least `precision` digits.
fn format_long(v: &BigInt, spec: &Spec) -> Result<String, PercentError> {
    if spec.precision > i64::from(i32::MAX) - 3 {
        return Err(PercentError::Overflow("precision too large".to_owned()));
    }
    let (base, prefix) = match spec.conv {
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let prefix = if spec.flags.alternate { prefix } else { "" };
    let text = if base == 10 {
        // Decimal digits obey `sys.set_int_max_str_digits()`.
        bigint_to_decimal(v).map_err(PercentError::Value)?
    } else {
        bigint_to_radix(v, base, "")
    };
    let (sign, digits) = match text.strip_prefix('-') {
        Some(d) => ("-", d),
        None => ("", text.as_str()),
    };
    let zeros = usize::try_from(spec.precision)
        .unwrap_or(0)
        .saturating_sub(digits.len());
    let mut out = String::new();
    out.try_reserve(sign.len() + prefix.len() + zeros + digits.len())
        .map_err(|_| PercentError::Memory)?;
    out.push_str(sign);
    out.push_str(prefix);
    out.extend(std::iter::repeat_n('0', zeros));
    out.push_str(digits);
    if spec.conv == 'X' {
        out.make_ascii_uppercase();
    }
    Ok(out)
}

/// CPython's `PyOS_double_to_string` for one of `eEfFgG`, default
/// precision 6.
fn format_double(x: f64, spec: &Spec) -> String {
    let style = match spec.conv.to_ascii_lowercase() {
        'e' => FloatStyle::Exponent,
        'f' => FloatStyle::Fixed,
        _ => FloatStyle::General,
    };
    let precision = usize::try_from(spec.precision).unwrap_or(6);
    let mut fmt = FloatFormat::new(style, precision);
    fmt.upper = spec.conv.is_ascii_uppercase();
    fmt.alternate = spec.flags.alternate;
    double_to_string(x, &fmt)
}

/// Appends `text` laid out per `spec`, as CPython's
/// `unicode_format_arg_output`: `%s`-style conversions are cut to the
/// precision; numbers get their sign (`+`/` ` flags) and `0x` prefix placed
/// before zero padding or after space padding.
fn write_padded(
    out: &mut String,
    text: &str,
    spec: &Spec,
    numeric: bool,
) -> Result<(), PercentError> {
    let flags = spec.flags;
    let mut len = text.chars().count() as i64;
    if (spec.width <= len)
        && (spec.precision == -1 || spec.precision >= len)
        && !(flags.sign || flags.blank)
    {
        out.push_str(text);
        return Ok(());
    }
    if matches!(spec.conv, 's' | 'r' | 'a') && spec.precision >= 0 && len > spec.precision {
        len = spec.precision;
    }
    let fill = if numeric && flags.zero { '0' } else { ' ' };
    let mut body = text;
    let mut sign_char = None;
    if numeric {
        if let Some(c @ ('-' | '+')) = text.chars().next() {
            sign_char = Some(c);
            body = &text[1..];
            len -= 1;
        } else if flags.sign {
            sign_char = Some('+');
        } else if flags.blank {
            sign_char = Some(' ');
        }
    }
    let mut width = spec.width.max(len);
    let needed = usize::try_from(width)
        .unwrap_or(usize::MAX)
        .saturating_add(text.len());
    out.try_reserve(needed).map_err(|_| PercentError::Memory)?;
    if let Some(sign) = sign_char {
        if fill != ' ' {
            out.push(sign);
        }
        if width > len {
            width -= 1;
        }
    }
    let has_prefix = flags.alternate && matches!(spec.conv, 'x' | 'X' | 'o');
    // Under `#`, `body` starts with the two-character prefix ("0x").
    let prefix = if has_prefix {
        body.get(..2).unwrap_or("")
    } else {
        ""
    };
    if has_prefix {
        body = body.get(2..).unwrap_or("");
        if fill != ' ' {
            out.push_str(prefix);
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !flags.left_justify {
        out.extend(std::iter::repeat_n(fill, (width - len) as usize));
        width = len;
    }
    if fill == ' ' {
        if let Some(sign) = sign_char {
            out.push(sign);
        }
        out.push_str(prefix);
    }
    let len = usize::try_from(len).unwrap_or(0);
    let end = body.char_indices().nth(len).map_or(body.len(), |(i, _)| i);
    out.push_str(&body[..end]);
    let written = i64::try_from(body[..end].chars().count()).unwrap_or(i64::MAX);
    if width > written {
        out.extend(std::iter::repeat_n(' ', (width - written) as usize));
    }
    Ok(())
}

#[cfg(test)]
#[path = "percent_format_tests.rs"]
mod tests;
