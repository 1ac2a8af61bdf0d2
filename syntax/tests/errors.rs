//! Invalid programs: every case's expected text is what CPython 3.11 prints
//! for the program saved as `x.py` and run (`python3 x.py`), recorded once.
//! The check is on the whole rendering: message, line, source line, carets.

use piepie_syntax::parse_module;

/// (source, CPython 3.11's output on stderr)
const CASES: &[(&str, &str)] = &[
    (
        "if x\n    pass\n",
        "  File \"x.py\", line 1\n    if x\n        ^\nSyntaxError: expected ':'\n",
    ),
    (
        "x = (1,\n2\n",
        "  File \"x.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n",
    ),
    (
        "x = 1)\n",
        "  File \"x.py\", line 1\n    x = 1)\n         ^\nSyntaxError: unmatched ')'\n",
    ),
    (
        "x = (1]\n",
        "  File \"x.py\", line 1\n    x = (1]\n          ^\nSyntaxError: closing parenthesis ']' does not match opening parenthesis '('\n",
    ),
    (
        "x = (\n1]\n",
        "  File \"x.py\", line 2\n    1]\n     ^\nSyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1\n",
    ),
    (
        "s = \"abc\n",
        "  File \"x.py\", line 1\n    s = \"abc\n        ^\nSyntaxError: unterminated string literal (detected at line 1)\n",
    ),
    (
        "s = \"\"\"abc\n\nx\n",
        "  File \"x.py\", line 1\n    s = \"\"\"abc\n        ^\nSyntaxError: unterminated triple-quoted string literal (detected at line 3)\n",
    ),
    (
        "x = 1abc\n",
        "  File \"x.py\", line 1\n    x = 1abc\n        ^\nSyntaxError: invalid decimal literal\n",
    ),
    (
        "x = 0x\n",
        "  File \"x.py\", line 1\n    x = 0x\n         ^\nSyntaxError: invalid hexadecimal literal\n",
    ),
    (
        "x = 1_\n",
        "  File \"x.py\", line 1\n    x = 1_\n         ^\nSyntaxError: invalid decimal literal\n",
    ),
    (
        "x = 09\n",
        "  File \"x.py\", line 1\n    x = 09\n        ^\nSyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers\n",
    ),
    (
        "x = 0b2\n",
        "  File \"x.py\", line 1\n    x = 0b2\n          ^\nSyntaxError: invalid digit '2' in binary literal\n",
    ),
    (
        "x = 0o8\n",
        "  File \"x.py\", line 1\n    x = 0o8\n          ^\nSyntaxError: invalid digit '8' in octal literal\n",
    ),
    (
        "x = 1e\n",
        "  File \"x.py\", line 1\n    x = 1e\n        ^\nSyntaxError: invalid decimal literal\n",
    ),
    (
        "x = 0_7\n",
        "  File \"x.py\", line 1\n    x = 0_7\n        ^^\nSyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers\n",
    ),
    (
        "1 = x\n",
        "  File \"x.py\", line 1\n    1 = x\n    ^\nSyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?\n",
    ),
    (
        "f() = 1\n",
        "  File \"x.py\", line 1\n    f() = 1\n    ^^^\nSyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n",
    ),
    (
        "a + b = 1\n",
        "  File \"x.py\", line 1\n    a + b = 1\n    ^^^^^\nSyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='?\n",
    ),
    (
        "if x:\npass\n",
        "  File \"x.py\", line 2\n    pass\n    ^\nIndentationError: expected an indented block after 'if' statement on line 1\n",
    ),
    (
        "  x = 1\n",
        "  File \"x.py\", line 1\n    x = 1\nIndentationError: unexpected indent\n",
    ),
    (
        "if x:\n    a\n  b\n",
        "  File \"x.py\", line 3\n    b\n     ^\nIndentationError: unindent does not match any outer indentation level\n",
    ),
    (
        "if x:\n\ta\n        b\n",
        "  File \"x.py\", line 3\n    b\nTabError: inconsistent use of tabs and spaces in indentation\n",
    ),
    (
        "print \"a\"\n",
        "  File \"x.py\", line 1\n    print \"a\"\n    ^^^^^^^^^\nSyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n",
    ),
    (
        "f(a b)\n",
        "  File \"x.py\", line 1\n    f(a b)\n      ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n",
    ),
    (
        "x = (1 2)\n",
        "  File \"x.py\", line 1\n    x = (1 2)\n         ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n",
    ),
    (
        "x = [1 2]\n",
        "  File \"x.py\", line 1\n    x = [1 2]\n         ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n",
    ),
    (
        "x = {1 2}\n",
        "  File \"x.py\", line 1\n    x = {1 2}\n         ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n",
    ),
    (
        "f(a, b c)\n",
        "  File \"x.py\", line 1\n    f(a, b c)\n         ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n",
    ),
    (
        "x = = 1\n",
        "  File \"x.py\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "def f(:\n",
        "  File \"x.py\", line 1\n    def f(:\n          ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "x = [1, 2\ny = 3\n",
        "  File \"x.py\", line 1\n    x = [1, 2\n        ^\nSyntaxError: '[' was never closed\n",
    ),
    (
        "x = 1 +\n",
        "  File \"x.py\", line 1\n    x = 1 +\n           ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "for x in y\n  pass\n",
        "  File \"x.py\", line 1\n    for x in y\n              ^\nSyntaxError: expected ':'\n",
    ),
    (
        "x = 1 \\ 2\n",
        "  File \"x.py\", line 1\n    x = 1 \\ 2\n           ^\nSyntaxError: unexpected character after line continuation character\n",
    ),
    (
        "x = 1 € 2\n",
        "  File \"x.py\", line 1\n    x = 1 € 2\n          ^\nSyntaxError: invalid character '€' (U+20AC)\n",
    ),
    (
        "x = a ! b\n",
        "  File \"x.py\", line 1\n    x = a ! b\n          ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "x = 1 ? 2\n",
        "  File \"x.py\", line 1\n    x = 1 ? 2\n          ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "x = b\"é\"\n",
        "  File \"x.py\", line 1\n    x = b\"é\"\n        ^^^^^\nSyntaxError: bytes can only contain ASCII literal characters\n",
    ),
    (
        "x = f\"{}\"\n",
        "  File \"x.py\", line 1\n    x = f\"{}\"\n             ^\nSyntaxError: f-string: empty expression not allowed\n",
    ),
    (
        "x = f\"{x!z}\"\n",
        "  File \"x.py\", line 1\n    x = f\"{x!z}\"\n                ^\nSyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'\n",
    ),
    (
        "x = f\"{\"\n",
        "  File \"x.py\", line 1\n    x = f\"{\"\n            ^\nSyntaxError: f-string: expecting '}'\n",
    ),
    (
        "x = f\"}\"\n",
        "  File \"x.py\", line 1\n    x = f\"}\"\n            ^\nSyntaxError: f-string: single '}' is not allowed\n",
    ),
    (
        "x = f\"{x:{y:{z}}}\"\n",
        "  File \"x.py\", line 1\n    x = f\"{x:{y:{z}}}\"\n                      ^\nSyntaxError: f-string: expressions nested too deeply\n",
    ),
    (
        "x = f'{x #}'\n",
        "  File \"x.py\", line 1\n    x = f'{x #}'\n                ^\nSyntaxError: f-string expression part cannot include '#'\n",
    ),
    (
        "x = 'a' b'c'\n",
        "  File \"x.py\", line 1\n    x = 'a' b'c'\n                ^\nSyntaxError: cannot mix bytes and nonbytes literals\n",
    ),
    (
        "x = \"\\x4\"\n",
        "  File \"x.py\", line 1\n    x = \"\\x4\"\n             ^\nSyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape\n",
    ),
    (
        "if x:\n",
        "  File \"x.py\", line 1\n    if x:\nIndentationError: expected an indented block after 'if' statement on line 1\n",
    ),
    (
        "if x:\n    pass\nelse:\n",
        "  File \"x.py\", line 3\n    else:\nIndentationError: expected an indented block after 'else' statement on line 3\n",
    ),
    (
        "class A:\n",
        "  File \"x.py\", line 1\n    class A:\nIndentationError: expected an indented block after class definition on line 1\n",
    ),
    (
        "def f():\nreturn\n",
        "  File \"x.py\", line 2\n    return\n    ^\nIndentationError: expected an indented block after function definition on line 1\n",
    ),
    (
        "for x in y:\n# c\n",
        "  File \"x.py\", line 2\n    # c\nIndentationError: expected an indented block after 'for' statement on line 1\n",
    ),
    (
        "def f():\n  if x:\n",
        "  File \"x.py\", line 2\n    if x:\nIndentationError: expected an indented block after 'if' statement on line 2\n",
    ),
    (
        "x = 1\n    y\n",
        "  File \"x.py\", line 2\n    y\nIndentationError: unexpected indent\n",
    ),
    (
        "def f():\n  x = 1\n    y\n",
        "  File \"x.py\", line 3\n    y\nIndentationError: unexpected indent\n",
    ),
    (
        "try\n  pass\n",
        "  File \"x.py\", line 1\n    try\n       ^\nSyntaxError: expected ':'\n",
    ),
    (
        "class A(B)\n  pass\n",
        "  File \"x.py\", line 1\n    class A(B)\n              ^\nSyntaxError: expected ':'\n",
    ),
    (
        "def f(x) -> int\n  pass\n",
        "  File \"x.py\", line 1\n    def f(x) -> int\n                   ^\nSyntaxError: expected ':'\n",
    ),
    (
        "with a as b\n  pass\n",
        "  File \"x.py\", line 1\n    with a as b\n               ^\nSyntaxError: expected ':'\n",
    ),
    (
        "while x:\n  pass\nelse\n  pass\n",
        "  File \"x.py\", line 3\n    else\n        ^\nSyntaxError: expected ':'\n",
    ),
    (
        "if x  # c\n  pass\n",
        "  File \"x.py\", line 1\n    if x  # c\n          ^^^\nSyntaxError: expected ':'\n",
    ),
    (
        "x = 1 if 2\n",
        "  File \"x.py\", line 1\n    x = 1 if 2\n        ^^^^^^\nSyntaxError: expected 'else' after 'if' expression\n",
    ),
    (
        "del f()\n",
        "  File \"x.py\", line 1\n    del f()\n        ^^^\nSyntaxError: cannot delete function call\n",
    ),
    (
        "del 1\n",
        "  File \"x.py\", line 1\n    del 1\n        ^\nSyntaxError: cannot delete literal\n",
    ),
    (
        "for 1 in x: pass\n",
        "  File \"x.py\", line 1\n    for 1 in x: pass\n        ^\nSyntaxError: cannot assign to literal\n",
    ),
    (
        "with a as 1: pass\n",
        "  File \"x.py\", line 1\n    with a as 1: pass\n              ^\nSyntaxError: cannot assign to literal\n",
    ),
    (
        "(a, b) += 1\n",
        "  File \"x.py\", line 1\n    (a, b) += 1\n    ^^^^^^\nSyntaxError: 'tuple' is an illegal expression for augmented assignment\n",
    ),
    (
        "f() += 1\n",
        "  File \"x.py\", line 1\n    f() += 1\n    ^^^\nSyntaxError: 'function call' is an illegal expression for augmented assignment\n",
    ),
    (
        "1 += 1\n",
        "  File \"x.py\", line 1\n    1 += 1\n    ^\nSyntaxError: 'literal' is an illegal expression for augmented assignment\n",
    ),
    (
        "a, b: int = 1\n",
        "  File \"x.py\", line 1\n    a, b: int = 1\n    ^\nSyntaxError: only single target (not tuple) can be annotated\n",
    ),
    (
        "[a, b]: int\n",
        "  File \"x.py\", line 1\n    [a, b]: int\n    ^^^^^^\nSyntaxError: only single target (not list) can be annotated\n",
    ),
    (
        "f(): int\n",
        "  File \"x.py\", line 1\n    f(): int\n    ^^^\nSyntaxError: illegal target for annotation\n",
    ),
    (
        "x = 1 = 2\n",
        "  File \"x.py\", line 1\n    x = 1 = 2\n        ^\nSyntaxError: cannot assign to literal\n",
    ),
    (
        "(a, 1) = x\n",
        "  File \"x.py\", line 1\n    (a, 1) = x\n        ^\nSyntaxError: cannot assign to literal\n",
    ),
    (
        "a, 1 = x\n",
        "  File \"x.py\", line 1\n    a, 1 = x\n       ^\nSyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?\n",
    ),
    (
        "None = 1\n",
        "  File \"x.py\", line 1\n    None = 1\n    ^^^^\nSyntaxError: cannot assign to None\n",
    ),
    (
        "x if y else z = 1\n",
        "  File \"x.py\", line 1\n    x if y else z = 1\n    ^^^^^^^^^^^^^\nSyntaxError: cannot assign to conditional expression\n",
    ),
    (
        "lambda: 1 = 1\n",
        "  File \"x.py\", line 1\n    lambda: 1 = 1\n    ^^^^^^^^^\nSyntaxError: cannot assign to lambda\n",
    ),
    (
        "a < b = 1\n",
        "  File \"x.py\", line 1\n    a < b = 1\n    ^^^^^\nSyntaxError: cannot assign to comparison\n",
    ),
    (
        "not a = 1\n",
        "  File \"x.py\", line 1\n    not a = 1\n    ^^^^^\nSyntaxError: cannot assign to expression\n",
    ),
    (
        "{} = 1\n",
        "  File \"x.py\", line 1\n    {} = 1\n    ^^\nSyntaxError: cannot assign to dict literal here. Maybe you meant '==' instead of '='?\n",
    ),
    (
        "[x for x in y] = 1\n",
        "  File \"x.py\", line 1\n    [x for x in y] = 1\n    ^^^^^^^^^^^^^^\nSyntaxError: cannot assign to list comprehension here. Maybe you meant '==' instead of '='?\n",
    ),
    (
        "(yield) = 1\n",
        "  File \"x.py\", line 1\n    (yield) = 1\n     ^^^^^\nSyntaxError: cannot assign to yield expression here. Maybe you meant '==' instead of '='?\n",
    ),
    (
        "x = yield = 1\n",
        "  File \"x.py\", line 1\n    x = yield = 1\n        ^^^^^\nSyntaxError: assignment to yield expression not possible\n",
    ),
    (
        "(*a) = 1\n",
        "  File \"x.py\", line 1\n    (*a) = 1\n     ^^\nSyntaxError: cannot use starred expression here\n",
    ),
    (
        "x = (*a)\n",
        "  File \"x.py\", line 1\n    x = (*a)\n         ^^\nSyntaxError: cannot use starred expression here\n",
    ),
    (
        "del a + b\n",
        "  File \"x.py\", line 1\n    del a + b\n        ^^^^^\nSyntaxError: cannot delete expression\n",
    ),
    (
        "del (a, 1)\n",
        "  File \"x.py\", line 1\n    del (a, 1)\n            ^\nSyntaxError: cannot delete literal\n",
    ),
    (
        "del *a\n",
        "  File \"x.py\", line 1\n    del *a\n        ^^\nSyntaxError: cannot delete starred\n",
    ),
    (
        "for *a in b: pass\n",
        "  File \"x.py\", line 1\n    for *a in b: pass\n        ^^\nSyntaxError: starred assignment target must be in a list or tuple\n",
    ),
    (
        "*a = 1\n",
        "  File \"x.py\", line 1\n    *a = 1\n    ^^\nSyntaxError: starred assignment target must be in a list or tuple\n",
    ),
    (
        "a, *b, *c = x\n",
        "  File \"x.py\", line 1\n    a, *b, *c = x\n    ^^^^^^^^^\nSyntaxError: multiple starred expressions in assignment\n",
    ),
    (
        "x = *a\n",
        "  File \"x.py\", line 1\n    x = *a\n        ^^\nSyntaxError: can't use starred expression here\n",
    ),
    (
        "f(x=1, 2)\n",
        "  File \"x.py\", line 1\n    f(x=1, 2)\n            ^\nSyntaxError: positional argument follows keyword argument\n",
    ),
    (
        "f(**k, *a)\n",
        "  File \"x.py\", line 1\n    f(**k, *a)\n           ^\nSyntaxError: iterable argument unpacking follows keyword argument unpacking\n",
    ),
    (
        "f(**a, b)\n",
        "  File \"x.py\", line 1\n    f(**a, b)\n            ^\nSyntaxError: positional argument follows keyword argument unpacking\n",
    ),
    (
        "f(a, a=1, a=2)\n",
        "  File \"x.py\", line 1\n    f(a, a=1, a=2)\n              ^^^\nSyntaxError: keyword argument repeated: a\n",
    ),
    (
        "f(a for a in b, c)\n",
        "  File \"x.py\", line 1\n    f(a for a in b, c)\n      ^^^^^^^^^^^^\nSyntaxError: Generator expression must be parenthesized\n",
    ),
    (
        "f(x for x in y, )\n",
        "  File \"x.py\", line 1\n    f(x for x in y, )\n      ^^^^^^^^^^^^\nSyntaxError: Generator expression must be parenthesized\n",
    ),
    (
        "def f(a=1, b): pass\n",
        "  File \"x.py\", line 1\n    def f(a=1, b): pass\n               ^\nSyntaxError: non-default argument follows default argument\n",
    ),
    (
        "def f(*): pass\n",
        "  File \"x.py\", line 1\n    def f(*): pass\n          ^\nSyntaxError: named arguments must follow bare *\n",
    ),
    (
        "def f(a, a): pass\n",
        "  File \"x.py\", line 1\n    def f(a, a): pass\n             ^\nSyntaxError: duplicate argument 'a' in function definition\n",
    ),
    (
        "def f(**a, *b): pass\n",
        "  File \"x.py\", line 1\n    def f(**a, *b): pass\n               ^\nSyntaxError: arguments cannot follow var-keyword argument\n",
    ),
    (
        "def f(a, /, b, /): pass\n",
        "  File \"x.py\", line 1\n    def f(a, /, b, /): pass\n                   ^\nSyntaxError: / may appear only once\n",
    ),
    (
        "def f(*a, /): pass\n",
        "  File \"x.py\", line 1\n    def f(*a, /): pass\n              ^\nSyntaxError: / must be ahead of *\n",
    ),
    (
        "def f(*, **k): pass\n",
        "  File \"x.py\", line 1\n    def f(*, **k): pass\n          ^\nSyntaxError: named arguments must follow bare *\n",
    ),
    (
        "lambda a=1, b: 0\n",
        "  File \"x.py\", line 1\n    lambda a=1, b: 0\n                ^\nSyntaxError: non-default argument follows default argument\n",
    ),
    (
        "from x import a,\n",
        "  File \"x.py\", line 1\n    from x import a,\n                    ^\nSyntaxError: trailing comma not allowed without surrounding parentheses\n",
    ),
    (
        "x = (1, =\n",
        "  File \"x.py\", line 1\n    x = (1, =\n            ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "x = (1 2\ny = 3\n",
        "  File \"x.py\", line 1\n    x = (1 2\n        ^\nSyntaxError: '(' was never closed\n",
    ),
    (
        "(a b)\nx = (\n",
        "  File \"x.py\", line 1\n    (a b)\n     ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n",
    ),
    (
        "x = = 1\ny = \"abc\n",
        "  File \"x.py\", line 2\n    y = \"abc\n        ^\nSyntaxError: unterminated string literal (detected at line 2)\n",
    ),
    (
        "x = = 1\ny = (\n",
        "  File \"x.py\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "x = = 1\ny = 1abc\n",
        "  File \"x.py\", line 2\n    y = 1abc\n        ^\nSyntaxError: invalid decimal literal\n",
    ),
    (
        "x = = 1\ny = )\n",
        "  File \"x.py\", line 2\n    y = )\n        ^\nSyntaxError: unmatched ')'\n",
    ),
    (
        "x = 5\\",
        "  File \"x.py\", line 1\n    x = 5\\\n          ^\nSyntaxError: unexpected EOF while parsing\n",
    ),
    (
        "x = 1; if x: pass\n",
        "  File \"x.py\", line 1\n    x = 1; if x: pass\n           ^^\nSyntaxError: invalid syntax\n",
    ),
    (
        "x = \"é\" + \n",
        "  File \"x.py\", line 1\n    x = \"é\" + \n               ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "é = 1 +\n",
        "  File \"x.py\", line 1\n    é = 1 +\n            ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "def f():\n    x = (\n",
        "  File \"x.py\", line 2\n    x = (\n        ^\nSyntaxError: '(' was never closed\n",
    ),
    (
        "if x = 1:\n    pass\n",
        "  File \"x.py\", line 1\n    if x = 1:\n       ^^^^^\nSyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?\n",
    ),
    (
        "while x = 1:\n    pass\n",
        "  File \"x.py\", line 1\n    while x = 1:\n          ^^^^^\nSyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?\n",
    ),
    (
        "x = [1, (2 3]\n",
        "  File \"x.py\", line 1\n    x = [1, (2 3]\n                ^\nSyntaxError: closing parenthesis ']' does not match opening parenthesis '('\n",
    ),
    (
        "f(a, b\n",
        "  File \"x.py\", line 1\n    f(a, b\n     ^\nSyntaxError: '(' was never closed\n",
    ),
    (
        "x = 1 +  # foo",
        "  File \"x.py\", line 1\n    x = 1 +  # foo\n             ^^^^^\nSyntaxError: invalid syntax\n",
    ),
    (
        "import a.b as\n",
        "  File \"x.py\", line 1\n    import a.b as\n                 ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "x = f\"{a)}\"\n",
        "  File \"x.py\", line 1\n    x = f\"{a)}\"\n               ^\nSyntaxError: f-string: unmatched ')'\n",
    ),
    (
        "x = 0b1_\n",
        "  File \"x.py\", line 1\n    x = 0b1_\n           ^\nSyntaxError: invalid binary literal\n",
    ),
    (
        "x = 1.5_\n",
        "  File \"x.py\", line 1\n    x = 1.5_\n           ^\nSyntaxError: invalid decimal literal\n",
    ),
    (
        "x = 0xg\n",
        "  File \"x.py\", line 1\n    x = 0xg\n         ^\nSyntaxError: invalid hexadecimal literal\n",
    ),
    (
        "f(a.b=1)\n",
        "  File \"x.py\", line 1\n    f(a.b=1)\n      ^^^^\nSyntaxError: expression cannot contain assignment, perhaps you meant \"==\"?\n",
    ),
    (
        "class A:\n    def f(self):\n        return self.x +\n",
        "  File \"x.py\", line 3\n    return self.x +\n                   ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "def f(x):\n    return [x for x in range(3) if x if]\n",
        "  File \"x.py\", line 2\n    return [x for x in range(3) if x if]\n                                       ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "if True:\n  x = 1\n   y = 2\n",
        "  File \"x.py\", line 3\n    y = 2\nIndentationError: unexpected indent\n",
    ),
    (
        "x = (1 +\n     2 *\n     )\n",
        "  File \"x.py\", line 3\n    )\n    ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "print(f\"{x!}\")\n",
        "  File \"x.py\", line 1\n    print(f\"{x!}\")\n                 ^\nSyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'\n",
    ),
    (
        "x = {1: 2, 3}\n",
        "  File \"x.py\", line 1\n    x = {1: 2, 3}\n               ^\nSyntaxError: ':' expected after dictionary key\n",
    ),
    (
        "x = [\n    1,\n    2\n    3,\n]\n",
        "  File \"x.py\", line 3\n    2\n    ^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n",
    ),
    (
        "if x:\n    pass\n  else:\n    pass\n",
        "  File \"x.py\", line 3\n    else:\n         ^\nIndentationError: unindent does not match any outer indentation level\n",
    ),
    (
        "def f():\n    return\n        x\n",
        "  File \"x.py\", line 3\n    x\nIndentationError: unexpected indent\n",
    ),
    (
        "x = [1,\n     2,\n",
        "  File \"x.py\", line 1\n    x = [1,\n        ^\nSyntaxError: '[' was never closed\n",
    ),
    (
        "foo(\n",
        "  File \"x.py\", line 1\n    foo(\n       ^\nSyntaxError: '(' was never closed\n",
    ),
    (
        "class A\n",
        "  File \"x.py\", line 1\n    class A\n           ^\nSyntaxError: expected ':'\n",
    ),
    (
        "for x in range(10):\nprint(x)\n",
        "  File \"x.py\", line 2\n    print(x)\n    ^\nIndentationError: expected an indented block after 'for' statement on line 1\n",
    ),
    (
        "while True\n    pass\n",
        "  File \"x.py\", line 1\n    while True\n              ^\nSyntaxError: expected ':'\n",
    ),
    (
        "elif x:\n    pass\n",
        "  File \"x.py\", line 1\n    elif x:\n    ^^^^\nSyntaxError: invalid syntax\n",
    ),
    (
        "else:\n    pass\n",
        "  File \"x.py\", line 1\n    else:\n    ^^^^\nSyntaxError: invalid syntax\n",
    ),
    (
        "x = 3 +* 4\n",
        "  File \"x.py\", line 1\n    x = 3 +* 4\n           ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "def f(x y): pass\n",
        "  File \"x.py\", line 1\n    def f(x y): pass\n            ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "import\n",
        "  File \"x.py\", line 1\n    import\n          ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "from x import\n",
        "  File \"x.py\", line 1\n    from x import\n                 ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "return x y\n",
        "  File \"x.py\", line 1\n    return x y\n             ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "x = [i for i in]\n",
        "  File \"x.py\", line 1\n    x = [i for i in]\n                   ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "print(\"a\" \"b\" c)\n",
        "  File \"x.py\", line 1\n    print(\"a\" \"b\" c)\n          ^^^^^^^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n",
    ),
    (
        "a = 1\nb = 2 3\n",
        "  File \"x.py\", line 2\n    b = 2 3\n          ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "x.1\n",
        "  File \"x.py\", line 1\n    x.1\n     ^^\nSyntaxError: invalid syntax\n",
    ),
    (
        "f(,)\n",
        "  File \"x.py\", line 1\n    f(,)\n      ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "[,]\n",
        "  File \"x.py\", line 1\n    [,]\n     ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "x = {1:}\n",
        "  File \"x.py\", line 1\n    x = {1:}\n          ^\nSyntaxError: expression expected after dictionary key and ':'\n",
    ),
    (
        "def f():\n\tif x:\n        pass\n",
        "  File \"x.py\", line 3\n    pass\nTabError: inconsistent use of tabs and spaces in indentation\n",
    ),
    (
        "try:\n    pass\n",
        "  File \"x.py\", line 2\n    pass\nSyntaxError: expected 'except' or 'finally' block\n",
    ),
    (
        "try:\n    pass\nx = 1\n",
        "  File \"x.py\", line 3\n    x = 1\n    ^\nSyntaxError: expected 'except' or 'finally' block\n",
    ),
    (
        "x =\n",
        "  File \"x.py\", line 1\n    x =\n       ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "@\ndef f(): pass\n",
        "  File \"x.py\", line 1\n    @\n     ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "d = {\"a\": 1 \"b\": 2}\n",
        "  File \"x.py\", line 1\n    d = {\"a\": 1 \"b\": 2}\n              ^^^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n",
    ),
    (
        "x = 1 if y else\n",
        "  File \"x.py\", line 1\n    x = 1 if y else\n                   ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "x = 'abc\ny = 2\n",
        "  File \"x.py\", line 1\n    x = 'abc\n        ^\nSyntaxError: unterminated string literal (detected at line 1)\n",
    ),
    (
        "x = 0777\n",
        "  File \"x.py\", line 1\n    x = 0777\n        ^\nSyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers\n",
    ),
    (
        "x = .\n",
        "  File \"x.py\", line 1\n    x = .\n        ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "if x:\n    y = 1\n   z = 2\n",
        "  File \"x.py\", line 3\n    z = 2\n         ^\nIndentationError: unindent does not match any outer indentation level\n",
    ),
    (
        "x = (1 for)\n",
        "  File \"x.py\", line 1\n    x = (1 for)\n              ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "a b c\n",
        "  File \"x.py\", line 1\n    a b c\n      ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "f(a)(b c)\n",
        "  File \"x.py\", line 1\n    f(a)(b c)\n         ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n",
    ),
    (
        "x = not\n",
        "  File \"x.py\", line 1\n    x = not\n           ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "x = [1, 2, 3",
        "  File \"x.py\", line 1\n    x = [1, 2, 3\n        ^\nSyntaxError: '[' was never closed\n",
    ),
    (
        "global\n",
        "  File \"x.py\", line 1\n    global\n          ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "x = 1 +\n\n\n",
        "  File \"x.py\", line 1\n    x = 1 +\n           ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "def f(\n    a,\n    b\n:\n    pass\n",
        "  File \"x.py\", line 1\n    def f(\n         ^\nSyntaxError: '(' was never closed\n",
    ),
    (
        "if x:\n    pass\nelif:\n    pass\n",
        "  File \"x.py\", line 3\n    elif:\n        ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "x = (\n    1,\n    2\n]\n",
        "  File \"x.py\", line 4\n    ]\n    ^\nSyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1\n",
    ),
    (
        "print('hello world)\n",
        "  File \"x.py\", line 1\n    print('hello world)\n          ^\nSyntaxError: unterminated string literal (detected at line 1)\n",
    ),
    (
        "def f(self, *, **kw): pass\n",
        "  File \"x.py\", line 1\n    def f(self, *, **kw): pass\n                ^\nSyntaxError: named arguments must follow bare *\n",
    ),
    (
        "class A:\n    def f(self):\n    pass\n",
        "  File \"x.py\", line 3\n    pass\n    ^\nIndentationError: expected an indented block after function definition on line 2\n",
    ),
    (
        "x = 5 6\n",
        "  File \"x.py\", line 1\n    x = 5 6\n          ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "for i in range(3)\n    print(i)\n",
        "  File \"x.py\", line 1\n    for i in range(3)\n                     ^\nSyntaxError: expected ':'\n",
    ),
    (
        "if x == 1\n    print(x)\n",
        "  File \"x.py\", line 1\n    if x == 1\n             ^\nSyntaxError: expected ':'\n",
    ),
    (
        "x = {'a': 1, 'b': 2\n",
        "  File \"x.py\", line 1\n    x = {'a': 1, 'b': 2\n        ^\nSyntaxError: '{' was never closed\n",
    ),
    (
        "x = [1, 2, 3]]\n",
        "  File \"x.py\", line 1\n    x = [1, 2, 3]]\n                 ^\nSyntaxError: unmatched ']'\n",
    ),
    (
        "print(1, 2\nprint(3)\n",
        "  File \"x.py\", line 1\n    print(1, 2\n         ^\nSyntaxError: '(' was never closed\n",
    ),
    (
        "def f():\n    x = 1\n   return x\n",
        "  File \"x.py\", line 3\n    return x\n            ^\nIndentationError: unindent does not match any outer indentation level\n",
    ),
    (
        "for x in y if z\n    pass\n",
        "  File \"x.py\", line 1\n    for x in y if z\n             ^^^^^^\nSyntaxError: expected 'else' after 'if' expression\n",
    ),
    (
        "if a if b\n    pass\n",
        "  File \"x.py\", line 1\n    if a if b\n       ^^^^^^\nSyntaxError: expected 'else' after 'if' expression\n",
    ),
    (
        "while x y:\n    pass\n",
        "  File \"x.py\", line 1\n    while x y:\n            ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "def f():\n    pass\n  x = 1\n",
        "  File \"x.py\", line 3\n    x = 1\n         ^\nIndentationError: unindent does not match any outer indentation level\n",
    ),
    (
        "class A(object:\n    pass\n",
        "  File \"x.py\", line 1\n    class A(object:\n                  ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "if x:\n    pass\n else:\n    pass\n",
        "  File \"x.py\", line 3\n    else:\n         ^\nIndentationError: unindent does not match any outer indentation level\n",
    ),
    (
        "f(**)\n",
        "  File \"x.py\", line 1\n    f(**)\n        ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "x = f\"{a!r=}\"\n",
        "  File \"x.py\", line 1\n    x = f\"{a!r=}\"\n                 ^\nSyntaxError: f-string: expecting '}'\n",
    ),
    (
        "import a.\n",
        "  File \"x.py\", line 1\n    import a.\n             ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "from . import\n",
        "  File \"x.py\", line 1\n    from . import\n                 ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "with open(x) as f\n    pass\n",
        "  File \"x.py\", line 1\n    with open(x) as f\n                     ^\nSyntaxError: expected ':'\n",
    ),
    (
        "def f[T](x): pass\n",
        "  File \"x.py\", line 1\n    def f[T](x): pass\n         ^\nSyntaxError: expected '('\n",
    ),
    (
        "x = 1 if 2 else\n",
        "  File \"x.py\", line 1\n    x = 1 if 2 else\n                   ^\nSyntaxError: invalid syntax\n",
    ),
    (
        "@d\n",
        "  File \"x.py\", line 1\n    @d\nSyntaxError: invalid syntax\n",
    ),
    (
        "class A:\n    @d\n",
        "  File \"x.py\", line 2\n    @d\nIndentationError: unexpected unindent\n",
    ),
    (
        "x = 1 +\\\n",
        "  File \"x.py\", line 1\n    x = 1 +\\\n            ^\nSyntaxError: unexpected EOF while parsing\n",
    ),
];

#[test]
fn errors_render_as_cpython() {
    let mut failures = Vec::new();
    for (source, expected) in CASES {
        let got = match parse_module(source, "x.py") {
            Ok(_) => "<parsed>".to_string(),
            Err(e) => e.render(),
        };
        if &got != expected {
            failures.push(format!(
                "source: {source:?}\nexpected:\n{expected}got:\n{got}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

/// Features piepie refuses, with a message naming them, at the right line.
#[test]
fn refused_features_name_themselves() {
    let cases = [
        (
            "async def f(): pass\n",
            1,
            "'async' is not supported by piepie",
        ),
        (
            "x = 1\nasync def f(): pass\n",
            2,
            "'async' is not supported by piepie",
        ),
        (
            "def f():\n    await x\n",
            2,
            "'await' is not supported by piepie",
        ),
        (
            "match x:\n    case 1: pass\n",
            1,
            "the 'match' statement is not supported by piepie",
        ),
        ("x = 1j\n", 1, "complex numbers are not supported by piepie"),
        (
            "x = 1.5e3J\n",
            1,
            "complex numbers are not supported by piepie",
        ),
        (
            "try:\n    pass\nexcept* E:\n    pass\n",
            3,
            "'except*' is not supported by piepie",
        ),
    ];
    for (source, line, msg) in cases {
        let e = parse_module(source, "x.py").expect_err(source);
        assert_eq!((e.lineno, e.msg.as_str()), (line, msg), "{source:?}");
    }
}

/// `match` and the other soft keywords stay ordinary names.
#[test]
fn soft_keywords_are_names() {
    for source in [
        "match = 3\n",
        "match(x)\n",
        "match.x = 1\n",
        "match[1]: int = 3\n",
        "case = _ = type = 1\n",
        "print(match, case)\n",
    ] {
        parse_module(source, "x.py").expect(source);
    }
}
