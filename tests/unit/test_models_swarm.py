"""The high-level swarm objects without an engine: services, nodes, the swarm, secrets,
configs and plugins. The split of `services.create`'s arguments is checked against
docker-py's own function; requests against a fake daemon, on both flavours."""

from __future__ import annotations

import base64
import json
from typing import Any

import httpx
import pytest
from both_clients import call, items, parameters
from core_fakes import FakeDaemon
from dockerapi import AsyncDockerClient, DockerClient
from dockerapi.errors import APIError, DockerException, InvalidArgument, NotFound
from dockerapi.models._service_args import (
    CONTAINER_SPEC_KWARGS,
    CREATE_SERVICE_KWARGS,
    PLACEMENT_KWARGS,
    TASK_TEMPLATE_KWARGS,
    create_service_args,
)
from dockerapi.models.configs import AsyncConfig, Config, ConfigCollection
from dockerapi.models.nodes import AsyncNode, Node, NodeCollection
from dockerapi.models.plugins import AsyncPlugin, AsyncPluginCollection, Plugin, PluginCollection
from dockerapi.models.secrets import AsyncSecret, Secret, SecretCollection
from dockerapi.models.services import (
    AsyncService,
    AsyncServiceCollection,
    Service,
    ServiceCollection,
)
from dockerapi.models.swarm import DEFAULT_NODE_CERT_EXPIRY, AsyncSwarm, Swarm
from dockerapi.types import (
    EndpointSpec,
    Mount,
    Resources,
    RestartPolicy,
    SecretReference,
    ServiceMode,
    UpdateConfig,
)
from high_level_fakes import answer

SERVICE_ID = "9mnpnzenvg8p8tdbtq4wvbkcz"

#: A service as the daemon describes it (trimmed).
SERVICE = {
    "ID": SERVICE_ID,
    "Version": {"Index": 19},
    "Spec": {
        "Name": "web",
        "Labels": {"tier": "front"},
        "TaskTemplate": {
            "ContainerSpec": {"Image": "busybox:latest", "Args": ["sleep", "60"]},
            "ForceUpdate": 2,
        },
        "Mode": {"Replicated": {"Replicas": 1}},
    },
}


def body(request: httpx.Request) -> Any:
    return json.loads(request.content)


def requests_to(daemon: FakeDaemon, path: str) -> list[httpx.Request]:
    return [r for r in daemon.requests if r.url.path.endswith(path)]


# -- models: identity, repr, typed views ---------------------------------------------


def test_identity_equality_hash_and_repr() -> None:
    service, same = Service(SERVICE), Service({"ID": SERVICE_ID})
    assert service == same and hash(service) == hash(same) and len({service, same}) == 1
    assert repr(service) == f"<Service: {SERVICE_ID[:12]}>" and service.short_id == SERVICE_ID[:12]
    assert service != AsyncService(SERVICE) and service != Node({"ID": SERVICE_ID})
    assert service.name == "web" and service.version == 19
    assert Node({"ID": "n1", "Version": {"Index": 3}}).version == 3
    assert Node({"ID": "n1"}).version is None
    secret = Secret({"ID": "s1", "Spec": {"Name": "db-password"}})
    assert repr(secret) == "<Secret: 'db-password'>" and secret.name == "db-password"
    assert repr(Config({"ID": "c1", "Spec": {"Name": "app.conf"}})) == "<Config: 'app.conf'>"
    assert Secret({"ID": "s1", "Spec": {"Name": "x"}}) != Config(
        {"ID": "s1", "Spec": {"Name": "x"}}
    )
    plugin = Plugin({"Id": "p1", "Name": "dockerapi/volume:1", "Enabled": False, "Settings": {}})
    assert repr(plugin) == "<Plugin: 'dockerapi/volume:1'>" and plugin.id == "p1"
    assert plugin.enabled is False and plugin.settings == {}
    assert hash(plugin) == hash(Plugin({"Id": "p1"}))
    swarm = Swarm({"ID": "abcdefghijklmnop", "Version": {"Index": 10}})
    assert repr(swarm) == "<Swarm: abcdefghijkl>" and swarm.version == 10
    assert Swarm().attrs == {} and Swarm().version is None  # no client: nothing is read


def test_the_flavours_share_one_implementation() -> None:
    for name in ("update", "scale", "tasks", "logs", "remove", "force_update", "reload"):
        assert getattr(Service, name) is getattr(AsyncService, name)
    for name in ("create", "get", "list"):
        assert getattr(ServiceCollection, name) is getattr(AsyncServiceCollection, name)
    for name in ("configure", "disable", "enable", "push", "remove", "upgrade"):
        assert getattr(Plugin, name) is getattr(AsyncPlugin, name)
    for name in ("create", "get", "install", "list"):
        assert getattr(PluginCollection, name) is getattr(AsyncPluginCollection, name)
    for name in ("init", "join", "leave", "update", "reload", "unlock", "get_unlock_key"):
        assert getattr(Swarm, name) is getattr(AsyncSwarm, name)
    assert Node.update is AsyncNode.update and Secret.remove is AsyncSecret.remove
    assert Config.remove is AsyncConfig.remove


def test_typed_views_of_attrs() -> None:
    service = Service({**SERVICE, "FromANewerEngine": 1})
    assert service.model.spec.task_template.container_spec.image == "busybox:latest"
    assert service.model.version.index == 19 and service.model["FromANewerEngine"] == 1
    node = Node({"ID": "n1", "Spec": {"Role": "manager", "Availability": "active"}})
    assert node.model.spec.role == "manager"
    secret = Secret({"ID": "s1", "Spec": {"Name": "pw", "Labels": {"a": "b"}}})
    assert secret.model.spec.name == "pw" and secret.model.spec.labels == {"a": "b"}
    assert Config({"ID": "c1", "Spec": {"Name": "conf"}}).model.spec.name == "conf"
    tokens = {"Worker": "SWMTKN-1-w", "Manager": "SWMTKN-1-m"}
    swarm = Swarm({"ID": "s", "Version": {"Index": 3}, "JoinTokens": tokens})
    assert swarm.model.id == "s" and swarm.model.version.index == 3
    assert swarm.model.join_tokens.worker == "SWMTKN-1-w" and "SWMTKN" not in repr(swarm.model)
    with pytest.raises(DockerException, match="does not fit Service"):
        Service({"ID": "x", "Spec": "not a spec"}).model  # noqa: B018


# -- the client's attributes ------------------------------------------------------------


def test_the_clients_have_docker_pys_collections(daemon: FakeDaemon) -> None:
    client = DockerClient(version="1.41", transport=daemon.transport())
    assert isinstance(client.services, ServiceCollection) and client.services is client.services
    assert isinstance(client.nodes, NodeCollection) and isinstance(client.plugins, PluginCollection)
    assert isinstance(client.secrets, SecretCollection)
    assert isinstance(client.configs, ConfigCollection)
    aclient = AsyncDockerClient(version="1.41", transport=daemon.async_transport())
    assert isinstance(aclient.services, AsyncServiceCollection)
    assert isinstance(aclient.plugins, AsyncPluginCollection)
    # docker-py: each read of client.swarm is a new Swarm that reads the swarm
    answer(daemon, "GET", "/swarm", 200, {"ID": "s1", "Version": {"Index": 4}})
    first, second = client.swarm, client.swarm
    assert first is not second and first == second and first.version == 4
    assert daemon.paths().count("/v1.41/swarm") == 2
    # a constructor cannot wait: the async client keeps one, read by reload()
    assert isinstance(aclient.swarm, AsyncSwarm) and aclient.swarm is aclient.swarm
    assert aclient.swarm.attrs == {} and daemon.paths().count("/v1.41/swarm") == 2


@pytest.mark.parametrize("status", [406, 503])
def test_a_swarm_of_an_engine_in_no_swarm_is_empty(daemon: FakeDaemon, status: int) -> None:
    answer(daemon, "GET", "/swarm", status, {"message": "This node is not a swarm manager."})
    client = DockerClient(version="1.41", transport=daemon.transport())
    assert client.swarm.attrs == {}
    with pytest.raises(APIError) as raised:
        client.swarm.reload()
    assert raised.value.status_code == status


def test_other_errors_reading_the_swarm_raise(daemon: FakeDaemon) -> None:
    answer(daemon, "GET", "/swarm", 500, {"message": "boom"})
    client = DockerClient(version="1.41", transport=daemon.transport())
    with pytest.raises(APIError, match="boom"):
        client.swarm  # noqa: B018


# -- services.create / Service.update: docker-py's split of the arguments ---------------

SPLIT_CASES: list[dict[str, Any]] = [
    {"image": "busybox", "command": None},
    {
        "image": "busybox",
        "command": "sh -c 'sleep 60'",
        "args": ["x"],
        "name": "web",
        "labels": {"service": "label"},
        "container_labels": {"container": "label"},
        "env": {"A": "1"},
        "hostname": "h",
        "workdir": "/tmp",
        "user": "nobody",
        "tty": True,
        "open_stdin": True,
        "read_only": True,
        "groups": ["audio"],
        "stop_signal": "SIGINT",
        "stop_grace_period": 5,
        "hosts": {"db": "10.0.0.2"},
        "init": True,
        "isolation": "default",
        "cap_add": ["SYS_ADMIN"],
        "cap_drop": ["NET_RAW"],
        "sysctls": {"net.core.somaxconn": "1024"},
        "mounts": ["/host:/c:ro", Mount("/d", "vol", type="volume")],
        "secrets": [SecretReference("sid", "pw")],
        "mode": ServiceMode("replicated", 3),
        "update_config": UpdateConfig(parallelism=2),
        "endpoint_spec": EndpointSpec(ports={8080: 80}),
        "networks": ["front", "back"],
        "resources": Resources(cpu_limit=500_000_000),
        "restart_policy": RestartPolicy(condition="on-failure"),
        "constraints": ["node.role==manager"],
        "preferences": [("spread", "node.labels.zone")],
        "platforms": [("x86_64", "linux")],
        "maxreplicas": 2,
        "log_driver": "json-file",
        "log_driver_options": {"max-size": "1m"},
    },
    {"image": "busybox", "log_driver": "journald"},
]


@pytest.mark.parametrize("kwargs", SPLIT_CASES)
def test_create_split_matches_docker_py(kwargs: dict[str, Any]) -> None:
    docker_services = pytest.importorskip("docker.models.services")
    theirs = docker_services._get_create_service_kwargs("create", dict(kwargs))
    ours = create_service_args("create", kwargs)
    assert ours == theirs


def test_update_split_matches_docker_py() -> None:
    docker_services = pytest.importorskip("docker.models.services")
    for kwargs in (
        {"image": "busybox", "force_update": 3},
        {"image": "busybox", "fetch_current_spec": False, "name": "n", "env": ["A=1"]},
    ):
        theirs = docker_services._get_create_service_kwargs("update", dict(kwargs))
        assert create_service_args("update", kwargs) == theirs
    assert create_service_args("update", {"image": "b"})["fetch_current_spec"] is True


def test_the_argument_lists_are_docker_pys() -> None:
    docker_services = pytest.importorskip("docker.models.services")
    assert CONTAINER_SPEC_KWARGS == docker_services.CONTAINER_SPEC_KWARGS
    assert TASK_TEMPLATE_KWARGS == docker_services.TASK_TEMPLATE_KWARGS
    assert CREATE_SERVICE_KWARGS == docker_services.CREATE_SERVICE_KWARGS
    assert PLACEMENT_KWARGS == docker_services.PLACEMENT_KWARGS


def test_the_split_leaves_the_callers_arguments_alone() -> None:
    given = {"image": "busybox", "name": "n", "constraints": ["a==b"]}
    create_service_args("create", given)
    assert given == {"image": "busybox", "name": "n", "constraints": ["a==b"]}
    with pytest.raises(TypeError, match=r"^create\(\) got an unexpected keyword argument 'fo'$"):
        create_service_args("create", {"image": "b", "fo": 1})
    # update's own arguments are create's unknowns
    with pytest.raises(TypeError, match="'fetch_current_spec', 'force_update'"):
        create_service_args("create", {"image": "b", "force_update": 1, "fetch_current_spec": 1})
    # log_driver_options means nothing without log_driver (docker-py's rule)
    with pytest.raises(TypeError, match="'log_driver_options'"):
        create_service_args("create", {"image": "b", "log_driver_options": {}})


async def test_unknown_arguments_send_nothing(high: Any, daemon: FakeDaemon) -> None:
    with pytest.raises(TypeError, match=r"^create\(\) got an unexpected keyword argument 'bogus'$"):
        await call(high.services, "create", "busybox", bogus=1)
    service = high.services.prepare_model(SERVICE)
    with pytest.raises(TypeError, match=r"^update\(\) got unexpected keyword arguments 'a', 'b'$"):
        await call(service, "update", b=1, a=2)
    swarm = _swarm_of(high)
    with pytest.raises(TypeError, match="snapshot_intervall"):
        await call(swarm, "init", snapshot_intervall=1)
    with pytest.raises(TypeError, match="snapshot_intervall"):
        await call(swarm, "update", snapshot_intervall=1)
    global_service = high.services.prepare_model(
        {**SERVICE, "Spec": {**SERVICE["Spec"], "Mode": {"Global": {}}}}
    )
    with pytest.raises(InvalidArgument, match="global"):
        await call(global_service, "scale", 2)
    assert daemon.requests == []


# -- services against a fake daemon ------------------------------------------------------


async def test_create_sends_the_split_spec_and_reads_the_service(
    high: Any, daemon: FakeDaemon
) -> None:
    answer(daemon, "POST", "/services/create", 201, {"ID": SERVICE_ID, "Warnings": None})
    answer(daemon, "GET", f"/services/{SERVICE_ID}", 200, SERVICE)
    service = await call(
        high.services,
        "create",
        "busybox:latest",
        ["sleep", "60"],
        name="web",
        labels={"tier": "front"},
        container_labels={"in": "container"},
        env={"A": "1"},
        constraints=["node.role==manager"],
        mode=ServiceMode("replicated", 1),
    )
    assert isinstance(service, high.services.model) and service.attrs == SERVICE
    (create,) = requests_to(daemon, "/services/create")
    assert body(create) == {
        "Name": "web",
        "Labels": {"tier": "front"},
        "Mode": {"replicated": {"Replicas": 1}},
        "TaskTemplate": {
            "ContainerSpec": {
                "Image": "busybox:latest",
                "Command": ["sleep", "60"],
                "Args": None,
                "Env": ["A=1"],
                "Labels": {"in": "container"},
            },
            "Placement": {"Constraints": ["node.role==manager"]},
        },
    }
    assert service.client is high and service.collection is high.services


async def test_get_and_list(high: Any, daemon: FakeDaemon) -> None:
    answer(daemon, "GET", "/services/web", 200, SERVICE)
    answer(daemon, "GET", "/services", 200, [SERVICE])
    got = await call(high.services, "get", "web", insert_defaults=True)
    assert got.id == SERVICE_ID
    assert requests_to(daemon, "/services/web")[0].url.params["insertDefaults"] == "true"
    listed = await call(high.services, "list", filters={"name": "web"}, status=True)
    assert listed == [got]
    params = requests_to(daemon, "/services")[0].url.params
    assert json.loads(params["filters"]) == {"name": ["web"]} and params["status"] == "true"
    answer(daemon, "GET", "/services/gone", 404, {"message": "service gone not found"})
    with pytest.raises(NotFound):
        await call(high.services, "get", "gone")


async def test_update_keeps_the_image_raises_force_update_and_merges(
    high: Any, daemon: FakeDaemon
) -> None:
    answer(daemon, "GET", f"/services/{SERVICE_ID}", 200, SERVICE)
    answer(daemon, "POST", f"/services/{SERVICE_ID}/update", 200, {"Warnings": None})
    service = high.services.prepare_model(SERVICE)
    assert await call(service, "update", force_update=True, env=["B=2"]) == {"Warnings": None}
    (inspect,) = requests_to(daemon, f"/services/{SERVICE_ID}")
    assert inspect.url.params["insertDefaults"] == "true"  # the current spec, with defaults
    (update,) = requests_to(daemon, "/update")
    assert update.url.params["version"] == "19"
    sent = body(update)
    assert sent["Name"] == "web" and sent["Labels"] == {"tier": "front"}
    assert sent["Mode"] == {"Replicated": {"Replicas": 1}}
    template = sent["TaskTemplate"]
    assert template["ForceUpdate"] == 3
    assert template["ContainerSpec"] == {
        "Image": "busybox:latest",
        "Args": ["sleep", "60"],
        "Env": ["B=2"],
    }
    daemon.requests.clear()
    await call(service, "force_update")
    assert body(requests_to(daemon, "/update")[0])["TaskTemplate"]["ForceUpdate"] == 3


async def test_update_without_the_current_spec_sends_only_what_is_given(
    high: Any, daemon: FakeDaemon
) -> None:
    answer(daemon, "POST", f"/services/{SERVICE_ID}/update", 200, {"Warnings": None})
    service = high.services.prepare_model(SERVICE)
    await call(service, "update", fetch_current_spec=False, name="web2")
    assert daemon.paths() == [f"/v1.41/services/{SERVICE_ID}/update"]
    assert body(daemon.requests[0]) == {
        "Name": "web2",
        "TaskTemplate": {"ContainerSpec": {"Image": "busybox:latest"}},
    }


async def test_scale_tasks_and_remove(high: Any, daemon: FakeDaemon) -> None:
    answer(daemon, "GET", f"/services/{SERVICE_ID}", 200, SERVICE)
    answer(daemon, "POST", f"/services/{SERVICE_ID}/update", 200, {})
    answer(daemon, "GET", "/tasks", 200, [{"ID": "t1", "ServiceID": SERVICE_ID}])
    answer(daemon, "DELETE", f"/services/{SERVICE_ID}", 200, b"")
    service = high.services.prepare_model(SERVICE)
    await call(service, "scale", 4)
    sent = body(requests_to(daemon, "/update")[0])
    assert sent["Mode"] == {"replicated": {"Replicas": 4}}
    assert sent["TaskTemplate"]["ContainerSpec"]["Image"] == "busybox:latest"
    filters = {"desired-state": "running"}
    assert await call(service, "tasks", filters=filters) == [{"ID": "t1", "ServiceID": SERVICE_ID}]
    assert filters == {"desired-state": "running"}  # the caller's dict is not changed
    sent_filters = json.loads(requests_to(daemon, "/tasks")[0].url.params["filters"])
    assert sent_filters == {"desired-state": ["running"], "service": [SERVICE_ID]}
    assert await call(service, "remove") is True
    assert requests_to(daemon, f"/services/{SERVICE_ID}")[-1].method == "DELETE"


def _frame(stream: int, data: bytes) -> bytes:
    return bytes([stream, 0, 0, 0]) + len(data).to_bytes(4, "big") + data


async def test_logs_read_the_tty_setting_from_attrs(high: Any, daemon: FakeDaemon) -> None:
    @daemon.route("GET", f"/services/{SERVICE_ID}/logs")
    def logs(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=_frame(1, b"out\n") + _frame(2, b"err\n"))

    service = high.services.prepare_model(SERVICE)
    stream = await call(service, "logs", stdout=True, stderr=True, tail=5)
    assert await items(stream) == [b"out\n", b"err\n"]
    params = daemon.requests[-1].url.params
    assert params["stdout"] == "true" and params["tail"] == "5"
    tty = dict(SERVICE, Spec={**SERVICE["Spec"], "TaskTemplate": {"ContainerSpec": {"TTY": True}}})
    raw = await call(high.services.prepare_model(tty), "logs", stdout=True)
    assert b"".join(await items(raw)) == _frame(1, b"out\n") + _frame(2, b"err\n")
    assert not requests_to(daemon, f"/services/{SERVICE_ID}")  # no inspect: attrs said


# -- nodes ---------------------------------------------------------------------------------


async def test_nodes(high: Any, daemon: FakeDaemon) -> None:
    node = {"ID": "n1", "Version": {"Index": 7}, "Spec": {"Role": "manager"}}
    answer(daemon, "GET", "/nodes", 200, [node])
    answer(daemon, "GET", "/nodes/n1", 200, node)
    answer(daemon, "POST", "/nodes/n1/update", 200, b"")
    answer(daemon, "DELETE", "/nodes/n1", 200, b"")
    (listed,) = await call(high.nodes, "list", filters={"role": "manager"})
    assert listed == await call(high.nodes, "get", "n1") and listed.version == 7
    spec = {"Availability": "drain", "Role": "manager"}
    assert await call(listed, "update", spec) is True
    update = requests_to(daemon, "/nodes/n1/update")[0]
    assert update.url.params["version"] == "7" and body(update) == spec
    assert await call(listed, "remove", force=True) is True
    assert daemon.requests[-1].url.params["force"] == "true"
    with pytest.raises(InvalidArgument, match="version"):
        await call(high.nodes.prepare_model({"ID": "n1"}), "update", spec)


# -- the swarm -----------------------------------------------------------------------------


def _swarm_of(high: Any) -> Any:
    """The client's swarm model without reading it (the blocking `client.swarm` would)."""
    if isinstance(high, AsyncDockerClient):
        return high.swarm
    swarm = Swarm()
    swarm.client = high
    return swarm


async def test_init_sends_docker_pys_defaults_and_reads_the_swarm(
    high: Any, daemon: FakeDaemon
) -> None:
    answer(daemon, "POST", "/swarm/init", 200, "node-1")
    answer(daemon, "GET", "/swarm", 200, {"ID": "s1", "Version": {"Index": 11}})
    swarm = _swarm_of(high)
    node_id = await call(swarm, "init", advertise_addr="127.0.0.1", snapshot_interval=5000)
    assert node_id == "node-1" and swarm.id == "s1" and swarm.version == 11
    (init,) = requests_to(daemon, "/swarm/init")
    assert body(init) == {
        "AdvertiseAddr": "127.0.0.1",
        "ListenAddr": "0.0.0.0:2377",
        "ForceNewCluster": False,
        "Spec": {"Raft": {
            "SnapshotInterval": 5000, "KeepOldSnapshots": None,
            "LogEntriesForSlowFollowers": None, "HeartbeatTick": None, "ElectionTick": None,
        }},
    }  # fmt: skip


async def test_update_reads_the_version_first_when_attrs_are_empty(
    high: Any, daemon: FakeDaemon
) -> None:
    answer(daemon, "GET", "/swarm", 200, {"ID": "s1", "Version": {"Index": 12}})
    answer(daemon, "POST", "/swarm/update", 200, b"")
    swarm = _swarm_of(high)
    assert await call(swarm, "update", rotate_worker_token=True, name="default") is True
    update = requests_to(daemon, "/swarm/update")[0]
    assert daemon.paths() == ["/v1.41/swarm", "/v1.41/swarm/update"]
    params = update.url.params
    assert params["version"] == "12" and params["rotateWorkerToken"] == "true"
    assert body(update) == {
        "Name": "default",
        "CAConfig": {"NodeCertExpiry": DEFAULT_NODE_CERT_EXPIRY},
    }


async def test_join_leave_unlock_and_the_unlock_key(high: Any, daemon: FakeDaemon) -> None:
    answer(daemon, "POST", "/swarm/join", 200, b"")
    answer(daemon, "POST", "/swarm/leave", 200, b"")
    answer(daemon, "POST", "/swarm/unlock", 200, b"")
    answer(daemon, "GET", "/swarm/unlockkey", 200, {"UnlockKey": "SWMKEY-1-secret"})
    swarm = _swarm_of(high)
    assert await call(swarm, "join", ["127.0.0.1:2377"], "SWMTKN-1-x") is True
    assert body(requests_to(daemon, "/swarm/join")[0])["JoinToken"] == "SWMTKN-1-x"
    key = await call(swarm, "get_unlock_key")
    assert key["UnlockKey"] == "SWMKEY-1-secret" and "SWMKEY" not in repr(key)
    assert await call(swarm, "unlock", key) is True
    assert body(requests_to(daemon, "/swarm/unlock")[0]) == {"UnlockKey": "SWMKEY-1-secret"}
    assert await call(swarm, "leave", force=True) is True
    assert requests_to(daemon, "/swarm/leave")[0].url.params["force"] == "true"


# -- secrets and configs ---------------------------------------------------------------


@pytest.mark.parametrize(("kind", "extra"), [("secrets", "driver"), ("configs", "templating")])
async def test_secrets_and_configs(high: Any, daemon: FakeDaemon, kind: str, extra: str) -> None:
    answer(daemon, "POST", f"/{kind}/create", 201, {"ID": "o1"})
    answer(daemon, "GET", f"/{kind}/o1", 200, {"ID": "o1", "Spec": {"Name": "pw", "Labels": {}}})
    answer(daemon, "GET", f"/{kind}", 200, [{"ID": "o1", "Spec": {"Name": "pw"}}])
    answer(daemon, "DELETE", f"/{kind}/o1", 204, b"")
    collection = getattr(high, kind)
    created = await call(collection, "create", name="pw", data=b"hunter2", labels={"a": "b"})
    # docker-py's model of a new one: its ID and the name it was given
    assert created.attrs == {"ID": "o1", "Spec": {"Name": "pw"}} and created.name == "pw"
    sent = body(requests_to(daemon, f"/{kind}/create")[0])
    assert sent == {
        "Name": "pw",
        "Data": base64.b64encode(b"hunter2").decode(),
        "Labels": {"a": "b"},
    }
    assert parameters(type(collection), "create")[-1][0] == extra
    await call(created, "reload")
    assert created.attrs["Spec"]["Labels"] == {}
    assert await call(collection, "list", filters={"name": "pw"}) == [created]
    assert await call(collection, "get", "o1") == created
    assert await call(created, "remove") is True
    with pytest.raises(InvalidArgument, match="name"):
        await call(collection, "create", name="bad/name", data="x")


# -- plugins ---------------------------------------------------------------------------

PLUGIN = {"Id": "p" * 64, "Name": "dockerapi/volume:1", "Enabled": False, "Settings": {}}


def _plugin_routes(daemon: FakeDaemon, enabled_after: bool | None = None) -> None:
    name = PLUGIN["Name"]
    answer(daemon, "GET", f"/plugins/{name}/json", 200, PLUGIN)
    answer(daemon, "GET", f"/plugins/{PLUGIN['Id']}/json", 200, {**PLUGIN, "Enabled": True})
    for action in ("set", "enable", "disable"):
        answer(daemon, "POST", f"/plugins/{name}/{action}", 200, b"")
    answer(daemon, "DELETE", f"/plugins/{name}", 200, PLUGIN)
    answer(daemon, "GET", "/plugins", 200, [PLUGIN])


async def test_plugin_methods_use_the_name_and_reload(high: Any, daemon: FakeDaemon) -> None:
    _plugin_routes(daemon)
    plugin = await call(high.plugins, "get", "dockerapi/volume:1")
    assert await call(high.plugins, "list") == [plugin]
    await call(plugin, "configure", {"DEBUG": "1"})
    set_request = requests_to(daemon, "/set")[0]
    assert body(set_request) == ["DEBUG=1"]
    assert daemon.requests[-1].url.path.endswith(f"/plugins/{PLUGIN['Id']}/json")  # reloaded
    assert plugin.enabled is True
    await call(plugin, "disable", force=True)
    assert requests_to(daemon, "/disable")[0].url.params["force"] == "true"
    await call(plugin, "enable", timeout=5)
    assert requests_to(daemon, "/enable")[0].url.params["timeout"] == "5"
    assert await call(plugin, "remove", force=True) is True
    assert requests_to(daemon, "/plugins/dockerapi/volume:1")[-1].method == "DELETE"


async def test_install_waits_for_the_pull(high: Any, daemon: FakeDaemon) -> None:
    privileges = [{"Name": "network", "Description": "", "Value": ["host"]}]
    answer(daemon, "GET", "/plugins/privileges", 200, privileges)

    @daemon.route("POST", "/plugins/pull")
    def pull(request: httpx.Request) -> httpx.Response:
        request.read()
        return httpx.Response(200, content=b'{"status":"Downloading"}\n{"status":"Done"}\n')

    answer(daemon, "GET", "/plugins/local:latest/json", 200, {**PLUGIN, "Name": "local:latest"})
    plugin = await call(high.plugins, "install", "127.0.0.1:5000/p:1", "local:latest")
    assert plugin.name == "local:latest"
    pulled = requests_to(daemon, "/plugins/pull")[0]
    assert pulled.url.params["remote"] == "127.0.0.1:5000/p:1" and body(pulled) == privileges


async def test_upgrade_is_a_generator_of_progress_then_a_reload(
    high: Any, daemon: FakeDaemon
) -> None:
    name = PLUGIN["Name"]
    answer(daemon, "GET", "/plugins/privileges", 200, [])

    @daemon.route("POST", f"/plugins/{name}/upgrade")
    def upgrade(request: httpx.Request) -> httpx.Response:
        request.read()
        return httpx.Response(200, content=b'{"status":"Pulling"}\n{"status":"Upgraded"}\n')

    answer(daemon, "GET", f"/plugins/{PLUGIN['Id']}/json", 200, {**PLUGIN, "Settings": {"X": 1}})
    plugin = high.plugins.prepare_model(dict(PLUGIN))
    progress = plugin.upgrade()
    assert daemon.requests == []  # nothing before the first item is asked for
    if isinstance(high, AsyncDockerClient):
        seen = [item async for item in progress]
    else:
        seen = list(progress)
    assert seen == [{"status": "Pulling"}, {"status": "Upgraded"}]
    assert requests_to(daemon, "/upgrade")[0].url.params["remote"] == name
    assert plugin.settings == {"X": 1}  # read again after the last item

    # closed early: the stream is closed and the plugin is not read again
    daemon.requests.clear()
    progress = plugin.upgrade()
    if isinstance(high, AsyncDockerClient):
        assert await anext(progress) == {"status": "Pulling"}
        await progress.aclose()
    else:
        assert next(progress) == {"status": "Pulling"}
        progress.close()
    assert [r.url.path.rsplit("/", 1)[-1] for r in daemon.requests] == ["privileges", "upgrade"]

    enabled = high.plugins.prepare_model({**PLUGIN, "Enabled": True})
    with pytest.raises(DockerException, match="disabled before upgrading"):
        if isinstance(high, AsyncDockerClient):
            await anext(enabled.upgrade())
        else:
            next(enabled.upgrade())


async def test_push_streams_the_progress(high: Any, daemon: FakeDaemon) -> None:
    @daemon.route("POST", "/plugins/127.0.0.1:5000/p:1/push")
    def push(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b'{"status":"Pushed"}\n')

    plugin = high.plugins.prepare_model({**PLUGIN, "Name": "127.0.0.1:5000/p:1"})
    assert await items(await call(plugin, "push")) == [{"status": "Pushed"}]


# -- names and signatures ----------------------------------------------------------------

#: (our class, docker-py module, docker-py class, methods with explicit parameters there)
EXPLICIT = [
    (Service, "services", "Service", ["tasks", "scale", "remove", "force_update"]),
    (ServiceCollection, "services", "ServiceCollection", ["create", "get"]),
    (Node, "nodes", "Node", ["update", "remove"]),
    (NodeCollection, "nodes", "NodeCollection", ["get"]),
    (Swarm, "swarm", "Swarm", ["init", "update", "reload", "unlock"]),
    (SecretCollection, "secrets", "SecretCollection", ["get"]),
    (ConfigCollection, "configs", "ConfigCollection", ["get"]),
    (Secret, "secrets", "Secret", ["remove"]),
    (Config, "configs", "Config", ["remove"]),
    (Plugin, "plugins", "Plugin", ["configure", "disable", "enable", "push", "remove",
                                   "upgrade"]),
    (PluginCollection, "plugins", "PluginCollection", ["create", "get", "install", "list"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("ours", "module", "theirs", "name"),
    [(o, m, t, name) for o, m, t, names in EXPLICIT for name in names],
)
def test_signature_matches_docker_py(ours: type, module: str, theirs: str, name: str) -> None:
    docker_module = pytest.importorskip(f"docker.models.{module}")
    mine = parameters(ours, name)
    if name in ("update", "init", "create") and ours in (Swarm, ServiceCollection):
        mine = [(n, k if n != "self" else k.POSITIONAL_OR_KEYWORD, d) for n, k, d in mine]
    assert mine == parameters(getattr(docker_module, theirs), name)


@pytest.mark.parametrize(
    ("ours", "module", "theirs"),
    [
        (Service, "services", "Service"),
        (ServiceCollection, "services", "ServiceCollection"),
        (Node, "nodes", "Node"),
        (NodeCollection, "nodes", "NodeCollection"),
        (Swarm, "swarm", "Swarm"),
        (Secret, "secrets", "Secret"),
        (SecretCollection, "secrets", "SecretCollection"),
        (Config, "configs", "Config"),
        (ConfigCollection, "configs", "ConfigCollection"),
        (Plugin, "plugins", "Plugin"),
        (PluginCollection, "plugins", "PluginCollection"),
    ],
)
def test_every_docker_py_name_is_there(ours: type, module: str, theirs: str) -> None:
    docker_module = pytest.importorskip(f"docker.models.{module}")
    names = {name for name in vars(getattr(docker_module, theirs)) if not name.startswith("_")}
    assert names <= set(dir(ours))


def test_the_client_has_docker_pys_attributes() -> None:
    docker = pytest.importorskip("docker")
    for name in ("services", "nodes", "swarm", "secrets", "configs", "plugins"):
        assert isinstance(getattr(docker.DockerClient, name), property)
        assert hasattr(DockerClient, name) and hasattr(AsyncDockerClient, name)
