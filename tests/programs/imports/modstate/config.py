debug = False
counter = 0
settings = {"level": 1}


def bump():
    global counter
    counter += 1
    return counter


def is_debug():
    return debug
