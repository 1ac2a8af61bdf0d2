# Circular imports: a partially initialised module is visible to the other
from circular import alpha
print(alpha.ALPHA_VALUE)
from circular import beta
print(beta.from_beta(), "|", alpha.from_alpha())
print(alpha.beta is beta, beta.alpha is alpha)
try:
    from circ_bad import first
except ImportError as e:
    print(type(e).__name__, e)
