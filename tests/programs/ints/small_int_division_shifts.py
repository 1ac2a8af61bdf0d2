"""Division, modulo, shifts and true division across the small-int /
big-int boundary (2**53 exactness, 2**62 tag range), in both operand
orders and signs, plain and in-place."""
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 63, 64, 2**40, -(2**40), 2**53, -(2**53), 2**53+1, 2**61, -(2**61), 2**62-1, -(2**62)]
out = []
for x in vals:
    for y in vals:
        for op in ("//", "%", ">>", "<<", "/"):
            try:
                if op == "<<" and (y > 200 or y < 0):
                    continue
                r = eval(f"x {op} y")
            except Exception as e:
                r = type(e).__name__ + ": " + str(e)
            out.append(f"{x} {op} {y} = {r!r}")
print("\n".join(out))
acc = 7
for y in (3, -2, 5, 1, -7):
    acc //= y
    print(acc, end=" ")
    acc <<= 3
    print(acc, end=" ")
    acc %= 1000003
    print(acc, end=" ")
    acc >>= 1
    print(acc)
