INF = float('inf')

class C0:

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        pass

class C1(C0):

    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.z = 3

    def step(self, v):
        return self.x + self.z

class C2:
    z = 22

    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.z = 1

    def total(self):
        pass

def make_adder3(k):

    def add(v):
        return (v + k) % (1 << 64)
    return add
adder4 = make_adder3(-9223372036854775808)

def make_counter5():
    c = 0

    def inc(d):
        pass
G9 = -5

def section0():
    a0 = 525
    a2 = -(1 << 62)
    msg = ''
    f0 = -12.125
    f1 = 0.001
    L0 = [-3, -40, 43, -27, -27, 37]
    D0 = {}
    o0 = C0(5, 0.5)
    p0 = 0.5
    fin = 0
    for i in range(1525):
        try:
            if i == 1247:
                o0 = C2(o0.x, o0.y)
            a1 = max((a0 << (63 & 7)) + -(1 << 62) * 6, o0.x + a2 & L0[-1])
            a1 = o0.x % (L0[i % len(L0)] | 1) % (2 ** 89 - 1)
            for j12 in range(1, 9, 4):
                n13 = abs(a1 * G9) % 1000 + 1
                while n13 > 1:
                    n13 = n13 // 4 if n13 % 2 == 0 else n13 - 1
                    a0 = (a0 + n13) % 1000003
                if not -0.0 + o0.y != -INF:
                    a1 = i
                    if abs(a1) > 10 ** 9:
                        a1 = a1 % (2 ** 89 - 1)
                    s0 = repr(f0)[-21:]
                else:
                    a2 = ((D0.get(i % 13, -3) | a0 if a0 >= a1 or a1 != L0[-1] else o0.x) + len(L0)) % (2 ** 31 - 1)
            n14 = abs(i) % 1000 + 1
            while n14 > 1:
                n14 = n14 // 2 if n14 % 2 == 0 else n14 - 1
                a1 = (a1 + n14) % 4611686018427387903
            for j15 in range(i % 5):
                s0 = bin(D0.get(i % 13, 8) + L0[-1] & 255)[-10:]
        finally:
            fin += 1
    print('s0', a0, a1, a2)
    print(f0, f1)
    print(repr(s0), msg)
    print(len(L0), L0[:6], L0[-3:], sum(L0) % 1000003, min(L0), max(L0))
    print(sorted(D0.items())[:8], len(D0))
    print(type(o0).__name__, o0.x, o0.y, o0.z, o0.total())
    print(type(p0).__name__, p0)
    print({t % 51 for t in L0}, {-1, -2, 7, 2 ** 64, -2 ** 62, a2})
    print('fin', fin)
    print(G9)
section0()

def section1():
    global G9
    a0 = 0
    a1 = 2 ** 64 + 13
    a2 = 1 << 63
    a3 = 0
    msg = ''
    f0 = 1.2345678901234568e+17
    s0 = '0'
    L0 = [0, 31, -35, -33]
    D0 = {12: -8}
    o0 = C1(40, 0.125)
    p0 = 0.5
    for i in range(1147):
        if i == 922:
            C0.z = i
        p0 = (p0 * 2 + i) % 997
        a1 += abs(i - D0.get(i % 13, 7)) & (28 + D0.get(i % 13, -3)) * len(s0)
        a1 = a1
        if abs(a1) > 2 ** 62:
            a1 = a1 % (2 ** 89 - 1)
        a2 = (i + (min(L0[-1], D0.get(i % 13, -2)) and i)) % 1000003
        a2 = 9223372036854775807
        if abs(a2) > 2 ** 62:
            a2 = a2 % 4611686018427387903
        a3 = a3 + o0.step(i) & (1 << 70) - 1
        if i % 15 == 0:
            a0 = (a0 + getattr(o0, 'extra', -1)) % 1000003
    print('s1', a0, a1, a2, a3)
    print(f0)
    print(repr(s0), msg)
    print(len(L0), L0[:6], L0[-3:], sum(L0) % 1000003, min(L0), max(L0))
    print(sorted(D0.items())[:8], len(D0))
    print(type(o0).__name__, o0.x, o0.y, o0.z, o0.total())
    print(type(p0).__name__, p0)
    print(G9)
section1()

def section2():
    global G9
    a0 = 0
    a1 = -3
    a2 = 4611686018427387903
    msg = ''
    f0 = 2.0
    s0 = ' s '
    L0 = [44, 16, -40]
    D0 = {}
    o0 = C1(-5, 2.5)
    p0 = 0.5
    fin = 0
    for i in range(227):
        try:
            if i == 223:
                p0 = p0 + 0.5
                o0 = C0(o0.x, o0.y)
                o0.extra = i
            p0 = (p0 * 1 + i) % 997
            a2 = (a1 if i < len(s0) else 10 ** 18) % -1000033
            L0[-1] -= L0[-1]
            D0[i % 22] = (D0.get(i % 22, 0) + ((1 << 63) - 63)) % -2 ** 63
            if D0.get(i % 13, 1) + a2 <= a0 << (G9 & 7):
                if min(a0, 74) > max(i, D0.get(i % 13, 3)):
                    f0 = f0 % 3.0
                    a1 = (L0[-1] << (i & 7)) % 1000003
                elif L0[i % len(L0)] <= o0.y * (i * 0.5):
                    a2 = len(s0) + i
                    if abs(a2) > 10 ** 24:
                        a2 = a2 % 4611686018427387903
                for j16 in range(i % 5):
                    a1 = sum((t * t for t in L0)) % (1 << 62)
            else:
                a0 = abs(79) % (2 ** 61 - 1)
                a2 = (a2 + len({t % 17 for t in L0} | {i % 5, -1}) + sum({t * 3 for t in L0} - {0, 3})) % (2 ** 89 - 1)
            try:
                f0 = f0 % (i % 4 * 0.5) % 1000.0
            except ZeroDivisionError as e:
                msg = str(e)
            if not i - 1 != float(i):
                s0 = repr(f0)[-21:]
                f0 = max(f0, f0)
                if not -1000000.0 < f0 < 1000000.0:
                    f0 = f0 % 1000.0
            else:
                a0 = -9223372036854775808
                if abs(a0) > 10 ** 9:
                    a0 = a0 % (2 ** 31 - 1)
                D0[i % 3] = (D0.get(i % 3, 0) + (G9 >> (73 & 31))) % 65521
            f0 = i * f0
            if not -1000000.0 < f0 < 1000000.0:
                f0 = f0 % 1000.0
        finally:
            fin += 1
    print('s2', a0, a1, a2)
    print(f0)
    print(repr(s0), msg)
    print(len(L0), L0[:6], L0[-3:], sum(L0) % 1000003, min(L0), max(L0))
    print(sorted(D0.items())[:8], len(D0))
    print(type(o0).__name__, o0.x, o0.y, o0.z, o0.total())
    print(type(p0).__name__, p0)
    print({t % 29 for t in L0}, {-1, -2, 7, 2 ** 64, -2 ** 62, a2})
    print('fin', fin)
    print(G9)
section2()
