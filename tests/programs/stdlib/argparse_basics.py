import argparse
import sys


def parse(parser, args):
    """Parse, printing the Namespace or what the parser wrote and its exit."""
    saved = sys.stderr
    sys.stderr = sys.stdout
    try:
        print(parser.parse_args(args))
    except SystemExit as e:
        print("exit", e.code)
    finally:
        sys.stderr = saved


p = argparse.ArgumentParser(prog="tool", description="Process some files and report on them.")
p.add_argument("input", help="the input file")
p.add_argument("output", nargs="?", default="out.txt", help="where to write (default: %(default)s)")
p.add_argument("-v", "--verbose", action="store_true", help="be loud")
p.add_argument("-q", "--quiet", action="store_false", dest="loud")
p.add_argument("-n", "--num", type=int, default=3, help="how many")
p.add_argument("--mode", choices=["fast", "slow"], default="fast", help="speed")
p.add_argument("-I", "--include", action="append", metavar="DIR", help="add a directory")
p.add_argument("-c", action="count", default=0, help="count it")
p.add_argument("--ratio", type=float)
print(p.format_help())
print(p.format_usage())
parse(p, ["a.txt"])
parse(p, ["a.txt", "b.txt", "-v", "-n", "7"])
parse(p, ["-vcc", "--num=5", "x", "--mode", "slow", "-I", "inc", "-Isrc", "--include", "lib"])
parse(p, ["x", "-q", "--ratio", "0.5", "-n-2"])
parse(p, ["x", "--verb", "--in", "a"])
parse(p, ["--", "-x"])
parse(p, [])
parse(p, ["x", "-n", "seven"])
parse(p, ["x", "--mode", "medium"])
parse(p, ["x", "y", "z"])
parse(p, ["x", "--bogus"])
parse(p, ["x", "-n"])
parse(p, ["x", "--ratio", "abc"])
parse(p, ["-h"])

q = argparse.ArgumentParser(prog="multi")
q.add_argument("files", nargs="+", help="files to read")
q.add_argument("--pair", nargs=2, metavar=("KEY", "VALUE"))
q.add_argument("--tags", nargs="*", default=[])
q.add_argument("--level", nargs="?", const="high", default="low")
q.add_argument("--opt-name", dest="opt", default="d")
print(q.format_help())
parse(q, ["a", "b", "c"])
parse(q, ["a", "--pair", "k", "v", "--tags", "t1", "t2", "--level"])
parse(q, ["--tags", "--level", "mid", "a"])
parse(q, ["a", "--opt-name", "z"])
parse(q, ["--pair", "k"])
parse(q, [])

r = argparse.ArgumentParser(prog="git", description="A fake version control tool.")
r.add_argument("--debug", action="store_true")
sub = r.add_subparsers(dest="command", help="sub-command help")
add = sub.add_parser("add", help="add files")
add.add_argument("paths", nargs="*")
add.add_argument("-f", "--force", action="store_true", help="allow ignored files")
commit = sub.add_parser("commit", help="record changes")
commit.add_argument("-m", "--message", required=True)
print(r.format_help())
print(add.format_help())
parse(r, ["add", "a", "b", "-f"])
parse(r, ["--debug", "commit", "-m", "msg"])
parse(r, [])
parse(r, ["commit"])
parse(r, ["push"])

s = argparse.ArgumentParser(prog="long_program_name", description="""
    This description is long enough that it has to be wrapped over several
    lines by the help formatter, which collapses   whitespace first.""",
    epilog="See the manual for more.")
s.add_argument("--a-very-long-option-name", metavar="SOME_VALUE", help="an option whose invocation is longer than the help position so its help starts on the next line")
s.add_argument("--short", help="a short option with a help text that is long enough to need wrapping onto a second line")
g = s.add_argument_group("extra", "Extra options for experts.")
g.add_argument("--x1", type=int, help="first")
g.add_argument("--x2", action="store_true")
s.add_argument("numbers", type=int, nargs="+", metavar="N")
s.add_argument("rest", nargs="*")
print(s.format_help())
parse(s, ["1", "2"])

ns = argparse.Namespace(b=1, a="x")
print(ns, ns == argparse.Namespace(a="x", b=1), "a" in ns)
print(argparse.Namespace(**{"with-dash": 1, "ok": 2}))

t = argparse.ArgumentParser(prog="nohelp", add_help=False)
t.add_argument("x", type=int, choices=[1, 2, 3])
print(t.format_help())
parse(t, ["2"])
parse(t, ["4"])
try:
    t.add_argument("y", required=True)
except TypeError as e:
    print("TypeError:", e)

m = argparse.ArgumentParser(prog="mx")
grp = m.add_mutually_exclusive_group()
grp.add_argument("--json", action="store_true", help="JSON output")
grp.add_argument("--csv", action="store_true", help="CSV output")
req = m.add_mutually_exclusive_group(required=True)
req.add_argument("-a", dest="mode", action="store_const", const="a")
req.add_argument("-b", dest="mode", action="store_const", const="b")
m.add_argument("--level", type=int)
m.add_argument("target")
print(m.format_help())
parse(m, ["-a", "t"])
parse(m, ["--json", "-b", "t"])
parse(m, ["--json", "--csv", "-a", "t"])
parse(m, ["t"])
parse(m, ["-a", "-b", "t"])
