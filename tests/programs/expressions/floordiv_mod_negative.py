# Floor division and modulo with negative operands
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 5), (-1, 5)]
for a, b in pairs:
    q, r = a // b, a % b
    print(f"{a:>3} // {b:>2} = {q:>3}   {a:>3} % {b:>2} = {r:>3}   check {q * b + r == a}")
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.5, 0.25), (-0.0, 1), (5, 0.3)]
for a, b in fpairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(10 ** 20 // -3, 10 ** 20 % -3, -(10 ** 20) // 7, -(10 ** 20) % 7)
print(-2 ** 65 // 3, (-2 ** 65) % 3)
print(-0.0 % 5, 0.0 % -5)
print(7 % -0.5, -7 % 0.5)
print(-7 // 2.0, 7 // -2.0, -7.0 % 2, 7 % -2.0)
print(divmod(-7, 2), divmod(7, -2), divmod(-7.0, 2), divmod(2 ** 70, -3))
print(-3 % 3, 3 % -3, -3 // 3)
print([i % 4 for i in range(-6, 7)])
print([i // 4 for i in range(-6, 7)])
print(True % 2, -True // 2, False // 1)
print(int(-7 / 2), -7 // 2)
print(round(-7 / 2), -(7 // 2))
