"""selectors.DefaultSelector driving a loopback echo server and clients in one process."""
import selectors
import socket


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


sel = selectors.DefaultSelector()
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen()
srv.setblocking(False)
key = sel.register(srv, selectors.EVENT_READ, data="server")
print("key", key.fileobj is srv, key.fd == srv.fileno(), key.events, key.data, type(key).__name__)
try:
    sel.register(srv, selectors.EVENT_READ)
except KeyError as e:
    print("register twice KeyError", str(e).endswith("is already registered\""))
t("bad events", lambda: sel.register(socket.socket(), 0))
t("bad fileobj", lambda: sel.register("x", selectors.EVENT_READ))
t("unregister missing", lambda: sel.unregister(12345))
t("get_key", lambda: sel.get_key(srv).data)
t("get_key missing", lambda: sel.get_key(9999))
print("map", len(sel.get_map()), srv in sel.get_map(), sel.get_map()[srv].data)
port = srv.getsockname()[1]
clients = [socket.create_connection(("127.0.0.1", port)) for _ in range(3)]
for i, c in enumerate(clients):
    c.sendall(b"msg%d" % i)
echoed = {}
served = 0
rounds = 0
while served < 3 and rounds < 100:
    rounds += 1
    for key, events in sel.select(timeout=2):
        if key.data == "server":
            conn, _ = srv.accept()
            conn.setblocking(False)
            sel.register(conn, selectors.EVENT_READ, data="conn")
        else:
            data = key.fileobj.recv(100)
            if data:
                key.fileobj.sendall(data.upper())
                sel.modify(key.fileobj, selectors.EVENT_READ, data="done")
            else:
                sel.unregister(key.fileobj)
                key.fileobj.close()
            served += 1
for i, c in enumerate(clients):
    print("client", i, c.recv(100))
    c.close()
print("done keys", sorted(k.data for k in sel.get_map().values()))
ready = sel.select(timeout=0.5)
print("after close ready", sorted(k.data for k, ev in ready), [ev for k, ev in ready])
w = socket.socket()
w.connect(("127.0.0.1", port))
sel.register(w, selectors.EVENT_WRITE | selectors.EVENT_READ, data="writer")
evs = [(k.data, ev) for k, ev in sel.select(timeout=1) if k.data == "writer"]
print("writable", evs)
k2 = sel.modify(w, selectors.EVENT_WRITE, data="w2")
print("modify", k2.events, k2.data)
print("unregister", sel.unregister(w).data, w in sel.get_map())
w.close()
sel.close()
print("closed map", sel.get_map())
t("get_key closed", lambda: sel.get_key(srv))
srv.close()
with selectors.DefaultSelector() as s2:
    print("empty select", s2.select(timeout=0))
