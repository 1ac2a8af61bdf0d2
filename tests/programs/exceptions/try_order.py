# Order of execution in try/except/else/finally
def run(raise_what):
    log = []
    try:
        log.append("try")
        if raise_what:
            raise raise_what
        log.append("try end")
    except ValueError:
        log.append("except ValueError")
    except (KeyError, IndexError) as e:
        log.append("except Key/Index " + type(e).__name__)
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
print(run(None))
print(run(ValueError("v")))
print(run(KeyError("k")))
print(run(IndexError("i")))
try:
    print(run(TypeError("t")))
except TypeError as e:
    print("escaped:", type(e).__name__, e)
def nested():
    try:
        try:
            print("  inner try")
            raise ValueError("inner")
        except KeyError:
            print("  wrong handler")
        finally:
            print("  inner finally")
        print("  not reached")
    except ValueError as e:
        print("  outer caught", e)
    finally:
        print("  outer finally")
nested()
def else_raises():
    try:
        pass
    except ValueError:
        print("  not from else")
    else:
        raise ValueError("raised in else")
    finally:
        print("  finally after else raise")
try:
    else_raises()
except ValueError as e:
    print("caught", e)
def except_raises():
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
    finally:
        print("  finally still runs")
try:
    except_raises()
except ValueError as e:
    print("caught", e, "context:", repr(e.__context__))
def only_finally():
    try:
        return "value"
    finally:
        print("  cleanup")
print(only_finally())
for i in range(3):
    try:
        if i == 0:
            continue
        if i == 2:
            break
        print("  body", i)
    finally:
        print("  finally", i)
def catch_all():
    try:
        raise RuntimeError("anything")
    except:
        return "bare except caught"
print(catch_all())
def first_match():
    try:
        raise KeyError("k")
    except LookupError:
        return "LookupError handler (first match wins)"
    except KeyError:
        return "KeyError handler"
print(first_match())
try:
    raise ValueError("x")
except ValueError as err:
    pass
try:
    print(err)
except NameError as e:
    print("except target deleted:", type(e).__name__, e)
