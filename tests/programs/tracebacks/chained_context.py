# "During handling of the above exception, another exception occurred:"
def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        print("key missing, computing fallback")
        return 1 / 0

config = {"a": 1}
print(lookup(config, "a"))
print(lookup(config, "b"))
