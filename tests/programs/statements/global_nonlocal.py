# global and nonlocal declarations
counter = 0
def incr():
    global counter
    counter += 1
    return counter
incr(); incr()
print("counter", counter)
def make_global():
    global created_later
    created_later = "made inside function"
make_global()
print(created_later)
def read_global():
    return counter * 10
print(read_global())
def shadow():
    counter = 99
    return counter
print(shadow(), counter)
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    inner(); inner()
    return x
print("outer", outer())
def two_levels():
    a = "a0"
    def mid():
        def deep():
            nonlocal a
            a = "changed by deep"
        deep()
    mid()
    return a
print(two_levels())
def nonlocal_nearest():
    v = "outer"
    def mid():
        v = "mid"
        def inner():
            nonlocal v
            v = "inner set"
        inner()
        return v
    return mid(), v
print(nonlocal_nearest())
def multiple():
    a = b = 0
    def set_both():
        nonlocal a, b
        a, b = 1, 2
    set_both()
    return a, b
print(multiple())
g1 = g2 = "orig"
def set_two():
    global g1, g2
    g1, g2 = "new1", "new2"
set_two()
print(g1, g2)
def global_in_nested():
    def inner():
        global counter
        counter = -1
    inner()
counter_before = counter
global_in_nested()
print(counter_before, counter)
class K:
    global class_made
    class_made = "from class body"
print(class_made)
def del_global():
    global temp
    del temp
temp = 1
del_global()
print("temp" in globals())
def loop_global():
    global acc
    acc = []
    for i in range(3):
        acc.append(i)
loop_global()
print(acc)
