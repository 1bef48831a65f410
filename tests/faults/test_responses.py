"""Issue 13, problems 4, 5 and 11: every answer becomes a result or a typed error, and
bad input is refused before anything is sent.

Redirects, answers that are not JSON, JSON of the wrong shape, a call after close(),
an oversized query, line breaks in headers, and garbage arguments: each raises a
`DockerException` subclass, never `json.JSONDecodeError`, `TypeError`,
`RuntimeError`, `httpx.InvalidURL` or a connection error.
"""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from both_clients import call, items
from conftest import Connect
from dockerapi.errors import (
    APIError,
    DockerException,
    InvalidArgument,
    InvalidResponse,
    NullResource,
    StreamParseError,
)
from fake_daemon import Exchange, FakeDaemon, Wire

INSPECT = "/containers/c1/json"


@pytest.mark.parametrize("status", [301, 302, 307, 308])
async def test_redirects_are_errors(daemon: FakeDaemon, connect: Connect, status: int) -> None:
    # Issue 13: on 301/307 inspect_container returned None, containers() [], the engine None.
    @daemon.route("GET", r".*")
    def redirect(exchange: Exchange, wire: Wire) -> None:
        wire.reply(status, b"", headers=[("Location", "/v1.41/elsewhere")])

    client = connect()
    for method, args in (("inspect_container", ("c1",)), ("containers", ())):
        with pytest.raises(APIError) as caught:
            await call(client, method, *args)
        assert type(caught.value) is APIError
        assert caught.value.status_code == status
        assert "/v1.41/elsewhere" in str(caught.value)
    with pytest.raises(APIError):
        await call(client.engine, "container_inspect", id="c1")
    with pytest.raises(APIError):
        await call(client, "logs", "c1", stream=True)


async def test_not_modified_is_not_an_error(daemon: FakeDaemon, connect: Connect) -> None:
    daemon.answer("POST", r"/containers/c1/start", 304)
    daemon.answer("POST", r"/containers/c1/stop", 304)
    client = connect()
    assert await call(client, "start", "c1") is None
    assert await call(client, "stop", "c1") is None
    assert await call(client.engine, "container_start", id="c1") is None


@pytest.mark.parametrize("body", [b"{not json", b"\xff\xfe garbage", b'{"Id": "abc"'])
async def test_malformed_json_is_invalid_response(
    daemon: FakeDaemon, connect: Connect, body: bytes
) -> None:
    daemon.route("GET", INSPECT)(lambda exchange, wire: wire.reply(200, body))
    client = connect()
    with pytest.raises(InvalidResponse) as caught:
        await call(client, "inspect_container", "c1")
    assert caught.value.status_code == 200 and "not JSON" in str(caught.value)
    with pytest.raises(InvalidResponse):
        await call(client.engine, "container_inspect", id="c1")


async def test_malformed_version_answer_during_negotiation(
    daemon: FakeDaemon, connect: Connect
) -> None:
    daemon.route("GET", r"/version")(lambda exchange, wire: wire.reply(200, b"<html>"))
    client = connect(version=None)
    with pytest.raises(InvalidResponse, match="not JSON"):
        await call(client, "containers")


@pytest.mark.parametrize("shape", [[], "text", 5, [1, 2], {"Id": 5, "State": "up"}])
async def test_wrong_shape_on_the_engine_layer(
    daemon: FakeDaemon, connect: Connect, shape: Any
) -> None:
    daemon.answer("GET", INSPECT, 200, shape)
    client = connect()
    try:
        result = await call(client.engine, "container_inspect", id="c1")
    except InvalidResponse as error:
        assert "shape" in str(error)
    else:  # a shape the model accepts (unknown fields pass, as newer engines send them)
        assert result is not None


async def test_wrong_shape_on_docker_py_methods(daemon: FakeDaemon, connect: Connect) -> None:
    daemon.answer("GET", r"/containers/json", 200, [1, "two", None])
    daemon.answer("GET", INSPECT, 200, ["not", "a", "dict"])
    client = connect()
    with pytest.raises(InvalidResponse, match="shape"):
        await call(client, "containers", quiet=True)
    with pytest.raises(InvalidResponse, match="shape"):
        await call(client, "port", "c1", 80)


async def test_wrong_shape_in_an_engine_stream(daemon: FakeDaemon, connect: Connect) -> None:
    @daemon.route("GET", r"/events")
    def events(exchange: Exchange, wire: Wire) -> None:
        wire.head(200)
        wire.chunk(b'{"Type": "container", "Action": "start"}\n')
        wire.chunk(b"[1, 2, 3]\n")
        wire.end()

    client = connect()
    stream = await call(client.engine, "system_events")
    with pytest.raises(InvalidResponse, match="cannot be read"):
        await items(stream)


async def test_garbage_inspect_while_framing_logs(daemon: FakeDaemon, connect: Connect) -> None:
    # API 1.41 gives logs no Content-Type: the framing is learned from an inspect; a
    # garbage inspect raised UnicodeDecodeError.
    daemon.route("GET", INSPECT)(lambda exchange, wire: wire.reply(200, b"\xff\xfe\x00garbage"))

    @daemon.route("GET", r"/containers/c1/logs")
    def logs(exchange: Exchange, wire: Wire) -> None:
        wire.reply(200, b"\x01\x00\x00\x00\x00\x00\x00\x02hi", content_type="")

    client = connect()
    with pytest.raises(InvalidResponse):
        await call(client, "logs", "c1")


async def test_calls_after_close_say_client_closed(daemon: FakeDaemon, connect: Connect) -> None:
    client = connect()
    assert await call(client, "ping") is True
    closed = client.close()
    if closed is not None:
        await closed
    for method, args in (("ping", ()), ("inspect_container", ("c1",))):
        with pytest.raises(DockerException, match="client closed"):
            await call(client, method, *args)
    with pytest.raises(DockerException, match="client closed"):
        await call(client.engine, "container_inspect", id="c1")


async def test_oversized_query_is_invalid_argument(daemon: FakeDaemon, connect: Connect) -> None:
    client = connect()
    with pytest.raises(InvalidArgument, match="too long"):
        await call(client, "containers", filters={"label": ["x" * 70_000]})
    assert daemon.received() == []


@pytest.mark.parametrize("value", ["a\r\nX-Injected: 1", "a\nb", "a\x00b"], ids=repr)
async def test_bad_header_values_are_refused_before_sending(
    daemon: FakeDaemon, connect: Connect, value: str
) -> None:
    client = connect()
    client.headers["X-Custom"] = value
    with pytest.raises(InvalidArgument) as caught:
        await call(client, "inspect_container", "c1")
    assert "nothing was sent" in str(caught.value) or "ASCII" in str(caught.value)
    assert value not in str(caught.value)  # a header value may be a credential
    assert daemon.received() == []
    with pytest.raises(InvalidArgument):
        await call(client.engine, "container_inspect", id="c1", extra_headers={"X-B": value})
    assert daemon.received() == []


async def test_non_ascii_header_values_are_refused(daemon: FakeDaemon, connect: Connect) -> None:
    client = connect()
    with pytest.raises(InvalidArgument, match="ASCII"):
        await call(client.engine, "container_inspect", id="c1", extra_headers={"X-B": "café"})
    assert daemon.received() == []


# -- problem 11: garbage arguments ---------------------------------------------------------

GARBAGE_CREATE: list[dict[str, Any]] = [
    {"image": None},
    {"image": ""},
    {"image": 5},
    {"image": "busybox", "environment": 5},
    {"image": "busybox", "command": 5},
    {"image": "busybox", "command": ["sleep", 5]},
    {"image": "busybox", "entrypoint": {"a": 1}},
    {"image": "busybox", "host_config": 5},
    {"image": "busybox", "networking_config": "net"},
    {"image": "busybox", "ports": ["abc"]},
    {"image": "busybox", "ports": [70000]},
    {"image": "busybox", "ports": [(80, "icmp")]},
    {"image": "busybox", "ports": 80},
    {"image": "busybox", "labels": 5},
    {"image": "busybox", "volumes": 5},
    {"image": "busybox", "stop_timeout": "10"},
    {"image": "busybox", "hostname": 5},
]


@pytest.mark.parametrize("arguments", GARBAGE_CREATE, ids=repr)
async def test_create_container_refuses_garbage(
    daemon: FakeDaemon, connect: Connect, arguments: dict[str, Any]
) -> None:
    client = connect()
    with pytest.raises(InvalidArgument):
        await call(client, "create_container", **arguments)
    assert daemon.received() == []


@pytest.mark.parametrize("size", [-5, 1.5, "-5m", "lots"], ids=repr)
async def test_sizes_are_checked(daemon: FakeDaemon, connect: Connect, size: Any) -> None:
    client = connect()
    with pytest.raises(InvalidArgument):
        client.create_host_config(mem_limit=size)
    with pytest.raises(InvalidArgument):
        await call(client, "update_container", "c1", mem_limit=size)
    assert daemon.received() == []


async def test_unlimited_swap_is_still_accepted(daemon: FakeDaemon, connect: Connect) -> None:
    client = connect()
    assert client.create_host_config(memswap_limit=-1)["MemorySwap"] == -1


@pytest.mark.parametrize("filters", [{"a": None}, {"a": [None]}, {"a": {"b": 1}}, {5: "x"}])
async def test_filters_refuse_none_and_objects(
    daemon: FakeDaemon, connect: Connect, filters: dict[Any, Any]
) -> None:
    client = connect()
    with pytest.raises(InvalidArgument):
        await call(client, "containers", filters=filters)
    assert daemon.received() == []


async def test_filters_send_values_as_the_daemon_reads_them(
    daemon: FakeDaemon, connect: Connect
) -> None:
    daemon.answer("GET", r"/containers/json", 200, [])
    client = connect()
    await call(client, "containers", filters={"dangling": True, "exited": 0, "label": ["a=b"]})
    (exchange,) = daemon.received()
    from urllib.parse import parse_qs

    sent = json.loads(parse_qs(exchange.query)["filters"][0])
    assert sent == {"dangling": ["true"], "exited": ["0"], "label": ["a=b"]}


@pytest.mark.parametrize("name", [None, "", 5])
async def test_create_network_needs_a_name(daemon: FakeDaemon, connect: Connect, name: Any) -> None:
    client = connect()
    with pytest.raises((InvalidArgument, NullResource)):
        await call(client, "create_network", name)
    assert daemon.received() == []


async def test_stream_parse_errors_are_docker_exceptions() -> None:
    assert issubclass(StreamParseError, DockerException)
    assert issubclass(InvalidResponse, APIError)


async def test_a_chunked_error_body_in_pieces_stays_readable(
    daemon: FakeDaemon, connect: Connect
) -> None:
    # Podman sends error bodies chunked; one that comes in several reads is read whole
    # (up to Limits.error_body) by the transport, so docker-py's private helpers can
    # still read the answer they are handed back

    @daemon.route("GET", r"/images/missing/json")
    def missing(exchange: Exchange, wire: Wire) -> None:
        wire.head(404)
        time.sleep(0.02)
        wire.chunk(b'{"message": "no such image: ')
        time.sleep(0.02)
        wire.chunk(b'missing"}')
        wire.end()

    client = connect()
    with pytest.raises(APIError) as caught:
        await call(client, "inspect_image", "missing")
    assert caught.value.explanation == "no such image: missing"
    answer = await call(client, "_get", client._url("/images/{0}/json", "missing"))
    assert answer.json() == {"message": "no such image: missing"}
    with pytest.raises(APIError, match="no such image: missing"):
        client._raise_for_status(answer)
