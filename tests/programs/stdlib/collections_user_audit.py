"""collections.UserDict, UserList and UserString, plain and subclassed."""
from collections import UserDict, UserList, UserString
import copy


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return key.lower() in self.data


class Defaulting(UserDict):
    def __missing__(self, key):
        return "default-" + key


d = LowerDict({"A": 1}, B=2)
d["C"] = 3
t("userdict", lambda: (d, d["a"], "b" in d, "B" in d, len(d), list(d), d.get("c"), d.get("zz", 0)))
t("userdict views", lambda: (list(d.keys()), list(d.items()), list(d.values())))
t("userdict pop", lambda: (d.pop("a"), d.pop("nope", None), d))
t("userdict pop missing", lambda: d.pop("nope"))
t("userdict setdefault", lambda: (d.setdefault("Z", 9), d))
t("userdict popitem", lambda: (UserDict(x=1).popitem(), UserDict().popitem()))
t("userdict eq", lambda: (UserDict(a=1) == {"a": 1}, UserDict(a=1) == UserDict(a=1), UserDict() != {}))
t("userdict or", lambda: (UserDict(a=1) | {"b": 2}, {"b": 2} | UserDict(a=1), type(UserDict(a=1) | {}).__name__))
t("userdict copy", lambda: (lambda c: (c, type(c).__name__, c.data is not d.data))(d.copy()))
t("userdict copy module", lambda: copy.copy(UserDict(a=[1])))
t("userdict fromkeys", lambda: LowerDict.fromkeys("AB", 0))
t("userdict missing", lambda: (Defaulting()["x"], UserDict()["x"]))
t("userdict clear", lambda: (lambda u: (u.clear(), u)[1])(UserDict(a=1)))
t("userdict hash", lambda: hash(UserDict()))
t("userdict dict()", lambda: dict(UserDict(a=1, b=2)))
t("userdict isinstance", lambda: isinstance(UserDict(), dict))
t("userdict update", lambda: (lambda u: (u.update([("k", 1)], j=2), u.update(UserDict(m=3)), u)[2])(UserDict()))
l = UserList([3, 1, 2])
l.append(5)
l.extend(UserList([0]))
t("userlist", lambda: (l, len(l), l[0], l[-1], type(l[1:3]).__name__, l[1:3], 5 in l))
l.sort()
t("userlist sort", lambda: (l, l.index(2), l.count(1), l.pop(), l.pop(0), l))
t("userlist ops", lambda: (l + [9], [9] + l, type(l + [9]).__name__, l * 2, 2 * l, l == [1, 2, 3], l < [1, 3]))
l += (7,)
l *= 1
t("userlist inplace", lambda: l)
l.insert(0, -1)
l.remove(7)
l.reverse()
t("userlist mut", lambda: l)
del l[0]
l[0] = "x"
t("userlist item", lambda: (l, list(reversed(l)), l.copy(), type(l.copy()).__name__))
t("userlist remove missing", lambda: l.remove(99))
t("userlist hash", lambda: hash(UserList()))
t("userlist from userlist", lambda: UserList(UserList([1])))
t("userlist clear", lambda: (lambda u: (u.clear(), u)[1])(UserList([1])))
s = UserString("Hello World")
t("userstring", lambda: (s, str(s), len(s), s[0], type(s[0]).__name__, s[1:4], "World" in s, s == "Hello World"))
t("userstring methods", lambda: (s.upper(), type(s.upper()).__name__, s.lower(), s.split(), s.startswith("He"), s.find("o"),
                                  s.replace("l", "L"), s.center(15, "*"), s.count("l"), s.partition(" ")))
t("userstring ops", lambda: (s + "!", "> " + s, s * 2, UserString("%s-%d") % ("a", 1), s < "Z", hash(s) == hash("Hello World")))
t("userstring conv", lambda: (int(UserString("42")), float(UserString("1.5")), UserString(5), UserString(s) == s))
t("userstring join", lambda: UserString(",").join(["a", "b"]))
t("userstring iter", lambda: list(UserString("ab")))
t("userstring isinstance", lambda: isinstance(s, str))
