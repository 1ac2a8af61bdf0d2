# global declarations: module-level rebinding from functions and nested scopes
total = 0
def add(n):
    global total
    total += n
add(5); add(7)
print(total)
def reads_only():
    return total * 2
print(reads_only())
def creates_new_global():
    global brand_new
    brand_new = "created"
print("brand_new" in globals())
creates_new_global()
print(brand_new, "brand_new" in globals())
def nested_global():
    total = "local total"
    def inner():
        global total
        total = 1000
    inner()
    return total
print(nested_global(), total)
def global_vs_nonlocal():
    total = "enclosing"
    def inner():
        nonlocal total
        total = "nonlocal set"
    inner()
    return total
print(global_vs_nonlocal(), total)
def global_in_loop():
    global total
    for i in range(3):
        total += i
print(global_in_loop(), total)
def global_function_def():
    global helper
    def helper():
        return "helper defined inside function"
global_function_def()
print(helper())
def global_class_def():
    global Made
    class Made:
        tag = "made globally"
global_class_def()
print(Made.tag, Made.__qualname__)
def global_import():
    global m
    import math as m
global_import()
print(m.sqrt(16))
def modify_global_list():
    items.append("no global needed for mutation")
items = []
modify_global_list()
print(items)
def rebind_global_list():
    global items
    items = ["rebound"]
rebind_global_list()
print(items)
g = globals()
g["via_globals_dict"] = "set through globals()"
print(via_globals_dict)
def globals_in_function():
    return globals() is g, "add" in globals()
print(globals_in_function())
def global_for_target():
    global loop_target
    for loop_target in range(3):
        pass
global_for_target()
print(loop_target)
