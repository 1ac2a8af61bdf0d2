# Class scope: class-level names are not visible inside methods or nested functions
value = "module value"
class Config:
    value = "class value"
    doubled = value * 2
    def method(self):
        return value
    def method_via_self(self):
        return self.value
    def method_via_class(self):
        return Config.value
    def nested(self):
        def inner():
            return value
        return inner()
    lam = lambda self: value
c = Config()
print(Config.doubled)
print(c.method(), "|", c.method_via_self(), "|", c.method_via_class(), "|", c.nested(), "|", c.lam())
class Counter:
    total = 0
    def add(self):
        try:
            total += 1
        except UnboundLocalError as e:
            return type(e).__name__ + ": " + str(e)
print(Counter().add())
class UsesGlobalOnlyUnderClassName:
    name = "inner"
    try:
        shown = [name for _ in range(2)]
    except NameError as e:
        shown = str(e)
print(UsesGlobalOnlyUnderClassName.shown)
name = "module name"
class Later:
    name = "class name"
    via_comp = [name for _ in range(1)]
    via_lambda = (lambda: name)()
    direct = name
print(Later.via_comp, Later.via_lambda, Later.direct)
def func_with_class():
    local_val = "function local"
    class Inner:
        attr = local_val
        def m(self):
            return local_val
    return Inner.attr, Inner().m()
print(func_with_class())
def class_body_nonlocal_lookup():
    x = "enclosing x"
    class K:
        y = x
        x = "class x"
        z = x
    return K.y, K.z
try:
    print(class_body_nonlocal_lookup())
except NameError as e:
    print("class body with local x skips enclosing scope:", type(e).__name__, e)
def class_body_free_lookup():
    x = "enclosing x"
    class K:
        y = x
    return K.y
print(class_body_free_lookup())
class Shadow:
    print = lambda *a: None
    def method(self):
        print("builtin print is used in method, not class attribute")
Shadow().method()
class A:
    items = [1, 2, 3]
    total = sum(items)
    first = items[0]
print(A.total, A.first)
class B:
    n = 3
    squares = [i * i for i in range(n)]
print(B.squares)
try:
    class Fails:
        n = 3
        pairs = [(i, j) for i in range(2) for j in range(n)]
except NameError as e:
    print(type(e).__name__, e)
