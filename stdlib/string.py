"""String constants, capwords and Template (CPython's `string`, in the subset)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

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


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        # Walks the template the way CPython's pattern does: $$ escapes,
        # $identifier and ${identifier} are placeholders (ASCII identifiers,
        # case-insensitive), anything else after $ is invalid.
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
