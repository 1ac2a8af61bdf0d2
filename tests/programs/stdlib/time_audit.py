"""time: struct_time zone fields, strftime directives, tzname/daylight/altzone, argument errors."""
import time
g = time.gmtime(1700000000)
print(g.tm_zone, g.tm_gmtoff, time.strftime("%Z %z", g))
l = time.localtime(1700000000)
print(l.tm_zone, l.tm_gmtoff, time.strftime("%Z %z %c %x %X %p %I %j %U %W %w %y %e", l))
print(time.timezone, getattr(time, "altzone", "-"), getattr(time, "daylight", "-"), getattr(time, "tzname", "-"))
print(time.ctime(0), time.asctime(time.gmtime(86400*365.25*30)), time.mktime(l), time.mktime(g))
print(time.strftime("%%|%n|%t|%D|%T|%R|%r|%h|%C|%g|%G|%V|%u|%k|%l|%s", g))
for bad in [lambda: time.strftime(5), lambda: time.gmtime(1e20), lambda: time.mktime((1,)), lambda: time.localtime("x"), lambda: time.asctime((2020,))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)).tm_zone)
print(time.gmtime(0) == time.gmtime(0), time.gmtime(0)[:3], len(time.gmtime()), type(time.monotonic_ns()).__name__)
s = time.struct_time((2020, 1, 1, 0, 0, 0, 0, 1, 0, "EST", -18000))
print(s, s.tm_zone, s.tm_gmtoff, len(s), repr(time.strftime("%Z|%z", s)), repr(time.strftime("%Z|%z", (2020, 1, 1, 0, 0, 0, 0, 1, 0))))
for n in (8, 12):
    try:
        time.struct_time((1,) * n)
    except TypeError as e:
        print(e)
