"""The high-level framework without an engine: models, collections, the split of
`containers.run`'s arguments (docker-py's own function as the oracle), typing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from both_clients import call, parameters
from core_fakes import FakeDaemon
from dockerapi import AsyncDockerClient, DockerClient
from dockerapi.errors import DockerException, NotFound
from dockerapi.models._container_args import (
    RUN_CREATE_KWARGS,
    RUN_HOST_CONFIG_KWARGS,
    create_container_args,
)
from dockerapi.models.containers import (
    AsyncContainer,
    AsyncContainerCollection,
    Container,
    ContainerCollection,
    ExecResult,
)
from dockerapi.models.networks import AsyncNetworkCollection, Network, NetworkCollection
from dockerapi.models.resource import Collection, Model
from dockerapi.models.volumes import AsyncVolume, Volume, VolumeCollection
from dockerapi.types import LogConfig, Ulimit
from high_level_fakes import answer

ROOT = Path(__file__).resolve().parents[2]
CONTAINER_ID = "3f4e8a1b2c" + "0" * 54


# -- models and collections ----------------------------------------------------


def test_identity_equality_hash_and_repr() -> None:
    one, same = Container({"Id": CONTAINER_ID}), Container({"Id": CONTAINER_ID, "Name": "/x"})
    assert one == same and hash(one) == hash(same) and len({one, same}) == 1
    assert repr(one) == "<Container: 3f4e8a1b2c00>" and one.short_id == CONTAINER_ID[:12]
    assert one != AsyncContainer({"Id": CONTAINER_ID}) and one != Container({"Id": "other"})
    assert one != CONTAINER_ID
    volume = Volume({"Name": "data", "Driver": "local"})
    assert volume.id == volume.name == "data" and repr(volume) == "<Volume: data>"
    assert Network({}).id is None and Container().attrs == {}


def test_the_flavours_share_one_implementation() -> None:
    # Each method is defined once, on the shared core, and bound per flavour.
    for name in ("stop", "logs", "exec_run", "reload", "image"):
        assert getattr(Container, name) is getattr(AsyncContainer, name)
    for name in ("run", "create", "get", "list", "prune"):
        assert getattr(ContainerCollection, name) is getattr(AsyncContainerCollection, name)
    assert NetworkCollection.create is AsyncNetworkCollection.create
    assert issubclass(Container, Model) and not issubclass(AsyncContainer, Model)
    assert issubclass(ContainerCollection, Collection)


def test_prepare_model() -> None:
    client = DockerClient(version="1.41")
    containers = client.containers
    made = containers.prepare_model({"Id": CONTAINER_ID})
    assert isinstance(made, Container) and made.client is client and made.collection is containers
    stray = Container({"Id": "x"})
    assert containers.prepare_model(stray) is stray and stray.client is client
    with pytest.raises(DockerException, match="Can't create Container from 42"):
        containers.prepare_model(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not callable"):
        containers()
    assert isinstance(AsyncDockerClient(version="1.41").volumes.prepare_model({}), AsyncVolume)


def test_a_typed_view_of_attrs() -> None:
    container = Container({"Id": "abc", "Name": "/web", "State": {"Status": "running"}})
    container.attrs["FromANewerEngine"] = [1, 2]
    model = container.model
    assert model.id == "abc" and model.name == "/web" and model.state.status == "running"
    assert model["FromANewerEngine"] == [1, 2]
    with pytest.raises(DockerException, match="reload"):
        Container({"Id": "abc", "State": "running", "Names": ["/web"]}).model  # noqa: B018
    with pytest.raises(DockerException, match="does not fit ContainerInspectResponse"):
        Container({"Id": "abc", "Mounts": "not a list"}).model  # noqa: B018


def test_properties_from_attrs() -> None:
    container = Container(
        {
            "Name": "/web",
            "State": {"Status": "running", "Health": {"Status": "healthy"}},
            "Config": {"Labels": None},
            "NetworkSettings": {"Ports": {"80/tcp": None}},
        }
    )
    assert container.name == "web" and container.status == "running"
    assert container.health == "healthy" and container.labels == {}
    assert container.ports == {"80/tcp": None}
    sparse = Container({"Names": ["/web"], "State": "exited"})
    assert sparse.status == "exited" and sparse.health == "unknown" and sparse.name is None
    with pytest.raises(DockerException, match="sparse"):
        sparse.labels  # noqa: B018


def test_a_docker_py_style_subclass_with_a_plain_get_reloads(daemon: FakeDaemon) -> None:
    answer(daemon, "GET", "/volumes/data", 200, {"Name": "data", "Mountpoint": "/new"})

    class Thing(Model):
        id_attribute = "Name"

    class Things(Collection[Thing]):
        model = Thing

        def get(self, key: str) -> Thing:
            return self.prepare_model(self.client.api.inspect_volume(key))

    client = DockerClient(version="1.41", transport=daemon.transport())
    thing = Things(client).prepare_model({"Name": "data", "Mountpoint": "/old"})
    thing.reload()
    assert thing.attrs["Mountpoint"] == "/new"


# -- collections against the fake daemon ---------------------------------------


async def test_unknown_run_arguments_send_nothing(high: Any, daemon: FakeDaemon) -> None:
    with pytest.raises(TypeError, match=r"^run\(\) got an unexpected keyword argument 'bogus'$"):
        await call(high.containers, "run", "busybox", "true", bogus=1)
    with pytest.raises(TypeError, match=r"^create\(\) got unexpected keyword arguments 'x', 'y'$"):
        await call(high.containers, "create", "busybox", y=1, x=2)
    with pytest.raises(DockerException, match="together"):
        await call(high.containers, "run", "busybox", network="a", network_mode="host")
    assert daemon.requests == []


async def test_list_ignore_removed(high: Any, daemon: FakeDaemon) -> None:
    answer(daemon, "GET", "/containers/json", 200, [{"Id": "gone"}, {"Id": "here"}])
    answer(daemon, "GET", "/containers/gone/json", 404, {"message": "No such container: gone"})
    answer(daemon, "GET", "/containers/here/json", 200, {"Id": "here", "State": {}})
    with pytest.raises(NotFound):
        await call(high.containers, "list")
    listed = await call(high.containers, "list", ignore_removed=True)
    assert [container.id for container in listed] == ["here"]
    sparse = await call(high.containers, "list", sparse=True)
    assert [container.attrs for container in sparse] == [{"Id": "gone"}, {"Id": "here"}]


async def test_exec_run_detached(high: Any, daemon: FakeDaemon) -> None:
    answer(daemon, "POST", "/containers/c1/exec", 201, {"Id": "e1"})

    @daemon.route("POST", "/exec/e1/start")
    def start(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"")

    answer(daemon, "GET", "/exec/e1/json", 200, {"ExitCode": None, "Running": True})
    container = high.containers.prepare_model({"Id": "c1"})
    result = await call(container, "exec_run", "sleep 1", detach=True)
    assert result == ExecResult(None, "") and isinstance(result, ExecResult)


# -- containers.run's arguments: docker-py's own split as the oracle -------------


def _endpoint(**settings: Any) -> dict[str, Any]:
    return {"Aliases": ["a"], **settings}


SPLIT_CASES: list[dict[str, Any]] = [
    {"image": "busybox", "command": "true"},
    {
        "image": "busybox",
        "command": ["sh", "-c", "echo"],
        "environment": {"A": "1"},
        "labels": {"a": "b"},
        "name": "n",
        "detach": True,
        "tty": True,
        "stdin_open": True,
        "user": "nobody",
        "working_dir": "/tmp",
        "hostname": "h",
        "domainname": "d",
        "entrypoint": ["/bin/sh"],
        "stop_signal": "SIGINT",
        "mac_address": "02:42:ac:11:00:02",
        "network_disabled": True,
        "healthcheck": {"test": ["CMD", "true"]},
        "platform": "linux/amd64",
        "use_config_proxy": False,
    },
    {"image": "b", "ports": {"80/tcp": 8080, "53/udp": ("127.0.0.1", 5353), 443: None}},
    {"image": "b", "volumes": {"/host": {"bind": "/c", "mode": "ro"}, "named": {"bind": "/d"}}},
    {"image": "b", "volumes": ["/host:/c:ro", "named:/d", "/only", "/x:/y:rw", "C:\\w:/w"]},
    {
        "image": "b",
        "mem_limit": "64m",
        "memswap_limit": "128m",
        "cap_add": ["SYS_ADMIN"],
        "cap_drop": ["NET_RAW"],
        "restart_policy": {"Name": "on-failure", "MaximumRetryCount": 2},
        "auto_remove": True,
        "network_mode": "host",
        "privileged": True,
        "read_only": True,
        "log_config": LogConfig(type="json-file", config={"max-size": "1m"}),
        "ulimits": [Ulimit(name="nofile", soft=1024, hard=2048)],
        "tmpfs": {"/t": "size=1m"},
        "sysctls": {"net.core.somaxconn": "1024"},
        "extra_hosts": {"db": "10.0.0.2"},
        "dns": ["10.0.0.53"],
        "dns_search": ["example"],
        "init": True,
        "shm_size": "64m",
        "pids_limit": 10,
        "cpu_shares": 512,
        "nano_cpus": 500_000_000,
        "security_opt": ["no-new-privileges"],
        "devices": ["/dev/null:/dev/null2:rwm"],
        "group_add": ["audio"],
        "oom_score_adj": 100,
        "publish_all_ports": True,
        "volumes_from": ["other"],
        "links": {"other": "alias"},
        "userns_mode": "host",
        "pid_mode": "host",
        "ipc_mode": "private",
        "runtime": "runc",
        "storage_opt": {"size": "1G"},
    },
    {"image": "b", "network": "mynet", "networking_config": {"mynet": _endpoint()}},
]


@pytest.mark.parametrize("kwargs", SPLIT_CASES)
def test_split_matches_docker_py(kwargs: dict[str, Any]) -> None:
    docker_models = pytest.importorskip("docker.models.containers")
    theirs = docker_models._create_container_args({**kwargs, "version": "1.41"})
    ours = create_container_args("run", {**kwargs, "version": "1.41"})
    assert ours == theirs


def test_network_alone_sets_the_mode_only() -> None:
    # docker-py also sends `"NetworkingConfig": {"mynet": null}`, which the daemon ignores.
    docker_models = pytest.importorskip("docker.models.containers")
    alone = {"image": "b", "network": "mynet", "version": "1.41"}
    theirs = docker_models._create_container_args(dict(alone))
    ours = create_container_args("run", alone)
    assert theirs.pop("networking_config") == {"mynet": None}
    assert ours == theirs and ours["host_config"]["NetworkMode"] == "mynet"
    elsewhere = {"image": "b", "network": "mynet", "networking_config": {"other": _endpoint()}}
    assert "networking_config" not in create_container_args("run", elsewhere)


def test_argument_lists_are_docker_pys() -> None:
    docker_models = pytest.importorskip("docker.models.containers")
    assert RUN_CREATE_KWARGS == docker_models.RUN_CREATE_KWARGS
    assert RUN_HOST_CONFIG_KWARGS == docker_models.RUN_HOST_CONFIG_KWARGS


# -- names and signatures ----------------------------------------------------------

#: (our class, docker-py module, docker-py class, methods with explicit parameters there)
EXPLICIT = [
    (Container, "containers", "Container", ["exec_run", "export", "get_archive", "kill",
                                            "put_archive", "rename", "resize", "diff",
                                            "pause", "unpause"]),
    (ContainerCollection, "containers", "ContainerCollection", ["list", "prune"]),
    (VolumeCollection, "volumes", "VolumeCollection", ["get", "prune"]),
    (Volume, "volumes", "Volume", ["remove"]),
    (Network, "networks", "Network", ["remove"]),
    (NetworkCollection, "networks", "NetworkCollection", ["prune"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("ours", "module", "theirs", "name"),
    [(o, m, t, name) for o, m, t, names in EXPLICIT for name in names],
)
def test_signature_matches_docker_py(ours: type, module: str, theirs: str, name: str) -> None:
    docker_module = pytest.importorskip(f"docker.models.{module}")
    assert parameters(ours, name) == parameters(getattr(docker_module, theirs), name)


@pytest.mark.parametrize(
    ("ours", "module", "theirs"),
    [
        (Container, "containers", "Container"),
        (ContainerCollection, "containers", "ContainerCollection"),
        (Network, "networks", "Network"),
        (NetworkCollection, "networks", "NetworkCollection"),
        (Volume, "volumes", "Volume"),
        (VolumeCollection, "volumes", "VolumeCollection"),
    ],
)
def test_every_docker_py_name_is_there(ours: type, module: str, theirs: str) -> None:
    docker_module = pytest.importorskip(f"docker.models.{module}")
    names = {name for name in vars(getattr(docker_module, theirs)) if not name.startswith("_")}
    assert names <= set(dir(ours))


def test_run_and_create_keep_docker_pys_leading_parameters() -> None:
    docker_module = pytest.importorskip("docker.models.containers")
    theirs = docker_module.ContainerCollection
    for name in ("run", "create"):
        ours = [p for p in parameters(ContainerCollection, name) if p[0] != "self"]
        assert [(n, d) for n, _, d in ours] == [
            (n, d) for n, _, d in parameters(theirs, name) if n != "self"
        ]


def test_editors_see_each_flavour_typed(tmp_path: Path) -> None:
    """mypy --strict on files of `assert_type`s over both clients (the swarm objects'
    in their own)."""
    checked = subprocess.run(
        [
            sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"),
            "--cache-dir", str(tmp_path / "cache"),
            str(ROOT / "tests" / "fixtures" / "typing" / "high_level.py"),
            str(ROOT / "tests" / "fixtures" / "typing" / "high_level_swarm.py"),
        ],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stdout + checked.stderr
