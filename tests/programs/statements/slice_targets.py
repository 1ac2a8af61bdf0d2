# Attribute, subscript and slice assignment targets
lst = list(range(10))
lst[2:5] = ["a", "b"]
print(lst)
lst[:0] = [-1]
print(lst)
lst[len(lst):] = [100, 101]
print(lst)
lst[1:3] = []
print(lst)
lst[::2] = "ABCDE"
print(lst)
lst[-1] = "last"
print(lst)
nums = list(range(8))
nums[::-2] = [0, 0, 0, 0]
print(nums)
try:
    nums[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
nums[1:7:3] = ("x", "y")
print(nums)
nums[5:2] = ["ins"]
print(nums)
nums[:] = range(3)
print(nums)
del nums[:]
print(nums)
d = {}
d[1, 2] = "tuple key"
d[(3,)] = "single"
print(d)
m = [[0] * 3 for _ in range(3)]
m[1][2] = 5
m[0][:] = [7, 7, 7]
print(m)
class P:
    pass
p = P()
p.child = P()
p.child.value = [0, 0]
p.child.value[1] = "deep"
print(p.child.value)
s = "abc"
try:
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
try:
    lst[100] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    lst["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).attr = 2
except AttributeError as e:
    print(type(e).__name__, e)
ba = bytearray(b"hello")
ba[1:3] = b"EL"
print(ba)
big = [1, 2, 3]
big[1:2] = [9] * 4
print(big)
try:
    lst[0:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
