"""Lazy version negotiation: the decision, the once-only I/O, pinned versions."""

from __future__ import annotations

import asyncio
import gc
import threading
from typing import Any

import httpx
import pytest
from core_fakes import NEWEST, OLDEST, FakeDaemon, FakeVersionTable
from dockerapi import _gating
from dockerapi._negotiation import SyncNegotiator, choose_version, is_auto
from dockerapi.api.client import APIClient, AsyncAPIClient
from dockerapi.errors import DockerConnectionError, DockerException, InvalidVersion

WHERE = "unix:///run/fake.sock (from argument)"


@pytest.fixture(autouse=True)
def fake_table(monkeypatch: pytest.MonkeyPatch) -> FakeVersionTable:
    table = FakeVersionTable()
    monkeypatch.setattr(_gating, "default_table", lambda: table)
    return table


def _choose(answer: dict[str, Any]) -> str:
    return choose_version(answer, newest=NEWEST, oldest=OLDEST, where=WHERE)


def test_daemon_newer_than_client_gets_our_newest() -> None:
    assert _choose({"ApiVersion": "1.56", "MinAPIVersion": "1.40"}) == NEWEST
    assert _choose({"ApiVersion": "2.3"}) == NEWEST


def test_daemon_older_than_client_gets_its_own() -> None:
    assert _choose({"ApiVersion": "1.41", "MinAPIVersion": "1.12"}) == "1.41"
    assert _choose({"ApiVersion": OLDEST}) == OLDEST


def test_daemon_below_our_minimum_is_refused_with_advice() -> None:
    with pytest.raises(InvalidVersion) as caught:
        _choose({"ApiVersion": "1.24"})
    message = str(caught.value)
    assert "speaks API 1.24" in message
    assert f"oldest this client supports ({OLDEST})" in message
    assert "upgrade the Docker engine" in message
    assert WHERE in message


def test_daemon_whose_minimum_is_beyond_our_newest_is_refused() -> None:
    with pytest.raises(InvalidVersion, match=r"needs API 1.60 or newer.*upgrade dockerapi"):
        _choose({"ApiVersion": "1.62", "MinAPIVersion": "1.60"})


def test_answer_without_api_version() -> None:
    with pytest.raises(DockerException, match=r"without an ApiVersion"):
        _choose({"Version": "x"})


def test_auto_settings() -> None:
    assert is_auto(None)
    assert is_auto("auto")
    assert is_auto("AUTO")
    assert not is_auto("1.41")


def test_pinned_versions_are_checked_without_io() -> None:
    negotiator = SyncNegotiator("1.30", newest=NEWEST, oldest=OLDEST, where=WHERE)
    assert negotiator.pinned
    assert negotiator.resolve(lambda: pytest.fail("a pinned version asks nobody")) == "1.30"
    with pytest.raises(InvalidVersion, match=r"older than the oldest"):
        SyncNegotiator("1.24", newest=NEWEST, oldest=OLDEST, where=WHERE)
    with pytest.raises(InvalidVersion, match=r"not an API version"):
        SyncNegotiator("one", newest=NEWEST, oldest=OLDEST, where=WHERE)
    with pytest.raises(DockerException, match=r"must be a string"):
        SyncNegotiator(1.41, newest=NEWEST, oldest=OLDEST, where=WHERE)  # type: ignore[arg-type]


def _pinging_client(daemon: FakeDaemon, **kwargs: Any) -> APIClient:
    @daemon.route("GET", "/_ping")
    def ping(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text="OK")

    return APIClient(transport=daemon.transport(), **kwargs)


def test_constructor_does_no_io_and_first_call_negotiates() -> None:
    daemon = FakeDaemon("1.43")
    client = _pinging_client(daemon)
    assert daemon.requests == []
    assert client.api_version == "1.43"
    assert daemon.paths() == ["/version"]
    assert client._version == "1.43"
    assert daemon.version_calls() == 1


def test_newer_daemon_is_spoken_to_at_our_newest() -> None:
    daemon = FakeDaemon("1.99")
    with _pinging_client(daemon) as client:
        assert client.negotiate_version() == NEWEST


def test_pinned_client_never_asks() -> None:
    daemon = FakeDaemon("1.43")
    client = _pinging_client(daemon, version="1.38")
    assert client.api_version == "1.38"
    assert daemon.requests == []
    client._version = "1.40"  # docker-py users set this directly
    assert client.api_version == "1.40"


# httpcore leaves the socket of a failed unix connect for the garbage collector.
@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_negotiation_failure_names_the_host() -> None:
    with APIClient(base_url="unix:///nonexistent/dockerapi-test.sock") as client:
        with pytest.raises(DockerConnectionError) as caught:
            client.negotiate_version()
        message = str(caught.value)
    assert "unix:///nonexistent/dockerapi-test.sock" in message
    assert "argument" in message
    del caught
    gc.collect()


def test_concurrent_first_calls_negotiate_once_across_threads() -> None:
    daemon = FakeDaemon("1.41")
    daemon.version_delay = 0.05
    client = _pinging_client(daemon)
    barrier = threading.Barrier(8)
    seen: list[str] = []

    def first_call() -> None:
        barrier.wait()
        seen.append(client.api_version)

    threads = [threading.Thread(target=first_call) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == ["1.41"] * 8
    assert daemon.version_calls() == 1


async def test_concurrent_first_calls_negotiate_once_across_tasks() -> None:
    daemon = FakeDaemon("1.41")
    daemon.version_delay = 0.05
    async with AsyncAPIClient(transport=daemon.async_transport()) as client:
        with pytest.raises(DockerException, match=r"negotiate_version"):
            _ = client.api_version
        versions = await asyncio.gather(*(client.negotiate_version() for _ in range(8)))
        assert versions == ["1.41"] * 8
        assert client.api_version == "1.41"
    assert daemon.version_calls() == 1


async def test_async_pinned_client() -> None:
    daemon = FakeDaemon("1.41")
    async with AsyncAPIClient(version="1.30", transport=daemon.async_transport()) as client:
        assert client.api_version == "1.30"
        assert await client.negotiate_version() == "1.30"
    assert daemon.requests == []


async def test_async_daemon_too_old() -> None:
    daemon = FakeDaemon("1.24")
    async with AsyncAPIClient(transport=daemon.async_transport()) as client:
        with pytest.raises(InvalidVersion, match=r"speaks API 1.24"):
            await client.negotiate_version()
