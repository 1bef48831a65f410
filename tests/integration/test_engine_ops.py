"""`client.engine` against the real engine: every read-only operation sync and async,
a container's life, a tar round trip, hijacked stdin, streams closed early or from
another thread, and gating against the engine's own version."""

from __future__ import annotations

import asyncio
import base64
import io
import json
import os
import tarfile
import threading
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest
from archives import tar_of
from docker_engine_api import models
from docker_engine_api.engine import AsyncOperations, SyncOperations
from docker_engine_api.models import ContainerCreateBody
from dockerapi._decoders import FrameDecoder
from dockerapi.api.client import APIClient, AsyncAPIClient
from dockerapi.client import AsyncDockerClient, DockerClient
from dockerapi.errors import APIError, InvalidVersion, NotFound
from event_window import events_until

pytestmark = pytest.mark.integration

IMAGE = "busybox:latest"


@pytest.fixture
def client(docker_host: str) -> Iterator[APIClient]:
    with APIClient(base_url=docker_host) as client:
        yield client


@pytest.fixture
async def aclient(docker_host: str) -> AsyncIterator[AsyncAPIClient]:
    async with AsyncAPIClient(base_url=docker_host) as client:
        yield client


def _create_body(cmd: list[str], **extra: Any) -> ContainerCreateBody:
    return ContainerCreateBody.from_dict(
        {"Image": IMAGE, "Cmd": cmd, "Labels": {"dockerapi-test": "engine-ops"}, **extra}
    )


@pytest.fixture
def running(client: APIClient) -> Iterator[str]:
    """A container that keeps running, printing a line to stdout and one to stderr."""
    engine = client.engine
    created = engine.container_create(
        body=_create_body(["sh", "-c", "echo out; echo err >&2; exec sleep 300"]),
        name=f"dockerapi-ops-{uuid.uuid4().hex[:8]}",
    )
    engine.container_start(created.id)
    try:
        yield created.id
    finally:
        engine.container_delete(created.id, force=True)


# -- every read-only operation, the same checks for both clients ---------------------------

Check = Callable[[Any], None]


def _read_only_calls(
    cid: str, api_version: str, podman: bool = False
) -> list[tuple[str, tuple[Any, ...], dict[str, Any], Check]]:
    """Every read-only operation (Podman 4.3 has no plugins endpoint: left out there)."""

    def is_a(kind: type) -> Check:
        def check(value: Any) -> None:
            assert isinstance(value, kind), (type(value), kind)

        return check

    def list_of(kind: type) -> Check:
        def check(value: Any) -> None:
            assert isinstance(value, list)
            assert all(isinstance(item, kind) for item in value)

        return check

    def inspected(value: Any) -> None:
        assert isinstance(value, models.ContainerInspectResponse)
        assert value.id == cid
        assert value.state is not None and value.state.running

    def listed(value: Any) -> None:
        assert cid in [c.id for c in value]
        assert all(isinstance(c, models.ContainerSummary) for c in value)

    def top(value: Any) -> None:
        assert isinstance(value, models.ContainerTopResponse)
        assert any("sleep" in " ".join(row) for row in value.processes or [])

    def is_ok(value: Any) -> None:
        assert value == "OK"

    def headers(value: Any) -> None:
        assert value["api-version"] == api_version

    def path_stat(value: Any) -> None:
        stat = json.loads(base64.b64decode(value["x-docker-container-path-stat"]))
        # /bin/sh is a link to busybox: Podman 4.3 names where it leads
        assert stat["name"] == ("busybox" if podman else "sh")

    return [
        ("system_ping", (), {}, is_ok),
        ("system_ping_head", (), {}, headers),
        ("system_version", (), {}, is_a(models.SystemVersion)),
        ("system_info", (), {}, is_a(models.SystemInfo)),
        ("system_data_usage", (), {}, is_a(models.SystemDataUsageResponse)),
        ("container_list", (), {"all": True}, listed),
        ("container_inspect", (cid,), {}, inspected),
        ("container_top", (cid,), {}, top),
        (
            "container_changes",
            (cid,),
            {},
            lambda v: v is None or list_of(models.FilesystemChange)(v),
        ),
        ("image_list", (), {}, list_of(models.ImageSummary)),
        ("image_inspect", (IMAGE,), {}, is_a(models.ImageInspect)),
        ("image_history", (IMAGE,), {}, list_of(models.ImageHistoryResponseItem)),
        ("network_list", (), {}, list_of(models.NetworkSummary)),
        ("network_inspect", ("bridge",), {}, is_a(models.NetworkInspect)),
        ("volume_list", (), {}, is_a(models.VolumeListResponse)),
        *([] if podman else [("plugin_list", (), {}, list_of(models.Plugin))]),
        ("container_archive_info", (cid,), {"path": "/bin/sh"}, path_stat),
    ]


# Read-only operations that need swarm mode: on a plain engine they must fail as typed errors.
# Podman 4.3 has no swarm endpoints (404), answers the unlock key with 503 as Docker does,
# and lists its own secrets.
_PODMAN_SWARM_STATUS = {"swarm_unlockkey": 503, "secret_list": 200}
_SWARM_READS = (
    ("swarm_inspect", ()),
    ("node_list", ()),
    ("service_list", ()),
    ("task_list", ()),
    ("secret_list", ()),
    ("config_list", ()),
    ("swarm_unlockkey", ()),
)


def test_every_read_only_operation_sync(client: APIClient, running: str, engine_info: Any) -> None:
    engine = client.engine
    calls = _read_only_calls(running, engine_info.api_version, engine_info.is_podman)
    for name, args, kwargs, check in calls:
        check(getattr(engine, name)(*args, **kwargs))
    for name, args in _SWARM_READS:
        if engine_info.is_podman and _PODMAN_SWARM_STATUS.get(name) == 200:
            assert isinstance(getattr(engine, name)(*args), list)
            continue
        with pytest.raises(APIError) as caught:
            getattr(engine, name)(*args)
        if engine_info.is_podman:
            assert caught.value.status_code == _PODMAN_SWARM_STATUS.get(name, 404), name
            continue
        assert caught.value.status_code == 503, name
        assert "swarm" in (caught.value.explanation or "").lower()
    _streaming_reads_sync(engine, running, engine_info.is_podman)


def _stats_id(stats: models.ContainerStatsResponse) -> Any:
    """The container a stats item is about: "id", or "Id" as Podman 4.3 spells it (kept,
    as every field the model does not know, in additional_properties)."""
    if isinstance(stats.id, str):
        return stats.id
    return stats.additional_properties.get("Id")


#: Podman 4.3 answers nothing for an `until` already past and writes events to its log a
#: moment late: there `until` is kept ahead and the query asked again a few times.
_EVENT_TRIES = 5


def _streaming_reads_sync(engine: SyncOperations, cid: str, podman: bool) -> None:
    # without follow: the whole output at once; stats with stream=False: one object
    assert engine.container_logs(cid, stdout=True) == b"out\n"
    assert engine.container_logs(cid, stderr=True) == b"err\n"
    stats = engine.container_stats(cid, stream=False)
    assert isinstance(stats, models.ContainerStatsResponse)
    assert _stats_id(stats) == cid
    since = str(int(time.time()) - 120)
    for _ in range(_EVENT_TRIES if podman else 1):
        until = str(events_until(podman))
        events = list(engine.system_events(since=since, until=until))
        if any(event.actor and event.actor.id == cid for event in events):
            break
    assert all(isinstance(event, models.EventMessage) for event in events)
    assert any(event.actor and event.actor.id == cid for event in events)
    with engine.container_export(cid) as export:
        first = next(export)
    assert first[257:262] == b"ustar"  # a tar header, read without buffering the rest


async def test_every_read_only_operation_async(
    aclient: AsyncAPIClient, running: str, engine_info: Any
) -> None:
    engine = aclient.engine
    calls = _read_only_calls(running, engine_info.api_version, engine_info.is_podman)
    for name, args, kwargs, check in calls:
        check(await getattr(engine, name)(*args, **kwargs))
    for name, args in _SWARM_READS:
        if engine_info.is_podman and _PODMAN_SWARM_STATUS.get(name) == 200:
            assert isinstance(await getattr(engine, name)(*args), list)
            continue
        with pytest.raises(APIError) as caught:
            await getattr(engine, name)(*args)
        expected = _PODMAN_SWARM_STATUS.get(name, 404) if engine_info.is_podman else 503
        assert caught.value.status_code == expected, name
    await _streaming_reads_async(engine, running, engine_info.is_podman)


async def _streaming_reads_async(engine: AsyncOperations, cid: str, podman: bool) -> None:
    assert await engine.container_logs(cid, stdout=True) == b"out\n"
    assert await engine.container_logs(cid, stderr=True) == b"err\n"
    stats = await engine.container_stats(cid, stream=False)
    assert _stats_id(stats) == cid
    since = str(int(time.time()) - 120)
    for _ in range(_EVENT_TRIES if podman else 1):
        until = str(events_until(podman))
        events = [e async for e in await engine.system_events(since=since, until=until)]
        if any(event.actor and event.actor.id == cid for event in events):
            break
    assert any(event.actor and event.actor.id == cid for event in events)
    export = await engine.container_export(cid)
    first = await export.__anext__()
    await export.aclose()
    assert first[257:262] == b"ustar"


# -- writes ---------------------------------------------------------------------------------


def test_container_create_start_wait_remove(client: APIClient) -> None:
    engine = client.engine
    created = engine.container_create(body=_create_body(["sh", "-c", "echo done; exit 7"]))
    assert isinstance(created, models.ContainerCreateResponse)
    try:
        assert engine.container_start(created.id) is None
        waited = engine.container_wait(created.id)
        assert isinstance(waited, models.ContainerWaitResponse)
        assert waited.status_code == 7
        assert engine.container_logs(created.id, stdout=True) == b"done\n"
        # the container has exited: following its logs ends with them
        assert list(engine.container_logs(created.id, stdout=True, follow=True)) == [(1, b"done\n")]
        assert engine.container_inspect(created.id).state.exit_code == 7  # type: ignore[union-attr]
    finally:
        assert engine.container_delete(created.id, force=True) is None
    with pytest.raises(NotFound):
        engine.container_inspect(created.id)


def test_session_is_upgraded_to_h2c(client: APIClient, engine_info: Any) -> None:
    engine_info.not_on_podman("4.3 has no BuildKit /session endpoint")
    # BuildKit's session endpoint answers 400 "protocol tcp not supported" to the
    # attach-style upgrade; the engine layer asks for h2c, as the spec's data says.
    headers = {"X-Docker-Expose-Session-Uuid": uuid.uuid4().hex}
    with client.engine.session(extra_headers=headers) as sock:
        assert sock.response.status_code == 101
        assert sock.response.headers["upgrade"] == "h2c"


def test_logs_of_a_tty_container_come_raw(client: APIClient) -> None:
    # Before API 1.42 the daemon does not say whether logs are framed: the engine
    # layer tells TTY output from frames by its first bytes; from 1.42 the daemon's
    # Content-Type says (tests/integration/test_version_rules.py: both sides).
    engine = client.engine
    created = engine.container_create(
        body=_create_body(["sh", "-c", "echo tty out; echo tty err >&2"], Tty=True)
    )
    try:
        engine.container_start(created.id)
        engine.container_wait(created.id)
        frames = list(engine.container_logs(created.id, stdout=True, stderr=True, follow=True))
        assert {stream for stream, _ in frames} == {1}
        assert b"".join(payload for _, payload in frames) == b"tty out\r\ntty err\r\n"
    finally:
        engine.container_delete(created.id, force=True)


async def test_container_life_async(aclient: AsyncAPIClient) -> None:
    engine = aclient.engine
    created = await engine.container_create(body=_create_body(["sh", "-c", "exit 3"]))
    try:
        await engine.container_start(created.id)
        assert (await engine.container_wait(created.id)).status_code == 3
    finally:
        await engine.container_delete(created.id, force=True)
    with pytest.raises(NotFound):
        await engine.container_inspect(created.id)


def test_tar_round_trip_through_the_archive_endpoints(client: APIClient, running: str) -> None:
    engine = client.engine
    payload = os.urandom(300_000)
    engine.put_container_archive(
        running, body=io.BytesIO(tar_of({"blob.bin": payload})), path="/tmp"
    )
    stat = engine.container_archive_info(running, path="/tmp/blob.bin")
    info = json.loads(base64.b64decode(stat["x-docker-container-path-stat"]))
    assert info["size"] == len(payload)
    chunks = list(engine.container_archive(running, path="/tmp/blob.bin"))
    with tarfile.open(fileobj=io.BytesIO(b"".join(chunks))) as archive:
        member = archive.extractfile("blob.bin")
        assert member is not None and member.read() == payload
    with pytest.raises(NotFound):
        engine.container_archive_info(running, path="/tmp/missing")


async def test_tar_round_trip_async(aclient: AsyncAPIClient, running: str) -> None:
    engine = aclient.engine
    await engine.put_container_archive(running, body=tar_of({"a.txt": b"async"}), path="/tmp")
    stream = await engine.container_archive(running, path="/tmp/a.txt")
    data = b"".join([chunk async for chunk in stream])
    with tarfile.open(fileobj=io.BytesIO(data)) as archive:
        member = archive.extractfile("a.txt")
        assert member is not None and member.read() == b"async"


# -- hijacked connections -----------------------------------------------------------------


def _stdin_container(engine: SyncOperations) -> str:
    body = _create_body(
        ["cat"], OpenStdin=True, StdinOnce=True, AttachStdin=True, AttachStdout=True
    )
    return engine.container_create(body=body).id


def test_attach_stdin_round_trip_with_half_close(client: APIClient) -> None:
    engine = client.engine
    cid = _stdin_container(engine)
    try:
        with engine.container_attach(cid, stream=True, stdin=True, stdout=True) as sock:
            engine.container_start(cid)
            sock.sendall(b"hello through stdin\n")
            sock.shutdown_write()  # cat sees EOF and exits; its output still arrives
            decoder = FrameDecoder()
            frames = []
            while chunk := sock.recv(4096):
                frames += decoder.feed(chunk)
        assert frames == [(1, b"hello through stdin\n")]
        assert engine.container_wait(cid).status_code == 0
    finally:
        engine.container_delete(cid, force=True)


async def test_attach_stdin_round_trip_async(aclient: AsyncAPIClient, client: APIClient) -> None:
    cid = _stdin_container(client.engine)
    engine = aclient.engine
    try:
        sock = await engine.container_attach(cid, stream=True, stdin=True, stdout=True)
        await engine.container_start(cid)
        await sock.sendall(b"async stdin\n")
        sock.shutdown_write()
        data = b""
        while chunk := await sock.recv(4096):
            data += chunk
        await sock.aclose()
        assert FrameDecoder().feed(data) == [(1, b"async stdin\n")]
    finally:
        await engine.container_delete(cid, force=True)


# -- streams: closed from another thread, closed early without leaking --------------------


def test_event_stream_closed_from_another_thread(client: APIClient) -> None:
    # blocks: no event can match (other tests share the engine)
    quiet = {"label": [f"dockerapi-nothing={uuid.uuid4().hex}"]}
    events = client.engine.system_events(filters=quiet)
    timer = threading.Timer(0.3, events.close)
    started = time.monotonic()
    timer.start()
    assert list(events) == []
    assert time.monotonic() - started < 10
    timer.join()
    assert client.engine.system_ping() == "OK"  # the client is still usable


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def test_early_close_releases_connections(client: APIClient, running: str) -> None:
    engine = client.engine
    before = _open_fds()
    for _ in range(200):
        with engine.container_logs(running, stdout=True, follow=True) as logs:
            assert next(logs) == (1, b"out\n")
    for _ in range(50):
        logs = engine.container_logs(running, stdout=True, follow=True)
        next(logs)
        del logs  # garbage collected: released too
    assert _open_fds() - before < 15


async def test_async_early_close_releases_connections(
    aclient: AsyncAPIClient, running: str
) -> None:
    engine = aclient.engine
    before = _open_fds()
    for _ in range(100):
        async with await engine.container_logs(running, stdout=True, follow=True) as logs:
            assert await logs.__anext__() == (1, b"out\n")
    assert _open_fds() - before < 15


# -- versions and gating against the real daemon ------------------------------------------


def test_negotiated_version_and_gating_on_the_real_engine(
    client: APIClient, running: str, engine_info: Any
) -> None:
    assert client.api_version == engine_info.api_version
    if engine_info.api_at_least("1.42"):
        # honoured: the daemon's first (and only) kill sends the signal asked for
        since = str(int(time.time()) - 1)
        client.engine.container_stop(running, signal="SIGKILL", timeout=60)
        filters = json.dumps({"container": [running], "event": ["kill"]})
        until = str(events_until(engine_info.is_podman))
        kills = list(client.engine.system_events(since=since, until=until, filters=filters))
        assert kills and kills[0].actor.attributes["signal"] == "9"  # type: ignore[union-attr]
        return
    with pytest.raises(InvalidVersion) as caught:
        client.engine.container_stop(running, signal="SIGTERM")
    assert str(caught.value) == (
        f'"signal" of ContainerStop requires API 1.42; the daemon speaks {engine_info.api_version}'
    )
    assert client.engine.container_inspect(running).state.running  # type: ignore[union-attr]


def test_pinned_older_version_is_used_as_given(docker_host: str, engine_info: Any) -> None:
    with APIClient(base_url=docker_host, version="1.30") as old:
        assert old.engine.system_version().api_version == engine_info.api_version
        with pytest.raises(InvalidVersion, match=r"pinned to API 1\.30"):
            old.engine.container_create(body=_create_body(["true"]), platform="linux")


def test_docker_client_shells(docker_host: str, engine_info: Any) -> None:
    with DockerClient(base_url=docker_host) as docker:
        assert docker.ping() is True
        assert docker.version()["ApiVersion"] == engine_info.api_version
        assert docker.api.base_url == "http+docker://localhost"
    environment = {"DOCKER_HOST": docker_host}
    with DockerClient.from_env(environment=environment) as docker:
        assert docker.api.host.origin == "DOCKER_HOST"
        assert docker.ping()


async def test_async_docker_client_shells(docker_host: str, engine_info: Any) -> None:
    async with AsyncDockerClient.from_env(
        environment={"DOCKER_HOST": docker_host, "DOCKER_API_VERSION": "1.40"}
    ) as docker:
        assert docker.api.api_version == "1.40"
        assert await docker.ping() is True
        assert (await docker.version())["ApiVersion"] == engine_info.api_version
    clients = [AsyncDockerClient(base_url=docker_host) for _ in range(3)]
    try:
        assert await asyncio.gather(*(c.ping() for c in clients)) == [True, True, True]
    finally:
        for each in clients:
            await each.close()
