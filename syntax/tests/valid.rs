//! Valid programs: each parses to the expected AST (shown with
//! `piepie_syntax::dump`), and every span in it nests inside its parent's.
//! The expected dumps were reviewed against CPython's `ast.dump` shapes.

mod common;

use piepie_syntax::dump::dump_module;
use piepie_syntax::{parse_eval, parse_module};

/// (source, expected dump)
const CASES: &[(&str, &str)] = &[
    (
        "a = b = c, d = 1, 2\n",
        "assign [a b (tuple c d)] (tuple 1 2)\n",
    ),
    (
        "x += 1; y //= 2; z **= 3; w @= m; v >>= 1; u <<= 2\n",
        "augassign x + 1\naugassign y // 2\naugassign z ** 3\naugassign w @ m\naugassign v >> 1\naugassign u << 2\n",
    ),
    (
        "x: int\n",
        "annassign x int - simple=true\n",
    ),
    (
        "a.b: str = 'x'\n",
        "annassign (. a b) str \"x\" simple=false\n",
    ),
    (
        "[a, (b, *c)] = d\n",
        "assign [(list a (tuple b *c))] d\n",
    ),
    (
        "for i, (j, k) in enumerate(x):\n    continue\nelse:\n    break\n",
        "for (tuple i (tuple j k)) (call enumerate x)\n  continue\nelse\n  break\n",
    ),
    (
        "while not done:\n    pass\nelse:\n    x = 1\n",
        "while (not done)\n  pass\nelse\n  assign [x] 1\n",
    ),
    (
        "if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    pass\n",
        "if a\n  pass\nelse\n  if b\n    pass\n  else\n    if c\n      pass\n    else\n      pass\n",
    ),
    (
        "if x: y = 1; z = 2\n",
        "if x\n  assign [y] 1\n  assign [z] 2\n",
    ),
    (
        "def f(a, b: int = 1, *, c, d: str = 'x', **kw: dict) -> None: pass\n",
        "def f(a b:int=1 * c d:str=\"x\" **kw:dict) -> None\n  pass\n",
    ),
    (
        "def g(a, /): pass\ndef h(*args): pass\ndef k(**kw): pass\ndef l(a, /, *, b): pass\n",
        "def g(a /)\n  pass\ndef h(*args)\n  pass\ndef k(**kw)\n  pass\ndef l(a / * b)\n  pass\n",
    ),
    (
        "lambda: 0\nlambda *a, **k: 0\nlambda a, /, b=2: 0\n",
        "expr (lambda () 0)\nexpr (lambda (*a **k) 0)\nexpr (lambda (a / b=2) 0)\n",
    ),
    (
        "class C: pass\nclass D(A, B, *bases, metaclass=M, **kw): pass\n",
        "class C [] []\n  pass\nclass D [A B *bases] [metaclass=M **kw]\n  pass\n",
    ),
    (
        "@a.b(1)\n@c\ndef f(): pass\n",
        "def f() @[(call (. a b) 1) c]\n  pass\n",
    ),
    (
        "raise\nraise E\nraise E('x') from None\n",
        "raise - from -\nraise E from -\nraise (call E \"x\") from None\n",
    ),
    (
        "assert x\nassert x, 'msg'\n",
        "assert x -\nassert x \"msg\"\n",
    ),
    (
        "import a\nimport a.b.c\nimport a as b, c.d as e\n",
        "import a\nimport a.b.c\nimport a as b, c.d as e\n",
    ),
    (
        "from . import x\nfrom ... import y\nfrom .... import z\nfrom .m import *\nfrom a.b import (c,\n d as e)\n",
        "from . import x\nfrom ... import y\nfrom .... import z\nfrom .m import *\nfrom a.b import c, d as e\n",
    ),
    (
        "def f():\n    nonlocal a, b\n    global c\n",
        "def f()\n  nonlocal a b\n  global c\n",
    ),
    (
        "try:\n  x\nfinally:\n  y\n",
        "try\n  expr x\nfinally\n  expr y\n",
    ),
    (
        "try:\n  pass\nexcept (A, B) as e:\n  pass\nexcept C:\n  pass\nexcept:\n  pass\nelse:\n  pass\nfinally:\n  pass\n",
        "try\n  pass\nexcept (tuple A B) as e\n  pass\nexcept C as -\n  pass\nexcept - as -\n  pass\nelse\n  pass\nfinally\n  pass\n",
    ),
    (
        "with open(f) as fh, lock:\n  pass\n",
        "with (call open f) as fh, lock as -\n  pass\n",
    ),
    (
        "with (open(a) as b, open(c) as d,):\n  pass\n",
        "with (call open a) as b, (call open c) as d\n  pass\n",
    ),
    (
        "with (a, b):\n  pass\n",
        "with a as -, b as -\n  pass\n",
    ),
    (
        "with (a, b) as c:\n  pass\n",
        "with (tuple a b) as c\n  pass\n",
    ),
    (
        "with a as (b, c), d as e.f:\n  pass\n",
        "with a as (tuple b c), d as (. e f)\n  pass\n",
    ),
    (
        "x = a if b else c if d else e\n",
        "assign [x] (if b a (if d c e))\n",
    ),
    (
        "x = a or b or c and d and not e\n",
        "assign [x] (or a b (and c d (not e)))\n",
    ),
    (
        "x = a < b <= c > d >= e == f != g in h not in i is j is not k\n",
        "assign [x] (cmp a < b <= c > d >= e == f != g in h not-in i is j is-not k)\n",
    ),
    (
        "x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m\n",
        "assign [x] (| a (^ b (& c (>> (<< d e) (- (+ f g) (@ (% (// (/ (* h i) j) k) l) m))))))\n",
    ),
    (
        "x = -a ** -b; y = ~x; z = +y; w = not -x\n",
        "assign [x] (u- (** a (u- b)))\nassign [y] (~ x)\nassign [z] (u+ y)\nassign [w] (not (u- x))\n",
    ),
    (
        "x = 2 ** 3 ** 4\n",
        "assign [x] (** 2 (** 3 4))\n",
    ),
    (
        "x = a.b.c(d)[e].f\n",
        "assign [x] (. ([] (call (. (. a b) c) d) e) f)\n",
    ),
    (
        "x = a[1]; a[1:]; a[:2]; a[::3]; a[1:2:3]; a[:, 1]; a[1, 2]; a[()]; a[x:=1]; a[*b]\n",
        "assign [x] ([] a 1)\nexpr ([] a (slice 1 - -))\nexpr ([] a (slice - 2 -))\nexpr ([] a (slice - - 3))\nexpr ([] a (slice 1 2 3))\nexpr ([] a (tuple (slice - - -) 1))\nexpr ([] a (tuple 1 2))\nexpr ([] a (tuple ))\nexpr ([] a (:= x 1))\nexpr ([] a *b)\n",
    ),
    (
        "x = f(); f(a,); f(*a, *b, c, d=1, **e, **f)\n",
        "assign [x] (call f)\nexpr (call f a)\nexpr (call f *a *b c d=1 **e **f)\n",
    ),
    (
        "f(x for x in y); f((x for x in y), z)\n",
        "expr (call f (genexp x for x in y))\nexpr (call f (genexp x for x in y) z)\n",
    ),
    (
        "x = ( ); y = (1,); z = (1, 2,); w = (*a,); v = (a)\n",
        "assign [x] (tuple )\nassign [y] (tuple 1)\nassign [z] (tuple 1 2)\nassign [w] (tuple *a)\nassign [v] a\n",
    ),
    (
        "x = [ ]; y = [1]; z = [*a, *b, c,]\n",
        "assign [x] (list )\nassign [y] (list 1)\nassign [z] (list *a *b c)\n",
    ),
    (
        "x = {}; y = {1}; z = {1: 2, **d, 3: 4,}; w = {*a, b}\n",
        "assign [x] {}\nassign [y] (set 1)\nassign [z] {1:2 **d 3:4}\nassign [w] (set *a b)\n",
    ),
    (
        "x = [a for b in c for d in e if f if g]; y = {a: b for a, b in c}; z = {a for a in b}\n",
        "assign [x] (listcomp a for b in c for d in e if f if g)\nassign [y] (dictcomp a:b for (tuple a b) in c)\nassign [z] (setcomp a for a in b)\n",
    ),
    (
        "x = [(a, b) for a, *b in c if a if not b]\n",
        "assign [x] (listcomp (tuple a b) for (tuple a *b) in c if a if (not b))\n",
    ),
    (
        "x = (yield); y = (yield a, b); z = (yield from g())\n",
        "assign [x] (yield)\nassign [y] (yield (tuple a b))\nassign [z] (yield-from (call g))\n",
    ),
    (
        "def f():\n    yield\n    yield x\n    x = yield y\n    y = yield from z\n    return (yield)\n",
        "def f()\n  expr (yield)\n  expr (yield x)\n  assign [x] (yield y)\n  assign [y] (yield-from z)\n  return (yield)\n",
    ),
    (
        "print(f\"{x}\", f'{x!s}', f\"{x!a:>10}\", f\"{x=}\", f\"{x = !s}\", f\"{x=:.2f}\")\n",
        "expr (call print (f {x}) (f {x !s}) (f {x !a :(f \">10\")}) (f {x debug=\"x=\" !r}) (f {x debug=\"x = \" !s}) (f {x debug=\"x=\" :(f \".2f\")}))\n",
    ),
    (
        "x = f\"a{b}c{d:{e}.{f}}g{{h}}\"\n",
        "assign [x] (f \"a\" {b} \"c\" {d :(f {e} \".\" {f})} \"g{h}\")\n",
    ),
    (
        "x = f'{a[\"k\"]}{b:{c}}{d!r:^{w}}{ {1: 2}[1] }'\n",
        "assign [x] (f {([] a \"k\")} {b :(f {c})} {d !r :(f \"^\" {w})} {([] {1:2} 1)})\n",
    ),
    (
        "x = f\"{x:=10}\"\n",
        "assign [x] (f {x :(f \"=10\")})\n",
    ),
    (
        "x = f'{a == b}{a != b}{a <= b}{(lambda: 1)()}'\n",
        "assign [x] (f {(cmp a == b)} {(cmp a != b)} {(cmp a <= b)} {(call (lambda () 1))})\n",
    ),
    (
        "x = 'a' 'b' f'{c}' \"d\"\n",
        "assign [x] (f \"ab\" {c} \"d\")\n",
    ),
    (
        "x = rb'\\x' Rb\"\\t\" bR'''a\\b''' b'\\x41\\101'\n",
        "assign [x] b\"\\\\x\\\\ta\\\\bAA\"\n",
    ),
    (
        "x = 'a\\tb\\\\c\\'d\\\"e\\x41\\u00e9\\U0001F600\\N{EM DASH}\\101\\0'\n",
        "assign [x] \"a\\tb\\\\c'd\\\"eAé😀—A\\0\"\n",
    ),
    (
        "x = '''a\nb''' + \"\"\"c\\\nd\"\"\"\n",
        "assign [x] (+ \"a\\nb\" \"cd\")\n",
    ),
    (
        "x = ...; y = None; z = True; w = False\n",
        "assign [x] ...\nassign [y] None\nassign [z] True\nassign [w] False\n",
    ),
    (
        "x = 1_000; y = 0o777; z = 0b1010; w = 1e10; v = 1.5e-3; u = .5; t = 5.; s = 0xdead_BEEF\n",
        "assign [x] 1000\nassign [y] 511\nassign [z] 10\nassign [w] 10000000000.0\nassign [v] 0.0015\nassign [u] 0.5\nassign [t] 5.0\nassign [s] 3735928559\n",
    ),
    (
        "x = 99999999999999999999999999; y = 9223372036854775807; z = 9223372036854775808\n",
        "assign [x] 99999999999999999999999999\nassign [y] 9223372036854775807\nassign [z] 9223372036854775808\n",
    ),
    (
        "é = ñ + 日本\n",
        "assign [é] (+ ñ 日本)\n",
    ),
    (
        "if (n := len(a)) > 10: pass\n",
        "if (cmp (:= n (call len a)) > 10)\n  pass\n",
    ),
    (
        "[y := f(x), y**2]\n",
        "expr (list (:= y (call f x)) (** y 2))\n",
    ),
    (
        "f(x := 1)\n",
        "expr (call f (:= x 1))\n",
    ),
    (
        "print(*args, sep='')\n",
        "expr (call print *args sep=\"\")\n",
    ),
    (
        "x = not a == b\n",
        "assign [x] (not (cmp a == b))\n",
    ),
    (
        "del (a), [b, c]\ndel a,\ndel a.b, c[1:2]\n",
        "del [a (list b c)]\ndel [a]\ndel [(. a b) ([] c (slice 1 2 -))]\n",
    ),
    (
        "x[1:2, ...] = 3\n",
        "assign [([] x (tuple (slice 1 2 -) ...))] 3\n",
    ),
    (
        "a = 1 if b else 2,\n",
        "assign [a] (tuple (if b 1 2))\n",
    ),
    (
        "x = *a, *b\n",
        "assign [x] (tuple *a *b)\n",
    ),
    (
        "for x in *a, *b: pass\n",
        "for x (tuple *a *b)\n  pass\n",
    ),
    (
        "x = 1 +\\\n  2\n",
        "assign [x] (+ 1 2)\n",
    ),
    (
        "x = (1 +\n  2)  # comment\n# only a comment\n\ny = [\n  1,\n]\n",
        "assign [x] (+ 1 2)\nassign [y] (list 1)\n",
    ),
    (
        "if x:\n\tpass\nelse:\n\tpass\n",
        "if x\n  pass\nelse\n  pass\n",
    ),
    (
        "class A:\n    def f(self):\n        if x:\n            return 1\n        return 2\n\n    x = 3\n",
        "class A [] []\n  def f(self)\n    if x\n      return 1\n    return 2\n  assign [x] 3\n",
    ),
    (
        "x = 1;\n",
        "assign [x] 1\n",
    ),
    (
        "match = 1\ncase = match(x)\n",
        "assign [match] 1\nassign [case] (call match x)\n",
    ),
];

#[test]
fn valid_programs_parse_to_the_expected_ast() {
    let mut failures = Vec::new();
    for (source, expected) in CASES {
        match parse_module(source, "x.py") {
            Ok(module) => {
                let got = dump_module(&module);
                if &got != expected {
                    failures.push(format!(
                        "source: {source:?}\nexpected:\n{expected}got:\n{got}"
                    ));
                }
                common::check_spans(&module, source);
            }
            Err(e) => failures.push(format!("source: {source:?}\nfailed:\n{}", e.render())),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn spans_point_at_the_source_text() {
    let source = "x = foo(a, b=1)\nif y:\n    z = [i for i in x]\n";
    let module = parse_module(source, "x.py").unwrap();
    let text = |s: piepie_syntax::ast::Span| &source[s.start as usize..s.end as usize];
    assert_eq!(text(module.body[0].span), "x = foo(a, b=1)");
    assert_eq!(text(module.body[1].span), "if y:\n    z = [i for i in x]");
    let piepie_syntax::ast::StmtKind::Assign { value, .. } = &module.body[0].kind else {
        panic!()
    };
    assert_eq!(text(value.span), "foo(a, b=1)");
}

#[test]
fn fstring_field_spans_are_absolute() {
    let source = "s = f'ab{x + 1:>{w}}'\n";
    let module = parse_module(source, "x.py").unwrap();
    common::check_spans(&module, source);
    let piepie_syntax::ast::StmtKind::Assign { value, .. } = &module.body[0].kind else {
        panic!()
    };
    let piepie_syntax::ast::ExprKind::FormattedValue(parts) = &value.kind else {
        panic!()
    };
    let piepie_syntax::ast::FStringPart::Field(field) = &parts[1] else {
        panic!()
    };
    let span = field.value.span;
    assert_eq!(&source[span.start as usize..span.end as usize], "x + 1");
}

#[test]
fn eval_input() {
    let dump = |s: &str| piepie_syntax::dump::dump_expr(&parse_eval(s, "<string>").unwrap());
    assert_eq!(dump("1 + 2"), "(+ 1 2)");
    assert_eq!(dump("  x.y  \n\n"), "(. x y)");
    assert_eq!(dump("1, 2"), "(tuple 1 2)");
    assert_eq!(dump("(\n 1,\n 2)"), "(tuple 1 2)");
    assert_eq!(dump("lambda: 0"), "(lambda () 0)");
    for bad in ["", "x = 1", "1\n2", "import os", "1 +"] {
        let e = parse_eval(bad, "<string>").expect_err(bad);
        assert!(e.msg.contains("invalid syntax"), "{bad:?}: {}", e.msg);
    }
}

#[test]
fn line_endings_and_bom() {
    let dump = |s: &str| dump_module(&parse_module(s, "x.py").unwrap());
    assert_eq!(dump("if x:\r\n    y = 1\r\n"), "if x\n  assign [y] 1\n");
    assert_eq!(dump("\u{feff}x = 1\n"), "assign [x] 1\n");
    assert_eq!(dump("x = '''a\r\nb'''\r\n"), "assign [x] \"a\\nb\"\n");
    assert_eq!(dump("x = 1"), "assign [x] 1\n");
    assert_eq!(dump(""), "");
    assert_eq!(dump("\n\n# just a comment\n   \n"), "");
}
