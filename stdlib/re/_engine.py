"""Regular expression compiler and matcher for `re`.

`compile_tree` turns the parser's syntax tree into a flat program of
instructions; `run` executes it with an explicit backtracking stack (no
Python recursion per character, so long subjects do not hit the recursion
limit).  The stack holds choice points `(pc, pos)` and, interleaved, undo
entries `(-1 - register, old value)` that backtracking replays, so a choice
point costs no copy of the registers.  Registers hold the capture positions (two per group), the last
closed group, and one entry per loop that may match the empty string (to
stop such loops the way CPython does).

A greedy repeat of a single-character matcher (`\d+`, `[^"]*`, `.{2,5}`)
is one REPEAT instruction: it scans as far as it can in a tight loop and
leaves a single stack entry `(pc + _REP, end, lowest end)` that gives back
one character per backtrack (straight to the previous occurrence of the
literal that must follow, when there is one) instead of a choice point per
character.  `first_info` and `required_char` let a search skip positions
where no match can start.
"""

from ._constants import error
from . import _parser as P

CHAR = 0
CHARI = 1
ANY = 2
ANYALL = 3
SET = 4
SPLIT = 5
JMP = 6
SAVE = 7
AT = 8
BACKREF = 9
LOOK = 10
MARK = 11
LOOPEND = 12
MATCH = 13
COND = 14
ATOMIC = 15
REPEAT = 16

# Stack entries with a first item >= _REP are REPEAT backtrack points.
_REP = 1 << 40

_ASCII_WORD = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
_ASCII_SPACE = " \t\n\r\f\v"
_MAX_EXPANSION = 100000


def _is_word(c, ascii):
    if ascii:
        return c in _ASCII_WORD
    return c == "_" or c.isalnum()


def _in_class(cls, c, ascii):
    if cls == "d":
        if ascii:
            return "0" <= c <= "9"
        return c.isdecimal()
    if cls == "D":
        return not _in_class("d", c, ascii)
    if cls == "w":
        return _is_word(c, ascii)
    if cls == "W":
        return not _is_word(c, ascii)
    if cls == "s":
        if ascii:
            return c in _ASCII_SPACE
        return c.isspace()
    return not _in_class("s", c, ascii)


class CharSet:
    """A compiled character class."""

    def __init__(self, items, negated, icase, ascii):
        chars = set()
        ranges = []
        classes = []
        for item in items:
            kind = item[0]
            if kind == "ch":
                chars.add(item[1])
                if icase:
                    chars.add(item[1].lower())
                    chars.add(item[1].upper())
            elif kind == "range":
                ranges.append((item[1], item[2]))
            else:
                classes.append(item[1])
        self.chars = chars
        self.ranges = ranges
        self.classes = classes
        self.negated = negated
        self.icase = icase
        self.ascii = ascii
        # The ASCII members, so that the common case is one set lookup.
        hits = set()
        for code in range(128):
            c = chr(code)
            if self._contains(c):
                hits.add(c)
        self.hits = hits

    def contains(self, c):
        if c < "\x80":
            return c in self.hits
        return self._contains(c)

    def _contains(self, c):
        found = c in self.chars
        if not found:
            for lo, hi in self.ranges:
                if lo <= c <= hi:
                    found = True
                    break
                if self.icase:
                    lc = c.lower()
                    uc = c.upper()
                    if lo <= lc <= hi or lo <= uc <= hi:
                        found = True
                        break
        if not found:
            for cls in self.classes:
                if _in_class(cls, c, self.ascii):
                    found = True
                    break
        return found != self.negated


def _min_width(node):
    kind = node[0]
    if kind == P.LIT or kind == P.ANY or kind == P.SET:
        return 1
    if kind == P.CAT:
        return sum([_min_width(n) for n in node[1]])
    if kind == P.ALT:
        return min([_min_width(n) for n in node[1]])
    if kind == P.GROUP:
        return _min_width(node[2])
    if kind == P.ATOMIC:
        return _min_width(node[1])
    if kind == P.REP:
        return node[2] * _min_width(node[1])
    if kind == P.COND:
        yes = _min_width(node[2])
        no = _min_width(node[3]) if node[3] is not None else 0
        return min(yes, no)
    return 0


def _fixed_width(node):
    """Width of node if every match has the same length, else None."""
    kind = node[0]
    if kind == P.LIT or kind == P.ANY or kind == P.SET:
        return 1
    if kind == P.CAT:
        total = 0
        for n in node[1]:
            w = _fixed_width(n)
            if w is None:
                return None
            total += w
        return total
    if kind == P.ALT:
        widths = [_fixed_width(n) for n in node[1]]
        if None in widths or min(widths) != max(widths):
            return None
        return widths[0]
    if kind == P.GROUP:
        return _fixed_width(node[2])
    if kind == P.ATOMIC:
        return _fixed_width(node[1])
    if kind == P.REP:
        if node[3] is None or node[2] != node[3]:
            return None
        w = _fixed_width(node[1])
        return None if w is None else w * node[2]
    if kind == P.AT or kind == P.LOOK:
        return 0
    return None


class Compiler:
    """Emits the instructions for one pattern."""

    def __init__(self, ngroups):
        self.ngroups = ngroups
        self.nregs = 2 * ngroups + 1

    def compile(self, tree):
        code = []
        self.emit(tree, code)
        return _finish(code)

    def emit(self, node, code):
        kind = node[0]
        if kind == P.LIT:
            if node[2] and node[1].lower() != node[1].upper():
                code.append([CHARI, node[1].lower()])
            else:
                code.append([CHAR, node[1]])
        elif kind == P.ANY:
            code.append([ANYALL] if node[1] else [ANY])
        elif kind == P.SET:
            cs = CharSet(node[1], node[2], node[3], node[4])
            code.append([SET, cs, cs.hits])
        elif kind == P.CAT:
            for n in node[1]:
                self.emit(n, code)
        elif kind == P.ALT:
            jumps = []
            branches = node[1]
            for k in range(len(branches)):
                if k < len(branches) - 1:
                    split = [SPLIT, len(code) + 1, None]
                    code.append(split)
                    self.emit(branches[k], code)
                    jmp = [JMP, None]
                    code.append(jmp)
                    jumps.append(jmp)
                    split[2] = len(code)
                else:
                    self.emit(branches[k], code)
            for jmp in jumps:
                jmp[1] = len(code)
        elif kind == P.GROUP:
            gid = node[1]
            if gid is None:
                self.emit(node[2], code)
            else:
                code.append([SAVE, 2 * gid, 2 * self.ngroups])
                self.emit(node[2], code)
                code.append([SAVE, 2 * gid + 1, 2 * self.ngroups])
        elif kind == P.REP:
            self.emit_repeat(node, code)
        elif kind == P.AT:
            code.append([AT, node[1], node[2], node[3]])
        elif kind == P.BACKREF:
            code.append([BACKREF, node[1], node[2]])
        elif kind == P.LOOK:
            behind = node[2]
            width = 0
            if behind:
                width = _fixed_width(node[1])
                if width is None:
                    raise error("look-behind requires fixed-width pattern")
            sub = []
            self.emit(node[1], sub)
            code.append([LOOK, _finish(sub), behind, node[3], width])
        elif kind == P.ATOMIC:
            sub = []
            self.emit(node[1], sub)
            code.append([ATOMIC, _finish(sub)])
        elif kind == P.COND:
            cond = [COND, node[1], None]
            code.append(cond)
            self.emit(node[2], code)
            jmp = [JMP, None]
            code.append(jmp)
            cond[2] = len(code)
            if node[3] is not None:
                self.emit(node[3], code)
            jmp[1] = len(code)
        else:
            raise error("internal error: unknown node %r" % (kind,))

    def emit_repeat(self, node, code):
        body, lo, hi, greedy = node[1], node[2], node[3], node[4]
        if greedy and body[0] in (P.LIT, P.ANY, P.SET):
            one = []
            self.emit(body, one)
            op = one[0][0]
            arg = one[0][1] if len(one[0]) > 1 else None
            hits = arg.hits if op == SET else None
            # The last item (the literal that must follow) is set by _finish.
            code.append([REPEAT, op, arg, hits, lo, hi, None])
            return
        if lo > _MAX_EXPANSION or (hi is not None and hi - lo > _MAX_EXPANSION):
            raise NotImplementedError("re: repeat counts above %d are not supported by piepie"
                                      % _MAX_EXPANSION)
        for _ in range(lo):
            self.emit(body, code)
        if hi is None:
            can_be_empty = _min_width(body) == 0
            loop = len(code)
            split = [SPLIT, None, None]
            code.append(split)
            start = len(code)
            reg = None
            if can_be_empty:
                reg = self.nregs
                self.nregs += 1
                code.append([MARK, reg])
            self.emit(body, code)
            if can_be_empty:
                end = [LOOPEND, reg, loop, None]
                code.append(end)
            else:
                code.append([JMP, loop])
            exit_pc = len(code)
            if can_be_empty:
                end[3] = exit_pc
            if greedy:
                split[1], split[2] = start, exit_pc
            else:
                split[1], split[2] = exit_pc, start
            return
        splits = []
        for _ in range(hi - lo):
            split = [SPLIT, None, None]
            code.append(split)
            split_start = len(code)
            splits.append((split, split_start))
            self.emit(body, code)
        exit_pc = len(code)
        for split, split_start in splits:
            if greedy:
                split[1], split[2] = split_start, exit_pc
            else:
                split[1], split[2] = exit_pc, split_start


def _finish(code):
    """Close a program with MATCH, give each REPEAT the literal that must
    follow it (if the next consuming instruction is a CHAR), and freeze
    the instructions into tuples."""
    code.append([MATCH])
    for k in range(len(code)):
        ins = code[k]
        if ins[0] == REPEAT:
            j = k + 1
            while code[j][0] == SAVE:
                j += 1
            if code[j][0] == CHAR:
                ins[6] = code[j][1]
    return [tuple(ins) for ins in code]


def _accepts(ins, c):
    """Whether the consuming instruction ins accepts the character c."""
    op = ins[0]
    arg = ins[1] if len(ins) > 1 else None
    if op == REPEAT:
        op = arg
        arg = ins[2]
    if op == CHAR:
        return c == arg
    if op == CHARI:
        return c.lower() == arg
    if op == SET:
        return arg.contains(c)
    if op == ANY:
        return c != "\n"
    return True


def _may_accept_non_ascii(ins):
    op = ins[0]
    arg = ins[1] if len(ins) > 1 else None
    if op == REPEAT:
        op = arg
        arg = ins[2]
    if op == CHAR:
        return arg >= "\x80"
    if op == CHARI:
        # U+212A KELVIN SIGN is the only non-ASCII character whose
        # lowercase is a single ASCII character ("k").
        return arg >= "\x80" or arg == "k"
    return True


def first_info(prog):
    """What a match of prog must start with, for a search to skip ahead.

    Returns (prefix, hits, non_ascii): prefix is a literal every match
    starts with (or None); hits is the set of ASCII characters a match can
    start with and non_ascii whether it can start with any other character
    (hits is None when nothing is known, e.g. when the pattern can match
    the empty string).
    """
    prefix = ""
    pc = 0
    while prog[pc][0] == SAVE:
        pc += 1
    while prog[pc][0] == CHAR:
        prefix += prog[pc][1]
        pc += 1
    consumers = []
    seen = set()
    todo = [0]
    while todo:
        pc = todo.pop()
        if pc in seen:
            continue
        seen.add(pc)
        ins = prog[pc]
        op = ins[0]
        if op == CHAR or op == CHARI or op == SET or op == ANY or op == ANYALL:
            consumers.append(ins)
        elif op == REPEAT:
            consumers.append(ins)
            if ins[4] == 0:
                todo.append(pc + 1)
        elif op == SPLIT:
            todo.append(ins[1])
            todo.append(ins[2])
        elif op == JMP:
            todo.append(ins[1])
        elif op == SAVE or op == MARK or op == AT or op == LOOK:
            todo.append(pc + 1)
        elif op == LOOPEND:
            todo.append(ins[2])
            todo.append(ins[3])
        elif op == COND:
            todo.append(pc + 1)
            todo.append(ins[2])
        else:
            # MATCH (an empty match), BACKREF, ATOMIC: no filter.
            return (prefix or None), None, True
    hits = set()
    non_ascii = False
    for ins in consumers:
        for code in range(128):
            c = chr(code)
            if _accepts(ins, c):
                hits.add(c)
        if _may_accept_non_ascii(ins):
            non_ascii = True
    if non_ascii and len(hits) >= 127:
        hits = None
    return (prefix or None), hits, non_ascii


def anchor_literal(prog):
    """(offset, char) for a literal every match has at a fixed offset > 0
    from its start (e.g. ":" at 2 in (\d\d):), or None: a search can find
    that character and try only the start it implies."""
    pc = 0
    offset = 0
    while True:
        ins = prog[pc]
        op = ins[0]
        if op == SAVE:
            pass
        elif op == CHAR:
            if offset > 0:
                return offset, ins[1]
            offset += 1
        elif op == SET or op == CHARI or op == ANY or op == ANYALL:
            offset += 1
        elif op == REPEAT and ins[4] == ins[5]:
            offset += ins[4]
        else:
            return None
        pc += 1


def required_char(tree):
    """A literal character every match contains (case-sensitively), or None:
    a search can give up at once when the subject lacks it."""
    node = tree
    while node[0] == P.GROUP:
        node = node[2]
    items = node[1] if node[0] == P.CAT else [node]
    for item in items:
        while item[0] == P.GROUP:
            item = item[2]
        if item[0] == P.LIT and not (item[2] and item[1].lower() != item[1].upper()):
            return item[1]
    return None


def scan(ins, s, pos, end):
    """How far the REPEAT instruction ins can run from pos (before end):
    the end of the longest run it matches, at most its maximum count."""
    kind = ins[1]
    hi = ins[5]
    lim = end if hi is None or hi >= end - pos else pos + hi
    p = pos
    if kind == SET:
        hits = ins[3]
        cs = ins[2]
        while p < lim:
            c = s[p]
            if c in hits or (c >= "\x80" and cs.contains(c)):
                p += 1
            else:
                break
    elif kind == CHAR:
        c = ins[2]
        while p < lim and s[p] == c:
            p += 1
    elif kind == ANY:
        p = s.find("\n", p, lim)
        if p < 0:
            p = lim
    elif kind == ANYALL:
        p = lim
    else:
        c = ins[2]
        while p < lim and s[p].lower() == c:
            p += 1
    return p


def has_backref(prog):
    """Whether prog (or a lookaround or atomic group in it) has a backreference."""
    for ins in prog:
        op = ins[0]
        if op == BACKREF:
            return True
        if (op == LOOK or op == ATOMIC) and has_backref(ins[1]):
            return True
    return False


def run(prog, s, start, end, regs, full, must_advance):
    """Match prog at s[start:] (subject ends at end).

    Returns (end position, registers) or None.  regs is the initial
    register list, which the match updates in place (pass a copy to keep
    it).  full requires the match to end at end; must_advance rejects an
    empty match at start.
    """
    stack = []
    pc = 0
    pos = start
    while True:
        ins = prog[pc]
        op = ins[0]
        ok = True
        if op == CHAR:
            if pos < end and s[pos] == ins[1]:
                pos += 1
                pc += 1
            else:
                ok = False
        elif op == SET:
            if pos < end:
                c = s[pos]
                if c in ins[2] or (c >= "\x80" and ins[1].contains(c)):
                    pos += 1
                    pc += 1
                else:
                    ok = False
            else:
                ok = False
        elif op == REPEAT:
            p = scan(ins, s, pos, end)
            low = pos + ins[4]
            if p < low:
                ok = False
            else:
                follow = ins[6]
                if follow is not None and (p >= end or s[p] != follow):
                    p = s.rfind(follow, low, p + 1 if p < end else end)
                if p < 0:
                    ok = False
                else:
                    pc += 1
                    if p > low:
                        stack.append((pc + _REP, p, low))
                    pos = p
        elif op == SPLIT:
            stack.append((ins[2], pos))
            pc = ins[1]
        elif op == JMP:
            pc = ins[1]
        elif op == ANY:
            if pos < end and s[pos] != "\n":
                pos += 1
                pc += 1
            else:
                ok = False
        elif op == ANYALL:
            if pos < end:
                pos += 1
                pc += 1
            else:
                ok = False
        elif op == CHARI:
            if pos < end and s[pos].lower() == ins[1]:
                pos += 1
                pc += 1
            else:
                ok = False
        elif op == SAVE:
            slot = ins[1]
            if stack:
                stack.append((-1 - slot, regs[slot]))
            regs[slot] = pos
            if slot & 1:
                last = ins[2]
                if stack:
                    stack.append((-1 - last, regs[last]))
                regs[last] = slot >> 1
            pc += 1
        elif op == MARK:
            reg = ins[1]
            if stack:
                stack.append((-1 - reg, regs[reg]))
            regs[reg] = pos
            pc += 1
        elif op == LOOPEND:
            if pos == regs[ins[1]]:
                pc = ins[3]
            else:
                pc = ins[2]
        elif op == MATCH:
            if (full and pos != end) or (must_advance and pos == start):
                ok = False
            else:
                return pos, regs
        elif op == AT:
            ok = _check_at(ins[1], ins[2], ins[3], s, pos, end)
            pc += 1
        elif op == BACKREF:
            gid = ins[1]
            gs = regs[2 * gid]
            ge = regs[2 * gid + 1]
            if gs < 0 or ge < 0:
                ok = False
            else:
                length = ge - gs
                if pos + length > end:
                    ok = False
                elif ins[2]:
                    ok = s[gs:ge].lower() == s[pos:pos + length].lower()
                else:
                    ok = s[gs:ge] == s[pos:pos + length]
                if ok:
                    pos += length
                    pc += 1
        elif op == LOOK:
            sub, behind, negate, width = ins[1], ins[2], ins[3], ins[4]
            if behind:
                at = pos - width
                result = None
                if at >= 0:
                    result = run(sub, s, at, end, list(regs), False, False)
                    if result is not None and result[0] != pos:
                        result = None
            else:
                result = run(sub, s, pos, end, list(regs), False, False)
            if negate:
                ok = result is None
            else:
                ok = result is not None
                if ok:
                    new_regs = result[1]
                    for k in range(len(regs)):
                        if regs[k] != new_regs[k]:
                            stack.append((-1 - k, regs[k]))
                            regs[k] = new_regs[k]
            pc += 1
        elif op == ATOMIC:
            # The first way the group matches is final: no backtracking into it.
            result = run(ins[1], s, pos, end, list(regs), False, False)
            if result is None:
                ok = False
            else:
                new_regs = result[1]
                for k in range(len(regs)):
                    if regs[k] != new_regs[k]:
                        stack.append((-1 - k, regs[k]))
                        regs[k] = new_regs[k]
                pos = result[0]
                pc += 1
        elif op == COND:
            gid = ins[1]
            if regs[2 * gid] >= 0 and regs[2 * gid + 1] >= 0:
                pc += 1
            else:
                pc = ins[2]
        else:
            raise error("internal error: bad opcode %r" % (op,))
        if not ok:
            while True:
                if not stack:
                    return None
                entry = stack.pop()
                a = entry[0]
                if a < 0:
                    regs[-1 - a] = entry[1]
                elif a < _REP:
                    pc = a
                    pos = entry[1]
                    break
                else:
                    # A REPEAT gives back a character (or up to the
                    # previous occurrence of the literal that follows).
                    pc = a - _REP
                    low = entry[2]
                    p = entry[1] - 1
                    follow = prog[pc - 1][6]
                    if follow is not None:
                        p = s.rfind(follow, low, p + 1)
                        if p < 0:
                            continue
                    if p > low:
                        stack.append((a, p, low))
                    pos = p
                    break


def _check_at(kind, multiline, ascii, s, pos, end):
    if kind == P.AT_BOL:
        return pos == 0 or (multiline and s[pos - 1] == "\n")
    if kind == P.AT_EOL:
        if pos == end:
            return True
        if multiline:
            return s[pos] == "\n"
        return pos == end - 1 and s[pos] == "\n"
    if kind == P.AT_BEGIN:
        return pos == 0
    if kind == P.AT_END:
        return pos == end
    if end == 0:
        return False
    before = pos > 0 and _is_word(s[pos - 1], ascii)
    after = pos < end and _is_word(s[pos], ascii)
    if kind == P.AT_WORDB:
        return before != after
    return before == after
