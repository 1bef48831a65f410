"""Version rules against the real engine, asserted for the side the engine is on.

The suite runs on every engine of the matrix (scripts/test --engine 20.10|26.1|28.5|podman,
API 1.41, 1.45, 1.51 and Podman's 1.41), so each rule is seen from both sides: a gated
parameter is refused before anything is sent where the API is too old and honoured by
the daemon where it is new enough; output framing is taken from the daemon's
Content-Type from 1.42 and found by an inspect before; negotiation picks the daemon's
version. Stop signals, Annotations and KernelMemory are in test_container_api.py,
CheckDuplicate in test_network_volume_api.py, ConsoleSize in test_hostconfig_translation.py.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from both_clients import call
from docker_engine_api import _versions
from dockerapi import APIClient, AsyncAPIClient
from dockerapi.errors import APIError, InvalidVersion
from dockerapi.types import Healthcheck

pytestmark = pytest.mark.integration

IMAGE = "busybox:latest"
#: TTY output that starts like a multiplexed frame header (stdout, 5 bytes: "hello"):
#: only the daemon's word can tell it from a framed stream.
FRAME_LOOKALIKE = "\\001\\000\\000\\000\\000\\000\\000\\005hello"


def negotiated(engine_info: Any) -> str:
    """What the clients negotiate: the daemon's version, capped at the newest they know."""
    ours = tuple(int(p) for p in _versions.NEWEST.split("."))
    theirs = tuple(int(p) for p in engine_info.api_version.split("."))
    return engine_info.api_version if theirs <= ours else _versions.NEWEST


class Recorder:
    """The paths of the requests a client sends (a transport of the test's own)."""

    def __init__(self) -> None:
        self.paths: list[str] = []

    def since(self, mark: int) -> list[str]:
        return self.paths[mark:]


class SyncRecording(httpx.HTTPTransport):
    def __init__(self, recorder: Recorder, uds: str) -> None:
        super().__init__(uds=uds)
        self.recorder = recorder

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.recorder.paths.append(request.url.path)
        return super().handle_request(request)


class AsyncRecording(httpx.AsyncHTTPTransport):
    def __init__(self, recorder: Recorder, uds: str) -> None:
        super().__init__(uds=uds)
        self.recorder = recorder

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.recorder.paths.append(request.url.path)
        return await super().handle_async_request(request)


@pytest.fixture(params=["sync", "async"])
async def recorded(
    request: pytest.FixtureRequest, docker_host: str, docker_socket: str
) -> AsyncIterator[tuple[Any, Recorder]]:
    """A client of each kind whose requests are recorded."""
    recorder = Recorder()
    if request.param == "sync":
        transport = SyncRecording(recorder, docker_socket)
        with APIClient(docker_host, transport=transport) as client:
            yield client, recorder
    else:
        atransport = AsyncRecording(recorder, docker_socket)
        async with AsyncAPIClient(docker_host, transport=atransport) as aclient:
            yield aclient, recorder


@pytest.fixture
def containers(docker_socket: str) -> Iterator[list[str]]:
    """Containers to remove at the end, whatever happened."""
    made: list[str] = []
    yield made
    transport = httpx.HTTPTransport(uds=docker_socket)
    with httpx.Client(transport=transport, base_url="http://docker", timeout=60) as http:
        for container in made:
            http.delete(f"/containers/{container}", params={"force": 1})


# -- negotiation ------------------------------------------------------------------------


async def test_negotiation_picks_the_daemons_version(
    recorded: tuple[Any, Recorder], engine_info: Any
) -> None:
    client, recorder = recorded
    assert (await call(client, "version"))["ApiVersion"] == engine_info.api_version
    if isinstance(client, AsyncAPIClient):
        assert await client.negotiate_version() == negotiated(engine_info)
    else:
        assert client.api_version == negotiated(engine_info)
    await call(client, "containers", all=True, filters={"name": "dockerapi-none"})
    # the first call asked the daemon (unversioned), every later one speaks its version
    assert recorder.paths[0] == "/version"
    assert recorder.paths[-1] == f"/v{negotiated(engine_info)}/containers/json"


def test_pinned_version_is_spoken_as_given(docker_host: str, docker_socket: str) -> None:
    recorder = Recorder()
    transport = SyncRecording(recorder, docker_socket)
    with APIClient(docker_host, version="1.40", transport=transport) as client:
        client.containers(all=True, filters={"name": "dockerapi-none"})
        # and a parameter of 1.41 is refused for the pin, whatever the daemon speaks
        with pytest.raises(InvalidVersion, match=r'"platform".*pinned to API 1\.40'):
            client.create_container(IMAGE, "true", platform="linux")
    assert recorder.paths == ["/v1.40/containers/json"]


# -- parameters and body fields gated by version -----------------------------------------


async def test_create_platform_since_1_41(
    client: Any, engine_info: Any, containers: list[str]
) -> None:
    # every engine of the matrix speaks 1.41: the platform is honoured (the daemon
    # checks the image against it) ...
    name = f"dockerapi-vr-{uuid.uuid4().hex[:10]}"
    containers.append(name)
    created = await call(client, "create_container", IMAGE, "true", name=name, platform="linux")
    assert created["Id"]
    if engine_info.is_podman:
        return  # Podman pulls for another platform instead of refusing (docs/engines.md)
    with pytest.raises(APIError) as caught:
        await call(client, "create_container", IMAGE, "true", platform="linux/s390x")
    assert "platform" in str(caught.value.explanation)


async def test_healthcheck_start_interval_since_1_44(
    client: Any, engine_info: Any, containers: list[str]
) -> None:
    name = f"dockerapi-vr-{uuid.uuid4().hex[:10]}"
    healthcheck = Healthcheck(
        test=["CMD", "true"], interval=10**9, start_period=10**9, start_interval=5 * 10**8
    )
    if not engine_info.api_at_least("1.44"):
        with pytest.raises(InvalidVersion, match=r"Healthcheck\.StartInterval.*requires API 1\.44"):
            await call(
                client, "create_container", IMAGE, "true", name=name, healthcheck=healthcheck
            )
        return
    containers.append(name)
    await call(client, "create_container", IMAGE, "true", name=name, healthcheck=healthcheck)
    inspected = await call(client, "inspect_container", name)
    assert inspected["Config"]["Healthcheck"]["StartInterval"] == 5 * 10**8


# -- output framing: the daemon's Content-Type from 1.42, an inspect before ----------------


def _started(http: httpx.Client, containers: list[str], *, tty: bool, command: list[str]) -> str:
    created = http.post("/containers/create", json={"Image": IMAGE, "Tty": tty, "Cmd": command})
    assert created.status_code == 201, created.text
    container = str(created.json()["Id"])
    containers.append(container)
    assert http.post(f"/containers/{container}/start").status_code == 204
    assert http.post(f"/containers/{container}/wait").status_code == 200
    return container


@pytest.fixture
def plain_http(docker_socket: str) -> Iterator[httpx.Client]:
    transport = httpx.HTTPTransport(uds=docker_socket)
    with httpx.Client(transport=transport, base_url="http://docker", timeout=60) as http:
        yield http


@pytest.mark.parametrize("method", ["logs", "attach"])
async def test_output_framing_from_content_type_since_1_42(
    recorded: tuple[Any, Recorder],
    engine_info: Any,
    plain_http: httpx.Client,
    containers: list[str],
    method: str,
) -> None:
    client, recorder = recorded
    if method == "attach" and engine_info.is_podman:
        pytest.xfail(
            "Podman 4.3 frames the output it replays on attach(logs=True) with sizes one byte short"
        )
    tty = _started(plain_http, containers, tty=True, command=["printf", FRAME_LOOKALIKE])
    framed = _started(
        plain_http, containers, tty=False, command=["sh", "-c", "echo out; echo err >&2"]
    )
    await call(client, "ping")
    version = negotiated(engine_info)
    for container, expected in ((tty, b"\x01\x00\x00\x00\x00\x00\x00\x05hello"), (framed, None)):
        mark = len(recorder.paths)
        if method == "logs":
            output = await call(client, "logs", container)
        else:
            output = await call(client, "attach", container, logs=True)
        if expected is not None:
            assert output == expected  # raw TTY bytes, not a frame
        else:
            assert sorted(output.splitlines()) == [b"err", b"out"]
        sent = recorder.since(mark)
        if engine_info.api_at_least("1.42"):
            # the daemon's Content-Type says which framing: no extra call
            assert sent == [f"/v{version}/containers/{container}/{method}"]
        else:
            # older daemons do not say (reliably): the container is inspected once
            assert sorted(sent) == sorted(
                [
                    f"/v{version}/containers/{container}/{method}",
                    f"/v{version}/containers/{container}/json",
                ]
            )


def test_engine_layer_logs_trust_the_content_type_since_1_42(
    docker_host: str, engine_info: Any, plain_http: httpx.Client, containers: list[str]
) -> None:
    engine_info.require_api("1.42", "the daemon stating the framing")
    container = _started(plain_http, containers, tty=True, command=["printf", FRAME_LOOKALIKE])
    with APIClient(docker_host) as client:
        output = client.engine.container_logs(container, stdout=True)  # whole, no follow
        with client.engine.container_logs(container, stdout=True, follow=True) as stream:
            frames = list(stream)
    # raw, though its first bytes look like a frame header: read from the Content-Type
    assert output == b"\x01\x00\x00\x00\x00\x00\x00\x05hello"
    assert frames == [(1, b"\x01\x00\x00\x00\x00\x00\x00\x05hello")]
