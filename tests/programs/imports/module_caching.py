# Modules are executed once and cached in sys.modules
import sys
print("before first import:", "counted.once" in sys.modules)
import counted.once
print("after first import:", "counted.once" in sys.modules, "counted" in sys.modules)
import counted.once
import counted.once as again
from counted import once as once_again
from counted.once import add, loads
print(again is counted.once, once_again is again, sys.modules["counted.once"] is again)
print("loads:", loads, counted.once.loads)
print(add("x"), add("y"), again.items, counted.once.items is once_again.items)
def import_inside_function():
    import counted.once as inner
    return inner.add("from function")
print(import_inside_function(), import_inside_function(), len(again.items))
counted.once.loads = 100
from counted.once import loads as loads2
print(loads, loads2)
print(type(sys.modules).__name__, sys.modules["__main__"].__name__)
