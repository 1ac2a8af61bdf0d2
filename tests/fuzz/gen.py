#!/usr/bin/env python3
"""Random program generator for the JIT differential fuzzer.

`python3 tests/fuzz/gen.py [--small] SEED [--avoid FEATURE,...]` prints one program.
The program is a deterministic function of the seed (`random.Random(seed)`):
well-typed by construction (a small typed-expression grammar over variables
whose types are tracked), terminating (every loop is bounded), quick on
CPython (tens of milliseconds), and printing a compact, deterministic summary
of its state (ints, float reprs, sorted containers; never ids or str-sets).

A program is a handful of classes and helpers followed by "sections": each
section is a function (or a module-level block) around one hot loop of
50-2600 iterations (the default JIT loop threshold is ~1000) whose body mixes
int/float/bigint arithmetic, strings, lists, dicts, objects of several
classes, exceptions raised and caught, generators, closures, recursion and
builtins, and in which some variable's type, some object's class or shape, a
class's method or a global function changes at one iteration (so compiled
guards fail). Invariants kept by construction: int variables stay below
~2**100 in magnitude (every assignment wraps with `%`, `&` or a rescale),
floats stay finite (divisors are kept >= 0.5 in magnitude), lists are never
empty, strings are bounded by slicing.

Features can be turned off with `--avoid` (comma-separated names; see
FEATURES) so that one known bug does not hide others.
"""
import random
import sys

FEATURES = [
    "bigint", "float", "str", "list", "dict", "obj", "typechange", "classswitch",
    "monkeypatch", "shape", "exc", "finally", "gen", "closure", "recursion",
    "varargs", "globals", "while", "nested", "break", "fstring", "sort",
    "comprehension", "unpack", "modloop", "divmod", "bitops", "pow",
    "edge", "truediv", "intfloatcmp", "floatkeys", "intset", "opclass", "instpatch",
    "percent", "listmore", "rebind", "edgeloop", "negzero", "nan", "augsub", "andor",
    "deeprec", "uncaught", "property", "classcount",
]

INT_MODS = ["1000003", "65521", "(2**31 - 1)", "(2**61 - 1)", "(1 << 64)", "(10**20 + 7)",
            "(2**89 - 1)", "-1000033", "-(2**63)", "(1 << 62)", "4611686018427387903"]
BIG_LITS = ["4611686018427387903", "4611686018427387904", "9223372036854775807",
            "(-9223372036854775808)", "(2**64 + 13)", "(10**18)", "(-(10**21) - 5)",
            "(1 << 62)", "(1 << 63)", "(2**70 // 3)", "(-(1 << 62))"]
FLOAT_LITS = ["0.5", "1.25", "-3.75", "2.0", "0.1", "1e-3", "7.0", "-0.5", "2.5e8",
              "1e15", "0.3", "-12.125", "3.0", "2.5", "0.125", "2.675", "-1.5", "1e16",
              "1.5e-7", "-0.0", "123456789012345678.0"]
# Bases near the small-int boundaries (piepie's small ints are [-2**62, 2**62 - 1])
# and i64's: a loop adding i * step crosses them mid-loop.
EDGE_BASES = ["(1 << 62) - %d", "-(1 << 62) + %d", "(1 << 63) - %d", "-(1 << 63) + %d",
              "(1 << 61) - %d", "(1 << 64) - %d", "-(1 << 62) - %d"]
EDGE_OPS = ["E + 1", "E - 1", "-E", "abs(E)", "E * 2", "E * -1", "E // -1", "E % 1000003",
            "E << 1", "E >> 1", "~E", "E * E % 65537", "E // 3", "-E // 7", "E & -E",
            "E ^ (1 << 62)", "(E + E) // 2", "divmod(E, 1 << 31)[0]", "pow(E, 3, 1000003)",
            "E.bit_length()", "int(float(E))", "round(E, -3)", "E - (1 << 62)", "+E", "E | 1"]
STR_LITS = ["'a'", "'xyz'", "'-'", "'Q'", "'hello'", "'0'", "' s '", "'ab,cd'", "'é'"]


class Gen:
    def __init__(self, seed, avoid=(), small=False):
        self.small = small
        self.r = random.Random(seed)
        self.seed = seed
        self.avoid = set(avoid)
        self.out = []
        self.counter = 0
        self.classes = []
        self.helpers = []
        self.globals = []
        self.slots = False
        self.forever = None
        self.alt_bump = None

    # -- utilities ---------------------------------------------------------
    def ok(self, feat):
        return feat not in self.avoid

    def chance(self, p):
        return self.r.random() < p

    def pick(self, xs):
        return self.r.choice(xs)

    def fresh(self, base):
        self.counter += 1
        return "%s%d" % (base, self.counter)

    # -- expressions -------------------------------------------------------
    # `env` is a dict: kind -> list of names. Kinds: int, float, str, list,
    # dict, obj, poly (int or float), loopvar (int).
    def int_leaf(self, env):
        r = self.r
        opts = []
        opts += [lambda: self.pick(env["int"])] * 4
        opts += [lambda: self.pick(env["loopvar"])] * 3
        opts += [lambda: str(r.randint(-9, 99))] * 2
        if self.ok("bigint"):
            opts.append(lambda: self.pick(BIG_LITS))
        if env.get("list") and self.ok("list"):
            L = self.pick(env["list"])
            opts += [lambda: "len(%s)" % L, lambda: "%s[-1]" % L,
                     lambda: "%s[%s %% len(%s)]" % (L, self.pick(env["loopvar"]), L)]
        if env.get("dict") and self.ok("dict"):
            D = self.pick(env["dict"])
            opts.append(lambda: "%s.get(%s %% 13, %d)" % (D, self.pick(env["loopvar"]), r.randint(-3, 9)))
        if env.get("obj") and self.ok("obj"):
            o = self.pick(env["obj"])
            opts.append(lambda: "%s.x" % o)
            if self.ok("property"):
                opts.append(lambda: "getattr(%s, 'doubled', -2)" % o)
        if env.get("str") and self.ok("str"):
            s = self.pick(env["str"])
            opts.append(lambda: "len(%s)" % s)
        if self.globals and self.ok("globals"):
            opts.append(lambda: self.pick(self.globals))
        return self.pick(opts)()

    def int_expr(self, env, d, allow_pow=True):
        r = self.r
        if d <= 0 or self.chance(0.25):
            return self.int_leaf(env)
        ops = ["+", "-", "*", "+", "-", "*", "//", "%", "neg", "abs", "max", "min", "cond"]
        if self.ok("bitops"):
            ops += ["<<", ">>", "&", "|", "^"]
        if self.ok("pow") and allow_pow:
            ops.append("**")
        if self.ok("divmod"):
            ops.append("divmod")
        if self.ok("float"):
            ops += ["int", "round"]
        if self.ok("andor"):
            ops.append("andor")
        if self.ok("negzero"):
            ops.append("ident")
        op = self.pick(ops)
        if op == "**":
            return "(%s ** (%s %% 3))" % (self.int_leaf(env), self.int_expr(env, d - 1, False))
        a = self.int_expr(env, d - 1, allow_pow)
        b = self.int_expr(env, d - 1, allow_pow)
        if op in ("+", "-", "*", "&", "|", "^"):
            return "(%s %s %s)" % (a, op, b)
        if op in ("//", "%"):
            return "(%s %s (%s | 1))" % (a, op, b)
        if op == "<<":
            return "(%s << (%s & 7))" % (a, b)
        if op == ">>":
            return "(%s >> (%s & 31))" % (a, b)
        if op == "neg":
            return "(-%s)" % a
        if op == "abs":
            return "abs(%s)" % a
        if op in ("max", "min"):
            return "%s(%s, %s)" % (op, a, b)
        if op == "cond":
            return "(%s if %s else %s)" % (a, self.bool_expr(env, d - 1), b)
        if op == "divmod":
            return "divmod(%s, (%s | 1))[%d]" % (a, b, r.randint(0, 1))
        if op == "andor":
            return "(%s %s %s)" % (a, self.pick(["and", "or"]), b)
        if op == "ident":
            return self.pick(["(%s * 0)", "(%s + 0)", "(%s - %s)", "(%s // 1)", "(%s % 1)", "(%s ** 1)",
                              "(%s << 0)", "(0 - %s)", "(%s * -1)", "(-(-%s))", "(%s | 0)", "(%s & -1)"]).replace("%s", a)
        if op == "int":
            return "int(%s)" % self.float_leaf(env)
        if op == "round":
            return "round(%s)" % self.float_leaf(env)
        raise AssertionError(op)

    def float_leaf(self, env):
        opts = [lambda: self.pick(FLOAT_LITS)]
        if env.get("float"):
            opts += [lambda: self.pick(env["float"])] * 4
        opts.append(lambda: "(%s * 0.5)" % self.pick(env["loopvar"]))
        if env.get("obj") and self.ok("obj"):
            opts.append(lambda: "%s.y" % self.pick(env["obj"]))
        return self.pick(opts)()

    def float_expr(self, env, d):
        if not self.ok("float"):
            return "float(%s)" % self.int_expr(env, d)
        if d <= 0 or self.chance(0.25):
            return self.float_leaf(env)
        ops = ["+", "-", "*", "+", "*", "/", "%", "//", "mix", "mix", "neg", "abs",
               "max", "round", "float", "cond", "pow2"]
        if self.ok("truediv"):
            ops += ["truediv", "divmodf"]
        if self.ok("negzero"):
            ops += ["fident", "fident"]
        op = self.pick(ops)
        if op == "fident":
            return self.pick(["(%s + 0.0)", "(%s - 0.0)", "(0.0 - %s)", "(%s * 0.0)", "(%s * 1.0)", "(%s * -1.0)",
                              "(-%s * 0.0)", "(%s / 1.0)", "(%s - %s)", "(0.0 + %s)", "(-0.0 + %s)", "(%s + -0.0)"]).replace("%s", self.float_expr(env, d - 1))
        if op == "truediv":
            # int / int is correctly rounded in CPython, bigints too
            return "(%s / (%s | 1))" % (self.int_expr(env, 1, False), self.int_leaf(env))
        if op == "divmodf":
            return "divmod(%s, %s)[%d]" % (self.float_leaf(env), self.pick(["3.5", "-2.25", "0.75", "-7.0"]), self.r.randint(0, 1))
        a = self.float_expr(env, d - 1)
        b = self.float_expr(env, d - 1)
        if op in ("+", "-", "*"):
            return "(%s %s %s)" % (a, op, b)
        if op in ("/", "%", "//"):
            return "(%s %s (abs(%s) + 0.5))" % (a, op, b)
        if op == "mix":
            return "(%s %s %s)" % (self.int_leaf(env), self.pick(["+", "-", "*"]), a)
        if op == "neg":
            return "(-%s)" % a
        if op == "abs":
            return "abs(%s)" % a
        if op == "max":
            return "%s(%s, %s)" % (self.pick(["max", "min"]), a, b)
        if op == "round":
            return "round(%s, %d)" % (a, self.r.randint(0, 3))
        if op == "float":
            return "float(%s)" % self.int_leaf(env)
        if op == "cond":
            return "(%s if %s else %s)" % (a, self.bool_expr(env, d - 1), b)
        if op == "pow2":
            return "(%s ** 2)" % self.float_leaf(env)
        raise AssertionError(op)

    def bool_expr(self, env, d):
        cmp = self.pick(["<", "<=", ">", ">=", "==", "!="])
        k = self.r.randint(0, 9)
        if k <= 2 or d <= 0:
            return "(%s %s %s)" % (self.int_expr(env, min(d, 1)), cmp, self.int_expr(env, min(d, 1)))
        if k == 3 and self.ok("nan") and self.chance(0.4):
            x = self.float_expr(env, 1)
            c = self.pick(["NAN", "INF", "-INF"])
            return self.pick(["(%s %s %s)" % (x, cmp, c), "(not (%s %s %s))" % (x, cmp, c), "(%s %s %s)" % (c, cmp, x),
                              "(not (%s %s %s))" % (c, cmp, x), "(NAN in [%s, NAN])" % x, "(float('nan') in [NAN])",
                              "(%s == max(%s, NAN))" % (x, x)])
        if k == 3 and self.ok("float"):
            return "(%s %s %s)" % (self.float_expr(env, 1), cmp, self.float_expr(env, 1))
        if k == 4 and self.ok("float"):
            # int/float comparisons (bigints against floats too)
            return "(%s %s %s)" % (self.int_leaf(env), cmp, self.float_expr(env, 1))
        if k == 5 and self.ok("intfloatcmp") and self.chance(0.5):
            # CPython compares ints and floats exactly, bigints included
            x = self.int_leaf(env)
            return self.pick(["(%s %s float(%s))" % (x, cmp, x), "(%s + 1 %s float(%s))" % (x, cmp, x),
                              "(%s - 1 %s float(%s))" % (x, cmp, x), "(float(%s) %s %s)" % (x, cmp, x)])
        if k == 5:
            return "(%s < %s <= %s)" % (self.int_leaf(env), self.int_leaf(env), self.int_expr(env, 1))
        if k == 6:
            return "(%s %s %s)" % (self.bool_expr(env, d - 1), self.pick(["and", "or"]), self.bool_expr(env, d - 1))
        if k == 7:
            return "(not %s)" % self.bool_expr(env, d - 1)
        if k == 8 and env.get("list") and self.ok("list"):
            return "(%s in %s)" % (self.int_leaf(env), self.pick(env["list"]))
        if k == 9 and env.get("dict") and self.ok("dict"):
            return "(%s %% 13 in %s)" % (self.pick(env["loopvar"]), self.pick(env["dict"]))
        return "(%s %% %d == %d)" % (self.pick(env["loopvar"]), self.r.randint(2, 7), self.r.randint(0, 1))

    def str_expr(self, env, d):
        r = self.r
        if d <= 0 or self.chance(0.3):
            if env.get("str") and self.chance(0.7):
                return self.pick(env["str"])
            return self.pick(STR_LITS)
        k = r.randint(0, 13)
        a = self.str_expr(env, d - 1)
        if k == 0:
            return "(%s + %s)" % (a, self.str_expr(env, d - 1))
        if k == 1:
            return "str(%s)" % self.int_expr(env, 1)
        if k == 2 and self.ok("float"):
            return "repr(%s)" % self.float_leaf(env)
        if k == 3 and self.ok("fstring"):
            spec = self.pick(["", ":>6", ":x", ":+d", ":08b"] if True else [""])
            fspec = self.pick(["", ":.3f", ":.2e", ":g", ":10.4f", "!r"])
            if '"' in a:  # 3.11 cannot nest the same quote inside an f-string
                a = self.pick(env["str"]) if env.get("str") else "'x'"
            return 'f"{%s%s}|{%s%s}|{%s!r}"' % (self.int_expr(env, 1), spec, self.float_leaf(env) if self.ok("float") else "0.5", fspec, a)
        if k == 4:
            return "%s[%d:%d]" % (a, r.randint(-5, 3), r.randint(-2, 9))
        if k == 5:
            return "%s[::-1]" % a
        if k == 6:
            return "%s.%s()" % (a, self.pick(["upper", "lower", "strip", "title", "swapcase"]))
        if k == 7:
            return "%s.replace(%s, %s)" % (a, self.pick(["'a'", "'1'", "'-'", "'0'"]), self.pick(["'b'", "''", "'=='"]))
        if k == 8:
            return "'-'.join([%s, %s, str(%s)])" % (a, self.str_expr(env, d - 1), self.pick(env["loopvar"]))
        if k == 9:
            return "(%s * (%s %% 3))" % (a, self.int_leaf(env))
        if k == 10:
            return "hex(%s)" % self.int_expr(env, 1)
        if k == 11:
            return "bin(%s & 255)" % self.int_expr(env, 1)
        if k == 12:
            return "','.join(sorted(%s.split('-')))" % a
        if self.ok("percent") and self.chance(0.5):
            return "(%s %% (%s, %s))" % (self.pick(["'%d/%5.2f'", "'%x:%r'", "'%+d %e'", "'%s|%g'", "'%05d %.1f'"]),
                                         self.int_expr(env, 1), self.float_leaf(env) if self.ok("float") else "1.5")
        return "%s.center(%d, '*')" % (a, r.randint(0, 9))

    # -- statements --------------------------------------------------------
    def wrap_int(self, name, expr):
        k = self.r.randint(0, 6)
        if k <= 3:
            return ["%s = %s %% %s" % (name, expr, self.pick(INT_MODS))]
        if k == 4 and self.ok("bitops"):
            return ["%s = %s & %s" % (name, expr, self.pick(["0xFFFF", "((1 << 64) - 1)", "((1 << 70) - 1)", "0x3FFFFFFFFFFFFFFF"]))]
        if k == 5:
            return ["%s = %s" % (name, expr),
                    "if abs(%s) > %s:" % (name, self.pick(["10**24", "2**62", "2**40", "10**9"])),
                    "    %s = %s %% %s" % (name, name, self.pick(INT_MODS))]
        return ["%s = %s %% %s" % (name, expr, self.pick(INT_MODS))]

    def wrap_float(self, name, expr):
        k = self.r.randint(0, 3)
        if k <= 1:
            return ["%s = %s %% %s" % (name, expr, self.pick(["10007.0", "997.5", "-77.25", "1e6", "3.0"]))]
        if k == 2:
            return ["%s = %s" % (name, expr),
                    "if not (-1e6 < %s < 1e6):" % name,
                    "    %s = %s %% 1000.0" % (name, name)]
        return ["%s = round(%s, %d) %% 4096.0" % (name, expr, self.r.randint(0, 4))]

    def simple_stmt(self, env, d):
        """One statement (list of lines) that keeps every invariant."""
        r = self.r
        k = r.randint(0, 19)
        depth = r.randint(1, 3)
        if k <= 4:
            v = self.pick(env["int"])
            if self.chance(0.3):
                return ["%s += %s" % (v, self.int_expr(env, depth))] + self.wrap_int(v, v)
            return self.wrap_int(v, self.int_expr(env, depth))
        if k <= 6 and env.get("float"):
            v = self.pick(env["float"])
            return self.wrap_float(v, self.float_expr(env, depth))
        if k == 7 and env.get("str"):
            v = self.pick(env["str"])
            return ["%s = (%s)[-%d:]" % (v, self.str_expr(env, depth), r.randint(4, 30))]
        if k == 8 and env.get("list") and self.ok("list"):
            L = self.pick(env["list"])
            m = r.randint(0, 6)
            if m == 0:
                return ["%s.append(%s %% %s)" % (L, self.int_expr(env, 2), self.pick(INT_MODS)),
                        "if len(%s) > %d:" % (L, r.randint(8, 60)),
                        "    del %s[:%d]" % (L, r.randint(2, 7))]
            if m == 1:
                return ["%s[%s %% len(%s)] = %s %% %s" % (L, self.pick(env["loopvar"]), L, self.int_expr(env, 2), self.pick(INT_MODS))]
            if m == 2:
                return ["if len(%s) > 2:" % L, "    %s.pop(%s)" % (L, self.pick(["", "0", "-2", "len(%s) // 2" % L]))]
            if m == 3 and self.ok("sort"):
                return ["%s.sort(%s)" % (L, self.pick(["", "reverse=True", "key=abs", "key=lambda t: (t % 7, t)"]))]
            if m == 4:
                v = self.pick(env["int"])
                return self.wrap_int(v, "sum(%s[-%d:])" % (L, r.randint(1, 6)))
            if m == 5 and self.ok("comprehension"):
                return ["%s = [%s for t in %s if t %% %d != %d][-40:] or [%d]" %
                        (L, self.pick(["t", "t * 2 % 65521", "t - i", "-t", "t // 3", "t % 1000"]).replace("i", self.pick(env["loopvar"])),
                         L, r.randint(2, 4), r.randint(0, 1), r.randint(0, 9))]
            return ["%s.insert(%d, %s)" % (L, r.randint(-2, 2), self.int_leaf(env)),
                    "if len(%s) > 30:" % L, "    %s = %s[%d:]" % (L, L, r.randint(3, 9))]
        if k == 9 and env.get("dict") and self.ok("dict"):
            D = self.pick(env["dict"])
            key = "%s %% %d" % (self.pick(env["loopvar"]), r.randint(3, 23))
            m = r.randint(0, 4)
            if m == 0:
                return ["%s[%s] = (%s.get(%s, 0) + %s) %% %s" % (D, key, D, key, self.int_expr(env, 1), self.pick(INT_MODS))]
            if m == 1:
                return ["%s.setdefault(%s, %s)" % (D, key, self.int_leaf(env))]
            if m == 2:
                return ["%s.pop(%s, None)" % (D, key)]
            if m == 3:
                v = self.pick(env["int"])
                return ["for dk, dv in %s.items():" % D,
                        # int(): the floatkeys statements may add float or bool keys
                        "    %s = (%s + int(dk) * dv) %% %s" % (v, v, self.pick(INT_MODS))]
            return ["if %s in %s:" % (key, D), "    del %s[%s]" % (D, key)]
        if k == 10 and env.get("obj") and self.ok("obj"):
            o = self.pick(env["obj"])
            v = self.pick(env["int"])
            m = r.randint(0, 3)
            if m == 0:
                return self.wrap_int(v, "%s.step(%s)" % (o, self.int_expr(env, 1)))
            if m == 1:
                return ["%s.x = (%s) %% %s" % (o, self.int_expr(env, 2), self.pick(INT_MODS))]
            if m == 2 and self.ok("float"):
                return ["%s.y = (%s) %% 1000.0" % (o, self.float_expr(env, 2))]
            return self.wrap_int(v, "%s.total() + %s" % (o, self.int_leaf(env)))
        if k == 11 and d > 0:
            lines = ["if %s:" % self.bool_expr(env, 2)]
            lines += ["    " + x for x in self.block(env, d - 1, 1, 2)]
            if self.chance(0.4):
                lines += ["elif %s:" % self.bool_expr(env, 1)]
                lines += ["    " + x for x in self.block(env, d - 1, 1, 2)]
            if self.chance(0.5):
                lines += ["else:"]
                lines += ["    " + x for x in self.block(env, d - 1, 1, 2)]
            return lines
        if k == 12 and d > 0 and self.ok("nested"):
            j = self.fresh("j")
            env2 = dict(env)
            env2["loopvar"] = env["loopvar"] + [j]
            lines = ["for %s in range(%s):" % (j, self.pick(["%s %% 5" % self.pick(env["loopvar"]), "3", "-2, 4", "10, 0, -3", "1, 9, 4"]))]
            lines += ["    " + x for x in self.block(env2, d - 1, 1, 2)]
            return lines
        if k == 13 and self.ok("unpack"):
            a, b = self.pick(env["int"]), self.pick(env["int"])
            m = r.randint(0, 2)
            if m == 0 and a != b:
                return ["%s, %s = %s, (%s + %s) %% %s" % (a, b, b, a, b, self.pick(INT_MODS))]
            if m == 1 and env.get("list") and self.ok("list"):
                rest = self.fresh("rest")
                return ["%s, *%s = %s[:%d]" % (a, rest, self.pick(env["list"]), r.randint(1, 4)),
                        "%s = (%s + len(%s)) %% %s" % (b, b, rest, self.pick(INT_MODS))]
            q, rr = self.fresh("q"), self.fresh("r")
            return ["%s, %s = divmod(%s, %s)" % (q, rr, self.int_expr(env, 2), self.pick(["7", "-3", "(2**64 + 1)", "(%s | 1)" % a])),
                    "%s = (%s + %s - %s) %% %s" % (a, a, q, rr, self.pick(INT_MODS))]
        if k == 14 and self.ok("exc"):
            return self.exc_stmt(env)
        if k == 15 and self.helpers:
            helpers = [h for h in self.helpers if (h[1] != "gen" or self.ok("gen")) and (h[1] != "glob" or self.ok("gstore"))]
            if helpers:
                return self.helper_call(env, self.pick(helpers))
        if k == 16 and self.ok("while") and d > 0:
            n = self.fresh("n")
            c = self.pick(env["int"])
            return ["%s = abs(%s) %% 1000 + 1" % (n, self.int_expr(env, 1)),
                    "while %s > 1:" % n,
                    "    %s = %s // %d if %s %% 2 == 0 else %s - 1" % (n, n, r.randint(2, 5), n, n),
                    "    %s = (%s + %s) %% %s" % (c, c, n, self.pick(INT_MODS))]
        if k == 17 and self.ok("comprehension"):
            v = self.pick(env["int"])
            src = self.pick(env["list"]) if env.get("list") and self.ok("list") else "range(%s %% 9)" % self.pick(env["loopvar"])
            forms = ["max([t %% 11 for t in %s] + [0])" % src,
                     "len({t %% 5 for t in %s})" % src,
                     "sum([x * y for x, y in zip(%s, range(5, 0, -1))])" % src,
                     "sum([k * t for k, t in enumerate(%s)])" % src,
                     "len(sorted(%s, key=lambda t: -t)[:3])" % src,
                     "sum({t: t %% 3 for t in %s}.values())" % src]
            if self.ok("gen"):  # generator expressions
                forms += ["sum(t * t for t in %s)" % src,
                          "sum(x * y for x, y in zip(%s, range(5, 0, -1)))" % src,
                          "sum(k * t for k, t in enumerate(%s))" % src,
                          "sum(v2 for v2 in {t: t %% 3 for t in %s}.values())" % src]
            return self.wrap_int(v, self.pick(forms))
        if k == 18 and self.ok("augsub") and self.chance(0.3):
            opts = []
            if env.get("list") and self.ok("list"):
                L = self.pick(env["list"])
                opts += ["%s[%s %% len(%s)] += %s" % (L, self.pick(env["loopvar"]), L, self.int_leaf(env)),
                         "%s[-1] -= %s" % (L, self.int_leaf(env)),
                         "%s[0] //= %s" % (L, self.pick(["3", "-2", "7"]))]
            if env.get("dict") and self.ok("dict"):
                D = self.pick(env["dict"])
                key = "%s %% %d" % (self.pick(env["loopvar"]), r.randint(2, 9))
                opts += ["%s[%s] = %s.get(%s, 0)\n%s[%s] += %s" % (D, key, D, key, D, key, self.int_leaf(env))]
            if env.get("obj") and self.ok("obj"):
                opts += ["o0.x += %s" % self.int_leaf(env), "o0.y *= -1.0", "o0.x <<= 1\no0.x %%= %s" % self.pick(INT_MODS)]
            if opts:
                return self.pick(opts).split("\n")
        if k == 18 and self.ok("edgeloop") and self.chance(0.3):
            v = self.pick(env["int"])
            e = self.fresh("e")
            lo = self.pick(EDGE_BASES) % r.randint(0, 6)
            return ["for %s in range(%s, %s + %d, %d):" % (e, lo, lo, r.randint(3, 12), self.pick([1, 1, 2, 3])),
                    "    %s = (%s + %s) %% %s" % (v, v, self.pick(EDGE_OPS).replace("E", e), self.pick(INT_MODS))]
        if k == 18 and self.ok("deeprec") and self.chance(0.1):
            v = self.pick(env["int"])
            return ["if %s %% %d == 0:" % (self.pick(env["loopvar"]), r.randint(50, 300)),
                    "    try:",
                    "        %s = (%s + deep(%d)) %% 1000003" % (v, v, self.pick([50, 500, 900, 5000, 100000])),
                    "    except RecursionError:",
                    "        %s = (%s + 1) %% 1000003" % (v, v)]
        if k == 18 and self.ok("edge") and self.chance(0.4):
            v = self.pick(env["int"])
            e = self.fresh("e")
            base = self.pick(EDGE_BASES) % r.randint(0, 300)
            step = self.pick(["", " * 3", " * -1", " * 7"])
            return ["%s = %s + %s%s" % (e, base, self.pick(env["loopvar"]), step),
                    "%s = (%s + %s) %% %s" % (v, v, self.pick(EDGE_OPS).replace("E", e), self.pick(INT_MODS))]
        if k == 18 and env.get("dict") and self.ok("floatkeys") and self.ok("float") and self.chance(0.3):
            D = self.pick(env["dict"])
            key = self.pick(["float(%s %% 11)", "(%s %% 11) * 1.0 + 0.5", "%s %% 2 == 0"]) % self.pick(env["loopvar"])
            return ["%s[%s] = %s.get(%s, 0) + 1" % (D, key, D, key)]
        if k == 18 and env.get("list") and self.ok("listmore") and self.chance(0.5):
            L = self.pick(env["list"])
            v = self.pick(env["int"])
            m = r.randint(0, 7)
            if m == 0:
                return ["%s[1:3] = [%s, %s %% 1000]" % (L, self.int_leaf(env), self.int_leaf(env))]
            if m == 1:
                return ["if len(%s) > 4:" % L, "    del %s[::3]" % L]
            if m == 2:
                return ["try:",
                        "    %s = %s.index(%s %% 10)" % (v, L, self.pick(env["loopvar"])),
                        "except ValueError as e:",
                        "    msg = str(e)"]
            if m == 3:
                return ["%s = (%s + %s.count(%s) + len(%s[::2]) + sum(%s[::-3])) %% %s" % (v, v, L, self.int_leaf(env), L, L, self.pick(INT_MODS))]
            if m == 4:
                return ["%s.extend(%s[-2:])" % (L, L), "%s.reverse()" % L, "if len(%s) > 40:" % L, "    %s = %s[:20]" % (L, L)]
            if m == 5:
                return ["%s = (%s + (%s + [%s]) .count(%s) + (%s * 2)[-1] + (tuple(%s) < (%s, %s)) + (%s == %s[:])) %% %s" %
                        (v, v, L, v, v, L, L, self.int_leaf(env), self.int_leaf(env), L, L, self.pick(INT_MODS))]
            if m == 6:
                return ["%s = (%s + max(%s, key=lambda t: (t %% 7, -t)) + min(%s, key=abs)) %% %s" % (v, v, L, L, self.pick(INT_MODS))]
            if self.ok("gen"):
                return ["%s = (%s + sum(t for t in reversed(%s) if t > %s) + any(t < 0 for t in %s) + all(%s)) %% %s" %
                        (v, v, L, self.int_leaf(env), L, L, self.pick(INT_MODS))]
            return ["%s = (%s + sum([t for t in reversed(%s) if t > %s]) + any([t < 0 for t in %s]) + all(%s)) %% %s" %
                    (v, v, L, self.int_leaf(env), L, L, self.pick(INT_MODS))]
        if k == 18 and self.ok("intset") and self.chance(0.4):
            v = self.pick(env["int"])
            src = self.pick(env["list"]) if env.get("list") and self.ok("list") else "range(%s %% 9)" % self.pick(env["loopvar"])
            return ["%s = (%s + len({t %% 17 for t in %s} | {%s %% 5, -1}) + sum({t * 3 for t in %s} - {0, 3})) %% %s" %
                    (v, v, src, self.pick(env["loopvar"]), src, self.pick(INT_MODS))]
        if k == 18 and env.get("poly"):
            p = self.pick(env["poly"])
            return ["%s = (%s %s %s) %% %s" % (p, p, self.pick(["+", "-", "*"]),
                                                self.pick([self.int_leaf(env), self.float_leaf(env) if self.ok("float") else "3", "1"]),
                                                self.pick(["1000003", "997", "65536"]))]
        if self.globals and self.ok("globals") and self.ok("gstore") and self.chance(0.5):
            g = self.pick(self.globals)
            return ["%s = (%s + %s) %% %s" % (g, g, self.int_expr(env, 1), self.pick(INT_MODS))]
        v = self.pick(env["int"])
        return self.wrap_int(v, self.int_expr(env, depth))

    def block(self, env, d, lo, hi):
        lines = []
        for _ in range(self.r.randint(lo, hi)):
            lines += self.simple_stmt(env, d)
        return lines

    def exc_stmt(self, env):
        r = self.r
        cnt = self.pick(env["int"])
        iv = self.pick(env["loopvar"])
        k = r.randint(0, 6)
        mv = self.pick(env["msg"])
        if k == 0:
            return ["try:",
                    "    %s = (%s + %s // (%s %% %d)) %% %s" % (cnt, cnt, self.int_expr(env, 1), iv, r.randint(2, 7), self.pick(INT_MODS)),
                    "except ZeroDivisionError as e:",
                    "    %s = str(e)" % mv,
                    "    %s += 1" % cnt]
        if k == 1 and self.ok("float") and env.get("float"):
            f = self.pick(env["float"])
            return ["try:",
                    "    %s = (%s %s ((%s %% 4) * 0.5)) %% 1000.0" % (f, f, self.pick(["/", "%", "//"]), iv),
                    "except ZeroDivisionError as e:",
                    "    %s = str(e)" % mv]
        if k == 2 and env.get("list") and self.ok("list"):
            L = self.pick(env["list"])
            return ["try:",
                    "    %s = (%s + %s[%s %% %d - %d]) %% %s" % (cnt, cnt, L, iv, r.randint(5, 40), r.randint(0, 20), self.pick(INT_MODS)),
                    "except IndexError as e:",
                    "    %s = str(e) + %s" % (mv, self.pick(["''", "str(%s %% 10)" % iv])),
                    "else:",
                    "    %s = %s %% 1000 + 1" % (cnt, cnt)]
        if k == 3 and env.get("dict") and self.ok("dict"):
            D = self.pick(env["dict"])
            return ["try:",
                    "    %s = (%s + %s[%s %% %d]) %% %s" % (cnt, cnt, D, iv, r.randint(5, 29), self.pick(INT_MODS)),
                    "except KeyError as e:",
                    "    %s = repr(e)" % mv]
        if k == 4:
            return ["try:",
                    "    %s = check(%s)" % (cnt, self.int_expr(env, 1)),
                    "except FuzzError as e:",
                    "    %s = '%%s:%%d' %% (type(e).__name__, e.args[0] %% 1000)" % mv,
                    "    %s = e.code" % cnt]
        if k == 5 and self.ok("finally"):
            return ["try:",
                    "    if %s:" % self.bool_expr(env, 1),
                    "        raise %s(%s)" % (self.pick(["ValueError", "FuzzError", "KeyError", "RuntimeError"]), iv),
                    "    %s = (%s + 1) %% %s" % (cnt, cnt, self.pick(INT_MODS)),
                    "except (ValueError, KeyError) as e:",
                    "    %s = type(e).__name__ + str(e.args[0] %% 10)" % mv,
                    "except FuzzError:",
                    "    %s -= 1" % cnt,
                    "except Exception as e:",
                    "    %s = 'other ' + repr(e)" % mv,
                    "finally:",
                    "    %s = (%s * 3 + 1) %% 65521" % (cnt, cnt)]
        if k == 6:
            return ["try:",
                    "    %s = int(%s)" % (cnt, self.pick(["str(%s)" % iv, "'x' + str(%s)" % iv, "'%d'" % r.randint(0, 9),
                                                           "str(%s)[:%d] + 'z'[%s %% 2:]" % (iv, r.randint(1, 3), iv)])),
                    "except ValueError as e:",
                    "    %s = str(e)" % mv]
        return ["try:",
                "    raise FuzzError(%s)" % iv,
                "except FuzzError as e:",
                "    %s = (%s + e.code) %% 1000003" % (cnt, cnt)]

    def helper_call(self, env, helper):
        name, kind = helper
        v = self.pick(env["int"])
        iv = self.pick(env["loopvar"])
        if kind == "gen":
            return self.wrap_int(v, "%s + sum(%s(%s %% 9, %s))" % (v, name, iv, self.int_leaf(env)))
        if kind == "closure":
            return self.wrap_int(v, "%s(%s)" % (name, self.int_expr(env, 1)))
        if kind == "counter":
            return self.wrap_int(v, "%s + %s(%s %% 5)" % (v, name, iv))
        if kind == "rec":
            return self.wrap_int(v, "%s + %s(%s %% 12, %s)" % (v, name, iv, self.int_leaf(env)))
        if kind == "varargs":
            return self.wrap_int(v, self.pick([
                "%s(%s, %s)" % (name, self.int_leaf(env), iv),
                "%s(%s, %s, %s, k=%s)" % (name, self.int_leaf(env), iv, self.int_leaf(env), iv),
                "%s(*[%s, %s], **{'z': %s})" % (name, iv, self.int_leaf(env), self.int_leaf(env)),
                "%s(%s, scale=%d)" % (name, self.int_leaf(env), self.r.randint(-2, 3)),
            ]))
        if kind == "glob":
            return ["%s(%s)" % (name, self.int_expr(env, 1))]
        raise AssertionError(kind)

    # -- program parts -----------------------------------------------------
    def emit_classes(self):
        r = self.r
        out = self.out
        out.append("class FuzzError(Exception):")
        out.append("    def __init__(self, code):")
        out.append("        super().__init__(code)")
        out.append("        self.code = code % 997")
        out.append("")
        out.append("")
        out.append("NAN = float('nan')")
        out.append("INF = float('inf')")
        out.append("")
        out.append("")
        out.append("def fake_abs(x):")
        out.append("    return x if x >= 0 else 1 - x")
        out.append("")
        out.append("")
        out.append("def deep(n):")
        out.append("    return 0 if n == 0 else 1 + deep(n - 1)")
        out.append("")
        out.append("")
        out.append("def check(v):")
        out.append("    if v %% %d == %d:" % (r.randint(3, 13), r.randint(0, 2)))
        out.append("        raise FuzzError(v)")
        out.append("    return v % 1000003")
        out.append("")
        out.append("")
        if self.ok("opclass"):
            out += ["class V:",
                    "    def __init__(self, v):",
                    "        self.v = v",
                    "",
                    "    def __add__(self, o):",
                    "        return V(self.v + (o.v if isinstance(o, V) else o))",
                    "",
                    "    __radd__ = __add__",
                    "",
                    "    def __sub__(self, o):",
                    "        return V(self.v - (o.v if isinstance(o, V) else o))",
                    "",
                    "    def __mul__(self, o):",
                    "        return V(self.v * (o.v if isinstance(o, V) else o))",
                    "",
                    "    def __mod__(self, m):",
                    "        return V(self.v % m)",
                    "",
                    "    def __lt__(self, o):",
                    "        return self.v < (o.v if isinstance(o, V) else o)",
                    "",
                    "    def __eq__(self, o):",
                    "        return self.v == (o.v if isinstance(o, V) else o)",
                    "",
                    "    def __hash__(self):",
                    "        return hash(self.v)",
                    "",
                    "    def __repr__(self):",
                    "        return 'V(%r)' % (self.v,)",
                    "", ""]
        if not self.ok("obj"):
            return
        n = r.randint(2, 4)
        for ci in range(n):
            name = "C%d" % ci
            base = None
            if ci > 0 and self.chance(0.4):
                base = self.pick(self.classes)
            self.classes.append(name)
            out.append("class %s%s:" % (name, "(%s)" % base if base else ""))
            if self.chance(0.25) and not base:
                out.append("    __slots__ = ('x', 'y', 'z')")
                self.slots = True
            else:
                out.append("    z = %d" % r.randint(0, 50))
            out.append("")
            out.append("    def __init__(self, x, y):")
            if base and self.chance(0.5):
                out.append("        super().__init__(x + %d, y)" % r.randint(0, 5))
            else:
                out.append("        self.x = x")
                out.append("        self.y = y")
            out.append("        self.z = %d" % r.randint(-5, 5))
            out.append("")
            out.append("    def step(self, v):")
            if self.ok("classcount"):
                out.append("        type(self).calls = getattr(type(self), 'calls', 0) + 1")
            body = self.pick([
                "self.x = (self.x * %d + v) %% %s" % (r.randint(2, 9), self.pick(INT_MODS)),
                "self.x = (self.x + v * v) %% %s" % self.pick(INT_MODS),
                "self.x = (self.x ^ (v << %d)) %% %s" % (r.randint(0, 40), self.pick(INT_MODS)),
                "self.x = self.x - v if self.x > v else self.x + %d" % r.randint(1, 100),
            ])
            if base and self.chance(0.5):
                out.append("        r = super().step(v + 1)")
                out.append("        " + body)
                out.append("        return r + self.x")
            else:
                out.append("        " + body)
                out.append("        return self.x + self.z")
            out.append("")
            out.append("    def total(self):")
            out.append("        return self.x %s int(self.y)" % self.pick(["+", "-", "*"]))
            if self.chance(0.3):
                out.append("")
                out.append("    @property")
                out.append("    def doubled(self):")
                out.append("        return self.x * 2")
            if self.chance(0.3):
                out.append("")
                out.append("    def __repr__(self):")
                out.append("        return '%s(%%r, %%r)' %% (self.x, self.y)" % name)
            out.append("")
            out.append("")
        out.append("def alt_step(self, v):")
        out.append("    self.x = (self.x + %d * v) %% 99991" % r.randint(1, 9))
        out.append("    return -self.x")
        out.append("")
        out.append("")

    def emit_helpers(self):
        r = self.r
        out = self.out
        if self.ok("gen"):
            name = self.fresh("gen")
            if self.chance(0.5):
                out += ["def %s(n, k):" % name,
                        "    for t in range(n):",
                        "        if t %% %d != 0:" % r.randint(2, 4),
                        "            yield (t * k) %% %s" % self.pick(INT_MODS)]
            else:
                out += ["def %s_inner(n):" % name,
                        "    t = 0",
                        "    while t < n:",
                        "        yield t",
                        "        t += %d" % r.randint(1, 3),
                        "",
                        "",
                        "def %s(n, k):" % name,
                        "    yield from %s_inner(n)" % name,
                        "    yield k %% %d" % r.randint(5, 500),
                        "    yield from (t * 2 for t in range(n % 4))"]
            out += ["", ""]
            self.helpers.append((name, "gen"))
            fname = self.fresh("forever")
            out += ["def %s(start):" % fname,
                    "    n = start",
                    "    while True:",
                    "        got = yield n",
                    "        n = (n * %d + %d) %% %s" % (r.randint(2, 7), r.randint(1, 9), self.pick(INT_MODS)),
                    "", ""]
            self.forever = fname
        if self.ok("closure"):
            name = self.fresh("make_adder")
            out += ["def %s(k):" % name,
                    "    def add(v):",
                    "        return (v + k) %% %s" % self.pick(INT_MODS),
                    "    return add",
                    "", ""]
            inst = self.fresh("adder")
            out += ["%s = %s(%s)" % (inst, name, self.pick(BIG_LITS + ["3", "-7"])), "", ""]
            self.helpers.append((inst, "closure"))
            name = self.fresh("make_counter")
            out += ["def %s():" % name,
                    "    c = 0",
                    "    def inc(d):",
                    "        nonlocal c",
                    "        c = (c + d * %d) %% 100003" % r.randint(1, 9),
                    "        return c",
                    "    return inc",
                    "", ""]
            inst = self.fresh("counter")
            out += ["%s = %s()" % (inst, name), "", ""]
            self.helpers.append((inst, "counter"))
        if self.ok("recursion"):
            name = self.fresh("rec")
            k = r.randint(0, 2)
            if k == 0:
                out += ["def %s(n, acc):" % name,
                        "    if n <= 0:",
                        "        return acc % 1000003",
                        "    return %s(n - 1, acc + n * n)" % name]
            elif k == 1:
                out += ["def %s(n, acc):" % name,
                        "    if n < 2:",
                        "        return n + acc % 7",
                        "    return %s(n - 1, acc) + %s(n - 2, 0) if n < 9 else %s(n // 2, acc + 1)" % (name, name, name)]
            else:
                out += ["def %s(n, acc):" % name,
                        "    return acc if n == 0 else %s(n - 1, (acc * 3 + n) %% (2**61 - 1))" % name]
            out += ["", ""]
            self.helpers.append((name, "rec"))
        if self.ok("varargs"):
            name = self.fresh("va")
            out += ["def %s(a, b=%d, *rest, scale=1, **kw):" % (name, r.randint(-3, 9)),
                    "    return (a + b + sum(rest)) * scale + sum(kw.values()) + len(kw)",
                    "", ""]
            self.helpers.append((name, "varargs"))
        if self.ok("globals"):
            for _ in range(r.randint(1, 2)):
                g = self.fresh("G")
                out.append("%s = %s" % (g, self.pick(["0", "7", "(1 << 62)", "-5"])))
                self.globals.append(g)
            out += ["", ""]
            name = self.fresh("bump")
            g = self.pick(self.globals)
            out += ["def %s(v):" % name,
                    "    global %s" % g,
                    "    %s = (%s + v) %% %s" % (g, g, self.pick(INT_MODS)),
                    "", ""]
            self.helpers.append((name, "glob"))
            if self.ok("monkeypatch"):
                name2 = self.fresh("bump")
                out += ["def %s(v):" % name2,
                        "    global %s" % g,
                        "    %s = (%s - 2 * v) %% %s" % (g, g, self.pick(INT_MODS)),
                        "", ""]
                self.alt_bump = (name, name2)

    def section(self, idx, at_module):
        r = self.r
        out = []
        iv = "i"
        n_int = r.randint(2, 4)
        env = {"int": ["a%d" % k for k in range(n_int)], "loopvar": [iv], "msg": ["msg"]}
        init = []
        for a in env["int"]:
            init.append("%s = %s" % (a, self.pick(["0", "1", "-3", str(r.randint(0, 1000))] + (BIG_LITS if self.ok("bigint") else []))))
        init.append("msg = ''")
        if self.ok("float"):
            env["float"] = ["f%d" % k for k in range(r.randint(1, 2))]
            for f in env["float"]:
                init.append("%s = %s" % (f, self.pick(FLOAT_LITS)))
        if self.ok("str"):
            env["str"] = ["s0"]
            init.append("s0 = %s" % self.pick(STR_LITS))
        if self.ok("list"):
            env["list"] = ["L0"]
            init.append("L0 = [%s]" % ", ".join(str(r.randint(-50, 50)) for _ in range(r.randint(1, 6))))
        if self.ok("dict"):
            env["dict"] = ["D0"]
            init.append("D0 = {%s}" % ", ".join("%d: %d" % (r.randint(0, 12), r.randint(-9, 99)) for _ in range(r.randint(0, 4))))
        if self.classes:
            env["obj"] = ["o0"]
            init.append("o0 = %s(%d, %s)" % (self.pick(self.classes), r.randint(-5, 50), self.pick(FLOAT_LITS)))
        if self.ok("typechange"):
            env["poly"] = ["p0"]
            init.append("p0 = %s" % self.pick(["0", "1", "5", "0.5", "True"]))
        n = self.pick([60, 200, 500, 1100, 1500, 2000, 2600]) + r.randint(0, 50)
        if self.small:
            n = n // 60 + 5
        body = []
        events = []
        # A mid-loop change that makes guards fail.
        K = r.randint(1, n - 1) if self.chance(0.7) else r.randint(n // 3, n - 1)
        if self.ok("typechange") and self.chance(0.6):
            events.append("p0 = %s" % self.pick(["p0 + 0.5", "p0 * 2**64", "float(p0)", "int(p0) + 3", "p0 * 1.0 + 10**20"]
                                                + (["V(p0)", "V(p0 * 1.0)"] if self.ok("opclass") else [])))
        if self.classes and self.ok("classswitch") and self.chance(0.5):
            events.append("o0 = %s(o0.x, o0.y)" % self.pick(self.classes))
        if self.classes and self.ok("shape") and self.chance(0.3):
            events.append(self.pick((["o0.extra = i"] if not self.slots else []) + ["o0.y = float(o0.x % 1000)", "o0.x = o0.x + 0.0 if False else o0.x + 2**64"]))
        if self.classes and self.ok("shape") and not self.slots and self.chance(0.15):
            events.append("del o0.z")
        if self.classes and not self.slots and self.chance(0.15):
            events.append("%s.z = i" % self.pick(self.classes))
        if self.classes and self.ok("instpatch") and not self.slots and self.chance(0.15):
            events.append(self.pick(["o0.step = lambda v: v * 2 - 1", "o0.step = (lambda v: -v)"]))
        if self.classes and self.ok("monkeypatch") and self.chance(0.2):
            events.append("%s.step = alt_step" % self.pick(self.classes))
        if getattr(self, "alt_bump", None) and self.chance(0.2):
            a, b = self.alt_bump
            events.append("globals()['%s'] = %s" % (a, b))
        rebind = False
        if self.ok("rebind") and self.chance(0.15):
            events.append("globals()['abs'] = fake_abs")
            rebind = True
        if events:
            body.append("if i == %d:" % K)
            body += ["    " + e for e in events]
        if self.ok("gen") and self.forever and self.chance(0.3):
            init.append("gv = %s(%d)" % (self.forever, r.randint(0, 9)))
            body += self.wrap_int(env["int"][0], "%s + next(gv)" % env["int"][0])
        if "poly" in env and self.chance(0.7):
            body += ["p0 = (p0 * %d + i) %% %s" % (r.randint(1, 5), self.pick(["1000003", "997", "65536", "(2**64 + 3)"]))]
        body += self.block(env, 2, 3, 7)
        if self.classes and self.chance(0.6):
            body += self.wrap_int(env["int"][-1], "%s + o0.step(i)" % env["int"][-1])
            if self.chance(0.3):
                body += ["if i %% %d == 0:" % r.randint(3, 50),
                         "    %s = (%s + getattr(o0, 'extra', -1)) %% 1000003" % (env["int"][0], env["int"][0])]
        brk = []
        if self.ok("break") and self.chance(0.3):
            body += ["if %s:" % self.pick(["i == %d" % r.randint(n // 2, n + 10), "%s %% %d == %d and i > %d" % (env["int"][0], r.randint(50, 500), r.randint(0, 5), n // 2)]),
                     "    brk = i",
                     "    break"]
            brk = ["else:", "    brk = -1"]
            init.append("brk = None")
        if self.ok("break") and self.chance(0.3):
            body = ["if i %% %d == %d:" % (r.randint(3, 17), r.randint(0, 2)), "    continue"] + body
        if self.ok("finally") and self.chance(0.2):
            init.append("fin = 0")
            body = ["try:"] + ["    " + x for x in body] + ["finally:", "    fin += 1"]
        if self.chance(0.25):
            body.append("if i %% %d == 0:" % r.randint(150, 700))
            body.append("    print(%d, i, %s)" % (idx, ", ".join(env["int"][:2])))
        loop = "for i in range(%d):" % n if self.chance(0.85) else "for i in range(%d, %d, %d):" % (n, -1, -1)
        if self.chance(0.1):
            loop = "i = 0\nwhile i < %d:" % n
            body = body[:]
            # a `continue` would skip the increment: put it first
            body.insert(0, "i += 1")
        prints = ["print('s%d', %s)" % (idx, ", ".join(env["int"]))]
        if "float" in env:
            prints.append("print(%s)" % ", ".join(env["float"]))
        if "str" in env:
            prints.append("print(repr(s0), msg)")
        else:
            prints.append("print(msg)")
        if "list" in env:
            prints.append("print(len(L0), L0[:6], L0[-3:], sum(L0) % 1000003, min(L0), max(L0))")
        if "dict" in env:
            prints.append("print(sorted(D0.items())[:8], len(D0))")
        if "obj" in env:
            prints.append("print(type(o0).__name__, o0.x, o0.y, o0.z, o0.total())")
        if "poly" in env:
            prints.append("print(type(p0).__name__, p0)")
        if self.classes and self.ok("classcount"):
            prints.append("print(%s)" % ", ".join("getattr(%s, 'calls', 0)" % c for c in self.classes))
        if "list" in env and self.ok("intset") and self.chance(0.3):
            prints.append("print({t %% %d for t in L0}, {-1, -2, 7, 2**64, -(2**62), %s})" % (r.randint(5, 60), self.pick(env["int"])))
        if brk:
            prints.append("print('brk', brk)")
        if any(x.startswith("fin") for x in init):
            prints.append("print('fin', fin)")
        if self.globals:
            prints.append("print(%s)" % ", ".join(self.globals))
        if rebind:
            prints.append("globals().pop('abs', None)")
        if "float" in env and self.ok("negzero") and self.chance(0.3):
            prints.append("print(repr(f0 * 0.0), repr(-f0 * 0.0), f0 - f0, -0.0 + 0.0, max(0.0, -0.0), min(0.0, -0.0))")
        if "float" in env and self.ok("nan") and self.chance(0.3):
            prints.append("print(max(f0, NAN), min(NAN, f0), NAN in [NAN], f0 < NAN, f0 != NAN, INF > f0)")
        core = init + loop.split("\n") + ["    " + b for b in body] + brk + prints
        if at_module:
            out += core
        else:
            fname = "section%d" % idx
            decl = ["    global %s" % ", ".join(self.globals)] if self.globals else []
            out.append("def %s():" % fname)
            out += decl
            out += ["    " + c for c in core]
            out += ["", ""]
            out.append("%s()" % fname)
        return out

    def program(self):
        r = self.r
        how = "%s%d%s" % ("--small " if self.small else "", self.seed,
                          " --avoid " + ",".join(sorted(self.avoid)) if self.avoid else "")
        self.out.append("# Generated by tests/fuzz/gen.py %s (a differential JIT fuzzing program)." % how)
        self.emit_classes()
        self.emit_helpers()
        nsec = r.randint(1, 3)
        for idx in range(nsec):
            # Generators, global stores and module-level loops make the JIT
            # abort its traces: most sections leave them out so that their
            # loops do get compiled.
            saved = self.avoid
            if self.chance(0.6):
                self.avoid = saved | {"gen", "gstore", "modloop"}
            at_module = self.ok("modloop") and self.chance(0.2)
            self.out += self.section(idx, at_module)
            self.out.append("")
            self.avoid = saved
        if self.ok("uncaught") and self.chance(0.1):
            self.out += self.uncaught_ending()
        return "\n".join(self.out) + "\n"

    def uncaught_ending(self):
        """A hot loop that dies at one iteration with an uncaught exception:
        the traceback (lines, frames) must be CPython's, JIT or not."""
        r = self.r
        n = self.pick([30, 300, 1200, 2000]) if not self.small else r.randint(5, 40)
        k = r.randint(1, n - 1)
        raiser = self.pick([
            "acc = acc + 100 // (%d - i)" % k,
            "acc = acc + [1, 2, 3][(i >= %d) * 5]" % k,
            "acc = acc + ({0: 1} if i < %d else {})[0]" % k,
            "acc = acc + (check(i) if i == %d else i)" % k,
            "acc = acc + int('z' if i == %d else '7')" % k,
            "acc = acc + (acc.nope if i == %d else 1)" % k,
            "acc = acc + helper_boom(i - %d)" % k,
        ])
        lines = ["# fuzz: ends with an uncaught exception (a traceback on stderr, exit code 1)",
                 "def helper_boom(v):",
                 "    if v == 0:",
                 "        raise FuzzError(v + %d)" % r.randint(0, 99),
                 "    return v % 7",
                 "",
                 "",
                 "def last_section(n):",
                 "    acc = 0",
                 "    for i in range(n):",
                 "        acc = (acc * 3 + i) % 1000003",
                 "        " + raiser,
                 "    return acc",
                 "",
                 "",
                 "print('last', last_section(%d))" % n]
        if self.small or self.chance(0.5):
            return lines
        return lines[:-1] + ["try:", "    last_section(%d)" % n, "finally:", "    print('finally ran')"]


def generate(seed, avoid=(), small=False):
    """The program of `seed` (`small`: loops of 6-48 iterations, for regression tests)."""
    return Gen(seed, avoid, small).program()


def main():
    args = sys.argv[1:]
    avoid = []
    if "--avoid" in args:
        i = args.index("--avoid")
        avoid = [a for a in args[i + 1].split(",") if a]
        del args[i:i + 2]
    small = "--small" in args
    if small:
        args.remove("--small")
    seed = int(args[0]) if args else 0
    sys.stdout.write(generate(seed, avoid, small))


if __name__ == "__main__":
    main()
