"""Regular expression parser for `re`: pattern text -> syntax tree.

The tree is made of tuples whose first item is a node kind (the constants
below).  Error messages and positions are CPython 3.11's.
"""

from ._constants import error, IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, UNICODE, LOCALE

LIT = "lit"          # (LIT, char, icase)
ANY = "any"          # (ANY, dotall)
SET = "set"          # (SET, items, negated, icase, ascii)
CAT = "cat"          # (CAT, [nodes])
ALT = "alt"          # (ALT, [nodes])
GROUP = "group"      # (GROUP, index or None, node)
REP = "rep"          # (REP, node, min, max or None, greedy)
AT = "at"            # (AT, kind, multiline, ascii): kinds below
BACKREF = "backref"  # (BACKREF, group, icase)
LOOK = "look"        # (LOOK, node, behind, negate)
COND = "cond"        # (COND, group, yes, no)
ATOMIC = "atomic"    # (ATOMIC, node): (?>...) and possessive repeats

AT_BOL = "bol"
AT_EOL = "eol"
AT_BEGIN = "begin"
AT_END = "end"
AT_WORDB = "wordb"
AT_NWORDB = "nwordb"

_FLAG_CHARS = {"i": IGNORECASE, "m": MULTILINE, "s": DOTALL, "x": VERBOSE,
               "a": ASCII, "u": UNICODE, "L": LOCALE}
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v",
                   "a": "\a", "\\": "\\"}
_CLASS_ESCAPES = "dDwWsS"
_DIGITS = "0123456789"
_OCTDIGITS = "01234567"
_HEXDIGITS = "0123456789abcdefABCDEF"
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_REPEAT_CHARS = "*+?{"
MAXREPEAT = 4294967295
MAXGROUPS = 1073741823


class Parser:
    """One parse of one pattern."""

    def __init__(self, pattern, flags):
        self.p = pattern
        self.n = len(pattern)
        self.i = 0
        self.flags = flags
        self.groups = 1
        self.groupdict = {}
        self.open_groups = []
        self.lookbehind_groups = None

    def error(self, msg, pos=None):
        if pos is None:
            pos = self.i
        return error(msg, self.p, pos)

    def peek(self):
        return self.p[self.i] if self.i < self.n else None

    def skip_verbose(self, verbose):
        if not verbose:
            return
        while self.i < self.n:
            c = self.p[self.i]
            if c in " \t\n\r\v\f":
                self.i += 1
            elif c == "#":
                while self.i < self.n and self.p[self.i] != "\n":
                    self.i += 1
            else:
                break

    def parse(self):
        node = self.alternation(self.flags, 0)
        if self.i < self.n:
            if self.p[self.i] == ")":
                raise self.error("unbalanced parenthesis")
            raise self.error("internal error")
        return node

    def alternation(self, flags, nested):
        branches = [self.sequence(flags, nested)]
        while self.i < self.n and self.p[self.i] == "|":
            self.i += 1
            branches.append(self.sequence(flags, nested))
        if len(branches) == 1:
            return branches[0]
        return (ALT, branches)

    def sequence(self, flags, nested):
        items = []
        verbose = flags & VERBOSE
        while True:
            self.skip_verbose(verbose)
            if self.i >= self.n:
                break
            c = self.p[self.i]
            if c == "|" or c == ")":
                break
            start = self.i
            atom = self.atom(flags, nested, start == 0 and nested == 0)
            if atom is None:
                flags = self.flags
                verbose = flags & VERBOSE
                continue
            self.skip_verbose(verbose)
            atom = self.repeats(atom, start, verbose)
            items.append(atom)
        if len(items) == 1:
            return items[0]
        return (CAT, items)

    def repeats(self, atom, start, verbose):
        c = self.peek()
        if c is None or c not in _REPEAT_CHARS:
            return atom
        here = self.i
        if c == "*":
            lo, hi = 0, None
            self.i += 1
        elif c == "+":
            lo, hi = 1, None
            self.i += 1
        elif c == "?":
            lo, hi = 0, 1
            self.i += 1
        else:
            r = self.brace_repeat()
            if r is None:
                return atom
            lo, hi = r
        if atom[0] == AT:
            raise self.error("nothing to repeat", here)
        greedy = True
        possessive = False
        if self.peek() == "?":
            self.i += 1
            greedy = False
        elif self.peek() == "+":
            self.i += 1
            possessive = True
        node = (REP, atom, lo, hi, greedy)
        if possessive:
            node = (ATOMIC, node)
        self.skip_verbose(verbose)
        c = self.peek()
        if c is not None and c in "*+?":
            raise self.error("multiple repeat", self.i)
        if c == "{":
            save = self.i
            if self.brace_repeat() is not None:
                raise self.error("multiple repeat", save)
            self.i = save
        return node

    def brace_repeat(self):
        """Parse {m,n} at self.i; None (and no move) if it is a literal '{'."""
        p = self.p
        j = self.i + 1
        lo_start = j
        while j < self.n and p[j] in _DIGITS:
            j += 1
        lo_text = p[lo_start:j]
        hi_text = lo_text
        if j < self.n and p[j] == ",":
            j += 1
            hi_start = j
            while j < self.n and p[j] in _DIGITS:
                j += 1
            hi_text = p[hi_start:j]
        if j >= self.n or p[j] != "}":
            return None
        if not lo_text and not hi_text and "," not in p[self.i:j]:
            return None
        here = self.i
        self.i = j + 1
        lo = int(lo_text) if lo_text else 0
        hi = int(hi_text) if hi_text else None
        if lo >= MAXREPEAT or (hi is not None and hi >= MAXREPEAT):
            raise OverflowError("the repetition number is too large")
        if hi is not None and hi < lo:
            raise self.error("min repeat greater than max repeat", here + 1)
        return lo, hi

    def atom(self, flags, nested, at_start):
        p = self.p
        c = p[self.i]
        icase = bool(flags & IGNORECASE)
        if c in "*+?":
            raise self.error("nothing to repeat")
        if c == "{":
            save = self.i
            if self.brace_repeat() is not None:
                raise self.error("nothing to repeat", save)
            self.i = save + 1
            return (LIT, "{", icase)
        self.i += 1
        if c == ".":
            return (ANY, bool(flags & DOTALL))
        if c == "^":
            return (AT, AT_BOL, bool(flags & MULTILINE), False)
        if c == "$":
            return (AT, AT_EOL, bool(flags & MULTILINE), False)
        if c == "[":
            return self.charset(flags)
        if c == "\\":
            return self.escape(flags)
        if c == "(":
            return self.group(flags, nested, at_start)
        return (LIT, c, icase)

    def escape(self, flags):
        p = self.p
        start = self.i - 1
        if self.i >= self.n:
            raise self.error("bad escape (end of pattern)", start)
        c = p[self.i]
        self.i += 1
        icase = bool(flags & IGNORECASE)
        ascii = bool(flags & ASCII)
        if c in _CLASS_ESCAPES:
            return (SET, [("class", c)], False, icase, ascii)
        if c == "A":
            return (AT, AT_BEGIN, False, ascii)
        if c == "Z":
            return (AT, AT_END, False, ascii)
        if c == "b":
            return (AT, AT_WORDB, False, ascii)
        if c == "B":
            return (AT, AT_NWORDB, False, ascii)
        if c in _DIGITS:
            if c == "0" or (self.i + 1 < self.n and p[self.i] in _OCTDIGITS
                            and p[self.i + 1] in _OCTDIGITS and c in _OCTDIGITS):
                return (LIT, self.octal(c, start), icase)
            j = self.i
            if j < self.n and p[j] in _DIGITS:
                j += 1
            num = int(p[self.i - 1:j])
            self.i = j
            if num >= self.groups:
                raise self.error("invalid group reference %d" % num, start + 1)
            if num in self.open_groups:
                raise self.error("cannot refer to an open group", start)
            return (BACKREF, num, icase)
        ch = self.char_escape(c, start)
        return (LIT, ch, icase)

    def octal(self, first, start):
        p = self.p
        text = first
        while len(text) < 3 and self.i < self.n and p[self.i] in _OCTDIGITS:
            text += p[self.i]
            self.i += 1
        value = int(text, 8)
        if value > 0o377:
            raise self.error("octal escape value \\%s outside of range 0-0o377" % text, start)
        return chr(value)

    def char_escape(self, c, start):
        """Character of a simple escape (outside or inside a class)."""
        p = self.p
        if c in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[c]
        if c == "x" or c == "u" or c == "U":
            width = {"x": 2, "u": 4, "U": 8}[c]
            text = p[self.i:self.i + width]
            if len(text) != width or any(ch not in _HEXDIGITS for ch in text):
                raise self.error("incomplete escape \\%s%s" % (c, text), start)
            self.i += width
            value = int(text, 16)
            if value > 0x10FFFF:
                raise self.error("bad escape \\%s%s" % (c, text), start)
            return chr(value)
        if c == "N":
            raise NotImplementedError("re: \\N{...} escapes are not supported by piepie")
        if c in _ASCII_LETTERS:
            raise self.error("bad escape \\%s" % c, start)
        return c

    def charset(self, flags):
        p = self.p
        start = self.i - 1
        icase = bool(flags & IGNORECASE)
        ascii = bool(flags & ASCII)
        negated = False
        if self.peek() == "^":
            negated = True
            self.i += 1
        items = []
        first = True
        while True:
            if self.i >= self.n:
                raise self.error("unterminated character set", start)
            c = p[self.i]
            if c == "]" and not first:
                self.i += 1
                break
            first = False
            item_start = self.i
            lo = self.class_char()
            if isinstance(lo, tuple):
                if self.i + 1 < self.n and p[self.i] == "-" and p[self.i + 1] != "]":
                    self.i += 1
                    self.class_char()
                    raise self.error("bad character range %s" % p[item_start:self.i],
                                     item_start)
                items.append(lo)
                continue
            if self.i + 1 < self.n and p[self.i] == "-" and p[self.i + 1] != "]":
                self.i += 1
                hi = self.class_char()
                if isinstance(hi, tuple) or hi < lo:
                    raise self.error("bad character range %s" % p[item_start:self.i],
                                     item_start)
                items.append(("range", lo, hi))
            else:
                items.append(("ch", lo))
        return (SET, items, negated, icase, ascii)

    def class_char(self):
        """One class member at self.i: a char, or ('class', c) for \\d etc."""
        p = self.p
        c = p[self.i]
        self.i += 1
        if c != "\\":
            return c
        start = self.i - 1
        if self.i >= self.n:
            raise self.error("unterminated character set", start)
        c = p[self.i]
        self.i += 1
        if c in _CLASS_ESCAPES:
            return ("class", c)
        if c == "b":
            return "\b"
        if c in _OCTDIGITS:
            return self.octal(c, start)
        if c in _DIGITS:
            raise self.error("bad escape \\%s" % c, start)
        return self.char_escape(c, start)

    def group_name(self, terminator, start):
        p = self.p
        j = p.find(terminator, self.i)
        if j < 0:
            if terminator == ">":
                raise self.error("missing >, unterminated name", self.i)
            raise self.error("missing ), unterminated name", self.i)
        name = p[self.i:j]
        if not name:
            raise self.error("missing group name", self.i)
        if not name.isidentifier():
            raise self.error("bad character in group name %r" % name, self.i)
        self.i = j + 1
        return name

    def open_group(self, name, name_pos):
        gid = self.groups
        self.groups += 1
        if gid > MAXGROUPS:
            raise self.error("too many groups")
        if name is not None:
            if name in self.groupdict:
                raise self.error("redefinition of group name %r as group %d; was group %d"
                                 % (name, gid, self.groupdict[name]), name_pos)
            self.groupdict[name] = gid
        self.open_groups.append(gid)
        return gid

    def close_group(self, start):
        if self.i >= self.n or self.p[self.i] != ")":
            raise self.error("missing ), unterminated subpattern", start)
        self.i += 1

    def group(self, flags, nested, at_start):
        p = self.p
        start = self.i - 1
        if self.peek() != "?":
            gid = self.open_group(None, start)
            node = self.alternation(flags, nested + 1)
            self.close_group(start)
            self.open_groups.remove(gid)
            return (GROUP, gid, node)
        self.i += 1
        if self.i >= self.n:
            raise self.error("unexpected end of pattern")
        c = p[self.i]
        self.i += 1
        if c == ":":
            node = self.alternation(flags, nested + 1)
            self.close_group(start)
            return (GROUP, None, node)
        if c == "P":
            if self.i >= self.n:
                raise self.error("unexpected end of pattern")
            c = p[self.i]
            self.i += 1
            if c == "<":
                name_pos = self.i
                name = self.group_name(">", start)
                gid = self.open_group(name, name_pos)
                node = self.alternation(flags, nested + 1)
                self.close_group(start)
                self.open_groups.remove(gid)
                return (GROUP, gid, node)
            if c == "=":
                name_pos = self.i
                name = self.group_name(")", start)
                if name not in self.groupdict:
                    raise self.error("unknown group name %r" % name, name_pos)
                gid = self.groupdict[name]
                if gid in self.open_groups:
                    raise self.error("cannot refer to an open group", name_pos)
                return (BACKREF, gid, bool(flags & IGNORECASE))
            raise self.error("unknown extension ?P" + c, self.i - 2)
        if c == "#":
            j = p.find(")", self.i)
            if j < 0:
                raise self.error("missing ), unterminated comment", start)
            self.i = j + 1
            return None if at_start else (CAT, [])
        if c == "=" or c == "!":
            node = self.alternation(flags, nested + 1)
            self.close_group(start)
            return (LOOK, node, False, c == "!")
        if c == "<":
            if self.i >= self.n:
                raise self.error("unexpected end of pattern")
            d = p[self.i]
            if d == "=" or d == "!":
                self.i += 1
                node = self.alternation(flags, nested + 1)
                self.close_group(start)
                return (LOOK, node, True, d == "!")
            raise self.error("unknown extension ?<" + d, start + 1)
        if c == "(":
            cond_start = self.i
            j = p.find(")", self.i)
            if j < 0:
                raise self.error("missing ), unterminated name", self.i)
            ref = p[self.i:j]
            self.i = j + 1
            if ref.isdigit():
                gid = int(ref)
                if gid == 0:
                    raise self.error("bad group number", cond_start)
                if gid >= self.groups:
                    raise self.error("invalid group reference %d" % gid, cond_start)
            elif ref.isidentifier():
                if ref not in self.groupdict:
                    raise self.error("unknown group name %r" % ref, cond_start)
                gid = self.groupdict[ref]
            else:
                raise self.error("bad character in group name %r" % ref, cond_start)
            yes = self.sequence(flags, nested + 1)
            no = None
            if self.peek() == "|":
                self.i += 1
                no = self.sequence(flags, nested + 1)
                if self.peek() == "|":
                    raise self.error("conditional backref with more than two branches")
            self.close_group(start)
            return (COND, gid, yes, no)
        if c == ">":
            node = self.alternation(flags, nested + 1)
            self.close_group(start)
            return (ATOMIC, node)
        if c in _FLAG_CHARS or c == "-":
            self.i -= 1
            return self.flag_group(flags, nested, at_start, start)
        raise self.error("unknown extension ?" + c, start + 1)

    def flag_group(self, flags, nested, at_start, start):
        p = self.p
        add = 0
        remove = 0
        while self.i < self.n and p[self.i] in _FLAG_CHARS:
            add |= _FLAG_CHARS[p[self.i]]
            self.i += 1
        if self.i >= self.n:
            raise self.error("missing -, : or )")
        c = p[self.i]
        if c == ")":
            self.i += 1
            if not at_start:
                raise self.error("global flags not at the start of the expression", start)
            self.flags |= add
            return None
        if c == "-":
            self.i += 1
            while self.i < self.n and p[self.i] in _FLAG_CHARS:
                remove |= _FLAG_CHARS[p[self.i]]
                self.i += 1
            if self.i >= self.n:
                raise self.error("missing :")
            c = p[self.i]
            if c != ":":
                raise self.error("missing :")
        elif c != ":":
            if c.isalpha():
                raise self.error("unknown flag", self.i)
            raise self.error("missing -, : or )")
        self.i += 1
        node = self.alternation((flags | add) & ~remove, nested + 1)
        self.close_group(start)
        return (GROUP, None, node)


def parse(pattern, flags):
    """Parse pattern; return (tree, flags, groups, groupindex)."""
    parser = Parser(pattern, flags)
    tree = parser.parse()
    if parser.flags != flags:
        # Global inline flags: parse again so every node sees them.
        flags = parser.flags
        parser = Parser(pattern, flags)
        tree = parser.parse()
    return tree, parser.flags, parser.groups, parser.groupdict
