import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs! How vexingly quick daft zebras jump; the five boxing wizards "
        "jump quickly.")
for w in (10, 20, 33, 70):
    print(textwrap.wrap(text, w))
print(textwrap.fill(text, 25))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('a well-known mother-in-law e-mail well--done x--y', 8))
print(textwrap.wrap('a well-known mother-in-law e-mail', 8, break_on_hyphens=False))
print(textwrap.wrap('supercalifragilisticexpialidocious word', 10))
print(textwrap.wrap('supercalifragilisticexpialidocious word', 10, break_long_words=False))
print(textwrap.wrap('tab\there  and\nnewline   spaces', 12))
print(textwrap.wrap('keep   spaces  here', 8, drop_whitespace=False))
print(textwrap.wrap('Hello there. How are you? Fine.', 40, fix_sentence_endings=True))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.wrap('x', 1))
print(textwrap.wrap(text, 30, max_lines=3))
print(textwrap.wrap(text, 30, max_lines=2, placeholder='...'))
print(textwrap.shorten('Hello  world!', width=12))
print(textwrap.shorten('Hello  world!', width=11))
print(textwrap.shorten('Hello world', width=10, placeholder='...'))
print(textwrap.shorten(text, 40))
print(repr(textwrap.dedent('''\
    def f():
        return 1

    x = 2
''')))
print(repr(textwrap.dedent('  a\n\t b\n')), repr(textwrap.dedent('   \n  x\n    y\n  ')))
print(repr(textwrap.dedent('no indent\n  some')), repr(textwrap.dedent('')))
print(repr(textwrap.indent('a\nb\n\nc', '> ')))
print(repr(textwrap.indent('a\n  \nb', '+', lambda line: True)))
w = textwrap.TextWrapper(width=15, subsequent_indent='    ')
print(w.wrap('one two three four five six seven eight'))
print(w.fill('alpha beta'))
for bad in [lambda: textwrap.wrap('x', 0), lambda: textwrap.wrap('abc def', 5, max_lines=1, placeholder=' [.......]')]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
