"""hashlib digests (md5, sha1, sha2 family), copy/update, pbkdf2_hmac, and hmac."""
import hashlib, hmac
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = hashlib.new(name, b"abc")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
h = hashlib.sha256()
h.update(b"hello ")
c = h.copy()
h.update(b"world")
print(h.hexdigest(), c.hexdigest())
print(hashlib.sha256(b"hello world").digest() == h.digest(), len(h.digest()))
print(hashlib.md5(b"").hexdigest(), hashlib.sha1(bytearray(b"x")).hexdigest())
for i in range(100):
    c.update(b"x")
print(c.hexdigest())
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, 20).hex())
print(hashlib.pbkdf2_hmac("sha512", b"pw", b"salt", 10, dklen=16).hex())
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError:", e)
try:
    hashlib.new("whirlpool2")
except ValueError as e:
    print("ValueError:", e)
try:
    hashlib.sha256().update(5)
except TypeError as e:
    print("TypeError:", e)
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha256"}))
m = hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", hashlib.sha256)
print(m.name, m.digest_size, m.hexdigest())
m2 = hmac.new(b"key", digestmod="md5")
m2.update(b"The quick brown fox jumps over the lazy dog")
print(m2.hexdigest(), m2.copy().hexdigest() == m2.hexdigest())
print(hmac.new(b"k" * 100, b"msg", "sha1").hexdigest())
print(hmac.digest(b"key", b"msg", "sha256").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"), hmac.compare_digest(b"a", b"ab"))
try:
    hmac.compare_digest("a", b"a")
except TypeError as e:
    print("TypeError:", e)
try:
    hmac.new(b"key", b"msg")
except TypeError as e:
    print("TypeError:", e)
