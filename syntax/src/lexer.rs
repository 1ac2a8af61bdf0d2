//! The indentation layer: turns the raw token stream of `token.rs` into the
//! token stream the grammar reads.
//!
//! It owns the layout rules of Python: logical lines end with `Newline`;
//! newlines inside `()`, `[]`, `{}` and after a backslash are joined; blank
//! and comment-only lines vanish; indentation changes become `Indent` and
//! `Dedent` (tabs advance to the next multiple of 8, and a line whose meaning
//! would change with another tab size is a `TabError`, as in CPython); the end
//! of the input closes open blocks. It also checks bracket matching, and
//! refuses the constructs piepie does not run (`async`, `await`, `match`).
//!
//! Invariants: every position is an absolute byte offset (the text being
//! lexed may be a piece of a larger source starting at `base`); layout
//! tokens are zero-width except `Newline`, which covers the line's comment
//! when it has one (CPython points "expected ':'" there).

use std::collections::VecDeque;

use logos::Logos;

use crate::error::{LocatedError, SyntaxErrorKind};
use crate::token::{RawLexError, Tok};

/// CPython's limit on open brackets (`MAXLEVEL`).
const MAX_BRACKET_DEPTH: usize = 200;
/// CPython's limit on nested blocks (`MAXINDENT`).
const MAX_INDENT_LEVELS: usize = 100;

/// A token with its byte range, as LALRPOP wants it.
pub type Spanned = (usize, Tok, usize);

/// What is being lexed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module: full layout rules.
    Module,
    /// An expression for `eval()`: no indentation.
    Eval,
    /// The expression of an f-string replacement field: as if inside
    /// parentheses (newlines are insignificant).
    FStringField,
}

/// The result of scanning the rest of the input after a parse error.
#[derive(Clone, Debug, PartialEq)]
pub enum RestScan {
    /// A tokenizer error CPython would report instead of the parse error.
    TokenizerError(LocatedError),
    /// The input ends with this bracket (and its position) still open.
    UnclosedAtEnd(char, usize),
    Clean,
}

/// Why the lexer failed because the input ended too early (what the
/// interactive prompt needs to know to ask for another line).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CutShort {
    /// A bracket is still open.
    Bracket,
    /// A triple-quoted string is still open.
    TripleQuote,
    /// The input ends with a line continuation backslash.
    Backslash,
}

/// The first token of a logical line, remembered for error messages.
#[derive(Clone, Debug, PartialEq)]
pub struct LineStart {
    pub pos: usize,
    pub tok: Tok,
}

pub struct Lexer<'a> {
    text: &'a str,
    base: usize,
    mode: Mode,
    raw: logos::Lexer<'a, Tok>,
    pending: VecDeque<Spanned>,
    /// Indentation levels as (column with 8-column tabs, column with 1-column tabs).
    indents: Vec<(usize, usize)>,
    /// Open brackets and their positions (relative to `text`).
    brackets: Vec<(char, usize)>,
    /// The next token starts a logical line.
    at_line_start: bool,
    /// The current logical line has a token.
    line_has_tokens: bool,
    /// The comment on the current physical line, if any (relative).
    comment: Option<(usize, usize)>,
    started: bool,
    finished: bool,
    line_starts: Vec<LineStart>,
    history: Vec<TokInfo>,
    /// The previous significant token was `except` (to refuse `except*`).
    after_except: bool,
    /// Relative positions of the parentheses (and trailing comma) of a
    /// parenthesized `with` item list, which the grammar does not see.
    hidden: Vec<usize>,
    /// Set when lexing failed only because the input ended too early.
    cut_short: Option<CutShort>,
}

/// How a token can take part in an expression, for error diagnosis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokClass {
    Name,
    String,
    /// Numbers and the constant keywords (`None`, `True`, `False`, `...`).
    Literal,
    Open,
    Close,
    /// Operators that may appear inside a `disjunction` (`+`, `<`, `and`, `.`...).
    Operator,
    /// Tokens that start an expression but cannot end one (`not`, `lambda`, `~`).
    Prefix,
    /// Everything else: commas, `:`, `=`, statement keywords...
    Boundary,
}

impl TokClass {
    fn of(tok: &Tok) -> TokClass {
        match tok {
            Tok::Name(_) => TokClass::Name,
            Tok::String(_) => TokClass::String,
            Tok::Number(_) | Tok::None | Tok::True | Tok::False | Tok::Ellipsis => {
                TokClass::Literal
            }
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => TokClass::Open,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => TokClass::Close,
            Tok::Not | Tok::Lambda | Tok::Tilde => TokClass::Prefix,
            Tok::Plus
            | Tok::Minus
            | Tok::Star
            | Tok::DoubleStar
            | Tok::Slash
            | Tok::DoubleSlash
            | Tok::Percent
            | Tok::At
            | Tok::Vbar
            | Tok::Amper
            | Tok::Circumflex
            | Tok::LeftShift
            | Tok::RightShift
            | Tok::Less
            | Tok::Greater
            | Tok::EqEqual
            | Tok::NotEqual
            | Tok::LessEqual
            | Tok::GreaterEqual
            | Tok::In
            | Tok::Is
            | Tok::And
            | Tok::Or
            | Tok::Dot => TokClass::Operator,
            _ => TokClass::Boundary,
        }
    }

    /// Whether an expression can end with this token.
    pub fn ends_operand(self) -> bool {
        matches!(
            self,
            TokClass::Name | TokClass::String | TokClass::Literal | TokClass::Close
        )
    }

    /// Whether an expression can start with this token.
    pub fn starts_operand(self) -> bool {
        matches!(
            self,
            TokClass::Name
                | TokClass::String
                | TokClass::Literal
                | TokClass::Open
                | TokClass::Prefix
        )
    }
}

/// A significant token seen by the lexer, kept for error diagnosis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TokInfo {
    pub start: usize,
    pub end: usize,
    pub class: TokClass,
    /// Bracket nesting depth; brackets count as inside the pair they form.
    pub depth: usize,
}

impl<'a> Lexer<'a> {
    /// A lexer over `text`, whose first byte is at offset `base` of the source.
    pub fn new(text: &'a str, base: usize, mode: Mode) -> Lexer<'a> {
        let mut raw = Tok::lexer(text);
        if base == 0 && text.starts_with('\u{feff}') {
            // A UTF-8 byte order mark, which CPython skips.
            raw.bump('\u{feff}'.len_utf8());
        }
        Lexer {
            text,
            base,
            mode,
            raw,
            pending: VecDeque::new(),
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            at_line_start: true,
            line_has_tokens: false,
            comment: None,
            started: false,
            finished: false,
            line_starts: Vec::new(),
            history: Vec::new(),
            after_except: false,
            hidden: Vec::new(),
            cut_short: None,
        }
    }

    /// Every significant token lexed so far (including those read by
    /// [`Lexer::scan_rest`]).
    pub fn history(&self) -> &[TokInfo] {
        &self.history
    }

    /// The first token of every logical line read so far.
    pub fn line_starts(&self) -> &[LineStart] {
        &self.line_starts
    }

    /// Why lexing failed at the end of the input, when it did.
    pub fn cut_short(&self) -> Option<CutShort> {
        self.cut_short
    }

    /// The byte offset just past the input.
    pub fn end(&self) -> usize {
        self.base + self.text.len()
    }

    /// Continues tokenizing after a parse error, as CPython does before it
    /// settles for "invalid syntax": errors raised by the tokenizer itself
    /// (bad literals, bad characters, unmatched brackets) take precedence.
    pub fn scan_rest(&mut self) -> RestScan {
        if self.finished {
            return RestScan::Clean;
        }
        loop {
            match self.raw.next() {
                None => {
                    return match self.brackets.last() {
                        Some(&(open, pos)) => RestScan::UnclosedAtEnd(open, self.base + pos),
                        None => RestScan::Clean,
                    };
                }
                Some(Ok(tok)) => {
                    let span = self.raw.span();
                    if let Err(e) = self.check_token(&tok, span.start, span.end) {
                        return RestScan::TokenizerError(e);
                    }
                }
                Some(Err(e)) => return RestScan::TokenizerError(self.raw_error(e)),
            }
        }
    }

    fn shift(&self, pos: usize) -> usize {
        self.base + pos
    }

    fn raw_error(&self, e: RawLexError) -> LocatedError {
        match e.0 {
            Some(e) => e.shifted(self.base),
            None => {
                let start = self.raw.span().start;
                let c = self.text[start..].chars().next().unwrap_or(' ');
                let msg = if c == '\0' {
                    "source code cannot contain null bytes".to_string()
                } else if c.is_ascii() || c.is_control() {
                    format!("invalid non-printable character U+{:04X}", c as u32)
                } else {
                    format!("invalid character '{c}' (U+{:04X})", c as u32)
                };
                LocatedError::at(msg, self.shift(start))
            }
        }
    }

    /// Checks made on every significant raw token: brackets, refused
    /// features, stray backslashes. Positions are relative.
    fn check_token(&mut self, tok: &Tok, start: usize, end: usize) -> Result<(), LocatedError> {
        let class = TokClass::of(tok);
        // An f-string field is parsed as if parenthesized, as CPython does.
        let implicit = usize::from(self.mode == Mode::FStringField);
        let depth = self.brackets.len() + implicit + usize::from(class == TokClass::Open);
        self.history.push(TokInfo {
            start: self.shift(start),
            end: self.shift(end),
            class,
            depth,
        });
        if let Some(open) = tok.opening_bracket() {
            if self.brackets.len() >= MAX_BRACKET_DEPTH {
                return Err(LocatedError::at(
                    "too many nested parentheses",
                    self.shift(start),
                ));
            }
            self.brackets.push((open, start));
        } else if let Some(close) = tok.closing_bracket() {
            match self.brackets.pop() {
                None => {
                    let prefix = if self.mode == Mode::FStringField {
                        "f-string: "
                    } else {
                        ""
                    };
                    return Err(LocatedError::at(
                        format!("{prefix}unmatched '{close}'"),
                        self.shift(start),
                    ));
                }
                Some((open, open_pos)) if matching(open) != close => {
                    let mut msg = format!(
                        "closing parenthesis '{close}' does not match opening parenthesis '{open}'"
                    );
                    let open_line = line_number(self.text, open_pos);
                    if open_line != line_number(self.text, start) {
                        msg.push_str(&format!(" on line {open_line}"));
                    }
                    return Err(LocatedError::at(msg, self.shift(start)));
                }
                Some(_) => {}
            }
        }
        let after_except = self.after_except;
        self.after_except = *tok == Tok::Except;
        match tok {
            Tok::Star if after_except => Err(LocatedError::new(
                "'except*' is not supported by piepie",
                self.shift(start),
                self.shift(end),
            )),
            Tok::Async | Tok::Await => {
                let word = &self.text[start..end];
                Err(LocatedError::new(
                    format!("'{word}' is not supported by piepie"),
                    self.shift(start),
                    self.shift(end),
                ))
            }
            Tok::StrayBackslash => {
                if end >= self.text.len() {
                    Err(LocatedError::at(
                        "unexpected EOF while parsing",
                        self.shift(end),
                    ))
                } else {
                    Err(LocatedError::new(
                        "unexpected character after line continuation character",
                        self.shift(end),
                        self.shift(end),
                    ))
                }
            }
            _ => Ok(()),
        }
    }

    /// Reads the next raw token and does the layout work; pushes what it
    /// produces to `pending`.
    fn advance(&mut self) -> Result<(), LocatedError> {
        let Some(raw) = self.raw.next() else {
            return self.finish();
        };
        let span = self.raw.span();
        let tok = raw.map_err(|e| {
            let e = self.raw_error(e);
            if e.msg.starts_with("unterminated triple-quoted string") {
                self.cut_short = Some(CutShort::TripleQuote);
            }
            e
        })?;
        match tok {
            Tok::PhysicalNewline => {
                if self.brackets.is_empty() && self.mode != Mode::FStringField {
                    if self.line_has_tokens {
                        let (start, end) = self.comment.unwrap_or((span.start, span.start));
                        self.pending
                            .push_back((self.shift(start), Tok::Newline, self.shift(end)));
                        self.line_has_tokens = false;
                    }
                    self.at_line_start = true;
                }
                self.comment = None;
            }
            Tok::Comment => self.comment = Some((span.start, span.end)),
            Tok::Continuation => {
                if span.end >= self.text.len() {
                    self.cut_short = Some(CutShort::Backslash);
                    // CPython points just past the backslash.
                    return Err(LocatedError::at(
                        "unexpected EOF while parsing",
                        self.shift(span.end - 1),
                    ));
                }
            }
            tok => {
                if tok == Tok::With && self.mode == Mode::Module {
                    self.hide_with_parentheses();
                }
                self.check_token(&tok, span.start, span.end)?;
                if self.hidden.last() == Some(&span.start) {
                    self.hidden.pop();
                    return Ok(());
                }
                if self.at_line_start {
                    self.at_line_start = false;
                    if self.mode == Mode::Module {
                        self.indentation(span.start)?;
                        if tok == Tok::Name("match".into()) {
                            self.refuse_match_statement(span.start, span.end)?;
                        }
                    }
                    self.line_starts.push(LineStart {
                        pos: self.shift(span.start),
                        tok: tok.clone(),
                    });
                }
                self.line_has_tokens = true;
                self.pending
                    .push_back((self.shift(span.start), tok, self.shift(span.end)));
            }
        }
        Ok(())
    }

    /// End of input: close the last line and the open blocks.
    fn finish(&mut self) -> Result<(), LocatedError> {
        self.finished = true;
        if let Some(&(open, pos)) = self.brackets.last() {
            if self.mode != Mode::FStringField {
                self.cut_short = Some(CutShort::Bracket);
                return Err(LocatedError::at(
                    format!("'{open}' was never closed"),
                    self.shift(pos),
                ));
            }
        }
        let end = self.text.len();
        if self.line_has_tokens && self.mode == Mode::Module {
            let (start, stop) = self.comment.unwrap_or((end, end));
            self.pending
                .push_back((self.shift(start), Tok::Newline, self.shift(stop)));
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.pending
                .push_back((self.shift(end), Tok::Dedent, self.shift(end)));
        }
        Ok(())
    }

    /// Compares the indentation of the line whose first token is at `start`
    /// with the block stack, and emits `Indent`/`Dedent` (CPython's
    /// `tok_get` indentation logic, including its tab consistency check).
    fn indentation(&mut self, start: usize) -> Result<(), LocatedError> {
        let line_start = self.text[..start].rfind(['\n', '\r']).map_or(0, |i| i + 1);
        let (mut col, mut altcol) = (0usize, 0usize);
        for b in self.text[line_start..start].bytes() {
            match b {
                b' ' => {
                    col += 1;
                    altcol += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    altcol += 1;
                }
                b'\x0c' => {
                    col = 0;
                    altcol = 0;
                }
                _ => {}
            }
        }
        let width = start - line_start;
        let at = self.shift(start);
        let tab_error = || {
            LocatedError::on_line(
                SyntaxErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation",
                at,
                1,
                0,
            )
        };
        let (top, alttop) = *self.indents.last().unwrap_or(&(0, 0));
        if col == top {
            if altcol != alttop {
                return Err(tab_error());
            }
        } else if col > top {
            if altcol <= alttop {
                return Err(tab_error());
            }
            if self.indents.len() > MAX_INDENT_LEVELS {
                return Err(LocatedError::on_line(
                    SyntaxErrorKind::IndentationError,
                    "too many levels of indentation",
                    at,
                    width,
                    0,
                ));
            }
            self.indents.push((col, altcol));
            self.pending.push_back((at, Tok::Indent, at));
        } else {
            while self.indents.len() > 1 && col < self.indents[self.indents.len() - 1].0 {
                self.indents.pop();
                self.pending.push_back((at, Tok::Dedent, at));
            }
            let (top, alttop) = *self.indents.last().unwrap_or(&(0, 0));
            if col != top {
                // CPython puts the caret just past the end of the line.
                let line_len = self.text[line_start..]
                    .find(['\n', '\r'])
                    .unwrap_or(self.text.len() - line_start);
                return Err(LocatedError::on_line(
                    SyntaxErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    at,
                    line_len + 1,
                    0,
                ));
            }
            if altcol != alttop {
                return Err(tab_error());
            }
        }
        Ok(())
    }

    /// `with (a as b, c as d):` — parenthesized items (Python 3.9+). The
    /// grammar cannot tell them from a parenthesized expression with one
    /// token of lookahead, so when `with (` is closed by a `)` followed by
    /// `:`, the lexer hides those parentheses (and a trailing comma) from
    /// the grammar, which then reads `with a as b, c as d:`. As in CPython,
    /// `with (a, b):` means two context managers.
    fn hide_with_parentheses(&mut self) {
        let mut probe = self.raw.clone();
        let Some(Ok(Tok::Lpar)) = probe.next() else {
            return;
        };
        let open = probe.span().start;
        let mut depth = 1usize;
        let mut last_comma = None;
        let mut previous_was_comma = false;
        while let Some(Ok(tok)) = probe.next() {
            if matches!(tok, Tok::PhysicalNewline | Tok::Comment | Tok::Continuation) {
                continue;
            }
            if tok.opening_bracket().is_some() {
                depth += 1;
            } else if tok.closing_bracket().is_some() {
                depth -= 1;
                if depth == 0 {
                    let close = probe.span().start;
                    let followed_by_colon = loop {
                        match probe.next() {
                            Some(Ok(Tok::PhysicalNewline | Tok::Comment | Tok::Continuation)) => {}
                            Some(Ok(Tok::Colon)) => break true,
                            _ => break false,
                        }
                    };
                    if followed_by_colon {
                        // Pushed in reverse: `advance` pops them in order.
                        self.hidden.push(close);
                        if previous_was_comma {
                            self.hidden.extend(last_comma);
                        }
                        self.hidden.push(open);
                    }
                    return;
                }
            }
            previous_was_comma = depth == 1 && tok == Tok::Comma;
            if previous_was_comma {
                last_comma = Some(probe.span().start);
            }
        }
    }

    /// `match` is a soft keyword: `match = 1` and `match(x)` are ordinary
    /// code, but a logical line starting with `match` and ending with `:` is
    /// a match statement, which piepie refuses.
    fn refuse_match_statement(&self, start: usize, end: usize) -> Result<(), LocatedError> {
        let mut probe = self.raw.clone();
        let mut depth = 0usize;
        let mut last = None;
        while let Some(Ok(tok)) = probe.next() {
            match tok {
                Tok::PhysicalNewline if depth == 0 => break,
                Tok::PhysicalNewline | Tok::Comment | Tok::Continuation => continue,
                _ => {}
            }
            if tok.opening_bracket().is_some() {
                depth += 1;
            } else if tok.closing_bracket().is_some() {
                depth = depth.saturating_sub(1);
            }
            last = Some(tok);
        }
        if last == Some(Tok::Colon) {
            return Err(LocatedError::new(
                "the 'match' statement is not supported by piepie",
                self.shift(start),
                self.shift(end),
            ));
        }
        Ok(())
    }
}

impl Iterator for Lexer<'_> {
    type Item = Result<Spanned, LocatedError>;

    fn next(&mut self) -> Option<Self::Item> {
        if !self.started {
            self.started = true;
            let start = match self.mode {
                Mode::Module => Tok::StartModule,
                Mode::Eval | Mode::FStringField => Tok::StartEval,
            };
            return Some(Ok((self.base, start, self.base)));
        }
        loop {
            if let Some(tok) = self.pending.pop_front() {
                return Some(Ok(tok));
            }
            if self.finished {
                return None;
            }
            if let Err(e) = self.advance() {
                self.finished = true;
                self.pending.clear();
                return Some(Err(e));
            }
        }
    }
}

fn matching(open: char) -> char {
    match open {
        '(' => ')',
        '[' => ']',
        _ => '}',
    }
}

/// The 1-based line of byte `at` within `text`.
fn line_number(text: &str, at: usize) -> usize {
    1 + text.as_bytes()[..at.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A compact rendering of the token stream: layout tokens by name,
    /// others by their source text.
    fn layout(text: &str) -> String {
        Lexer::new(text, 0, Mode::Module)
            .map(|t| match t {
                Ok((_, Tok::StartModule, _)) => String::new(),
                Ok((_, Tok::Newline, _)) => "NL".into(),
                Ok((_, Tok::Indent, _)) => "IN".into(),
                Ok((_, Tok::Dedent, _)) => "DE".into(),
                Ok((s, _, e)) => text[s..e].to_string(),
                Err(e) => format!("ERR({})", e.msg),
            })
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn blocks_and_blank_lines() {
        assert_eq!(
            layout("if x:\n    a\n\n  # c\n    b\nc\n"),
            "if x : NL IN a NL b NL DE c NL"
        );
        assert_eq!(
            layout("def f():\n  if x:\n    y"),
            "def f ( ) : NL IN if x : NL IN y NL DE DE"
        );
    }

    #[test]
    fn implicit_and_explicit_joining() {
        assert_eq!(layout("x = (1,\n  2)\ny"), "x = ( 1 , 2 ) NL y NL");
        assert_eq!(layout("x = 1 + \\\n  2\n"), "x = 1 + 2 NL");
        assert_eq!(layout("x = [\n# c\n]\n"), "x = [ ] NL");
    }

    #[test]
    fn tabs_count_to_multiples_of_eight() {
        assert_eq!(layout("if x:\n\ta\n\tb\n"), "if x : NL IN a NL b NL DE");
        assert_eq!(
            layout("if x:\n\ta\n        b\n"),
            "if x : NL IN a NL ERR(inconsistent use of tabs and spaces in indentation)"
        );
    }

    #[test]
    fn indentation_errors() {
        assert_eq!(
            layout("if x:\n    a\n  b\n"),
            "if x : NL IN a NL ERR(unindent does not match any outer indentation level)"
        );
    }

    #[test]
    fn brackets() {
        assert_eq!(layout("x = 1)"), "x = 1 ERR(unmatched ')')");
        assert_eq!(
            layout("x = (1]"),
            "x = ( 1 ERR(closing parenthesis ']' does not match opening parenthesis '(')"
        );
        assert_eq!(
            layout("x = (\n1]"),
            "x = ( 1 ERR(closing parenthesis ']' does not match opening parenthesis '(' on line 1)"
        );
        assert_eq!(layout("x = (1,\n"), "x = ( 1 , ERR('(' was never closed)");
    }

    #[test]
    fn refused_features() {
        assert_eq!(
            layout("async def f(): pass"),
            "ERR('async' is not supported by piepie)"
        );
        assert_eq!(
            layout("match x:\n    case 1: pass\n"),
            "ERR(the 'match' statement is not supported by piepie)"
        );
        assert_eq!(layout("match = 3\n"), "match = 3 NL");
        assert_eq!(layout("match(x)\n"), "match ( x ) NL");
    }

    #[test]
    fn bad_characters() {
        assert_eq!(
            layout("x = 1 € 2"),
            "x = 1 ERR(invalid character '€' (U+20AC))"
        );
        assert_eq!(layout("x = $"), "x = $ NL");
        assert_eq!(
            layout("x = 1 \\ 2"),
            "x = 1 ERR(unexpected character after line continuation character)"
        );
    }

    #[test]
    fn newline_covers_the_comment() {
        let toks: Vec<_> = Lexer::new("if x  # c\n", 0, Mode::Module)
            .filter_map(Result::ok)
            .filter(|t| t.1 == Tok::Newline)
            .collect();
        assert_eq!(toks, vec![(6, Tok::Newline, 9)]);
    }
}
