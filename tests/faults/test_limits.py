"""Issue 13, problem 9: a hostile daemon cannot make the client buffer without limit.

Error bodies are read up to an excerpt, bodies read whole up to `Limits.body`, JSON
stream items and stdout/stderr frames up to their limits (a typed error past them),
and a JSON value spread over many lines is parsed in time linear in its size.
"""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import Callable
from typing import Any

import pytest
from both_clients import call, items
from conftest import Connect
from dockerapi import Limits
from dockerapi._decoders import JSONLinesDecoder
from dockerapi.errors import InvalidArgument, InvalidResponse, ServerError, StreamParseError
from fake_daemon import Exchange, FakeDaemon, Wire

MIB = 1024 * 1024


async def test_a_huge_error_body_becomes_a_short_message(
    daemon: FakeDaemon, connect: Connect
) -> None:
    # Issue 13: a 50 MB error body became a 52 MB exception message (+150 MB peak).
    sent_all: list[bool] = []

    @daemon.route("GET", r"/containers/c1/json")
    def huge_error(exchange: Exchange, wire: Wire) -> None:
        wire.head(500)
        wire.chunk(b'{"message": "' + b"x" * MIB)
        sent_all.append(all(wire.chunk(b"x" * MIB) for _ in range(49)) and wire.end())

    client = connect()
    with pytest.raises(ServerError) as caught:
        await call(client, "inspect_container", "c1")
    message = str(caught.value)
    assert len(message) < Limits().error_body + 1000
    assert "cut" in message
    for _ in range(100):  # the daemon finds the connection gone once it writes again
        if sent_all:
            break
        await asyncio.sleep(0.05)
    assert sent_all == [False]  # the rest was never read


async def test_bodies_read_whole_are_bounded(daemon: FakeDaemon, connect: Connect) -> None:
    big = json.dumps([{"Id": "x" * 1000}] * 3000).encode()  # ~3 MB

    daemon.route("GET", r"/containers/json")(lambda exchange, wire: wire.reply(200, big))

    @daemon.route("GET", r"/networks")
    def chunked(exchange: Exchange, wire: Wire) -> None:  # no Content-Length
        wire.head(200)
        for start in range(0, len(big), 65536):
            if not wire.chunk(big[start : start + 65536]):
                return
        wire.end()

    client = connect(limits=Limits(body=MIB))
    with pytest.raises(InvalidResponse, match="larger than the limit"):
        await call(client, "containers")
    with pytest.raises(InvalidResponse, match="larger than the limit"):
        await call(client, "networks")
    assert len(await call(connect(), "containers")) == 3000  # the default is generous


def _endless_line(first: bytes) -> Callable[[Exchange, Wire], None]:
    """A JSON stream: `first` (a whole line), then 2.5 MiB of one line that never ends."""

    def endless(exchange: Exchange, wire: Wire) -> None:
        wire.head(200)
        wire.chunk(first)
        for _ in range(40):
            if not wire.chunk(b'{"status": "' + b"x" * 65536):
                return
        wire.end()

    return endless


async def test_an_endless_json_line_is_cut(daemon: FakeDaemon, connect: Connect) -> None:
    # Issue 13: one 190 MiB line without a newline on events() grew memory by 376 MB.
    daemon.route("GET", r"/events")(_endless_line(b'{"status": "start", "id": "a"}\n'))
    client = connect(limits=Limits(json_item=MIB))
    for decode in (True, False):
        stream = await call(client, "events", decode=decode)
        with pytest.raises(StreamParseError, match="longer than the limit"):
            await items(stream)
    stream = await call(client.engine, "system_events")
    with pytest.raises(StreamParseError, match="longer than the limit"):
        await items(stream)


async def test_an_oversized_frame_is_refused(daemon: FakeDaemon, connect: Connect) -> None:
    @daemon.route("GET", r"/containers/c1/logs")
    def logs(exchange: Exchange, wire: Wire) -> None:
        wire.head(200, content_type="application/vnd.docker.multiplexed-stream")
        wire.chunk(b"\x01\x00\x00\x00\x00\x00\x00\x02ok")
        wire.chunk(b"\x01\x00\x00\x00\x40\x00\x00\x00" + b"x" * 1000)  # announces 1 GiB
        wire.end()

    client = connect(limits=Limits(frame=MIB), version="1.42")
    stream = await call(client, "logs", "c1", stream=True)
    received, error = await _until_error(stream)
    assert received == [b"ok"]
    assert isinstance(error, StreamParseError) and "more than the limit" in str(error)


async def _until_error(stream: Any) -> tuple[list[Any], BaseException | None]:
    received: list[Any] = []
    try:
        if hasattr(stream, "__anext__"):
            async for item in stream:
                received.append(item)
        else:
            received.extend(stream)
    except Exception as error:
        return received, error
    return received, None


def test_a_value_over_many_lines_is_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Issue 13: a value spread over 2000 lines of 1 KB was re-parsed from its start on
    # each line (13.5 s). Count the parser's work instead of timing it.
    import dockerapi._decoders as decoders

    parsed: list[int] = []
    real = decoders._raw_decoder

    class Counting:
        def raw_decode(self, text: str, pos: int = 0) -> Any:
            parsed.append(len(text) - pos)
            return real.raw_decode(text, pos)

    monkeypatch.setattr(decoders, "_raw_decoder", Counting())
    value = {f"key{i}": "v" * 1000 for i in range(2000)}
    text = json.dumps(value, indent=1).encode() + b"\n"
    decoder = JSONLinesDecoder()
    found: list[Any] = []
    for line in text.splitlines(keepends=True):
        found.extend(decoder.feed(line))
    found.extend(decoder.flush())
    assert found == [value]
    assert sum(parsed) < 3 * len(text)  # linear: the value is parsed about once


def test_limits_are_checked() -> None:
    for bad in (0, -1, 1.5, "1", True):
        with pytest.raises(InvalidArgument, match="Limits"):
            Limits(body=bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument, match="limits"):
        from dockerapi import APIClient

        APIClient(limits={"body": 1})  # type: ignore[arg-type]


_endless_progress = _endless_line(b'{"status": "Pulling fs layer", "id": "a"}\n')


async def test_progress_streams_are_bounded(daemon: FakeDaemon, connect: Connect) -> None:
    # The image and build methods (pull, push, load, import, build) read their JSON
    # progress with the same bounded decoders as events: one endless line is cut.
    for method, pattern in [
        ("POST", r"/images/create"),
        ("POST", r"/images/[^/]+/push"),
        ("POST", r"/images/load"),
        ("POST", r"/build"),
    ]:
        daemon.route(method, pattern)(_endless_progress)
    client = connect(limits=Limits(json_item=MIB))

    def dockerfile() -> io.BytesIO:
        return io.BytesIO(b"FROM busybox\n")

    streams = {
        "pull": lambda: call(client, "pull", "busybox", stream=True),
        "pull decoded": lambda: call(client, "pull", "busybox", stream=True, decode=True),
        "push": lambda: call(client, "push", "127.0.0.1:5000/app", tag="1", stream=True),
        "load_image": lambda: call(client, "load_image", b"not really a tar"),
        "build": lambda: call(client, "build", fileobj=dockerfile()),
        "build decoded": lambda: call(client, "build", fileobj=dockerfile(), decode=True),
        "build raising": lambda: call(client, "build", fileobj=dockerfile(), raise_on_error=True),
        "engine image_create": lambda: call(client.engine, "image_create", from_image="busybox"),
        "engine image_build": lambda: call(client.engine, "image_build", remote="x"),
    }
    for name, open_stream in streams.items():
        stream = await open_stream()
        received, error = await _until_error(stream)
        assert received == [] or len(received) == 1, name  # the first, short line
        assert isinstance(error, StreamParseError), (name, error)
        assert "longer than the limit" in str(error), name
    # Without `stream` the progress is read to its end: the same limit holds.
    whole = {
        "pull": lambda: call(client, "pull", "busybox"),
        "push": lambda: call(client, "push", "127.0.0.1:5000/app", tag="1"),
        "import_image_from_data": lambda: call(client, "import_image_from_data", b"tar"),
        "import_image_from_url": lambda: call(
            client, "import_image_from_url", "http://127.0.0.1:9/x.tar"
        ),
    }
    for run in whole.values():
        with pytest.raises(StreamParseError, match="longer than the limit"):
            await run()


async def test_high_level_progress_is_bounded(daemon: FakeDaemon, flavour: str) -> None:
    # images.pull and images.build of the high-level client read the same streams.
    from dockerapi.client import AsyncDockerClient, DockerClient

    daemon.route("POST", r"/images/create")(_endless_progress)
    daemon.route("POST", r"/build")(_endless_progress)
    cls = DockerClient if flavour == "sync" else AsyncDockerClient
    client = cls(base_url=daemon.url, version="1.41", limits=Limits(json_item=MIB))
    try:
        with pytest.raises(StreamParseError, match="longer than the limit"):
            await call(client.images, "pull", "busybox", tag="latest")
        with pytest.raises(StreamParseError, match="longer than the limit"):
            await call(client.images, "build", fileobj=io.BytesIO(b"FROM busybox\n"))
    finally:
        closed = client.close()
        if asyncio.iscoroutine(closed):
            await closed
