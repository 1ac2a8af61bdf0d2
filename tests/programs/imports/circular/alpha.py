print("alpha: start")
from circular import beta
print("alpha: imported beta, beta.BETA_VALUE =", beta.BETA_VALUE)
ALPHA_VALUE = "alpha value"


def from_alpha():
    return "from_alpha sees " + beta.BETA_VALUE
print("alpha: end")
