# The standard exception hierarchy
names = ["BaseException", "Exception", "ArithmeticError", "ZeroDivisionError", "OverflowError",
         "LookupError", "IndexError", "KeyError", "TypeError", "ValueError", "UnicodeError",
         "AttributeError", "NameError", "UnboundLocalError", "RuntimeError", "RecursionError",
         "NotImplementedError", "StopIteration", "AssertionError", "ImportError",
         "ModuleNotFoundError", "OSError", "FileNotFoundError", "FileExistsError",
         "PermissionError", "IsADirectoryError", "NotADirectoryError", "TimeoutError",
         "ConnectionError", "BrokenPipeError", "ConnectionRefusedError", "ConnectionResetError",
         "InterruptedError", "KeyboardInterrupt", "SystemExit", "MemoryError", "GeneratorExit"]
classes = [eval(n) for n in names]
for cls in classes:
    print(f"{cls.__name__:24} <- {' <- '.join(c.__name__ for c in cls.__mro__[1:])}")
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError))
print(issubclass(NotImplementedError, RuntimeError), issubclass(ModuleNotFoundError, ImportError))
print(issubclass(FileNotFoundError, OSError), issubclass(KeyboardInterrupt, Exception))
print(issubclass(SystemExit, Exception), issubclass(GeneratorExit, Exception))
print(issubclass(StopIteration, Exception), issubclass(UnicodeError, ValueError))
print(issubclass(IndexError, KeyError), issubclass(OverflowError, ValueError))
for cls in [ZeroDivisionError, KeyError, FileNotFoundError, RecursionError, ModuleNotFoundError]:
    try:
        raise cls("x")
    except Exception as e:
        caught_by = [base.__name__ for base in (ArithmeticError, LookupError, OSError, RuntimeError, ImportError) if isinstance(e, base)]
        print(cls.__name__, "caught as", caught_by)
try:
    raise KeyboardInterrupt
except Exception:
    print("not reached")
except BaseException as e:
    print("KeyboardInterrupt is only a BaseException:", type(e).__name__)
print(OSError(2, "x").__class__.__name__, OSError(13, "x").__class__.__name__, OSError(17, "x").__class__.__name__)
