# Helper module for traceback tests: raises from inside an imported module.
class HelperError(Exception):
    pass


def parse(value):
    return convert(value)


def convert(value):
    if not value.isdigit():
        raise HelperError(f"cannot convert {value!r}")
    return int(value)
