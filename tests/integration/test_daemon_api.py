"""ping, version, info, df and events on the real engine, sync and async, docker-py as the oracle."""

from __future__ import annotations

import json
import threading
import time
import uuid
from typing import Any

import pytest
from both_clients import call, items
from dockerapi import AsyncAPIClient
from event_window import events_until

pytestmark = pytest.mark.integration

IMAGE = "busybox:latest"


async def test_ping_version_info_df_as_docker_py(
    client: Any, docker_py: Any, engine_info: Any
) -> None:
    assert await call(client, "ping") is True
    assert await call(client, "version") == docker_py.version()
    assert await call(client, "version", api_version=False) == docker_py.version(api_version=False)
    info = await call(client, "info")
    theirs = docker_py.info()
    stable = ["ID", "Name", "ServerVersion", "Driver", "OperatingSystem", "DockerRootDir"]
    if engine_info.is_podman:
        stable.remove("ID")  # Podman 4.3 makes up a new ID for every answer
    for key in stable:
        assert info[key] == theirs[key], key
    usage = await call(client, "df")
    assert set(usage) >= {"LayersSize", "Images", "Containers", "Volumes"}
    if not engine_info.is_podman:  # Podman 4.3 gives tags without their repository here
        assert any("busybox:latest" in (i.get("RepoTags") or []) for i in usage["Images"])


async def test_events_of_a_container_between_two_times(
    client: Any, docker_py: Any, engine_info: Any
) -> None:
    since = int(time.time()) - 1
    name = f"dockerapi-events-{uuid.uuid4().hex[:8]}"
    container = docker_py.create_container(IMAGE, "true", name=name)["Id"]
    try:
        docker_py.start(container)
        docker_py.wait(container)
    finally:
        docker_py.remove_container(container, force=True)
    until = events_until(engine_info.is_podman)
    filters = {"container": container}

    def until_now() -> int:
        # Podman: the retries below each ask up to a new `until`
        return events_until(True) if engine_info.is_podman else until

    async def ours(**options: Any) -> list[Any]:
        # Podman 4.3 also writes events to its log a moment late: ask until it has them
        for _ in range(10 if engine_info.is_podman else 1):
            stream = await call(
                client, "events", since=since, until=until_now(), filters=filters, **options
            )
            got = list(await items(stream))
            if len(got) >= 5 or not engine_info.is_podman:  # create ... remove
                break
        return got

    def theirs() -> list[Any]:
        return list(docker_py.events(since=since, until=until_now(), filters=filters, decode=True))

    decoded = await ours(decode=True)
    actions = [event["Action"] for event in decoded]
    if engine_info.is_podman:
        # Podman 4.3 adds "init" and "cleanup", and says "remove" for "destroy"
        actions = [a for a in actions if a not in ("init", "cleanup")]
        actions = ["destroy" if a == "remove" else a for a in actions]
    assert actions[:2] == ["create", "start"] and "destroy" in actions
    assert all(event["Actor"]["ID"] == container for event in decoded)
    raw = await ours()
    assert [json.loads(line) for line in raw] == decoded
    assert theirs() == decoded


async def test_open_events_stream_closed_from_elsewhere(client: Any) -> None:
    # a filter nothing matches: the stream stays quiet until closed
    quiet = {"type": "volume", "volume": f"dockerapi-none-{uuid.uuid4().hex}"}
    stream = await call(client, "events", decode=True, filters=quiet)
    if isinstance(client, AsyncAPIClient):
        import asyncio

        async def close_soon() -> None:
            await asyncio.sleep(0.3)
            await stream.aclose()

        closer = asyncio.create_task(close_soon())
        assert [event async for event in stream] == []
        await closer
    else:
        timer = threading.Timer(0.3, stream.close)
        timer.start()
        assert list(stream) == []
        timer.join()
    assert stream.closed
    assert await call(client, "ping") is True  # the client still works
