"""Fixtures shared by the integration tests (test files may define their own, more specific ones)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from dockerapi import APIClient, AsyncAPIClient, AsyncDockerClient, DockerClient


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
def docker_py(docker_host: str) -> Iterator[Any]:
    """docker-py's APIClient on the same engine, as an oracle."""
    docker = pytest.importorskip("docker")
    client = docker.APIClient(base_url=docker_host, version="1.41")
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
def docker_py_client(docker_host: str) -> Iterator[Any]:
    """docker-py's high-level DockerClient on the same engine, as an oracle."""
    docker = pytest.importorskip("docker")
    client = docker.DockerClient(base_url=docker_host, version="1.41")
    yield client
    client.close()


#: The label key of what the high-level tests create (the `tag` fixture gives its value).
_OWNED_LABEL = "dockerapi.test.models"


@pytest.fixture
def tag(docker_py: Any) -> Iterator[str]:
    """A value unique to the test for the label `dockerapi.test.models`; the containers, images,
    networks and volumes carrying it are removed afterwards."""
    value = uuid.uuid4().hex[:12]
    yield value
    selector = {"label": f"{_OWNED_LABEL}={value}"}
    for container in docker_py.containers(all=True, filters=selector):
        docker_py.remove_container(container["Id"], force=True)
    for image in docker_py.images(filters=selector):
        docker_py.remove_image(image["Id"], force=True)
    for network in docker_py.networks(filters=selector):
        docker_py.remove_network(network["Id"])
    for volume in docker_py.volumes(filters=selector)["Volumes"] or []:
        docker_py.remove_volume(volume["Name"], force=True)
