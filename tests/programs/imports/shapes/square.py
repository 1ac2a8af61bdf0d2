print("shapes.square running, __name__ =", __name__)
from .circle import Circle as _Circle


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def bigger_than_circle(self, r):
        return self.area() > _Circle(r).area()
