"""`client.networks` / `Network`, `client.volumes` / `Volume` and the high-level client's own
methods on the real engine, DockerClient and AsyncDockerClient (one test body for both)."""

from __future__ import annotations

import time
from typing import Any

import pytest
from both_clients import call, items, resolve
from dockerapi import AsyncDockerClient
from dockerapi.errors import ImageNotFound, NotFound
from dockerapi.models.containers import AsyncContainer, Container
from dockerapi.models.networks import AsyncNetwork, Network
from dockerapi.models.volumes import AsyncVolume, Volume
from event_window import events_until

pytestmark = pytest.mark.integration

#: What these tests create carries this label with the `tag` fixture's value (see conftest).
LABEL = "dockerapi.test.models"

IMAGE = "busybox:latest"


def labels(tag: str) -> dict[str, str]:
    return {LABEL: tag}


def flavour(client: Any, sync_class: type, async_class: type) -> type:
    return async_class if isinstance(client, AsyncDockerClient) else sync_class


# -- networks ------------------------------------------------------------------


async def test_network_create_get_list_like_docker_py(
    docker_client: Any, docker_py_client: Any, tag: str
) -> None:
    name = f"dockerapi-net-{tag}"
    network = await call(docker_client.networks, "create", name, labels=labels(tag))
    assert isinstance(network, flavour(docker_client, Network, AsyncNetwork))
    assert network.name == name and network.attrs["Labels"] == labels(tag)
    got = await call(docker_client.networks, "get", name)
    assert got == network and got.attrs == docker_py_client.networks.get(name).attrs
    assert repr(got) == f"<{type(got).__name__}: {network.id[:12]}>"
    listed = await call(docker_client.networks, "list", names=[name])
    assert listed == [network]
    assert [n.attrs for n in listed] == [
        n.attrs for n in docker_py_client.networks.list(names=[name])
    ]
    by_label = await call(docker_client.networks, "list", filters={"label": f"{LABEL}={tag}"})
    assert by_label == [network]
    typed = network.model
    assert typed.name == name and typed.id == network.id
    await call(network, "remove")
    with pytest.raises(NotFound):
        await call(docker_client.networks, "get", name)


async def test_connect_disconnect_and_the_containers_of_a_network(
    docker_client: Any, tag: str, engine_info: Any
) -> None:
    network = await call(
        docker_client.networks, "create", f"dockerapi-net-{tag}", labels=labels(tag)
    )
    container = await call(
        docker_client.containers, "run", IMAGE, "sleep 300", detach=True, labels=labels(tag)
    )
    await call(network, "connect", container, aliases=["buddy"])
    assert await resolve(network.containers) == []  # attrs are from before the connect
    await call(network, "reload")
    attached = await resolve(network.containers)
    assert attached == [container]
    assert isinstance(attached[0], flavour(docker_client, Container, AsyncContainer))
    await call(container, "reload")
    endpoint = container.attrs["NetworkSettings"]["Networks"][network.name]
    assert "buddy" in endpoint["Aliases"]

    (listed,) = await call(docker_client.networks, "list", names=[network.name])
    # Docker's list does not say which containers, Podman's does
    assert list(listed.attrs["Containers"]) == ([container.id] if engine_info.is_podman else [])
    (greedy,) = await call(docker_client.networks, "list", names=[network.name], greedy=True)
    assert list(greedy.attrs["Containers"]) == [container.id]

    await call(network, "disconnect", container.id, force=True)
    await call(network, "reload")
    assert await resolve(network.containers) == []


async def test_network_prune_with_a_label_filter(docker_client: Any, tag: str) -> None:
    network = await call(
        docker_client.networks, "create", f"dockerapi-net-{tag}", labels=labels(tag)
    )
    pruned = await call(docker_client.networks, "prune", filters={"label": f"{LABEL}={tag}"})
    assert pruned["NetworksDeleted"] == [network.name]


# -- volumes -------------------------------------------------------------------


async def test_volume_create_get_list_remove_like_docker_py(
    docker_client: Any, docker_py_client: Any, tag: str, engine_info: Any
) -> None:
    name = f"dockerapi-vol-{tag}"
    volume = await call(docker_client.volumes, "create", name, driver="local", labels=labels(tag))
    assert isinstance(volume, flavour(docker_client, Volume, AsyncVolume))
    assert volume.id == volume.name == name and volume.short_id == name[:12]
    inspected = docker_py_client.volumes.get(name).attrs
    if engine_info.is_podman:  # create answers `"Options": null`, inspect `{}`
        inspected = {**inspected, "Options": None}
    assert volume.attrs == inspected
    got = await call(docker_client.volumes, "get", name)
    assert got == volume and hash(got) == hash(volume)
    listed = await call(docker_client.volumes, "list", filters={"label": f"{LABEL}={tag}"})
    assert listed == [volume]
    assert volume.model.name == name and volume.model.driver == "local"
    await call(got, "reload")
    assert got.attrs == docker_py_client.volumes.get(name).attrs
    assert got.attrs == volume.attrs or engine_info.is_podman
    await call(volume, "remove")
    with pytest.raises(NotFound):
        await call(docker_client.volumes, "get", name)
    assert await call(docker_client.volumes, "list", filters={"name": name}) == []


async def test_anonymous_volume_and_prune_with_a_label_filter(docker_client: Any, tag: str) -> None:
    volume = await call(docker_client.volumes, "create", labels=labels(tag))
    assert len(volume.name) == 64  # named by the daemon
    pruned = await call(docker_client.volumes, "prune", filters={"label": f"{LABEL}={tag}"})
    assert pruned["VolumesDeleted"] == [volume.name]


# -- images, so far -------------------------------------------------------------


async def test_images_get_and_list(
    docker_client: Any, docker_py_client: Any, engine_info: Any
) -> None:
    image = await call(docker_client.images, "get", IMAGE)
    assert engine_info.repo_tag(IMAGE) in image.tags and image.id.startswith("sha256:")
    assert image.attrs == docker_py_client.images.get(IMAGE).attrs
    assert image.model.id == image.id
    listed = await call(docker_client.images, "list", name="busybox")
    assert image in listed
    assert image in await call(docker_client.images, "list", filters={"reference": IMAGE})
    await call(image, "reload")
    assert image.tags == docker_py_client.images.get(IMAGE).tags
    with pytest.raises(ImageNotFound):
        await call(docker_client.images, "get", "dockerapi-no-such-image:0")


# -- the client's own methods --------------------------------------------------


async def test_daemon_methods_like_docker_py(
    docker_client: Any, docker_py_client: Any, engine_info: Any
) -> None:
    assert await call(docker_client, "ping") is True
    version = await call(docker_client, "version")
    assert version == docker_py_client.version()
    assert (await call(docker_client, "version", api_version=False))["ApiVersion"]
    info = await call(docker_client, "info")
    if not engine_info.is_podman:  # Podman's ID changes on every call
        assert info["ID"] == docker_py_client.info()["ID"]
    assert info["Name"] == docker_py_client.info()["Name"]
    assert set(await call(docker_client, "df")) >= {"Images", "Containers", "Volumes"}


async def test_events_of_our_own_container(docker_client: Any, tag: str, engine_info: Any) -> None:
    since = int(time.time()) - 1
    container = await call(docker_client.containers, "create", IMAGE, "true", labels=labels(tag))
    await call(container, "remove")
    stream = await call(
        docker_client, "events", since=since, until=events_until(engine_info.is_podman), decode=True,
        filters={"type": "container", "label": f"{LABEL}={tag}"},
    )  # fmt: skip
    actions = [event["Action"] for event in await items(stream)]
    assert actions == ["create", "remove" if engine_info.is_podman else "destroy"]


async def test_low_level_names_point_to_api(docker_client: Any) -> None:
    with pytest.raises(AttributeError, match=r"client\.api\.create_container"):
        docker_client.create_container  # noqa: B018
    with pytest.raises(AttributeError, match="no attribute 'nothing_like_this'"):
        docker_client.nothing_like_this  # noqa: B018
    assert docker_client.containers is docker_client.containers
    with pytest.raises(TypeError, match="not callable"):
        docker_client.containers()
