//! Tests for `str_format`: markup steps are compared with CPython 3.11's
//! `_string.formatter_parser`, field names with
//! `_string.formatter_field_name_split`, and whole renders with
//! `str.format` through a small stand-in renderer.

#![expect(clippy::type_complexity, reason = "literal tables of cases")]

use super::super::str_methods::{ascii_repr, char_at, str_repr};
use super::*;

type MarkupCase = (
    &'static str,
    Vec<(
        &'static str,
        Option<(&'static str, Option<char>, &'static str)>,
    )>,
    Option<&'static str>,
);

#[test]
fn markup_steps_match_formatter_parser() {
    #[rustfmt::skip]
    let cases: Vec<MarkupCase> = vec![
        ("", vec![], None),
        ("plain", vec![("plain", None)], None),
        ("{}", vec![("", Some(("", None, "")))], None),
        ("{0}", vec![("", Some(("0", None, "")))], None),
        ("{name}", vec![("", Some(("name", None, "")))], None),
        ("a{{b", vec![("a{", None), ("b", None)], None),
        ("a}}b", vec![("a}", None), ("b", None)], None),
        ("{{}}", vec![("{", None), ("}", None)], None),
        ("{{{0}}}", vec![("{", None), ("", Some(("0", None, ""))), ("}", None)], None),
        ("x{0!r:>5}y", vec![("x", Some(("0", Some('r'), ">5"))), ("y", None)], None),
        ("{0!s}", vec![("", Some(("0", Some('s'), "")))], None),
        ("{!a}", vec![("", Some(("", Some('a'), "")))], None),
        ("{0:{1}}", vec![("", Some(("0", None, "{1}")))], None),
        ("{0:{1}{2}}", vec![("", Some(("0", None, "{1}{2}")))], None),
        ("{:{}}", vec![("", Some(("", None, "{}")))], None),
        ("{0:{{}}}", vec![("", Some(("0", None, "{{}}")))], None),
        ("{[", vec![], Some("expected '}' before end of string")),
        ("{0[}]}", vec![("", Some(("0[}]", None, "")))], None),
        ("{0[{]}", vec![("", Some(("0[{]", None, "")))], None),
        ("{0[a]b}", vec![("", Some(("0[a]b", None, "")))], None),
        ("{a.b[c]}", vec![("", Some(("a.b[c]", None, "")))], None),
        ("}", vec![], Some("Single '}' encountered in format string")),
        ("a}b", vec![], Some("Single '}' encountered in format string")),
        ("{", vec![], Some("Single '{' encountered in format string")),
        ("a{", vec![], Some("Single '{' encountered in format string")),
        ("{0", vec![], Some("expected '}' before end of string")),
        ("{0!", vec![], Some("end of string while looking for conversion specifier")),
        ("{0!r", vec![], Some("unmatched '{' in format spec")),
        ("{0!rx}", vec![], Some("expected ':' after conversion specifier")),
        ("{0!}", vec![], Some("unmatched '{' in format spec")),
        ("{!}", vec![], Some("unmatched '{' in format spec")),
        ("{!:}", vec![("", Some(("", Some(':'), "")))], None),
        ("{0:", vec![], Some("unmatched '{' in format spec")),
        ("{0:{", vec![], Some("unmatched '{' in format spec")),
        ("{0:}}", vec![("", Some(("0", None, "")))], Some("Single '}' encountered in format string")),
        ("{{0}", vec![("{", None)], Some("Single '}' encountered in format string")),
        ("{0}}", vec![("", Some(("0", None, "")))], Some("Single '}' encountered in format string")),
        ("é{0}ü{{", vec![("é", Some(("0", None, ""))), ("ü{", None)], None),
        ("{0:é}", vec![("", Some(("0", None, "é")))], None),
        ("{:}", vec![("", Some(("", None, "")))], None),
        ("{:x}", vec![("", Some(("", None, "x")))], None),
        ("{!r}", vec![("", Some(("", Some('r'), "")))], None),
        ("{0{}", vec![], Some("unexpected '{' in field name")),
        ("{a{b}", vec![], Some("unexpected '{' in field name")),
        ("{0[]}", vec![("", Some(("0[]", None, "")))], None),
        ("{0!r:}", vec![("", Some(("0", Some('r'), "")))], None),
        ("{0!\u{0}}", vec![("", Some(("0", None, "")))], None),
        ("{ 0 }", vec![("", Some((" 0 ", None, "")))], None),
        ("{0:{1:{2}}}", vec![("", Some(("0", None, "{1:{2}}")))], None),
        ("end {", vec![], Some("Single '{' encountered in format string")),
    ];
    for (template, steps, error) in cases {
        let mut got = Vec::new();
        let mut got_error = None;
        for step in markup_iter(template) {
            match step {
                Ok(m) => got.push((m.literal, m.field.map(|f| (f.name, f.conversion, f.spec)))),
                Err(e) => got_error = Some(e),
            }
        }
        assert_eq!(got, steps, "steps of {template:?}");
        assert_eq!(got_error.as_deref(), error, "error of {template:?}");
    }
}

#[test]
fn field_names_match_formatter_field_name_split() {
    #[rustfmt::skip]
    let cases: Vec<(&str, Result<FieldName, &str>)> = vec![
        ("", Ok(FieldName { first: FieldKey::Auto, rest: vec![], trailing_error: None })),
        ("0", Ok(FieldName { first: FieldKey::Index(0), rest: vec![], trailing_error: None })),
        ("12", Ok(FieldName { first: FieldKey::Index(12), rest: vec![], trailing_error: None })),
        ("name", Ok(FieldName { first: FieldKey::Name("name".into()), rest: vec![], trailing_error: None })),
        ("\u{663}", Ok(FieldName { first: FieldKey::Index(3), rest: vec![], trailing_error: None })),
        ("0.real", Ok(FieldName { first: FieldKey::Index(0), rest: vec![Accessor::Attr("real".into())], trailing_error: None })),
        ("a.b.c", Ok(FieldName { first: FieldKey::Name("a".into()), rest: vec![Accessor::Attr("b".into()), Accessor::Attr("c".into())], trailing_error: None })),
        ("a[0]", Ok(FieldName { first: FieldKey::Name("a".into()), rest: vec![Accessor::Index(0)], trailing_error: None })),
        ("a[x]", Ok(FieldName { first: FieldKey::Name("a".into()), rest: vec![Accessor::Key("x".into())], trailing_error: None })),
        ("a[ 1]", Ok(FieldName { first: FieldKey::Name("a".into()), rest: vec![Accessor::Key(" 1".into())], trailing_error: None })),
        ("a[-1]", Ok(FieldName { first: FieldKey::Name("a".into()), rest: vec![Accessor::Key("-1".into())], trailing_error: None })),
        ("a[0][1].x", Ok(FieldName { first: FieldKey::Name("a".into()), rest: vec![Accessor::Index(0), Accessor::Index(1), Accessor::Attr("x".into())], trailing_error: None })),
        (".x", Ok(FieldName { first: FieldKey::Auto, rest: vec![Accessor::Attr("x".into())], trailing_error: None })),
        ("[0]", Ok(FieldName { first: FieldKey::Auto, rest: vec![Accessor::Index(0)], trailing_error: None })),
        ("a.", Ok(FieldName { first: FieldKey::Name("a".into()), rest: vec![], trailing_error: Some("Empty attribute in format string".into()) })),
        ("a..b", Ok(FieldName { first: FieldKey::Name("a".into()), rest: vec![], trailing_error: Some("Empty attribute in format string".into()) })),
        ("a[]", Ok(FieldName { first: FieldKey::Name("a".into()), rest: vec![], trailing_error: Some("Empty attribute in format string".into()) })),
        ("a[0", Ok(FieldName { first: FieldKey::Name("a".into()), rest: vec![], trailing_error: Some("Missing ']' in format string".into()) })),
        ("a[0]x", Ok(FieldName { first: FieldKey::Name("a".into()), rest: vec![Accessor::Index(0)], trailing_error: Some("Only '.' or '[' may follow ']' in format field specifier".into()) })),
        ("a[0].", Ok(FieldName { first: FieldKey::Name("a".into()), rest: vec![Accessor::Index(0)], trailing_error: Some("Empty attribute in format string".into()) })),
        ("a.b[", Ok(FieldName { first: FieldKey::Name("a".into()), rest: vec![Accessor::Attr("b".into())], trailing_error: Some("Missing ']' in format string".into()) })),
        ("99999999999999999999", Err("Too many decimal digits in format string")),
        ("a[99999999999999999999]", Ok(FieldName { first: FieldKey::Name("a".into()), rest: vec![], trailing_error: Some("Too many decimal digits in format string".into()) })),
        ("9223372036854775807", Ok(FieldName { first: FieldKey::Index(9223372036854775807), rest: vec![], trailing_error: None })),
        ("9223372036854775808", Err("Too many decimal digits in format string")),
        ("a[[]", Ok(FieldName { first: FieldKey::Name("a".into()), rest: vec![Accessor::Key("[".into())], trailing_error: None })),
        ("a[.]", Ok(FieldName { first: FieldKey::Name("a".into()), rest: vec![Accessor::Key(".".into())], trailing_error: None })),
        ("a[]]", Ok(FieldName { first: FieldKey::Name("a".into()), rest: vec![], trailing_error: Some("Empty attribute in format string".into()) })),
        ("x.y[1].z[k]", Ok(FieldName { first: FieldKey::Name("x".into()), rest: vec![Accessor::Attr("y".into()), Accessor::Index(1), Accessor::Attr("z".into()), Accessor::Key("k".into())], trailing_error: None })),
        ("-1", Ok(FieldName { first: FieldKey::Name("-1".into()), rest: vec![], trailing_error: None })),
        (" 0", Ok(FieldName { first: FieldKey::Name(" 0".into()), rest: vec![], trailing_error: None })),
        ("é.ü[ö]", Ok(FieldName { first: FieldKey::Name("é".into()), rest: vec![Accessor::Attr("ü".into()), Accessor::Key("ö".into())], trailing_error: None })),
    ];
    for (name, expected) in cases {
        assert_eq!(
            parse_field_name(name),
            expected.map_err(str::to_owned),
            "{name:?}"
        );
    }
}

/// Renders `template` as `str.format(*ARGS, **KWARGS)` would, where every
/// argument is a str and a spec is empty or a width.
fn render(
    template: &str,
    depth: usize,
    numbering: &mut AutoNumbering,
) -> Result<String, (String, String)> {
    const ARGS: [&str; 4] = ["a", "bb", "3", "10"];
    const KWARGS: [(&str, &str); 2] = [("x", "X"), ("w", "4")];
    let value_error = |m: String| ("ValueError".to_owned(), m);
    if depth == 0 {
        return Err(value_error(RECURSION_ERROR.to_owned()));
    }
    let mut out = String::new();
    for piece in template_iter(template) {
        let (name, conversion, spec) = match piece.map_err(value_error)? {
            Piece::Literal(text) => {
                out.push_str(&text);
                continue;
            }
            Piece::Field {
                name,
                conversion,
                spec,
            } => (name, conversion, spec),
        };
        let mut value: String = match numbering.resolve(&name.first).map_err(value_error)? {
            Some(i) => ARGS
                .get(i)
                .ok_or_else(|| ("IndexError".to_owned(), index_error(i)))?
                .to_string(),
            None => {
                let FieldKey::Name(key) = &name.first else {
                    unreachable!()
                };
                let found = KWARGS.iter().find(|(k, _)| k == key);
                found
                    .ok_or_else(|| ("KeyError".to_owned(), str_repr(key)))?
                    .1
                    .to_owned()
            }
        };
        for accessor in &name.rest {
            value = match accessor {
                Accessor::Index(i) => char_at(&value, *i)
                    .ok_or_else(|| {
                        (
                            "IndexError".to_owned(),
                            "string index out of range".to_owned(),
                        )
                    })?
                    .to_string(),
                Accessor::Key(_) => {
                    return Err((
                        "TypeError".to_owned(),
                        "string indices must be integers, not 'str'".to_owned(),
                    ));
                }
                Accessor::Attr(a) => {
                    return Err((
                        "AttributeError".to_owned(),
                        format!("'str' object has no attribute '{a}'"),
                    ));
                }
            };
        }
        if let Some(e) = name.trailing_error {
            return Err(value_error(e));
        }
        value = match conversion {
            None | Some('s') => value,
            Some('r') => str_repr(&value),
            Some('a') => ascii_repr(&value),
            Some(c) => return Err(value_error(conversion_error(c))),
        };
        let spec = if spec.contains('{') {
            render(spec, depth - 1, numbering)?
        } else {
            spec.to_owned()
        };
        let width: usize = match spec.parse() {
            Ok(w) => w,
            Err(_) if spec.is_empty() => 0,
            // The stand-in's version of `format(str, spec)` errors.
            Err(_) if spec.chars().count() == 1 => {
                return Err(value_error(format!(
                    "Unknown format code '{spec}' for object of type 'str'"
                )));
            }
            Err(_) => {
                return Err(value_error(format!(
                    "Invalid format specifier '{spec}' for object of type 'str'"
                )))
            }
        };
        out.push_str(&value);
        out.extend(std::iter::repeat_n(
            ' ',
            width.saturating_sub(value.chars().count()),
        ));
    }
    Ok(out)
}

#[test]
fn renders_match_str_format() {
    #[rustfmt::skip]
    let cases: Vec<(&str, Result<&str, (&str, &str)>)> = vec![
        ("{}{}", Ok("abb")),
        ("{0}{1}{0}", Ok("abba")),
        ("{}{1}", Err(("ValueError", "cannot switch from automatic field numbering to manual field specification"))),
        ("{1}{}", Err(("ValueError", "cannot switch from manual field specification to automatic field numbering"))),
        ("{x}{}{}", Ok("Xabb")),
        ("{}{x}{0}", Err(("ValueError", "cannot switch from automatic field numbering to manual field specification"))),
        ("{2}{w}", Ok("34")),
        ("{:{}}|", Err(("ValueError", "Invalid format specifier 'bb' for object of type 'str'"))),
        ("{0:{2}}|", Ok("a  |")),
        ("{:{w}}|", Ok("a   |")),
        ("{x:{}}|{}", Err(("ValueError", "Unknown format code 'a' for object of type 'str'"))),
        ("{0:{2}}{}", Err(("ValueError", "cannot switch from manual field specification to automatic field numbering"))),
        ("{}{:{1}}", Err(("ValueError", "cannot switch from automatic field numbering to manual field specification"))),
        ("{4}", Err(("IndexError", "Replacement index 4 out of range for positional args tuple"))),
        ("{}{}{}{}{}", Err(("IndexError", "Replacement index 4 out of range for positional args tuple"))),
        ("{y}", Err(("KeyError", "'y'"))),
        ("{0!r}{1!a}{x!s}", Ok("'a''bb'X")),
        ("{0!x}", Err(("ValueError", "Unknown conversion specifier x"))),
        ("{5!x}", Err(("IndexError", "Replacement index 5 out of range for positional args tuple"))),
        ("{0!\u{1}}", Err(("ValueError", "Unknown conversion specifier \\x1"))),
        ("{0[0]}", Ok("a")),
        ("{1[1]}", Ok("b")),
        ("{1[2]}", Err(("IndexError", "string index out of range"))),
        ("{0[x]}", Err(("TypeError", "string indices must be integers, not 'str'"))),
        ("{0.upper_}", Err(("AttributeError", "'str' object has no attribute 'upper_'"))),
        ("{0.}", Err(("ValueError", "Empty attribute in format string"))),
        ("{9.}", Err(("IndexError", "Replacement index 9 out of range for positional args tuple"))),
        ("{0[0].}", Err(("ValueError", "Empty attribute in format string"))),
        ("{0[0]x}", Err(("ValueError", "Only '.' or '[' may follow ']' in format field specifier"))),
        ("{0[5]x}", Err(("IndexError", "string index out of range"))),
        ("{0:{1:{2}}}", Err(("ValueError", "Max string recursion exceeded"))),
        ("{0:{{}}}", Err(("ValueError", "Invalid format specifier '{}' for object of type 'str'"))),
        ("{0:{3}}|", Ok("a         |")),
        ("a{}b{", Err(("ValueError", "Single '{' encountered in format string"))),
        ("{}}", Err(("ValueError", "Single '}' encountered in format string"))),
        ("{0}{", Err(("ValueError", "Single '{' encountered in format string"))),
        ("{9}{", Err(("IndexError", "Replacement index 9 out of range for positional args tuple"))),
        ("{:}", Ok("a")),
        ("{!r:}", Ok("'a'")),
        ("é{x}ü", Ok("éXü")),
        ("{\u{660}}", Ok("a")),
        ("{{{}}}", Ok("{a}")),
        ("{0:{99999999999999999999}}", Err(("ValueError", "Too many decimal digits in format string"))),
        ("{99999999999999999999}", Err(("ValueError", "Too many decimal digits in format string"))),
        ("{0[99999999999999999999]}", Err(("ValueError", "Too many decimal digits in format string"))),
        ("{a[}", Err(("ValueError", "expected '}' before end of string"))),
        ("{0[}", Err(("ValueError", "expected '}' before end of string"))),
    ];
    for (template, expected) in cases {
        let got = render(template, MAX_RECURSION_DEPTH, &mut AutoNumbering::new());
        let want = expected
            .map(str::to_owned)
            .map_err(|(k, m)| (k.to_owned(), m.to_owned()));
        assert_eq!(got, want, "{template:?}");
    }
}

#[test]
fn parse_template_merges_literals() {
    let pieces = parse_template("a{{b}}c{0!r:>{1}}d").unwrap();
    assert_eq!(pieces.len(), 3);
    assert_eq!(pieces[0], Piece::Literal(Cow::Owned("a{b}c".to_owned())));
    assert_eq!(
        pieces[1],
        Piece::Field {
            name: FieldName {
                first: FieldKey::Index(0),
                rest: vec![],
                trailing_error: None
            },
            conversion: Some('r'),
            spec: ">{1}",
        }
    );
    assert_eq!(pieces[2], Piece::Literal(Cow::Borrowed("d")));
    assert_eq!(
        parse_template("ok {0} then }"),
        Err("Single '}' encountered in format string".to_owned())
    );
    assert_eq!(conversion_error('x'), "Unknown conversion specifier x");
    assert_eq!(
        conversion_error('\u{e9}'),
        "Unknown conversion specifier \\xe9"
    );
}

#[test]
fn odd_inputs_never_panic() {
    const PIECES: [&str; 18] = [
        "{", "}", "{{", "}}", "0", "1", "!", "r", "x", ":", "[", "]", ".", "a", "é", "{}", "w",
        "\0",
    ];
    let mut state: u64 = 0x0F1E_2D3C_4B5A_6978;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..20_000 {
        let len = next() % 8;
        let template: String = (0..len)
            .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
            .collect();
        let _ = template_iter(&template).count();
        let _ = markup_iter(&template).count();
        let _ = parse_template(&template);
        let _ = parse_field_name(&template);
        let _ = render(&template, MAX_RECURSION_DEPTH, &mut AutoNumbering::new());
    }
}
