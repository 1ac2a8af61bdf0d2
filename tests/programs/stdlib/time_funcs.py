"""time: clocks (only their types and monotonicity), gmtime/strftime/mktime/struct_time."""
import time

t0 = time.monotonic()
p0 = time.perf_counter()
time.sleep(0.01)
print(time.monotonic() >= t0 + 0.009, time.perf_counter() > p0)
print(type(time.time()).__name__, type(time.time_ns()).__name__, time.time() > 1.6e9)
print(time.gmtime(0))
g = time.gmtime(1700000000)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst)
print(g[0], g[-1], len(g), tuple(g), list(g)[:3])
y, m, d = g[:3]
print(y, m, d)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %%", g))
print(time.strftime("%A %B %d", time.gmtime(86400 * 365 * 30)))
print(time.asctime(g))
lt = time.localtime(1700000000)
print(time.mktime(lt) == 1700000000.0, isinstance(lt, tuple))
print(time.strftime("%H:%M", (2024, 2, 29, 13, 5, 0, 3, 60, 0)))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.strftime("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print("ValueError:", e)
print(time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)).tm_mday)
