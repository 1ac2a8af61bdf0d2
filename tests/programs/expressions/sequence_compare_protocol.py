# Lists and tuples compare as CPython does: the first unequal pair decides,
# with whatever its comparison returns; lists of different lengths are
# unequal without comparing items; an __eq__ that mutates a list is seen.
print(({1},) < ({2},))
print(({1},) <= ({1, 2},))
print([{1}, 3] > [{2}, 1])
class W:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return False
    def __lt__(self, o): return "yes"
    def __gt__(self, o): return "gt"
print((W(1),) < (W(2),))
print([W(1)] > [W(2)])
print((1, 2) < (1, 2, 3), [1, 2] >= [1, 2])
class E:
    def __init__(self, tag): self.tag = tag
    def __eq__(self, o):
        print("eq", self.tag, o.tag)
        return True
print([E(1)] == [E(2), E(3)])
print((E(1),) == (E(2), E(3)))
print([E(1), E(2)] != [E(3), E(4)])
xs = [1, 2, 3]
class M:
    def __eq__(self, o):
        xs.clear()
        return False
    def __lt__(self, o):
        return True
print([M(), 5] < [M()])
print(xs)
ys = [M(), 1, 2]
print(ys == [M(), 1, 2])
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(((1, 2), [3]) < ((1, 2), [4]), [(1,), (2,)] <= [(1,), (2,)])
print((1, 2.0) == (1, 2), (float("nan"),) == (float("nan"),))
n = float("nan")
print((n,) == (n,), [n] == [n], (n, 1) < (n, 2))
try:
    print((1, "a") < (1, 2))
except TypeError as e:
    print("TypeError", e)
