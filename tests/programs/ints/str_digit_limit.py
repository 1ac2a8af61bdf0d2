# The int/str conversion limit (CPython 3.11, sys.set_int_max_str_digits):
# decimal conversions of ints with more digits than the limit raise
# ValueError both ways; power-of-two bases are never limited.
import sys
import json


def attempt(label, f):
    try:
        r = f()
    except (ValueError, SyntaxError, TypeError, OverflowError) as e:
        print(label, type(e).__name__, e)
    else:
        if isinstance(r, str):
            print(label, "ok", len(r), r[:12], r[-12:])
        else:
            print(label, "ok", r)


print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits,
      sys.int_info.str_digits_check_threshold, sys.flags.int_max_str_digits)
print(sys.int_info)

at_limit = 10 ** 4299          # 4300 digits: allowed
over = 10 ** 4300              # 4301 digits: refused
huge = 7 ** 100000
for name, v in (("at", at_limit), ("neg_at", -at_limit + 1), ("over", over),
                ("neg_over", -over), ("huge", huge)):
    attempt(name + " str", lambda: str(v))
    attempt(name + " repr", lambda: repr(v))
    attempt(name + " fstr", lambda: f"{v}")
    attempt(name + " %d", lambda: "%d" % v)
    attempt(name + " %i", lambda: "%5i" % v)
    attempt(name + " fmt,", lambda: format(v, ","))
    attempt(name + " fmt_", lambda: format(v, "_d"))
    attempt(name + " fmtn", lambda: "{:n}".format(v))
    attempt(name + " hex", lambda: hex(v))
    attempt(name + " %x", lambda: "%x" % v)
    attempt(name + " fmtb", lambda: len(format(v, "b")))
    attempt(name + " oct", lambda: len(oct(v)))
    attempt(name + " list", lambda: str([v]))
    attempt(name + " json", lambda: json.dumps({"n": v}))


class Big(int):
    pass


attempt("subclass", lambda: str(Big(over)))
attempt("bool", lambda: str(True))

for digits in (4300, 4301, 6000):
    s = "9" * digits
    attempt("int%d" % digits, lambda: int(s).bit_length())
    attempt("int%d base0" % digits, lambda: int(s, 0).bit_length())
    attempt("int%d signed" % digits, lambda: int("  -" + s + "  ").bit_length())
    attempt("int%d bytes" % digits, lambda: int(s.encode()).bit_length())
    attempt("int%d base7" % digits, lambda: int("6" * digits, 7).bit_length())
    attempt("int%d base36" % digits, lambda: int("z" * digits, 36).bit_length())
    attempt("int%d base16" % digits, lambda: int(s, 16).bit_length())
    attempt("int%d base2" % digits, lambda: int("1" * digits, 2).bit_length())
    attempt("int%d base8" % digits, lambda: int("7" * digits, 8).bit_length())
attempt("underscores", lambda: int("1_0" * 2000 + "1").bit_length())
attempt("json load", lambda: json.loads("1" * 5000))
attempt("float", lambda: float("1" * 5000))

attempt("literal", lambda: eval("1" * 4301))
attempt("literal ok", lambda: eval("1" * 4300).bit_length())
attempt("literal exec", lambda: exec("x = 2 + " + "3" * 5000))
attempt("hex literal", lambda: eval("0x" + "f" * 5000).bit_length())
attempt("bin literal", lambda: eval("0b" + "1" * 5000).bit_length())
attempt("octal literal", lambda: eval("0o" + "7" * 5000).bit_length())
attempt("hex literal big", lambda: len(hex(eval("0x" + "ab" * 30000))))

attempt("set low", lambda: sys.set_int_max_str_digits(639))
attempt("set neg", lambda: sys.set_int_max_str_digits(-1))
attempt("set none", lambda: sys.set_int_max_str_digits())
attempt("set str", lambda: sys.set_int_max_str_digits("5000"))
attempt("set huge", lambda: sys.set_int_max_str_digits(10 ** 30))
attempt("get", lambda: sys.get_int_max_str_digits())

sys.set_int_max_str_digits(640)
attempt("640 get", lambda: sys.get_int_max_str_digits())
attempt("640 str", lambda: str(10 ** 639))
attempt("640 str over", lambda: str(10 ** 640))
attempt("640 int", lambda: int("5" * 641))
attempt("640 literal", lambda: eval("5" * 641))

sys.set_int_max_str_digits(maxdigits=0)
attempt("unlimited str", lambda: str(over))
attempt("unlimited huge", lambda: str(-huge))
attempt("unlimited int", lambda: int("8" * 20000).bit_length())
attempt("unlimited literal", lambda: eval("4" * 20000).bit_length())
attempt("unlimited fmt", lambda: format(huge, ","))
print(sys.flags.int_max_str_digits, sys.int_info.default_max_str_digits)

sys.set_int_max_str_digits(5000)
attempt("5000 str", lambda: str(over))
attempt("5000 over", lambda: str(10 ** 5000))
attempt("5000 int", lambda: int("1" * 5001))
print(sys.get_int_max_str_digits())
