# f-strings spanning lines, escapes in the literal parts, quotes
a, b = 3, 4
msg = f"""Result:
  a={a}
  b={b}
  sum={a + b}"""
print(msg)
print(f'''{a}
{b}''')
print(f"tab\t{a}\tend")
print(f"newline\n{b}")
print(f"backslash \\ {a}")
print(f"quote \" {a} \"")
print(f'quote \' {a}')
print(f"unicode \u00e9 {a} \N{BULLET}")
print(f"{a}" f"{b}" "plain" f"{a}{b}")
s = (f"part one {a} "
     f"part two {b} "
     "plain part")
print(s)
print(f"{'nested quotes'}", f'{"other quotes"}')
print(f"{a:>{b}}")
print(f"{ a }{  b  }")
print(f"""{(a,
  b)}""")
print(f"{ {'x': a}['x'] }")
print(f"{[x for x in 'ab']}")
print(rf"\d+{a}\n")
print(f"{a!r:>{b}}")
print(len(f"{'':>{a * b}}"))
lines = [f"line {i}: {'*' * i}" for i in range(4)]
print("\n".join(lines))
print(f"{'%'}d {a}%")
nl = "\n"
print(f"joined:{nl.join(['x', 'y'])}")
