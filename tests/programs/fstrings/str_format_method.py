# str.format and format() builtin, compared with f-strings
print("{} {} {}".format(1, "a", 2.5))
print("{0} {1} {0}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[1]} {1[k]} {2.real}".format([1, 2], {"k": "v"}, 5))
print("{:>6}|{:<6}|{:^6}|".format("a", "b", "c"))
print("{:08.3f} {:+d} {:x} {:#b}".format(3.14159, 5, 255, 5))
print("{0:{1}}|".format("w", 5))
print("{:{}.{}f}".format(2.71828, 10, 2))
print("{{}} {{{}}}".format(7))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{0!r:>8}".format("q"))
point = (3, 4)
print("x={0[0]} y={0[1]}".format(point))
print("{:,} {:_} {:.1%}".format(10**6, 10**6, 0.123))
args = ["p", "q"]
kw = {"z": "Z"}
print("{} {} {z}".format(*args, **kw))
print(format(3.5), format(3.5, ".3f"), format("s", ">3"), format(10, "b"))
print(format(12345678, ","), format(-1, "+"), format(0.1, ".3e"))
for tmpl, a in [("{} {}", (1,)), ("{0} {}", (1, 2)), ("{x}", ()), ("{0", (1,)), ("}", ())]:
    try:
        print(tmpl.format(*a))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
class C:
    def __format__(self, spec):
        return "<" + spec + ">"
print("{}|{:abc}".format(C(), C()))
print(f"{C():q}", format(C(), "zz"))
print("{:*^11}".format(" mid "))
print("{:=^10}".format(""))
print("%s-%d-%.2f" % ("s", 3, 1.005))
