"""Ray tracer with a small vector class and operator overloading.

Renders a scene of spheres over a checkered plane with one light, shadows and
reflections (depth 3) at WxH pixels, and checksums the quantized pixels.

Measures: method calls and attribute access on small objects, operator
overloading (__add__, __sub__, __mul__, __rmul__, __neg__, __truediv__),
allocation of many short-lived Vec objects, float arithmetic, math.sqrt.
Only correctly rounded operations are used, so every IEEE-754 implementation
that evaluates in the same order prints the same checksum.
"""
import sys
import math


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k, self.z / k)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self / self.length()

    def mul(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)

    def __repr__(self):
        return f"Vec({self.x:.3f}, {self.y:.3f}, {self.z:.3f})"


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, colour, reflect, specular):
        self.colour = colour
        self.reflect = reflect
        self.specular = specular

    def colour_at(self, point):
        return self.colour


class Checker(Material):
    def __init__(self, a, b, reflect):
        super().__init__(a, reflect, 0.0)
        self.other = b

    def colour_at(self, point):
        if (int(math.floor(point.x)) + int(math.floor(point.z))) % 2 == 0:
            return self.colour
        return self.other


class Thing:
    def __init__(self, material):
        self.material = material


class Sphere(Thing):
    def __init__(self, centre, radius, material):
        super().__init__(material)
        self.centre = centre
        self.r2 = radius * radius

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.r2
        disc = b * b - c
        if disc < 0.0:
            return -1.0
        s = math.sqrt(disc)
        t = -b - s
        if t > 1e-6:
            return t
        t = -b + s
        if t > 1e-6:
            return t
        return -1.0

    def normal(self, p):
        return (p - self.centre).normalized()


class Plane(Thing):
    def __init__(self, point, normal, material):
        super().__init__(material)
        self.point = point
        self.n = normal

    def intersect(self, ray):
        d = self.n.dot(ray.direction)
        if -1e-9 < d < 1e-9:
            return -1.0
        t = (self.point - ray.origin).dot(self.n) / d
        return t if t > 1e-6 else -1.0

    def normal(self, p):
        return self.n


class Scene:
    def __init__(self):
        self.things = []
        self.light = Vec(-3.0, 6.0, -4.0)
        self.ambient = 0.1

    def add(self, thing):
        self.things.append(thing)

    def nearest(self, ray):
        best_t = -1.0
        best = None
        for thing in self.things:
            t = thing.intersect(ray)
            if t > 0.0 and (best is None or t < best_t):
                best_t = t
                best = thing
        return best, best_t

    def shadowed(self, point, to_light, dist):
        ray = Ray(point, to_light)
        for thing in self.things:
            t = thing.intersect(ray)
            if 0.0 < t < dist:
                return True
        return False

    def trace(self, ray, depth):
        thing, t = self.nearest(ray)
        if thing is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return Vec(0.2, 0.3, 0.5) * k + Vec(0.9, 0.9, 0.9) * (1.0 - k)
        p = ray.at(t)
        n = thing.normal(p)
        mat = thing.material
        base = mat.colour_at(p)
        to_light = self.light - p
        dist = to_light.length()
        l = to_light / dist
        lum = self.ambient
        spec = 0.0
        if not self.shadowed(p, l, dist):
            diff = n.dot(l)
            if diff > 0.0:
                lum += diff * 0.9
            if mat.specular > 0.0:
                h = (l - ray.direction).normalized()
                s = n.dot(h)
                if s > 0.0:
                    s2 = s * s
                    s4 = s2 * s2
                    s8 = s4 * s4
                    spec = mat.specular * s8 * s8
        colour = base * lum + Vec(spec, spec, spec)
        if depth > 0 and mat.reflect > 0.0:
            d = ray.direction
            r = d - n * (2.0 * d.dot(n))
            refl = self.trace(Ray(p, r), depth - 1)
            colour = colour * (1.0 - mat.reflect) + refl * mat.reflect
        return colour


def build_scene():
    scene = Scene()
    scene.add(Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0),
                    Checker(Vec(0.9, 0.9, 0.9), Vec(0.1, 0.1, 0.1), 0.3)))
    colours = [Vec(0.9, 0.2, 0.2), Vec(0.2, 0.8, 0.3), Vec(0.2, 0.3, 0.9),
               Vec(0.9, 0.8, 0.1), Vec(0.7, 0.2, 0.8)]
    for i in range(5):
        x = -4.0 + 2.0 * i
        z = 3.0 + (i % 2) * 2.0
        r = 0.6 + 0.1 * i
        scene.add(Sphere(Vec(x, r, z), r, Material(colours[i], 0.25, 0.6)))
    scene.add(Sphere(Vec(0.0, 2.6, 7.0), 2.0, Material(Vec(0.8, 0.8, 0.8), 0.6, 0.9)))
    return scene


def clamp255(c):
    v = int(c * 255.0)
    return 0 if v < 0 else (255 if v > 255 else v)


def render(scene, width, height):
    eye = Vec(0.0, 2.0, -6.0)
    total = 0
    rows = []
    for j in range(height):
        y = 1.0 - 2.0 * j / height
        row_sum = 0
        for i in range(width):
            x = (2.0 * i / width - 1.0) * width / height
            d = Vec(x, y - 0.2, 1.6).normalized()
            c = scene.trace(Ray(eye, d), 3)
            r, g, b = clamp255(c.x), clamp255(c.y), clamp255(c.z)
            row_sum += r * 3 + g * 5 + b * 7
        rows.append(row_sum)
        total = (total * 31 + row_sum) % 1000000007
    return total, rows


def main(size):
    width = size
    height = max(1, size * 3 // 4)
    scene = build_scene()
    total, rows = render(scene, width, height)
    print(f"image {width}x{height}")
    print("first rows", rows[:3])
    print("brightest row", max(range(len(rows)), key=lambda k: rows[k]))
    print("checksum", total)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 400)
