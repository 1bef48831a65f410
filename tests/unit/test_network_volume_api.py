"""docker-py's NetworkApiMixin and VolumeApiMixin with mock daemons, sync and async."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from both_clients import call, make_client, parameters
from core_fakes import FakeDaemon
from dockerapi.api.network import NetworkApiMixin
from dockerapi.api.volume import VolumeApiMixin
from dockerapi.errors import InvalidVersion, NullResource


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def answer(daemon: FakeDaemon, method: str, path: str, status: int = 200, body: Any = None) -> None:
    @daemon.route(method, path)
    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body) if body is not None else httpx.Response(status)


def sent_json(daemon: FakeDaemon) -> Any:
    return json.loads(daemon.requests[-1].content)


def sent_query(daemon: FakeDaemon) -> dict[str, str]:
    return dict(daemon.requests[-1].url.params)


@pytest.mark.parametrize(
    ("mixin", "module", "name"),
    [
        (NetworkApiMixin, "network", name)
        for name in (
            "networks",
            "create_network",
            "prune_networks",
            "remove_network",
            "inspect_network",
            "connect_container_to_network",
            "disconnect_container_from_network",
        )
    ]
    + [
        (VolumeApiMixin, "volume", name)
        for name in ("volumes", "create_volume", "inspect_volume", "prune_volumes", "remove_volume")
    ],
)
def test_signature_matches_docker_py(mixin: type, module: str, name: str) -> None:
    docker_module = pytest.importorskip(f"docker.api.{module}")
    theirs = getattr(docker_module, f"{module.capitalize()}ApiMixin")
    assert parameters(mixin, name) == parameters(theirs, name)


async def test_networks_list_and_create(kind: str) -> None:
    daemon = FakeDaemon()
    answer(daemon, "GET", "/networks", body=[{"Name": "n1"}])
    answer(daemon, "POST", "/networks/create", 201, {"Id": "net1", "Warning": ""})
    client = make_client(daemon.transport(), kind)
    assert await call(client, "networks", names=["n1"], ids=["abc"]) == [{"Name": "n1"}]
    assert json.loads(sent_query(daemon)["filters"]) == {"name": ["n1"], "id": ["abc"]}
    await call(client, "networks")
    assert sent_query(daemon) == {}
    created = await call(
        client, "create_network", "n1", driver="bridge", labels={"a": "b"}, internal=True
    )
    assert created == {"Id": "net1", "Warning": ""}
    assert sent_json(daemon) == {
        "Name": "n1",
        "Driver": "bridge",
        "Labels": {"a": "b"},
        "Internal": True,
    }
    await call(client, "create_network", "n2", enable_ipv6=True, attachable=False)
    assert sent_json(daemon) == {"Name": "n2", "EnableIPv6": True, "Attachable": False}


async def test_network_version_rules_come_from_the_table(kind: str) -> None:
    daemon = FakeDaemon("1.47")
    answer(daemon, "POST", "/networks/create", 201, {"Id": "x"})
    answer(daemon, "GET", "/networks/x", body={"Id": "x"})
    old = make_client(daemon.transport(), kind, version="1.40")
    with pytest.raises(InvalidVersion, match=r'"Scope" of NetworkCreate requires API 1\.41'):
        await call(old, "create_network", "n", scope="local")
    older = make_client(daemon.transport(), kind, version="1.27")
    with pytest.raises(InvalidVersion, match=r'"verbose" of NetworkInspect requires API 1\.28'):
        await call(older, "inspect_network", "x", verbose=True)
    new = make_client(daemon.transport(), kind, version="1.47")
    with pytest.raises(InvalidVersion, match=r'"CheckDuplicate" of NetworkCreate was removed'):
        await call(new, "create_network", "n", check_duplicate=True)
    assert daemon.requests == []
    assert await call(new, "inspect_network", {"Id": "x"}, scope="local") == {"Id": "x"}
    assert sent_query(daemon) == {"scope": "local"}


async def test_connect_and_disconnect(kind: str) -> None:
    daemon = FakeDaemon()
    answer(daemon, "POST", "/networks/net1/connect")
    answer(daemon, "POST", "/networks/net1/disconnect")
    client = make_client(daemon.transport(), kind)
    result = await call(
        client,
        "connect_container_to_network",
        {"Id": "c1"},
        {"Id": "net1"},
        ipv4_address="10.213.9.9",
        aliases=["web"],
    )
    assert result is None
    assert sent_json(daemon) == {
        "Container": "c1",
        "EndpointConfig": {"Aliases": ["web"], "IPAMConfig": {"IPv4Address": "10.213.9.9"}},
    }
    await call(client, "disconnect_container_from_network", "c1", "net1", force=True)
    assert sent_json(daemon) == {"Container": "c1", "Force": True}
    await call(client, "disconnect_container_from_network", "c1", "net1")
    assert sent_json(daemon) == {"Container": "c1"}
    with pytest.raises(InvalidVersion, match=r"EndpointConfig\.MacAddress.*1\.44"):
        await call(
            client, "connect_container_to_network", "c1", "net1", mac_address="02:42:0:0:0:1"
        )


async def test_prune_and_remove(kind: str) -> None:
    daemon = FakeDaemon()
    answer(daemon, "POST", "/networks/prune", body={"NetworksDeleted": ["n1"]})
    answer(daemon, "DELETE", "/networks/n1", 204)
    answer(daemon, "POST", "/volumes/prune", body={"VolumesDeleted": [], "SpaceReclaimed": 0})
    answer(daemon, "DELETE", "/volumes/v1", 204)
    client = make_client(daemon.transport(), kind)
    assert await call(client, "prune_networks", filters={"until": "1h"}) == {
        "NetworksDeleted": ["n1"]
    }
    assert json.loads(sent_query(daemon)["filters"]) == {"until": ["1h"]}
    assert await call(client, "remove_network", "n1") is None
    assert await call(client, "prune_volumes") == {"VolumesDeleted": [], "SpaceReclaimed": 0}
    assert await call(client, "remove_volume", {"Name": "v1", "Driver": "local"}) is None
    assert sent_query(daemon) == {}
    await call(client, "remove_volume", "v1", force=True)
    assert sent_query(daemon) == {"force": "true"}
    count = len(daemon.requests)
    for name in ("remove_network", "inspect_network", "remove_volume", "inspect_volume"):
        with pytest.raises(NullResource):
            await call(client, name, "")
    assert len(daemon.requests) == count


async def test_volumes(kind: str) -> None:
    daemon = FakeDaemon()
    answer(daemon, "GET", "/volumes", body={"Volumes": None, "Warnings": None})
    answer(daemon, "POST", "/volumes/create", 201, {"Name": "v1", "Driver": "local"})
    answer(daemon, "GET", "/volumes/v1", body={"Name": "v1"})
    client = make_client(daemon.transport(), kind)
    assert await call(client, "volumes", filters={"dangling": True}) == {
        "Volumes": [],
        "Warnings": None,
    }
    assert json.loads(sent_query(daemon)["filters"]) == {"dangling": ["true"]}
    assert (await call(client, "create_volume", "v1", labels={"k": "v"}))["Name"] == "v1"
    assert sent_json(daemon) == {"Name": "v1", "Labels": {"k": "v"}}
    await call(client, "create_volume")
    assert sent_json(daemon) == {}
    assert await call(client, "inspect_volume", "v1") == {"Name": "v1"}
    count = len(daemon.requests)
    with pytest.raises(TypeError, match="driver_opts must be a dictionary"):
        await call(client, "create_volume", "v2", driver_opts=["a=b"])
    assert len(daemon.requests) == count
