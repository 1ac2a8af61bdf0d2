# time: time() returns float and increases; sleep; monotonic/perf_counter.
import time
t1 = time.time()
print(type(t1).__name__, t1 > 1600000000)
total = 0
for i in range(100000):
    total += i
t2 = time.time()
print(t2 >= t1, total)
m1 = time.monotonic()
time.sleep(0.01)
m2 = time.monotonic()
print(type(m1).__name__, m2 > m1, m2 - m1 >= 0.009)
p1 = time.perf_counter()
p2 = time.perf_counter()
print(type(p1).__name__, p2 >= p1)
print(time.sleep(0))
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    time.sleep("1")
except TypeError as e:
    print(type(e).__name__, e)
