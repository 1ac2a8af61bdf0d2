# Format specs inside f-strings
n = 42
neg = -42
x = 3.14159265
big = 1234567.891
s = "hi"
print(f"[{n:5}] [{n:<5}] [{n:^5}] [{n:>5}] [{n:05}]")
print(f"[{s:5}] [{s:<5}] [{s:^5}] [{s:>5}] [{s:*^6}] [{s:-<4}]")
print(f"[{n:+}] [{neg:+}] [{n: }] [{neg: }] [{n:=+6}] [{neg:=8}]")
print(f"[{n:x}] [{n:X}] [{n:o}] [{n:b}] [{n:#x}] [{n:#X}] [{n:#o}] [{n:#b}]")
print(f"[{n:08b}] [{n:#010b}] [{255:02x}] [{-255:x}] [{-255:#x}]")
print(f"[{n:c}] [{n:d}] [{n:n}]")
print(f"[{big:,}] [{1234567:,}] [{1234567:_}] [{0xDEADBEEF:_x}] [{big:,.2f}]")
print(f"[{x:.2f}] [{x:.0f}] [{x:10.3f}] [{x:<10.3f}] [{x:+.1f}] [{-x:.1f}]")
print(f"[{x:e}] [{x:.2e}] [{x:E}] [{big:.3e}] [{0.000123:e}]")
print(f"[{x:g}] [{big:g}] [{1e20:g}] [{1e-5:g}] [{0.0001:g}] [{x:.3g}] [{100.0:g}]")
print(f"[{0.5:%}] [{0.25:.1%}] [{1:.0%}]")
print(f"[{x}] [{x:}] [{1e16}] [{1.0:.0f}] [{2.5:.0f}] [{3.5:.0f}]")
print(f"[{n:.2f}] [{n:e}] [{n:g}] [{n:%}]")
print(f"[{s:.1}] [{'abcdef':.3}] [{'abcdef':>8.3}]")
print(f"[{True}] [{True:d}] [{True:>6}] [{None!s:>6}]")
print(f"[{-0.0:.1f}] [{float('inf'):.2f}] [{float('nan'):f}] [{float('-inf'):>8}]")
print(f"[{n:#>10_}] [{123456789:>15,d}]")
print(f"[{1.5:=+10.2f}] [{-1.5:010.2f}] [{1.5:010}]")
print(f"[{12345.6789:.3}] [{12345.6789:.10}] [{0.1:.20f}]")
print(f"[{10**20:,}] [{-10**20:x}] [{2**100:e}]")
for spec in ["d", "5d", "<5d", ".2f", "x", "s"]:
    try:
        print(spec, "->", format(n, spec))
    except ValueError as e:
        print(spec, "->", type(e).__name__, e)
for v, spec in [("abc", "d"), (1.5, "d"), ("x", "+"), (3, ",s")]:
    try:
        print(format(v, spec))
    except ValueError as e:
        print(type(e).__name__, e)
