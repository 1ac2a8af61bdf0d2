"""argparse.FileType: opening files from arguments, '-' for the std streams, open errors as usage errors."""
import argparse
import os
import sys

path = "_tmp_argparse_filetype.txt"
with open(path, "w") as f:
    f.write("contents\n")
p = argparse.ArgumentParser(prog="ft")
p.add_argument("infile", type=argparse.FileType("r", encoding="utf-8"))
p.add_argument("--out", type=argparse.FileType("w"), default="-")
print(repr(argparse.FileType("rb")), repr(argparse.FileType("w", 1, "utf-8", "strict")), repr(argparse.FileType()))
ns = p.parse_args([path])
print(ns.infile.read(), ns.out is sys.stdout, ns.infile.name == path)
ns.infile.close()
ns = p.parse_args(["-", "--out", path + ".out"])
print(ns.infile is sys.stdin, ns.out.name)
ns.out.write("written")
ns.out.close()
print(open(path + ".out").read())
try:
    p.parse_args(["nope_missing.txt"])
except SystemExit as e:
    print("exit", e.code)
try:
    argparse.FileType("z")("-")
except ValueError as e:
    print("ValueError", e)
os.remove(path)
os.remove(path + ".out")
print("stdin", sys.stdin.name, sys.stdin.readable(), sys.stdin.writable(), sys.stdin.mode, repr(sys.stdin.readline()),
      repr(sys.stdin.read()), sys.stdin.readlines(), list(sys.stdin), sys.stdin is sys.__stdin__)
try:
    sys.stdin.write("x")
except OSError as e:
    print(type(e).__name__, e)
try:
    next(sys.stdin)
except StopIteration:
    print("StopIteration")
