"""Leaf module docstring."""
print("names.leaf __name__:", __name__)
if __name__ == "__main__":
    print("never printed: leaf is imported, not run")


def whoami():
    return __name__
