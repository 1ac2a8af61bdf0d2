"""Adversarial argparse checks: parsing, help text, errors (stderr + exit 2), subcommands."""
import argparse
import sys


def parse(p, args):
    try:
        ns = p.parse_args(args)
        print("ok", sorted(vars(ns).items(), key=lambda kv: kv[0]))
    except SystemExit as e:
        print("exit", e.code)
        sys.stderr.flush()


p = argparse.ArgumentParser(prog="tool", description="A tool that does things.", epilog="See docs.")
p.add_argument("src", help="source file")
p.add_argument("dst", nargs="?", default="out.txt", help="destination (default: %(default)s)")
p.add_argument("-v", "--verbose", action="store_true", help="be chatty")
p.add_argument("-q", action="store_false", dest="loud")
p.add_argument("-n", "--num", type=int, default=3, metavar="N", help="how many")
p.add_argument("--ratio", type=float)
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("--tag", action="append", help="repeatable")
p.add_argument("-c", "--count", action="count", default=0)
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--pair", nargs=2, metavar=("A", "B"))
p.add_argument("--many", nargs="*")
p.add_argument("--some", nargs="+", type=int)
p.add_argument("--req-flag", dest="req_flag")
p.add_argument("--version", action="version", version="%(prog)s 1.0")
p.print_help()
print(repr(p.format_usage()))
for args in [["a"], ["a", "b", "-v", "-n", "5"], ["-vcc", "a"], ["a", "--num=7", "--ratio", "0.5"], ["a", "-n5"],
             ["a", "--tag", "x", "--tag", "y"], ["a", "--mode", "slow", "--const"], ["a", "--pair", "1", "2"],
             ["a", "--many"], ["a", "--many", "x", "y", "--some", "1", "2"], ["a", "--", "-notopt"], ["a", "-q"],
             ["a", "--verb"], ["a", "--req-flag", "z"],
             # errors
             [], ["a", "b", "c"], ["a", "-n", "x"], ["a", "--mode", "medium"], ["a", "--bogus"], ["a", "-n"],
             ["a", "--pair", "1"], ["a", "--some"], ["a", "--ratio", "abc"], ["a", "--v"], ["--version"]]:
    print("args", args)
    parse(p, args)

p2 = argparse.ArgumentParser(prog="git")
p2.add_argument("--debug", action="store_true")
sub = p2.add_subparsers(dest="cmd", help="sub-command help")
c1 = sub.add_parser("commit", help="record changes")
c1.add_argument("-m", "--message", required=True)
c1.add_argument("--amend", action="store_true")
c2 = sub.add_parser("push", help="update remote", aliases=["p"])
c2.add_argument("remote", nargs="?", default="origin")
c2.add_argument("--force", "-f", action="store_true")
p2.print_help()
c1.print_help()
for args in [["commit", "-m", "msg"], ["--debug", "push"], ["push", "up", "-f"], ["p", "x"], [], ["commit"], ["pull"],
             ["commit", "-m"], ["push", "a", "b"]]:
    print("args", args)
    parse(p2, args)

p3 = argparse.ArgumentParser(prog="req")
s3 = p3.add_subparsers(dest="cmd", required=True)
s3.add_parser("one").set_defaults(func="f1")
s3.add_parser("two").set_defaults(func="f2")
parse(p3, [])
parse(p3, ["two"])

p4 = argparse.ArgumentParser(prog="grp", add_help=False)
g = p4.add_mutually_exclusive_group()
g.add_argument("--x", action="store_true")
g.add_argument("--y", action="store_true")
grp = p4.add_argument_group("extra", "Extra options")
grp.add_argument("--z", type=int, required=True, help="a required option")
p4.print_help()
parse(p4, ["--x", "--z", "1"])
parse(p4, ["--x", "--y", "--z", "1"])
parse(p4, ["--x"])
parse(p4, ["-h"])

p5 = argparse.ArgumentParser(prog="dflt", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p5.add_argument("--level", default=2, type=int, help="level")
p5.add_argument("--name", default="bob", help="name")
p5.print_help()
ns, rest = p5.parse_known_args(["--level", "4", "--other", "x"])
print("known", ns.level, rest)
print("defaults", p5.get_default("name"))
p5.set_defaults(name="alice")
print("set_defaults", p5.parse_args([]).name)
ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(a=1, b="x"), "a" in ns)
try:
    p.add_argument("--verbose")
except argparse.ArgumentError as e:
    print("ArgumentError", e)
try:
    p.add_argument("bad", "--bad")
except ValueError as e:
    print("ValueError", e)
p6 = argparse.ArgumentParser(prog="long", description="x " * 60)
p6.add_argument("--a-very-long-option-name-that-wraps", metavar="SOMETHING_LONG", help="help " * 20)
p6.add_argument("positional_with_long_name", help="short")
p6.print_help()
p7 = argparse.ArgumentParser(prog="exit")
p7.error("custom problem")
