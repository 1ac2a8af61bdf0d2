"""hashlib: md5, sha1, sha224, sha256, sha384, sha512 hash objects and
pbkdf2_hmac, on the native `_hashlib` digests. A hash object keeps the data
it was given and digests it on demand."""

import _hashlib

_INFO = {
    "md5": (16, 64),
    "sha1": (20, 64),
    "sha224": (28, 64),
    "sha256": (32, 64),
    "sha384": (48, 128),
    "sha512": (64, 128),
}

algorithms_guaranteed = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512"}
algorithms_available = set(algorithms_guaranteed)


class HASH:
    """A hash object: update(), digest(), hexdigest(), copy()."""

    def __init__(self, name, data=b""):
        self.name = name
        self.digest_size, self.block_size = _INFO[name]
        self._chunks = []
        if data:
            self.update(data)
        else:
            _hashlib.check(data)

    def __repr__(self):
        return "<%s _hashlib.HASH object @ %s>" % (self.name, hex(id(self)))

    def update(self, data):
        self._chunks.append(_hashlib.check(data))

    def digest(self):
        return _hashlib.digest(self.name, self._chunks)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        h = HASH(self.name)
        h._chunks = list(self._chunks)
        return h


def new(name, data=b"", **kwargs):
    if not isinstance(name, str):
        raise TypeError("name must be a string")
    key = name.lower()
    if key not in _INFO:
        raise ValueError("unsupported hash type " + name)
    if "string" in kwargs:
        data = kwargs["string"]
    return HASH(key, data)


def md5(data=b"", **kwargs):
    return new("md5", data, **kwargs)


def sha1(data=b"", **kwargs):
    return new("sha1", data, **kwargs)


def sha224(data=b"", **kwargs):
    return new("sha224", data, **kwargs)


def sha256(data=b"", **kwargs):
    return new("sha256", data, **kwargs)


def sha384(data=b"", **kwargs):
    return new("sha384", data, **kwargs)


def sha512(data=b"", **kwargs):
    return new("sha512", data, **kwargs)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    if not isinstance(hash_name, str):
        raise TypeError("pbkdf2_hmac() argument 'hash_name' must be str, not %s"
                        % type(hash_name).__name__)
    for value in (password, salt):
        if not isinstance(value, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(value).__name__)
    if not isinstance(iterations, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(iterations).__name__)
    if dklen is not None and not isinstance(dklen, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(dklen).__name__)
    if hash_name.lower() not in _INFO:
        raise ValueError("unsupported hash type " + hash_name)
    return _hashlib.pbkdf2_hmac(hash_name.lower(), password, salt, iterations, dklen)
