# ImportError and ModuleNotFoundError messages
try:
    import no_such_module_piepie
except ModuleNotFoundError as e:
    print(type(e).__name__, e, "| name:", e.name)
try:
    import shapes.no_such_submodule
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from shapes import no_such_name
except ImportError as e:
    print(type(e).__name__, "|", e.name)
try:
    from no_such_pkg.sub import thing
except ImportError as e:
    print(type(e).__name__, e, issubclass(type(e), ImportError))
try:
    import starpkg.with_all.public_func
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
import sys
print("no_such_module_piepie" in sys.modules, "shapes" in sys.modules)
