//! piepie's front end: source text to AST.
//!
//! `token.rs` (logos) splits the text into raw tokens, scanning numbers with
//! `literal.rs`; `lexer.rs` adds the indentation layer (INDENT/DEDENT/NEWLINE,
//! implicit joining inside brackets, backslash continuation) and refuses
//! `async`/`await`/`match`; `grammar.lalrpop` builds the AST of `ast.rs`,
//! helped by `actions.rs` (target and parameter validation) and `strings.rs`
//! (escapes, literal concatenation, f-string splitting); `depth.rs` refuses
//! trees too deep for recursive consumers; `parser.rs` is the facade that
//! turns every failure into a [`SyntaxError`] worded and placed as CPython
//! 3.11 does. `dump.rs` prints an AST as compact S-expressions for tests.
//!
//! Public entry points: [`parse_module`], [`parse_eval`] and, for the
//! interactive prompt, [`parse_interactive`].

mod actions;
pub mod ast;
mod depth;
pub mod dump;
pub mod error;
pub mod lexer;
pub mod literal;
pub mod parser;
mod strings;
pub mod token;

pub use error::{SyntaxError, SyntaxErrorKind};
pub use parser::{parse_eval, parse_interactive, parse_module, Interactive};

/// Maps byte offsets to 1-based line numbers and 0-based column offsets.
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let mut line_starts = vec![0u32];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        LineIndex { line_starts }
    }

    /// The 1-based line containing byte `offset`.
    pub fn line(&self, offset: u32) -> usize {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }

    /// Byte offset of the start of 1-based `line`.
    pub fn line_start(&self, line: usize) -> u32 {
        self.line_starts[(line - 1).min(self.line_starts.len() - 1)]
    }

    /// 0-based byte column of `offset` within its line.
    pub fn col(&self, offset: u32) -> usize {
        (offset - self.line_start(self.line(offset))) as usize
    }
}
