"""The project's own HTTP/1.1 transport under httpx: ``SyncTransport`` / ``AsyncTransport``.

httpx's public transport interface (``httpx.BaseTransport`` and
``httpx.AsyncBaseTransport``) over the connection core in ``_http1`` (framing, reuse and
retry rules, parsed by httptools) and the byte streams of ``_netstreams`` (unix socket,
TCP, TLS) or ``_ssh`` (ssh processes). The two transports only move bytes; they decide
nothing the core does not say.

- Pooling: idle keep-alive connections are kept up to ``max_pool_size`` (newest
  reused first; thread-safe). A call never waits for a free connection: without an
  idle one it opens another (docker-py's non-blocking pools), so the pool timeout
  never runs out. A connection goes back to the pool only when its response was read
  to the end and both sides keep it alive; a response closed early, a call cancelled
  or interrupted mid-way, or a failure closes the connection instead. The asyncio
  transport keeps the extra connections of a burst too (up to ``AWAITING_HEAD_LIMIT``)
  for ``BURST_LINGER_SECONDS``, for the next burst.
- A stale idle connection (the daemon closed it, or it holds bytes nobody asked for)
  is dropped when taken; one that fails anyway before any byte of the answer arrives is
  retried once on a new connection, for idempotent requests whose body can be sent
  again (``_http1.may_retry``).
- Timeouts: httpx's connect, write and read timeouts bound each connect, write and
  read; each read is also capped by the call's deadline (``_timeouts.read_timeout``).
- ``101`` upgrades: the response carries the connection as its ``network_stream``
  extension, starting with the bytes received after the head; it is never pooled and
  closing the response closes it.
- An answer that arrived whole with its head (most calls), or that the caller will read
  whole anyway (``_http1.READ_WHOLE``) and was read here, is returned read, and its
  connection is free at once. Every other response has its connection as
  ``network_stream``: ``shutdown_network_stream`` on it (or ``ConnectionRegistry.cut_all``
  for all of a client's) wakes a blocked reader from another thread.
- Failures are httpx's exceptions (``ConnectError``, ``ReadTimeout``,
  ``RemoteProtocolError`` ...), with the socket's error chained, as httpx's own
  transport raises them: ``_transport.transport_error`` words them for the caller.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import threading
import time
import weakref
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Iterator
from typing import Any

import httpx

from ._http1 import (
    LAST_CHUNK,
    READ_WHOLE,
    ResponseReader,
    encode_chunk,
    may_retry,
    request_head,
)
from ._netstreams import AsyncConnector, SyncConnector
from ._timeouts import DeadlineExceeded, read_timeout

__all__ = [
    "AWAITING_HEAD_LIMIT",
    "BURST_LINGER_SECONDS",
    "AsyncTransport",
    "SyncTransport",
    "WholeAnswer",
    "as_httpx_error",
]

_READ_SIZE = 262144
#: A body in memory up to this size goes out in the head's write.
_INLINE_BODY = 65536
_PHASE_ERRORS: dict[str, tuple[type[httpx.TransportError], type[httpx.TransportError]]] = {
    "connect": (httpx.ConnectError, httpx.ConnectTimeout),
    "read": (httpx.ReadError, httpx.ReadTimeout),
    "write": (httpx.WriteError, httpx.WriteTimeout),
}


def as_httpx_error(error: BaseException, phase: str) -> httpx.TransportError:
    """A failure of a connection's ``phase`` ("connect", "read", "write") as httpx's
    exception (to be raised ``from error``).

    The ssh streams raise httpcore's exceptions, whose names are httpx's. A TLS failure
    is a connect error wherever it shows: with TLS 1.3, a daemon refusing the client's
    certificate is seen on the first read.
    """
    import ssl

    if isinstance(error, httpx.TransportError):
        return error
    message = str(error) or type(error).__name__
    if type(error).__module__.startswith("httpcore"):
        same = getattr(httpx, type(error).__name__, None)
        if isinstance(same, type) and issubclass(same, httpx.TransportError):
            return same(message)
        is_timeout = "Timeout" in type(error).__name__
    else:
        is_timeout = isinstance(error, TimeoutError | DeadlineExceeded)
    if isinstance(error, ssl.SSLError) and not is_timeout:
        return httpx.ConnectError(f"TLS failed: {message}")
    failed, timed_out = _PHASE_ERRORS[phase]
    return timed_out(message) if is_timeout else failed(message)


class _Pool:
    """Idle connections, newest last; shared by threads (and tasks).

    ``size`` of them are kept for good. A pool with a ``burst`` keeps up to that many
    for ``linger`` seconds more (the connections a burst of calls opened, for the next
    burst): ``surplus_expired`` hands out those idle longer, to close."""

    __slots__ = ("_idle", "_lock", "burst", "closed", "linger", "size")

    def __init__(self, size: int, *, burst: int = 0, linger: float = 0.0) -> None:
        self.size = size
        self.burst = burst
        self.linger = linger
        self._idle: list[Any] = []
        self._lock = threading.Lock()
        self.closed = False

    @property
    def surplus(self) -> int:
        """Idle connections beyond ``size`` (kept for ``linger`` seconds at most)."""
        return len(self._idle) - self.size

    def surplus_expired(self, now: float) -> list[Any]:
        """The idle connections beyond ``size`` idle since ``linger`` seconds or more
        (the oldest), taken out to close."""
        with self._lock:
            excess = len(self._idle) - self.size
            expired = 0
            while expired < excess and self._idle[expired].idle_since <= now - self.linger:
                expired += 1
            closing, self._idle = self._idle[:expired], self._idle[expired:]
        return closing

    def take(self) -> tuple[Any | None, list[Any]]:
        """A live idle connection (or None), and the stale ones found, to close."""
        stale = []
        with self._lock:
            while self._idle:
                connection = self._idle.pop()
                if connection.is_stale():
                    stale.append(connection)
                else:
                    return connection, stale
        return None, stale

    def keep(self, connection: Any, wanted: int = 0) -> list[Any]:
        """Keep ``connection`` for reuse; the connections to close. Beyond ``size``, as
        many more are kept as calls are ``wanted`` waiting for one, or up to ``burst``;
        the oldest go."""
        with self._lock:
            if self.closed:
                return [connection]
            connection.idle_since = time.monotonic()
            self._idle.append(connection)
            excess = len(self._idle) - max(self.size + wanted, self.burst)
            if excess <= 0:
                return []
            closing, self._idle = self._idle[:excess], self._idle[excess:]
            return closing

    def take_where(self, wanted: Callable[[Any], bool]) -> list[Any]:
        """The idle connections ``wanted`` says yes to, taken out (to close)."""
        with self._lock:
            taken = [connection for connection in self._idle if wanted(connection)]
            self._idle = [connection for connection in self._idle if not wanted(connection)]
        return taken

    def drain(self) -> list[Any]:
        """Every idle connection, to close; nothing is kept from now on."""
        with self._lock:
            self.closed = True
            idle, self._idle = self._idle, []
        return idle


class _Connection:
    """One connection to the daemon, as the rest of the library sees it (a network
    stream whose reads respect the call's deadline and raise httpx's errors)."""

    __slots__ = ("__weakref__", "idle_since", "stream", "unread")

    def __init__(self, stream: Any) -> None:
        self.stream = stream
        #: When it went back to the pool (time.monotonic()).
        self.idle_since = 0.0
        #: Bytes received but not consumed (the start of an upgraded stream).
        self.unread = b""

    def _take_unread(self, max_bytes: int) -> bytes:
        data, self.unread = self.unread[:max_bytes], self.unread[max_bytes:]
        return data

    def is_stale(self) -> bool:
        is_stale = getattr(self.stream, "is_stale", None)
        return bool(is_stale()) if is_stale is not None else False

    def get_extra_info(self, info: str) -> Any:
        return self.stream.get_extra_info(info)


class _SyncConnection(_Connection):
    __slots__ = ()

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        if self.unread:
            return self._take_unread(max_bytes)
        try:
            data: bytes = self.stream.read(max_bytes, read_timeout(timeout))
        except Exception as error:
            raise as_httpx_error(error, "read") from error
        return data

    def write(self, data: bytes, timeout: float | None = None) -> None:
        try:
            self.stream.write(data, timeout)
        except Exception as error:
            raise as_httpx_error(error, "write") from error

    def close(self) -> None:
        try:
            self.stream.close()
        except Exception as error:
            raise as_httpx_error(error, "write") from error

    def gather(self, seconds: float) -> None:
        """Wait `seconds` before the next read (see `gather_pause`)."""
        time.sleep(seconds)


class _AsyncConnection(_Connection):
    __slots__ = ()

    def stream_loop(self) -> asyncio.AbstractEventLoop | None:
        """The event loop the connection was made under (None: not an asyncio one)."""
        loop: asyncio.AbstractEventLoop | None = getattr(self.stream, "loop", None)
        return loop

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        if self.unread:
            return self._take_unread(max_bytes)
        try:
            data: bytes = await self.stream.read(max_bytes, read_timeout(timeout))
        except Exception as error:
            raise as_httpx_error(error, "read") from error
        return data

    async def write(self, data: bytes, timeout: float | None = None) -> None:
        try:
            await self.stream.write(data, timeout)
        except Exception as error:
            raise as_httpx_error(error, "write") from error

    async def aclose(self) -> None:
        try:
            await self.stream.aclose()
        except Exception as error:
            raise as_httpx_error(error, "write") from error

    async def gather(self, seconds: float) -> None:
        """Wait `seconds` without reading (see `gather_pause`); a stream that cannot
        stop reading (ssh) does not wait."""
        gather = getattr(self.stream, "gather", None)
        if gather is not None:
            await gather(seconds)


def _timeouts(request: httpx.Request) -> tuple[float | None, float | None, float | None]:
    """The request's connect, write and read timeouts."""
    limits = request.extensions.get("timeout") or {}
    return limits.get("connect"), limits.get("write"), limits.get("read")


def _whole_limit(request: httpx.Request, reader: ResponseReader) -> int:
    """How many body bytes may be read before returning (-1: none past the head's)."""
    if reader.complete or reader.upgraded:
        return -1
    limit = request.extensions.get(READ_WHOLE)
    return -1 if limit is None else int(limit(reader.status_code))


class WholeAnswer:
    """An answer read to its end with its connection already free: status, headers and
    body, before (and unless) anyone needs it as an ``httpx.Response``.

    What the transport's ``exchange`` returns for most calls: the executor takes the
    status and body from it directly, which spares building and reading an
    ``httpx.Response`` (a tenth of a call's client time); ``as_response`` makes one
    when a caller asks for it (and ``handle_request`` always does).
    """

    __slots__ = ("content", "headers", "request", "status_code")

    def __init__(
        self,
        status_code: int,
        headers: list[tuple[bytes, bytes]],
        content: bytes,
        request: httpx.Request,
    ) -> None:
        self.status_code = status_code
        self.headers = headers
        self.content = content
        self.request = request

    def as_response(self) -> httpx.Response:
        """The answer as httpx's response, read (no ``network_stream``: the connection
        may be serving another call by now)."""
        response = httpx.Response(
            self.status_code,
            headers=self.headers,
            stream=httpx.ByteStream(self.content),
            request=self.request,
            extensions={"http_version": b"HTTP/1.1"},
        )
        response.read()
        return response


def _whole_answer(request: httpx.Request, reader: ResponseReader) -> WholeAnswer | None:
    """The answer, when all of it came with its head or was read here (most calls)."""
    if not reader.complete or reader.upgraded:
        return None
    return WholeAnswer(reader.status_code, reader.headers, reader.take(), request)


def _response(
    request: httpx.Request, reader: ResponseReader, connection: _Connection, stream: Any
) -> httpx.Response:
    if reader.upgraded:
        connection.unread = reader.leftover
    return httpx.Response(
        reader.status_code,
        headers=reader.headers,
        stream=stream,
        request=request,
        extensions={"http_version": b"HTTP/1.1", "network_stream": connection},
    )


def _first_write(request: httpx.Request) -> bytes:
    """The head, with a small body already in memory appended (one write for most
    calls; a large one is written on its own rather than copied)."""
    head = request_head(request)
    if isinstance(request.stream, httpx.ByteStream):
        content: bytes = request.content
        if len(content) <= _INLINE_BODY:
            return head + content
    return head


def _body_after_head(request: httpx.Request) -> bytes | None:
    """What ``_first_write`` left of a body in memory (None: the body is streamed)."""
    if isinstance(request.stream, httpx.ByteStream):
        content: bytes = request.content
        return content if len(content) > _INLINE_BODY else b""
    return None


def _chunked(request: httpx.Request) -> bool:
    chunked: bool = request.headers.get("transfer-encoding", "").lower() == "chunked"
    return chunked


# --- blocking ---------------------------------------------------------------------------------


class SyncTransport(httpx.BaseTransport):
    """httpx's blocking transport interface on the connection core."""

    def __init__(self, connect: SyncConnector, *, max_pool_size: int, registry: Any) -> None:
        self._connect = connect
        self._pool = _Pool(max_pool_size)
        self._registry = registry

    def _new_connection(self, timeout: float | None) -> _SyncConnection:
        try:
            stream = self._connect(timeout)
        except Exception as error:
            raise as_httpx_error(error, "connect") from error
        return self._registry.add(_SyncConnection(stream))  # type: ignore[no-any-return]

    def _idle_connection(self) -> _SyncConnection | None:
        connection, stale = self._pool.take()
        for old in stale:
            _close_quietly(old)
        return connection

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        answer = self.exchange(request)
        return answer.as_response() if isinstance(answer, WholeAnswer) else answer

    def exchange(self, request: httpx.Request) -> WholeAnswer | httpx.Response:
        """``handle_request``, with an answer read to its end returned as it is."""
        connect_timeout, write_timeout, read_timeout_ = _timeouts(request)
        first = _first_write(request)
        connection = self._idle_connection()
        reused = connection is not None
        while True:
            if connection is None:
                connection = self._new_connection(connect_timeout)
            reader = ResponseReader(request.method)
            try:
                self._send(connection, request, first, write_timeout)
                while not reader.head_complete:
                    reader.feed(connection.read(_READ_SIZE, read_timeout_))
                limit = _whole_limit(request, reader)
                while not reader.complete and reader.buffered <= limit:
                    reader.feed(connection.read(_READ_SIZE, read_timeout_))
            except BaseException as error:
                _close_quietly(connection)
                if not self._registry.closing and may_retry(
                    request, error, reused, reader.received_any
                ):
                    connection, reused = None, False
                    continue
                raise
            body = _SyncBody(self._pool, connection, reader, read_timeout_)
            whole = _whole_answer(request, reader)
            if whole is not None:
                body.close()
                return whole
            return _response(request, reader, connection, body)

    @staticmethod
    def _send(
        connection: _SyncConnection, request: httpx.Request, first: bytes, timeout: float | None
    ) -> None:
        connection.write(first, timeout)
        rest = _body_after_head(request)
        if rest is not None:
            if rest:
                connection.write(rest, timeout)
            return
        chunked = _chunked(request)
        for piece in request.stream:  # type: ignore[union-attr]
            if piece:
                connection.write(encode_chunk(piece) if chunked else piece, timeout)
        if chunked:
            connection.write(LAST_CHUNK, timeout)

    def close(self) -> None:
        for connection in self._pool.drain():
            _close_quietly(connection)


def _close_quietly(connection: _SyncConnection) -> None:
    with contextlib.suppress(httpx.TransportError):
        connection.close()


class _Body:
    """A response body read off its connection; the connection goes back to the pool
    once the body was read to its end, and is closed otherwise."""

    def __init__(
        self,
        pool: _Pool,
        connection: Any,
        reader: ResponseReader,
        timeout: float | None,
        owner: AsyncTransport | None = None,
    ) -> None:
        self._pool: _Pool | None = pool
        self._connection = connection
        self._reader = reader
        self._timeout = timeout
        self._owner = owner
        #: Seconds to wait before the next read (`gather_pause`).
        self.pause = 0.0
        #: Whether the last read was a fast short one (`fast_short_read`).
        self._short = False

    def received(self, data: bytes, started: float) -> bytes:
        """Parse what a read begun at `started` (time.monotonic()) got; the body bytes to
        hand on. Sets `pause` for the next read."""
        waited = time.monotonic() - started
        self.pause = gather_pause(len(data), waited, self._short)
        self._short = fast_short_read(len(data), waited)
        reader = self._reader
        reader.feed(data)
        return reader.take()


#: Two streamed body reads in a row that each found their bytes already there (they
#: waited less than _BUSY) and got few of them (under _SHORT) mean the daemon writes
#: fast in small pieces: it sends each log line in a write of its own. Reading each at
#: once woke the reader once a line (43,000 times for 100 MB of logs, ten times
#: docker-py's, and the client's CPU went mostly to waking up); a pause of _GATHER
#: before the next read lets it take a few hundred lines at once. One short read is
#: not enough: a bulk body (an archive) comes in writes of 4 kB then 28 kB, and a
#: pause after its 4 kB let the daemon fill the socket's buffer and stall (0.8x
#: docker-py's archive throughput). A body whose bytes come slowly (a followed log,
#: events, progress) never waits, nor do hijacked sockets.
_SHORT = 16384
_BUSY = 0.0002
_GATHER = 0.0005


def fast_short_read(received: int, waited: float) -> bool:
    """Whether a read that got ``received`` bytes once it had waited ``waited`` seconds
    for them found few bytes already there."""
    return received < _SHORT and waited < _BUSY


def gather_pause(received: int, waited: float, short_before: bool) -> float:
    """Seconds to pause before the next read of a streamed body, after a read that got
    ``received`` bytes once it had waited ``waited`` seconds for them; ``short_before``:
    the read before that one was a fast short read too."""
    return _GATHER if short_before and fast_short_read(received, waited) else 0.0


class _SyncBody(_Body, httpx.SyncByteStream):
    _connection: _SyncConnection

    def __iter__(self) -> Iterator[bytes]:
        reader = self._reader
        if reader.upgraded:
            return
        data = reader.take()
        if data:
            yield data
        while not reader.complete:
            if self.pause:
                self._connection.gather(self.pause)
            started = time.monotonic()
            data = self.received(self._connection.read(_READ_SIZE, self._timeout), started)
            if data:
                yield data
        self.close()

    def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if not self._reader.reusable:
            _close_quietly(self._connection)
            return
        for connection in pool.keep(self._connection):
            _close_quietly(connection)


# --- asyncio ----------------------------------------------------------------------------------


#: How many requests of one asyncio client may await their answer's head at once (as
#: aiohttp's default connection limit); more wait for one of them to get its head.
AWAITING_HEAD_LIMIT = 100
#: How long the asyncio client keeps the idle connections of a burst beyond
#: ``max_pool_size`` (up to AWAITING_HEAD_LIMIT of them).
BURST_LINGER_SECONDS = 5.0


class _Admission:
    """At most ``limit`` requests awaiting their head: a burst of calls (``gather`` of a
    thousand) then reuses the connections as they come back instead of opening one each.
    A stream counts only until its head arrives, so open streams never hold others up;
    a call that waited the pool timeout goes ahead over the limit rather than fail.

    Waiters queue first come, first served. One timer serves them all (at the earliest
    pool deadline among them): a timer each, and taking each granted waiter out of the
    queue again, made a burst of a thousand calls cost a third more than it needs to."""

    __slots__ = ("_timer", "active", "limit", "waiters")

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.active = 0
        #: (pool deadline or None, future): the result says whether the place was
        #: handed over (True) or the deadline passed (False: go ahead over the limit).
        self.waiters: collections.deque[tuple[float | None, asyncio.Future[bool]]] = (
            collections.deque()
        )
        self._timer: asyncio.TimerHandle | None = None

    async def enter(self, timeout: float | None) -> None:
        if self.active < self.limit and not self.waiters:
            self.active += 1
            return
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[bool] = loop.create_future()
        deadline = None if timeout is None else loop.time() + timeout
        self.waiters.append((deadline, waiter))
        if deadline is not None:
            timer = self._timer
            if timer is None or deadline < timer.when():
                if timer is not None:
                    timer.cancel()
                self._timer = loop.call_at(deadline, self._expire, loop)
        try:
            granted = await waiter
        except BaseException:
            if waiter.done() and not waiter.cancelled() and waiter.result():
                self.leave()  # granted as it was cancelled: pass the place on
            else:
                self._forget(waiter)
            raise
        if not granted:
            self.active += 1  # waited the pool timeout: over the limit

    def _forget(self, waiter: asyncio.Future[bool]) -> None:
        for entry in self.waiters:
            if entry[1] is waiter:
                self.waiters.remove(entry)
                return

    def _expire(self, loop: asyncio.AbstractEventLoop) -> None:
        """Let every waiter whose pool deadline passed go ahead; wait for the next one."""
        self._timer = None
        now = loop.time()
        waiting: collections.deque[tuple[float | None, asyncio.Future[bool]]] = collections.deque()
        earliest: float | None = None
        for deadline, waiter in self.waiters:
            if waiter.done():
                continue
            if deadline is not None and deadline <= now:
                waiter.set_result(False)
                continue
            waiting.append((deadline, waiter))
            if deadline is not None and (earliest is None or deadline < earliest):
                earliest = deadline
        self.waiters = waiting
        if earliest is not None:
            self._timer = loop.call_at(earliest, self._expire, loop)

    def leave(self) -> None:
        """A request got its head (or failed): its place goes to the first waiter."""
        waiters = self.waiters
        while waiters:
            _, waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(True)  # the place is handed over: active unchanged
                return
        self.active -= 1
        timer, self._timer = self._timer, None
        if timer is not None:
            timer.cancel()  # nobody waits


async def _until_the_loop_ends(pool: _Pool) -> AsyncGenerator[None, None]:
    """Suspended for as long as its event loop runs. ``asyncio.run`` (and every runner)
    closes the async generators still open before it closes the loop: this ``finally``
    then closes the pool's idle connections of that loop while the loop can still close
    them (an asyncio transport left for after its loop's end warns when collected)."""
    try:
        yield
    finally:
        loop = asyncio.get_running_loop()
        for connection in pool.take_where(lambda idle: idle.stream_loop() is loop):
            await _aclose_quietly(connection)


class AsyncTransport(httpx.AsyncBaseTransport):
    """httpx's asyncio transport interface on the connection core."""

    def __init__(self, connect: AsyncConnector, *, max_pool_size: int, registry: Any) -> None:
        self._connect = connect
        # the connections of a burst stay a while for the next one (aiohttp, under
        # aiodocker, keeps up to 100 for 15 s; httpx 20 for 5 s); a pool of size 0 is
        # asked to keep none
        burst = AWAITING_HEAD_LIMIT if max_pool_size > 0 else 0
        self._pool = _Pool(max_pool_size, burst=burst, linger=BURST_LINGER_SECONDS)
        self._registry = registry
        self.admission = _Admission(AWAITING_HEAD_LIMIT)
        self._trim_timer: asyncio.TimerHandle | None = None
        self._trim_loop: asyncio.AbstractEventLoop | None = None
        self._closing: set[asyncio.Future[None]] = set()
        # Per event loop the client is used under: the generator that hears of its end.
        self._loop_ends: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, AsyncGenerator[None, None]
        ] = weakref.WeakKeyDictionary()

    async def _watch_this_loop(self) -> None:
        loop = asyncio.get_running_loop()
        if loop not in self._loop_ends:
            watcher = _until_the_loop_ends(self._pool)
            await anext(watcher)  # started: the loop now knows it
            self._loop_ends[loop] = watcher

    async def _new_connection(self, timeout: float | None) -> _AsyncConnection:
        await self._watch_this_loop()
        try:
            stream = await self._connect(timeout)
        except Exception as error:
            raise as_httpx_error(error, "connect") from error
        return self._registry.add(_AsyncConnection(stream))  # type: ignore[no-any-return]

    async def _idle_connection(self) -> _AsyncConnection | None:
        connection, stale = self._pool.take()
        for old in stale:
            await _aclose_quietly(old)
        return connection

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        answer = await self.exchange(request)
        return answer.as_response() if isinstance(answer, WholeAnswer) else answer

    async def exchange(self, request: httpx.Request) -> WholeAnswer | httpx.Response:
        """``handle_async_request``, with an answer read to its end returned as it is."""
        first = _first_write(request)
        admission = self.admission
        await admission.enter(request.extensions.get("timeout", {}).get("pool"))
        try:
            return await self._exchange(request, first)
        finally:
            admission.leave()

    async def _exchange(self, request: httpx.Request, first: bytes) -> WholeAnswer | httpx.Response:
        connect_timeout, write_timeout, read_timeout_ = _timeouts(request)
        connection = await self._idle_connection()
        reused = connection is not None
        while True:
            if connection is None:
                connection = await self._new_connection(connect_timeout)
            reader = ResponseReader(request.method)
            try:
                await self._send(connection, request, first, write_timeout)
                while not reader.head_complete:
                    reader.feed(await connection.read(_READ_SIZE, read_timeout_))
                limit = _whole_limit(request, reader)
                while not reader.complete and reader.buffered <= limit:
                    reader.feed(await connection.read(_READ_SIZE, read_timeout_))
            except BaseException as error:
                await _aclose_quietly(connection)
                if not self._registry.closing and may_retry(
                    request, error, reused, reader.received_any
                ):
                    connection, reused = None, False
                    continue
                raise
            body = _AsyncBody(self._pool, connection, reader, read_timeout_, self)
            whole = _whole_answer(request, reader)
            if whole is not None:
                await body.aclose()
                return whole
            return _response(request, reader, connection, body)

    @staticmethod
    async def _send(
        connection: _AsyncConnection, request: httpx.Request, first: bytes, timeout: float | None
    ) -> None:
        await connection.write(first, timeout)
        rest = _body_after_head(request)
        if rest is not None:
            if rest:
                await connection.write(rest, timeout)
            return
        chunked = _chunked(request)
        async for piece in request.stream:  # type: ignore[union-attr]
            if piece:
                await connection.write(encode_chunk(piece) if chunked else piece, timeout)
        if chunked:
            await connection.write(LAST_CHUNK, timeout)

    def trim_later(self) -> None:
        """Close the burst's surplus of idle connections once it has lingered (a timer
        of the running loop; one at a time)."""
        loop = asyncio.get_running_loop()
        if self._trim_timer is None or self._trim_loop is not loop:
            self._trim_loop = loop
            self._trim_timer = loop.call_later(self._pool.linger, self._trim)

    def _trim(self) -> None:
        self._trim_timer = None
        expired = self._pool.surplus_expired(time.monotonic())
        if expired:
            closing = asyncio.ensure_future(_aclose_all_quietly(expired))
            self._closing.add(closing)  # held until done (the loop keeps weak references)
            closing.add_done_callback(self._closing.discard)
        if self._pool.surplus > 0:
            self.trim_later()

    async def aclose(self) -> None:
        timer, self._trim_timer = self._trim_timer, None
        if timer is not None:
            timer.cancel()
        idle = self._pool.drain()
        for connection in idle:
            await _aclose_quietly(connection)
        if idle:
            # an asyncio transport closes its socket in a callback of the next loop
            # iteration: let it run, so that the sockets are closed when this returns
            await asyncio.sleep(0)


async def _aclose_quietly(connection: _AsyncConnection) -> None:
    with contextlib.suppress(httpx.TransportError):
        await connection.aclose()


async def _aclose_all_quietly(connections: list[_AsyncConnection]) -> None:
    for connection in connections:
        await _aclose_quietly(connection)


class _AsyncBody(_Body, httpx.AsyncByteStream):
    _connection: _AsyncConnection
    _owner: AsyncTransport

    async def __aiter__(self) -> AsyncIterator[bytes]:
        reader = self._reader
        if reader.upgraded:
            return
        data = reader.take()
        if data:
            yield data
        while not reader.complete:
            if self.pause:
                await self._connection.gather(self.pause)
            started = time.monotonic()
            data = self.received(await self._connection.read(_READ_SIZE, self._timeout), started)
            if data:
                yield data
        await self.aclose()

    async def aclose(self) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if not self._reader.reusable:
            await _aclose_quietly(self._connection)
            return
        owner = self._owner
        for connection in pool.keep(self._connection, len(owner.admission.waiters)):
            await _aclose_quietly(connection)
        if pool.surplus > 0:
            owner.trim_later()
