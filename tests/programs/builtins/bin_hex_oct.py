# bin, hex, oct.
for n in [0, 1, -1, 7, -8, 255, 256, 2**32, -2**63, 10**25, True, False]:
    print(n, bin(n), hex(n), oct(n))
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), hex(Idx()), oct(Idx()))
for bad in [1.5, "10", None, [1]]:
    try:
        bin(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hex("ff")
except TypeError as e:
    print(type(e).__name__, e)
print(int(bin(37), 2), int(hex(-37), 16), int(oct(37), 8), int(bin(-5), 0))
