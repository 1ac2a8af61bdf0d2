"""secrets: random numbers for security (token_bytes, token_hex,
token_urlsafe, randbelow, randbits, choice), drawn from the operating
system's generator through os.urandom."""

import os
from hmac import compare_digest

DEFAULT_ENTROPY = 32

_URLSAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def _int_from_bytes(data):
    n = 0
    for b in data:
        n = (n << 8) | b
    return n


def randbits(k):
    if k < 0:
        raise ValueError("number of bits must be non-negative")
    if k == 0:
        return 0
    numbytes = (k + 7) // 8
    x = _int_from_bytes(os.urandom(numbytes))
    return x >> (numbytes * 8 - k)


def randbelow(exclusive_upper_bound):
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    k = exclusive_upper_bound.bit_length()
    r = randbits(k)
    while r >= exclusive_upper_bound:
        r = randbits(k)
    return r


def choice(seq):
    if not len(seq):
        raise IndexError("Cannot choose from an empty sequence")
    return seq[randbelow(len(seq))]


def token_bytes(nbytes=None):
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return os.urandom(nbytes)


def token_hex(nbytes=None):
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    # URL-safe base64 without padding, as base64.urlsafe_b64encode(...).rstrip(b"=").
    data = token_bytes(nbytes)
    out = []
    i = 0
    n = len(data)
    while i + 3 <= n:
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(_URLSAFE[(v >> 18) & 63] + _URLSAFE[(v >> 12) & 63]
                   + _URLSAFE[(v >> 6) & 63] + _URLSAFE[v & 63])
        i += 3
    rest = n - i
    if rest == 1:
        v = data[i] << 16
        out.append(_URLSAFE[(v >> 18) & 63] + _URLSAFE[(v >> 12) & 63])
    elif rest == 2:
        v = (data[i] << 16) | (data[i + 1] << 8)
        out.append(_URLSAFE[(v >> 18) & 63] + _URLSAFE[(v >> 12) & 63]
                   + _URLSAFE[(v >> 6) & 63])
    return "".join(out)


from random import SystemRandom
