# Assignment expressions (walrus)
if (n := 10) > 5:
    print("n is", n)
print(n)
data = [1, 2, 3, 4, 5, 6]
while (item := data.pop()) > 3:
    print("popped", item)
print("stopped at", item, data)
print([y for x in range(6) if (y := x * x) % 2 == 0])
print("y leaked from comprehension:", y)
values = [(z := 3), z + 1, z * 2]
print(values, z)
def f(x):
    return x * 2
results = [r for v in range(5) if (r := f(v)) > 4]
print(results, r)
print((a := 1) + (b := 2), a, b)
total = 0
print([total := total + v for v in [1, 2, 3, 4]], total)
def scope_test():
    [q := i for i in range(3)]
    return q
print(scope_test())
if any((hit := w).startswith("b") for w in ["apple", "banana", "cherry"]):
    print("first b word:", hit)
s = "hello world"
if (count := s.count("o")) >= 2:
    print("o count", count)
print(f"{(w := 5)} {w}")
x = (k := 7, 8)
print(x, k)
def outer():
    res = [(cap := j) for j in range(3)]
    return res, cap
print(outer())
lines = iter(["a", "b", "", "c"])
while (line := next(lines)):
    print("line", line)
print((lambda: (t := 3))())
