# NameError messages in different scopes
def show(fn):
    try:
        fn()
    except NameError as e:
        print(type(e).__name__, "|", e)
show(lambda: missing_global)
def local_missing():
    return missing_name + 1
show(local_missing)
def typo():
    value = 1
    return valeu
show(typo)
def in_nested():
    def inner():
        return not_defined_anywhere
    return inner()
show(in_nested)
def deleted_global():
    global temp
    temp = 1
    del temp
    return temp
show(deleted_global)
class K:
    def method(self):
        return attr_not_global
show(lambda: K().method())
show(lambda: [q for q in undefined_iterable])
show(lambda: print(undefined_arg))
def free_var_unassigned():
    def inner():
        return later_var
    result = None
    try:
        result = inner()
    finally:
        pass
    later_var = 1
    return result
show(free_var_unassigned)
try:
    exec("print(exec_missing)")
except NameError as e:
    print("exec:", e)
try:
    eval("eval_missing + 1")
except NameError as e:
    print("eval:", e)
print(eval("a + b", {"a": 1}, {"b": 2}))
e_args = None
try:
    undefined_x
except NameError as e:
    e_args = e.args
    print(e.name if hasattr(e, "name") else "no name attr")
print(e_args)
def del_undefined():
    global never_defined
    del never_defined
show(del_undefined)
