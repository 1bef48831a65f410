"""docker-py's DaemonApiMixin (ping, version, info, df, events) with mock daemons, sync and async."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from urllib.parse import parse_qsl

import httpx
import pytest
from both_clients import call, items, make_client, parameters
from core_fakes import FakeDaemon, json_lines
from dockerapi import AsyncDockerClient, DockerClient
from dockerapi.api.daemon import DaemonApiMixin
from dockerapi.errors import APIError, InvalidArgument

EVENTS = [
    {"Type": "container", "Action": "create", "Actor": {"ID": "c1"}, "time": 1},
    {"Type": "container", "Action": "start", "Actor": {"ID": "c1"}, "time": 2},
]


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def daemon_with_routes() -> FakeDaemon:
    daemon = FakeDaemon()

    @daemon.route("GET", "/_ping")
    def ping(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text="OK")

    @daemon.route("GET", "/version")  # versioned: /v1.41/version
    def version(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"ApiVersion": "1.41", "Version": "versioned"})

    @daemon.route("GET", "/info")
    def info(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"ID": "daemon-1", "Containers": 3})

    @daemon.route("GET", "/system/df")
    def df(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"LayersSize": 10, "Images": [], "Containers": []})

    @daemon.route("GET", "/events")
    def events(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"".join(json_lines(*EVENTS)))

    return daemon


@pytest.mark.parametrize("name", ["version", "info", "df", "events"])
def test_signature_matches_docker_py(name: str) -> None:
    theirs = pytest.importorskip("docker.api.daemon").DaemonApiMixin
    assert parameters(DaemonApiMixin, name) == parameters(theirs, name)


async def test_ping_version_info_df(kind: str) -> None:
    daemon = daemon_with_routes()
    client = make_client(daemon.transport(), kind)
    assert await call(client, "ping") is True
    assert daemon.paths()[-1] == "/v1.41/_ping"
    assert (await call(client, "version"))["Version"] == "versioned"
    assert daemon.paths()[-1] == "/v1.41/version"
    assert await call(client, "version", api_version=False) == {
        "ApiVersion": "1.41",
        "MinAPIVersion": "1.12",
        "Version": "fake",
    }
    assert await call(client, "info") == {"ID": "daemon-1", "Containers": 3}
    assert daemon.paths()[-1] == "/v1.41/info"
    assert (await call(client, "df"))["LayersSize"] == 10
    assert daemon.paths()[-1] == "/v1.41/system/df"


async def test_ping_raises_when_the_daemon_fails(kind: str) -> None:
    daemon = FakeDaemon()

    @daemon.route("GET", "/_ping")
    def ping(request: httpx.Request) -> httpx.Response:
        return httpx.Response(500, json={"message": "daemon is shutting down"})

    with pytest.raises(APIError, match="shutting down"):
        await call(make_client(daemon.transport(), kind), "ping")


async def test_events_query_and_decoding(kind: str) -> None:
    daemon = daemon_with_routes()
    client = make_client(daemon.transport(), kind)
    since = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    raw = await call(client, "events", since=since, until=1704164700, filters={"type": "container"})
    lines = await items(raw)
    assert [json.loads(line) for line in lines] == EVENTS
    assert all(isinstance(line, bytes) for line in lines)
    sent = daemon.requests[-1]
    assert parse_qsl(sent.url.query.decode()) == [
        ("since", "1704164645"),
        ("until", "1704164700"),
        ("filters", '{"type": ["container"]}'),  # docker-py's spelling
    ]
    assert sent.extensions["timeout"]["read"] is None  # events may be quiet for long
    decoded = await call(client, "events", decode=True)
    assert await items(decoded) == EVENTS
    assert daemon.requests[-1].url.query == b""
    await call(client, "events", since="10m")
    assert daemon.requests[-1].url.params["since"] == "10m"


async def test_bad_event_times_are_refused_before_sending(kind: str) -> None:
    daemon = daemon_with_routes()
    client = make_client(daemon.transport(), kind)
    with pytest.raises(InvalidArgument, match="since must be"):
        await call(client, "events", since=[1])
    with pytest.raises(InvalidArgument, match="until must be"):
        await call(client, "events", until=True)
    assert daemon.requests == []


def test_docker_client_delegates() -> None:
    daemon = daemon_with_routes()
    client = DockerClient(version="1.41", transport=daemon.transport())
    assert client.ping() is True
    assert client.info()["ID"] == "daemon-1"
    assert client.df()["LayersSize"] == 10
    assert client.version()["Version"] == "versioned"
    with client.events(decode=True) as events:
        assert list(events) == EVENTS


async def test_async_docker_client_delegates() -> None:
    daemon = daemon_with_routes()
    async with AsyncDockerClient(version="1.41", transport=daemon.transport()) as client:
        assert await client.ping() is True
        assert (await client.info())["Containers"] == 3
        assert (await client.df())["Images"] == []
        events = await client.events(decode=True)
        assert [event async for event in events] == EVENTS
