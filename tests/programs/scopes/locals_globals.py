# locals(), globals(), dir() and vars() in different scopes
module_var = 1
def func(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print(func(1))
def nested():
    outer_local = "o"
    def inner():
        inner_local = "i"
        return sorted(locals())
    def inner_uses_free():
        x = outer_local
        return sorted(locals())
    return inner(), inner_uses_free()
print(nested())
def empty():
    return locals()
print(empty())
def dir_in_function(p):
    q = 1
    return dir()
print(dir_in_function(0))
print("module_var" in globals(), "func" in globals(), globals()["module_var"])
print(locals() is globals())
print(sorted(k for k in globals() if not k.startswith("__")))
class K:
    a = 1
    b = a + 1
    snapshot = sorted(k for k in locals() if not k.startswith("__"))
print(K.snapshot)
def locals_is_snapshot():
    x = 1
    d = locals()
    d["x"] = 99
    return x
print(locals_is_snapshot())
def vars_no_arg():
    z = "zed"
    return vars()
print(vars_no_arg())
print(vars(K)["a"], sorted(k for k in vars(K) if not k.startswith("__")))
globals()["made_by_dict"] = 5
print(made_by_dict)
def g():
    return globals()["module_var"]
print(g())
print(type(globals()).__name__, type(locals()).__name__)
