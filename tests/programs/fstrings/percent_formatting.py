# printf-style % formatting
print("%s" % "str")
print("%s %s" % ("a", "b"))
print("%d %i %u" % (1, 2, 3))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8))
print("%f %.2f %10.3f %-10.1f| %e %E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 31415.9, 0.00001, 1e20))
print("%c %c" % (65, "z"))
print("%r %s %a" % ("é", "é", "é"))
print("%%literal %d%%" % 50)
print("%(name)s is %(age)d" % {"name": "Bob", "age": 7})
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%s" % ((1, 2),))
print("%s" % [1, 2], "%s" % {"a": 1}, "%s" % None)
print("%d" % 3.99, "%d" % -3.99, "%d" % True)
print("%.3s|%5.1s|" % ("abcdef", "xyz"))
print("%s and %r" % (b"x", b"x"))
print(b"%s %d %x" % (b"bytes", 5, 255))
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", 1), ("%c", 1114112)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
x = 5
s = "val=%d"
s %= x
print(s)
print("%-8s|%8s|" % ("left", "right"))
print("%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print("%10.4e" % 123.456)
print("%g %g %g %g" % (100000, 1000000, 1e-4, 1.5e-5))
