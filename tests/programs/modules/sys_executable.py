# sys.executable names the running interpreter's binary: an absolute path
# to an existing executable file.
import os
import sys

exe = sys.executable
print(type(exe).__name__, os.path.isabs(exe), os.path.isfile(exe), os.access(exe, os.X_OK))
