"""The engine layer used as docs/typed.md shows it, checked by `mypy --strict` (pyproject's
mypy `files`) and run against the real engine by tests/integration/test_typed_usage.py.

Every value below is typed without a cast or an ignore: models out, models or checked
dicts in, single values where a flag says so, streams of models.
"""

from __future__ import annotations

import time

from docker_engine_api import to_json
from docker_engine_api.bodies import ContainerCreateBodyDict
from docker_engine_api.models import (
    ContainerConfigLabels,
    ContainerCreateBody,
    ContainerInspectResponse,
    ContainerStatsResponse,
    ContainerSummary,
    EventMessage,
    HostConfig,
)
from dockerapi import AsyncDockerClient, DockerClient
from dockerapi.errors import NotFound

__all__ = ["async_usage", "sync_usage"]


def sync_usage(client: DockerClient, label: str) -> dict[str, object]:
    """Create two containers (typed body, dict body), run, inspect, list, stream events."""
    engine = client.engine
    body = ContainerCreateBody(
        image="busybox:latest",
        cmd=["sh", "-c", "echo typed"],
        labels=ContainerConfigLabels({"dockerapi.typed": label}),
        host_config=HostConfig(memory=64 * 1024 * 1024),
    )
    as_dict: ContainerCreateBodyDict = {
        "Image": "busybox:latest",
        "Cmd": ["sh", "-c", "echo dict >&2"],
        "Labels": {"dockerapi.typed": label},
        "HostConfig": {"Memory": 64 * 1024 * 1024, "RestartPolicy": {"Name": "no"}},
    }
    ids = [engine.container_create(body=body).id, engine.container_create(body=as_dict).id]
    started = int(time.time())
    try:
        exit_codes: list[int] = []
        for container_id in ids:
            engine.container_start(container_id)
            exit_codes.append(engine.container_wait(container_id).status_code)
        typed_logs: bytes = engine.container_logs(ids[0], stdout=True)
        dict_logs: bytes = engine.container_logs(ids[1], stderr=True)
        stats: ContainerStatsResponse = engine.container_stats(ids[0], stream=False)
        inspected: ContainerInspectResponse = engine.container_inspect(ids[0])
        labels = inspected.config.labels if inspected.config else None
        listed: list[ContainerSummary] = engine.container_list(
            all=True, filters={"label": [f"dockerapi.typed={label}"]}
        )
        frames: list[tuple[int, bytes]] = []
        with engine.container_logs(ids[1], stderr=True, follow=True) as stream:
            frames.extend(stream)
        actions: list[str] = []
        with engine.system_events(
            since=str(started - 5),
            # two seconds ahead: Podman answers nothing for an `until` that has passed
            # by the time it reads the request (one second may be a few ms away)
            until=str(int(time.time()) + 2),
            filters={"label": [f"dockerapi.typed={label}"], "event": ["start"]},
        ) as events:
            for event in events:
                assert isinstance(event, EventMessage)
                actions.append(str(event.action))
        try:
            engine.container_inspect(f"no-such-{label}")
            not_found = False
        except NotFound:
            not_found = True
        return {
            "exit_codes": exit_codes,
            "logs": (typed_logs, dict_logs),
            "stats_id": stats.id,
            "labels": dict(labels) if isinstance(labels, ContainerConfigLabels) else None,
            "listed": sorted(c.id for c in listed if isinstance(c.id, str)),
            "ids": sorted(ids),
            "frames": frames,
            "actions": actions,
            "not_found": not_found,
            "json": to_json(labels),
            "round_trip": ContainerInspectResponse.from_dict(inspected.to_dict()) == inspected,
        }
    finally:
        for container_id in ids:
            engine.container_delete(container_id, force=True)
        for container in engine.container_list(
            all=True, filters={"label": f"dockerapi.typed={label}"}
        ):
            if isinstance(container.id, str):
                engine.container_delete(container.id, force=True)


async def async_usage(client: AsyncDockerClient, label: str) -> dict[str, object]:
    """The same calls as coroutines."""
    engine = client.engine
    created = await engine.container_create(
        body={
            "Image": "busybox:latest",
            "Cmd": ["echo", "async"],
            "Labels": {"dockerapi.typed": label},
        }
    )
    try:
        await engine.container_start(created.id)
        waited = await engine.container_wait(created.id)
        logs: bytes = await engine.container_logs(created.id, stdout=True)
        stats: ContainerStatsResponse = await engine.container_stats(created.id, stream=False)
        frames: list[tuple[int, bytes]] = []
        stream = await engine.container_logs(created.id, stdout=True, follow=True)
        async with stream:
            async for frame in stream:
                frames.append(frame)
        return {
            "exit_code": waited.status_code,
            "logs": logs,
            "stats_id": stats.id,
            "frames": frames,
        }
    finally:
        await engine.container_delete(created.id, force=True)
