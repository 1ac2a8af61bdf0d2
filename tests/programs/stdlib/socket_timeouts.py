"""socket timeouts (accept, recv), connect refused with a timeout, connect_ex, name lookup of localhost."""
import socket, time
s = socket.socket(); s.bind(("127.0.0.1", 0)); p = s.getsockname()[1]; s.close()
try:
    socket.create_connection(("127.0.0.1", p), timeout=1)
except ConnectionRefusedError as e:
    print("refused", e)
srv = socket.create_server(("127.0.0.1", 0))
srv.settimeout(0.05)
try:
    srv.accept()
except socket.timeout as e:
    print("accept timeout", e)
c = socket.socket()
print(c.connect_ex(("127.0.0.1", srv.getsockname()[1])))
conn, _ = srv.accept()
print(conn.gettimeout())
c.settimeout(0.05)
try:
    c.recv(10)
except TimeoutError as e:
    print("recv timeout", e)
conn.close()
print(c.recv(10))
c.close(); srv.close()
print(socket.gethostbyname("localhost"), socket.getaddrinfo("localhost", 80, socket.AF_INET, socket.SOCK_STREAM)[0][4])
try:
    socket.socket().connect(("127.0.0.1", 70000))
except OverflowError as e:
    print("OverflowError:", e)
