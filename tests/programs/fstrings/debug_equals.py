# The = specifier (self-documenting expressions)
x = 10
name = "piepie"
y = 2.5
print(f"{x=}")
print(f"{x = }")
print(f"{x= }")
print(f"{x =}")
print(f"{name=}")
print(f"{name=!s}")
print(f"{name=!r}")
print(f"{name=!a}")
print(f"{y=:.3f}")
print(f"{x=:>6}")
print(f"{x+1=}")
print(f"{x + 1 = }")
print(f"{x*2=:05d}")
print(f"{name.upper()=}")
print(f"{len(name)=}")
print(f"{[i*i for i in range(4)]=}")
print(f"{x > 5=}")
print(f"{x=}, {y=}, {name=}")
print(f"{'lit'=}")
print(f"{None=}")
print(f"{3.0 / 2=}")
d = {'k': 'v'}
print(f"{d['k']=}")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
    def __format__(self, spec):
        return "fmt[" + spec + "]"
p = P()
print(f"{p=}")
print(f"{p=!s}")
print(f"{p=:abc}")
print(f"{p = !r:>8}")
print(f"{x=}{y=}")
print(f"prefix {x=} suffix")
