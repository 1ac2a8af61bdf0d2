"""A select()-driven echo server with non-blocking sockets serving a forked client."""
import os, select, socket, sys

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen()
srv.setblocking(False)
port = srv.getsockname()[1]
pid = os.fork()
if pid == 0:
    srv.close()
    socks = [socket.create_connection(("127.0.0.1", port)) for i in range(3)]
    for i, s in enumerate(socks):
        s.sendall(("hello %d\n" % i).encode() * (i + 1))
    for s in socks:
        s.shutdown(socket.SHUT_WR)
    ok = True
    for i, s in enumerate(socks):
        want = ("HELLO %d\n" % i).encode() * (i + 1)
        got = b""
        while True:
            chunk = s.recv(3)
            if not chunk:
                break
            got += chunk
        ok = ok and got == want
        s.close()
    os._exit(0 if ok else 1)

clients = {}
done = 0
while done < 3:
    r, _, _ = select.select([srv] + list(clients), [], [], 10)
    if not r:
        print("timeout")
        break
    for s in r:
        if s is srv:
            conn, addr = srv.accept()
            conn.setblocking(False)
            clients[conn] = b""
            continue
        try:
            data = s.recv(5)
        except BlockingIOError:
            continue
        if data:
            clients[s] += data
        else:
            s.setblocking(True)
            s.sendall(bytes([c - 32 if 97 <= c <= 122 else c for c in clients[s]]))
            s.close()
            del clients[s]
            done += 1
_, status = os.waitpid(pid, 0)
print("served", done, "client ok:", os.waitstatus_to_exitcode(status) == 0)
srv.close()
try:
    srv.accept()
except OSError as e:
    print(type(e).__name__, e.errno)
s = socket.socket()
s.settimeout(0.1)
print(s.gettimeout(), s.getblocking())
s.setblocking(True)
print(s.gettimeout(), s.getblocking())
try:
    s.settimeout(-1)
except ValueError as e:
    print("ValueError:", e)
s.close()
with socket.socket() as s:
    print(s.family == socket.AF_INET, s.type == socket.SOCK_STREAM, s.fileno() >= 0)
print(s.fileno())
