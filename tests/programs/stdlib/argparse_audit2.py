"""argparse round 2: help formatting details, choices/metavar/nargs in usage, required options, types, prefix handling."""
import argparse
import sys


def parse(p, args):
    try:
        ns = p.parse_args(args)
        print("ok", sorted(vars(ns).items(), key=lambda kv: kv[0]))
    except SystemExit as e:
        print("exit", e.code)


p = argparse.ArgumentParser(prog="fmt", usage=None)
p.add_argument("files", nargs="+", help="input files")
p.add_argument("--out", "-o", required=True, help="output")
p.add_argument("--level", choices=[1, 2, 3], type=int, help="level %(choices)s default %(default)s", default=2)
p.add_argument("--opt", nargs="?", const="C", default="D", help="optional value")
p.add_argument("--two", nargs=2, type=float)
p.add_argument("--star", nargs="*", metavar="S")
p.add_argument("--hidden", help=argparse.SUPPRESS)
p.add_argument("--no-dest-given")
p.add_argument("-x", dest="ex", action="store_true", help="short only")
p.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True, help="toggle")
p.add_argument("rest", nargs=argparse.REMAINDER)
p.print_help()
p.print_usage()
for args in [["a", "-o", "x"], ["a", "b", "--out=x", "--level", "3"], ["a", "-ox"], ["a", "-o", "x", "--opt"],
             ["a", "-o", "x", "--opt", "val"], ["a", "-o", "x", "--two", "1", "2.5"], ["a", "-o", "x", "--no-flag"],
             ["a", "-o", "x", "--star"], ["a", "-o", "x", "rest1", "--level", "1"], ["a", "-o", "x", "--no-dest-given", "q"],
             ["a"], ["-o", "x"], ["a", "-o", "x", "--level", "5"], ["a", "-o", "x", "--level", "x"], ["a", "-o", "x", "--two", "1", "z"],
             ["a", "-o"], ["a", "-o", "x", "-x", "-x"], ["a", "-o", "x", "--le", "1"], ["a", "-o", "x", "--fl"]]:
    print("args", args)
    parse(p, args)


def positive(v):
    n = int(v)
    if n <= 0:
        raise argparse.ArgumentTypeError("%r is not positive" % v)
    return n


q = argparse.ArgumentParser(prog="typ", prefix_chars="-+", allow_abbrev=False)
q.add_argument("n", type=positive)
q.add_argument("+p", action="store_true")
q.add_argument("--verbose", action="store_true")
q.add_argument("--mode", type=str.upper, choices=["A", "B"])
for args in [["3"], ["0"], ["x"], ["3", "+p"], ["3", "--verb"], ["3", "--mode", "a"], ["3", "--mode", "c"], ["-1"]]:
    print("args", args)
    parse(q, args)

r = argparse.ArgumentParser(prog="sub", description="Multi-line\n   description kept?")
r.add_argument("-v", action="count", default=0)
subs = r.add_subparsers(title="commands", description="available commands", dest="command", metavar="COMMAND")
a = subs.add_parser("add", help="add things", description="Add description.")
a.add_argument("x", type=int)
a.add_argument("y", type=int, nargs="?", default=10)
a.set_defaults(op="plus")
m = subs.add_parser("mul", help="multiply")
m.add_argument("nums", type=int, nargs="+")
r.print_help()
a.print_help()
print(repr(a.prog), repr(m.format_usage()))
for args in [["add", "1"], ["-vv", "add", "1", "2"], ["mul", "2", "3"], ["mul"], ["add", "x"], ["nope"], [], ["add", "1", "-v"]]:
    print("args", args)
    parse(r, args)

s = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawDescriptionHelpFormatter,
                            description="line1\n  indented line2\n\nparagraph", epilog="  epi\n  log")
s.add_argument("--x", help="a\nb")
s.print_help()
t2 = argparse.ArgumentParser(prog="rawtext", formatter_class=argparse.RawTextHelpFormatter)
t2.add_argument("--x", help="first\n  second")
t2.print_help()
e = argparse.ArgumentParser(prog="err", exit_on_error=False)
e.add_argument("--n", type=int)
try:
    e.parse_args(["--n", "x"])
except argparse.ArgumentError as ex:
    print("ArgumentError", ex, ex.argument_name)
g = argparse.ArgumentParser(prog="grp")
mx = g.add_mutually_exclusive_group(required=True)
mx.add_argument("--a", action="store_true")
mx.add_argument("--b", action="store_true")
g.print_usage()
parse(g, [])
parse(g, ["--a"])
ns = argparse.Namespace()
g.parse_args(["--b"], namespace=ns)
print("namespace", ns.a, ns.b)
print("intermixed", argparse.ArgumentParser(prog="i").parse_known_args(["--x", "1", "pos"]))
h = argparse.ArgumentParser(prog="conflict", conflict_handler="resolve")
h.add_argument("-v", help="first")
h.add_argument("-v", help="second")
h.print_help()
c = argparse.ArgumentParser(prog="c2")
c.add_argument("-a", "--all")
try:
    c.add_argument("-a", "--all")
except argparse.ArgumentError as ex:
    print("conflict", ex)
try:
    argparse.ArgumentParser(conflict_handler="bogus")
except ValueError as ex:
    print("ValueError", ex)
r2 = argparse.ArgumentParser(prog="r2", conflict_handler="resolve")
r2.add_argument("-a", "--all", help="old")
r2.add_argument("--all", help="new")
r2.print_help()
