"""base64 round 2: Ascii85/Base85 with all options, file encode/decode, b32hex, error messages."""
import base64
import io


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


samples = [b"", b"\0", b"\0\0\0\0", b"\0\0\0\0\0", b"    ", b"     x", b"h", b"he", b"hel", b"hell", b"hello",
           b"hello world!", bytes(range(256)), b"\xff\xff\xff\xff", b"\0\0\0\0    \0\0"]
for s in samples:
    t("85 %r" % s[:12], lambda: (base64.b85encode(s), base64.b85encode(s, pad=True), base64.a85encode(s),
                                 base64.a85encode(s, foldspaces=True), base64.a85encode(s, pad=True),
                                 base64.a85encode(s, adobe=True)))
    t(" rt", lambda: (base64.b85decode(base64.b85encode(s)) == s, base64.a85decode(base64.a85encode(s)) == s,
                      base64.a85decode(base64.a85encode(s, foldspaces=True), foldspaces=True) == s,
                      base64.a85decode(base64.a85encode(s, adobe=True, wrapcol=7), adobe=True) == s))
t("wrapcol", lambda: base64.a85encode(bytes(range(40)), wrapcol=10))
t("wrapcol adobe", lambda: base64.a85encode(b"hello world", wrapcol=5, adobe=True))
t("wrapcol adobe 1", lambda: base64.a85encode(b"hi", wrapcol=1, adobe=True))
t("a85 str", lambda: base64.a85decode("87cURDZ"))
t("a85 ws", lambda: base64.a85decode(b"87cU RD\nZ"))
t("a85 z inside", lambda: base64.a85decode(b"87zcURD"))
t("a85 bad", lambda: base64.a85decode(b"87cUR{"))
t("a85 overflow", lambda: base64.a85decode(b"uuuuu"))
t("a85 adobe missing end", lambda: base64.a85decode(b"<~87cURD", adobe=True))
t("a85 adobe no start", lambda: base64.a85decode(b"87cURD]i,\"Ebo80~>", adobe=True))
t("a85 ignorechars", lambda: base64.a85decode(b"87cU.RD", ignorechars=b"."))
t("a85 y no fold", lambda: base64.a85decode(b"y"))
t("b85 bad", lambda: base64.b85decode(b"abc\""))
t("b85 overflow", lambda: base64.b85decode(b"~~~~~"))
t("b85 str", lambda: base64.b85decode("Xk~0{Zv"))
t("b85 type", lambda: base64.b85encode("str"))
t("b85 nonascii", lambda: base64.b85decode("é"))
t("b32hex", lambda: (base64.b32hexencode(b"hello"), base64.b32hexdecode(b"D1IMOR3F"), base64.b32hexdecode("d1imor3f", casefold=True)))
out = io.BytesIO()
base64.encode(io.BytesIO(bytes(range(200))), out)
print("encode", out.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print("decode", back.getvalue() == bytes(range(200)))
t("encodebytes empty", lambda: base64.encodebytes(b""))
t("decodebytes bad", lambda: base64.decodebytes(b"a"))
t("b64decode bad pad", lambda: base64.b64decode(b"a==="))
t("b64decode urlsafe str", lambda: base64.urlsafe_b64decode("-_-_"))
t("b32decode map01", lambda: base64.b32decode(b"MZXW6YQ=", map01=b"L") if False else base64.b32decode(b"0Z", map01=b"L") if False else "skip")
t("b32 pad err", lambda: base64.b32decode(b"MZXW6YQ"))
t("b32 bad char", lambda: base64.b32decode(b"MZXW6YQ1"))
