"""hashlib and hmac round 2: object API, incremental updates, attribute values, errors."""
import hashlib
import hmac


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


h = hashlib.sha256()
for chunk in [b"", b"a", b"bc" * 1000, bytearray(b"x"), b"\x00" * 64]:
    h.update(chunk)
print("incremental", h.hexdigest(), h.hexdigest() == h.copy().hexdigest())
print("one shot", hashlib.sha256(b"a" + b"bc" * 1000 + b"x" + b"\x00" * 64).hexdigest() == h.hexdigest())
t("new with data", lambda: hashlib.new("sha1", b"abc").hexdigest())
t("new upper", lambda: hashlib.new("SHA256", b"").hexdigest())
t("new usedforsecurity", lambda: hashlib.md5(b"x", usedforsecurity=False).hexdigest())
t("names", lambda: [hashlib.new(n).name for n in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]])
t("repr", lambda: repr(hashlib.sha256()).startswith("<sha256 _hashlib.HASH object @"))
t("digest types", lambda: (type(hashlib.md5().digest()).__name__, type(hashlib.md5().hexdigest()).__name__))
t("update none", lambda: hashlib.sha256().update(None))
t("update int", lambda: hashlib.sha256().update(5))
t("ctor int", lambda: hashlib.sha256(5))
t("new bad type", lambda: hashlib.new(5))
t("pbkdf2 types", lambda: hashlib.pbkdf2_hmac("sha256", "pw", b"s", 1))
t("pbkdf2 dklen", lambda: (len(hashlib.pbkdf2_hmac("sha512", b"pw", b"s", 3, 100)), hashlib.pbkdf2_hmac("sha256", b"pw", b"s", 3, dklen=None).hex()))
t("pbkdf2 dklen 0", lambda: hashlib.pbkdf2_hmac("sha256", b"pw", b"s", 3, 0))
t("pbkdf2 big iter", lambda: hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 4096, 20).hex())
t("available", lambda: sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha256"}))
m = hmac.new(b"secret", digestmod=hashlib.sha1)
m.update(b"part1")
m.update(b"part2")
print("hmac inc", m.hexdigest(), hmac.new(b"secret", b"part1part2", "sha1").hexdigest())
t("hmac attrs", lambda: (m.name, m.digest_size, m.block_size))
t("hmac digestmod str", lambda: hmac.new(b"k", b"m", digestmod="sha512").hexdigest())
t("hmac digestmod ctor", lambda: hmac.new(b"k", b"m", hashlib.md5).hexdigest())
t("hmac digestmod module-ish", lambda: hmac.new(b"k", b"m", digestmod=lambda d=b"": hashlib.sha256(d)).hexdigest())
t("hmac bytearray key", lambda: hmac.new(bytearray(b"k"), b"m", "sha256").hexdigest())
t("hmac empty key", lambda: hmac.new(b"", b"", "sha256").hexdigest())
t("hmac key == block", lambda: hmac.new(b"k" * 64, b"m", "sha256").hexdigest())
t("hmac digest fn", lambda: hmac.digest(b"k", b"m", "sha256").hex())
t("hmac bad digestmod", lambda: hmac.new(b"k", b"m", "nope"))
t("hmac msg str", lambda: hmac.new(b"k", "m", "sha256"))
t("compare types", lambda: (hmac.compare_digest(b"ab", bytearray(b"ab")), hmac.compare_digest("ab", "abc")))
t("compare bad", lambda: hmac.compare_digest(1, 2))
t("compare nonascii", lambda: hmac.compare_digest("é", "é"))
for args in [("sha256", b"p", "s", 1), (5, b"p", b"s", 1), ("sha256", b"p", b"s", "x"), ("sha256", b"p", b"s", 1, "x"), ("sha256", b"p", b"s", -1)]:
    t("pbkdf2 %r" % (args,), lambda: hashlib.pbkdf2_hmac(*args))
