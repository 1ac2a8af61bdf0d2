NAN = float('nan')
INF = float('inf')

def fake_abs(x):
    pass

class V:

    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        pass

class C0:

    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.z = 1

    def step(self, v):
        self.x = (self.x * 2 + v) % (1 << 64)
        return self.x + self.z

    def total(self):
        pass

class C1:
    pass

class C2(C0):
    pass

def alt_step(self, v):
    pass

def make_adder3(k):

    def add(v):
        pass

def make_counter5():
    c = 0

    def inc(d):
        pass
G9 = 7
G10 = -5

def section0():
    a0 = -10 ** 21 - 5
    a1 = 9223372036854775807
    a2 = 4611686018427387904
    a3 = 10 ** 18
    msg = ''
    f0 = 1.5e-07
    f1 = 1.5e-07
    s0 = ' s '
    L0 = [28, 3, 21, 29, 8]
    D0 = {2: 66, 1: 18, 12: -3}
    o0 = C0(24, 1.2345678901234568e+17)
    p0 = 1
    for i in range(1534, -1, -1):
        if i == 1360:
            pass
        L0.append((L0[i % len(L0)] // (a2 | 1) - 47 * a3) % 65521)
        if len(L0) > 16:
            del L0[:5]
        f0 = f0 // (abs(f1) + 0.5) % 3.0
        n13 = abs(L0[-1] * i) % 1000 + 1
        while n13 > 1:
            n13 = n13 // 5 if n13 % 2 == 0 else n13 - 1
            a1 = (a1 + n13) % -2 ** 63
        n14 = abs((2 ** 64 + 13) * a0) % 1000 + 1
        while n14 > 1:
            n14 = n14 // 3 if n14 % 2 == 0 else n14 - 1
            a0 = (a0 + n14) % -1000033
        a2 = a2 and a3
        if abs(a2) > 10 ** 24:
            a2 = a2 % (2 ** 89 - 1)
        n15 = abs(o0.x) % 1000 + 1
        while n15 > 1:
            n15 = n15 // 2 if n15 % 2 == 0 else n15 - 1
            a3 = (a3 + n15) % (1 << 62)
        a2 += (-9 + G9) * (a1 + a3)
        a2 = a2 % (1 << 62)
        a3 = a3 + o0.step(i) % (1 << 64)
    print('s0', a0, a1, a2, a3)
    print(f0, f1)
    print(repr(s0), msg)
    print(len(L0), L0[:6], L0[-3:], sum(L0) % 1000003, min(L0), max(L0))
    print(sorted(D0.items())[:8], len(D0))
    print(type(o0).__name__, o0.x, o0.y, o0.z, o0.total())
    print(type(p0).__name__, p0)
    print(G9, G10)
    print(max(f0, NAN), min(NAN, f0), NAN in [NAN], f0 < NAN, f0 != NAN, INF > f0)
section0()

def section1():
    global G9, G10
    a0 = 9223372036854775807
    a1 = 4611686018427387904
    msg = ''
    f0 = 0.001
    f1 = 0.001
    s0 = 'hello'
    L0 = [-6, 23, -39, 43, -21]
    D0 = {8: 24, 2: 14, 3: 87, 7: 37}
    o0 = C2(45, -12.125)
    p0 = True
    for i in range(2037, -1, -1):
        if i == 392:
            p0 = p0 + 0.5
            globals()['abs'] = fake_abs
        p0 = (p0 * 2 + i) % 997
        D0[i % 7] = (D0.get(i % 7, 0) + (D0.get(i % 13, 7) ^ 10 ** 18)) % (1 << 62)
        e16 = -(1 << 62) + 36 + i
        a1 = (a1 + e16 + 1) % -2 ** 63
        o0.y = a0 % (len(L0) | 1) / (a0 | 1) % 1000.0
        a1, *rest17 = L0[:2]
        a0 = (a0 + len(rest17)) % (10 ** 20 + 7)
        a1, *rest18 = L0[:3]
        a0 = (a0 + len(rest18)) % 65521
        a1 = (D0.get(i % 13, -2) ^ (len(s0) | a0) * divmod(i, i | 1)[1]) & (1 << 70) - 1
        a1 = int(o0.y) % (2 ** 31 - 1)
        a1 = a1 + o0.step(i) & 65535
    print('s1', a0, a1)
    print(f0, f1)
    print(repr(s0), msg)
    print(len(L0), L0[:6], L0[-3:], sum(L0) % 1000003, min(L0), max(L0))
    print(sorted(D0.items())[:8], len(D0))
    print(type(o0).__name__, o0.x, o0.y, o0.z, o0.total())
    print(type(p0).__name__, p0)
    print(G9, G10)
    globals().pop('abs', None)
    print(max(f0, NAN), min(NAN, f0), NAN in [NAN], f0 < NAN, f0 != NAN, INF > f0)
section1()
