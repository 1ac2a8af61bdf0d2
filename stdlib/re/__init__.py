"""Regular expressions (CPython's `re`, in the subset).

Patterns are parsed by `re._parser`, compiled once into a program for the
backtracking matcher in `re._engine`, and cached.  Only str patterns are
supported (bytes patterns raise NotImplementedError).
"""

from ._constants import error, TEMPLATE, IGNORECASE, LOCALE, MULTILINE, DOTALL
from ._constants import UNICODE, VERBOSE, DEBUG, ASCII
from . import _parser
from . import _engine

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall",
           "finditer", "compile", "purge", "escape", "error", "Pattern",
           "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE",
           "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG",
           "RegexFlag"]

_FLAG_NAMES = [(TEMPLATE, "TEMPLATE"), (IGNORECASE, "IGNORECASE"), (LOCALE, "LOCALE"),
               (MULTILINE, "MULTILINE"), (DOTALL, "DOTALL"), (UNICODE, "UNICODE"),
               (VERBOSE, "VERBOSE"), (DEBUG, "DEBUG"), (ASCII, "ASCII")]


def _flags_text(value):
    names = []
    rest = value
    for bit, name in _FLAG_NAMES:
        if value & bit:
            names.append("re." + name)
            rest &= ~bit
    if rest:
        names.append(hex(rest))
    if not names:
        return "re.NOFLAG"
    return "|".join(names)


class RegexFlag(int):
    """An re flag value; prints as its name (re.IGNORECASE)."""

    def __repr__(self):
        return _flags_text(int(self))

    __str__ = __repr__

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(ASCII)
I = IGNORECASE = RegexFlag(IGNORECASE)
L = LOCALE = RegexFlag(LOCALE)
M = MULTILINE = RegexFlag(MULTILINE)
S = DOTALL = RegexFlag(DOTALL)
U = UNICODE = RegexFlag(UNICODE)
X = VERBOSE = RegexFlag(VERBOSE)
T = TEMPLATE = RegexFlag(TEMPLATE)
DEBUG = RegexFlag(DEBUG)

_cache = {}
_MAXCACHE = 512


def _check_subject(string):
    if isinstance(string, str):
        return
    if isinstance(string, (bytes, bytearray)):
        raise TypeError("cannot use a string pattern on a bytes-like object")
    raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)


def _slice_bounds(n, pos, endpos):
    if pos < 0:
        pos = 0
    if pos > n:
        pos = n
    if endpos is None or endpos > n:
        endpos = n
    if endpos < pos:
        endpos = pos
    return pos, endpos


class Pattern:
    """A compiled regular expression."""
    __piepie_tp_name__ = "re.Pattern"

    def __init__(self, pattern, flags):
        tree, flags, ngroups, groupindex = _parser.parse(pattern, flags)
        if not flags & ASCII:
            flags |= UNICODE
        self.pattern = pattern
        self.flags = int(flags)
        self.groups = ngroups - 1
        self._groupindex = groupindex
        compiler = _engine.Compiler(ngroups)
        self._prog = compiler.compile(tree)
        self._nregs = compiler.nregs
        self._lastslot = 2 * ngroups
        # Every match starts with _prefix, or with a character of
        # _first_hits (ASCII) or a non-ASCII one if _first_non_ascii, and
        # contains _required (and _anchor's character at its offset): a
        # search skips positions that cannot match.
        self._prefix, self._first_hits, self._first_non_ascii = _engine.first_info(self._prog)
        self._required = _engine.required_char(tree)
        self._anchor = _engine.anchor_literal(self._prog)
        start = 0
        while self._prog[start][0] == _engine.SAVE:
            start += 1
        first = self._prog[start]
        # A pattern starting with \A (or ^ without MULTILINE) can only
        # match where the search starts.
        self._anchored = first[0] == _engine.AT and (
            first[1] == _parser.AT_BEGIN or (first[1] == _parser.AT_BOL and not first[2]))
        # A pattern starting with an unbounded greedy repeat (\w+...) that
        # fails at some start fails at every later start inside the run the
        # repeat consumed (it would only try a subset of the same ends, with
        # the same registers but for group starts, when nothing reads a
        # group's text): a search resumes after the run.
        self._lead = None
        if (first[0] == _engine.REPEAT and first[4] >= 1 and first[5] is None
                and not _engine.has_backref(self._prog)):
            self._lead = first

    @property
    def groupindex(self):
        return dict(self._groupindex)

    def __repr__(self):
        shown = self.flags & ~UNICODE
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if shown:
            return "re.compile(%s, %s)" % (text, _flags_text(shown))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    # -- matching ---------------------------------------------------------

    def _match_at(self, string, start, end, full, must_advance):
        regs = [-1] * self._nregs
        regs[self._lastslot] = None
        result = _engine.run(self._prog, string, start, end, regs, full, must_advance)
        if result is None:
            return None
        regs[0] = start
        regs[1] = result[0]
        return regs

    def _search_regs(self, string, pos, endpos, must_advance):
        """The registers of the first match at or after pos, or None."""
        required = self._required
        if required is not None and string.find(required, pos, endpos) < 0:
            return None
        if self._anchored:
            return self._match_at(string, pos, endpos, False, must_advance)
        prog = self._prog
        nregs = self._nregs
        lastslot = self._lastslot
        prefix = self._prefix
        hits = self._first_hits
        non_ascii = self._first_non_ascii
        lead = self._lead
        anchor = self._anchor
        start = pos
        while start <= endpos:
            if prefix is not None:
                start = string.find(prefix, start, endpos)
                if start < 0:
                    return None
            elif anchor is not None:
                found = string.find(anchor[1], start + anchor[0], endpos)
                if found < 0:
                    return None
                start = found - anchor[0]
            elif hits is not None:
                while start < endpos:
                    c = string[start]
                    if c in hits or (non_ascii and c >= "\x80"):
                        break
                    start += 1
                if start >= endpos:
                    return None
            regs = [-1] * nregs
            regs[lastslot] = None
            result = _engine.run(prog, string, start, endpos, regs, False,
                                 must_advance and start == pos)
            if result is not None:
                regs[0] = start
                regs[1] = result[0]
                return regs
            if lead is not None:
                start = _engine.scan(lead, string, start, endpos)
            start += 1
        return None

    def _search(self, string, pos, endpos, must_advance=False):
        regs = self._search_regs(string, pos, endpos, must_advance)
        if regs is None:
            return None
        return Match(self, string, pos, endpos, regs)

    def match(self, string, pos=0, endpos=None):
        """Match at the start of string (or at pos)."""
        _check_subject(string)
        pos, endpos = _slice_bounds(len(string), pos, endpos)
        regs = self._match_at(string, pos, endpos, False, False)
        if regs is None:
            return None
        return Match(self, string, pos, endpos, regs)

    def fullmatch(self, string, pos=0, endpos=None):
        """Match the whole string (or string[pos:endpos])."""
        _check_subject(string)
        pos, endpos = _slice_bounds(len(string), pos, endpos)
        regs = self._match_at(string, pos, endpos, True, False)
        if regs is None:
            return None
        return Match(self, string, pos, endpos, regs)

    def search(self, string, pos=0, endpos=None):
        """First match anywhere in string."""
        _check_subject(string)
        pos, endpos = _slice_bounds(len(string), pos, endpos)
        return self._search(string, pos, endpos)

    def _iter_regs(self, string, pos, endpos):
        """The registers of each non-overlapping match in string[pos:endpos]."""
        must_advance = False
        while pos <= endpos:
            regs = self._search_regs(string, pos, endpos, must_advance)
            if regs is None:
                return
            yield regs
            must_advance = regs[0] == regs[1]
            pos = regs[1]

    def _iter(self, string, pos, endpos):
        _check_subject(string)
        pos, endpos = _slice_bounds(len(string), pos, endpos)
        for regs in self._iter_regs(string, pos, endpos):
            yield Match(self, string, pos, endpos, regs)

    def finditer(self, string, pos=0, endpos=None):
        """Iterator over all non-overlapping matches."""
        return self._iter(string, pos, endpos)

    def findall(self, string, pos=0, endpos=None):
        """List of all non-overlapping matches (or their groups)."""
        _check_subject(string)
        pos, endpos = _slice_bounds(len(string), pos, endpos)
        result = []
        groups = self.groups
        at = pos
        must_advance = False
        while at <= endpos:
            regs = self._search_regs(string, at, endpos, must_advance)
            if regs is None:
                break
            if groups == 0:
                result.append(string[regs[0]:regs[1]])
            elif groups == 1:
                start = regs[2]
                end = regs[3]
                result.append(string[start:end] if start >= 0 and end >= 0 else "")
            else:
                result.append(tuple(_group_values(string, regs, groups, "")))
            must_advance = regs[0] == regs[1]
            at = regs[1]
        return result

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of the pattern."""
        _check_subject(string)
        result = []
        last = 0
        count = 0
        groups = self.groups
        at = 0
        endpos = len(string)
        must_advance = False
        while maxsplit >= 0 and at <= endpos:
            if maxsplit > 0 and count >= maxsplit:
                break
            regs = self._search_regs(string, at, endpos, must_advance)
            if regs is None:
                break
            result.append(string[last:regs[0]])
            if groups:
                result.extend(_group_values(string, regs, groups, None))
            last = regs[1]
            count += 1
            must_advance = regs[0] == regs[1]
            at = regs[1]
        result.append(string[last:])
        return result

    def subn(self, repl, string, count=0):
        """(new string, number of substitutions)."""
        _check_subject(string)
        literal = None
        expand = None
        if callable(repl):
            expand = repl
        elif isinstance(repl, str):
            if "\\" not in repl:
                literal = repl
            else:
                template = _parse_template(repl, self)

                def expand(m):
                    return _expand_template(template, m)
        else:
            raise TypeError("decoding to str: need a bytes-like object, %s found"
                            % type(repl).__name__)
        parts = []
        last = 0
        n = 0
        at = 0
        endpos = len(string)
        must_advance = False
        while count >= 0 and at <= endpos:
            if count > 0 and n >= count:
                break
            regs = self._search_regs(string, at, endpos, must_advance)
            if regs is None:
                break
            # As CPython: empty slices are left out, a None replacement is
            # dropped, and a non-str one fails in the final join (so its
            # error names its index in parts).
            if regs[0] > last:
                parts.append(string[last:regs[0]])
            if literal is not None:
                parts.append(literal)
            else:
                piece = expand(Match(self, string, 0, endpos, regs))
                if piece is not None:
                    parts.append(piece)
            last = regs[1]
            n += 1
            must_advance = regs[0] == regs[1]
            at = regs[1]
        if last < endpos:
            parts.append(string[last:])
        return "".join(parts), n

    def sub(self, repl, string, count=0):
        """string with matches replaced by repl (a template or a function)."""
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError("re.Pattern.scanner() is not supported by piepie")


def _group_values(string, regs, groups, default):
    """The text of groups 1..groups of a match (default for one that did
    not take part)."""
    values = []
    for gid in range(1, groups + 1):
        start = regs[2 * gid]
        end = regs[2 * gid + 1]
        values.append(string[start:end] if start >= 0 and end >= 0 else default)
    return values


class Match:
    """The result of a successful match."""
    __piepie_tp_name__ = "re.Match"

    def __init__(self, pattern, string, pos, endpos, regs):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._regs = regs

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group <= self.re.groups:
                return int(group)
        elif isinstance(group, str):
            gid = self.re._groupindex.get(group)
            if gid is not None:
                return gid
        raise IndexError("no such group")

    def _get(self, gid, default=None):
        start = self._regs[2 * gid]
        end = self._regs[2 * gid + 1]
        if start < 0 or end < 0:
            return default
        return self.string[start:end]

    def group(self, *groups):
        """One or more subgroups of the match."""
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple([self._get(self._index(g)) for g in groups])

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        """Tuple of all subgroups (default for those that did not match)."""
        return tuple([self._get(g, default) for g in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        """Dict of the named subgroups."""
        result = {}
        for name, gid in self.re._groupindex.items():
            result[name] = self._get(gid, default)
        return result

    def start(self, group=0):
        gid = self._index(group)
        if self._regs[2 * gid + 1] < 0:
            return -1
        return self._regs[2 * gid]

    def end(self, group=0):
        gid = self._index(group)
        if self._regs[2 * gid] < 0:
            return -1
        return self._regs[2 * gid + 1]

    def span(self, group=0):
        return self.start(group), self.end(group)

    @property
    def regs(self):
        return tuple([self.span(g) for g in range(self.re.groups + 1)])

    @property
    def lastindex(self):
        return self._regs[self.re._lastslot]

    @property
    def lastgroup(self):
        last = self.lastindex
        if last is None:
            return None
        for name, gid in self.re._groupindex.items():
            if gid == last:
                return name
        return None

    def expand(self, template):
        """Return template with group references replaced."""
        return _expand_template(_parse_template(template, self.re), self)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (
            self._regs[0], self._regs[1], self.group(0))

    def __bool__(self):
        return True


# -- replacement templates ------------------------------------------------------

_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
                     "t": "\t", "v": "\v", "\\": "\\"}
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _parse_template(template, pattern):
    """List of str pieces and int group numbers."""
    if not isinstance(template, str):
        raise TypeError("expected str instance, %s found" % type(template).__name__)
    pieces = []
    literal = []
    i = 0
    n = len(template)
    ngroups = pattern.groups
    while i < n:
        c = template[i]
        if c != "\\":
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", template, i)
        c = template[i + 1]
        start = i
        i += 2
        gid = None
        if c == "g":
            if i >= n or template[i] != "<":
                raise error("missing <", template, i)
            close = template.find(">", i + 1)
            if close < 0:
                if i + 1 >= n:
                    raise error("missing group name", template, i + 1)
                raise error("missing >, unterminated name", template, i + 1)
            name = template[i + 1:close]
            if not name:
                raise error("missing group name", template, i + 1)
            if name.isdigit():
                gid = int(name)
                if gid > ngroups:
                    raise error("invalid group reference %d" % gid, template, i + 1)
            elif name.isidentifier():
                if name not in pattern._groupindex:
                    raise IndexError("unknown group name %r" % name)
                gid = pattern._groupindex[name]
            else:
                raise error("bad character in group name %r" % name, template, i + 1)
            i = close + 1
        elif c == "0":
            digits = "0"
            while len(digits) < 3 and i < n and template[i] in "01234567":
                digits += template[i]
                i += 1
            literal.append(chr(int(digits, 8)))
            continue
        elif c in "0123456789":
            if (c in "01234567" and i + 1 < n and template[i] in "01234567"
                    and template[i + 1] in "01234567"):
                value = int(template[i - 1:i + 2], 8)
                if value > 0o377:
                    raise error("octal escape value \\%s outside of range 0-0o377"
                                % template[i - 1:i + 2], template, start)
                literal.append(chr(value))
                i += 2
                continue
            digits = c
            if i < n and template[i] in "0123456789":
                digits += template[i]
                i += 1
            gid = int(digits)
            if gid > ngroups:
                raise error("invalid group reference %d" % gid, template, start + 1)
        elif c in _TEMPLATE_ESCAPES:
            literal.append(_TEMPLATE_ESCAPES[c])
            continue
        elif c in _ASCII_LETTERS:
            raise error("bad escape \\%s" % c, template, start)
        else:
            literal.append("\\" + c)
            continue
        if literal:
            pieces.append("".join(literal))
            literal = []
        pieces.append(gid)
    if literal:
        pieces.append("".join(literal))
    return pieces


def _expand_template(pieces, m):
    out = []
    for piece in pieces:
        if isinstance(piece, int):
            value = m._get(piece)
            if value is not None:
                out.append(value)
        else:
            out.append(piece)
    return "".join(out)


# -- module-level functions ------------------------------------------------------

def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    elif not isinstance(flags, int):
        raise TypeError("unsupported operand type(s) for &: '%s' and 'RegexFlag'"
                        % type(flags).__name__)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if isinstance(pattern, (bytes, bytearray)):
        raise NotImplementedError("re: bytes patterns are not supported by piepie")
    if not isinstance(pattern, str):
        raise TypeError("first argument must be string or compiled pattern")
    key = (pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Match pattern at the start of string; a Match or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Match pattern against all of string; a Match or None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """First match of pattern anywhere in string; a Match or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """string with the matches of pattern replaced by repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """(new string, number of substitutions made)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split string by the occurrences of pattern."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """List of all non-overlapping matches in string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Iterator of Match objects over all non-overlapping matches."""
    return _compile(pattern, flags).finditer(string)


def purge():
    """Clear the regular expression cache."""
    _cache.clear()


_SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return "".join(["\\" + c if c in _SPECIAL else c for c in pattern])
    raise NotImplementedError("re.escape() of bytes is not supported by piepie")
