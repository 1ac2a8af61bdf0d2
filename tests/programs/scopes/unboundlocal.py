# UnboundLocalError: a name assigned anywhere in a function is local everywhere in it
count = 10
def use_before_assign():
    print(count)
    count = 1
try:
    use_before_assign()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def augmented():
    count += 1
try:
    augmented()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def conditional(flag):
    if flag:
        value = "assigned"
    return value
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def after_del():
    item = 1
    del item
    return item
try:
    after_del()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def loop_var_unassigned():
    for i in []:
        pass
    return i
try:
    loop_var_unassigned()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def import_makes_local():
    result = math_mod
    import math as math_mod
    return result
try:
    import_makes_local()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def def_makes_local():
    r = helper()
    def helper():
        return 1
    return r
try:
    def_makes_local()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def except_target_cleared():
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    return err
try:
    except_target_cleared()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def closure_unbound():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = 1
closure_unbound()
def nonlocal_unbound():
    val = 1
    def inner():
        nonlocal val
        del val
        return val
    return inner()
try:
    nonlocal_unbound()
except (UnboundLocalError, NameError) as e:
    print(type(e).__name__, e)
print(issubclass(UnboundLocalError, NameError))
def with_global():
    global count
    count += 1
    return count
print(with_global())
def walrus_local():
    if False:
        (w := 1)
    return w
try:
    walrus_local()
except UnboundLocalError as e:
    print(type(e).__name__, e)
