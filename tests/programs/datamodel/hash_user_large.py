"""A user __hash__ returning a value that fits in 64 bits is the hash itself (str subclass keys)."""
class S(str):
    pass
s = str.__new__(S, 'abc')
print(hash(s) == hash('abc'), {s: 1}.get('abc'), {'abc': 1}.get(s), s == 'abc')
class T(str):
    def __hash__(self):
        return hash(''.join(self))
t = str.__new__(T, 'abc')
print(hash(t) == hash('abc'), {t: 1}.get('abc'), {'abc': 1}.get(t))
class U:
    def __hash__(self):
        return 2 ** 62 + 5
print(hash(U()) == 2 ** 62 + 5, hash(U()))
