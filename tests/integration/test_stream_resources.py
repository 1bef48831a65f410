"""Streams keep memory bounded and release their connections.

- 100 MB of logs (demuxed), a 100 MB archive (get_archive and export) and a
  100 MB upload (put_archive from a generator) go through a fresh Python
  process each, which reports its peak RSS before and after: the growth must
  stay far below the data size.
- Streams and sockets closed early, 200 times over, leave no file
  descriptor behind (counted in /proc/self/fd), sync and async.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import os
import subprocess
import sys
import tarfile
import textwrap
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from dockerapi.api.client import APIClient, AsyncAPIClient

pytestmark = pytest.mark.integration

IMAGE = "busybox:latest"
SIZE = 100 * 1024 * 1024
HALF = SIZE // 2
#: Allowed growth of peak RSS while moving 100 MB (the data is 5 times that).
RSS_BOUND = 20 * 1024 * 1024
ITERATIONS = 200


SyncClient = APIClient
AsyncClient = AsyncAPIClient


class Engine:
    """Container setup with plain httpx, independent of the code under test."""

    def __init__(self, socket_path: str) -> None:
        transport = httpx.HTTPTransport(uds=socket_path)
        self.http = httpx.Client(transport=transport, base_url="http://docker/v1.41", timeout=300)
        self.created: list[str] = []

    def create(self, *command: str) -> str:
        body = {"Image": IMAGE, "Cmd": list(command), "HostConfig": {"NetworkMode": "none"}}
        name = f"k2-res-{uuid.uuid4().hex[:12]}"
        response = self.http.post("/containers/create", json=body, params={"name": name})
        assert response.status_code == 201, response.text
        container_id: str = response.json()["Id"]
        self.created.append(container_id)
        return container_id

    def start(self, container_id: str) -> None:
        assert self.http.post(f"/containers/{container_id}/start").status_code == 204

    def run(self, *command: str) -> str:
        container_id = self.create(*command)
        self.start(container_id)
        status = self.http.post(f"/containers/{container_id}/wait").json()["StatusCode"]
        assert status == 0
        return container_id

    def close(self) -> None:
        for container_id in self.created:
            self.http.delete(f"/containers/{container_id}", params={"force": 1, "v": 1})
        self.http.close()


@pytest.fixture(scope="module")
def engine(docker_socket: str) -> Iterator[Engine]:
    helper = Engine(docker_socket)
    yield helper
    helper.close()


# 1000-byte lines; half of the bytes to stdout, half to stderr (cut mid-line).
_LINES = "yes $(head -c 1000 /dev/zero | tr '\\0' x)"
BIG_LOGS = f"{_LINES} | head -c {HALF}; {_LINES} | head -c {HALF} >&2"


@pytest.fixture(scope="module")
def big_logs(engine: Engine) -> str:
    return engine.run("sh", "-c", BIG_LOGS)


@pytest.fixture(scope="module")
def big_file(engine: Engine) -> str:
    return engine.run("sh", "-c", f"head -c {SIZE} /dev/zero > /big")


# -- bounded memory, measured in a fresh process ------------------------------------------------

_MEASURE = textwrap.dedent(
    """
    import asyncio, json, sys, tarfile
    from dockerapi.api.client import APIClient, AsyncAPIClient

    host, container, operation, flavour = sys.argv[1:5]
    SIZE = int(sys.argv[5])

    def peak_kib():
        # VmHWM, not ru_maxrss: a child inherits its parent's ru_maxrss (pytest's).
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        raise RuntimeError("no VmHWM in /proc/self/status")

    def upload():
        info = tarfile.TarInfo("uploaded.bin")
        info.size = SIZE
        yield info.tobuf(format=tarfile.PAX_FORMAT)
        block = b"u" * (1 << 20)
        for _ in range(SIZE // len(block)):
            yield block
        yield b"\\0" * 1024  # end of archive (SIZE is a multiple of 512)

    def count(items, counts):
        for item in items:
            if isinstance(item, tuple):
                out, err = item
                counts[0] += len(out or b"")
                counts[1] += len(err or b"")
            else:
                counts[0] += len(item)

    async def acount(items, counts):
        async for item in items:
            if isinstance(item, tuple):
                out, err = item
                counts[0] += len(out or b"")
                counts[1] += len(err or b"")
            else:
                counts[0] += len(item)

    def start(client):
        if operation == "logs":
            # streamed, not followed: Podman 4.3 cuts a followed stream of an exited
            # container's logs short (docs/engines.md); on Docker both are the same
            return client.logs(container, stream=True, demux=True, follow=False)
        if operation == "archive":
            return client.get_archive(container, "/big")
        if operation == "export":
            return client.export(container)
        return client.put_archive(container, "/tmp", upload())

    def run_sync():
        client = APIClient(host)
        client.logs(container, tail=1)  # warm up: negotiation, imports, pool
        before = peak_kib()
        counts = [0, 0]
        result = start(client)
        if operation == "archive":
            result, stat = result
        if operation == "put":
            counts[0] = SIZE if result is True else -1
        else:
            count(result, counts)
        client.close()
        return before, counts

    async def run_async():
        client = AsyncAPIClient(host)
        await client.logs(container, tail=1)
        before = peak_kib()
        counts = [0, 0]
        result = await start(client)
        if operation == "archive":
            result, stat = result
        if operation == "put":
            counts[0] = SIZE if result is True else -1
        else:
            await acount(result, counts)
        await client.close()
        return before, counts

    before, counts = run_sync() if flavour == "sync" else asyncio.run(run_async())
    print(json.dumps({"before_kib": before, "after_kib": peak_kib(), "counts": counts}))
    """
)


def _measure(host: str, container: str, operation: str, flavour: str) -> dict[str, Any]:
    completed = subprocess.run(
        [sys.executable, "-c", _MEASURE, host, container, operation, flavour, str(SIZE)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    result: dict[str, Any] = json.loads(completed.stdout)
    return result


def _growth(result: dict[str, Any]) -> int:
    return (int(result["after_kib"]) - int(result["before_kib"])) * 1024


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_100_mb_of_demuxed_logs_in_bounded_memory(
    docker_host: str, big_logs: str, flavour: str
) -> None:
    result = _measure(docker_host, big_logs, "logs", flavour)
    assert result["counts"] == [HALF, HALF]
    assert _growth(result) < RSS_BOUND, result


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_100_mb_archive_in_bounded_memory(docker_host: str, big_file: str, flavour: str) -> None:
    result = _measure(docker_host, big_file, "archive", flavour)
    # the file plus tar header and padding
    assert SIZE < result["counts"][0] < SIZE + 10 * 1024
    assert _growth(result) < RSS_BOUND, result


def test_export_of_100_mb_in_bounded_memory(docker_host: str, big_file: str) -> None:
    result = _measure(docker_host, big_file, "export", "sync")
    assert result["counts"][0] > SIZE
    assert _growth(result) < RSS_BOUND, result


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_100_mb_upload_streams_in_bounded_memory(
    docker_host: str, engine: Engine, flavour: str
) -> None:
    container = engine.create("true")
    result = _measure(docker_host, container, "put", flavour)
    assert result["counts"][0] == SIZE
    assert _growth(result) < RSS_BOUND, result
    head = engine.http.head(
        f"/containers/{container}/archive", params={"path": "/tmp/uploaded.bin"}
    )
    assert head.status_code == 200
    stat = json.loads(__import__("base64").b64decode(head.headers["x-docker-container-path-stat"]))
    assert stat["size"] == SIZE


# -- no descriptor leaks over many early closes ---------------------------------------------------


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.fixture(scope="module")
def chatty(engine: Engine) -> Iterator[str]:
    """A running container that keeps printing (so streams always have more)."""
    container = engine.create(
        "sh", "-c", "while true; do echo tick; echo tock >&2; sleep 0.01; done"
    )
    engine.start(container)
    yield container
    engine.http.post(f"/containers/{container}/kill")


async def _maybe_await(value: Any) -> Any:
    if inspect.isawaitable(value):
        return await value
    return value


async def _first_and_close(stream: Any) -> Any:
    if hasattr(stream, "__anext__"):
        first = await stream.__anext__()
        await stream.aclose()
    else:
        first = next(stream)
        stream.close()
    return first


def _ticks(item: Any) -> bool:
    """A first item of the chatty container's output: one or more of its lines (a busy
    machine lets several writes gather in the pipe before the daemon reads them)."""
    data = b"".join(part for part in item if part) if isinstance(item, tuple) else item
    return bool(data) and set(data.splitlines()) <= {b"tick", b"tock"}


async def _early_closes(client: Any, container: str, big: str) -> None:
    """One round of every kind of early close."""
    logs = await _maybe_await(client.logs(container, stream=True, follow=True, demux=True))
    assert _ticks(await _first_and_close(logs))
    attached = await _maybe_await(client.attach(container, stream=True))
    assert _ticks(await _first_and_close(attached))
    bits, stat = await _maybe_await(client.get_archive(big, "/big", chunk_size=65536))
    assert stat["size"] == SIZE
    assert 0 < len(await _first_and_close(bits)) <= 65536
    sock = await _maybe_await(client.attach_socket(container))
    assert await _maybe_await(sock.recv(64))
    await _maybe_await(sock.aclose() if hasattr(sock, "aclose") else sock.close())


@pytest.mark.parametrize("flavour", ["sync", "async"])
async def test_early_close_leaks_no_connection(
    docker_host: str, chatty: str, big_file: str, flavour: str
) -> None:
    client: Any = SyncClient(docker_host) if flavour == "sync" else AsyncClient(docker_host)
    try:
        await _early_closes(client, chatty, big_file)  # warm up: negotiation, pool
        before = _open_fds()
        for _ in range(ITERATIONS // 4):
            await _early_closes(client, chatty, big_file)
        # a stats stream's first sample takes a second: fewer of those
        for _ in range(3):
            stats = await _maybe_await(client.stats(chatty, decode=True))
            assert "read" in await _first_and_close(stats)
        after = _open_fds()
        assert after - before <= 2, (before, after)
        # the pool still works (nothing is held by a forgotten stream)
        assert await _maybe_await(client.logs(big_file, tail=1)) == b""
    finally:
        await _maybe_await(client.close())
    await asyncio.sleep(0)


@pytest.mark.parametrize("flavour", ["sync", "async"])
async def test_abandoned_streams_are_released_when_collected(
    docker_host: str, chatty: str, flavour: str
) -> None:
    import gc

    client: Any = SyncClient(docker_host) if flavour == "sync" else AsyncClient(docker_host)
    try:
        stream = await _maybe_await(client.logs(chatty, stream=True, follow=True))
        del stream
        gc.collect()
        await asyncio.sleep(0.05)
        before = _open_fds()
        for _ in range(ITERATIONS):
            stream = await _maybe_await(client.logs(chatty, stream=True, follow=True))
            del stream  # never read, never closed
        gc.collect()
        # Async streams are released by tasks on the loop: give them time, on a busy
        # machine too, but stop as soon as the descriptors are back.
        deadline = time.monotonic() + 10
        while (after := _open_fds()) - before > 2 and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        assert after - before <= 2, (before, after)
    finally:
        await _maybe_await(client.close())


def test_tar_fixture_is_a_multiple_of_the_block_size() -> None:
    # The generated upload ends right after the data: SIZE must fill whole blocks.
    assert SIZE % tarfile.BLOCKSIZE == 0
