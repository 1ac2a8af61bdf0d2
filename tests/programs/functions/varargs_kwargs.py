# *args and **kwargs collection
def collect(*args, **kwargs):
    return args, kwargs
print(collect())
print(collect(1, 2, 3))
print(collect(a=1, b=2))
print(collect(1, "x", key="v"))
print(type(collect(1)[0]).__name__, type(collect(a=1)[1]).__name__)
def first_and_rest(first, *rest):
    return first, rest
print(first_and_rest(1), first_and_rest(1, 2, 3))
def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3), total(1, 2, start=10))
def describe(**info):
    return ", ".join(f"{k}={v}" for k, v in info.items())
print(describe(name="x", age=3, z=None))
print(describe(**{"b": 2, "a": 1}))
def forward(*args, **kwargs):
    return collect(*args, **kwargs)
print(forward(1, 2, k=3))
def modify(*args, **kwargs):
    kwargs["added"] = True
    return args + ("appended",), kwargs
d = {"orig": 1}
print(modify(**d), d)
def kw_named_args(args, kwargs):
    return args, kwargs
print(kw_named_args(kwargs=1, args=2))
def with_self(*args):
    return len(args)
print(with_self(*range(100)))
def both(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(both(1, c=3))
print(both(1, 5, 6, 7, c=3, e=9))
try:
    both(1)
except TypeError as e:
    print(type(e).__name__, e)
def only_kwargs(**kw):
    return kw
try:
    only_kwargs(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    first_and_rest()
except TypeError as e:
    print(type(e).__name__, e)
print(only_kwargs(**{"with space": 1, "": 2}))
