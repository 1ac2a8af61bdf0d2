"""uuid round 2: every constructor form, attributes, variants/versions, comparisons, errors."""
import uuid


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


u = uuid.UUID("a8098c1a-f86e-11da-bd1a-00112444be1e")
t("attrs", lambda: (u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time,
                    u.clock_seq, u.version, u.variant))
t("bytes", lambda: (u.bytes, u.bytes_le, u.hex, u.urn, u.int, str(u), repr(u)))
t("forms", lambda: [uuid.UUID(x) == u for x in ["{a8098c1a-f86e-11da-bd1a-00112444be1e}", "A8098C1AF86E11DABD1A00112444BE1E",
                                                  "urn:uuid:a8098c1a-f86e-11da-bd1a-00112444be1e", " a8098c1a-f86e-11da-bd1a-00112444be1e "[1:-1]]])
t("bytes_le ctor", lambda: uuid.UUID(bytes_le=u.bytes_le) == u)
t("fields ctor", lambda: uuid.UUID(fields=u.fields) == u)
t("int ctor range", lambda: uuid.UUID(int=2 ** 128))
t("two args", lambda: uuid.UUID("a8098c1a-f86e-11da-bd1a-00112444be1e", int=1))
t("bytes len", lambda: uuid.UUID(bytes=b"123"))
t("bad hex", lambda: uuid.UUID("g8098c1a-f86e-11da-bd1a-00112444be1e"))
t("version arg", lambda: uuid.UUID(int=0, version=4))
t("bad version", lambda: uuid.UUID(int=0, version=9))
t("variants", lambda: [uuid.UUID(int=i << 56).variant for i in (0x00, 0x80, 0xC0, 0xE0)])
t("nil", lambda: (uuid.UUID(int=0), uuid.UUID(int=0).version))
t("cmp", lambda: (u == uuid.UUID(str(u)), u != uuid.UUID(int=0), uuid.UUID(int=1) < uuid.UUID(int=2), u == str(u)))
t("cmp bad", lambda: u < "x")
t("hash set", lambda: len({u, uuid.UUID(str(u)), uuid.UUID(int=0)}))
t("immutable", lambda: setattr(u, "x", 1))
t("int()", lambda: int(uuid.UUID(int=42)))
t("is_safe", lambda: u.is_safe)
t("uuid3/5 str ns", lambda: (uuid.uuid3(uuid.NAMESPACE_DNS, "example.com"), uuid.uuid5(uuid.NAMESPACE_OID, "1.2.3")))
t("uuid5 bytes name", lambda: uuid.uuid5(uuid.NAMESPACE_X500, b"cn=x") if False else uuid.uuid5(uuid.NAMESPACE_X500, "cn=x"))
t("namespaces", lambda: (uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500))
t("constants", lambda: (uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE))
v4 = uuid.uuid4()
t("uuid4 shape", lambda: (v4.version, v4.variant == uuid.RFC_4122, len(v4.hex), v4 != uuid.uuid4()))
