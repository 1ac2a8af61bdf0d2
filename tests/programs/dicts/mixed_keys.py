# Keys of mixed types: 1 == 1.0 == True hash the same.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {True: "bool"}
d2[1] = "int"
print(d2)
d3 = {0: "zero", False: "false", 0.0: "fzero", -0.0: "negzero", "0": "str"}
print(d3, len(d3))
print(d3[False], d3[0.0], {1.5: "x"}[1.5], {2**64: 1}[float(2**64)])
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(-0.0) == hash(False))
d4 = {None: 0, (): 1, (1,): 2, frozenset(): 3, b"": 4, "": 5, 0: 6}
print(len(d4), d4[()], d4[(1,)], d4[frozenset()], d4[0])
d5 = {2: "a", 2.0: "b", 3: "c", 3.5: "d"}
print(d5, 2.0 in d5, 3.0 in d5, 3.5 in d5)
nan = float("nan")
d6 = {nan: 1}
print(nan in d6, float("nan") in d6, len({float("nan"): 1, float("nan"): 2}))
keys = [10**20, -5, 2**63, 7]
d7 = {k: str(k) for k in keys}
print(d7, d7[10**20], d7[float(2**63)])
