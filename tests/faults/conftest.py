"""Fixtures of the fault suite: a fake daemon per test, clients of both flavours on it,
and a watchdog so that no test can hang the run."""

from __future__ import annotations

import faulthandler
import inspect
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest
from fake_daemon import FakeDaemon

#: A test of the fault suite that runs longer than this is stuck: the run stops with
#: every thread's traceback instead of hanging.
WATCHDOG_SECONDS = 180


@pytest.fixture(autouse=True)
def _watchdog() -> Iterator[None]:
    faulthandler.dump_traceback_later(WATCHDOG_SECONDS, exit=True, file=sys.stderr)
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()


@pytest.fixture
def daemon() -> Iterator[FakeDaemon]:
    with FakeDaemon() as fake:
        yield fake


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> str:
    flavour: str = request.param
    return flavour


Connect = Callable[..., Any]


@pytest.fixture
async def connect(daemon: FakeDaemon, flavour: str) -> AsyncIterator[Connect]:
    """`connect(**kwargs)`: an APIClient or AsyncAPIClient (by `flavour`) for the fake
    daemon, pinned to API 1.41 unless `version=` says otherwise; closed after the test."""
    from dockerapi.api.client import APIClient, AsyncAPIClient

    made: list[Any] = []

    def make(**kwargs: Any) -> Any:
        kwargs.setdefault("base_url", daemon.url)
        kwargs.setdefault("version", "1.41")
        kwargs.setdefault("timeout", 10)
        client = (APIClient if flavour == "sync" else AsyncAPIClient)(**kwargs)
        made.append(client)
        return client

    yield make
    for client in made:
        closed = client.close()
        if inspect.isawaitable(closed):
            await closed
