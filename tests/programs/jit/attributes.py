# Attribute reads and writes on objects, and a class attribute changed
# while the compiled loop keeps running.
# jit: loops compiled >= 1
class Point:
    scale = 1

    def __init__(self, x, y):
        self.x = x
        self.y = y

def walk(p, n):
    for i in range(n):
        p.x = p.x + p.y * Point.scale
        if i == n // 2:
            Point.scale = 3
    return p.x

print(walk(Point(1, 2), 20000))
