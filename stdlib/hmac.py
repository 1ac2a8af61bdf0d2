"""hmac: keyed hashing (RFC 2104) written on top of hashlib, so that every
algorithm hashlib has works here too; compare_digest is the native
constant-time comparison."""

import hashlib as _hashlib_mod
import _hashlib

compare_digest = _hashlib.compare_digest
digest_size = None

_TRANS_5C = 0x5C
_TRANS_36 = 0x36


def _digest_name(digestmod):
    if isinstance(digestmod, str):
        return digestmod.lower()
    if callable(digestmod):
        return digestmod().name
    if hasattr(digestmod, "new"):
        return digestmod.new().name
    raise TypeError("Missing required parameter 'digestmod'.")


class HMAC:
    """An HMAC object: update(), digest(), hexdigest(), copy()."""

    blocksize = 64

    def __init__(self, key, msg=None, digestmod=""):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r"
                            % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        name = _digest_name(digestmod)
        self._inner = _hashlib_mod.new(name)
        self._outer = _hashlib_mod.new(name)
        self.digest_size = self._inner.digest_size
        self.block_size = self._inner.block_size
        blocksize = self.block_size
        if len(key) > blocksize:
            key = _hashlib_mod.new(name, key).digest()
        key = bytes(key) + bytes(blocksize - len(key))
        self._outer.update(bytes([b ^ _TRANS_5C for b in key]))
        self._inner.update(bytes([b ^ _TRANS_36 for b in key]))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = HMAC.__new__(HMAC)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        return self._current().digest()

    def hexdigest(self):
        return self._current().hexdigest()


def new(key, msg=None, digestmod=""):
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    return HMAC(key, msg, digest).digest()
