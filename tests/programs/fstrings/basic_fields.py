# Basic f-string replacement fields
name = "world"
n = 42
x = 3.5
print(f"hello {name}")
print(F"upper F {n}")
print(f'single {n}', f"""triple {n}""", f'''triple single {name}''')
print(f"{n}{n}{n}")
print(f"{n + 1} {n * 2} {n // 5} {x * 2}")
print(f"{name.upper()} {name[::-1]} {len(name)}")
print(f"{[1, 2, 3]} {(1, 2)} {{1: 2}} {None} {True}")
print(f"{ {'a': 1}['a'] }")
print(f"{{literal braces}} {{{n}}}")
print(f"{'quoted'} {'x' if False else 'y'}")
items = ["a", "b"]
print(f"{items[0]}-{items[-1]}")
d = {"key": "value"}
print(f"{d['key']}")
print(f"{n if n > 40 else 0}")
print(f"{(lambda q: q + 1)(5)}")
print(f"{','.join(items)}")
print(f"multi {n} fields {name} in {x} one")
print(f"")
print(f"{''}", len(f"{''}"))
print(f"a" "b" f"{n}" 'c')
print(rf"raw {name}\n", fr"\t{n}", Rf"{n}\\")
print(f"newline escape\n{n}")
print(f"{n!s:>5}|")
class P:
    def __init__(self):
        self.v = 7
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
p = P()
print(f"{p} {p.v} {p!r}")
print(f"""{
n
}""")
print(f"{n:{5}}|")
print(type(f"{n}").__name__)
