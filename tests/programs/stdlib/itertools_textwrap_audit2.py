"""itertools and textwrap, round 2: laziness, reentrancy, argument errors, wrapper attributes."""
import itertools
import textwrap


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


log = []


def gen(n):
    for i in range(n):
        log.append(i)
        yield i


it = itertools.islice(gen(100), 3)
t("islice lazy", lambda: (next(it), log[:]))
log.clear()
t("chain lazy", lambda: (next(itertools.chain(gen(3), gen(3))), log[:]))
log.clear()
t("takewhile stops", lambda: (list(itertools.takewhile(lambda x: x < 2, gen(10))), log[:]))
t("product materializes", lambda: list(itertools.product(iter([1, 2]), repeat=2)))
t("product repeat 0", lambda: list(itertools.product("ab", repeat=0)))
t("product neg", lambda: itertools.product("ab", repeat=-1))
t("permutations r=0", lambda: list(itertools.permutations("abc", 0)))
t("permutations bad r", lambda: itertools.permutations("abc", -1))
t("permutations r type", lambda: itertools.permutations("abc", "2"))
t("combinations dup", lambda: list(itertools.combinations("aab", 2)))
t("cwr empty", lambda: (list(itertools.combinations_with_replacement("", 2)), list(itertools.combinations_with_replacement("ab", 0))))
g = itertools.groupby("aabbbc")
k1, g1 = next(g)
k2, g2 = next(g)
t("groupby invalidated", lambda: (k1, list(g1), k2, list(g2)))
t("groupby key none", lambda: [(k, len(list(v))) for k, v in itertools.groupby([1, 1, 2, 1])])
t("accumulate types", lambda: (list(itertools.accumulate("abc")), list(itertools.accumulate([1, 2, 3], lambda a, b: a * b))))
t("accumulate func kw", lambda: list(itertools.accumulate([1, 2], func=max, initial=5)))
t("zip_longest many", lambda: list(itertools.zip_longest("a", "bc", "def", fillvalue=0)))
t("zip_longest empty", lambda: list(itertools.zip_longest()))
t("zip_longest bad kw", lambda: itertools.zip_longest("a", fill=1))
t("count step 0", lambda: list(itertools.islice(itertools.count(1, 0), 3)))
t("count big", lambda: list(itertools.islice(itertools.count(2 ** 64, 2 ** 63), 2)))
t("cycle after exhaust", lambda: list(itertools.islice(itertools.cycle(gen(2)), 5)))
t("repeat times kw", lambda: list(itertools.repeat("x", times=2)))
t("repeat repr", lambda: (repr(itertools.repeat(1)), repr(itertools.repeat(1, 2))))
t("tee copy", lambda: (lambda a, b: (list(a), list(b), list(itertools.tee([1, 2], 1)[0])))(*itertools.tee(iter([1, 2, 3]))))
t("tee of tee", lambda: (lambda a: [list(x) for x in itertools.tee(a, 2)])(itertools.tee("xy")[0]))
t("starmap lists", lambda: list(itertools.starmap(max, [[1, 5], [7, 2]])))
t("dropwhile all", lambda: list(itertools.dropwhile(lambda x: True, [1, 2])))
t("filterfalse fn", lambda: list(itertools.filterfalse(lambda x: x % 2, range(6))))
t("compress short", lambda: list(itertools.compress("abc", [1])))
t("pairwise short", lambda: (list(itertools.pairwise("a")), list(itertools.pairwise(""))))
t("islice step", lambda: list(itertools.islice("abcdefg", 1, None, 2)))
t("islice stop none start", lambda: list(itertools.islice("abc", None, 2)))
t("islice float", lambda: itertools.islice("abc", 1.5))
t("chain repr type", lambda: type(itertools.chain()).__name__)
t("iter types", lambda: [type(f).__name__ for f in [itertools.count(), itertools.cycle(""), itertools.repeat(1), itertools.islice("", 1),
                                                    itertools.groupby(""), itertools.product(), itertools.tee("")[0]]])
w = textwrap.TextWrapper()
t("wrapper defaults", lambda: (w.width, w.initial_indent, w.subsequent_indent, w.expand_tabs, w.replace_whitespace,
                               w.fix_sentence_endings, w.break_long_words, w.drop_whitespace, w.break_on_hyphens, w.tabsize,
                               w.max_lines, w.placeholder))
w.width = 12
w.break_on_hyphens = False
t("wrapper mutated", lambda: w.wrap("some-hyphenated-words and more text here"))
t("wrap exact width", lambda: textwrap.wrap("abcde fghij", 5))
t("wrap width 1", lambda: textwrap.wrap("abc de", 1))
t("wrap long indent", lambda: textwrap.wrap("a b c", 4, initial_indent="xxxxx"))
t("placeholder too long", lambda: textwrap.wrap("aaa bbb ccc", 5, max_lines=1, placeholder=" [...more]"))
t("max_lines fits", lambda: textwrap.wrap("aaa bbb", 20, max_lines=1))
t("fill kw", lambda: textwrap.fill("a b c d e f", width=3, subsequent_indent=" "))
t("shorten ws", lambda: textwrap.shorten("  many    spaces   here  ", 14))
t("shorten exact", lambda: textwrap.shorten("hello world", 11, placeholder="..."))
t("dedent tabs spaces", lambda: textwrap.dedent("\t\ta\n\t\tb"))
t("dedent none common", lambda: textwrap.dedent("a\n  b"))
t("dedent crlf", lambda: textwrap.dedent("  a\r\n  b\r\n"))
t("indent empty", lambda: (textwrap.indent("", "> "), textwrap.indent("\n", "> "), textwrap.indent("a\r\nb", "-")))
t("wrap em-dash", lambda: textwrap.wrap("this--is--a--test of dashes", 8))
t("wrap numbers hyphen", lambda: textwrap.wrap("call 555-1234-5678 now", 8))
t("wrap sentence end", lambda: textwrap.fill("Mr. Smith went. He said hi!  Ok.", 80, fix_sentence_endings=True))
