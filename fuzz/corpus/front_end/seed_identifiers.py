# Identifier forms: underscores, unicode, dunder-like names, soft keywords
_ = 1
__ = 2
_private = 3
__dunder__ = 4
CamelCase = 5
snake_case_123 = 6
print(_, __, _private, __dunder__, CamelCase, snake_case_123)
café = "unicode identifier"
print(café)
π = 3.14159
print(π * 2)
变量 = "chinese"
print(变量)
Ωmega = 1
print(Ωmega)
# soft keywords are plain identifiers outside match statements
match = [1, 2]
case = "c"
type_ = "t"
print(match, case, type_)
def match_it(match):
    return match * 2
print(match_it(4))
# names differing only by case
a = 1
A = 2
print(a, A)
# builtins can be shadowed
list_ = list
def f():
    len = lambda x: 42
    return len([1, 2, 3])
print(f(), len([1, 2, 3]))
print(globals()['café'], 'π' in globals())
# names that look like keywords
True_ = 1; None_ = 2; iff = 3; forr = 4
print(True_, None_, iff, forr)
# NFKC normalization of identifiers: ﬁ (ligature) becomes fi
ﬁle = "normalized"
print(file)
