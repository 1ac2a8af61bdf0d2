# LEGB: Local, Enclosing, Global, Builtin name resolution
x = "global"
def outer():
    x = "enclosing"
    def inner():
        x = "local"
        return x
    def reads_enclosing():
        return x
    return inner(), reads_enclosing(), x
print(outer(), x)
def reads_global():
    return x
print(reads_global())
def shadow_builtin():
    len = lambda obj: "shadowed len"
    return len([1, 2])
print(shadow_builtin(), len([1, 2]))
len = lambda obj: "global len shadows builtin"
def uses_global_len():
    return len("abc")
print(uses_global_len())
del len
print(len("abc"))
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c + 4
            return l3()
        return l2()
    return l1()
print(deep())
def enclosing_changes_after_def():
    v = "first"
    def get():
        return v
    v = "second"
    return get()
print(enclosing_changes_after_def())
y = "global y"
def param_shadows(y="param y"):
    def inner():
        return y
    return inner()
print(param_shadows(), param_shadows("arg y"))
def global_changed_later():
    return z
z = "defined after function"
print(global_changed_later())
import math
def uses_module():
    return math.floor(2.7)
print(uses_module())
def local_import():
    import math as m
    return m.ceil(2.1)
print(local_import(), "m" in globals())
def builtins_available():
    return max(3, 7), abs(-2), isinstance(1, int)
print(builtins_available())
class C:
    x = "class x"
    def method(self):
        return x
print(C().method())
def sibling_functions():
    def a():
        return "a sees " + b()
    def b():
        return "b"
    return a()
print(sibling_functions())
print([x for _ in range(1)], (lambda: x)())
