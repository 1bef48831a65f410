"""Byte streams to a daemon: unix socket, TCP or TLS, blocking or asyncio.

Both flavours speak httpcore's network-stream verbs (``read(max_bytes, timeout)``,
``write(data, timeout)``, ``close``/``aclose``, ``get_extra_info``) so that the
transport drives them and the ssh process streams (``_ssh``) alike. Errors are the
socket's own (``OSError``, ``TimeoutError``, ``ssl.SSLError``); the transport names
them in httpx's terms.

``get_extra_info("socket")`` is the plain ``socket.socket`` in both flavours: closing
a client (or a stream) from another thread shuts it down to wake a blocked reader, and
attach's half-close shuts its write side.
"""

from __future__ import annotations

import asyncio
import select
import socket
import ssl
from collections.abc import Awaitable, Callable
from typing import Any

__all__ = [
    "Address",
    "AsyncConnector",
    "AsyncSocketStream",
    "SocketStream",
    "SyncConnector",
    "open_async_stream",
    "open_sync_stream",
]

#: A unix socket path, or a TCP host and port.
Address = str | tuple[str, int]
#: What makes a new connection, given the connect timeout.
SyncConnector = Callable[[float | None], Any]
AsyncConnector = Callable[[float | None], Awaitable[Any]]

#: Bytes the asyncio stream buffers before it stops reading from the socket.
_HIGH_WATER = 1 << 20


def _new_socket(family: int) -> socket.socket:
    sock = socket.socket(family, socket.SOCK_STREAM)
    if family != socket.AF_UNIX:
        # requests are written in one piece, but attach's stdin and chunked uploads
        # are small writes that must not wait for an acknowledgement
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


def _connected(address: Address, timeout: float | None) -> socket.socket:
    if isinstance(address, str):
        sock = _new_socket(socket.AF_UNIX)
        try:
            sock.settimeout(timeout)
            sock.connect(address)
        except BaseException:
            sock.close()
            raise
        return sock
    sock = socket.create_connection(address, timeout)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


def open_sync_stream(
    address: Address, tls: ssl.SSLContext | None, server_hostname: str | None, timeout: float | None
) -> SocketStream:
    """A connected blocking stream (TLS handshake done when ``tls`` is given)."""
    sock = _connected(address, timeout)
    if tls is not None:
        try:
            sock = tls.wrap_socket(sock, server_hostname=server_hostname)
        except BaseException:
            sock.close()
            raise
    return SocketStream(sock, timeout)


class SocketStream:
    """A blocking socket with httpcore's stream verbs."""

    __slots__ = ("_timeout", "sock")

    def __init__(self, sock: socket.socket, timeout: float | None) -> None:
        self.sock = sock
        self._timeout = timeout

    def _use_timeout(self, timeout: float | None) -> None:
        if timeout != self._timeout:
            self.sock.settimeout(timeout)
            self._timeout = timeout

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        if timeout != self._timeout:
            self._use_timeout(timeout)
        return self.sock.recv(max_bytes)

    def write(self, data: bytes, timeout: float | None = None) -> None:
        if timeout != self._timeout:
            self._use_timeout(timeout)
        self.sock.sendall(data)

    def close(self) -> None:
        self.sock.close()

    def is_stale(self) -> bool:
        """An idle keep-alive connection with something to read has been closed by the
        daemon (or holds bytes nobody asked for): not reusable."""
        try:
            readable, _, _ = select.select([self.sock], [], [], 0)
        except (OSError, ValueError):
            return True
        return bool(readable)

    def get_extra_info(self, info: str) -> Any:
        return self.sock if info == "socket" else None


async def open_async_stream(
    address: Address, tls: ssl.SSLContext | None, server_hostname: str | None, timeout: float | None
) -> AsyncSocketStream:
    """A connected asyncio stream (TLS handshake done when ``tls`` is given)."""
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(timeout):
        sock = await _async_connected(loop, address)
        try:
            _transport, protocol = await loop.create_connection(
                _StreamProtocol, sock=sock, ssl=tls, server_hostname=server_hostname
            )
        except BaseException:
            sock.close()
            raise
    return AsyncSocketStream(protocol, sock)


async def _async_connected(loop: asyncio.AbstractEventLoop, address: Address) -> socket.socket:
    if isinstance(address, str):
        sock = _new_socket(socket.AF_UNIX)
        sock.setblocking(False)
        try:
            await _unix_connect(sock, address)
        except BaseException:
            sock.close()
            raise
        return sock
    infos = await loop.getaddrinfo(*address, type=socket.SOCK_STREAM)
    targets = [(family, where) for family, _, _, _, where in infos]
    failure: OSError = OSError(f"no address for {address!r}")
    for family, where in targets:
        sock = _new_socket(family)
        sock.setblocking(False)
        try:
            await loop.sock_connect(sock, where)
        except OSError as error:
            sock.close()
            failure = error
            continue
        except BaseException:
            sock.close()
            raise
        return sock
    raise failure


async def _unix_connect(sock: socket.socket, path: str) -> None:
    """Connect a non-blocking unix socket. Not ``loop.sock_connect``: a unix socket whose
    listener's backlog is full fails with EAGAIN, not EINPROGRESS, and is not connected
    when it turns writable; asyncio then takes it for connected. Try again instead."""
    while True:
        try:
            sock.connect(path)
        except BlockingIOError:
            await asyncio.sleep(0.001)  # the backlog is full: give the daemon a moment
        else:
            return


class _StreamProtocol(asyncio.Protocol):
    """Received bytes kept until read; a future to wake the one reader."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.chunks: list[bytes] = []
        self.size = 0
        self.eof = False
        self.error: BaseException | None = None
        self.waiter: asyncio.Future[None] | None = None
        self.drained: asyncio.Future[None] | None = None
        self.paused_reading = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.chunks.append(data)
        self.size += len(data)
        if self.size > _HIGH_WATER and self.transport is not None:
            self.transport.pause_reading()
            self.paused_reading = True
        self._wake()

    def eof_received(self) -> bool:
        self.eof = True
        self._wake()
        return False

    def connection_lost(self, exc: Exception | None) -> None:
        self.eof = True
        self.error = exc
        self._wake()
        drained, self.drained = self.drained, None
        if drained is not None and not drained.done():
            drained.set_result(None)

    def pause_writing(self) -> None:
        if self.drained is None:
            self.drained = asyncio.get_running_loop().create_future()

    def resume_writing(self) -> None:
        drained, self.drained = self.drained, None
        if drained is not None and not drained.done():
            drained.set_result(None)

    def _wake(self) -> None:
        waiter, self.waiter = self.waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def take(self, max_bytes: int) -> bytes:
        chunks = self.chunks
        data = chunks[0] if len(chunks) == 1 else b"".join(chunks)
        if len(data) > max_bytes:
            data, rest = data[:max_bytes], data[max_bytes:]
            self.chunks = [rest]
            self.size = len(rest)
        else:
            self.chunks = []
            self.size = 0
        if self.paused_reading and self.size <= _HIGH_WATER // 4 and self.transport is not None:
            self.paused_reading = False
            self.transport.resume_reading()
        return data


def _expire(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_exception(TimeoutError())


class AsyncSocketStream:
    """An asyncio connection with httpcore's async stream verbs."""

    __slots__ = ("_loop", "_protocol", "sock")

    def __init__(self, protocol: _StreamProtocol, sock: socket.socket) -> None:
        self._protocol = protocol
        self.sock = sock
        self._loop = asyncio.get_running_loop()

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        protocol = self._protocol
        if not protocol.chunks:
            if protocol.eof:
                if protocol.error is not None:
                    raise protocol.error
                return b""
            await self._wait(protocol, timeout)
            if not protocol.chunks:
                if protocol.error is not None:
                    raise protocol.error
                return b""
        return protocol.take(max_bytes)

    @staticmethod
    async def _wait(protocol: _StreamProtocol, timeout: float | None) -> None:
        loop = asyncio.get_running_loop()
        waiter = protocol.waiter = loop.create_future()
        if timeout is None:
            await waiter
            return
        timer = loop.call_later(timeout, _expire, waiter)
        try:
            await waiter
        finally:
            timer.cancel()

    async def gather(self, seconds: float) -> None:
        """Stop reading from the socket for `seconds`: what the daemon writes meanwhile
        waits in the kernel and arrives in one read, not one wake-up per write."""
        protocol = self._protocol
        transport = protocol.transport
        if transport is None or transport.is_closing() or protocol.paused_reading:
            await asyncio.sleep(seconds)
            return
        transport.pause_reading()
        try:
            await asyncio.sleep(seconds)
        finally:
            if not protocol.paused_reading and not transport.is_closing():
                transport.resume_reading()

    async def write(self, data: bytes, timeout: float | None = None) -> None:
        protocol = self._protocol
        transport = protocol.transport
        if transport is None or transport.is_closing():
            raise protocol.error or ConnectionResetError("the connection is closed")
        transport.write(data)
        drained = protocol.drained
        if drained is not None:
            if timeout is None:
                await asyncio.shield(drained)
                return
            timer = asyncio.get_running_loop().call_later(timeout, _expire, drained)
            try:
                await asyncio.shield(drained)
            finally:
                timer.cancel()

    def close(self) -> None:
        transport = self._protocol.transport
        if transport is not None and not self._loop.is_closed():
            transport.abort()  # closes the socket too
        else:
            self.sock.close()  # its loop is gone (a client used under another asyncio.run)

    async def aclose(self) -> None:
        self.close()

    def is_stale(self) -> bool:
        protocol = self._protocol
        transport = protocol.transport
        return (
            protocol.eof
            or bool(protocol.chunks)
            or transport is None
            or transport.is_closing()
            or self._loop is not asyncio.get_running_loop()  # made under another loop
        )

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        """The event loop the stream was made under (it cannot be used under another)."""
        return self._loop

    def get_extra_info(self, info: str) -> Any:
        return self.sock if info == "socket" else None
