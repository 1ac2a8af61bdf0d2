"""The HTTP/1.1 server: one select loop over non-blocking sockets, with
keep-alive, pipelined requests answered in order (a few per connection per
round, and none while a client leaves its answers unread), size limits
(431/413), timeouts (408, idle and stalled connections closed), clean 4xx
answers for bad requests, a 500 page for handler exceptions, requests
whose client has gone dropped unanswered, graceful shutdown on SIGTERM or
SIGINT (requests in flight answered), and worker processes forked after
binding that share the listening socket (`serve(..., workers=N)`).

`Server.step(timeout)` runs one round of the loop, so tests can drive a
server in-process without threads."""

import errno
import logging
import os
import select
import signal
import socket
import time

from .http import HttpError, Limits, Response, parse_head, serialize, wire_pieces
from .outgoing import Outgoing

log = logging.getLogger("kanbo.web.server")

RECV_SIZE = 65536
# A connection whose unsent answers exceed this is not read from, and its
# pipelined requests wait, until the client has taken them: a client that
# pipelines requests without reading the answers cannot grow the server.
OUTBUF_HIGH = 262144
# No connection is read from, and no held-back request answered, while the
# unsent answers of all connections together exceed this: many clients
# slow to read large pages cannot grow the server without bound either.
OUTBUF_TOTAL_HIGH = 32 << 20
# Pipelined requests answered for one connection in one round; the rest
# wait for the next round, so that one client's queue does not hold up
# the others.
PIPELINE_BATCH = 4


def error_page(status, message):
    from .http import REASONS
    import html

    title = "%d %s" % (status, REASONS.get(status, "Error"))
    body = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title>'
        '<link rel="stylesheet" href="/static/kanbo.css"></head>'
        '<body class="error-page"><main class="page"><h1>%s</h1><p>%s</p>'
        '<p><a href="/">Kanbo home</a></p></main></body></html>'
    ) % (title, title, html.escape(message))
    return Response(body, status)


class Connection:
    __slots__ = ("sock", "address", "inbuf", "outbuf", "last_active", "started", "closing", "head", "served", "backlog")

    def __init__(self, sock, address, now):
        self.sock = sock
        self.address = address
        self.inbuf = b""
        self.outbuf = Outgoing()
        self.last_active = now
        self.started = None  # when the current request's first byte came
        self.closing = False  # close once outbuf is written
        self.head = None  # a parsed Request waiting for its body
        self.served = 0
        self.backlog = False  # whole requests left in inbuf for the next round


class Server:
    """Serves `app` (a callable Request -> Response) on a listening socket."""

    def __init__(self, app, host="127.0.0.1", port=0, limits=None, listener=None, clock=time.monotonic):
        self.app = app
        self.limits = limits if limits is not None else Limits()
        self.clock = clock
        if listener is None:
            listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.bind((host, port))
            listener.listen(128)
        listener.setblocking(False)
        self.listener = listener
        self.connections = {}
        self.stopping = False
        self.accepting = True

    @property
    def address(self):
        return self.listener.getsockname()

    # ----- the loop

    def step(self, timeout=1.0):
        """One round: wait up to `timeout` for readiness, then accept, read,
        answer and write what is ready, and expire slow connections."""
        conns = list(self.connections.values())
        if self._output_full():
            readers = []
            backlog = []
        else:
            readers = [c.sock for c in conns if not c.closing and len(c.outbuf) < OUTBUF_HIGH]
            backlog = [c for c in conns if c.backlog]
        if self.accepting and len(self.connections) < self.limits.max_connections:
            readers.append(self.listener)
        writers = [c.sock for c in conns if c.outbuf]
        if backlog:
            timeout = 0
        try:
            readable, writable, _ = select.select(readers, writers, [], timeout)
        except InterruptedError:
            return
        except OSError as e:
            if e.errno == errno.EINTR:
                return
            raise
        for sock in writable:
            conn = self.connections.get(sock.fileno())
            if conn is not None:
                self._write(conn)
        for sock in readable:
            if sock is self.listener:
                self._accept()
            else:
                conn = self.connections.get(sock.fileno())
                if conn is not None:
                    self._read(conn)
        for conn in backlog:
            if conn.backlog and not conn.closing:
                conn.backlog = False
                self._resume(conn)
        self._expire()

    def serve_forever(self, poll=0.5):
        while not self.stopping:
            self.step(poll)
        self._drain()

    def stop(self):
        """Asks serve_forever to finish: stop accepting, answer what has
        been read, close."""
        self.stopping = True

    def _drain(self, grace=5.0):
        self.accepting = False
        deadline = self.clock() + grace
        for conn in list(self.connections.values()):
            if conn.head is not None or conn.inbuf:
                # a request still arriving: read it and answer it (with
                # Connection: close, as self.stopping is set)
                continue
            if not conn.outbuf:
                self._close(conn)
            else:
                conn.closing = True
        while self.connections and self.clock() < deadline:
            self.step(0.1)
        for conn in list(self.connections.values()):
            self._close(conn)
        self.listener.close()

    def close(self):
        for conn in list(self.connections.values()):
            self._close(conn)
        self.listener.close()

    # ----- connections

    def _accept(self):
        while len(self.connections) < self.limits.max_connections:
            try:
                sock, address = self.listener.accept()
            except BlockingIOError:
                return
            except OSError as e:
                if e.errno in (errno.EAGAIN, errno.EWOULDBLOCK, errno.ECONNABORTED, errno.EINTR):
                    return
                log.warning("accept failed: %s", e)
                return
            sock.setblocking(False)
            self.connections[sock.fileno()] = Connection(sock, address, self.clock())

    def _close(self, conn):
        conn.closing = True
        conn.outbuf.clear()
        self.connections.pop(conn.sock.fileno(), None)
        try:
            conn.sock.close()
        except OSError:
            pass

    def _read(self, conn):
        try:
            data = conn.sock.recv(RECV_SIZE)
        except BlockingIOError:
            return
        except OSError:
            self._close(conn)
            return
        if not data:
            self._close(conn)
            return
        now = self.clock()
        conn.last_active = now
        if conn.started is None:
            conn.started = now
        conn.inbuf += data
        try:
            self._process(conn)
        except Exception:
            # a bug in the protocol code must not take the server down
            log.exception("error while reading from %s", conn.address)
            self._close(conn)
            return
        if conn.outbuf:
            self._write(conn)

    def _write(self, conn, resume=True):
        """Sends what the socket takes; with `resume`, then answers the
        pipelined requests held back while the unsent answers were large."""
        sent_any = False
        while conn.outbuf:
            chunk = conn.outbuf.chunk()
            try:
                sent = conn.sock.send(chunk)
            except BlockingIOError:
                break
            except OSError:
                self._close(conn)
                return
            conn.outbuf.consume(sent)
            sent_any = True
            if sent < len(chunk):
                break  # the socket's buffer is full
        if not sent_any:
            return
        conn.last_active = self.clock()
        if not conn.outbuf and conn.closing:
            try:
                conn.sock.shutdown(socket.SHUT_WR)
            except OSError:
                pass
            self._close(conn)
        elif resume and conn.inbuf and len(conn.outbuf) < OUTBUF_HIGH and not conn.closing and not self._output_full():
            self._resume(conn)

    def _output_full(self):
        """Whether the unsent answers of all connections exceed OUTBUF_TOTAL_HIGH."""
        total = 0
        for conn in self.connections.values():
            total += len(conn.outbuf)
        return total > OUTBUF_TOTAL_HIGH

    def _resume(self, conn):
        """Answers requests already in `conn`'s input buffer."""
        try:
            self._process(conn)
        except Exception:
            log.exception("error while reading from %s", conn.address)
            self._close(conn)
            return
        if conn.outbuf:
            self._write(conn, resume=False)

    def _process(self, conn):
        """Answers the complete requests in the input buffer, in order: up
        to PIPELINE_BATCH of them (the rest next round, `backlog`), and
        while the unsent answers stay under OUTBUF_HIGH (this connection's)
        and OUTBUF_TOTAL_HIGH (all connections')."""
        limits = self.limits
        answered = 0
        conn.backlog = False
        while not conn.closing and len(conn.outbuf) < OUTBUF_HIGH:
            if answered >= PIPELINE_BATCH or self._output_full():
                conn.backlog = bool(conn.inbuf)
                return
            if conn.head is None:
                if conn.inbuf.startswith(b"\r\n"):
                    conn.inbuf = conn.inbuf[2:]  # tolerated empty line between requests
                    continue
                end = conn.inbuf.find(b"\r\n\r\n")
                if end < 0:
                    if len(conn.inbuf) > limits.max_head:
                        self._fail(conn, HttpError(431, "the request head is too large"))
                    elif conn.inbuf and b"\r\n" not in conn.inbuf and len(conn.inbuf) > limits.max_target + 64:
                        self._fail(conn, HttpError(414, "request target too long"))
                    return
                if end > limits.max_head:
                    self._fail(conn, HttpError(431, "the request head is too large"))
                    return
                head = conn.inbuf[:end]
                conn.inbuf = conn.inbuf[end + 4 :]
                try:
                    request = parse_head(head, limits)
                    length = request.content_length()
                except HttpError as e:
                    self._fail(conn, e)
                    if e.close:
                        return
                    continue
                if length > limits.max_body:
                    self._fail(conn, HttpError(413, "the request body is too large (limit %d bytes)" % limits.max_body))
                    return
                request.remote = conn.address
                conn.head = (request, length)
            request, length = conn.head
            if len(conn.inbuf) < length:
                return
            request.body = conn.inbuf[:length]
            conn.inbuf = conn.inbuf[length:]
            conn.head = None
            conn.started = None if not conn.inbuf else self.clock()
            if not conn.inbuf and self._peer_state(conn) == "closed":
                # The client sent its request and went away (a load tester
                # stopping, a browser tab closed) while the request waited:
                # do not spend the work on an answer nobody reads.
                log.info("%s %s: the client went away before its answer", request.method, request.target)
                self._close(conn)
                return
            self._answer(conn, request)
            answered += 1
            # each answer goes out before the next pipelined request runs
            self._write(conn, resume=False)

    def _answer(self, conn, request):
        keep_alive = request.keep_alive() and not self.stopping
        started = time.monotonic()
        try:
            response = self.app(request)
        except HttpError as e:
            response = error_page(e.status, e.message)
            if e.close:
                keep_alive = False
        except Exception:
            log.exception("error while answering %s %s", request.method, request.target)
            response = error_page(500, "Something went wrong on our side; the error was logged.")
        try:
            pieces = wire_pieces(response, keep_alive, request.method == "HEAD")
        except Exception:
            # a header that cannot go on the wire (a line break, non-Latin-1)
            log.exception("error while answering %s %s", request.method, request.target)
            response = error_page(500, "Something went wrong on our side; the error was logged.")
            pieces = wire_pieces(response, keep_alive, request.method == "HEAD")
        conn.served += 1
        log.info(
            "%s %s %d %d bytes %.1f ms",
            request.method,
            request.target,
            response.status,
            len(response.body),
            (time.monotonic() - started) * 1000.0,
        )
        for piece in pieces:
            conn.outbuf.append(piece)
        if not keep_alive:
            conn.closing = True

    def _fail(self, conn, error):
        log.info("bad request from %s: %d %s", conn.address[0] if conn.address else "?", error.status, error.message)
        conn.outbuf.append(serialize(error_page(error.status, error.message), not error.close))
        conn.head = None
        if error.close:
            conn.closing = True
            conn.inbuf = b""

    def _peer_state(self, conn):
        """'data' if bytes from the client wait unread in the socket,
        'closed' if only its end of the stream (or a reset) does, else
        'quiet'. Peeks; reads nothing."""
        try:
            data = conn.sock.recv(1, socket.MSG_PEEK)
        except BlockingIOError:
            return "quiet"
        except OSError:
            return "closed"
        return "data" if data else "closed"

    def _expire(self):
        now = self.clock()
        limits = self.limits
        for conn in list(self.connections.values()):
            if conn.backlog and not conn.closing:
                # Whole requests wait for the server (a pipeline batch, or
                # the output budget), not for the client.
                continue
            if not conn.closing and not conn.outbuf:
                if (conn.started is not None and now - conn.started > limits.header_timeout) or (
                    conn.started is None and conn.head is None and now - conn.last_active > limits.idle_timeout
                ):
                    # Timed out by the clock, but a busy round (slow answers
                    # to other clients) may have kept its bytes unread: those
                    # are read next round, not taken for silence.
                    if self._peer_state(conn) == "data":
                        continue
            if conn.closing or conn.outbuf:
                # Closing, or an answer the client is not reading: last_active
                # moves with every byte sent, so only a stalled reader goes.
                if now - conn.last_active > limits.idle_timeout:
                    # A busy round (long answers to other clients) may have
                    # kept the server from writing: try now, and close only
                    # a client that takes nothing.
                    if conn.outbuf:
                        self._write(conn, resume=False)
                    if self.connections.get(conn.sock.fileno()) is conn and now - conn.last_active > limits.idle_timeout:
                        self._close(conn)
                continue
            if conn.started is not None or conn.head is not None:
                if conn.started is not None and now - conn.started > limits.header_timeout:
                    self._fail(conn, HttpError(408, "the request took too long to arrive"))
                    self._write(conn)
            elif not conn.outbuf and now - conn.last_active > limits.idle_timeout:
                self._close(conn)


# ----- processes and signals


def _install_stop_handlers(server):
    def stop(signum, frame):
        server.stop()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)


def bind_listener(host, port, backlog=128):
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((host, port))
    listener.listen(backlog)
    return listener


def serve(make_app, host="127.0.0.1", port=8000, workers=1, limits=None, on_ready=None):
    """Binds `host:port` and serves until SIGTERM/SIGINT. `make_app()` is
    called in each serving process (after the fork, so that every worker
    opens its own database connection). With workers > 1 the parent forks
    that many workers sharing the listening socket, restarts none, and on
    SIGTERM/SIGINT forwards the signal and waits for them."""
    listener = bind_listener(host, port)
    if on_ready is not None:
        on_ready(listener.getsockname())
    if workers <= 1:
        server = Server(make_app(), limits=limits, listener=listener)
        _install_stop_handlers(server)
        server.serve_forever()
        return 0
    children = []
    stopping = [False]
    parent = os.getpid()

    def forward(signum, frame):
        stopping[0] = True
        if os.getpid() != parent:
            # a worker between its fork and its own handlers: it sees the
            # flag once they are installed (and must not signal siblings)
            return
        for child in children:
            try:
                os.kill(child, signal.SIGTERM)
            except OSError:
                pass

    # Installed before forking, so that a signal arriving at any time is
    # forwarded; each worker replaces them first thing.
    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)
    for _ in range(workers):
        if stopping[0]:
            break
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                server = Server(None, limits=limits, listener=listener)
                _install_stop_handlers(server)
                if stopping[0]:
                    server.stop()
                server.app = make_app()
                server.serve_forever()
            except BaseException:
                log.exception("worker %d failed", os.getpid())
                code = 1
            os._exit(code)
        children.append(pid)
        if stopping[0]:
            # the signal came between the fork and the line above
            try:
                os.kill(pid, signal.SIGTERM)
            except OSError:
                pass
    listener.close()
    status = 0
    remaining = list(children)
    resend_at = None
    while remaining:
        # Polled rather than blocking: once stopping, the signal is sent
        # again every second, because one that reaches a worker in the
        # instant after its fork (before the interpreter re-arms its signal
        # handling there) is lost, and that worker would serve on forever.
        if stopping[0]:
            now = time.monotonic()
            if resend_at is None:
                resend_at = now + 1.0
            elif now >= resend_at:
                resend_at = now + 1.0
                for child in remaining:
                    try:
                        os.kill(child, signal.SIGTERM)
                    except OSError:
                        pass
        try:
            pid, code = os.waitpid(-1, os.WNOHANG)
        except InterruptedError:
            continue
        except ChildProcessError:
            break
        if pid == 0:
            time.sleep(0.05)
            continue
        if pid in remaining:
            remaining.remove(pid)
            if not stopping[0]:
                log.warning("worker %d exited with status %d", pid, code)
                status = 1
    return status
