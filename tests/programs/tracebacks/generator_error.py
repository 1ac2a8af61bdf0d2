# Uncaught exception raised inside a generator while it is consumed
def numbers(items):
    for item in items:
        yield int(item)

def total(items):
    s = 0
    for n in numbers(items):
        s += n
    return s

print(total(["1", "2"]))
print(total(["3", "four"]))
