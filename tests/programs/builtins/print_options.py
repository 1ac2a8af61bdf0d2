# print(): sep, end, file=sys.stderr, flush.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("a", "b", sep="\n")
print("no newline", end="")
print(" -- continued")
print("x", end="\n\n")
print(1, 2.5, None, True, [1], {"k": "v"}, (1,), sep=" | ", end=" END\n")
print(sep="-", end="*\n")
print("to stderr", file=sys.stderr)
print("err", 1, 2, sep=":", end=";\n", file=sys.stderr)
print("flushed", flush=True)
print("default sep", sep=None, end=None)
print(*[1, 2, 3])
print(*"abc", sep="/")
print(*[], sep="x")
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
print(S(), [S()], sep="; ")
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", file=5)
except AttributeError as e:
    print(type(e).__name__, e)
sys.stdout.write("direct write\n")
sys.stderr.write("direct err\n")
print("é 日本 😀")
print("tab\tsep", "nl\\n", repr("q'"))
