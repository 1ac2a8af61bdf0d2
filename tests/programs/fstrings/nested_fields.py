# Nested replacement fields in format specs
width = 10
prec = 3
val = 3.14159265
align = "^"
fill = "*"
print(f"[{val:{width}}]")
print(f"[{val:{width}.{prec}f}]")
print(f"[{val:{fill}{align}{width}.{prec}}]")
print(f"[{'hi':{fill}>{width}}]")
print(f"[{42:{'x'}}] [{42:{'#'}{'x'}}]")
for w in range(3, 8, 2):
    print(f"[{'ab':>{w}}] [{7:0{w}d}]")
for p in range(4):
    print(f"{val:.{p}f}")
specs = ["<6", ">6", "^6"]
for sp in specs:
    print(f"|{'mid':{sp}}|")
print(f"[{val:{width + 2}.{prec - 1}f}]")
print(f"{'{'} {'}'}")
print(f"{{}} {{{{}}}}")
print(f"{'a' + f'{1 + 1}' + 'b'}")
print(f"{f'{42:>5}'}|")
print(f"""{f'{f"{1}"}'}""")
n = 5
print(f"{n:{n}}|")
print(f"{','.join(f'{i:02}' for i in range(5))}")
rows = [("apple", 1.5), ("kiwi", 12.25), ("banana", 100.0)]
for nm, price in rows:
    print(f"{nm:<{width}}{price:>{width}.2f}")
print(f"{'x':{''}}|")
print(f"{3:{''}>{''}}|")
