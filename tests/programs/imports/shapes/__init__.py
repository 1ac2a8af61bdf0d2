"""The shapes package."""
print("shapes/__init__ running, __name__ =", __name__)
from .util import describe
DEFAULT_UNITS = "cm"
