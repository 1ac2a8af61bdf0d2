# Uncaught AssertionError without a message
def check(values):
    for v in values:
        print("checking", v)
        assert v > 0

check([3, 2, 1, 0, -1])
