# str subclasses: a user __eq__ is honoured by ==, `in` and list.index; plain subclasses compare by content.
class S(str):
    def __eq__(self, o):
        return True
    __hash__ = str.__hash__
class P(str):
    pass
print(S("a") == "b", "b" == S("a"), P("a") == "a", P("a") == P("a"), {P("k"): 1}["k"], "k" in {P("k"): 1})
d = {"x": 1}
print(d.get(S("zz")), S("q") in ["a"], ["a"].index(S("zz")))
