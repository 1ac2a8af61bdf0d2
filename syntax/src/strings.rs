//! String literals once the parser has them: decoding escapes, joining
//! adjacent literals (`'a' "b"`, `f'{x}' 'y'`), and splitting f-strings into
//! literal pieces and replacement fields.
//!
//! This runs from grammar actions, like CPython's string parsing does in its
//! parser actions, so escape errors surface in source order with the parse
//! errors. An f-string field's expression is parsed by lexing and parsing
//! its text on its own ([`crate::parser::parse_fstring_field`]), with
//! positions offset so that its spans point into the whole source.
//!
//! Errors about the structure of an f-string point just past the literal, as
//! in CPython 3.11.

use crate::ast::{Constant, ExprKind, FStringPart, FormattedField};
use crate::error::LocatedError;
use crate::literal;
use crate::token::{StringKind, StringLit};

/// Builds the expression for adjacent string literals, given each literal
/// with its byte range.
pub fn concat(parts: Vec<(usize, Box<StringLit>, usize)>) -> Result<ExprKind, LocatedError> {
    let end = parts.last().map_or(0, |p| p.2);
    let bytes = parts
        .iter()
        .filter(|p| p.1.kind == StringKind::Bytes)
        .count();
    if bytes != 0 && bytes != parts.len() {
        return Err(LocatedError::at(
            "cannot mix bytes and nonbytes literals",
            end,
        ));
    }
    if bytes != 0 {
        let mut value = Vec::new();
        for (start, lit, end) in &parts {
            value.extend(literal::decode_bytes(
                &lit.body,
                lit.raw,
                (*start, *end),
                *end,
            )?);
        }
        return Ok(ExprKind::Constant(Constant::Bytes(value)));
    }
    if parts.iter().all(|p| p.1.kind == StringKind::Str) {
        let mut value = String::new();
        for (_, lit, end) in &parts {
            value.push_str(&literal::decode_string(&lit.body, lit.raw, *end)?);
        }
        return Ok(ExprKind::Constant(Constant::Str(value)));
    }
    let mut builder = PartsBuilder::default();
    for (start, lit, end) in &parts {
        if lit.kind == StringKind::FString {
            let mut splitter = FStringSplitter {
                body: &lit.body,
                base: start + lit.body_offset,
                raw: lit.raw,
                error_at: *end,
                pos: 0,
            };
            splitter.split(0, &mut builder)?;
        } else {
            builder.literal(&literal::decode_string(&lit.body, lit.raw, *end)?);
        }
    }
    Ok(ExprKind::FormattedValue(builder.finish()))
}

/// Accumulates f-string parts, merging adjacent literal text.
#[derive(Default)]
struct PartsBuilder {
    parts: Vec<FStringPart>,
    text: String,
}

impl PartsBuilder {
    fn literal(&mut self, text: &str) {
        self.text.push_str(text);
    }

    fn field(&mut self, field: FormattedField) {
        self.flush();
        self.parts.push(FStringPart::Field(field));
    }

    fn flush(&mut self) {
        if !self.text.is_empty() {
            self.parts
                .push(FStringPart::Literal(std::mem::take(&mut self.text)));
        }
    }

    fn finish(mut self) -> Vec<FStringPart> {
        self.flush();
        self.parts
    }
}

/// Splits one f-string body (CPython 3.11's `fstring_find_literal_and_expr`).
struct FStringSplitter<'a> {
    body: &'a str,
    /// Absolute offset of `body`.
    base: usize,
    raw: bool,
    /// Where structural errors point (just past the literal).
    error_at: usize,
    pos: usize,
}

impl FStringSplitter<'_> {
    fn error(&self, msg: &str) -> LocatedError {
        LocatedError::at(msg, self.error_at)
    }

    fn peek(&self, ahead: usize) -> Option<u8> {
        self.body.as_bytes().get(self.pos + ahead).copied()
    }

    /// Splits text up to the end of the body (`level` 0) or up to the `}`
    /// closing a format spec (`level` > 0, the `}` is left unread).
    fn split(&mut self, level: u32, out: &mut PartsBuilder) -> Result<(), LocatedError> {
        let mut segment_start = self.pos;
        while let Some(c) = self.peek(0) {
            match c {
                b'\\' if !self.raw && self.peek(1) == Some(b'N') && self.peek(2) == Some(b'{') => {
                    // `\N{NAME}` is an escape, not a field.
                    match self.body[self.pos..].find('}') {
                        Some(close) => self.pos += close + 1,
                        None => self.pos = self.body.len(),
                    }
                }
                b'{' | b'}' if level == 0 && self.peek(1) == Some(c) => {
                    self.flush_literal(segment_start, self.pos + 1, out)?;
                    self.pos += 2;
                    segment_start = self.pos;
                }
                b'{' => {
                    self.flush_literal(segment_start, self.pos, out)?;
                    let field = self.field(level)?;
                    out.field(field);
                    segment_start = self.pos;
                }
                b'}' if level == 0 => return Err(self.error("f-string: single '}' is not allowed")),
                b'}' => break,
                _ => self.pos += 1,
            }
        }
        self.flush_literal(segment_start, self.pos, out)
    }

    fn flush_literal(
        &self,
        start: usize,
        end: usize,
        out: &mut PartsBuilder,
    ) -> Result<(), LocatedError> {
        if start < end {
            let text = literal::decode_string(&self.body[start..end], self.raw, self.error_at)?;
            out.literal(&text);
        }
        Ok(())
    }

    /// Parses the replacement field starting at the `{` under `pos`.
    fn field(&mut self, level: u32) -> Result<FormattedField, LocatedError> {
        if level >= 2 {
            return Err(self.error("f-string: expressions nested too deeply"));
        }
        self.pos += 1;
        let expr_start = self.pos;
        self.skip_expression()?;
        let expr_text = &self.body[expr_start..self.pos];
        if expr_text.trim().is_empty() {
            return Err(self.error("f-string: empty expression not allowed"));
        }
        let value = crate::parser::parse_fstring_field(expr_text, self.base + expr_start)?;

        let mut debug_text = None;
        if self.peek(0) == Some(b'=') {
            self.pos += 1;
            while self.peek(0).is_some_and(|c| c.is_ascii_whitespace()) {
                self.pos += 1;
            }
            debug_text = Some(self.body[expr_start..self.pos].to_string());
        }
        let mut conversion = None;
        if self.peek(0) == Some(b'!') {
            let c = self
                .peek(1)
                .ok_or_else(|| self.error("f-string: expecting '}'"))?;
            if !matches!(c, b's' | b'r' | b'a') {
                return Err(
                    self.error("f-string: invalid conversion character: expected 's', 'r', or 'a'")
                );
            }
            conversion = Some(c as char);
            self.pos += 2;
        }
        let mut format_spec = None;
        if self.peek(0) == Some(b':') {
            self.pos += 1;
            let mut spec = PartsBuilder::default();
            self.split(level + 1, &mut spec)?;
            format_spec = Some(spec.finish());
        }
        if self.peek(0) != Some(b'}') {
            return Err(self.error("f-string: expecting '}'"));
        }
        self.pos += 1;
        if debug_text.is_some() && conversion.is_none() && format_spec.is_none() {
            conversion = Some('r');
        }
        Ok(FormattedField {
            value: Box::new(value),
            conversion,
            format_spec,
            debug_text,
        })
    }

    /// Moves `pos` to the end of a field's expression: the first `}`, `!`
    /// (not `!=`), `:` or `=` (not part of a comparison) outside brackets
    /// and nested strings.
    fn skip_expression(&mut self) -> Result<(), LocatedError> {
        let mut brackets: Vec<u8> = Vec::new();
        let mut quote: Option<(u8, bool)> = None;
        loop {
            let Some(c) = self.peek(0) else {
                return Err(self.error("f-string: expecting '}'"));
            };
            if c == b'\\' {
                return Err(self.error("f-string expression part cannot include a backslash"));
            }
            if let Some((q, triple)) = quote {
                if c == q && (!triple || (self.peek(1) == Some(q) && self.peek(2) == Some(q))) {
                    self.pos += if triple { 3 } else { 1 };
                    quote = None;
                } else {
                    self.pos += 1;
                }
                continue;
            }
            match c {
                b'\'' | b'"' => {
                    let triple = self.peek(1) == Some(c) && self.peek(2) == Some(c);
                    quote = Some((c, triple));
                    self.pos += if triple { 3 } else { 1 };
                    continue;
                }
                b'#' => return Err(self.error("f-string expression part cannot include '#'")),
                b'(' | b'[' | b'{' => brackets.push(c),
                b')' | b']' | b'}' if !brackets.is_empty() => {
                    brackets.pop();
                }
                b')' | b']' => {
                    let msg = format!("f-string: unmatched '{}'", c as char);
                    return Err(self.error(&msg));
                }
                _ if !brackets.is_empty() => {}
                b'}' | b':' => return Ok(()),
                b'!' if self.peek(1) != Some(b'=') => return Ok(()),
                b'!' | b'<' | b'>' | b'=' if self.peek(1) == Some(b'=') => {
                    self.pos += 2;
                    continue;
                }
                b'=' => return Ok(()),
                _ => {}
            }
            self.pos += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::ast::{ExprKind, FStringPart};
    use crate::dump::dump_expr;
    use crate::parse_eval;

    fn fstring(source: &str) -> String {
        dump_expr(&parse_eval(source, "<string>").unwrap())
    }

    fn error(source: &str) -> String {
        parse_eval(source, "<string>").unwrap_err().msg
    }

    #[test]
    fn literal_pieces_and_escaped_braces() {
        assert_eq!(fstring("f'a{{b}}c'"), "(f \"a{b}c\")");
        assert_eq!(fstring("f'\\t{x}\\n'"), "(f \"\\t\" {x} \"\\n\")");
        assert_eq!(fstring("rf'\\t{x}'"), "(f \"\\\\t\" {x})");
        assert_eq!(fstring("f'\\N{BULLET} {x}'"), "(f \"• \" {x})");
        assert_eq!(fstring("f''"), "(f )");
    }

    #[test]
    fn conversions_specs_and_nesting() {
        assert_eq!(fstring("f'{x!r}'"), "(f {x !r})");
        assert_eq!(
            fstring("f'{x:>{w}.{p}f}'"),
            "(f {x :(f \">\" {w} \".\" {p} \"f\")})"
        );
        assert_eq!(fstring("f'{x!s:{w}}'"), "(f {x !s :(f {w})})");
        assert_eq!(fstring("f'{a[\"k\"]!a}'"), "(f {([] a \"k\") !a})");
        assert_eq!(fstring("f'{x:}'"), "(f {x :(f )})");
    }

    #[test]
    fn debug_specifier_defaults_to_repr() {
        assert_eq!(fstring("f'{x=}'"), "(f {x debug=\"x=\" !r})");
        assert_eq!(fstring("f'{ x = }'"), "(f {x debug=\" x = \" !r})");
        assert_eq!(fstring("f'{x=!s}'"), "(f {x debug=\"x=\" !s})");
        assert_eq!(fstring("f'{x=:>4}'"), "(f {x debug=\"x=\" :(f \">4\")})");
        assert_eq!(fstring("f'{a==b}'"), "(f {(cmp a == b)})");
    }

    #[test]
    fn concatenation_merges_literals() {
        let e = parse_eval("'a' f'b{x}c' 'd' f'e'", "<string>").unwrap();
        let ExprKind::FormattedValue(parts) = e.kind else {
            panic!()
        };
        assert_eq!(parts.len(), 3);
        assert_eq!(parts[0], FStringPart::Literal("ab".into()));
        assert_eq!(parts[2], FStringPart::Literal("cde".into()));
    }

    #[test]
    fn structural_errors() {
        assert_eq!(error("f'{}'"), "f-string: empty expression not allowed");
        assert_eq!(error("f'}'"), "f-string: single '}' is not allowed");
        assert_eq!(error("f'{x'"), "f-string: expecting '}'");
        assert_eq!(error("f'{x!'"), "f-string: expecting '}'");
        assert_eq!(
            error("f'{x!q}'"),
            "f-string: invalid conversion character: expected 's', 'r', or 'a'"
        );
        assert_eq!(
            error("f'{x:{y:{z}}}'"),
            "f-string: expressions nested too deeply"
        );
        assert_eq!(error("f'{a)}'"), "f-string: unmatched ')'");
        assert_eq!(
            error("f'{\"\\n\"}'"),
            "f-string expression part cannot include a backslash"
        );
        assert_eq!(
            error("f'{x#}'"),
            "f-string expression part cannot include '#'"
        );
        assert_eq!(
            error("f'{a b}'"),
            "f-string: invalid syntax. Perhaps you forgot a comma?"
        );
        assert_eq!(error("'a' b'c'"), "cannot mix bytes and nonbytes literals");
    }
}
