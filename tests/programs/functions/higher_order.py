# Functions as first-class values
def apply(f, *args):
    return f(*args)
print(apply(len, "abc"), apply(max, 3, 9, 2), apply(lambda: "x"))
def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed
pipeline = compose(str, lambda x: x * 2, abs)
print(repr(pipeline(-21)))
ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "pow": pow}
print([ops[name](2, 5) for name in ["add", "sub", "pow"]])
print(list(map(str.upper, ["a", "b"])), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(sorted(["Banana", "apple", "Cherry"], key=str.lower))
print(sorted([(1, "b"), (0, "c"), (1, "a")], key=lambda t: t[1], reverse=True))
def curry(f):
    return lambda a: lambda b: f(a, b)
print(curry(lambda a, b: a * b)(6)(7))
def partial(f, *bound):
    return lambda *rest: f(*bound, *rest)
add3 = partial(lambda a, b, c: a + b + c, 1, 2)
print(add3(3))
def reduce(f, seq, init):
    acc = init
    for x in seq:
        acc = f(acc, x)
    return acc
print(reduce(lambda a, b: a * b, range(1, 6), 1), reduce(lambda a, b: b + a, "abc", ""))
funcs = [len, str, type, repr, bool, abs]
print([f.__name__ for f in funcs])
print([f(-1) if f in (str, repr, bool, abs) else "skip" for f in funcs])
class Multiplier:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x * self.n
print(list(map(Multiplier(3), [1, 2, 3])))
bound = "a-b-c".split
print(bound("-"), bound.__name__)
method_ref = [].append
print(type(method_ref).__name__, method_ref.__name__)
print(max(["aa", "b", "cccc"], key=len), min([3, -5, 2], key=abs))
def make_ops():
    return [lambda x, k=k: x + k for k in range(3)]
print([op(10) for op in make_ops()])
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
print(any(map(str.isdigit, "ab3")), all(map(str.isalpha, "ab3")))
print(list(enumerate(map(lambda s: s[::-1], ["ab", "cd"]))))
