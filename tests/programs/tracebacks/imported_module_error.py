# Uncaught exception raised inside an imported helper module
from tb_helpers import failing

print(failing.parse("12"))
print(failing.parse("1x"))
