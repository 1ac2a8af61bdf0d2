"""socket and select on loopback: server and client in one program (select, then a forked server), port 0, errors."""
import socket, select, os

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen(5)
host, port = srv.getsockname()
print(host, port > 0)
cli = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
cli.connect(("127.0.0.1", port))
r, w, x = select.select([srv], [], [], 5)
print(r == [srv], w, x)
conn, addr = srv.accept()
print(addr[0], addr[1] == cli.getsockname()[1], conn.getpeername() == cli.getsockname())
cli.sendall(b"GET / HTTP/1.0\r\nHost: x\r\n\r\n")
f = conn.makefile("rb")
print(f.readline(), f.readline(), f.readline())
f.close()
conn.sendall(b"HTTP/1.0 200 OK\r\n\r\nhello")
conn.shutdown(socket.SHUT_WR)
buf = bytearray(100)
n = cli.recv_into(buf)
data = bytes(buf[:n])
while True:
    chunk = cli.recv(4)
    if not chunk:
        break
    data += chunk
print(data)
cli.settimeout(0.05)
print(cli.gettimeout())
try:
    cli2 = socket.socket()
    cli2.settimeout(0.2)
    with cli2:
        cli2.connect(("127.0.0.1", port))
        print(cli2.recv(10) if False else "connected")
        cli2.recv(10)
except socket.timeout as e:
    print("timeout:", e, type(e).__name__, socket.timeout is TimeoutError)
conn.close()
cli.close()
srv.close()
s = socket.socket()
s.bind(("127.0.0.1", 0))
p = s.getsockname()[1]
s.close()
try:
    c = socket.socket()
    c.connect(("127.0.0.1", p))
except ConnectionRefusedError as e:
    print("refused:", e.errno, e)
c.close()
try:
    c.recv(1)
except OSError as e:
    print(type(e).__name__, e)
a, b = socket.socketpair()
a.sendall(b"ping")
print(b.recv(10))
b.close()
try:
    for i in range(100):
        a.sendall(b"x" * 65536)
except (BrokenPipeError, ConnectionResetError) as e:
    print("broken:", type(e).__name__)
a.close()
a, b = socket.socketpair()
b.setblocking(False)
try:
    b.recv(1)
except BlockingIOError as e:
    print("blocking:", e)
print(select.select([a, b.fileno()], [a], [], 0)[0], len(select.select([], [a], [], 0)[1]))
a.close(); b.close()

# A forked HTTP-ish server answering two requests, one per connection.
srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]
pid = os.fork()
if pid == 0:
    for i in range(2):
        conn, _ = srv.accept()
        with conn:
            rf = conn.makefile("rb")
            line = rf.readline()
            while rf.readline() not in (b"\r\n", b""):
                pass
            rf.close()
            body = b"you asked for " + line[4:-11]
            conn.sendall(b"HTTP/1.0 200 OK\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
    srv.close()
    os._exit(0)
srv.close()
for path in ["/a", "/bb"]:
    with socket.create_connection(("127.0.0.1", port), timeout=5) as c:
        c.sendall(b"GET " + path.encode() + b" HTTP/1.0\r\nHost: localhost\r\n\r\n")
        f = c.makefile("rb")
        status = f.readline()
        headers = []
        while True:
            h = f.readline()
            if h == b"\r\n":
                break
            headers.append(h)
        print(status, headers, f.read())
        f.close()
_, status = os.waitpid(pid, 0)
print("server exit", os.waitstatus_to_exitcode(status))
