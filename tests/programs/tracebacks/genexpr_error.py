# Exception raised inside a generator expression consumed by sum()
def parse(pairs):
    return {k: int(v) for k, v in pairs}

print(parse([("a", "1"), ("b", "2")]))
print(sum(int(x) for x in ["1", "2"]))
print(sum(int(x) for x in ["3", "x"]))
