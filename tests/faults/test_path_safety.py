"""Issue 13, problems 1 and 2: a path parameter can never change the request path.

Every path-parameter style of both layers (docker-py methods: containers, exec,
networks, volumes, images, swarm objects and plugins; `client.engine`: ids and names of every kind, image and plugin
names with `/` and `:`) is tried with traversal attempts, empty values and
non-strings, which must be refused before anything is sent, and with odd but
harmless values, which must arrive at the daemon inside their one path segment.
"""

from __future__ import annotations

import inspect
from typing import Any
from urllib.parse import unquote

import pytest
from both_clients import call
from conftest import Connect
from dockerapi.errors import DockerException, InvalidArgument, NotFound, NullResource
from fake_daemon import FakeDaemon

REFUSED: list[Any] = [
    None,
    "",
    5,
    1.5,
    ["a"],
    b"abc",
    "..",
    ".",
    "../images/victim:latest",
    "../../images/json",
    "a/../b",
    "a/./b",
    "a/..",
    "/a",
    "a/",
    "a//b",
]

#: Odd values that are harmless once escaped: each must reach the daemon whole.
KEPT = [
    "plain",
    "a?b=c",
    "a#fragment",
    "a b",
    "a%2F..%2Fb",
    "a\r\nX-Injected: 1",
    "névé",
    "a;b,c",
    "...",
    ".hidden",
    "a..b",
    "registry:5000/lib/app:1",
    "app@sha256:" + "a" * 64,
]

# method -> (path before the value, path after it, arguments after the value)
FACADE: dict[str, tuple[str, str, tuple[Any, ...]]] = {
    "inspect_container": ("/containers/", "/json", ()),
    "remove_container": ("/containers/", "", ()),
    "exec_inspect": ("/exec/", "/json", ()),
    "inspect_network": ("/networks/", "", ()),
    "inspect_volume": ("/volumes/", "", ()),
    "inspect_image": ("/images/", "/json", ()),
    "history": ("/images/", "/history", ()),
    "remove_image": ("/images/", "", ()),
    "get_image": ("/images/", "/get", ()),
    "tag": ("/images/", "/tag", ("app", "1")),
    "inspect_node": ("/nodes/", "", ()),
    "update_node": ("/nodes/", "/update", (5, {})),
    "remove_node": ("/nodes/", "", ()),
    "inspect_service": ("/services/", "", ()),
    "update_service": ("/services/", "/update", (5,)),
    "remove_service": ("/services/", "", ()),
    "service_logs": ("/services/", "/logs", ()),
    "inspect_task": ("/tasks/", "", ()),
    "inspect_secret": ("/secrets/", "", ()),
    "remove_secret": ("/secrets/", "", ()),
    "inspect_config": ("/configs/", "", ()),
    "remove_config": ("/configs/", "", ()),
    "inspect_plugin": ("/plugins/", "/json", ()),
    "configure_plugin": ("/plugins/", "/set", ({"DEBUG": "1"},)),
    "enable_plugin": ("/plugins/", "/enable", ()),
    "disable_plugin": ("/plugins/", "/disable", ()),
    "upgrade_plugin": ("/plugins/", "/upgrade", ("registry:5000/vol:2", [])),
    "remove_plugin": ("/plugins/", "", ()),
}
#: The high-level client's collections: `client.<collection>.get(value)` -> the path.
HIGH_LEVEL = {
    "containers": ("/containers/", "/json"),
    "images": ("/images/", "/json"),
    "networks": ("/networks/", ""),
    "volumes": ("/volumes/", ""),
}
ENGINE = {
    "ContainerInspect": ("/containers/", "/json"),
    "ContainerDelete": ("/containers/", ""),
    "ImageInspect": ("/images/", "/json"),
    "ImageDelete": ("/images/", ""),
    "ImageHistory": ("/images/", "/history"),
    "PluginInspect": ("/plugins/", "/json"),
    "DistributionInspect": ("/distribution/", "/json"),
    "VolumeInspect": ("/volumes/", ""),
    "NetworkInspect": ("/networks/", ""),
    "ExecInspect": ("/exec/", "/json"),
    "SecretInspect": ("/secrets/", ""),
    "ConfigInspect": ("/configs/", ""),
    "NodeInspect": ("/nodes/", ""),
    "ServiceInspect": ("/services/", ""),
    "TaskInspect": ("/tasks/", ""),
}


async def _engine_call(client: Any, operation_id: str, value: Any) -> Any:
    from docker_engine_api._operations import OPERATIONS

    operation = OPERATIONS[operation_id]
    (param,) = operation.path_params
    return await call(client.engine, operation.name, **{param.python_name: value})


def _assert_one_segment(daemon: FakeDaemon, prefix: str, suffix: str, value: str) -> None:
    exchange = daemon.received()[-1]
    path = exchange.path
    assert path.startswith(prefix) and path.endswith(suffix), path
    segment = path[len(prefix) : len(path) - len(suffix)]
    assert "/" not in segment and "?" not in segment and "#" not in segment, segment
    assert unquote(segment) == value
    assert exchange.query == "" or "X-Injected" not in exchange.query


@pytest.mark.parametrize("method", sorted(FACADE))
async def test_facade_refuses_before_sending(
    daemon: FakeDaemon, connect: Connect, method: str
) -> None:
    client = connect()
    *_, extra = FACADE[method]
    for value in [*REFUSED, {"Id": "../x"}, {"Id": None}, {"ID": ""}, {}]:
        with pytest.raises((InvalidArgument, NullResource)):
            await call(client, method, value, *extra)
        assert daemon.received() == [], value


@pytest.mark.parametrize("method", sorted(FACADE))
async def test_facade_keeps_odd_names_in_one_segment(
    daemon: FakeDaemon, connect: Connect, method: str
) -> None:
    client = connect()
    prefix, suffix, extra = FACADE[method]
    for sent, value in enumerate(KEPT, 1):
        with pytest.raises(NotFound):
            await call(client, method, value, *extra)
        assert len(daemon.received()) == sent, value
        _assert_one_segment(daemon, prefix, suffix, value)


@pytest.mark.parametrize("operation_id", sorted(ENGINE))
async def test_engine_refuses_before_sending(
    daemon: FakeDaemon, connect: Connect, operation_id: str
) -> None:
    client = connect()
    for value in REFUSED:
        with pytest.raises((InvalidArgument, NullResource)) as caught:
            await _engine_call(client, operation_id, value)
        assert isinstance(caught.value, DockerException)
        assert daemon.received() == [], value


@pytest.mark.parametrize("operation_id", sorted(ENGINE))
async def test_engine_keeps_odd_names_in_one_segment(
    daemon: FakeDaemon, connect: Connect, operation_id: str
) -> None:
    client = connect()
    prefix, suffix = ENGINE[operation_id]
    for sent, value in enumerate(KEPT, 1):
        with pytest.raises(NotFound):
            await _engine_call(client, operation_id, value)
        assert len(daemon.received()) == sent, value
        _assert_one_segment(daemon, prefix, suffix, value)


async def test_engine_none_no_longer_deletes_a_container_named_none(
    daemon: FakeDaemon, connect: Connect
) -> None:
    # Issue 13: container_delete(id=None, force=True) sent DELETE /containers/None.
    client = connect()
    with pytest.raises(NullResource, match="'id' of container_delete"):
        await call(client.engine, "container_delete", id=None, force=True)
    assert daemon.received() == []


async def test_image_references_arrive_as_the_cli_writes_them(
    daemon: FakeDaemon, connect: Connect
) -> None:
    client = connect()
    with pytest.raises(NotFound):
        await _engine_call(client, "ImageInspect", "registry:5000/lib/app:1")
    (exchange,) = daemon.received()
    # ":" stays literal; "/" is escaped (the daemon decodes it before routing)
    assert exchange.raw_path == "/v1.41/images/registry:5000%2Flib%2Fapp:1/json"


@pytest.mark.parametrize("collection", sorted(HIGH_LEVEL))
async def test_high_level_client_keeps_names_in_one_segment(
    daemon: FakeDaemon, flavour: str, collection: str
) -> None:
    from dockerapi.client import AsyncDockerClient, DockerClient

    cls = DockerClient if flavour == "sync" else AsyncDockerClient
    client = cls(base_url=daemon.url, version="1.41")
    try:
        for value in REFUSED:
            with pytest.raises((InvalidArgument, NullResource)):
                await call(getattr(client, collection), "get", value)
        assert daemon.received() == []
        prefix, suffix = HIGH_LEVEL[collection]
        for sent, value in enumerate(KEPT, 1):
            with pytest.raises(NotFound):
                await call(getattr(client, collection), "get", value)
            assert len(daemon.received()) == sent, value
            _assert_one_segment(daemon, prefix, suffix, value)
    finally:
        closed = client.close()
        if inspect.isawaitable(closed):
            await closed


async def test_private_url_helper_keeps_arguments_in_one_segment(
    daemon: FakeDaemon, connect: Connect
) -> None:
    # docker-py's `_url` quotes with "/" kept, so `_url("/containers/{0}/json", "../x")`
    # leaves the route; here each argument goes through the one rule.
    client = connect()
    for value in REFUSED:
        error = ValueError if not isinstance(value, str) else (InvalidArgument, NullResource)
        with pytest.raises(error):
            client._url("/containers/{0}/json", value)
    for sent, value in enumerate(KEPT, 1):
        response = await call(client, "_get", client._url("/containers/{0}/json", value))
        assert response.status_code == 404
        assert len(daemon.received()) == sent, value
        _assert_one_segment(daemon, "/containers/", "/json", value)
