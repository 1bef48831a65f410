"""Issue 13, problems 12 and 13: closing a client from another thread (or task) ends
its streams cleanly and fails later calls with a clear error; a sync client nobody
closed releases its connections quietly when collected."""

from __future__ import annotations

import asyncio
import gc
import threading
import time
import warnings
from typing import Any

import pytest
from both_clients import call
from conftest import Connect
from dockerapi.api.client import APIClient, AsyncAPIClient
from dockerapi.errors import DockerException
from fake_daemon import Exchange, FakeDaemon, Wire

FRAME = b"\x01\x00\x00\x00\x00\x00\x00\x05tick\n"


def _endless_logs(daemon: FakeDaemon) -> None:
    @daemon.route("GET", r"/containers/c1/logs")
    def logs(exchange: Exchange, wire: Wire) -> None:
        wire.head(200, content_type="application/vnd.docker.multiplexed-stream")
        for _ in range(300):  # 30 s at most
            if not wire.chunk(FRAME) or daemon.stopping.wait(0.1):
                return


def _slow_wait(daemon: FakeDaemon) -> None:
    @daemon.route("POST", r"/containers/c1/wait")
    def wait(exchange: Exchange, wire: Wire) -> None:
        wire.wait_for_client_to_go(limit=30)


def test_close_from_another_thread_ends_a_follow_stream(daemon: FakeDaemon) -> None:
    # Issue 13: the reader stopped with "cannot connect ... Bad file descriptor" and the
    # next call raised a raw RuntimeError.
    _endless_logs(daemon)
    client = APIClient(base_url=daemon.url, version="1.42", timeout=5)
    stream = client.logs("c1", stream=True, follow=True)
    received: list[bytes] = []
    failures: list[BaseException] = []

    def read() -> None:
        try:
            received.extend(stream)
        except BaseException as error:
            failures.append(error)

    reader = threading.Thread(target=read)
    reader.start()
    while not received:
        time.sleep(0.05)
    client.close()
    reader.join(timeout=10)
    assert not reader.is_alive()
    assert failures == []  # the iteration just ended
    assert received and set(received) == {b"tick\n"}
    with pytest.raises(DockerException, match="client closed"):
        client.logs("c1")
    with pytest.raises(DockerException, match="client closed"):
        client.ping()


def test_close_from_another_thread_interrupts_a_call(daemon: FakeDaemon) -> None:
    _slow_wait(daemon)
    client = APIClient(base_url=daemon.url, version="1.41", timeout=None)
    outcome: list[BaseException] = []

    def wait() -> None:
        try:
            client.wait("c1")
        except BaseException as error:
            outcome.append(error)

    waiter = threading.Thread(target=wait)
    waiter.start()
    while not daemon.received("POST"):
        time.sleep(0.05)
    time.sleep(0.1)
    client.close()
    waiter.join(timeout=10)
    assert not waiter.is_alive()
    (error,) = outcome
    assert isinstance(error, DockerException) and "client closed" in str(error)


async def test_close_from_another_task_ends_a_follow_stream(daemon: FakeDaemon) -> None:
    _endless_logs(daemon)
    client = AsyncAPIClient(base_url=daemon.url, version="1.42", timeout=5)
    stream = await client.logs("c1", stream=True, follow=True)
    received: list[bytes] = []

    async def read() -> None:
        async for item in stream:
            received.append(item)

    reader = asyncio.create_task(read())
    while not received:
        await asyncio.sleep(0.05)
    await client.close()
    await asyncio.wait_for(reader, timeout=10)  # ends, and without an error
    assert set(received) == {b"tick\n"}
    with pytest.raises(DockerException, match="client closed"):
        await client.ping()


async def test_close_from_another_task_interrupts_a_call(daemon: FakeDaemon) -> None:
    _slow_wait(daemon)
    client = AsyncAPIClient(base_url=daemon.url, version="1.41", timeout=None)
    waiter = asyncio.create_task(client.wait("c1"))
    while not daemon.received("POST"):
        await asyncio.sleep(0.05)
    await client.close()
    with pytest.raises(DockerException, match="client closed"):
        await asyncio.wait_for(waiter, timeout=10)


def _use_and_forget(url: str) -> None:
    APIClient(base_url=url, version="1.41").ping()  # never closed


def test_a_collected_client_does_not_warn(daemon: FakeDaemon) -> None:
    # Issue 13: `def f(): dockerapi.from_env().ping()` gave ResourceWarning: unclosed
    # <socket ...> when the client was collected; docker-py is silent.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for _ in range(5):
            _use_and_forget(daemon.url)
        gc.collect()
    assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []


def test_a_stream_outlives_its_collected_client(daemon: FakeDaemon) -> None:
    _endless_logs(daemon)

    def open_stream() -> Any:
        return APIClient(base_url=daemon.url, version="1.42").logs("c1", stream=True, follow=True)

    stream = open_stream()
    gc.collect()  # the client is gone; its stream keeps its connection
    assert [next(stream) for _ in range(3)] == [b"tick\n"] * 3
    stream.close()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        del stream
        gc.collect()
    assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []


async def test_close_twice_is_fine(daemon: FakeDaemon, connect: Connect) -> None:
    client = connect()
    await call(client, "ping")
    for _ in range(2):
        closed = client.close()
        if closed is not None:
            await closed


def test_leaving_with_closes_the_blocking_clients(daemon: FakeDaemon) -> None:
    from dockerapi import DockerClient

    for make in (APIClient, DockerClient):
        with make(base_url=daemon.url, version="1.42") as client:
            assert client.ping() is True
        with pytest.raises(DockerException, match="client closed"):
            client.ping()


async def test_leaving_async_with_or_aclosing_closes_the_asyncio_clients(
    daemon: FakeDaemon,
) -> None:
    import contextlib

    from dockerapi import AsyncDockerClient

    for make in (AsyncAPIClient, AsyncDockerClient):
        async with make(base_url=daemon.url, version="1.42") as client:
            assert await client.ping() is True
        with pytest.raises(DockerException, match="client closed"):
            await client.ping()
        async with contextlib.aclosing(make(base_url=daemon.url, version="1.42")) as other:
            assert await other.ping() is True
        with pytest.raises(DockerException, match="client closed"):
            await other.ping()


async def test_an_error_inside_with_propagates_after_closing(daemon: FakeDaemon) -> None:
    stream_client = APIClient(base_url=daemon.url, version="1.42")
    with pytest.raises(KeyError), stream_client:
        raise KeyError("from the block")
    with pytest.raises(DockerException, match="client closed"):
        stream_client.ping()
