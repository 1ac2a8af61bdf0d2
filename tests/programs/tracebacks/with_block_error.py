# Uncaught exception from a with block; __exit__ runs but does not suppress
class Resource:
    def __enter__(self):
        print("acquire")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("release, saw", exc_type.__name__)
        return False

with Resource():
    print("using resource")
    raise OSError("device busy")
