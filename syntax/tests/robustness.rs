//! No input makes the front end panic: random token soups and mutations of
//! valid programs must come back as `Ok` or as a `SyntaxError` that renders.

mod common;

use piepie_syntax::{parse_eval, parse_module};

/// A small deterministic generator (xorshift64*), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "x",
    "y",
    "match",
    "_",
    "é",
    "1",
    "0x1f",
    "1.5e3",
    "1_0",
    "09",
    "1j",
    "'s'",
    "\"t\"",
    "'''",
    "\"\"\"",
    "b'b'",
    "r'\\'",
    "f'{x}'",
    "f'{x!r:>{w}}'",
    "f'{'",
    "f'}'",
    "f'{x=}'",
    "\\",
    "\\\n",
    "\n",
    "\r\n",
    "\t",
    "    ",
    " ",
    "#c",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ";",
    ".",
    "...",
    "=",
    "==",
    ":=",
    "->",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "@",
    "|",
    "&",
    "^",
    "~",
    "<<",
    ">>",
    "<",
    ">=",
    "!=",
    "!",
    "?",
    "$",
    "€",
    "\0",
    "\u{feff}",
    "if",
    "elif",
    "else",
    "for",
    "in",
    "while",
    "def",
    "class",
    "return",
    "yield",
    "from",
    "import",
    "as",
    "try",
    "except",
    "finally",
    "with",
    "lambda",
    "not",
    "and",
    "or",
    "is",
    "None",
    "True",
    "pass",
    "del",
    "global",
    "nonlocal",
    "assert",
    "raise",
    "async",
    "await",
    "break",
    "continue",
];

const PROGRAMS: &[&str] = &[
    "def f(a, b=1, *args, c, **kw):\n    return [x for x in a if x]\n",
    "class A(B):\n    x: int = 3\n    def m(self):\n        yield from self\n",
    "try:\n    f(*a, **k)\nexcept (E, F) as e:\n    raise G from e\nfinally:\n    pass\n",
    "with (open(p) as f, g):\n    s = f'{x!r:>{w}} {y=}'\n",
    "if (n := len(a)) > 1:\n\tdel a[1:2, ::3]\nelif b:\n    pass\n",
    "x = {**d, 'k': [1, *r]} if c else lambda q=1, /: q ** -2\n",
];

/// Iterations per test; `PIEPIE_FUZZ_ITERATIONS` raises it for a longer run.
fn iterations() -> usize {
    std::env::var("PIEPIE_FUZZ_ITERATIONS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(20_000)
}

fn check(source: &str) {
    match parse_module(source, "fuzz.py") {
        Ok(module) => common::check_spans(&module, source),
        Err(e) => {
            assert!(e.lineno >= 1, "{source:?}: line {}", e.lineno);
            e.render();
        }
    }
    if let Err(e) = parse_eval(source, "<string>") {
        e.render();
    }
}

#[test]
fn token_soup_never_panics() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..iterations() {
        let len = 1 + rng.below(12);
        let mut source = String::new();
        for _ in 0..len {
            source.push_str(PIECES[rng.below(PIECES.len())]);
            if rng.below(3) == 0 {
                source.push(' ');
            }
        }
        check(&source);
    }
}

#[test]
fn mutated_programs_never_panic() {
    let mut rng = Rng(0x1234_5678_9abc_def1);
    for _ in 0..iterations() {
        let mut source = PROGRAMS[rng.below(PROGRAMS.len())].to_string();
        for _ in 0..1 + rng.below(3) {
            let mut at = rng.below(source.len() + 1);
            while !source.is_char_boundary(at) {
                at -= 1;
            }
            match rng.below(3) {
                0 => source.insert_str(at, PIECES[rng.below(PIECES.len())]),
                1 => {
                    let mut end = (at + 1 + rng.below(4)).min(source.len());
                    while !source.is_char_boundary(end) {
                        end += 1;
                    }
                    source.replace_range(at..end, "");
                }
                _ => source.truncate(at),
            }
        }
        check(&source);
    }
}
