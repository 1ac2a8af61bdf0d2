# f-strings with expressions, conversions, specs and =.
x = 42
name = "Ann"
pi = 3.14159
items = [1, 2, 3]
d = {"k": "v"}
print(f"{x} {name} {pi:.2f} {items} {d['k']} {items[-1]}")
print(f"{x!r} {name!r} {name!s} {'é'!a} {x:>5} {x:<5}| {x:^5}| {x:05} {x:x} {x:#b}")
print(f"{x + 1} {x * 2} {x if x > 40 else 0} {len(items)} {name.upper()} {[i * i for i in items]}")
w, p = 10, 3
print(f"{pi:{w}.{p}f}| {pi:{w}}| {name:>{w}}|")
print(f"{x=} {name=} {pi=:.1f} {x + 1=} {items=!s}")
print(f"{{}} {{x}} {'{'} {'}'}")
print(f"{'nested ' + f'{x}'}", f"{f'{name:>6}'}|")
print(f"{3.0:g} {1e20:,.0f} {0.5:%} {1234567:,} {-5:+d} {True} {None}")
print(f"""{x}
{name}""", f'{x}' f"{x}")
val = None
print(f"{val!r:>6}|{val}|{str(val):^8}|")
obj = [1, [2, 3]]
print(f"{obj[1][0]}{obj!r:>12}|")
print(f"{'a' 'b'}", f"{'x':*<4}")
