//! Parsing of `str.format` / `str.format_map` templates, exactly as CPython
//! 3.11's `Objects/stringlib/unicode_format.h` reads them: literal text with
//! `{{`/`}}` escapes, replacement fields `{name!conv:spec}`, field names
//! `first(.attr|[key])*`, and the automatic/manual numbering rule.
//!
//! The caller (the VM) renders: it looks each field up, applies the
//! conversion, expands a spec that contains `{` by parsing it as a template
//! again (at most [`MAX_RECURSION_DEPTH`] levels, sharing one
//! [`AutoNumbering`]) and calls `format(value, spec)`.
//!
//! Invariants: errors are CPython's `ValueError` messages and come in
//! CPython's order when the caller consumes [`TemplateIter`] lazily (a
//! malformed field late in the template is only reported after the fields
//! before it were rendered); errors inside a field name's accessors are
//! deferred to [`FieldName::trailing_error`], which CPython reports only
//! after the accessors before it succeeded. Indices are code points; nothing
//! panics on any input.

use std::borrow::Cow;

use super::str_methods::decimal_value;

/// How many template levels `str.format` expands: `'{0:{1}}'` works,
/// `'{0:{1:{2}}}'` raises [`RECURSION_ERROR`].
pub const MAX_RECURSION_DEPTH: usize = 2;

/// `ValueError` text when a spec nests deeper than [`MAX_RECURSION_DEPTH`].
pub const RECURSION_ERROR: &str = "Max string recursion exceeded";

/// `ValueError` text for a positional field under `str.format_map`.
pub const POSITIONAL_IN_FORMAT_MAP: &str = "Format string contains positional fields";

/// The part of a field name before the first `.` or `[`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldKey {
    /// `{}`: the next automatic index (see [`AutoNumbering`]).
    Auto,
    /// `{3}`: a positional argument (Unicode decimal digits count).
    Index(usize),
    /// `{name}` (also `{-1}` or `{ 0}`): a keyword argument.
    Name(String),
}

/// One `.attr` or `[key]` step after the first part of a field name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Accessor {
    /// `.name`: `getattr(obj, name)`.
    Attr(String),
    /// `[3]`: `obj[3]` with an int key.
    Index(usize),
    /// `[name]`: `obj["name"]` with a str key (no quotes are stripped).
    Key(String),
}

/// A parsed field name such as `0.real` or `data[key][0]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldName {
    /// The argument to look up.
    pub first: FieldKey,
    /// The accessors to apply to it, in order.
    pub rest: Vec<Accessor>,
    /// A malformed accessor after `rest` (e.g. "Empty attribute in format
    /// string"): CPython raises it only once the lookups before it succeed,
    /// so the caller applies `rest` and then raises this `ValueError`.
    pub trailing_error: Option<String>,
}

/// One piece of a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Text to copy (escapes already resolved; never empty).
    Literal(Cow<'a, str>),
    /// A replacement field.
    Field {
        /// What to look up.
        name: FieldName,
        /// The `!r`/`!s`/`!a` conversion; any other character is rejected
        /// by the caller with [`conversion_error`] after the lookup.
        conversion: Option<char>,
        /// The format spec after `:`, raw: if it contains `{` the caller
        /// expands it as a template first.
        spec: &'a str,
    },
}

/// One step of CPython's `MarkupIterator`: literal text (with at most one
/// trailing escaped brace) and maybe a raw field. This is what
/// `_string.formatter_parser` (and so `string.Formatter.parse`) reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Markup<'a> {
    /// Literal text, possibly empty.
    pub literal: &'a str,
    /// The field after it, if any.
    pub field: Option<RawField<'a>>,
}

/// A replacement field as written, before its name is parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawField<'a> {
    /// The field name (possibly empty).
    pub name: &'a str,
    /// The character after `!`, if any.
    pub conversion: Option<char>,
    /// The format spec (empty when absent).
    pub spec: &'a str,
}

/// Iterates over the [`Markup`] steps of a template.
pub struct MarkupIter<'a> {
    text: &'a str,
    pos: usize,
    failed: bool,
}

/// The markup steps of `template`.
pub fn markup_iter(template: &str) -> MarkupIter<'_> {
    MarkupIter {
        text: template,
        pos: 0,
        failed: false,
    }
}

impl<'a> Iterator for MarkupIter<'a> {
    type Item = Result<Markup<'a>, String>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.pos >= self.text.len() {
            return None;
        }
        let result = self.step();
        self.failed = result.is_err();
        Some(result)
    }
}

impl<'a> MarkupIter<'a> {
    /// CPython's `MarkupIterator_next`.
    fn step(&mut self) -> Result<Markup<'a>, String> {
        let text = self.text;
        let start = self.pos;
        let Some(brace_at) = text[start..].find(['{', '}']).map(|i| start + i) else {
            self.pos = text.len();
            return Ok(Markup {
                literal: &text[start..],
                field: None,
            });
        };
        let brace = text.as_bytes()[brace_at];
        let after = brace_at + 1;
        let next = text.as_bytes().get(after).copied();
        if brace == b'}' && next != Some(b'}') {
            return Err("Single '}' encountered in format string".to_owned());
        }
        if next.is_none() {
            return Err("Single '{' encountered in format string".to_owned());
        }
        if next == Some(brace) {
            // An escaped brace: the literal keeps one of the two.
            self.pos = after + 1;
            return Ok(Markup {
                literal: &text[start..after],
                field: None,
            });
        }
        self.pos = after;
        let field = self.parse_field()?;
        Ok(Markup {
            literal: &text[start..brace_at],
            field: Some(field),
        })
    }

    /// Reads the next character, advancing.
    fn read(&mut self) -> Option<char> {
        let c = self.text[self.pos..].chars().next()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    /// CPython's `parse_field`: the cursor is just past the opening `{`.
    fn parse_field(&mut self) -> Result<RawField<'a>, String> {
        let text = self.text;
        let name_start = self.pos;
        let mut last = None;
        while let Some(c) = self.read() {
            last = Some(c);
            match c {
                '{' => return Err("unexpected '{' in field name".to_owned()),
                '[' => {
                    // Brackets may hold any character but ']'.
                    if let Some(close) = text[self.pos..].find(']') {
                        self.pos += close;
                    } else {
                        self.pos = text.len();
                    }
                }
                '}' | ':' | '!' => break,
                _ => {}
            }
        }
        let name = match last {
            Some(c @ ('}' | ':' | '!')) => &text[name_start..self.pos - c.len_utf8()],
            _ => return Err("expected '}' before end of string".to_owned()),
        };
        if last == Some('}') {
            return Ok(RawField {
                name,
                conversion: None,
                spec: "",
            });
        }
        let mut conversion = None;
        if last == Some('!') {
            let Some(conv) = self.read() else {
                return Err("end of string while looking for conversion specifier".to_owned());
            };
            // CPython stores "no conversion" as NUL, so `!\0` means none.
            conversion = (conv != '\0').then_some(conv);
            match self.read() {
                Some('}') => {
                    return Ok(RawField {
                        name,
                        conversion,
                        spec: "",
                    })
                }
                Some(':') => {}
                Some(_) => return Err("expected ':' after conversion specifier".to_owned()),
                None => {}
            }
        }
        let spec_start = self.pos;
        let mut depth = 1;
        while let Some(c) = self.read() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        return Ok(RawField {
                            name,
                            conversion,
                            spec: &text[spec_start..self.pos - 1],
                        });
                    }
                }
                _ => {}
            }
        }
        Err("unmatched '{' in format spec".to_owned())
    }
}

/// CPython's `get_integer`: `Some(n)` when `s` is all (Unicode) decimal
/// digits, `None` when it is empty or has another character.
fn get_integer(s: &str) -> Result<Option<usize>, String> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut value: i64 = 0;
    for c in s.chars() {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(i64::from(d)))
            .ok_or_else(|| "Too many decimal digits in format string".to_owned())?;
    }
    Ok(usize::try_from(value).ok())
}

/// Parses a field name: `first` up to the first `.` or `[`, then accessors.
/// An error in `first` (too many digits) is returned; errors in the
/// accessors are deferred into [`FieldName::trailing_error`].
pub fn parse_field_name(name: &str) -> Result<FieldName, String> {
    let split = name.find(['.', '[']).unwrap_or(name.len());
    let first_text = &name[..split];
    let first = if first_text.is_empty() {
        FieldKey::Auto
    } else {
        match get_integer(first_text)? {
            Some(i) => FieldKey::Index(i),
            None => FieldKey::Name(first_text.to_owned()),
        }
    };
    let mut rest = Vec::new();
    let mut remaining = &name[split..];
    let trailing_error = loop {
        match next_accessor(&mut remaining) {
            Ok(Some(accessor)) => rest.push(accessor),
            Ok(None) => break None,
            Err(e) => break Some(e),
        }
    };
    Ok(FieldName {
        first,
        rest,
        trailing_error,
    })
}

/// CPython's `FieldNameIterator_next`: takes one accessor off the front of
/// `remaining`.
fn next_accessor(remaining: &mut &str) -> Result<Option<Accessor>, String> {
    let s = *remaining;
    let Some(c) = s.chars().next() else {
        return Ok(None);
    };
    let accessor = match c {
        '.' => {
            let body = &s[1..];
            let end = body.find(['.', '[']).unwrap_or(body.len());
            *remaining = &body[end..];
            let attr = &body[..end];
            if attr.is_empty() {
                return Err("Empty attribute in format string".to_owned());
            }
            Accessor::Attr(attr.to_owned())
        }
        '[' => {
            let body = &s[1..];
            let Some(end) = body.find(']') else {
                return Err("Missing ']' in format string".to_owned());
            };
            *remaining = &body[end + 1..];
            let key = &body[..end];
            let index = get_integer(key)?;
            if key.is_empty() {
                return Err("Empty attribute in format string".to_owned());
            }
            match index {
                Some(i) => Accessor::Index(i),
                None => Accessor::Key(key.to_owned()),
            }
        }
        _ => return Err("Only '.' or '[' may follow ']' in format field specifier".to_owned()),
    };
    Ok(Some(accessor))
}

/// Iterates over the [`Piece`]s of a template lazily, for CPython's error
/// order. Literals are yielded as found (an escaped brace may split one
/// literal into two pieces).
pub struct TemplateIter<'a> {
    markup: MarkupIter<'a>,
    pending: Option<RawField<'a>>,
}

/// The pieces of `template`, lazily.
pub fn template_iter(template: &str) -> TemplateIter<'_> {
    TemplateIter {
        markup: markup_iter(template),
        pending: None,
    }
}

impl<'a> Iterator for TemplateIter<'a> {
    type Item = Result<Piece<'a>, String>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(raw) = self.pending.take() {
                return Some(parse_field_name(raw.name).map(|name| Piece::Field {
                    name,
                    conversion: raw.conversion,
                    spec: raw.spec,
                }));
            }
            let step = match self.markup.next()? {
                Ok(step) => step,
                Err(e) => return Some(Err(e)),
            };
            self.pending = step.field;
            if !step.literal.is_empty() {
                return Some(Ok(Piece::Literal(Cow::Borrowed(step.literal))));
            }
        }
    }
}

/// All pieces of `template`, adjacent literals merged; fails with the first
/// error anywhere in the template (use [`template_iter`] to render lazily
/// with CPython's error order).
pub fn parse_template(template: &str) -> Result<Vec<Piece<'_>>, String> {
    let mut pieces: Vec<Piece<'_>> = Vec::new();
    for piece in template_iter(template) {
        let piece = piece?;
        if let (Piece::Literal(text), Some(Piece::Literal(prev))) = (&piece, pieces.last_mut()) {
            prev.to_mut().push_str(text);
            continue;
        }
        pieces.push(piece);
    }
    Ok(pieces)
}

/// CPython's automatic field numbering state for one `format()` call,
/// shared by the nested specs of its fields.
#[derive(Debug, Clone, Default)]
pub struct AutoNumbering {
    state: NumberingState,
    next: usize,
}

/// Whether fields so far were numbered automatically or manually.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum NumberingState {
    #[default]
    Unknown,
    Automatic,
    Manual,
}

impl AutoNumbering {
    /// A fresh state for one `str.format` call.
    pub fn new() -> Self {
        Self::default()
    }

    /// The positional index `key` refers to (`None` for a keyword name),
    /// or the `ValueError` for mixing `{}` with `{0}`.
    pub fn resolve(&mut self, key: &FieldKey) -> Result<Option<usize>, String> {
        let automatic = match key {
            FieldKey::Name(_) => return Ok(None),
            FieldKey::Auto => true,
            FieldKey::Index(_) => false,
        };
        if self.state == NumberingState::Unknown {
            self.state = if automatic {
                NumberingState::Automatic
            } else {
                NumberingState::Manual
            };
        }
        match (self.state, key) {
            (NumberingState::Manual, FieldKey::Auto) => Err(
                "cannot switch from manual field specification to automatic field numbering"
                    .to_owned(),
            ),
            (NumberingState::Automatic, FieldKey::Index(_)) => Err(
                "cannot switch from automatic field numbering to manual field specification"
                    .to_owned(),
            ),
            (_, FieldKey::Index(i)) => Ok(Some(*i)),
            _ => {
                let index = self.next;
                self.next = self.next.saturating_add(1);
                Ok(Some(index))
            }
        }
    }
}

/// The `ValueError` text for a conversion other than `r`, `s` or `a`.
pub fn conversion_error(conversion: char) -> String {
    let code = u32::from(conversion);
    if code > 32 && code < 127 {
        format!("Unknown conversion specifier {conversion}")
    } else {
        format!("Unknown conversion specifier \\x{code:x}")
    }
}

/// The `IndexError` text for a positional field past the arguments.
pub fn index_error(index: usize) -> String {
    format!("Replacement index {index} out of range for positional args tuple")
}

#[cfg(test)]
#[path = "str_format_tests.rs"]
mod tests;
