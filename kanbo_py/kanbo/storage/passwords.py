"""Password hashes: salted PBKDF2-HMAC-SHA256, stored as
`pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>`."""

import hashlib
import hmac
import os

ALGORITHM = "pbkdf2_sha256"
DEFAULT_ITERATIONS = 100000


def hash_password(password, iterations=DEFAULT_ITERATIONS, salt=None):
    """The encoded hash of `password` with a fresh 16-byte salt."""
    if salt is None:
        salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return "%s$%d$%s$%s" % (ALGORITHM, iterations, salt.hex(), digest.hex())


def verify_password(password, encoded):
    """Whether `password` matches `encoded` (a constant-time compare)."""
    parts = encoded.split("$")
    if len(parts) != 4 or parts[0] != ALGORITHM:
        return False
    try:
        iterations = int(parts[1])
        salt = bytes.fromhex(parts[2])
        expected = bytes.fromhex(parts[3])
    except ValueError:
        return False
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return hmac.compare_digest(digest, expected)
