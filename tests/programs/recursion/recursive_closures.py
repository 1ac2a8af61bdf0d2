# Recursion through closures, lambdas, methods, __call__ and decorators
def make_counter_down():
    def down(n):
        return [] if n == 0 else [n] + down(n - 1)
    return down
print(make_counter_down()(10))
fib = lambda n: n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
def y_combinator(f):
    return (lambda x: x(x))(lambda x: f(lambda *a: x(x)(*a)))
fact = y_combinator(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))
print(fact(20))
class Walker:
    def __init__(self):
        self.visited = []
    def __call__(self, node):
        name, children = node
        self.visited.append(name)
        for child in children:
            self(child)
        return self.visited
tree = ("a", [("b", [("d", []), ("e", [])]), ("c", [("f", [("g", [])])])])
print(Walker()(tree))
def memo(func):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)
print(ways(30), len(ways.cache))
@memo
def deep_memo(n):
    return 0 if n == 0 else deep_memo(n - 1) + 1
print(deep_memo(300))
class Expr:
    def __init__(self, op, *args):
        self.op, self.args = op, args
    def eval(self):
        if self.op == "num":
            return self.args[0]
        vals = [a.eval() for a in self.args]
        if self.op == "+":
            return sum(vals)
        if self.op == "*":
            r = 1
            for v in vals:
                r *= v
            return r
    def __repr__(self):
        if self.op == "num":
            return str(self.args[0])
        return "(" + f" {self.op} ".join(map(repr, self.args)) + ")"
e = Expr("+", Expr("num", 1), Expr("*", Expr("num", 2), Expr("num", 3), Expr("+", Expr("num", 4), Expr("num", 5))))
print(e, "=", e.eval())
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest
print(list(permutations([1, 2, 3])), sum(1 for _ in permutations(list(range(6)))))
def outer_recursive(n):
    def helper(k):
        return 0 if k == 0 else k + helper(k - 1)
    return helper(n) if n < 2 else helper(n) + outer_recursive(n - 1)
print(outer_recursive(30))
