# Error messages from list operations.
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

a = [1, 2, 3]
attempt("idx", lambda: a[3])
attempt("neg idx", lambda: a[-4])
attempt("big idx", lambda: a[10**20])
attempt("str idx", lambda: a["0"])
attempt("none idx", lambda: a[None])
attempt("float idx", lambda: a[1.0])
attempt("remove", lambda: a.remove(9))
attempt("pop empty", lambda: [].pop())
attempt("pop range", lambda: a.pop(3))
attempt("pop neg", lambda: a.pop(-4))
attempt("index", lambda: a.index(9))
attempt("index None", lambda: a.index(None))
attempt("hash", lambda: hash([1]))
attempt("dict key", lambda: {[1]: 2})
attempt("set elem", lambda: {[1]})
attempt("sort mixed", lambda: sorted([1, "x"]))
attempt("concat", lambda: [1] + "a")
attempt("unpack many", lambda: [x for x, y in [(1, 2, 3)]])
attempt("unpack few", lambda: [x for x, y, z in [(1, 2)]])
attempt("attr", lambda: a.push)
attempt("call", lambda: a())
attempt("max empty", lambda: max([]))
attempt("neg mul", lambda: len([1, 2] * -5))
def setitem():
    b = [1]
    b[5] = 0
attempt("setitem", setitem)
def delitem():
    b = [1]
    del b[1]
attempt("delitem", delitem)
def ext_slice():
    b = [1, 2, 3, 4]
    b[::2] = [1, 2, 3]
attempt("extslice", ext_slice)
attempt("list.index bounds", lambda: [1, 2, 3].index(1, 1, 2))
attempt("count args", lambda: [1].count())
attempt("remove args", lambda: [1].remove())
attempt("insert args", lambda: [1].insert(1))
