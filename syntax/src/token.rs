//! The token type and the raw (logos) tokenizer.
//!
//! [`Tok`] is both what logos produces from the text and what the LALRPOP
//! parser consumes. The raw-only variants (`PhysicalNewline`, `Comment`,
//! `Continuation`, `StrayBackslash`) never leave `lexer.rs`, which turns them
//! into the layout tokens (`Newline`, `Indent`, `Dedent`) that logos never
//! produces. Numbers and strings are scanned by callbacks so that they are
//! fully decoded here (except f-string bodies, which `fstring.rs` splits once
//! the parser knows where they are).
//!
//! Positions inside a [`RawLexError`] are byte offsets into the text being
//! lexed; `lexer.rs` shifts them when that text is a piece of a larger source.

use logos::{Lexer, Logos};

use crate::error::LocatedError;
use crate::literal::{self, Number};

/// The kind of a string literal, from its prefix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StringKind {
    Str,
    Bytes,
    FString,
}

/// A scanned string literal (one of possibly several adjacent ones). Its
/// body is kept as written; `strings.rs` decodes it once the parser has it.
#[derive(Clone, Debug, PartialEq)]
pub struct StringLit {
    pub kind: StringKind,
    /// `r` prefix: backslashes are kept.
    pub raw: bool,
    /// The text between the quotes.
    pub body: String,
    /// Byte offset of the body from the start of the literal (prefix and
    /// opening quotes).
    pub body_offset: usize,
}

/// Error payload of the raw tokenizer: `None` for a character no token
/// starts with (reported by `lexer.rs`, which can see the character).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawLexError(pub Option<LocatedError>);

impl From<LocatedError> for RawLexError {
    fn from(e: LocatedError) -> Self {
        RawLexError(Some(e))
    }
}

#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(error = RawLexError)]
#[logos(skip r"[ \t\x0c]+")]
pub enum Tok {
    // ---- Layout tokens, made by lexer.rs ----
    /// End of a logical line.
    Newline,
    Indent,
    Dedent,
    /// First token of a module parse (selects the grammar's entry).
    StartModule,
    /// First token of an expression parse (`eval()`, f-string fields).
    StartEval,

    // ---- Raw layout, consumed by lexer.rs ----
    #[regex(r"\r\n|\r|\n")]
    PhysicalNewline,
    #[regex(r"#[^\r\n]*", allow_greedy = true)]
    Comment,
    #[regex(r"\\(\r\n|\r|\n)")]
    Continuation,
    /// A backslash not followed by a newline.
    #[token("\\")]
    StrayBackslash,

    // ---- Names and literals ----
    #[regex(r"[_\p{XID_Start}][\p{XID_Continue}]*", lex_name)]
    Name(String),
    #[regex(r"[0-9]|\.[0-9]", lex_number)]
    Number(Number),
    #[regex(r#"([rRuUbBfF]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])?["']"#, lex_string)]
    String(Box<StringLit>),
    /// An ASCII character that is no token (`$`, `?`, `!`, backtick): the
    /// parser rejects it with "invalid syntax", as CPython does.
    #[regex(r"[$?!`]", |lex| lex.slice().chars().next())]
    Invalid(char),

    // ---- Keywords ----
    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,

    // ---- Operators and delimiters ----
    #[token("(")]
    Lpar,
    #[token(")")]
    Rpar,
    #[token("[")]
    Lsqb,
    #[token("]")]
    Rsqb,
    #[token("{")]
    Lbrace,
    #[token("}")]
    Rbrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("**")]
    DoubleStar,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("@")]
    At,
    #[token("|")]
    Vbar,
    #[token("&")]
    Amper,
    #[token("^")]
    Circumflex,
    #[token("~")]
    Tilde,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("=")]
    Equal,
    #[token("->")]
    Rarrow,
    #[token(":=")]
    ColonEqual,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("@=")]
    AtEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VbarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
}

impl Tok {
    /// The bracket this token opens, if any.
    pub fn opening_bracket(&self) -> Option<char> {
        match self {
            Tok::Lpar => Some('('),
            Tok::Lsqb => Some('['),
            Tok::Lbrace => Some('{'),
            _ => None,
        }
    }

    /// The bracket this token closes, if any.
    pub fn closing_bracket(&self) -> Option<char> {
        match self {
            Tok::Rpar => Some(')'),
            Tok::Rsqb => Some(']'),
            Tok::Rbrace => Some('}'),
            _ => None,
        }
    }
}

/// An identifier, NFKC-normalised when it is not ASCII (PEP 3131: `ﬁle`
/// and `file` are the same name), as CPython's parser does.
fn lex_name(lex: &mut Lexer<Tok>) -> String {
    let s = lex.slice();
    if s.is_ascii() {
        return s.to_string();
    }
    use unicode_normalization::UnicodeNormalization;
    s.nfkc().collect()
}

fn lex_number(lex: &mut Lexer<Tok>) -> Result<Number, RawLexError> {
    let start = lex.span().start;
    let text = &lex.source()[start..];
    match literal::scan_number(text) {
        Ok((len, number)) => {
            lex.bump(len - lex.slice().len());
            Ok(number)
        }
        Err(e) => Err(e.shifted(start).into()),
    }
}

/// The 1-based line of byte `at` in `text`.
fn line_of(text: &str, at: usize) -> usize {
    1 + text.as_bytes()[..at.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}

fn lex_string(lex: &mut Lexer<Tok>) -> Result<Box<StringLit>, RawLexError> {
    let start = lex.span().start;
    let opening = lex.slice();
    let quote = opening.as_bytes()[opening.len() - 1];
    let prefix = opening[..opening.len() - 1].to_ascii_lowercase();
    let raw = prefix.contains('r');
    let bytes = prefix.contains('b');
    let fstring = prefix.contains('f');

    let source = lex.source();
    let rest = lex.remainder().as_bytes();
    let triple = rest.len() >= 2 && rest[0] == quote && rest[1] == quote;
    let body_start = lex.span().end + if triple { 2 } else { 0 };
    let body_bytes = &source.as_bytes()[body_start..];

    let mut i = 0;
    let body_end = loop {
        match body_bytes.get(i) {
            None => {
                let msg = if triple {
                    // CPython reports the line the file ends on.
                    let lines = line_of(source, source.len())
                        - usize::from(source.ends_with('\n') && !source.is_empty());
                    format!("unterminated triple-quoted string literal (detected at line {lines})")
                } else {
                    format!(
                        "unterminated string literal (detected at line {})",
                        line_of(source, source.len())
                    )
                };
                return Err(LocatedError::at(msg, start).into());
            }
            Some(b'\\') => i += 2,
            Some(&c) if c == quote => {
                if !triple {
                    break i;
                }
                if body_bytes.get(i + 1) == Some(&quote) && body_bytes.get(i + 2) == Some(&quote) {
                    break i;
                }
                i += 1;
            }
            Some(b'\n' | b'\r') if !triple => {
                let msg = format!(
                    "unterminated string literal (detected at line {})",
                    line_of(source, body_start + i)
                );
                return Err(LocatedError::at(msg, start).into());
            }
            Some(_) => i += 1,
        }
    };
    let closing = if triple { 3 } else { 1 };
    let body_end = body_end.min(body_bytes.len());
    let body = &source[body_start..body_start + body_end];
    let end = body_start + body_end + closing;
    lex.bump(end - lex.span().end);

    let kind = if fstring {
        StringKind::FString
    } else if bytes {
        StringKind::Bytes
    } else {
        StringKind::Str
    };
    Ok(Box::new(StringLit {
        kind,
        raw,
        body: body.to_string(),
        body_offset: body_start - start,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<Tok> {
        Tok::lexer(text).map(|t| t.expect(text)).collect()
    }

    fn string(text: &str) -> (StringKind, bool, String, usize) {
        match &toks(text)[..] {
            [Tok::String(s)] => (s.kind, s.raw, s.body.clone(), s.body_offset),
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn keywords_names_and_soft_keywords() {
        assert_eq!(
            toks("if iffy match _ é_1 None"),
            vec![
                Tok::If,
                Tok::Name("iffy".into()),
                Tok::Name("match".into()),
                Tok::Name("_".into()),
                Tok::Name("é_1".into()),
                Tok::None,
            ]
        );
    }

    #[test]
    fn non_ascii_names_are_nfkc_normalised() {
        // U+FB01 (ﬁ ligature) and fullwidth letters fold to ASCII; é stays
        // composed whichever way it was written.
        assert_eq!(
            toks("\u{FB01}le \u{FF41}b e\u{301}"),
            vec![
                Tok::Name("file".into()),
                Tok::Name("ab".into()),
                Tok::Name("\u{E9}".into()),
            ]
        );
    }

    #[test]
    fn operators_take_the_longest_match() {
        assert_eq!(
            toks("-> := **= //= >>= <<= @ @= ... . != ="),
            vec![
                Tok::Rarrow,
                Tok::ColonEqual,
                Tok::DoubleStarEqual,
                Tok::DoubleSlashEqual,
                Tok::RightShiftEqual,
                Tok::LeftShiftEqual,
                Tok::At,
                Tok::AtEqual,
                Tok::Ellipsis,
                Tok::Dot,
                Tok::NotEqual,
                Tok::Equal,
            ]
        );
    }

    #[test]
    fn numbers() {
        assert_eq!(
            toks("0x_1F 1_0 .5 1.e3 x.real"),
            vec![
                Tok::Number(Number::Int(31)),
                Tok::Number(Number::Int(10)),
                Tok::Number(Number::Float(0.5)),
                Tok::Number(Number::Float(1000.0)),
                Tok::Name("x".into()),
                Tok::Dot,
                Tok::Name("real".into()),
            ]
        );
    }

    #[test]
    fn string_prefixes_and_quotes() {
        use StringKind::*;
        assert_eq!(string(r"'a\n'"), (Str, false, r"a\n".into(), 1));
        assert_eq!(string("R'a'"), (Str, true, "a".into(), 2));
        assert_eq!(string(r#"u"x""#), (Str, false, "x".into(), 2));
        assert_eq!(string(r"bR'\x'"), (Bytes, true, r"\x".into(), 3));
        assert_eq!(string("rb''"), (Bytes, true, "".into(), 3));
        assert_eq!(
            string(r#"'''a'b""c'''"#),
            (Str, false, r#"a'b""c"#.into(), 3)
        );
        assert_eq!(string(r"'it\'s'"), (Str, false, r"it\'s".into(), 1));
        assert_eq!(string(r"r'\''"), (Str, true, r"\'".into(), 2));
        assert_eq!(string("Rf'{x}'"), (FString, true, "{x}".into(), 3));
        assert_eq!(string("f'''{x}'''"), (FString, false, "{x}".into(), 4));
    }

    #[test]
    fn unterminated_strings() {
        let err = |text: &str| match Tok::lexer(text).find_map(Result::err) {
            Some(RawLexError(Some(e))) => e.msg,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            err("s = 'abc\n"),
            "unterminated string literal (detected at line 1)"
        );
        assert_eq!(
            err("s = '''abc\n\nx\n"),
            "unterminated triple-quoted string literal (detected at line 3)"
        );
        assert_eq!(
            err("s = 'a\\\nb\n"),
            "unterminated string literal (detected at line 2)"
        );
    }
}
