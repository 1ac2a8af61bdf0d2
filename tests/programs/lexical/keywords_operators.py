# The full keyword and operator set as tokens
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 1)
print(a < b, a > b, a <= b, a >= b, a == b, a != b)
x = 10
x += 1; print(x)
x -= 2; print(x)
x *= 3; print(x)
x /= 2; print(x)
x //= 2; print(x)
x %= 4; print(x)
x = 3
x **= 3; print(x)
x &= 0b11110; print(x)
x |= 1; print(x)
x ^= 0xF; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
print(True and False, True or False, not True)
n0 = None
print(n0 is None, a is not None, 1 in [1], 2 not in [1])
print(1 if a else 2, (lambda q: q * 2)(4))
if (n := 5) > 3:
    print("walrus", n)
print([1, 2, 3][1:], {'k': 1}['k'], (1,), ...)
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
print(a.__class__.__name__, -a, +a)
print(a>b, a<b, a>=b, a<=b,a==b,a!=b)
print(2**-1, -2**2, (-2)**2, 2**3**2)
