"""Container streaming methods against mock daemons: what a local 1.41 engine
cannot show (1.42+ Content-Types, bytes split anywhere, odd and failing
streams), request shapes, argument checks, and sync/async parity."""

from __future__ import annotations

import base64
import gzip
import inspect
import io
import json
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from core_fakes import FakeDaemon, TrackedStream, frame
from dockerapi._sockets import AsyncHijackedSocket, HijackedSocket
from dockerapi._streams import AsyncStream, Stream
from dockerapi.api._container_streams import (
    MULTIPLEXED_STREAM,
    RAW_STREAM,
    ContainerStreamsMixin,
)
from dockerapi.api.client import APIClient, AsyncAPIClient
from dockerapi.errors import (
    InvalidArgument,
    InvalidVersion,
    NotFound,
    NullResource,
    StreamError,
    StreamParseError,
)

SyncClient = APIClient
AsyncClient = AsyncAPIClient

OUTPUT = frame(1, b"out1\n") + frame(2, b"err1\n") + frame(1, b"out2\n")


class Api:
    """One test body for both clients: calls are awaited when they are coroutines,
    streams are read with `for` or `async for`."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.is_async = isinstance(client, AsyncAPIClient)

    async def call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        result = getattr(self.client, name)(*args, **kwargs)
        if inspect.isawaitable(result):
            result = await result
        return result

    async def items(self, stream: Any) -> list[Any]:
        if isinstance(stream, AsyncStream):
            return [item async for item in stream]
        assert isinstance(stream, Stream)
        return list(stream)

    async def close_stream(self, stream: Any) -> None:
        """Close a stream or a hijacked socket of either client."""
        if isinstance(stream, AsyncStream | AsyncHijackedSocket):
            await stream.aclose()
        else:
            stream.close()


def _async_handler(daemon: FakeDaemon) -> Any:
    async def handle(request: httpx.Request) -> httpx.Response:
        await request.aread()  # a streamed upload, read before the sync route sees it
        return daemon.handle(request)

    return handle


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def make_api(daemon: FakeDaemon, kind: str, version: str | None = None) -> Api:
    if kind == "sync":
        return Api(SyncClient(version=version, transport=daemon.transport()))
    return Api(AsyncClient(version=version, transport=httpx.MockTransport(_async_handler(daemon))))


def route_inspect(daemon: FakeDaemon, tty: bool, container: str = "abc") -> None:
    @daemon.route("GET", f"/containers/{container}/json")
    def inspect_(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"Id": container, "Config": {"Tty": tty}})


def route_output(
    daemon: FakeDaemon,
    method: str,
    endpoint: str,
    body: bytes | list[bytes],
    content_type: str | None,
    status: int = 200,
) -> list[TrackedStream]:
    """Serve `body` (as given chunks) at /containers/abc/<endpoint>; returns the
    bodies served so tests can check they were closed."""
    served: list[TrackedStream] = []

    @daemon.route(method, f"/containers/abc/{endpoint}")
    def output(request: httpx.Request) -> httpx.Response:
        chunks = body if isinstance(body, list) else [body]
        stream = TrackedStream(list(chunks))
        served.append(stream)
        headers = {"Content-Type": content_type} if content_type else {}
        return httpx.Response(status, stream=stream, headers=headers)

    return served


def inspects(daemon: FakeDaemon) -> int:
    return sum(1 for path in daemon.paths() if path.endswith("/containers/abc/json"))


# -- framing --------------------------------------------------------------------------


async def test_logs_on_1_42_use_the_content_type_without_inspecting(kind: str) -> None:
    daemon = FakeDaemon("1.42")
    route_output(daemon, "GET", "logs", OUTPUT, MULTIPLEXED_STREAM)
    api = make_api(daemon, kind)
    assert await api.call("logs", "abc") == b"out1\nerr1\nout2\n"
    assert await api.call("logs", "abc", demux=True) == (b"out1\nout2\n", b"err1\n")
    stream = await api.call("logs", "abc", stream=True)
    assert await api.items(stream) == [b"out1\n", b"err1\n", b"out2\n"]
    stream = await api.call("logs", "abc", stream=True, demux=True)
    assert await api.items(stream) == [(b"out1\n", None), (None, b"err1\n"), (b"out2\n", None)]
    assert inspects(daemon) == 0


async def test_raw_stream_content_type_means_tty_output(kind: str) -> None:
    daemon = FakeDaemon("1.44")
    raw = b"\x01\x00 looks like a frame header but is tty output\r\n"
    route_output(daemon, "GET", "logs", raw, RAW_STREAM + "; charset=binary")
    api = make_api(daemon, kind)
    assert await api.call("logs", "abc") == raw
    assert await api.call("logs", "abc", demux=True) == (raw, None)
    stream = await api.call("logs", "abc", stream=True, demux=True)
    assert await api.items(stream) == [(raw, None)]
    assert inspects(daemon) == 0


@pytest.mark.parametrize("tty", [False, True])
async def test_on_1_41_the_container_is_inspected_once(kind: str, tty: bool) -> None:
    daemon = FakeDaemon("1.41")
    route_inspect(daemon, tty)
    body = b"plain tty text\n" if tty else OUTPUT
    # 1.41 labels attach answers raw-stream whatever the container: not to be trusted.
    route_output(daemon, "POST", "attach", body, RAW_STREAM)
    api = make_api(daemon, kind)
    expected = body if tty else b"out1\nerr1\nout2\n"
    assert await api.call("attach", "abc", logs=True) == expected
    assert inspects(daemon) == 1
    paths = [p for p in daemon.paths() if p != "/version"]
    assert paths == ["/v1.41/containers/abc/attach", "/v1.41/containers/abc/json"]


async def test_unlabelled_answer_on_a_new_api_falls_back_to_inspect(kind: str) -> None:
    daemon = FakeDaemon("1.45")
    route_inspect(daemon, tty=False)
    route_output(daemon, "GET", "logs", OUTPUT, None)
    api = make_api(daemon, kind)
    assert await api.call("logs", "abc", demux=True) == (b"out1\nout2\n", b"err1\n")
    assert inspects(daemon) == 1


async def test_framing_is_decided_per_call_never_cached(kind: str) -> None:
    daemon = FakeDaemon("1.41")
    tty = {"value": False}

    @daemon.route("GET", "/containers/abc/json")
    def inspect_(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"Config": {"Tty": tty["value"]}})

    route_output(daemon, "GET", "logs", OUTPUT, None)
    api = make_api(daemon, kind)
    assert await api.call("logs", "abc") == b"out1\nerr1\nout2\n"
    tty["value"] = True  # same name, now a TTY container: the frames are its raw text
    assert await api.call("logs", "abc") == OUTPUT
    assert inspects(daemon) == 2


# -- bytes split anywhere, odd and failing streams ------------------------------------------


def _one_byte_chunks(data: bytes) -> list[bytes]:
    return [data[i : i + 1] for i in range(len(data))]


async def test_frames_split_into_single_bytes_give_the_same_items(kind: str) -> None:
    # A 3-byte UTF-8 character split across two frames, and an empty frame.
    snowman = "☃".encode()
    body = frame(1, b"a" + snowman[:1]) + frame(1, b"") + frame(2, b"e") + frame(1, snowman[1:])
    daemon = FakeDaemon("1.42")
    route_output(daemon, "GET", "logs", _one_byte_chunks(body), MULTIPLEXED_STREAM)
    api = make_api(daemon, kind)
    stream = await api.call("logs", "abc", stream=True)
    items = await api.items(stream)
    assert items == [b"a" + snowman[:1], b"e", snowman[1:]]
    stdout, stderr = await api.call("logs", "abc", demux=True)
    assert stdout is not None
    assert stdout.decode() == "a☃"
    assert stderr == b"e"


async def test_system_error_frame_raises_after_the_output_before_it(kind: str) -> None:
    body = frame(1, b"fine\n") + frame(3, b"log driver failed\n") + frame(1, b"never\n")
    daemon = FakeDaemon("1.42")
    route_output(daemon, "GET", "logs", [body[:13], body[13:]], MULTIPLEXED_STREAM)
    api = make_api(daemon, kind)
    stream = await api.call("logs", "abc", stream=True)
    seen: list[bytes] = []
    with pytest.raises(StreamError, match="log driver failed"):
        if api.is_async:
            async for item in stream:
                seen.append(item)
        else:
            for item in stream:
                seen.append(item)
    assert seen == [b"fine\n"]
    assert stream.closed
    with pytest.raises(StreamError, match="log driver failed"):
        await api.call("logs", "abc", demux=True)


async def test_a_stream_cut_inside_a_frame_is_reported(kind: str) -> None:
    daemon = FakeDaemon("1.42")
    route_output(
        daemon, "GET", "logs", frame(1, b"whole") + frame(2, b"cut off")[:10], MULTIPLEXED_STREAM
    )
    api = make_api(daemon, kind)
    with pytest.raises(StreamParseError, match="inside a frame"):
        await api.call("logs", "abc")


async def test_tty_output_read_as_multiplexed_says_so(kind: str) -> None:
    # Labelled multiplexed but not: the error names the likely cause.
    daemon = FakeDaemon("1.42")
    route_output(daemon, "GET", "logs", b"hello world, no frames here\n", MULTIPLEXED_STREAM)
    api = make_api(daemon, kind)
    with pytest.raises(StreamParseError, match="TTY"):
        await api.call("logs", "abc")


async def test_daemon_errors_become_typed_exceptions(kind: str) -> None:
    daemon = FakeDaemon("1.42")
    api = make_api(daemon, kind)
    with pytest.raises(NotFound):
        await api.call("logs", "abc")
    with pytest.raises(NotFound):
        await api.call("export", "abc")
    with pytest.raises(NotFound):
        await api.call("get_archive", "abc", "/etc")


# -- logs arguments ---------------------------------------------------------------------


async def test_logs_query_follows_docker_py(kind: str) -> None:
    daemon = FakeDaemon("1.42")
    route_output(daemon, "GET", "logs", OUTPUT, MULTIPLEXED_STREAM)
    api = make_api(daemon, kind)
    since = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    await api.call("logs", "abc", stderr=False, timestamps=True, tail=10, since=since, until=1.5)
    stream = await api.call("logs", {"Id": "abc"}, stream=True, tail="bogus", since=7)
    await api.items(stream)
    first, second = (r for r in daemon.requests if r.url.path.endswith("/logs"))
    assert dict(first.url.params) == {
        "stderr": "0",
        "stdout": "1",
        "timestamps": "1",
        "follow": "0",
        "tail": "10",
        "since": str(int(since.timestamp())),
        "until": "1.5",
    }
    # follow defaults to stream; a tail that is not a non-negative int means all
    assert second.url.params["follow"] == "1"
    assert second.url.params["tail"] == "all"
    assert second.url.params["since"] == "7"
    # explicit follow wins
    await api.call("logs", "abc", stream=False, follow=True)
    assert daemon.requests[-1].url.params["follow"] == "1"


@pytest.mark.parametrize(
    ("argument", "value"),
    [("since", 0), ("since", -1.5), ("since", "yesterday"), ("until", 0), ("until", "now")],
)
async def test_bad_log_times_raise_before_sending(kind: str, argument: str, value: Any) -> None:
    daemon = FakeDaemon("1.42")
    api = make_api(daemon, kind)
    with pytest.raises(InvalidArgument, match=f"{argument} value should be datetime"):
        await api.call("logs", "abc", **{argument: value})
    assert daemon.requests == []


async def test_until_needs_api_1_35(kind: str) -> None:
    daemon = FakeDaemon("1.42")
    api = make_api(daemon, kind, version="1.34")
    with pytest.raises(InvalidVersion, match=r"1\.35"):
        await api.call("logs", "abc", until=100)
    assert not any(r.url.path.endswith("/logs") for r in daemon.requests)


@pytest.mark.parametrize("container", [None, "", {"Id": ""}, {"Name": "x"}])
async def test_a_missing_container_is_refused(kind: str, container: Any) -> None:
    daemon = FakeDaemon("1.42")
    api = make_api(daemon, kind)
    with pytest.raises(NullResource):
        await api.call("logs", container)
    with pytest.raises(NullResource):
        await api.call("export", container)
    assert daemon.requests == []


async def test_container_names_are_quoted_into_the_path(kind: str) -> None:
    daemon = FakeDaemon("1.42")
    api = make_api(daemon, kind)
    with pytest.raises(NotFound):
        await api.call("export", "a b?c")
    assert daemon.requests[-1].url.raw_path == b"/v1.42/containers/a%20b%3Fc/export"


# -- attach and attach_socket -------------------------------------------------------------------


async def test_attach_asks_for_an_upgrade_with_docker_py_flags(kind: str) -> None:
    daemon = FakeDaemon("1.43")
    route_output(daemon, "POST", "attach", OUTPUT, MULTIPLEXED_STREAM)
    api = make_api(daemon, kind)
    stream = await api.call("attach", "abc", stderr=False, stream=True, demux=True)
    assert await api.items(stream) == [(b"out1\n", None), (None, b"err1\n"), (b"out2\n", None)]
    request = daemon.requests[-1]
    assert request.headers["connection"] == "Upgrade"
    assert request.headers["upgrade"] == "tcp"
    assert dict(request.url.params) == {"logs": "0", "stdout": "1", "stderr": "0", "stream": "1"}
    assert inspects(daemon) == 0


async def test_attach_socket_defaults_params_and_passes_custom_ones(kind: str) -> None:
    daemon = FakeDaemon("1.41")
    route_output(daemon, "POST", "attach", frame(1, b"hi"), RAW_STREAM)
    api = make_api(daemon, kind)
    sock = await api.call("attach_socket", {"Id": "abc"})
    expected_type = AsyncHijackedSocket if api.is_async else HijackedSocket
    assert isinstance(sock, expected_type)
    if api.is_async:
        assert await sock.recv() == frame(1, b"hi")
        await sock.aclose()
    else:
        assert sock.recv() == frame(1, b"hi")
        sock.close()
    assert dict(daemon.requests[-1].url.params) == {"stdout": "1", "stderr": "1", "stream": "1"}
    sock = await api.call("attach_socket", "abc", {"stdin": 1, "stream": 1, "detachKeys": "ctrl-x"})
    assert dict(daemon.requests[-1].url.params) == {
        "stdin": "1",
        "stream": "1",
        "detachKeys": "ctrl-x",
    }
    if api.is_async:
        await sock.aclose()
    else:
        sock.close()
    assert inspects(daemon) == 0  # a socket is raw bytes: no framing decision


async def test_attach_socket_takes_detach_keys_from_the_cli_config(
    kind: str, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "config.json").write_text(json.dumps({"detachKeys": "ctrl-q,q"}))
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path))
    daemon = FakeDaemon("1.41")
    route_output(daemon, "POST", "attach", b"", RAW_STREAM)
    api = make_api(daemon, kind)
    given = {"stdin": 1, "stream": 1}
    for params, expected in (
        (None, "ctrl-q,q"),
        (given, "ctrl-q,q"),
        ({"stream": 1, "detachKeys": "ctrl-x"}, "ctrl-x"),  # the caller's wins
    ):
        sock = await api.call("attach_socket", "abc", params)
        assert daemon.requests[-1].url.params["detachKeys"] == expected
        await api.close_stream(sock)
    assert given == {"stdin": 1, "stream": 1}  # the caller's dict is left alone


async def test_attach_socket_over_websockets_is_refused(kind: str) -> None:
    daemon = FakeDaemon("1.41")
    api = make_api(daemon, kind)
    with pytest.raises(InvalidArgument, match="websockets"):
        await api.call("attach_socket", "abc", ws=True)
    assert daemon.requests == []


# -- stats -------------------------------------------------------------------------------


def _stats_lines(count: int) -> list[bytes]:
    return [
        json.dumps({"read": str(i), "cpu_stats": {"x": i}}).encode() + b"\n" for i in range(count)
    ]


async def test_stats_stream_decoded_or_as_lines(kind: str) -> None:
    daemon = FakeDaemon("1.41")
    lines = _stats_lines(3)
    # Split mid-line: items are whole lines whatever the chunks.
    joined = b"".join(lines)
    route_output(
        daemon, "GET", "stats", [joined[:5], joined[5:40], joined[40:]], "application/json"
    )
    api = make_api(daemon, kind)
    decoded = await api.items(await api.call("stats", "abc", decode=True))
    assert [item["read"] for item in decoded] == ["0", "1", "2"]
    raw = await api.items(await api.call("stats", "abc"))
    assert raw == lines
    assert daemon.requests[-1].url.params["stream"] == "true"


async def test_stats_once(kind: str) -> None:
    daemon = FakeDaemon("1.41")

    @daemon.route("GET", "/containers/abc/stats")
    def stats(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"read": "now", "params": dict(request.url.params)})

    api = make_api(daemon, kind)
    sample = await api.call("stats", "abc", stream=False, one_shot=True)
    assert sample == {"read": "now", "params": {"stream": "false", "one-shot": "true"}}
    sample = await api.call("stats", "abc", stream=False)
    assert sample["params"] == {"stream": "false"}


async def test_stats_argument_rules(kind: str) -> None:
    daemon = FakeDaemon("1.41")
    api = make_api(daemon, kind)
    with pytest.raises(InvalidArgument, match="one_shot"):
        await api.call("stats", "abc", stream=True, one_shot=True)
    with pytest.raises(InvalidArgument, match="decode"):
        await api.call("stats", "abc", stream=False, decode=True)
    old = make_api(daemon, kind, version="1.40")
    with pytest.raises(InvalidVersion, match=r"1\.41"):
        await old.call("stats", "abc", stream=False, one_shot=False)
    assert not any(r.url.path.endswith("/stats") for r in daemon.requests)


# -- export and archives -----------------------------------------------------------------


async def test_export_as_it_arrives_cut_to_the_chunk_size(kind: str) -> None:
    daemon = FakeDaemon("1.41")
    data = bytes(range(256)) * 40  # 10240 bytes
    route_output(daemon, "GET", "export", [data[:1000], data[1000:7000], data[7000:]], None)
    api = make_api(daemon, kind)
    chunks = await api.items(await api.call("export", "abc", chunk_size=4096))
    # never joined (a copy of every byte), only cut where longer
    assert [len(c) for c in chunks] == [1000, 4096, 1904, 3240]
    assert b"".join(chunks) == data
    chunks = await api.items(await api.call("export", "abc", None))
    assert [len(c) for c in chunks] == [1000, 6000, 3240]


async def test_export_closed_early_releases_the_body(kind: str) -> None:
    daemon = FakeDaemon("1.41")
    served = route_output(daemon, "GET", "export", [b"x" * 100] * 50, None)
    api = make_api(daemon, kind)
    stream = await api.call("export", "abc", chunk_size=100)
    if api.is_async:
        assert await stream.__anext__() == b"x" * 100
    else:
        assert next(stream) == b"x" * 100
    await api.close_stream(stream)
    assert served[0].closed
    assert served[0].sent < 50


def _stat_header(stat: dict[str, Any]) -> str:
    return base64.b64encode(json.dumps(stat).encode()).decode()


async def test_get_archive_gives_stream_and_stat(kind: str) -> None:
    daemon = FakeDaemon("1.41")
    stat = {"name": "hosts", "size": 3, "mode": 420, "mtime": "t", "linkTarget": ""}
    tar = b"t" * 5000

    @daemon.route("GET", "/containers/abc/archive")
    def archive(request: httpx.Request) -> httpx.Response:
        headers = {"X-Docker-Container-Path-Stat": _stat_header(stat)}
        body = tar
        if "gzip" in request.headers["accept-encoding"]:
            headers["Content-Encoding"] = "gzip"
            body = gzip.compress(tar)
        return httpx.Response(200, stream=TrackedStream([body]), headers=headers)

    api = make_api(daemon, kind)
    # The stream comes back open inside the (stream, stat) tuple.
    bits, got = await api.call("get_archive", "abc", "/etc/hosts", chunk_size=2048)
    assert got == stat
    assert [len(c) for c in await api.items(bits)] == [2048, 2048, 904]  # one piece, cut
    request = daemon.requests[-1]
    assert request.url.params["path"] == "/etc/hosts"
    assert request.headers["accept-encoding"] == "identity"
    # encode_stream: gzip on the wire, the tar archive to the caller (as docker-py 7)
    bits, _ = await api.call("get_archive", "abc", "/etc/hosts", encode_stream=True)
    assert b"".join(await api.items(bits)) == tar
    assert daemon.requests[-1].headers["accept-encoding"] == "gzip, deflate"


async def test_get_archive_without_stat_header(kind: str) -> None:
    daemon = FakeDaemon("1.41")
    route_output(daemon, "GET", "archive", b"tar", "application/x-tar")
    api = make_api(daemon, kind)
    bits, stat = await api.call("get_archive", "abc", "/x")
    assert stat is None
    assert await api.items(bits) == [b"tar"]


class _CountingReader(io.RawIOBase):
    """A binary file that records the sizes it was asked for."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)
        self.reads: list[int] = []

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        self.reads.append(size)
        return self._data.read(size)


async def test_put_archive_streams_every_kind_of_data(kind: str) -> None:
    daemon = FakeDaemon("1.41")
    received: list[tuple[bytes, str]] = []

    @daemon.route("PUT", "/containers/abc/archive")
    def put(request: httpx.Request) -> httpx.Response:
        received.append((request.read(), request.url.params["path"]))
        assert request.headers["content-type"] == "application/x-tar"
        return httpx.Response(200)

    api = make_api(daemon, kind)
    data = b"tar data " * 20000
    reader = _CountingReader(data)

    def chunks() -> Iterator[bytes]:
        yield data[:10]
        yield data[10:]

    async def achunks() -> AsyncIterator[bytes]:
        yield data[:7]
        yield data[7:]

    bodies: list[Any] = [data, bytearray(data), memoryview(data), reader, chunks()]
    if api.is_async:
        bodies.append(achunks())
    for body in bodies:
        assert await api.call("put_archive", "abc", "/tmp", body) is True
    assert received == [(data, "/tmp")] * len(bodies)
    # the file was read in pieces, not whole
    assert len(reader.reads) > 2
    assert all(size > 0 for size in reader.reads)


async def test_put_archive_refuses_text(kind: str) -> None:
    daemon = FakeDaemon("1.41")
    api = make_api(daemon, kind)
    with pytest.raises(TypeError, match="bytes"):
        await api.call("put_archive", "abc", "/tmp", "not bytes")
    with pytest.raises(TypeError, match="binary"):
        await api.call("put_archive", "abc", "/tmp", io.StringIO("text"))
    assert daemon.requests == []


async def test_put_archive_error(kind: str) -> None:
    daemon = FakeDaemon("1.41")

    @daemon.route("PUT", "/containers/abc/archive")
    def put(request: httpx.Request) -> httpx.Response:
        request.read()
        return httpx.Response(
            404, json={"message": "Could not find the file /nope in container abc"}
        )

    api = make_api(daemon, kind)
    with pytest.raises(NotFound, match="/nope"):
        await api.call("put_archive", "abc", "/nope", b"x")


# -- shapes both clients share ------------------------------------------------------------


def test_sync_and_async_methods_have_docker_py_signatures() -> None:
    docker_api = pytest.importorskip("docker.api.container").ContainerApiMixin
    for name in (
        "logs",
        "attach",
        "attach_socket",
        "stats",
        "export",
        "get_archive",
        "put_archive",
    ):
        ours = inspect.signature(getattr(ContainerStreamsMixin, name).function)
        theirs = inspect.signature(getattr(docker_api, name))
        ours_params = list(ours.parameters.values())
        theirs_params = list(theirs.parameters.values())
        # docker-py's parameters come first, same names, order and defaults.
        for mine, reference in zip(ours_params, theirs_params, strict=False):
            assert mine.name == reference.name, name
            if reference.default is not inspect.Parameter.empty:
                assert mine.default == reference.default, (name, mine.name)
        extra = [p.name for p in ours_params[len(theirs_params) :]]
        assert extra == (["demux"] if name == "logs" else []), name


@pytest.mark.parametrize("chunk_size", [0, -1])
async def test_bad_chunk_size_is_refused_before_sending(kind: str, chunk_size: int) -> None:
    daemon = FakeDaemon("1.41")
    api = make_api(daemon, kind)
    with pytest.raises(InvalidArgument, match="chunk_size"):
        await api.call("export", "abc", chunk_size)
    with pytest.raises(InvalidArgument, match="chunk_size"):
        await api.call("get_archive", "abc", "/x", chunk_size)
    assert daemon.requests == []


async def test_streams_are_docker_py_cancellable_streams(kind: str) -> None:
    from dockerapi.types import AsyncCancellableStream, CancellableStream

    daemon = FakeDaemon("1.42")
    served = route_output(daemon, "GET", "logs", OUTPUT, MULTIPLEXED_STREAM)
    api = make_api(daemon, kind)
    stream = await api.call("logs", "abc", stream=True)
    expected = AsyncCancellableStream if api.is_async else CancellableStream
    assert isinstance(stream, expected)
    await api.close_stream(stream)
    assert stream.closed
    assert served[0].closed
