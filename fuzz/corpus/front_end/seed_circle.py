"""Circles."""
print("shapes.circle running, __name__ =", __name__)
from .util import PI
from . import util


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return PI * self.r ** 2

    def describe(self):
        return util.describe(self)
