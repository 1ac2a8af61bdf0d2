# Explicit and implicit line joining
x = 1 + \
    2 + \
    3
print(x)
if x > 5 and \
   x < 10:
    print("between")
y = (1 +
     2
     + 3)
print(y)
lst = [
    1,
    2,  # comment inside
    3,
]
print(lst)
d = {
    'a': 1,

    'b': 2,
}
print(d)
def f(a,
      b,
      c=3):
    return a + b + c
print(f(1,
        2))
print(f(
    1, 2, 3
))
s = "abc" \
    "def"
print(s)
t = (
    "line one "
    "line two"
)
print(t)
z = [i
     for i in range(5)
     if i % 2]
print(z)
total = sum(
    [1, 2,
     3, 4]
)
print(total)
w = 1 if x \
    else 2
print(w)
assert x == 6, \
    "x should be 6"
print("done")
def g():
    return (1,
  2,   # indentation inside brackets is irrelevant
        3)
print(g())
