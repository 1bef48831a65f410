"""ping, version, info, df and events on the real engine, sync and async, docker-py as the oracle."""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from both_clients import call, items
from dockerapi import APIClient, AsyncAPIClient

pytestmark = pytest.mark.integration

IMAGE = "busybox:latest"


class Api:
    def __init__(self, client: Any) -> None:
        self.client = client
        self.is_async = isinstance(client, AsyncAPIClient)

    async def call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        return await call(self.client, name, *args, **kwargs)

    async def items(self, stream: Any) -> list[Any]:
        return await items(stream)


@pytest.fixture(params=["sync", "async"])
async def api(request: pytest.FixtureRequest, docker_host: str) -> AsyncIterator[Api]:
    if request.param == "sync":
        with APIClient(docker_host) as client:
            yield Api(client)
    else:
        async with AsyncAPIClient(docker_host) as aclient:
            yield Api(aclient)


@pytest.fixture
def docker_py(docker_host: str) -> Iterator[Any]:
    docker = pytest.importorskip("docker")
    client = docker.APIClient(base_url=docker_host, version="1.41")
    yield client
    client.close()


async def test_ping_version_info_df_as_docker_py(api: Api, docker_py: Any) -> None:
    assert await api.call("ping") is True
    assert await api.call("version") == docker_py.version()
    assert await api.call("version", api_version=False) == docker_py.version(api_version=False)
    info = await api.call("info")
    theirs = docker_py.info()
    for key in ("ID", "Name", "ServerVersion", "Driver", "OperatingSystem", "DockerRootDir"):
        assert info[key] == theirs[key], key
    usage = await api.call("df")
    assert set(usage) >= {"LayersSize", "Images", "Containers", "Volumes"}
    assert any("busybox:latest" in (image.get("RepoTags") or []) for image in usage["Images"])


async def test_events_of_a_container_between_two_times(api: Api, docker_py: Any) -> None:
    since = int(time.time()) - 1
    name = f"dockerapi-events-{uuid.uuid4().hex[:8]}"
    container = docker_py.create_container(IMAGE, "true", name=name)["Id"]
    try:
        docker_py.start(container)
        docker_py.wait(container)
    finally:
        docker_py.remove_container(container, force=True)
    until = int(time.time()) + 1
    filters = {"container": container}
    decoded = await api.items(
        await api.call("events", since=since, until=until, filters=filters, decode=True)
    )
    actions = [event["Action"] for event in decoded]
    assert actions[:2] == ["create", "start"] and "destroy" in actions
    assert all(event["Actor"]["ID"] == container for event in decoded)
    raw = await api.items(await api.call("events", since=since, until=until, filters=filters))
    assert [json.loads(line) for line in raw] == decoded
    theirs = list(docker_py.events(since=since, until=until, filters=filters, decode=True))
    assert decoded == theirs


async def test_open_events_stream_closed_from_elsewhere(api: Api) -> None:
    stream = await api.call("events", decode=True, filters={"type": "volume"})
    if api.is_async:
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
    assert await api.call("ping") is True  # the client still works
