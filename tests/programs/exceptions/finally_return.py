# finally overriding return, break, continue and exceptions
def override_return():
    try:
        return "try"
    finally:
        return "finally"
print(override_return())
def override_exception():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"
print(override_exception())
def finally_value_evaluated():
    x = "before"
    try:
        return x
    finally:
        x = "changed in finally"
        print("  x is now", x)
print(finally_value_evaluated())
def mutable_return():
    lst = [1]
    try:
        return lst
    finally:
        lst.append(2)
print(mutable_return())
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "exception discarded by break, i=" + str(i)
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError("skipped")
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def nested_finally():
    try:
        try:
            return "inner try"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
print(nested_finally())
def finally_raises():
    try:
        return "never returned"
    finally:
        raise RuntimeError("from finally")
try:
    finally_raises()
except RuntimeError as e:
    print(type(e).__name__, e, e.__context__)
def finally_raises_during_exception():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("replacement")
try:
    finally_raises_during_exception()
except TypeError as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__, e.__context__)
def counter():
    count = 0
    while True:
        try:
            count += 1
            if count == 3:
                return count
        finally:
            print("  loop finally", count)
print(counter())
def generator_finally():
    try:
        yield 1
        return
    finally:
        print("  generator finally")
print(list(generator_finally()))
def return_in_except_with_finally():
    try:
        raise ValueError
    except ValueError:
        return "from except"
    finally:
        print("  finally after except return")
print(return_in_except_with_finally())
