//! Syntax errors: the byte-located [`LocatedError`] that the lexer and the grammar
//! raise, and the resolved [`SyntaxError`] (line, column, source line) that the
//! rest of piepie sees.
//!
//! [`SyntaxError::render`] reproduces CPython 3.11's printing of an uncaught
//! syntax error in a file (`print_error_text` in `Python/pythonrun.c`): the
//! source line with its leading whitespace stripped, then carets from `offset`
//! to `end_offset`. Offsets are 1-based *byte* columns, which is what CPython
//! reports for a file it reads itself.

use std::fmt;

use crate::LineIndex;

/// The Python exception class of a syntax error.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    /// The Python class name (`SyntaxError`, `IndentationError`, `TabError`).
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

/// A syntax error with CPython's attributes (`msg`, `filename`, `lineno`,
/// `offset`, `end_offset`, `text`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub filename: String,
    /// 1-based line number.
    pub lineno: usize,
    /// 1-based byte column of the first caret; 0 means "no caret".
    pub offset: usize,
    /// 1-based byte column just past the last caret (CPython's `end_offset`).
    pub end_offset: usize,
    /// The source line, with its newline when the source has one.
    pub text: String,
}

impl SyntaxError {
    /// The error as CPython 3.11 prints it when uncaught (without a traceback
    /// header: a syntax error in the main file has none).
    pub fn render(&self) -> String {
        let mut out = format!("  File \"{}\", line {}\n", self.filename, self.lineno);
        if !self.text.is_empty() {
            self.render_source_line(&mut out);
        }
        out.push_str(self.kind.name());
        if !self.msg.is_empty() {
            out.push_str(": ");
            out.push_str(&self.msg);
        }
        out.push('\n');
        out
    }

    /// The source line and its caret line, as `print_error_text` does it.
    fn render_source_line(&self, out: &mut String) {
        let line_size = self.text.len() as i64;
        let offset = self.offset as i64;
        // Subclasses (IndentationError, TabError) always get a single caret.
        let mut end_offset = match self.kind {
            SyntaxErrorKind::SyntaxError => self.end_offset as i64,
            _ => -1,
        };
        if end_offset > line_size + 1 {
            end_offset = line_size + 1;
        }
        let carets = if end_offset > 0 && end_offset > offset {
            end_offset - offset
        } else {
            1
        };

        let mut text = self.text.as_str();
        let mut col = offset - 1;
        while let Some(rest) = text.strip_prefix([' ', '\t', '\x0c']) {
            text = rest;
            col -= 1;
        }
        let len = text.strip_suffix('\n').unwrap_or(text).len() as i64;
        col = col.min(len);
        // Skip past newlines embedded in the text (multi-line `text`).
        while let Some(nl) = text.find('\n') {
            let nl = nl as i64;
            if nl >= col {
                break;
            }
            text = &text[nl as usize + 1..];
            col -= nl + 1;
        }
        out.push_str("    ");
        out.push_str(text);
        if !text.ends_with('\n') {
            out.push('\n');
        }
        if col < 0 {
            return;
        }
        out.push_str("    ");
        out.extend(std::iter::repeat_n(' ', col as usize));
        out.extend(std::iter::repeat_n('^', carets as usize));
        out.push('\n');
    }
}

/// `str(e)` of the Python exception: `msg (filename, line N)`.
impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}, line {})", self.msg, self.filename, self.lineno)
    }
}

impl std::error::Error for SyntaxError {}

/// Where a [`LocatedError`] points, in byte offsets of the whole source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorLocation {
    /// The range `[start, end)`: carets from the column of `start` to the
    /// column of `end` (one caret when empty). A range running onto later
    /// lines is cut at the end of the first line, as CPython does.
    Span { start: usize, end: usize },
    /// The line containing byte `at`, with explicit 1-based `offset` and
    /// `end_offset` (for indentation errors, whose columns CPython computes
    /// from the indentation width rather than from a token).
    Line {
        at: usize,
        offset: usize,
        end_offset: usize,
    },
}

/// A syntax error located by byte offsets, before line/column resolution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocatedError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub location: ErrorLocation,
}

impl LocatedError {
    /// A `SyntaxError` over `[start, end)`.
    #[cold]
    pub fn new(msg: impl Into<String>, start: usize, end: usize) -> LocatedError {
        LocatedError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            location: ErrorLocation::Span { start, end },
        }
    }

    /// A `SyntaxError` with a single caret at byte `at`.
    #[cold]
    pub fn at(msg: impl Into<String>, at: usize) -> LocatedError {
        LocatedError::new(msg, at, at)
    }

    /// An error of any kind on the line containing `at`, with explicit columns.
    #[cold]
    pub fn on_line(
        kind: SyntaxErrorKind,
        msg: impl Into<String>,
        at: usize,
        offset: usize,
        end_offset: usize,
    ) -> LocatedError {
        LocatedError {
            kind,
            msg: msg.into(),
            location: ErrorLocation::Line {
                at,
                offset,
                end_offset,
            },
        }
    }

    /// The first byte this error points at.
    pub fn start(&self) -> usize {
        match self.location {
            ErrorLocation::Span { start, .. } => start,
            ErrorLocation::Line { at, .. } => at,
        }
    }

    /// Shifts the location by `delta` bytes (for errors found while parsing a
    /// piece of the source on its own, such as an f-string field).
    pub fn shifted(mut self, delta: usize) -> LocatedError {
        match &mut self.location {
            ErrorLocation::Span { start, end } => {
                *start += delta;
                *end += delta;
            }
            ErrorLocation::Line { at, .. } => *at += delta,
        }
        self
    }

    /// Resolves byte offsets into CPython's line/column attributes.
    pub fn resolve(&self, source: &str, filename: &str) -> SyntaxError {
        let index = LineIndex::new(source);
        let clamp = |at: usize| at.min(source.len()) as u32;
        let (at, offset, end_offset) = match self.location {
            ErrorLocation::Span { start, end } => {
                let start = clamp(start);
                let end = clamp(end.max(start as usize));
                let line = index.line(start);
                let offset = index.col(start) + 1;
                let end_offset = if index.line(end) == line {
                    index.col(end) + 1
                } else {
                    // CPython: a range ending on a later line extends to the
                    // end of the first line (its size, newline included).
                    line_text(source, &index, line).len()
                };
                (start, offset, end_offset)
            }
            ErrorLocation::Line {
                at,
                offset,
                end_offset,
            } => (clamp(at), offset, end_offset),
        };
        let mut lineno = index.line(at);
        let mut text = line_text(source, &index, lineno);
        // An error at the very end of a source ending in a newline belongs to
        // the last line, as in CPython.
        if text.is_empty() && lineno > 1 {
            lineno -= 1;
            text = line_text(source, &index, lineno);
        }
        SyntaxError {
            kind: self.kind,
            msg: self.msg.clone(),
            filename: filename.to_string(),
            lineno,
            offset,
            end_offset,
            text: text.to_string(),
        }
    }
}

/// The text of 1-based `line`, with its newline if it has one.
fn line_text<'a>(source: &'a str, index: &LineIndex, line: usize) -> &'a str {
    let start = index.line_start(line) as usize;
    let end = source[start..]
        .find('\n')
        .map_or(source.len(), |nl| start + nl + 1);
    &source[start..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(kind: SyntaxErrorKind, text: &str, offset: usize, end_offset: usize) -> SyntaxError {
        SyntaxError {
            kind,
            msg: "invalid syntax".into(),
            filename: "x.py".into(),
            lineno: 1,
            offset,
            end_offset,
            text: text.into(),
        }
    }

    #[test]
    fn render_strips_indentation_and_draws_a_range() {
        let e = error(
            SyntaxErrorKind::SyntaxError,
            "    x = 1; if x: pass\n",
            12,
            14,
        );
        assert_eq!(
            e.render(),
            "  File \"x.py\", line 1\n    x = 1; if x: pass\n           ^^\nSyntaxError: invalid syntax\n"
        );
    }

    #[test]
    fn render_omits_caret_left_of_text() {
        let e = error(SyntaxErrorKind::IndentationError, "  x = 1\n", 2, 0);
        assert_eq!(
            e.render(),
            "  File \"x.py\", line 1\n    x = 1\nIndentationError: invalid syntax\n"
        );
    }

    #[test]
    fn display_is_python_str() {
        let e = error(SyntaxErrorKind::SyntaxError, "x\n", 1, 1);
        assert_eq!(e.to_string(), "invalid syntax (x.py, line 1)");
    }
}
