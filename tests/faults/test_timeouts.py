"""Issue 13, problems 6 and 7: timeouts are checked before sending, and a call whose
answer is read whole ends by its timeout even when the daemon trickles bytes; streams
keep per-read timeouts.

(Elapsed times are asserted only as generous upper bounds against hanging: a call
that was held 25 s must now end in about its timeout.)
"""

from __future__ import annotations

import io
import math
import time
from typing import Any

import pytest
from both_clients import call, items
from conftest import Connect
from dockerapi.api.client import APIClient, AsyncAPIClient
from dockerapi.errors import DockerTimeoutError, InvalidArgument
from fake_daemon import Exchange, FakeDaemon, Wire

INSPECT = "/containers/c1/json"
BODY = b'{"Id": "c1", "Name": "/c1", "State": {"Running": true}}'


def _trickled_head(exchange: Exchange, wire: Wire) -> None:
    wire.trickle(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" * 50, 0.2)


def _trickled_body(exchange: Exchange, wire: Wire) -> None:
    wire.send(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
    wire.send(b"Content-Length: %d\r\n\r\n" % (len(BODY) * 20))
    wire.trickle(BODY * 20, 0.2)


@pytest.mark.parametrize("handler", [_trickled_head, _trickled_body], ids=["head", "body"])
async def test_a_trickling_daemon_cannot_hold_a_call_past_its_timeout(
    daemon: FakeDaemon, connect: Connect, handler: Any
) -> None:
    # Issue 13: with timeout=1, a daemon sending a byte every 0.5 s held inspect for 25 s.
    daemon.route("GET", INSPECT)(handler)
    client = connect(timeout=1)
    started = time.monotonic()
    with pytest.raises(DockerTimeoutError) as caught:
        await call(client, "inspect_container", "c1")
    assert time.monotonic() - started < 4
    assert caught.value.timeout == 1
    started = time.monotonic()
    with pytest.raises(DockerTimeoutError):
        await call(client.engine, "container_inspect", id="c1")
    assert time.monotonic() - started < 4


async def test_a_call_may_give_its_own_limit(daemon: FakeDaemon, connect: Connect) -> None:
    daemon.route("GET", INSPECT)(_trickled_body)
    client = connect(timeout=30)
    started = time.monotonic()
    with pytest.raises(DockerTimeoutError):
        await call(client.engine, "container_inspect", id="c1", request_timeout=0.8)
    assert time.monotonic() - started < 4


async def test_streams_keep_per_read_timeouts(daemon: FakeDaemon, connect: Connect) -> None:
    # An export trickling for ~2.5 s with timeout=1: each read is quick, the stream
    # as a whole may take as long as it needs.
    @daemon.route("GET", r"/containers/c1/export")
    def export(exchange: Exchange, wire: Wire) -> None:
        wire.head(200, content_type="application/x-tar", chunked=False)
        wire.trickle(b"x" * 12, 0.2)

    client = connect(timeout=1)
    stream = await call(client, "export", "c1")
    assert b"".join(await items(stream)) == b"x" * 12


async def test_a_quiet_follow_stream_is_not_cut(daemon: FakeDaemon, connect: Connect) -> None:
    @daemon.route("GET", r"/containers/c1/logs")
    def logs(exchange: Exchange, wire: Wire) -> None:
        wire.head(200, content_type="application/vnd.docker.multiplexed-stream")
        for _ in range(3):
            if daemon.stopping.wait(0.7):
                return
            wire.chunk(b"\x01\x00\x00\x00\x00\x00\x00\x04tick")
        wire.end()

    client = connect(timeout=0.5, version="1.42")
    stream = await call(client, "logs", "c1", stream=True, follow=True)
    assert await items(stream) == [b"tick"] * 3


BAD_TIMEOUTS: list[Any] = [-5, -1, -0.5, math.nan, "5", True, [1]]


@pytest.mark.parametrize("value", BAD_TIMEOUTS, ids=repr)
async def test_method_timeouts_are_checked_before_sending(
    daemon: FakeDaemon, connect: Connect, value: Any
) -> None:
    # Issue 13: stop(cid, timeout=-5) sent the request and failed with a connection
    # error; wait(timeout=-1) sent, then raised a raw ValueError.
    client = connect()
    for method in ("stop", "restart", "wait"):
        with pytest.raises(InvalidArgument, match="timeout"):
            await call(client, method, "c1", timeout=value)
    with pytest.raises(InvalidArgument, match="timeout"):
        await call(client.engine, "container_inspect", id="c1", request_timeout=value)
    with pytest.raises(InvalidArgument, match="build's timeout"):
        await call(client, "build", fileobj=io.BytesIO(b"FROM busybox\n"), timeout=value)
    assert daemon.received() == []


@pytest.mark.parametrize("value", BAD_TIMEOUTS, ids=repr)
def test_client_timeouts_are_checked(daemon: FakeDaemon, value: Any) -> None:
    for cls in (APIClient, AsyncAPIClient):
        with pytest.raises(InvalidArgument, match="timeout"):
            cls(base_url=daemon.url, timeout=value)
        client = cls(base_url=daemon.url, timeout=5)
        with pytest.raises(InvalidArgument, match="timeout"):
            client.timeout = value  # Issue 13: accepted, then every call broke
        assert client.timeout == 5
    assert daemon.received() == []


async def test_no_limit_is_none(daemon: FakeDaemon, connect: Connect) -> None:
    daemon.answer("GET", INSPECT, 200, {"Id": "c1"})
    client = connect(timeout=None)
    client.timeout = math.inf  # infinity means no limit, as None
    assert client.timeout is None
    assert (await call(client, "inspect_container", "c1"))["Id"] == "c1"


async def test_stop_waits_the_grace_period_on_top(daemon: FakeDaemon, connect: Connect) -> None:
    # stop(timeout=2) may take the client's timeout plus 2 s, as docker-py: the deadline
    # of the call follows its own timeout.
    @daemon.route("POST", r"/containers/c1/stop")
    def slow_stop(exchange: Exchange, wire: Wire) -> None:
        if not daemon.stopping.wait(1.5):
            wire.reply(204)

    client = connect(timeout=1)
    assert await call(client, "stop", "c1", timeout=2) is None


def _trickled_progress(exchange: Exchange, wire: Wire) -> None:
    wire.head(200)
    for _ in range(4):
        if wire.daemon.stopping.wait(0.6) or not wire.chunk(b'{"status": "working"}\n'):
            return
    wire.end()


async def test_image_and_build_streams_keep_per_read_timeouts(
    daemon: FakeDaemon, connect: Connect
) -> None:
    # Pulls, pushes, saves and builds may take far longer than the client's timeout
    # while the daemon works: no whole-call deadline, and (for all but build's own
    # `timeout`) reads are not bounded either, only connecting.
    for method, pattern in [
        ("POST", r"/images/create"),
        ("POST", r"/images/[^/]+/push"),
        ("POST", r"/build"),
    ]:
        daemon.route(method, pattern)(_trickled_progress)

    @daemon.route("GET", r"/images/[^/]+/get")
    def save(exchange: Exchange, wire: Wire) -> None:
        wire.head(200, content_type="application/x-tar", chunked=False)
        wire.trickle(b"x" * 5, 0.6)

    client = connect(timeout=0.5)
    progress = [{"status": "working"}] * 4
    assert await items(await call(client, "pull", "busybox", stream=True, decode=True)) == (
        progress
    )
    assert "working" in await call(client, "push", "127.0.0.1:5000/app", tag="1")
    dockerfile = io.BytesIO(b"FROM busybox\n")
    assert await items(await call(client, "build", fileobj=dockerfile, decode=True)) == progress
    assert b"".join(await items(await call(client, "get_image", "busybox"))) == b"x" * 5
    # build's own timeout bounds each read
    dockerfile = io.BytesIO(b"FROM busybox\n")
    stream = await call(client, "build", fileobj=dockerfile, timeout=0.2)
    with pytest.raises(DockerTimeoutError):
        await items(stream)
