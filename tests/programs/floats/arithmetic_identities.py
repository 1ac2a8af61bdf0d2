# Float arithmetic results that are exactly specified by IEEE-754.
vals = [0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e-10, 123.456, 1e15 + 0.3, 9.99, 1.005]
for a in vals:
    row = []
    for b in vals[:5]:
        row.append(repr(a * b))
        row.append(repr(a - b))
    print(repr(a), row)
acc = 0.0
for i in range(1, 101):
    acc += 1.0 / i
print(acc)
x = 1.0
for i in range(60):
    x = x * 1.1
print(x)
y = 2.0
for i in range(10):
    y = (y + 2.0 / y) / 2
print(y, y * y)
print(0.1 * 3 - 0.3, 1e16 + 1.0 - 1e16, (0.1 + 0.2) + 0.3, 0.1 + (0.2 + 0.3), 1.0 / 49 * 49, 3.0 * (1 / 3))
print(2 ** 0.5 * 2 ** 0.5, 10 ** 0.5, 1e308 * 1.5, 5e-324 * 0.5, 5e-324 * 1.5, -5e-324 / 2)
