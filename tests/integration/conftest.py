"""Fixtures shared by the integration tests (test files may define their own, more specific ones)."""

from __future__ import annotations

import ipaddress
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from dockerapi import APIClient, AsyncAPIClient, AsyncDockerClient, DockerClient
from dockerapi.errors import APIError, Conflict, ServerError


def api_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


@dataclass(frozen=True)
class EngineInfo:
    """Which engine the integration tests run on, as the engine itself tells it."""

    #: scripts/engine's name for it (20.10, 26.1, 28.5, podman) or "external"
    name: str
    #: the engine's version ("20.10.24+dfsg1", "4.3.1", ...)
    version: str
    #: the newest API version the engine speaks, and the oldest it accepts
    api_version: str
    min_api_version: str
    is_podman: bool
    #: its address range and firewall chain (scripts/engine env), when it is ours
    ip_range: str | None
    guard: str | None

    def api_at_least(self, version: str) -> bool:
        return api_tuple(self.api_version) >= api_tuple(version)

    def require_api(self, version: str, why: str) -> None:
        """Skip the calling test unless the engine speaks API `version`."""
        if not self.api_at_least(version):
            pytest.skip(f"{why} needs API {version}; the engine speaks {self.api_version}")

    def repo_tag(self, reference: str) -> str:
        """How the engine lists a short image reference: Podman gives it in full
        (busybox:latest -> docker.io/library/busybox:latest)."""
        if not self.is_podman or "/" in reference:
            return reference
        return f"docker.io/library/{reference}"

    def reported_id(self, image_id: str) -> str:
        """An image ID as the engine reports it in its answers (remove, prune, a quiet
        build): Podman leaves out `sha256:`."""
        return image_id.removeprefix("sha256:") if self.is_podman else image_id

    def in_range(self, address: str) -> bool:
        """Whether `address` lies in the engine's own address range (scripts/engine)."""
        if self.ip_range is None:
            pytest.skip("the engine's address range is known for the project's engines only")
        return ipaddress.ip_address(address) in ipaddress.ip_network(self.ip_range)

    @property
    def conflict(self) -> type[APIError]:
        """What a conflict (a running container removed, a name taken, a stopped one
        killed) raises: Docker answers 409, Podman 500 (docs/engines.md)."""
        return ServerError if self.is_podman else Conflict

    def build_step(self, number: int, total: int, instruction: str) -> str:
        """How a build announces a step: Docker's builder `Step 1/3 : FROM x`,
        Podman's (buildah) `STEP 1/3: FROM x`."""
        if self.is_podman:
            return f"STEP {number}/{total}: {instruction}"
        return f"Step {number}/{total} : {instruction}"

    def failed_run(self, command: str, code: int) -> tuple[str, int | None]:
        """The error message, and `errorDetail.code`, of a build whose `RUN command`
        exits with `code`: Podman names the step and gives no code."""
        if self.is_podman:
            return (
                f'building at STEP "RUN {command}": while running runtime: exit status {code}',
                None,
            )
        return f"The command '/bin/sh -c {command}' returned a non-zero code: {code}", code

    def not_on_podman(self, why: str) -> None:
        """Skip the calling test on Podman; `why` names the difference (docs/engines.md)."""
        if self.is_podman:
            pytest.skip(f"podman: {why}")


@pytest.fixture(scope="session")
def engine_info(docker_host: str, engine_env: dict[str, str]) -> EngineInfo:
    """What the test engine is (asked once per session, with plain httpx)."""
    if docker_host.startswith("unix://"):
        transport = httpx.HTTPTransport(uds=docker_host[len("unix://") :])
        base_url = "http://docker"
    else:
        transport = httpx.HTTPTransport()
        base_url = docker_host.replace("tcp://", "http://", 1)
    with httpx.Client(transport=transport, base_url=base_url, timeout=30) as http:
        version = http.get("/version").json()
    components = {c.get("Name", "") for c in version.get("Components") or []}
    return EngineInfo(
        name=engine_env.get("DOCKERAPI_TEST_ENGINE", "external"),
        version=version["Version"],
        api_version=version["ApiVersion"],
        min_api_version=version.get("MinAPIVersion", "1.12"),
        is_podman="Podman Engine" in components,
        ip_range=engine_env.get("DOCKERAPI_TEST_RANGE"),
        guard=engine_env.get("DOCKERAPI_TEST_GUARD"),
    )


@pytest.fixture(params=["sync", "async"])
async def client(
    request: pytest.FixtureRequest, docker_host: str
) -> AsyncIterator[APIClient | AsyncAPIClient]:
    """An APIClient, then (second run of the test) an AsyncAPIClient, on the test engine."""
    if request.param == "sync":
        with APIClient(docker_host) as client:
            yield client
    else:
        async with AsyncAPIClient(docker_host) as aclient:
            yield aclient


@pytest.fixture
def docker_py(docker_host: str, engine_info: EngineInfo) -> Iterator[Any]:
    """docker-py's APIClient on the same engine, as an oracle, at the API version our
    clients negotiate there (the engine's own)."""
    docker = pytest.importorskip("docker")
    client = docker.APIClient(base_url=docker_host, version=engine_info.api_version)
    yield client
    client.close()


@pytest.fixture(params=["sync", "async"])
async def docker_client(
    request: pytest.FixtureRequest, docker_host: str
) -> AsyncIterator[DockerClient | AsyncDockerClient]:
    """The high-level client: a DockerClient, then (second run) an AsyncDockerClient."""
    if request.param == "sync":
        with DockerClient(docker_host) as client:
            yield client
    else:
        async with AsyncDockerClient(docker_host) as aclient:
            yield aclient


@pytest.fixture
def docker_py_client(docker_host: str, engine_info: EngineInfo) -> Iterator[Any]:
    """docker-py's high-level DockerClient on the same engine, as an oracle, at the
    engine's own API version."""
    docker = pytest.importorskip("docker")
    client = docker.DockerClient(base_url=docker_host, version=engine_info.api_version)
    yield client
    client.close()


#: The label key of what the high-level tests create (the `tag` fixture gives its value).
_OWNED_LABEL = "dockerapi.test.models"


def _force_removed(docker_py: Any, container: str) -> None:
    """Remove `container` with force, once more after Podman 4.3 raced itself: a container
    exiting as it is removed (`cat` whose stdin just closed) can fail with 500 "could not
    be stopped: ... container state improper: stopped" (docs/engines.md)."""
    from docker.errors import APIError as DockerPyAPIError

    try:
        docker_py.remove_container(container, force=True)
    except DockerPyAPIError as error:
        if "container state improper" not in str(error):
            raise
        time.sleep(0.5)
        docker_py.remove_container(container, force=True)


@pytest.fixture
def tag(docker_py: Any) -> Iterator[str]:
    """A value unique to the test for the label `dockerapi.test.models`; the containers, images,
    networks and volumes carrying it are removed afterwards."""
    value = uuid.uuid4().hex[:12]
    yield value
    selector = {"label": f"{_OWNED_LABEL}={value}"}
    for container in docker_py.containers(all=True, filters=selector):
        _force_removed(docker_py, container["Id"])
    for image in docker_py.images(filters=selector):
        docker_py.remove_image(image["Id"], force=True)
    for network in docker_py.networks(filters=selector):
        docker_py.remove_network(network["Id"])
    for volume in docker_py.volumes(filters=selector)["Volumes"] or []:
        docker_py.remove_volume(volume["Name"], force=True)
