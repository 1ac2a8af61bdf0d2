"""socket round 2: UDP, create_server, MSG_PEEK, makefile modes, readline limits, errors after shutdown."""
import socket
import time


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2.bind(("127.0.0.1", 0))
t("udp sendto", lambda: u2.sendto(b"datagram", u1.getsockname()))
data, addr = u1.recvfrom(100)
print("udp recvfrom", data, addr == u2.getsockname())
u1.sendto(b"back", addr)
t("udp recv", lambda: u2.recv(2))
u1.settimeout(0.1)
t("udp timeout", lambda: u1.recvfrom(10))
u1.close()
u2.close()
srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]
print("create_server", srv.type == socket.SOCK_STREAM, srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
c = socket.create_connection(("127.0.0.1", port), timeout=2)
print("create_connection timeout", c.gettimeout())
s, _ = srv.accept()
c.sendall(b"peekaboo\nsecond line\nthird")
time.sleep(0.05)
print("peek", s.recv(4, socket.MSG_PEEK), s.recv(4))
f = s.makefile("rb")
print("readline limit", f.readline(3), f.readline(), f.readline())
c.shutdown(socket.SHUT_WR)
print("read rest", f.read(), f.read())
f.close()
rw = s.makefile("rwb")
rw.write(b"reply\n")
rw.flush()
print("rw", c.makefile("rb").readline())
rw.close()
t("send after shutdown", lambda: c.send(b"x"))
t("shutdown bad how", lambda: c.shutdown(5))
s.close()
t("recv after peer close", lambda: c.recv(10))
c.close()
t("makefile bad mode", lambda: srv.makefile("x"))
t("accept timeout", lambda: (srv.settimeout(0.05), srv.accept()))
srv.close()
t("bind privileged-or-used", lambda: socket.create_server(("127.0.0.1", port)).close())
t("connect closed port", lambda: socket.create_connection(("127.0.0.1", port), timeout=1))
t("getaddrinfo localhost", lambda: socket.getaddrinfo("127.0.0.1", 80, type=socket.SOCK_STREAM)[0][4])
t("gethostbyname", lambda: socket.gethostbyname("127.0.0.1"))
t("setdefaulttimeout", lambda: (socket.setdefaulttimeout(1.5), socket.getdefaulttimeout(), socket.socket().gettimeout(), socket.setdefaulttimeout(None)))
t("socket with", lambda: (lambda s: (s.__enter__() is s, s.__exit__(None, None, None), s.fileno()))(socket.socket()))
