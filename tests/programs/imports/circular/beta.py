print("beta: start")
from circular import alpha
print("beta: alpha partially initialised, has ALPHA_VALUE:", hasattr(alpha, "ALPHA_VALUE"))
BETA_VALUE = "beta value"


def from_beta():
    return "from_beta sees " + alpha.ALPHA_VALUE
print("beta: end")
