"""Not a test module (the pattern does not match it)."""


def twice(x):
    return 2 * x
