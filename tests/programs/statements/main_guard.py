# if __name__ == "__main__": and module-level names
print(__name__)
print(type(__name__).__name__)
def main():
    print("main called")
    return 0
if __name__ == "__main__":
    print("running as script")
    rc = main()
    print("rc", rc)
else:
    print("imported")
if __name__ != "__main__":
    print("never")
print("__builtins__" in dir())
print(sorted(k for k in globals() if k.startswith("__") and k in ("__name__", "__doc__")))
print(__doc__)
