# globals() and locals().
gv = 1
def show_locals(a, b=2):
    c = a + b
    return locals()
print(show_locals(1))
print(sorted(show_locals(5, 6).items()))
g = globals()
print(g["gv"], "show_locals" in g, g["__name__"], type(g).__name__, g is globals())
g["made_up"] = "via globals"
print(made_up)
def set_global():
    globals()["other"] = 42
set_global()
print(other)
def no_locals():
    return locals()
print(no_locals())
def closure():
    x = 1
    def inner():
        y = 2
        return sorted(locals().items())
    return inner()
print(closure())
class K:
    a = 1
    b = a + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
print(locals() is globals(), "gv" in locals())
print(sorted(k for k in globals() if not k.startswith("__")))
