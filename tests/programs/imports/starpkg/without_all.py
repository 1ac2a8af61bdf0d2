import math
from math import floor as imported_floor


def visible():
    return "visible"


def _hidden():
    return "hidden"


VALUE = 7
_PRIVATE_VALUE = 8
__dunder_value__ = 9
