# All string quoting forms
print('single', "double")
print('it\'s', "say \"hi\"", 'mix "quotes"', "mix 'quotes'")
print('''triple single''', """triple double""")
print('''multi
line
string''')
print("""with 'single' and "double" inside""")
print('''a''' '''b''', "c" 'd' """e""")
s = ("implicit "
     "concatenation "
     'across lines')
print(s)
print(r'raw \n stays', R"raw \t too", r'''raw triple \x''')
print(r'\\', r'\'', r"\"", len(r'\''))
print(repr('it\'s'), repr("say \"hi\""), repr('both \' and "'))
print(repr("'"), repr('"'), repr(''), repr(""))
print(repr('''a
b'''))
print(len(''), len(""), len(''''''), len(""""""))
print('x' 'y' == 'xy')
t = """\
no leading newline\
 and joined"""
print(t)
print(repr(u'unicode prefix'), U"upper U")
print('caf\u00e9', "\N{GREEK SMALL LETTER ALPHA}", '\U0001F600' == '😀')
print(len('😀'), len('café'), 'café'[3])
print('tab\there', 'nl\\n literal')
print("a" + 'b' * 3)
