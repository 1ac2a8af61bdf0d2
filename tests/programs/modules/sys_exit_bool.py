# raise SystemExit(True) behaves like exit code 1; nested function exit propagates.
def inner():
    raise SystemExit(True)
def outer():
    try:
        inner()
    except Exception:
        print("SystemExit is not an Exception, so this is skipped")
    finally:
        print("outer finally")
print("start")
outer()
