print("second: start")
from circ_bad.first import FIRST
SECOND = "second"
