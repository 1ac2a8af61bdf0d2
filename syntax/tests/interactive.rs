//! `parse_interactive`: how the interactive prompt classifies what has been
//! typed so far (complete, waiting for more, or a syntax error). The exact
//! error texts are checked against CPython by the CLI test
//! (`interp/tests/cli.rs`); here only the classification is.

use piepie_syntax::{parse_interactive, Interactive};

#[derive(Debug, PartialEq)]
enum Class {
    Simple,
    Compound,
    More,
    MoreOpen,
    Error,
}

fn class(src: &str) -> Class {
    match parse_interactive(src, "<stdin>") {
        Interactive::Complete {
            compound: false, ..
        } => Class::Simple,
        Interactive::Complete { compound: true, .. } => Class::Compound,
        Interactive::Incomplete { open: false, .. } => Class::More,
        Interactive::Incomplete { open: true, .. } => Class::MoreOpen,
        Interactive::Error(_) => Class::Error,
    }
}

#[test]
fn complete_input() {
    assert_eq!(class("x = 1\n"), Class::Simple);
    assert_eq!(class("x = 1; y = 2\n"), Class::Simple);
    assert_eq!(class("\n"), Class::Simple);
    assert_eq!(class("   # comment\n"), Class::Simple);
    assert_eq!(class("x = (1,\n2)\n"), Class::Simple);
    assert_eq!(class("if x:\n    pass\n"), Class::Compound);
    assert_eq!(class("if x: pass\n"), Class::Compound);
    assert_eq!(class("@d\ndef f():\n    pass\n"), Class::Compound);
    assert_eq!(class("class A:\n    pass\n    \n# c\n"), Class::Compound);
}

#[test]
fn incomplete_input() {
    assert_eq!(class("if x:\n"), Class::More);
    assert_eq!(class("if x:\n    if y:\n"), Class::More);
    assert_eq!(class("@d\n"), Class::More);
    // The prompt decides that an empty line ends this one.
    assert_eq!(class("if x:\n\n"), Class::More);
    assert_eq!(class("try:\n    pass\n"), Class::More);
    assert_eq!(class("x = 1 + \\\n"), Class::More);
    assert_eq!(class("x = (1,\n"), Class::MoreOpen);
    assert_eq!(class("x = [\n\n"), Class::MoreOpen);
    assert_eq!(class("s = '''abc\n"), Class::MoreOpen);
    assert_eq!(class("def f(x):\n    return (x +\n"), Class::MoreOpen);
}

#[test]
fn errors() {
    assert_eq!(class("1 +\n"), Class::Error);
    assert_eq!(class("x = (1 2,\n"), Class::Error);
    assert_eq!(class("x = 1)\n"), Class::Error);
    assert_eq!(class("  x\n"), Class::Error);
    assert_eq!(class("if x:\n    pass\ny\n"), Class::Error);
    assert_eq!(class("'abc\n"), Class::Error);
}
