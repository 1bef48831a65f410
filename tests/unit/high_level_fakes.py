"""The high-level clients in front of a fake daemon, for unit tests of models and
collections: the fixtures `daemon` and `high` (a pytest plugin, see tests/conftest.py),
and `answer` to register what the daemon says."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from core_fakes import FakeDaemon
from dockerapi import AsyncDockerClient, DockerClient

__all__ = ["answer", "daemon", "high"]


@pytest.fixture
def daemon() -> FakeDaemon:
    return FakeDaemon("1.41")


@pytest.fixture(params=["sync", "async"])
async def high(request: pytest.FixtureRequest, daemon: FakeDaemon) -> AsyncIterator[Any]:
    """A DockerClient, then an AsyncDockerClient, in front of the fake daemon."""
    if request.param == "sync":
        with DockerClient(version="1.41", transport=daemon.transport()) as client:
            yield client
    else:
        async with AsyncDockerClient(version="1.41", transport=daemon.async_transport()) as aclient:
            yield aclient


def answer(daemon: FakeDaemon, method: str, path: str, status: int = 200, body: Any = None) -> None:
    """Answer `method path` with `status` and `body` (JSON, or bytes as they are)."""

    @daemon.route(method, path)
    def respond(request: httpx.Request) -> httpx.Response:
        request.read()
        if isinstance(body, bytes):
            return httpx.Response(status, content=body)
        return httpx.Response(status, json=body)
