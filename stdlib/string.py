"""String constants, capwords, Template and Formatter (CPython's `string`, in the subset)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template", "Formatter"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split the argument into words using split, capitalize each word using
    capitalize, and join the capitalized words using join."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_id_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_id_char(c):
    return _is_id_start(c) or ('0' <= c <= '9')


class _LazyClassAttr:
    """A Template class attribute computed (with `re`, imported only then)
    when first read: `Template.pattern` and `Template.flags`."""

    def __init__(self, make):
        self._make = make

    def __get__(self, obj, cls=None):
        if cls is None:
            cls = type(obj)
        return self._make(cls)


def _template_flags(cls):
    import re
    return re.IGNORECASE


_compiled_patterns = {}


def _template_regex(cls):
    """The compiled placeholder pattern of Template subclass `cls`: its own
    `pattern` (a string is compiled with VERBOSE and cls.flags), or one
    built from delimiter, idpattern and braceidpattern, as CPython's
    __init_subclass__ builds it."""
    compiled = _compiled_patterns.get(cls)
    if compiled is not None:
        return compiled
    import re
    pat = None
    for klass in cls.__mro__:
        if "pattern" in klass.__dict__:
            pat = klass.__dict__["pattern"]
            break
    flags = cls.flags
    if isinstance(pat, _LazyClassAttr):
        delim = re.escape(cls.delimiter)
        ident = cls.idpattern
        bident = cls.braceidpattern or ident
        pat = (r"""
        %s(?:
          (?P<escaped>%s)  |
          (?P<named>%s)      |
          {(?P<braced>%s)} |
          (?P<invalid>)
        )
        """ % (delim, delim, ident, bident))
    if isinstance(pat, str):
        compiled = re.compile(pat, flags | re.VERBOSE)
    else:
        compiled = pat
    _compiled_patterns[cls] = compiled
    return compiled


_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = _LazyClassAttr(_template_flags)
    pattern = _LazyClassAttr(_template_regex)

    def __init__(self, template):
        self.template = template

    def _uses_scanner(self):
        # The hand-written scanner below is the default pattern (any
        # delimiter); customized patterns go through `re`.
        cls = type(self)
        if cls is Template:
            return True
        for name in ("pattern", "idpattern", "braceidpattern", "flags"):
            for klass in cls.__mro__:
                if klass is Template:
                    break
                if name in klass.__dict__:
                    return False
        return True

    def _scan(self, mapping, safe):
        # Walks the template the way CPython's pattern does: $$ escapes,
        # $identifier and ${identifier} are placeholders (ASCII identifiers,
        # case-insensitive), anything else after $ is invalid.
        if not self._uses_scanner():
            return self._regex_scan(mapping, safe)
        t = self.template
        delim = self.delimiter
        out = []
        i = 0
        n = len(t)
        while i < n:
            j = t.find(delim, i)
            if j < 0:
                out.append(t[i:])
                break
            out.append(t[i:j])
            k = j + len(delim)
            if t.startswith(delim, k):
                out.append(delim)
                i = k + len(delim)
                continue
            if k < n and _is_id_start(t[k]):
                e = k + 1
                while e < n and _is_id_char(t[e]):
                    e += 1
                name = t[k:e]
                if safe:
                    try:
                        out.append(str(mapping[name]))
                    except KeyError:
                        out.append(t[j:e])
                else:
                    out.append(str(mapping[name]))
                i = e
                continue
            if k < n and t[k] == '{' and k + 1 < n and _is_id_start(t[k + 1]):
                e = k + 2
                while e < n and _is_id_char(t[e]):
                    e += 1
                if e < n and t[e] == '}':
                    name = t[k + 1:e]
                    if safe:
                        try:
                            out.append(str(mapping[name]))
                        except KeyError:
                            out.append(t[j:e + 1])
                    else:
                        out.append(str(mapping[name]))
                    i = e + 1
                    continue
            if safe:
                out.append(delim)
                i = k
                continue
            self._invalid(k)
        return ''.join(out)

    def _regex_scan(self, mapping, safe):
        pattern = _template_regex(type(self))

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                if safe:
                    try:
                        return str(mapping[named])
                    except KeyError:
                        return mo.group()
                return str(mapping[named])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                if safe:
                    return mo.group()
                self._invalid(mo.start('invalid'))
            raise ValueError('Unrecognized named group in pattern', pattern)
        return pattern.sub(convert, self.template)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        return self._scan(mapping, False)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        return self._scan(mapping, True)

    def is_valid(self):
        try:
            self._scan(_AnyLookup(), False)
        except ValueError:
            return False
        return True

    def get_identifiers(self):
        ids = []
        self._scan(_CollectLookup(ids), True)
        return ids


class _ChainLookup:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class _AnyLookup:
    def __getitem__(self, key):
        return ''


class _CollectLookup:
    def __init__(self, ids):
        self.ids = ids

    def __getitem__(self, key):
        if key not in self.ids:
            self.ids.append(key)
        return ''


def _parse_format(s):
    """Split a format string as str.format reads it: yield (literal_text,
    field_name, format_spec, conversion) tuples, None for the missing parts.
    Errors surface when the scan reaches them, as in CPython."""
    n = len(s)
    i = 0
    while i < n:
        start = i
        c = ""
        markup = False
        while i < n:
            c = s[i]
            i += 1
            if c == "{" or c == "}":
                markup = True
                break
        at_end = i >= n
        length = i - start
        if c == "}" and markup and (at_end or s[i] != "}"):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == "{" and markup:
            raise ValueError("Single '{' encountered in format string")
        if not at_end and markup:
            if s[i] == c:
                i += 1
                markup = False
            else:
                length -= 1
        literal = s[start:start + length]
        if not markup:
            yield literal, None, None, None
            continue
        # A replacement field: the name ends at '}', ':' or '!' (brackets
        # hide them); then an optional conversion and a nested-brace spec.
        name_start = i
        c = ""
        while i < n:
            c = s[i]
            i += 1
            if c == "{":
                raise ValueError("unexpected '{' in field name")
            if c == "[":
                while i < n and s[i] != "]":
                    i += 1
                c = ""
                continue
            if c == "}" or c == ":" or c == "!":
                break
            c = ""
        if c == "":
            raise ValueError("expected '}' before end of string")
        name = s[name_start:i - 1]
        conversion = None
        if c == "}":
            yield literal, name, "", None
            continue
        if c == "!":
            if i >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = s[i]
            i += 1
            if i < n:
                c = s[i]
                i += 1
                if c == "}":
                    yield literal, name, "", conversion
                    continue
                if c != ":":
                    raise ValueError("expected ':' after conversion specifier")
        spec_start = i
        count = 1
        while i < n:
            c = s[i]
            i += 1
            if c == "{":
                count += 1
            elif c == "}":
                count -= 1
                if count == 0:
                    break
        if count:
            raise ValueError("unmatched '{' in format spec")
        yield literal, name, s[spec_start:i - 1], conversion


def _field_rest(name, k):
    """The (is_attribute, key) steps after the first part of a field name,
    parsed lazily so a bad step only fails once the lookup reaches it."""
    while k < len(name):
        if name[k] == ".":
            j = k + 1
            while j < len(name) and name[j] not in ".[":
                j += 1
            attr = name[k + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            yield True, attr
            k = j
        elif name[k] == "[":
            j = name.find("]", k)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[k + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            yield False, (int(key) if key.isdigit() else key)
            k = j + 1
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


def _field_name_split(name):
    """'a.b[0]' -> ('a', iterator of (True, 'b'), (False, 0)); digits become ints."""
    k = 0
    while k < len(name) and name[k] not in ".[":
        k += 1
    first = name[:k]
    if first.isdigit():
        first = int(first)
    return first, _field_rest(name, k)


class Formatter:
    """str.format's machinery with overridable steps (CPython's string.Formatter)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification to "
                                     "automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification to "
                                     "automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
