"""uuid (uuid4 version bits, parsing, uuid3/uuid5) and secrets (only lengths and ranges of random values)."""
import uuid, secrets
u = uuid.uuid4()
s = str(u)
print(len(s), s[14], s[19] in "89ab", u.version, u.variant, len(u.hex), len(u.bytes), repr(u) == "UUID('" + s + "')")
print(uuid.UUID(s) == u, uuid.UUID(hex=u.hex) == u, uuid.UUID(bytes=u.bytes) == u, uuid.UUID(int=u.int) == u)
v = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(v, repr(v), v.hex, v.int, v.version, v.fields, v.urn, v.bytes)
print(uuid.UUID("{12345678-1234-5678-1234-567812345678}") == v, hash(v) == hash(uuid.UUID(int=v.int)))
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"))
print(sorted([uuid.UUID(int=5), uuid.UUID(int=3)]))
try:
    uuid.UUID("xyz")
except ValueError as e:
    print("ValueError:", e)
try:
    v.int = 3
except TypeError as e:
    print("TypeError:", e)
print(len(secrets.token_hex(16)), len(secrets.token_bytes(8)), len(secrets.token_urlsafe(16)), len(secrets.token_urlsafe(5)), len(secrets.token_hex()))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)), secrets.choice("a") == "a", secrets.choice([1, 2, 3]) in (1, 2, 3))
print(set(secrets.token_urlsafe(300)) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"))
print(secrets.randbits(0), 0 <= secrets.randbits(7) < 128, secrets.compare_digest("a", "a"))
try:
    secrets.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    secrets.randbelow(0)
except ValueError as e:
    print("ValueError:", e)
