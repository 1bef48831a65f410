"""The high-level swarm objects on real engines, DockerClient and AsyncDockerClient (one
test body for both): `services`/`Service`, `nodes`/`Node`, `swarm`, `secrets`/`Secret`,
`configs`/`Config` and `plugins`/`Plugin`, with docker-py's high-level client as the
oracle where results are compared.

Services, nodes, secrets and configs live in the manager's swarm (conftest.py); the
swarm's own life (init, update, join, leave) is the worker's engine's, which makes
swarms of its own; the plugin is the conftest's (`plugin_directories`), made, pushed and
pulled here through the models.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from both_clients import call, items, resolve
from dockerapi import APIClient, AsyncDockerClient
from dockerapi.errors import APIError, DockerException, InvalidArgument, NotFound
from dockerapi.models.configs import AsyncConfig, Config
from dockerapi.models.nodes import AsyncNode, Node
from dockerapi.models.plugins import AsyncPlugin, Plugin
from dockerapi.models.secrets import AsyncSecret, Secret
from dockerapi.models.services import AsyncService, Service
from dockerapi.models.swarm import DEFAULT_NODE_CERT_EXPIRY, AsyncSwarm, Swarm
from dockerapi.types import ServiceMode

pytestmark = pytest.mark.integration

IMAGE = "busybox:latest"
#: The fixtures' types (tests/integration/swarm/conftest.py), by name.
SwarmFixture = SwarmEngine = Any


def flavour(client: Any, sync_class: type, async_class: type) -> type:
    return async_class if isinstance(client, AsyncDockerClient) else sync_class


def mine(owned: dict[str, str]) -> dict[str, str]:
    ((key, value),) = owned.items()
    return {"label": f"{key}={value}"}


def unique(prefix: str) -> str:
    return f"dockerapi-{prefix}-{uuid.uuid4().hex[:8]}"


async def swarm_of(client: Any) -> Any:
    """The client's swarm, read (the blocking `client.swarm` reads it when made)."""
    swarm = client.swarm
    if isinstance(swarm, AsyncSwarm):
        await swarm.reload()
    return swarm


# -- services ----------------------------------------------------------------------------


def update_started(service: Any) -> Any:
    """When the service's last update started (None before its first)."""
    return (service.attrs.get("UpdateStatus") or {}).get("StartedAt")


async def rolled_out(service: Any, before: Any) -> bool:
    """Read the service again; True once an update started after `before` is rolled
    out (the daemon raises the version while an update progresses, so an update
    based on a read made before that is refused)."""
    await call(service, "reload")
    status = service.attrs.get("UpdateStatus") or {}
    return status.get("State") == "completed" and status.get("StartedAt") != before


async def test_a_service_from_create_to_remove(
    docker_client: Any, docker_py_client: Any, owned: dict[str, str], until: Any
) -> None:
    name = unique("svc")
    service = await call(
        docker_client.services,
        "create",
        IMAGE,
        ["sh", "-c", "echo started; echo oops >&2; sleep 300"],
        name=name,
        labels=owned,
        container_labels={"role": "web"},
        env={"GREETING": "hello"},
        constraints=["node.role==manager"],
        log_driver="json-file",
        log_driver_options={"max-size": "1m"},
        mode=ServiceMode("replicated", replicas=1),
    )
    assert isinstance(service, flavour(docker_client, Service, AsyncService))
    assert service.name == name and service.attrs == docker_py_client.services.get(name).attrs
    spec = service.attrs["Spec"]["TaskTemplate"]
    assert spec["ContainerSpec"]["Labels"] == {"role": "web"}
    assert spec["ContainerSpec"]["Env"] == ["GREETING=hello"]
    assert spec["Placement"] == {"Constraints": ["node.role==manager"]}
    assert spec["LogDriver"] == {"Name": "json-file", "Options": {"max-size": "1m"}}
    assert service.model.spec.labels == owned and service.model.id == service.id
    assert repr(service) == f"<{type(service).__name__}: {service.id[:12]}>"

    got = await call(docker_client.services, "get", name, insert_defaults=True)
    assert got == service and hash(got) == hash(service)
    assert got.attrs["Spec"]["UpdateConfig"]  # the daemon's defaults, filled in
    assert await call(docker_client.services, "list", filters=mine(owned)) == [service]
    (counted,) = await call(docker_client.services, "list", filters=mine(owned), status=True)
    assert "ServiceStatus" in counted.attrs

    async def running() -> Any:
        tasks = await call(service, "tasks", filters={"desired-state": "running"})
        return tasks if any(t["Status"]["State"] == "running" for t in tasks) else None

    (task,) = await until(running, "the service's task to run")
    assert task["ServiceID"] == service.id

    async def logged() -> bytes:
        stream = await call(service, "logs", stdout=True, stderr=True)
        return b"".join(await items(stream))

    output = await until(logged, "the service's output")
    assert b"started\n" in output and b"oops\n" in output
    demuxed = await items(await call(service, "logs", stderr=True, demux=True))
    assert (None, b"oops\n") in demuxed

    # update: the image is kept, the rest of the spec too (the current spec is fetched)
    version, before = service.version, update_started(service)
    await call(service, "update", env=["GREETING=bye"], force_update=True)
    await until(lambda: rolled_out(service, before), "the update to roll out")
    assert service.version > version
    container = service.attrs["Spec"]["TaskTemplate"]["ContainerSpec"]
    assert container["Image"].startswith(IMAGE) and container["Env"] == ["GREETING=bye"]
    assert container["Labels"] == {"role": "web"} and service.attrs["Spec"]["Labels"] == owned
    assert service.attrs["Spec"]["TaskTemplate"]["ForceUpdate"] == 1
    before = update_started(service)
    await call(service, "force_update")
    await until(lambda: rolled_out(service, before), "the forced update to roll out")
    assert service.attrs["Spec"]["TaskTemplate"]["ForceUpdate"] == 2

    await call(service, "scale", 2)  # (no rolling update: only the count changes)
    await call(service, "reload")
    assert service.attrs["Spec"]["Mode"] == {"Replicated": {"Replicas": 2}}
    assert service.attrs["Spec"]["TaskTemplate"]["ContainerSpec"]["Env"] == ["GREETING=bye"]
    # an update based on a stale read is refused by the daemon
    stale = docker_client.services.prepare_model(dict(got.attrs))
    with pytest.raises(APIError, match="out of sequence"):
        await call(stale, "update", env=["X=1"])

    assert await call(service, "remove") is True
    with pytest.raises(NotFound):
        await call(docker_client.services, "get", service.id)


async def test_bad_service_arguments_make_nothing(
    docker_client: Any, owned: dict[str, str]
) -> None:
    with pytest.raises(TypeError, match="unexpected keyword argument 'replicas'"):
        await call(docker_client.services, "create", IMAGE, name=unique("svc"), replicas=2)
    global_service = await call(
        docker_client.services, "create", IMAGE, "sleep 300", labels=owned, mode="global"
    )
    with pytest.raises(InvalidArgument, match="global"):
        await call(global_service, "scale", 2)
    assert await call(docker_client.services, "list", filters=mine(owned)) == [global_service]


# -- nodes -------------------------------------------------------------------------------


async def test_the_managers_node(
    docker_client: Any, docker_py_client: Any, swarm: SwarmFixture
) -> None:
    (node,) = await call(docker_client.nodes, "list", filters={"role": "manager"})
    assert isinstance(node, flavour(docker_client, Node, AsyncNode))
    assert node.id == swarm.node_id and node.attrs == docker_py_client.nodes.get(node.id).attrs
    assert await call(docker_client.nodes, "get", swarm.node_id) == node
    assert node.model.spec.role == "manager" and node.model.status.state == "ready"
    original = dict(node.attrs["Spec"])
    version = node.version
    try:
        spec = {**original, "Labels": {"dockerapi.test": "models"}}
        assert await call(node, "update", spec) is True
        await call(node, "reload")
        assert node.version > version
        assert node.attrs["Spec"]["Labels"] == {"dockerapi.test": "models"}
        labelled = await call(docker_client.nodes, "list", filters={"node.label": "dockerapi.test"})
        assert labelled == [node]
    finally:
        await call(node, "reload")
        await call(node, "update", original)
    with pytest.raises(NotFound):
        await call(docker_client.nodes, "get", "no-such-node")


# -- the swarm -------------------------------------------------------------------------------


async def test_the_managers_swarm(
    docker_client: Any, docker_py_client: Any, swarm: SwarmFixture
) -> None:
    read = await swarm_of(docker_client)
    assert isinstance(read, flavour(docker_client, Swarm, AsyncSwarm))
    assert read.attrs["ID"] == docker_py_client.swarm.attrs["ID"] == read.id
    assert read.version == docker_py_client.swarm.version
    assert read.model.id == read.id and "SWMTKN" not in repr(read.model)
    assert "SWMTKN" not in repr(read.attrs["JoinTokens"])  # credentials masked
    assert read.attrs["JoinTokens"]["Worker"].startswith("SWMTKN-")


async def _alone(client: Any, engine: SwarmEngine) -> None:
    """The engine in no swarm, with its own docker_gwbridge ready."""
    await call(client.swarm, "leave", force=True)
    engine.wait_for_no_ingress()
    with APIClient(engine.host) as api:
        engine.prepare_gwbridge(api)


@pytest.mark.swarm_lifecycle
async def test_init_update_and_leave_a_swarm(
    worker_client: Any, worker_engine: SwarmEngine, leave_forcibly: Any
) -> None:
    await _alone(worker_client, worker_engine)
    swarm = worker_client.swarm  # (the blocking client's read found no swarm)
    assert swarm.attrs == {} and swarm.version is None
    try:
        node_id = await call(
            swarm,
            "init",
            advertise_addr=worker_engine.address,
            listen_addr=worker_engine.listen_addr,
            default_addr_pool=[worker_engine.address_pool],
            data_path_port=worker_engine.data_path_port,
            snapshot_interval=5000,
            autolock_managers=True,
        )
        worker_engine.wait_for_ingress()
        assert swarm.id and swarm.version  # read after init
        assert swarm.attrs["Spec"]["Raft"]["SnapshotInterval"] == 5000
        assert (await call(worker_client, "info"))["Swarm"]["NodeID"] == node_id
        key = await call(swarm, "get_unlock_key")
        assert key["UnlockKey"].startswith("SWMKEY-") and "SWMKEY" not in repr(key)

        tokens = dict(swarm.attrs["JoinTokens"])
        assert await call(swarm, "update", rotate_worker_token=True, snapshot_interval=6000)
        await call(swarm, "reload")
        spec = swarm.attrs["Spec"]
        assert spec["Raft"]["SnapshotInterval"] == 6000
        assert spec["CAConfig"]["NodeCertExpiry"] == DEFAULT_NODE_CERT_EXPIRY
        # settings not given go back to their defaults, as with docker-py
        assert not spec["EncryptionConfig"]["AutoLockManagers"]
        assert swarm.attrs["JoinTokens"]["Worker"] != tokens["Worker"]
        assert swarm.attrs["JoinTokens"]["Manager"] == tokens["Manager"]
    finally:
        assert await leave_forcibly(swarm, "leave") is True
    after = worker_client.swarm
    assert after.attrs == {} if isinstance(after, Swarm) else after is swarm
    with pytest.raises(APIError) as refused:
        await call(after, "reload")
    assert refused.value.status_code == 503


async def test_a_worker_joins_the_managers_swarm(
    docker_client: Any,
    worker_client: Any,
    swarm: SwarmFixture,
    worker_engine: SwarmEngine,
    until: Any,
) -> None:
    await _alone(worker_client, worker_engine)
    tokens = (await swarm_of(docker_client)).attrs["JoinTokens"]
    assert await call(
        worker_client.swarm,
        "join",
        [swarm.engine.listen_addr],
        tokens["Worker"],
        listen_addr=worker_engine.listen_addr,
        advertise_addr=worker_engine.address,
        data_path_addr=worker_engine.address,
    )
    worker_id = (await call(worker_client, "info"))["Swarm"]["NodeID"]

    async def ready() -> Any:
        node = await call(docker_client.nodes, "get", worker_id)
        return node if node.attrs["Status"]["State"] == "ready" else None

    node = await until(ready, "the worker to be ready")
    try:
        assert {n.id for n in await call(docker_client.nodes, "list")} == {swarm.node_id, node.id}
        assert node.model.spec.role == "worker"
        await call(node, "update", {**node.attrs["Spec"], "Availability": "drain"})
        await call(node, "reload")
        assert node.attrs["Spec"]["Availability"] == "drain"
    finally:
        assert await call(worker_client.swarm, "leave") is True
    assert await call(node, "remove", force=True) is True
    with pytest.raises(NotFound):
        await call(docker_client.nodes, "get", worker_id)


# -- secrets and configs -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "sync_class", "async_class"),
    [("secrets", Secret, AsyncSecret), ("configs", Config, AsyncConfig)],
)
async def test_secrets_and_configs(
    docker_client: Any,
    docker_py_client: Any,
    owned: dict[str, str],
    kind: str,
    sync_class: type,
    async_class: type,
) -> None:
    collection = getattr(docker_client, kind)
    name = unique(kind)
    made = await call(collection, "create", name=name, data=b"s3cr3t\n", labels=owned)
    assert isinstance(made, flavour(docker_client, sync_class, async_class))
    assert made.name == name and repr(made) == f"<{type(made).__name__}: '{name}'>"
    assert set(made.attrs) == {"ID", "Spec"}  # docker-py's model of a new one
    await call(made, "reload")
    assert made.attrs == getattr(docker_py_client, kind).get(made.id).attrs
    assert made.model.spec.name == name and made.model.spec.labels == owned
    assert await call(collection, "get", name) == made
    assert await call(collection, "list", filters=mine(owned)) == [made]
    assert await call(collection, "list", filters={"name": name}) == [made]
    assert await call(made, "remove") is True
    with pytest.raises(NotFound):
        await call(collection, "get", made.id)
    with pytest.raises(InvalidArgument, match="name"):
        await call(collection, "create", name="no/slashes", data="x")


async def test_a_service_with_a_secret_and_a_config(
    docker_client: Any, owned: dict[str, str], until: Any
) -> None:
    from dockerapi.types import ConfigReference, SecretReference

    secret = await call(
        docker_client.secrets, "create", name=unique("secret"), data="pw\n", labels=owned
    )
    config = await call(
        docker_client.configs, "create", name=unique("config"), data="conf\n", labels=owned
    )
    service = await call(
        docker_client.services,
        "create",
        IMAGE,
        ["sh", "-c", "cat /run/secrets/pw /conf; sleep 300"],
        labels=owned,
        secrets=[SecretReference(secret.id, secret.name, filename="pw")],
        configs=[ConfigReference(config.id, config.name, filename="/conf")],
        log_driver="json-file",
    )

    async def logged() -> bytes:
        return b"".join(await items(await call(service, "logs", stdout=True)))

    assert await until(logged, "the service's output") == b"pw\nconf\n"
    with pytest.raises(APIError, match="in use"):
        await call(secret, "remove")


# -- plugins ---------------------------------------------------------------------------------


async def test_a_plugin_made_pushed_installed_configured_and_upgraded(
    docker_client: Any,
    docker_py_client: Any,
    plugin_directories: dict[str, Path],
    plugin_names: dict[str, str],
    push_progress: Any,
) -> None:
    v1, v2, local = plugin_names["v1"], plugin_names["v2"], plugin_names["local"]
    plugins = docker_client.plugins
    made = await call(plugins, "create", v1, plugin_directories["1"])
    assert isinstance(made, flavour(docker_client, Plugin, AsyncPlugin))
    assert (
        made.name == v1
        and made.enabled is False
        and repr(made) == f"<{type(made).__name__}: '{v1}'>"
    )
    assert made.attrs == docker_py_client.plugins.get(v1).attrs
    assert made.model.config.interface.socket == "dkapi.sock"
    assert made.settings["Env"] == ["DEBUG=0"]
    second = await call(plugins, "create", v2, str(plugin_directories["2"]), gzip=True)
    # both pushed before either is removed: a removal collects the daemon's unused blobs
    # in the background, which a push running meanwhile may miss (conftest)
    for plugin in (made, second):
        progress = await push_progress(plugin, "push")
        assert progress and all(isinstance(line, dict) for line in progress)
    for plugin in (made, second):
        assert await call(plugin, "remove") is True

    plugin = await call(plugins, "install", v1, local)
    assert plugin.name == local and plugin.attrs["PluginReference"] == v1
    assert plugin in await call(plugins, "list")
    await call(plugin, "configure", {"DEBUG": "1"})
    assert plugin.settings["Env"] == ["DEBUG=1"]  # read again
    await call(plugin, "enable", timeout=10)
    assert plugin.enabled is True
    with pytest.raises(DockerException, match="disabled before upgrading"):
        await items_of(plugin.upgrade(v2))
    await call(plugin, "disable")
    assert plugin.enabled is False

    progress = await items_of(plugin.upgrade(v2))
    assert progress and all(isinstance(line, dict) for line in progress)
    assert plugin.attrs["PluginReference"] == v2  # read again after the last item
    assert plugin.settings["Env"] == ["DEBUG=1"]  # an upgrade keeps the settings
    assert await call(plugin, "remove") is True
    with pytest.raises(NotFound):
        await call(plugins, "get", local)


async def items_of(generator: Any) -> list[Any]:
    """Every item of a generator or an async generator (`Plugin.upgrade`)."""
    if hasattr(generator, "__aiter__"):
        return [item async for item in generator]
    return await resolve(list(generator))
