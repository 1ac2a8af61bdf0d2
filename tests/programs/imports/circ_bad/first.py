print("first: start")
from circ_bad.second import SECOND
FIRST = "first"
