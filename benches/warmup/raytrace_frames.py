"""Warm-up view, objects and operator overloading: a tiny ray tracer that
renders one 80x60 frame per iteration (a sphere moving across a plane) and
prints `warmup <seconds>` per frame; the last line checksums the pixels.
"""
import sys
import math
import time


class V:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return V(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def unit(self):
        return self * (1.0 / math.sqrt(self.dot(self)))


def hit_sphere(centre, r, origin, d):
    oc = origin - centre
    b = oc.dot(d)
    disc = b * b - (oc.dot(oc) - r * r)
    if disc < 0.0:
        return -1.0
    t = -b - math.sqrt(disc)
    return t if t > 1e-6 else -1.0


def shade(centre, origin, d, light):
    t = hit_sphere(centre, 1.0, origin, d)
    if t > 0.0:
        p = origin + d * t
        n = (p - centre).unit()
        lum = n.dot((light - p).unit())
        return 0.1 + (0.9 * lum if lum > 0.0 else 0.0)
    if d.y < 0.0:
        t = -origin.y / d.y
        p = origin + d * t
        checker = (int(math.floor(p.x)) + int(math.floor(p.z))) % 2
        return 0.3 + 0.5 * checker
    return 0.7


def frame(k):
    centre = V(-2.0 + 0.1 * (k % 40), 1.0, 5.0)
    eye = V(0.0, 1.5, -3.0)
    light = V(-4.0, 6.0, -2.0)
    total = 0
    for j in range(60):
        for i in range(80):
            d = V((i - 40) / 40.0, (30 - j) / 40.0, 1.0).unit()
            total += int(shade(centre, eye, d, light) * 255.0)
    return total


def main(iterations):
    check = 0
    for k in range(iterations):
        t0 = time.perf_counter()
        s = frame(k)
        print(f"warmup {time.perf_counter() - t0:.6f}")
        check = (check * 31 + s) % 1000000007
    print("checksum", check)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 60)
