# gc: collect returns an int; enable/disable/isenabled.
import gc
print(type(gc.collect()).__name__, gc.collect() >= 0)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
class Node:
    def __init__(self):
        self.other = None
a = Node()
b = Node()
a.other = b
b.other = a
del a, b
print(type(gc.collect()).__name__)
print(callable(gc.collect), gc.__name__)
