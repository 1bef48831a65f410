"""Networks and volumes on the real engine, sync and async, with docker-py as the oracle.

Networks made here take their subnets from the engine's private pool, which the
engine's isolation rule keeps off the uplink.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from both_clients import call
from dockerapi.errors import APIError, InvalidVersion, NotFound

pytestmark = pytest.mark.integration

IMAGE = "busybox:latest"


def unique(prefix: str) -> str:
    return f"dockerapi-{prefix}-{uuid.uuid4().hex[:8]}"


async def test_network_life_as_docker_py(client: Any, docker_py: Any, engine_info: Any) -> None:
    name = unique("net")
    created = await call(client, "create_network", name, labels={"dockerapi.test": "1"})
    try:
        assert created["Warning"] == ""
        ours = await call(client, "inspect_network", created)
        assert ours == docker_py.inspect_network(created["Id"])
        assert ours["Name"] == name and ours["Labels"] == {"dockerapi.test": "1"}
        listed = await call(client, "networks", names=[name])
        assert listed == docker_py.networks(names=[name])
        assert [network["Id"] for network in listed] == [created["Id"]]
        assert await call(client, "networks", ids=[created["Id"]]) == listed
        # Up to API 1.43 a second network of the same name is allowed unless asked not
        # to; from 1.44 names are unique anyway, and 1.46 removed CheckDuplicate.
        duplicate = {} if engine_info.api_at_least("1.44") else {"check_duplicate": True}
        if engine_info.api_at_least("1.46"):
            with pytest.raises(InvalidVersion, match=r"CheckDuplicate.*removed in API 1\.46"):
                await call(client, "create_network", name, check_duplicate=True)
        with pytest.raises(APIError) as caught:
            await call(client, "create_network", name, **duplicate)
        # Podman answers a name conflict with 500 (docs/engines.md)
        assert caught.value.status_code == (500 if engine_info.is_podman else 409)
    finally:
        await call(client, "remove_network", created["Id"])
    with pytest.raises(NotFound):
        await call(client, "inspect_network", name)


async def test_connect_with_alias_and_disconnect(
    client: Any, docker_py: Any, engine_info: Any
) -> None:
    network = unique("net")
    await call(client, "create_network", network, internal=True)
    container = docker_py.create_container(IMAGE, ["sleep", "60"])["Id"]
    try:
        docker_py.start(container)
        await call(client, "connect_container_to_network", container, network, aliases=["web"])
        endpoint = docker_py.inspect_container(container)["NetworkSettings"]["Networks"][network]
        assert "web" in endpoint["Aliases"]
        assert engine_info.in_range(endpoint["IPAddress"])  # the engine's private pool
        members = (await call(client, "inspect_network", network))["Containers"]
        assert list(members) == [container]
        await call(client, "disconnect_container_from_network", {"Id": container}, network)
        assert (await call(client, "inspect_network", network))["Containers"] == {}
    finally:
        docker_py.remove_container(container, force=True)
        await call(client, "remove_network", network)


async def test_prune_networks_removes_unused_ones(client: Any) -> None:
    label = unique("prune")
    created = await call(client, "create_network", unique("net"), labels={label: "1"})
    pruned = await call(client, "prune_networks", filters={"label": label})
    assert pruned["NetworksDeleted"] and created["Id"] not in [
        n["Id"] for n in await call(client, "networks")
    ]


async def test_volume_life_as_docker_py(client: Any, docker_py: Any, engine_info: Any) -> None:
    name = unique("vol")
    created = await call(client, "create_volume", name, driver="local", labels={"k": "v"})
    try:
        inspected = docker_py.inspect_volume(name)
        if engine_info.is_podman:  # Podman 4.3 answers a create with "Options": null
            assert created["Options"] is None and inspected["Options"] == {}
            created["Options"] = {}
        assert created == inspected
        assert created["Name"] == name and created["Labels"] == {"k": "v"}
        assert await call(client, "inspect_volume", created) == created
        listed = await call(client, "volumes", filters={"name": name})
        assert listed == docker_py.volumes(filters={"name": name})
        assert [volume["Name"] for volume in listed["Volumes"]] == [name]
    finally:
        await call(client, "remove_volume", name)
    with pytest.raises(NotFound):
        await call(client, "inspect_volume", name)


async def test_volume_in_use_needs_force_after_its_container(client: Any, docker_py: Any) -> None:
    name = unique("vol")
    await call(client, "create_volume", name)
    container = docker_py.create_container(
        IMAGE, "true", host_config=docker_py.create_host_config(binds={name: {"bind": "/data"}})
    )["Id"]
    try:
        with pytest.raises(APIError) as caught:
            await call(client, "remove_volume", name)
        assert caught.value.status_code == 409
    finally:
        docker_py.remove_container(container, force=True)
    await call(client, "remove_volume", name, force=True)


async def test_prune_volumes(client: Any) -> None:
    label = unique("prune")
    name = (await call(client, "create_volume", labels={label: "1"}))["Name"]
    pruned = await call(client, "prune_volumes", filters={"label": label})
    assert pruned["VolumesDeleted"] == [name]
