"""textwrap.wrap/dedent/indent on generated texts (hyphens, dashes, punctuation, tabs) with random options."""
import textwrap
seed = 7
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n
pieces = ['a', 'bb', 'word', 'well-known', '--', '-', 'x-y-z', 'ab-cd', 'e.', 'f!', '"q"', "it's", '1-2', 'a1-b2',
          ' ', '  ', '\t', '\n', 'mother-in-law', '---', 'end.', 'Yes?', 'no--yes', 'long' * 5, 'é-ü', '_-_', '9--x']
for case in range(200):
    n = rnd(15) + 1
    text = ''.join(pieces[rnd(len(pieces))] + (' ' if rnd(3) else '') for _ in range(n))
    width = rnd(20) + 1
    kw = {}
    if rnd(4) == 0:
        kw['break_on_hyphens'] = False
    if rnd(4) == 0:
        kw['fix_sentence_endings'] = True
    if rnd(5) == 0:
        kw['break_long_words'] = False
    if rnd(5) == 0:
        kw['drop_whitespace'] = False
    if rnd(6) == 0 and width > 8:
        kw['max_lines'] = rnd(3) + 1
    try:
        print(case, repr(text), width, textwrap.wrap(text, width, **kw))
    except ValueError as e:
        print(case, 'ValueError', e)
    if rnd(3) == 0:
        print(repr(textwrap.dedent(text)), repr(textwrap.indent(text, '> ')))
