"""string.Template subclassing (delimiter, idpattern, braceidpattern, flags, pattern) and Formatter subclass hooks."""
import string
import re


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Percent(string.Template):
    delimiter = "%"


class Dotted(string.Template):
    idpattern = r"[a-z][_a-z0-9.]*"


class Braced(string.Template):
    braceidpattern = r"[A-Z ]+"


class CaseSens(string.Template):
    flags = 0


class Custom(string.Template):
    pattern = r"""
    <<(?:
      (?P<escaped><<)|
      (?P<named>[a-z]+)>>|
      (?P<braced>\{[a-z]+\})>>|
      (?P<invalid>)
    )
    """


t("percent", lambda: Percent("%who likes %{what} 100%%").substitute(who="tim", what="pie"))
t("dotted", lambda: Dotted("$user.name is $age").substitute({"user.name": "ann", "age": 3}))
t("braced", lambda: Braced("${FULL NAME} and $short").substitute({"FULL NAME": "X Y", "short": "s"}))
t("braced lower rejected", lambda: Braced("${lower}").substitute(lower=1))
t("flags default", lambda: string.Template("$ABC").substitute(ABC=1))
t("case sens", lambda: CaseSens("$abc $ABC").safe_substitute(abc=1))
t("custom pattern", lambda: Custom("<<name>> and <<<<").substitute(name="n"))
t("custom invalid", lambda: Custom("<<1").substitute())
t("template attr", lambda: (string.Template("$x").template, string.Template.delimiter, string.Template.idpattern))
t("get_identifiers", lambda: (Percent("%a %{b} %a %%").get_identifiers(), string.Template("$a ${b} $").get_identifiers()))
t("is_valid", lambda: (string.Template("$a").is_valid(), string.Template("$").is_valid(), string.Template("$1").is_valid()))
t("substitute non-str values", lambda: string.Template("$a-$b").substitute(a=1, b=[2]))
t("mapping and kw", lambda: string.Template("$a$b").substitute({"a": 1, "b": 2}, b=3))
t("too many positional", lambda: string.Template("$a").substitute({}, {}))
t("safe keeps invalid", lambda: string.Template("$a $ $1 ${b").safe_substitute(a="A"))
t("unicode identifiers", lambda: string.Template("$café").safe_substitute({"café": 1}))
t("pattern is compiled", lambda: isinstance(string.Template.pattern, re.Pattern))


class Vars(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs.get(key, "<%s?>" % key)

    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - set(used_args)
        if unused:
            raise ValueError("unused: %s" % sorted(unused))

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)


t("formatter hooks", lambda: Vars().format("{a} {b!u} {0}", "zero", a=1))
t("formatter unused", lambda: Vars().format("{a}", a=1, b=2))
t("formatter nested spec", lambda: string.Formatter().format("{0:{1}{2}}", 3.14159, ".", "2f"))
t("formatter attr/index", lambda: string.Formatter().format("{0.real} {1[k]} {2[0]}", 4, {"k": "v"}, [9]))
t("formatter auto numbering", lambda: string.Formatter().format("{} {} {}", 1, 2, 3))
t("formatter mixed numbering", lambda: string.Formatter().format("{} {0}", 1))
t("formatter recursion", lambda: string.Formatter().format("{0:{1:{2}}}", 1, 2, 3))
