"""The project's HTTP/1.1 transport (``dockerapi._http_transport``) against the fake daemon.

One test body for the blocking and the asyncio transport (the ``flavour`` fixture):
every body framing, connection reuse and the pool bound, early close and cancellation
(a half-read connection is never reused), timeouts, the stale keep-alive retry (once,
idempotent requests only), ``101`` upgrades, protocol errors, threads and tasks sharing
one client, and the ``transport=`` escape hatch to httpx's own transport.
"""

from __future__ import annotations

import asyncio
import gc
import inspect
import threading
import time
import warnings
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
from dockerapi._host import resolve_host
from dockerapi._http1 import READ_WHOLE
from dockerapi._http_transport import (
    AWAITING_HEAD_LIMIT,
    AsyncTransport,
    SyncTransport,
    _AsyncConnection,
    _Connection,
    _SyncConnection,
    gather_pause,
)
from dockerapi._transport import async_client, sync_client
from dockerapi.api.client import APIClient, AsyncAPIClient
from dockerapi.errors import DockerConnectionError, DockerTimeoutError
from fake_daemon import Exchange, FakeDaemon, Wire


async def done(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


class Http:
    """An httpx client of either flavour on the fake daemon, with awaitable verbs."""

    def __init__(self, daemon: FakeDaemon, flavour: str, **options: Any) -> None:
        settings: dict[str, Any] = {"timeout": 5, "user_agent": "test", "max_pool_size": 4}
        settings.update(options)
        host = resolve_host(daemon.url, environment={})
        self.is_async = flavour == "async"
        self.client: Any = (async_client if self.is_async else sync_client)(host, **settings)

    async def get(self, path: str, method: str = "GET", **kwargs: Any) -> httpx.Response:
        response: httpx.Response = await done(self.client.request(method, path, **kwargs))
        return response

    async def open(self, path: str, method: str = "GET", **kwargs: Any) -> httpx.Response:
        request = self.client.build_request(method, path, **kwargs)
        response: httpx.Response = await done(self.client.send(request, stream=True))
        return response

    async def first_chunk(self, response: httpx.Response) -> bytes:
        if self.is_async:
            return await anext(response.aiter_raw())
        return next(response.iter_raw())

    async def read(self, response: httpx.Response) -> bytes:
        body: bytes = await done(response.aread() if self.is_async else response.read())
        return body

    async def close_response(self, response: httpx.Response) -> None:
        await done(response.aclose() if self.is_async else response.close())

    async def close(self) -> None:
        await done(self.client.aclose() if self.is_async else self.client.close())


@pytest.fixture
async def http(daemon: FakeDaemon, flavour: str) -> AsyncIterator[Callable[..., Http]]:
    made: list[Http] = []

    def make(**options: Any) -> Http:
        made.append(Http(daemon, flavour, **options))
        return made[-1]

    yield make
    for client in made:
        await client.close()


def _chunked(exchange: Exchange, wire: Wire) -> None:
    wire.head()
    for index in range(50):
        wire.chunk(b"line %d\n" % index)
    wire.end()


def _until_close(exchange: Exchange, wire: Wire) -> None:
    wire.head(chunked=False, headers=[("X-Kind", "close-delimited")])
    wire.send(b"all of it, ")
    wire.send(b"then the close")


# --- framing ------------------------------------------------------------------------------


async def test_every_framing_is_read_to_its_end(daemon: FakeDaemon, http: Any) -> None:
    daemon.route("GET", "/chunked")(_chunked)
    daemon.route("GET", "/close")(_until_close)
    daemon.route("GET", "/empty")(lambda e, wire: wire.reply(204))
    daemon.route("GET", "/same")(lambda e, wire: wire.reply(304))
    client = http()

    sized = await client.get("/_ping")
    assert (sized.status_code, sized.content) == (200, b"OK")
    chunked = await client.get("/chunked")
    assert chunked.content == b"".join(b"line %d\n" % index for index in range(50))
    assert (await client.get("/empty")).content == b""
    assert (await client.get("/same")).status_code == 304
    head = await client.get("/_ping", method="HEAD")
    assert (head.status_code, head.content) == (200, b"")
    # all of these kept the connection alive
    assert daemon.accepted == 1
    ending = await client.get("/close")
    assert ending.headers["x-kind"] == "close-delimited"
    assert ending.content == b"all of it, then the close"
    assert (await client.get("/_ping")).content == b"OK"
    assert daemon.accepted == 2  # the close-delimited one could not be reused


async def test_a_head_answer_with_a_length_has_no_body(daemon: FakeDaemon, http: Any) -> None:
    daemon.route("HEAD", "/sized")(
        lambda e, wire: wire.send(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n")
    )
    client = http()
    response = await client.get("/sized", method="HEAD")
    assert (response.headers["content-length"], response.content) == ("1000", b"")
    assert (await client.get("/_ping")).content == b"OK"
    assert daemon.accepted == 1


async def test_request_bodies_sized_and_chunked(daemon: FakeDaemon, http: Any) -> None:
    daemon.route("POST", "/echo")(lambda exchange, wire: wire.reply(200, exchange.body))
    client = http()
    # a small body goes out with the head, a large one after it
    assert (await client.get("/echo", method="POST", content=b"small")).content == b"small"
    assert (await client.get("/echo", method="POST", content=b"x" * 100_000)).content == (
        b"x" * 100_000
    )

    pieces = [b"first ", b"", b"second"]
    if client.is_async:

        async def agen() -> AsyncIterator[bytes]:
            for piece in pieces:
                yield piece

        body: Any = agen()
    else:
        body = iter(pieces)
    response = await client.get("/echo", method="POST", content=body)
    assert response.content == b"first second"
    assert daemon.received("POST")[-1].header("transfer-encoding") == "chunked"


async def test_truncated_bodies_and_garbage_are_protocol_errors(
    daemon: FakeDaemon, http: Any
) -> None:
    def short(exchange: Exchange, wire: Wire) -> None:
        wire.send(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")
        wire.close_after = True

    def cut_chunks(exchange: Exchange, wire: Wire) -> None:
        wire.head()
        wire.chunk(b"part")
        wire.close_after = True

    daemon.route("GET", "/short")(short)
    daemon.route("GET", "/cut")(cut_chunks)
    daemon.route("GET", "/garbage")(lambda e, wire: wire.send(b"SPDY/9 nonsense\r\n\r\n"))
    daemon.route("GET", "/silent")(lambda e, wire: setattr(wire, "close_after", True))
    client = http()
    for path in ("/short", "/cut", "/garbage", "/silent"):
        with pytest.raises(httpx.RemoteProtocolError):
            await client.get(path)


# --- reuse and the pool -------------------------------------------------------------------


async def test_keep_alive_reuses_one_connection(daemon: FakeDaemon, http: Any) -> None:
    client = http()
    for _ in range(5):
        assert (await client.get("/_ping")).content == b"OK"
    assert daemon.accepted == 1


async def test_the_pool_keeps_at_most_max_pool_size_idle_connections(
    daemon: FakeDaemon, http: Any
) -> None:
    release = threading.Event()

    def held(exchange: Exchange, wire: Wire) -> None:
        wire.head()
        release.wait(10)
        wire.chunk(b"x")
        wire.end()

    daemon.route("GET", "/held")(held)
    client = http(max_pool_size=2)
    pool = client.client._transport._pool
    pool.linger = 0.3  # the asyncio client's burst linger, shortened
    # four streams at once: a call never waits for a free connection
    responses = [await client.open("/held") for _ in range(4)]
    assert daemon.accepted == 4
    release.set()
    for response in responses:
        assert await client.read(response) == b"x"
        await client.close_response(response)
    for _ in range(4):
        await client.get("/_ping")
    assert daemon.accepted == 4  # reused
    if client.is_async:
        # the asyncio client keeps a burst's connections a while for the next one,
        # then max_pool_size
        assert len(pool._idle) == 4
        await asyncio.sleep(0.6)
    assert len(pool._idle) == 2
    closed = daemon.accepted
    for _ in range(4):
        await client.get("/_ping")
    assert daemon.accepted == closed  # the two kept are reused


async def test_an_answer_that_came_whole_frees_its_connection_at_once(
    daemon: FakeDaemon, http: Any
) -> None:
    client = http(max_pool_size=1)
    unread = await client.open("/_ping")  # Content-Length: all of it came with the head
    assert "network_stream" not in unread.extensions  # the connection serves others now
    assert (await client.get("/_ping")).content == b"OK"
    assert daemon.accepted == 1
    assert await client.read(unread) == b"OK"


def _pieces(exchange: Exchange, wire: Wire) -> None:
    """A chunked answer in three writes apart in time: it never comes with its head."""
    wire.head()
    for index in range(3):
        time.sleep(0.02)
        wire.chunk(b"piece %d;" % index)
    wire.end()


async def test_a_body_the_caller_reads_whole_is_read_by_the_transport(
    daemon: FakeDaemon, http: Any
) -> None:
    daemon.route("GET", "/pieces")(_pieces)
    client = http(max_pool_size=1)
    statuses: list[int] = []

    def whole_up_to(status: int) -> int:
        statuses.append(status)
        return 1 << 20

    answer = await client.open("/pieces", extensions={READ_WHOLE: whole_up_to})
    assert statuses == [200]
    # read here, to its end: the connection is free before the caller reads a byte
    assert "network_stream" not in answer.extensions
    assert len(client.client._transport._pool._idle) == 1
    assert await client.read(answer) == b"piece 0;piece 1;piece 2;"
    # without the extension, the same answer is a stream on its connection
    streamed = await client.open("/pieces")
    assert "network_stream" in streamed.extensions
    assert await client.read(streamed) == b"piece 0;piece 1;piece 2;"
    assert daemon.accepted == 1


async def test_a_body_longer_than_the_caller_wants_whole_stays_a_stream(
    daemon: FakeDaemon, http: Any
) -> None:
    daemon.route("GET", "/pieces")(_pieces)

    def missing(exchange: Exchange, wire: Wire) -> None:
        wire.head(404)
        time.sleep(0.02)
        wire.chunk(b"x" * 100)
        time.sleep(0.02)
        wire.chunk(b"y" * 100)
        wire.end()

    daemon.route("GET", "/missing")(missing)
    client = http()
    longer = await client.open("/pieces", extensions={READ_WHOLE: lambda status: 5})
    assert "network_stream" in longer.extensions  # past the limit: left to the caller
    assert await client.read(longer) == b"piece 0;piece 1;piece 2;"  # nothing lost
    # the status picks the limit (errors are read for their message only)
    limits = {200: 1 << 20, 404: 10}
    missing = await client.open("/missing", extensions={READ_WHOLE: limits.__getitem__})
    assert missing.status_code == 404
    assert "network_stream" in missing.extensions
    assert await client.read(missing) == b"x" * 100 + b"y" * 100


def test_two_short_reads_that_found_their_bytes_waiting_are_followed_by_a_pause() -> None:
    assert gather_pause(1008, 0.00001, True) == 0.0005  # log lines, there already
    assert gather_pause(1008, 0.00001, False) == 0.0  # one short read: maybe a bulk body's
    assert gather_pause(1008, 0.05, True) == 0.0  # a line the reader waited for
    assert gather_pause(65536, 0.0, True) == 0.0  # a long read: nothing to gather


@pytest.fixture
def counted_reads(monkeypatch: pytest.MonkeyPatch, flavour: str) -> dict[str, int]:
    """How many reads and pauses the connections of this flavour make."""
    counts = {"reads": 0, "pauses": 0}
    connection_class: Any = _AsyncConnection if flavour == "async" else _SyncConnection
    read, gather = connection_class.read, connection_class.gather

    def counted(name: str, method: Any) -> Any:
        def call(self: Any, *args: Any) -> Any:
            counts[name] += 1
            return method(self, *args)

        return call

    monkeypatch.setattr(connection_class, "read", counted("reads", read))
    monkeypatch.setattr(connection_class, "gather", counted("pauses", gather))
    return counts


async def test_a_body_written_fast_in_small_pieces_is_read_in_few_reads(
    daemon: FakeDaemon, http: Any, counted_reads: dict[str, int]
) -> None:
    lines = [b"%05d %s\n" % (index, b"x" * 90) for index in range(3000)]

    def fast(exchange: Exchange, wire: Wire) -> None:
        wire.head()
        for line in lines:
            wire.chunk(line)  # a write each, as the daemon sends log lines
        wire.end()

    daemon.route("GET", "/fast")(fast)
    client = http()
    answer = await client.open("/fast")
    assert await client.read(answer) == b"".join(lines)
    assert counted_reads["pauses"] > 0
    assert counted_reads["reads"] < len(lines) / 3


async def test_a_bulk_body_is_read_without_pauses(
    daemon: FakeDaemon, http: Any, counted_reads: dict[str, int]
) -> None:
    # Docker's writes of an archive: each 32 kB chunk as 4 kB (its buffered writer
    # filled up) then the rest. A pause after the 4 kB would let the daemon fill the
    # socket's buffer and stall.
    pieces = [bytes([index % 251]) * 32768 for index in range(200)]

    def bulk(exchange: Exchange, wire: Wire) -> None:
        wire.head()
        for piece in pieces:
            wire.send(b"8000\r\n" + piece[:4090])
            wire.send(piece[4090:] + b"\r\n")
        wire.end()

    daemon.route("GET", "/bulk")(bulk)
    client = http()
    answer = await client.open("/bulk")
    assert await client.read(answer) == b"".join(pieces)
    assert counted_reads["pauses"] == 0


async def test_a_body_that_comes_slowly_is_read_without_pauses(
    daemon: FakeDaemon, http: Any, counted_reads: dict[str, int]
) -> None:
    def slow(exchange: Exchange, wire: Wire) -> None:
        wire.head()
        for index in range(3):
            time.sleep(0.1)  # far apart: every read waits for its bytes
            wire.chunk(b"event %d\n" % index)
        wire.end()

    daemon.route("GET", "/slow")(slow)
    client = http()
    answer = await client.open("/slow")
    assert await client.read(answer) == b"".join(b"event %d\n" % index for index in range(3))
    assert counted_reads["pauses"] == 0


async def test_pool_size_zero_keeps_nothing(daemon: FakeDaemon, http: Any) -> None:
    client = http(max_pool_size=0)
    for _ in range(3):
        await client.get("/_ping")
    assert daemon.accepted == 3


async def test_a_response_closed_early_never_returns_its_connection(
    daemon: FakeDaemon, http: Any
) -> None:
    gone = threading.Event()

    def endless(exchange: Exchange, wire: Wire) -> None:
        wire.head()
        while wire.chunk(b"data " * 100) and not daemon.stopping.wait(0.01):
            pass
        gone.set()

    daemon.route("GET", "/endless")(endless)
    client = http()
    response = await client.open("/endless")
    assert (await client.first_chunk(response)).startswith(b"data")
    await client.close_response(response)
    assert await asyncio.to_thread(gone.wait, 5)  # the daemon saw the connection go
    assert (await client.get("/_ping")).content == b"OK"
    assert daemon.accepted == 2


async def test_a_cancelled_call_never_returns_its_connection(daemon: FakeDaemon) -> None:
    # (the blocking counterpart of a cancelled task is the early close above)
    daemon.route("GET", "/slow")(lambda e, wire: (time.sleep(0.5), wire.reply(200, b"late")))
    host = resolve_host(daemon.url, environment={})
    async with async_client(host, timeout=5, user_agent="t", max_pool_size=4) as client:
        task = asyncio.ensure_future(client.get("/slow"))
        await asyncio.sleep(0.1)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert (await client.get("/_ping")).content == b"OK"
        assert daemon.accepted == 2
        assert len(client._transport._pool._idle) == 1  # type: ignore[attr-defined]


# --- stale connections ------------------------------------------------------------------


def _closes_second_request_on_its_connection(daemon: FakeDaemon, method: str) -> None:
    """Answer the first request on a connection, then close it at the next one without a
    word (what a daemon that timed the idle connection out looks like when the close
    and the request cross)."""
    seen: dict[int, int] = {}

    def handler(exchange: Exchange, wire: Wire) -> None:
        count = seen[id(wire.sock)] = seen.get(id(wire.sock), 0) + 1
        if count == 2:
            wire.close_after = True
            return
        wire.reply(200, b"answer")

    daemon.route(method, "/flaky")(handler)


async def test_a_stale_connection_is_retried_once_for_idempotent_requests(
    daemon: FakeDaemon, http: Any
) -> None:
    _closes_second_request_on_its_connection(daemon, "GET")
    client = http()
    assert (await client.get("/flaky")).content == b"answer"
    assert (await client.get("/flaky")).content == b"answer"  # retried on a new connection
    assert len(daemon.received("GET", "/flaky")) == 3
    assert daemon.accepted == 2


async def test_a_stale_connection_is_not_retried_for_post(daemon: FakeDaemon, http: Any) -> None:
    _closes_second_request_on_its_connection(daemon, "POST")
    client = http()
    assert (await client.get("/flaky", method="POST")).content == b"answer"
    with pytest.raises(httpx.RemoteProtocolError):
        await client.get("/flaky", method="POST")
    assert len(daemon.received("POST", "/flaky")) == 2


async def test_a_timeout_on_a_reused_connection_is_not_retried(
    daemon: FakeDaemon, http: Any
) -> None:
    daemon.route("GET", "/never")(lambda e, wire: wire.wait_for_client_to_go(10))
    client = http(timeout=0.3)
    await client.get("/_ping")
    with pytest.raises(httpx.ReadTimeout):
        await client.get("/never")
    assert len(daemon.received("GET", "/never")) == 1


def test_a_call_cut_by_close_is_not_retried(daemon: FakeDaemon) -> None:
    from dockerapi.errors import DockerException

    daemon.route("GET", "/containers/slow/json")(lambda e, wire: wire.wait_for_client_to_go(10))
    client = APIClient(daemon.url, version="1.41", timeout=10)
    client.ping()  # the next call reuses this connection
    threading.Timer(0.3, client.close).start()
    with pytest.raises(DockerException, match="client closed"):
        client.inspect_container("slow")
    time.sleep(0.2)
    assert len(daemon.received("GET", "/containers/slow/json")) == 1


async def test_a_new_connection_that_fails_is_not_retried(daemon: FakeDaemon, http: Any) -> None:
    daemon.route("GET", "/hangup")(lambda e, wire: setattr(wire, "close_after", True))
    client = http()
    with pytest.raises(httpx.RemoteProtocolError):
        await client.get("/hangup")
    assert len(daemon.received("GET", "/hangup")) == 1


async def test_an_idle_connection_the_daemon_closed_is_not_used(
    daemon: FakeDaemon, http: Any
) -> None:
    def answer_then_close(exchange: Exchange, wire: Wire) -> None:
        wire.reply(200, b"bye")  # keep-alive by its headers, yet closed
        wire.close_after = True

    daemon.route("POST", "/bye")(answer_then_close)
    client = http()
    assert (await client.get("/bye", method="POST")).content == b"bye"
    await asyncio.sleep(0.2)  # the close arrives while the connection is idle
    # a POST is never retried: it succeeds because the stale connection was dropped
    assert (await client.get("/bye", method="POST")).content == b"bye"
    assert daemon.accepted == 2


# --- timeouts ---------------------------------------------------------------------------


async def test_read_timeout(daemon: FakeDaemon, http: Any) -> None:
    daemon.route("GET", "/never")(lambda e, wire: wire.wait_for_client_to_go(10))
    client = http(timeout=0.3)
    started = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        await client.get("/never")
    assert time.monotonic() - started < 3


async def test_write_timeout(daemon: FakeDaemon, http: Any) -> None:
    stop = threading.Event()

    def upgrade_then_never_read(exchange: Exchange, wire: Wire) -> None:
        wire.send(b"HTTP/1.1 101 UPGRADED\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n")
        stop.wait(10)

    daemon.route("POST", "/deaf")(upgrade_then_never_read)
    client = http()
    response = await client.open("/deaf", method="POST")
    stream = response.extensions["network_stream"]
    with pytest.raises(httpx.WriteTimeout):
        for _ in range(1000):  # far more than the socket buffers hold
            await done(stream.write(b"x" * 65536, 0.3))
    stop.set()
    await client.close_response(response)


async def test_connect_failures_are_connect_errors(flavour: str) -> None:
    host = resolve_host("unix:///tmp/no-such-dir-i12/docker.sock", environment={})
    maker: Any = async_client if flavour == "async" else sync_client
    client = maker(host, timeout=1, user_agent="t", max_pool_size=1)
    with pytest.raises(httpx.ConnectError):
        await done(client.get("/_ping"))
    await done(client.aclose() if flavour == "async" else client.close())


async def test_the_api_client_names_timeouts_and_broken_connections(
    daemon: FakeDaemon, connect: Any
) -> None:
    daemon.route("GET", "/containers/slow/json")(lambda e, wire: wire.wait_for_client_to_go(10))
    daemon.route("GET", "/containers/gone/json")(lambda e, w: setattr(w, "close_after", True))
    client = connect(timeout=0.3)
    with pytest.raises(DockerTimeoutError, match="timed out"):
        await done(client.inspect_container("slow"))
    with pytest.raises(DockerConnectionError, match="connection broke"):
        await done(client.inspect_container("gone"))


# --- upgrades ---------------------------------------------------------------------------


def _upgrade(exchange: Exchange, wire: Wire) -> None:
    # the head and the first raw bytes in one write: they arrive together
    wire.send(
        b"HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.raw-stream\r\n"
        b"Connection: Upgrade\r\nUpgrade: tcp\r\n\r\nhello "
    )
    wire.sock.settimeout(5)
    data = wire.sock.recv(100)
    wire.send(b"you said " + data)
    wire.close_after = True


async def test_an_upgrade_hands_over_the_raw_connection(daemon: FakeDaemon, http: Any) -> None:
    daemon.route("POST", "/attach")(_upgrade)
    client = http()
    response = await client.open(
        "/attach", method="POST", headers={"Connection": "Upgrade", "Upgrade": "tcp"}
    )
    assert response.status_code == 101
    stream = response.extensions["network_stream"]
    assert isinstance(stream, _Connection)
    assert await done(stream.read(100)) == b"hello "  # sent with the head
    await done(stream.write(b"ping"))
    received = b""
    while True:
        data = await done(stream.read(100, 5))
        if not data:
            break
        received += data
    assert received == b"you said ping"
    await client.close_response(response)
    assert (await client.get("/_ping")).content == b"OK"
    assert daemon.accepted == 2  # an upgraded connection is never pooled


async def test_an_upgrade_without_an_upgrade_header(daemon: FakeDaemon, http: Any) -> None:
    def bare(exchange: Exchange, wire: Wire) -> None:
        wire.send(b"HTTP/1.1 101 UPGRADED\r\nContent-Type: x\r\n\r\nraw bytes")
        wire.close_after = True

    daemon.route("POST", "/bare")(bare)
    client = http()
    response = await client.open("/bare", method="POST")
    assert response.status_code == 101
    assert await done(response.extensions["network_stream"].read(100)) == b"raw bytes"
    await client.close_response(response)


async def test_attach_socket_through_the_api_client(daemon: FakeDaemon, connect: Any) -> None:
    daemon.route("POST", "/containers/c1/attach")(_upgrade)
    client = connect()
    sock = await done(client.attach_socket("c1", params={"stdin": 1, "stream": 1}))
    assert await done(sock.recv(100)) == b"hello "
    await done(sock.sendall(b"stdin!"))
    assert await done(sock.recv(100)) == b"you said stdin!"
    await done(sock.aclose() if inspect.iscoroutinefunction(sock.recv) else sock.close())


# --- concurrency ------------------------------------------------------------------------


async def test_closing_an_async_client_closes_its_sockets_before_it_returns(
    daemon: FakeDaemon,
) -> None:
    client = AsyncAPIClient(daemon.url, version="1.41", max_pool_size=8)
    await asyncio.gather(*(client.ping() for _ in range(8)))
    idle = list(client._executor.transport._pool._idle)  # type: ignore[attr-defined]
    assert idle
    await client.close()
    assert [connection.stream.sock.fileno() for connection in idle] == [-1] * len(idle)


def test_an_async_client_outlives_the_event_loops_it_is_used_under(daemon: FakeDaemon) -> None:
    client = AsyncAPIClient(daemon.url, version="1.41")
    transport = client._executor.transport
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for _ in range(2):
            assert asyncio.run(client.ping()) is True
            # the loop's end closed its connection: none is left for a loop that is gone
            assert transport._pool._idle == []  # type: ignore[attr-defined]
        asyncio.run(client.close())
        gc.collect()
    assert daemon.accepted == 2
    assert [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)] == []


def test_threads_share_one_sync_client(daemon: FakeDaemon) -> None:
    daemon.route("GET", "/containers/(?P<name>[^/]+)/json")(
        lambda exchange, wire: wire.json(200, {"Id": exchange.path.split("/")[2]})
    )
    failures: list[BaseException] = []
    with APIClient(daemon.url, version="1.41", timeout=10, max_pool_size=4) as client:

        def work(worker: int) -> None:
            try:
                for call in range(25):
                    name = f"w{worker}c{call}"
                    assert client.inspect_container(name)["Id"] == name
            except BaseException as error:  # reported below
                failures.append(error)

        threads = [threading.Thread(target=work, args=(index,)) for index in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        # no call waited for a connection; no more than max_pool_size were kept
        assert len(client._executor.transport._pool._idle) <= 4  # type: ignore[attr-defined]
    assert failures == []
    assert len(daemon.received("GET")) == 200


async def test_tasks_share_one_async_client(daemon: FakeDaemon) -> None:
    daemon.route("GET", "/containers/(?P<name>[^/]+)/json")(
        lambda exchange, wire: wire.json(200, {"Id": exchange.path.split("/")[2]})
    )
    async with AsyncAPIClient(daemon.url, version="1.41", timeout=10, max_pool_size=4) as client:
        names = [f"t{index}" for index in range(100)]
        found = await asyncio.gather(*(client.inspect_container(name) for name in names))
    assert [item["Id"] for item in found] == names


# --- the escape hatch -------------------------------------------------------------------


async def test_clients_use_the_projects_transport_and_httpx_s_on_request(
    daemon: FakeDaemon, flavour: str, connect: Any
) -> None:
    daemon.route("GET", "/containers/c1/logs")(_chunked)
    daemon.route("GET", "/containers/c1/json")(
        lambda e, wire: wire.json(200, {"Id": "c1", "Config": {"Tty": True}})
    )
    ours = connect()
    expected = AsyncTransport if flavour == "async" else SyncTransport
    assert isinstance(ours._executor.http._transport, expected)
    theirs_transport = (
        httpx.AsyncHTTPTransport(uds=daemon.path)
        if flavour == "async"
        else httpx.HTTPTransport(uds=daemon.path)
    )
    theirs = connect(transport=theirs_transport)
    assert theirs._executor.http._transport is theirs_transport
    for client in (ours, theirs):
        assert await done(client.ping()) is True
        logs = await done(client.logs("c1"))
        assert logs == b"".join(b"line %d\n" % index for index in range(50))


# --- the asyncio client's bound on requests awaiting their head ---------------------------


def _late_until_released(daemon: FakeDaemon) -> threading.Event:
    """Route GET /late to answer "late" once the returned event is set (a request that
    holds its place meanwhile)."""
    release = threading.Event()
    daemon.route("GET", "/late")(lambda e, wire: (release.wait(10), wire.reply(200, b"late")))
    return release


def _async_http(daemon: FakeDaemon, limit: int, **options: Any) -> Any:
    settings: dict[str, Any] = {"timeout": 5, "user_agent": "t", "max_pool_size": 1}
    settings.update(options)
    client = async_client(resolve_host(daemon.url, environment={}), **settings)
    client._transport.admission.limit = limit  # type: ignore[attr-defined]
    return client


async def test_the_bound_is_a_hundred_requests(daemon: FakeDaemon) -> None:
    async with AsyncAPIClient(daemon.url, version="1.41") as client:
        transport = client._executor.transport
        assert transport.admission.limit == AWAITING_HEAD_LIMIT == 100  # type: ignore[attr-defined]


async def test_a_burst_waits_for_heads_and_reuses_connections(daemon: FakeDaemon) -> None:
    lock = threading.Lock()
    state = {"now": 0, "most": 0}

    def slow(exchange: Exchange, wire: Wire) -> None:
        with lock:
            state["now"] += 1
            state["most"] = max(state["most"], state["now"])
        time.sleep(0.05)
        with lock:
            state["now"] -= 1
        wire.reply(200, b"done")

    daemon.route("GET", "/slow")(slow)
    async with _async_http(daemon, limit=3) as client:
        client._transport._pool.linger = 0.2  # the burst linger, shortened
        answers = await asyncio.gather(*(client.get("/slow") for _ in range(12)))
        assert [answer.content for answer in answers] == [b"done"] * 12
        assert state["most"] <= 3
        # released connections went to the waiting calls instead of being closed (a few
        # more than the bound when an answer comes back before anyone waits)
        assert daemon.accepted <= 6
        pool = client._transport._pool
        assert 1 <= len(pool._idle) <= 3  # the burst's connections, kept a while
        await asyncio.sleep(0.5)
        assert len(pool._idle) == 1  # max_pool_size once the burst is over


async def test_open_streams_do_not_hold_other_calls_up(daemon: FakeDaemon) -> None:
    release = threading.Event()

    def held(exchange: Exchange, wire: Wire) -> None:
        wire.head()
        release.wait(10)
        wire.end()

    daemon.route("GET", "/held")(held)
    async with _async_http(daemon, limit=2) as client:
        streams = [
            await client.send(client.build_request("GET", "/held"), stream=True) for _ in range(3)
        ]
        started = time.monotonic()
        assert (await client.get("/_ping")).content == b"OK"
        assert time.monotonic() - started < 1
        release.set()
        for stream in streams:
            await stream.aclose()


async def test_a_call_over_the_bound_goes_ahead_after_the_pool_timeout(
    daemon: FakeDaemon,
) -> None:
    release = _late_until_released(daemon)
    async with _async_http(daemon, limit=1, timeout=httpx.Timeout(5, pool=0.2)) as client:
        late = asyncio.ensure_future(client.get("/late"))
        await asyncio.sleep(0.1)
        started = time.monotonic()
        assert (await client.get("/_ping")).content == b"OK"  # over the bound, not failed
        assert 0.15 < time.monotonic() - started < 2
        release.set()
        assert (await late).content == b"late"


async def test_waiters_go_ahead_each_at_its_own_pool_timeout(daemon: FakeDaemon) -> None:
    release = _late_until_released(daemon)
    async with _async_http(daemon, limit=1) as client:
        late = asyncio.ensure_future(client.get("/late"))
        await asyncio.sleep(0.1)
        started = time.monotonic()
        waited: dict[str, float] = {}

        async def ping(name: str, pool: float) -> None:
            response = await client.get("/_ping", timeout=httpx.Timeout(5, pool=pool))
            assert response.content == b"OK"
            waited[name] = time.monotonic() - started

        # the first in line has the longer pool timeout: the second is not held up by it
        # (the first then gets the place the second leaves)
        await asyncio.gather(ping("patient", 0.6), ping("hasty", 0.15))
        assert 0.1 < waited["hasty"] < 0.45
        assert waited["hasty"] <= waited["patient"] < 3
        release.set()
        assert (await late).content == b"late"
        admission = client._transport.admission
        assert (admission.active, len(admission.waiters)) == (0, 0)


async def test_a_cancelled_waiter_passes_its_place_on(daemon: FakeDaemon) -> None:
    release = _late_until_released(daemon)
    async with _async_http(daemon, limit=1) as client:
        first = asyncio.ensure_future(client.get("/late"))
        await asyncio.sleep(0.1)
        waiting = asyncio.ensure_future(client.get("/_ping"))
        await asyncio.sleep(0.05)
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        release.set()
        assert (await first).content == b"late"
        assert (await client.get("/_ping")).content == b"OK"
        admission = client._transport.admission
        assert (admission.active, len(admission.waiters)) == (0, 0)
