print("shapes.util running, __name__ =", __name__)
PI = 3.14159


def describe(shape):
    return f"{type(shape).__name__} with area {shape.area():.2f}"
