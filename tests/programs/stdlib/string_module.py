import string
from string import Template

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), repr(string.printable))
print(string.capwords('hello   wOrld  foo'), string.capwords(' a-b c-d ', '-'))
print(string.capwords(''), string.capwords('x'))

t = Template('$who likes $what; ${who}s pay $$5')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(t.safe_substitute(who='bob'))
print(Template('$a$b ${c}d $_x1 $').safe_substitute(a=1, b=2, c=3, _x1='u'))
print(Template('${a').safe_substitute(a=1), Template('$1 $a').safe_substitute(a=2))
print(t.template, Template('x').substitute())
print(Template('$x $y $x').get_identifiers(), Template('$x $').is_valid(), Template('$x').is_valid())
for bad in [lambda: t.substitute(who='x'), lambda: Template('a $ b').substitute(),
            lambda: Template('line\nnext ${').substitute(), lambda: Template('$1').substitute()]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)


class Dollar(Template):
    delimiter = '%'


print(Dollar('%x and %%').substitute(x=5))
