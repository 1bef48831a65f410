"""Plans run by the sync and the async driver: every response kind, streams, errors."""

from __future__ import annotations

import asyncio
import gc
import json
from collections.abc import Iterator
from typing import Any, NamedTuple

import httpx
import pytest
from core_fakes import FakeDaemon, FakeVersionTable, TrackedStream, frame, json_lines
from dockerapi import _gating
from dockerapi._decoders import FrameDecoder, JSONLinesDecoder, RawDecoder
from dockerapi._plan import (
    CURRENT_VERSION,
    Drain,
    PlanGenerator,
    SocketOf,
    StreamOf,
    plan,
    socket_plan,
    stream_plan,
)
from dockerapi._request import Request, Response
from dockerapi._streams import AsyncStream, Stream
from dockerapi.api.client import APIClient, AsyncAPIClient
from dockerapi.errors import NotFound, StreamError


@pytest.fixture(autouse=True)
def fake_table(monkeypatch: pytest.MonkeyPatch) -> FakeVersionTable:
    table = FakeVersionTable()
    monkeypatch.setattr(_gating, "default_table", lambda: table)
    return table


class DemoMixin:
    """A few methods written once as plans."""

    @plan
    def inspect(self, name: str) -> PlanGenerator[dict[str, Any]]:
        response = yield Request.build("GET", f"/things/{name}/json")
        result: dict[str, Any] = response.json()
        return result

    @plan
    def inspect_or_none(self, name: str) -> PlanGenerator[dict[str, Any] | None]:
        try:
            response = yield Request.build("GET", f"/things/{name}/json")
        except NotFound:
            return None
        result: dict[str, Any] = response.json()
        return result

    @plan
    def remove(self, name: str) -> PlanGenerator[None]:
        yield Request.build("DELETE", f"/things/{name}", params={"force": True}, expect="empty")
        return None

    @plan
    def raw(self) -> PlanGenerator[bytes]:
        response = yield Request.build("GET", "/raw", expect="bytes")
        content: bytes = response.content
        return content

    @plan
    def stat(self) -> PlanGenerator[str]:
        response = yield Request.build("HEAD", "/stat", expect="head")
        return str(response.headers["X-Stat"])

    @plan
    def version_used(self) -> PlanGenerator[str]:
        version = yield CURRENT_VERSION
        return str(version)

    @plan
    def two_steps(self, name: str) -> PlanGenerator[list[Any]]:
        first = yield Request.build("GET", f"/things/{name}/json")
        second = yield Request.build("GET", f"/things/{first.json()['Next']}/json")
        return [first.json()["Name"], second.json()["Name"]]

    @stream_plan
    def events(self) -> PlanGenerator[StreamOf[Any]]:
        response = yield Request.build("GET", "/events", expect="stream", timeout=None)
        return StreamOf.decoded(response, lambda: JSONLinesDecoder(raise_on_error=True))

    @stream_plan
    def logs(self) -> PlanGenerator[StreamOf[bytes]]:
        response = yield Request.build("GET", "/logs", expect="stream")
        return StreamOf.mapped(response, FrameDecoder, lambda item: item[1])

    @plan
    def all_logs(self) -> PlanGenerator[bytes]:
        response: Response = yield Request.build("GET", "/logs", expect="stream")
        frames = yield Drain(StreamOf.decoded(response, FrameDecoder))
        return b"".join(payload for _, payload in frames)

    @stream_plan
    def chunks(self) -> PlanGenerator[StreamOf[bytes]]:
        response = yield Request.build("GET", "/raw", expect="stream", chunk_size=4)
        return StreamOf.decoded(response, RawDecoder)

    @plan
    def opens_then_fails(self) -> PlanGenerator[None]:
        yield Request.build("GET", "/logs", expect="stream")
        yield Request.build("GET", "/things/missing/json")
        return None

    @socket_plan
    def attach(self) -> PlanGenerator[SocketOf]:
        response = yield Request.build("POST", "/attach", expect="upgrade")
        return SocketOf(response)


class Labelled(NamedTuple):
    label: str
    output: Any


class LabelledMixin:
    @plan
    def labelled_logs(self) -> PlanGenerator[Labelled]:
        response = yield Request.build("GET", "/logs", expect="stream")
        return Labelled("logs", StreamOf.mapped(response, FrameDecoder, lambda item: item[1]))


class DemoClient(LabelledMixin, DemoMixin, APIClient):
    pass


class AsyncDemoClient(LabelledMixin, DemoMixin, AsyncAPIClient):
    pass


@pytest.fixture
def daemon() -> FakeDaemon:
    daemon = FakeDaemon("1.41")
    things = {
        "a": {"Name": "a", "Next": "b"},
        "b": {"Name": "b", "Next": "a"},
    }

    @daemon.route("GET", "/things/a/json")
    @daemon.route("GET", "/things/b/json")
    def inspect(request: httpx.Request) -> httpx.Response:
        name = request.url.path.split("/")[-2]
        return httpx.Response(200, json=things[name])

    @daemon.route("DELETE", "/things/a")
    def remove(request: httpx.Request) -> httpx.Response:
        assert request.url.params["force"] == "true"
        return httpx.Response(204)

    @daemon.route("GET", "/raw")
    def raw(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"0123456789")

    @daemon.route("HEAD", "/stat")
    def stat(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"X-Stat": "e30="})

    return daemon


@pytest.fixture
def client(daemon: FakeDaemon) -> Iterator[DemoClient]:
    with DemoClient(transport=daemon.transport()) as client:
        yield client


@pytest.fixture
async def aclient(daemon: FakeDaemon) -> Any:
    async with AsyncDemoClient(transport=daemon.async_transport()) as client:
        yield client


def test_descriptor_binds_once_per_instance(client: DemoClient) -> None:
    assert client.inspect is client.inspect
    assert isinstance(DemoMixin.__dict__["inspect"], plan)
    assert client.inspect.__name__ == "inspect"


def test_plan_on_a_non_client_is_a_type_error() -> None:
    with pytest.raises(TypeError, match=r"bind it to"):
        DemoMixin().inspect  # noqa: B018


def test_sync_response_kinds(client: DemoClient, daemon: FakeDaemon) -> None:
    assert client.inspect("a") == {"Name": "a", "Next": "b"}
    assert client.remove("a") is None
    assert client.raw() == b"0123456789"
    assert client.stat() == "e30="
    assert client.two_steps("a") == ["a", "b"]
    assert client.version_used() == "1.41"
    # negotiated once, then every call is prefixed
    assert daemon.version_calls() == 1
    assert daemon.paths()[:2] == ["/version", "/v1.41/things/a/json"]


async def test_async_response_kinds(aclient: AsyncDemoClient, daemon: FakeDaemon) -> None:
    assert await aclient.inspect("a") == {"Name": "a", "Next": "b"}
    assert await aclient.remove("a") is None
    assert await aclient.raw() == b"0123456789"
    assert await aclient.stat() == "e30="
    assert await aclient.two_steps("b") == ["b", "a"]
    assert await aclient.version_used() == "1.41"
    assert daemon.version_calls() == 1


def test_errors_are_thrown_into_the_plan(client: DemoClient) -> None:
    assert client.inspect_or_none("missing") is None
    with pytest.raises(NotFound) as caught:
        client.inspect("missing")
    assert caught.value.status_code == 404
    assert caught.value.explanation == "page not found: /things/missing/json"


async def test_async_errors_are_thrown_into_the_plan(aclient: AsyncDemoClient) -> None:
    assert await aclient.inspect_or_none("missing") is None
    with pytest.raises(NotFound):
        await aclient.inspect("missing")


def _stream_route(daemon: FakeDaemon, path: str, body: TrackedStream, **headers: str) -> None:
    @daemon.route("GET", path)
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=body, headers=headers)


def test_json_lines_stream_decodes_across_chunk_boundaries(
    client: DemoClient, daemon: FakeDaemon
) -> None:
    payload = b"".join(json_lines({"a": 1}, {"b": [1, 2]}, {"c": "\u00e9"}))
    body = TrackedStream([payload[i : i + 3] for i in range(0, len(payload), 3)])
    _stream_route(daemon, "/events", body)
    with client.events() as stream:
        assert isinstance(stream, Stream)
        assert list(stream) == [{"a": 1}, {"b": [1, 2]}, {"c": "\u00e9"}]
    assert body.closed


def test_json_lines_error_after_200_raises_and_releases(
    client: DemoClient, daemon: FakeDaemon
) -> None:
    body = TrackedStream(
        json_lines({"status": "pulling"}, {"error": "boom", "errorDetail": {"message": "boom"}})
    )
    _stream_route(daemon, "/events", body)
    stream = client.events()
    assert next(stream) == {"status": "pulling"}
    with pytest.raises(StreamError, match=r"boom"):
        next(stream)
    assert body.closed
    assert stream.closed
    assert list(stream) == []


async def test_async_json_lines_error_after_200(
    aclient: AsyncDemoClient, daemon: FakeDaemon
) -> None:
    body = TrackedStream(json_lines({"status": "x"}, {"errorDetail": {"message": "denied"}}))
    _stream_route(daemon, "/events", body)
    stream = await aclient.events()
    assert isinstance(stream, AsyncStream)
    seen = []
    with pytest.raises(StreamError, match=r"denied"):
        async for item in stream:
            seen.append(item)
    assert seen == [{"status": "x"}]
    assert body.closed


def test_multiplexed_stream_and_drain(client: DemoClient, daemon: FakeDaemon) -> None:
    data = frame(1, b"out\n") + frame(2, b"err\n") + frame(1, b"more\n")
    body = TrackedStream([data[:5], data[5:13], data[13:]])
    _stream_route(daemon, "/logs", body)
    assert list(client.logs()) == [b"out\n", b"err\n", b"more\n"]
    body2 = TrackedStream([data])
    _stream_route(daemon, "/logs", body2)
    assert client.all_logs() == b"out\nerr\nmore\n"
    assert body2.closed


async def test_async_multiplexed_stream_and_drain(
    aclient: AsyncDemoClient, daemon: FakeDaemon
) -> None:
    data = frame(1, b"out\n") + frame(2, b"err\n")
    _stream_route(daemon, "/logs", TrackedStream([data[:3], data[3:]]))
    stream = await aclient.logs()
    assert [item async for item in stream] == [b"out\n", b"err\n"]
    _stream_route(daemon, "/logs", TrackedStream([data]))
    assert await aclient.all_logs() == b"out\nerr\n"


async def test_a_named_tuple_result_keeps_its_type_and_its_stream(
    client: DemoClient, aclient: AsyncDemoClient, daemon: FakeDaemon
) -> None:
    # ExecResult(None, stream): the stream inside is handed over, not closed by the driver
    data = frame(1, b"out\n") + frame(2, b"err\n")
    _stream_route(daemon, "/logs", TrackedStream([data]))
    result = client.labelled_logs()
    assert type(result) is Labelled and result.label == "logs"
    assert isinstance(result.output, Stream) and list(result.output) == [b"out\n", b"err\n"]
    _stream_route(daemon, "/logs", TrackedStream([data]))
    aresult = await aclient.labelled_logs()
    assert type(aresult) is Labelled and isinstance(aresult.output, AsyncStream)
    assert [item async for item in aresult.output] == [b"out\n", b"err\n"]


def test_early_close_releases_the_response(client: DemoClient, daemon: FakeDaemon) -> None:
    body = TrackedStream(json_lines(*({"n": n} for n in range(100))))
    _stream_route(daemon, "/events", body)
    with client.events() as stream:
        assert next(stream) == {"n": 0}
    assert body.closed
    assert body.sent < 100
    with pytest.raises(StopIteration):
        next(stream)


def test_garbage_collected_stream_releases_the_response(
    client: DemoClient, daemon: FakeDaemon
) -> None:
    body = TrackedStream(json_lines(*({"n": n} for n in range(10))))
    _stream_route(daemon, "/events", body)
    stream = client.events()
    next(stream)
    del stream
    gc.collect()
    assert body.closed


async def test_async_early_close_releases_the_response(
    aclient: AsyncDemoClient, daemon: FakeDaemon
) -> None:
    body = TrackedStream(json_lines(*({"n": n} for n in range(100))))
    _stream_route(daemon, "/events", body)
    async with await aclient.events() as stream:
        assert await stream.__anext__() == {"n": 0}
    assert body.closed
    with pytest.raises(StopAsyncIteration):
        await stream.__anext__()


def test_raw_stream_in_fixed_chunks(client: DemoClient) -> None:
    assert list(client.chunks()) == [b"0123", b"4567", b"89"]


def test_stray_stream_is_closed_when_the_plan_fails(client: DemoClient, daemon: FakeDaemon) -> None:
    body = TrackedStream([frame(1, b"x")])
    _stream_route(daemon, "/logs", body)
    with pytest.raises(NotFound):
        client.opens_then_fails()
    assert body.closed


async def test_async_stray_stream_is_closed_when_the_plan_fails(
    aclient: AsyncDemoClient, daemon: FakeDaemon
) -> None:
    body = TrackedStream([frame(1, b"x")])
    _stream_route(daemon, "/logs", body)
    with pytest.raises(NotFound):
        await aclient.opens_then_fails()
    assert body.closed


def test_upgrade_request_carries_upgrade_headers(client: DemoClient, daemon: FakeDaemon) -> None:
    seen: dict[str, str] = {}

    @daemon.route("POST", "/attach")
    def attach(request: httpx.Request) -> httpx.Response:
        seen.update(request.headers)
        return httpx.Response(409, json={"message": "container is not running"})

    with pytest.raises(Exception, match=r"container is not running"):
        client.attach()
    assert seen["connection"] == "Upgrade"
    assert seen["upgrade"] == "tcp"


def test_request_build_encodes_params() -> None:
    request = Request.build(
        "POST",
        "/commit",
        params={
            "changes": ["CMD x", "ENV a=b"],
            "pause": False,
            "all": True,
            "filters": {"label": ["a=b"]},
            "skip": None,
            "t": 3,
        },
    )
    assert request.params == (
        ("changes", "CMD x"),
        ("changes", "ENV a=b"),
        ("pause", "false"),
        ("all", "true"),
        ("filters", json.dumps({"label": ["a=b"]}, separators=(",", ":"))),
        ("t", "3"),
    )
    assert request.param_names() == {"changes", "pause", "all", "filters", "t"}


async def test_async_garbage_collected_stream_is_released_on_its_loop(
    aclient: AsyncDemoClient, daemon: FakeDaemon
) -> None:
    body = TrackedStream(json_lines(*({"n": n} for n in range(10))))
    _stream_route(daemon, "/events", body)
    stream = await aclient.events()
    assert await stream.__anext__() == {"n": 0}
    del stream
    gc.collect()
    for _ in range(5):  # the release runs as a task on this loop
        await asyncio.sleep(0)
    assert body.closed
