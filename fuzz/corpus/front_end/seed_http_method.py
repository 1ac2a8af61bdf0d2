from http import HTTPMethod as M
import http
print(http.__all__)
print(repr(M.GET), str(M.GET), format(M.GET), M.GET == 'GET', M('GET') is M.GET, M.GET.value, M.GET.name, M.GET.description, type(M.GET.value), f'{M.POST}', M.GET + 'x', isinstance(M.GET, str))
for m in M.__members__.values(): print(m.name, repr(m.description), m, {m: 1}[m.value], m.lower())
try: M('get')
except ValueError as e: print(e)
