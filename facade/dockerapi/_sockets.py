"""Hijacked connections (attach, exec start) as small socket-like objects.

The daemon answers an attach or exec start sent with `Connection: Upgrade` /
`Upgrade: tcp` with `101 UPGRADED` and then speaks raw bytes on the same
connection: output from the container one way, stdin the other. httpx exposes
that connection as `response.extensions["network_stream"]`; these wrappers
give it a socket's verbs: `recv`/`read`, `send`/`sendall`/`write`,
`shutdown_write()` (half-close: the container sees EOF on stdin while its
output can still be read) and `close()`.

`_sock` returns the object itself, so code written against docker-py's
`sock._sock.sendall(...)` keeps working, TLS included.
"""

from __future__ import annotations

import contextlib
import socket
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ._closing import AsyncClosing, Closing
from ._streams import TransportErrorMapper
from ._transport import as_httpx_error

__all__ = ["AsyncHijackedSocket", "HijackedSocket"]

_DEFAULT_READ = 65536


def _raw_socket(response: httpx.Response) -> socket.socket | None:
    network_stream = response.extensions.get("network_stream")
    if network_stream is None:
        return None
    sock = network_stream.get_extra_info("socket")
    return sock if isinstance(sock, socket.socket) else None


def _half_close(response: httpx.Response) -> None:
    sock = _raw_socket(response)
    if sock is not None:
        # The plain socket method, also under TLS: the daemon only needs the FIN.
        socket.socket.shutdown(sock, socket.SHUT_WR)
        return
    # Connections that are not sockets (ssh processes) say how to end their input.
    network_stream = response.extensions.get("network_stream")
    close_write = network_stream.get_extra_info("close_write") if network_stream else None
    if not callable(close_write):
        raise OSError("this connection has no socket to half-close")
    close_write()


class _HijackedBase:
    """What both socket flavours share: the connection, its state and the plain-socket verbs."""

    def __init__(
        self,
        response: httpx.Response,
        *,
        map_error: TransportErrorMapper,
        timeout: float | None = None,
        owner: object = None,
    ) -> None:
        self._response = response
        # Its client's executor, kept alive while the socket is (see Stream).
        self._owner = owner
        # None only for transports without a socket (mocks): reads still work.
        self._network_stream: Any = response.extensions.get("network_stream")
        self._map_error = map_error
        self._timeout = timeout
        self._closed = False
        # Without an upgrade (status 200) output still arrives as the body,
        # possibly partly buffered by the HTTP parser: read it from there.
        self._body: Any = None if response.status_code == 101 else self._open_body(response)
        self._pending = b""

    @staticmethod
    def _open_body(response: httpx.Response) -> Any:
        raise NotImplementedError

    @property
    def response(self) -> httpx.Response:
        return self._response

    @property
    def closed(self) -> bool:
        return self._closed

    def settimeout(self, timeout: float | None) -> None:
        """Seconds a read or write may block (None: forever)."""
        self._timeout = timeout

    def gettimeout(self) -> float | None:
        return self._timeout

    def fileno(self) -> int:
        sock = _raw_socket(self._response)
        if sock is None:
            raise OSError("this connection has no file descriptor")
        return sock.fileno()

    def shutdown_write(self) -> None:
        """Half-close: no more stdin; output can still be read."""
        _half_close(self._response)

    def _take(self, bufsize: int) -> bytes:
        """Up to `bufsize` bytes of the body chunk being served."""
        data, self._pending = self._pending[:bufsize], self._pending[bufsize:]
        return data


class HijackedSocket(_HijackedBase, Closing):
    """The raw, bidirectional connection of an attach or exec start (blocking)."""

    _body: Iterator[bytes] | None

    @staticmethod
    def _open_body(response: httpx.Response) -> Iterator[bytes]:
        return response.iter_bytes()

    @property
    def _sock(self) -> HijackedSocket:
        return self

    def recv(self, bufsize: int = _DEFAULT_READ) -> bytes:
        """Up to `bufsize` bytes (any size when not positive); b"" at end of stream."""
        if self._closed:
            return b""
        if bufsize <= 0:
            bufsize = _DEFAULT_READ
        try:
            if self._body is None:
                data: bytes = self._network_stream.read(bufsize, self._timeout)
                return data
            if not self._pending:
                self._pending = next(self._body, b"")
            return self._take(bufsize)
        except Exception as error:  # httpcore's own errors: map them as httpx would
            if self.closed:  # closed meanwhile: the cut-off read just means the end
                return b""
            raise self._map_error(as_httpx_error(error, writing=False)) from error

    def read(self, n: int = _DEFAULT_READ) -> bytes:
        return self.recv(n)

    def sendall(self, data: bytes) -> None:
        if self._network_stream is None:
            raise OSError("this connection cannot be written to")
        try:
            self._network_stream.write(bytes(data), self._timeout)
        except Exception as error:
            raise self._map_error(as_httpx_error(error, writing=True)) from error

    def send(self, data: bytes) -> int:
        self.sendall(data)
        return len(data)

    def write(self, data: bytes) -> int:
        return self.send(data)

    def shutdown(self, how: int = socket.SHUT_WR) -> None:
        if how == socket.SHUT_WR:
            self.shutdown_write()
            return
        sock = _raw_socket(self._response)
        if sock is not None:
            socket.socket.shutdown(sock, how)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._response.close()

    def __iter__(self) -> Iterator[bytes]:
        """Chunks of output until the daemon closes the connection."""
        while True:
            data = self.recv()
            if not data:
                return
            yield data

    def __del__(self) -> None:
        if not getattr(self, "_closed", True):
            with contextlib.suppress(Exception):
                self.close()


class AsyncHijackedSocket(_HijackedBase, AsyncClosing):
    """The raw, bidirectional connection of an attach or exec start (async)."""

    _body: AsyncIterator[bytes] | None

    @staticmethod
    def _open_body(response: httpx.Response) -> AsyncIterator[bytes]:
        return response.aiter_bytes()

    async def recv(self, bufsize: int = _DEFAULT_READ) -> bytes:
        """Up to `bufsize` bytes (any size when not positive); b"" at end of stream."""
        if self._closed:
            return b""
        if bufsize <= 0:
            bufsize = _DEFAULT_READ
        try:
            if self._body is None:
                data: bytes = await self._network_stream.read(bufsize, self._timeout)
                return data
            if not self._pending:
                self._pending = await anext(self._body, b"")
            return self._take(bufsize)
        except Exception as error:
            if self.closed:
                return b""
            raise self._map_error(as_httpx_error(error, writing=False)) from error

    async def read(self, n: int = _DEFAULT_READ) -> bytes:
        return await self.recv(n)

    async def sendall(self, data: bytes) -> None:
        if self._network_stream is None:
            raise OSError("this connection cannot be written to")
        try:
            await self._network_stream.write(bytes(data), self._timeout)
        except Exception as error:
            raise self._map_error(as_httpx_error(error, writing=True)) from error

    async def send(self, data: bytes) -> int:
        await self.sendall(data)
        return len(data)

    async def write(self, data: bytes) -> int:
        return await self.send(data)

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
        await self._response.aclose()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while True:
            data = await self.recv()
            if not data:
                return
            yield data
