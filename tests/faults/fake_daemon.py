"""A scriptable fake Docker daemon on a unix socket, for what no real engine shows.

It speaks just enough HTTP/1.1 (keep-alive, Content-Length and chunked request
bodies) to serve the clients, records every request exactly as received (the raw
request target included), and lets a test answer with hostile bytes: redirects,
garbage, bodies trickled a byte at a time, answers without end, connection resets.

Everything is bounded in time: sockets time out, handlers stop when the daemon
stops, and `stop()` joins its threads with a timeout. Use it as a context manager
(or through the `daemon` fixture), one per test, in a short directory under /tmp.
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import socket
import struct
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

__all__ = ["Exchange", "FakeDaemon", "Wire"]

#: How long any socket operation of the daemon may block.
IO_TIMEOUT = 10.0
_VERSION_PREFIX = re.compile(r"^/v\d+\.\d+(?=/)")


@dataclass
class Exchange:
    """One request as the daemon received it."""

    method: str
    target: str  # the raw request target: path and query, percent-escapes kept
    headers: list[tuple[str, str]]
    body: bytes

    @property
    def raw_path(self) -> str:
        return self.target.split("?", 1)[0]

    @property
    def path(self) -> str:
        """The raw path without the /vX.Y prefix."""
        return _VERSION_PREFIX.sub("", self.raw_path)

    @property
    def query(self) -> str:
        return self.target.split("?", 1)[1] if "?" in self.target else ""

    def header(self, name: str) -> str | None:
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None


class Wire:
    """The daemon's side of one connection, for handlers to answer on."""

    def __init__(self, sock: socket.socket, daemon: FakeDaemon) -> None:
        self.sock = sock
        self.daemon = daemon
        #: Set by a handler to end the connection after its answer.
        self.close_after = False
        self.sent = 0

    def send(self, data: bytes) -> bool:
        """Write `data`; False once the client has gone (or the daemon stops)."""
        if self.daemon.stopping.is_set():
            return False
        try:
            self.sock.sendall(data)
        except OSError:
            return False
        self.sent += len(data)
        return True

    def reply(
        self,
        status: int,
        body: bytes = b"",
        *,
        content_type: str = "application/json",
        headers: Iterable[tuple[str, str]] = (),
    ) -> None:
        """A complete answer with a Content-Length."""
        head = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}"]
        if body or status not in (204, 304):
            head.append(f"Content-Type: {content_type}")
        head.append(f"Content-Length: {len(body)}")
        head.extend(f"{name}: {value}" for name, value in headers)
        self.send(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)

    def json(self, status: int, value: Any, **kwargs: Any) -> None:
        self.reply(status, json.dumps(value).encode(), **kwargs)

    def head(
        self,
        status: int = 200,
        *,
        content_type: str = "application/json",
        headers: Iterable[tuple[str, str]] = (),
        chunked: bool = True,
    ) -> bool:
        """The head of an answer whose body follows (chunked, or until the close)."""
        lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}"]
        lines.append(f"Content-Type: {content_type}")
        if chunked:
            lines.append("Transfer-Encoding: chunked")
        else:
            lines.append("Connection: close")
            self.close_after = True
        lines.extend(f"{name}: {value}" for name, value in headers)
        return self.send(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))

    def chunk(self, data: bytes) -> bool:
        return self.send(b"%x\r\n%s\r\n" % (len(data), data)) if data else True

    def end(self) -> bool:
        return self.send(b"0\r\n\r\n")

    def trickle(self, data: bytes, every: float, *, limit: float = 30.0) -> bool:
        """Send `data` one byte at a time, `every` seconds apart (stops when the client
        goes, the daemon stops, or after `limit` seconds)."""
        started = time.monotonic()
        for index in range(len(data)):
            if not self.send(data[index : index + 1]):
                return False
            if time.monotonic() - started > limit or self.daemon.stopping.wait(every):
                return False
        return True

    def wait_for_client_to_go(self, limit: float = 30.0) -> None:
        """Block until the client closes the connection (or `limit`, or the daemon stops)."""
        deadline = time.monotonic() + limit
        self.sock.settimeout(0.1)
        while time.monotonic() < deadline and not self.daemon.stopping.is_set():
            try:
                if not self.sock.recv(65536):
                    return
            except TimeoutError:
                continue
            except OSError:
                return

    def reset(self) -> None:
        """End the connection with a TCP-style reset (SO_LINGER 0): no orderly close."""
        self.close_after = True
        with contextlib.suppress(OSError):
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.sock.close()


Handler = Callable[[Exchange, Wire], None]

_REASONS = {
    101: "UPGRADED",
    200: "OK",
    201: "Created",
    204: "No Content",
    301: "Moved Permanently",
    302: "Found",
    304: "Not Modified",
    307: "Temporary Redirect",
    308: "Permanent Redirect",
    400: "Bad Request",
    404: "Not Found",
    409: "Conflict",
    500: "Internal Server Error",
}


@dataclass
class _Route:
    method: str
    pattern: re.Pattern[str]
    handler: Handler


@dataclass
class FakeDaemon:
    """A daemon answering /version and /_ping, plus the routes a test adds."""

    api_version: str = "1.41"
    exchanges: list[Exchange] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.directory = tempfile.mkdtemp(prefix="i13d", dir="/tmp")
        self.path = f"{self.directory}/docker.sock"
        self.url = f"unix://{self.path}"
        self.stopping = threading.Event()
        self._routes: list[_Route] = []
        self._threads: list[threading.Thread] = []
        self._connections: list[socket.socket] = []
        self._lock = threading.Lock()
        self._listener: socket.socket | None = None

    # -- routes -----------------------------------------------------------

    def route(self, method: str, pattern: str) -> Callable[[Handler], Handler]:
        """Answer `method` on unversioned raw paths matching `pattern` (a full match)."""

        def register(handler: Handler) -> Handler:
            self._routes.insert(0, _Route(method, re.compile(pattern), handler))
            return handler

        return register

    def answer(self, method: str, pattern: str, status: int, value: Any = None) -> None:
        """A route that always answers `status` with `value` as JSON."""
        body = b"" if value is None else json.dumps(value).encode()
        self.route(method, pattern)(lambda exchange, wire: wire.reply(status, body))

    def received(self, method: str | None = None, path: str | None = None) -> list[Exchange]:
        """The requests received, but version negotiation and pings."""
        with self._lock:
            found = [e for e in self.exchanges if e.path not in ("/version", "/_ping")]
        if method is not None:
            found = [e for e in found if e.method == method]
        if path is not None:
            found = [e for e in found if e.path == path]
        return found

    def _default(self, exchange: Exchange, wire: Wire) -> None:
        if exchange.path == "/version":
            wire.json(
                200,
                {"ApiVersion": self.api_version, "MinAPIVersion": "1.12", "Version": "fake"},
            )
        elif exchange.path == "/_ping":
            wire.reply(200, b"" if exchange.method == "HEAD" else b"OK", content_type="text/plain")
        else:
            wire.json(404, {"message": f"page not found: {unquote(exchange.path)}"})

    @property
    def accepted(self) -> int:
        """How many connections the daemon has accepted."""
        with self._lock:
            return len(self._connections)

    # -- life cycle ---------------------------------------------------------

    def start(self) -> FakeDaemon:
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        listener.bind(self.path)
        listener.listen(64)
        listener.settimeout(0.1)
        self._listener = listener
        self._spawn(self._accept_loop)
        return self

    def stop(self) -> None:
        self.stopping.set()
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        for thread in list(self._threads):
            thread.join(timeout=5)
        if self._listener is not None:
            self._listener.close()
        for connection in connections:
            connection.close()
        shutil.rmtree(self.directory, ignore_errors=True)

    def __enter__(self) -> FakeDaemon:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _spawn(self, target: Callable[..., None], *args: Any) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        self._threads.append(thread)
        thread.start()

    def _accept_loop(self) -> None:
        assert self._listener is not None
        while not self.stopping.is_set():
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            sock.settimeout(IO_TIMEOUT)
            with self._lock:
                self._connections.append(sock)
            self._spawn(self._serve, sock)

    def _serve(self, sock: socket.socket) -> None:
        reader = _Reader(sock)
        try:
            while not self.stopping.is_set():
                exchange = reader.request()
                if exchange is None:
                    return
                with self._lock:
                    self.exchanges.append(exchange)
                wire = Wire(sock, self)
                self._handler_for(exchange)(exchange, wire)
                if wire.close_after or exchange.header("connection") == "close":
                    return
        except (OSError, ValueError):
            return
        finally:
            with contextlib.suppress(OSError):
                sock.close()

    def _handler_for(self, exchange: Exchange) -> Handler:
        for route in self._routes:
            if route.method == exchange.method and route.pattern.fullmatch(exchange.path):
                return route.handler
        return self._default


class _Reader:
    """Reads HTTP/1.1 requests off one connection."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buffer = b""

    def _fill(self) -> bool:
        data = self.sock.recv(65536)
        self.buffer += data
        return bool(data)

    def _line(self) -> bytes:
        while b"\r\n" not in self.buffer:
            if not self._fill():
                raise ValueError("connection closed inside a line")
        line, _, self.buffer = self.buffer.partition(b"\r\n")
        return line

    def _exactly(self, size: int) -> bytes:
        while len(self.buffer) < size:
            if not self._fill():
                raise ValueError("connection closed inside a body")
        data, self.buffer = self.buffer[:size], self.buffer[size:]
        return data

    def request(self) -> Exchange | None:
        while b"\r\n\r\n" not in self.buffer:
            if not self._fill():
                return None
        head, _, self.buffer = self.buffer.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, _version = lines[0].split(" ", 2)
        headers = [
            (name.strip(), value.strip())
            for name, _, value in (line.partition(":") for line in lines[1:])
        ]
        exchange = Exchange(method, target, headers, b"")
        if (exchange.header("transfer-encoding") or "").lower() == "chunked":
            parts = []
            while True:
                size = int(self._line().split(b";")[0], 16)
                if size == 0:
                    self._line()
                    break
                parts.append(self._exactly(size))
                self._line()
            exchange.body = b"".join(parts)
        else:
            exchange.body = self._exactly(int(exchange.header("content-length") or 0))
        return exchange
