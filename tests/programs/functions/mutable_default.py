# Mutable default arguments are shared between calls
def append_to(item, target=[]):
    target.append(item)
    return target
a = append_to(1)
b = append_to(2)
print(a, b, a is b)
c = append_to(3, [])
print(c, append_to.__defaults__)
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
def memo_fib(n, cache={}):
    if n in cache:
        return cache[n]
    r = n if n < 2 else memo_fib(n - 1) + memo_fib(n - 2)
    cache[n] = r
    return r
print(memo_fib(30), len(memo_fib.__defaults__[0]))
def count_calls(counter={"n": 0}):
    counter["n"] += 1
    return counter["n"]
print(count_calls(), count_calls(), count_calls())
def with_set(x, seen=set()):
    dup = x in seen
    seen.add(x)
    return dup
print([with_set(v) for v in [1, 2, 1, 3, 2]])
append_to.__defaults__[0].clear()
print(append_to(9))
class K:
    def method(self, acc=[]):
        acc.append(len(acc))
        return acc
k1, k2 = K(), K()
print(k1.method(), k2.method(), K.method.__defaults__)
lam = lambda x, store=[]: store.append(x) or store
print(lam(1), lam(2))
