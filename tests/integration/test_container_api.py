"""docker-py's non-streaming container methods against the real engine.

Every test body runs twice, on `APIClient` and on `AsyncAPIClient` (the `api`
fixture awaits when the client is async). Containers get unique names and are
removed (force) with plain httpx at the end of each test, whatever happened;
so are the images and volumes tests make.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from dockerapi.api.client import APIClient, AsyncAPIClient
from dockerapi.errors import (
    APIError,
    Conflict,
    DockerTimeoutError,
    ImageNotFound,
    InvalidVersion,
    NotFound,
    NullResource,
)
from dockerapi.types import LogConfig, Mount, Ulimit
from event_window import events_until

pytestmark = pytest.mark.integration

IMAGE = "busybox:latest"
#: A command that runs until killed and reacts to SIGUSR1 (busybox's sleep,
#: as PID 1, would ignore TERM and USR1).
SERVE = ["sh", "-c", "trap 'exit 7' USR1; trap 'exit 0' TERM; while true; do sleep 0.1; done"]


def unique(prefix: str = "k1") -> str:
    return f"dockerapi-{prefix}-{uuid.uuid4().hex[:12]}"


class Engine:
    """Setup checks and cleanup with plain httpx, independent of the code under test."""

    def __init__(self, socket_path: str, podman: bool = False) -> None:
        self.podman = podman
        self.http = httpx.Client(
            transport=httpx.HTTPTransport(uds=socket_path),
            # unversioned: the daemon answers at its own API version, as our clients speak
            base_url="http://docker",
            timeout=120,
        )
        self.containers: list[str] = []
        self.images: list[str] = []
        self.volumes: list[str] = []

    def inspect(self, container: str) -> dict[str, Any]:
        response = self.http.get(f"/containers/{container}/json")
        assert response.status_code == 200, response.text
        inspected: dict[str, Any] = response.json()
        return inspected

    def exists(self, container: str) -> bool:
        return self.http.get(f"/containers/{container}/json").status_code == 200

    def close(self) -> None:
        for container in self.containers:
            self.http.delete(f"/containers/{container}", params={"force": 1, "v": 1})
        for image in self.images:
            self.http.delete(f"/images/{image}", params={"force": 1})
        for volume in self.volumes:
            self.http.delete(f"/volumes/{volume}")
        self.http.close()


class Api:
    """The same calls on either client: coroutines are awaited; containers made
    through `create` are removed by the engine fixture."""

    def __init__(self, client: APIClient | AsyncAPIClient, engine: Engine) -> None:
        self.client = client
        self.engine = engine
        self.is_async = isinstance(client, AsyncAPIClient)

    async def call(self, method: str, /, *args: Any, **kwargs: Any) -> Any:
        result = getattr(self.client, method)(*args, **kwargs)
        if inspect.isawaitable(result):
            result = await result
        return result

    async def create(self, *args: Any, **kwargs: Any) -> str:
        kwargs.setdefault("name", unique())
        self.engine.containers.append(kwargs["name"])
        created = await self.call("create_container", *args, **kwargs)
        assert set(created) == {"Id", "Warnings"}
        container_id: str = created["Id"]
        self.engine.containers.append(container_id)
        return container_id

    async def running(self, *args: Any, **kwargs: Any) -> str:
        container_id = await self.create(*args, **kwargs)
        await self.call("start", container_id)
        return container_id

    async def finished(self, command: Any, **kwargs: Any) -> str:
        container_id = await self.running(IMAGE, command, **kwargs)
        assert (await self.call("wait", container_id))["StatusCode"] == 0
        return container_id


@pytest.fixture
def engine(docker_socket: str, engine_info: Any) -> Iterator[Engine]:
    helper = Engine(docker_socket, engine_info.is_podman)
    yield helper
    helper.close()


@pytest.fixture(params=["sync", "async"])
async def api(
    request: pytest.FixtureRequest, docker_host: str, engine: Engine
) -> AsyncIterator[Api]:
    if request.param == "sync":
        with APIClient(docker_host) as client:
            yield Api(client, engine)
    else:
        async with AsyncAPIClient(docker_host) as async_client:
            yield Api(async_client, engine)


def until(predicate: Callable[[], bool], seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, "condition not reached in time"
        time.sleep(0.05)


def serving(engine: Engine, container: str) -> None:
    """Wait until SERVE's loop runs (its traps are set): a signal that comes earlier
    finds a PID 1 without handlers, which ignores TERM (a busy machine shows it)."""

    def looping() -> bool:
        top = engine.http.get(f"/containers/{container}/top")
        return top.status_code == 200 and "sleep" in json.dumps(top.json()["Processes"])

    until(looping)


# -- create, inspect, start, wait, remove -------------------------------------------


async def test_life_cycle(api: Api, engine: Engine) -> None:
    name = unique()
    container_id = await api.create(IMAGE, "sh -c 'exit 3'", name=name, labels={"k1": "yes"})
    inspected = await api.call("inspect_container", name)
    assert inspected["Id"] == container_id
    assert inspected["Name"] == f"/{name}"
    assert inspected["Config"]["Cmd"] == ["sh", "-c", "exit 3"]
    assert inspected["Config"]["Labels"] == {"k1": "yes"}
    assert inspected["State"]["Status"] == "created"

    assert await api.call("start", {"Id": container_id}) is None
    waited = await api.call("wait", container_id)
    # "Error" is null on API 1.41 daemons; newer ones leave it out when there is none
    assert waited in ({"StatusCode": 3, "Error": None}, {"StatusCode": 3})
    assert (await api.call("inspect_container", container_id))["State"]["ExitCode"] == 3

    assert await api.call("remove_container", container_id) is None
    assert not engine.exists(container_id)
    with pytest.raises(NotFound):
        await api.call("inspect_container", container_id)


async def test_remove_running_needs_force_and_v_removes_volumes(
    api: Api, engine: Engine, engine_info: Any
) -> None:
    container_id = await api.running(IMAGE, SERVE, volumes=["/data"])
    volume = engine.inspect(container_id)["Mounts"][0]["Name"]
    engine.volumes.append(volume)
    with pytest.raises(engine_info.conflict):
        await api.call("remove_container", container_id)
    await api.call("remove_container", container_id, v=True, force=True)
    assert not engine.exists(container_id)
    assert engine.http.get(f"/volumes/{volume}").status_code == 404


async def test_create_errors(api: Api, engine_info: Any) -> None:
    name = unique()
    await api.create(IMAGE, "true", name=name)
    with pytest.raises(engine_info.conflict, match=name):
        await api.create(IMAGE, "true", name=name)
    with pytest.raises(ImageNotFound):
        await api.create("dockerapi-no-such-image:never", "true")
    with pytest.raises(NullResource):
        await api.call("inspect_container", None)
    with pytest.raises(NotFound):
        await api.call("start", unique("missing"))


async def test_create_container_options(api: Api, engine: Engine) -> None:
    container_id = await api.create(
        IMAGE,
        ["sh", "-c", "echo $A"],
        hostname="box",
        domainname="example.test",
        user="1000:1000",
        detach=True,
        stdin_open=True,
        tty=True,
        ports=[80, (53, "udp")],
        environment={"A": "1", "B": "two words"},
        volumes="/vol",
        network_disabled=True,
        entrypoint="/bin/env",
        working_dir="/tmp",
        mac_address="02:42:ac:11:00:42",
        labels=["marker"],
        stop_signal="SIGINT",
        healthcheck={"test": ["CMD", "true"], "interval": 10**9, "retries": 2},
        stop_timeout=4,
        runtime="runc",
        use_config_proxy=False,
        platform="linux/amd64",
    )
    inspected = engine.inspect(container_id)
    config = inspected["Config"]
    assert config["Cmd"] == ["sh", "-c", "echo $A"]
    assert config["Hostname"] == "box"
    assert config["User"] == "1000:1000"
    assert config["AttachStdout"] is False
    assert config["OpenStdin"] is True and config["Tty"] is True
    assert set(config["ExposedPorts"]) == {"80/tcp", "53/udp"}
    assert {"A=1", "B=two words"} <= set(config["Env"])
    assert config["Entrypoint"] == ["/bin/env"]
    assert config["WorkingDir"] == "/tmp"
    assert config["Labels"] == {"marker": ""}
    assert config["StopTimeout"] == 4
    created = Created(inspected, [], engine.podman)
    created.config_kept("Domainname", "example.test")
    created.config_kept("Volumes", {"/vol": {}})
    created.config_kept("NetworkDisabled", True)
    created.config_kept("StopSignal", "SIGINT")
    created.config_kept("Healthcheck", {"Test": ["CMD", "true"], "Interval": 10**9, "Retries": 2})
    created.kept("Runtime", "runc")
    for vol in engine.inspect(container_id)["Mounts"]:
        engine.volumes.append(vol["Name"])


async def test_create_container_from_config_and_builders(api: Api, engine: Engine) -> None:
    client = api.client
    config = client.create_container_config(
        IMAGE,
        ["true"],
        host_config=client.create_host_config(network_mode="none", mem_limit="32m"),
        labels={"from": "config"},
    )
    name = unique()
    engine.containers.append(name)
    created = await api.call("create_container_from_config", config, name)
    engine.containers.append(created["Id"])
    inspected = engine.inspect(name)
    assert inspected["Config"]["Labels"] == {"from": "config"}
    assert inspected["HostConfig"]["NetworkMode"] == "none"
    assert inspected["HostConfig"]["Memory"] == 32 * 1024**2


async def test_create_container_with_config_proxies(
    api: Api, engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "config.json").write_text(
        json.dumps({"proxies": {"default": {"httpProxy": "http://127.0.0.1:3128"}}})
    )
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path))
    container_id = await api.create(IMAGE, "true", environment=["KEEP=1"])
    env = engine.inspect(container_id)["Config"]["Env"]
    assert {"http_proxy=http://127.0.0.1:3128", "HTTP_PROXY=http://127.0.0.1:3128"} <= set(env)
    assert "KEEP=1" in env
    plain = await api.create(IMAGE, "true", use_config_proxy=False)
    assert not any("proxy" in item.lower() for item in engine.inspect(plain)["Config"]["Env"])


async def test_create_with_networking_config(api: Api, engine: Engine) -> None:
    network = unique("net")
    response = engine.http.post("/networks/create", json={"Name": network, "Internal": True})
    assert response.status_code == 201, response.text
    try:
        client = api.client
        networking = client.create_networking_config(
            {network: client.create_endpoint_config(aliases=["k1-web"])}
        )
        container_id = await api.create(
            IMAGE,
            "true",
            host_config=client.create_host_config(network_mode=network),
            networking_config=networking,
        )
        settings = engine.inspect(container_id)["NetworkSettings"]["Networks"][network]
        assert "k1-web" in settings["Aliases"]
        await api.call("remove_container", container_id, force=True)
    finally:
        engine.http.delete(f"/networks/{network}")


# -- containers() ------------------------------------------------------------------


def newest_first(ids: list[str], engine_info: Any) -> list[str]:
    """The order Docker lists containers in; Podman 4.3 lists them unordered."""
    return sorted(ids) if engine_info.is_podman else ids


async def test_containers_listing(api: Api, engine_info: Any) -> None:
    marker = {"dockerapi.k1": unique("list")}
    label = f"dockerapi.k1={marker['dockerapi.k1']}"
    first = await api.create(IMAGE, "true", labels=marker)
    second = await api.create(IMAGE, "true", labels=marker)
    runner = await api.running(IMAGE, SERVE, labels=marker)
    mine = {"label": label}

    running = await api.call("containers", filters=mine)
    assert [c["Id"] for c in running] == [runner]
    everything = await api.call("containers", all=True, filters=mine)
    ordered = newest_first([runner, second, first], engine_info)
    assert newest_first([c["Id"] for c in everything], engine_info) == ordered
    assert everything[0]["Labels"] == marker

    quiet = await api.call("containers", quiet=True, all=True, filters=mine)
    assert all(set(c) == {"Id"} for c in quiet)
    assert newest_first([c["Id"] for c in quiet], engine_info) == ordered
    truncated = await api.call("containers", trunc=True, all=True, filters=mine)
    assert newest_first([c["Id"] for c in truncated], engine_info) == [i[:12] for i in ordered]
    limited = await api.call("containers", limit=2, filters=mine)
    assert newest_first([c["Id"] for c in limited], engine_info) == newest_first(
        [runner, second], engine_info
    )
    assert [c["Id"] for c in await api.call("containers", latest=True, filters=mine)] == [runner]
    sized = await api.call("containers", all=True, size=True, filters=mine)
    assert all("SizeRootFs" in c for c in sized)  # SizeRw is left out when 0
    exited = await api.call("containers", all=True, filters={**mine, "status": "created"})
    assert {c["Id"] for c in exited} == {first, second}


async def test_containers_since_and_before(api: Api, engine_info: Any) -> None:
    marker = {"dockerapi.k1": unique("order")}
    mine = {"label": f"dockerapi.k1={marker['dockerapi.k1']}"}
    first = await api.create(IMAGE, "true", labels=marker)
    second = await api.create(IMAGE, "true", labels=marker)
    third = await api.create(IMAGE, "true", labels=marker)
    # The daemon ignores since/before as query parameters; they are sent as filters.
    since = await api.call("containers", all=True, since=first, filters=mine)
    assert newest_first([c["Id"] for c in since], engine_info) == newest_first(
        [third, second], engine_info
    )
    before = await api.call("containers", all=True, before=third, filters=mine)
    assert newest_first([c["Id"] for c in before], engine_info) == newest_first(
        [second, first], engine_info
    )
    between = await api.call("containers", all=True, since=first, before=third, filters=mine)
    assert [c["Id"] for c in between] == [second]


# -- diff, top, port -----------------------------------------------------------------


async def test_diff(api: Api) -> None:
    changed = await api.finished(["sh", "-c", "touch /k1-made && rm /bin/true"])
    changes = await api.call("diff", changed)
    assert {"Path": "/k1-made", "Kind": 1} in changes
    assert {"Path": "/bin/true", "Kind": 2} in changes
    assert {"Path": "/bin", "Kind": 0} in changes
    untouched = await api.create(IMAGE, "true")
    assert await api.call("diff", untouched) == []


def titles(top: dict[str, Any], engine_info: Any) -> list[str]:
    """`top`'s column titles; Podman 4.3 gives the container's `ps` header as one string."""
    return top["Titles"][0].split() if engine_info.is_podman else top["Titles"]


async def test_top(api: Api, engine_info: Any) -> None:
    container_id = await api.running(IMAGE, SERVE)
    processes = await api.call("top", container_id)
    assert "PID" in titles(processes, engine_info)
    assert any("trap" in " ".join(row) for row in processes["Processes"])
    custom = await api.call("top", container_id, ps_args="-o pid,comm")
    assert titles(custom, engine_info) == ["PID", "COMMAND"]
    stopped = await api.create(IMAGE, "true")
    if engine_info.is_podman:
        # Podman 4.3 answers 200 with "null" where Docker refuses
        assert await api.call("top", stopped) is None
        return
    with pytest.raises(Conflict):
        await api.call("top", stopped)


async def test_port(api: Api) -> None:
    host_config = api.client.create_host_config(
        port_bindings={80: ("127.0.0.1", None), "53/udp": ("127.0.0.1",)}
    )
    container_id = await api.running(
        IMAGE, SERVE, ports=[80, (53, "udp"), 81], host_config=host_config
    )
    tcp = await api.call("port", container_id, 80)
    assert len(tcp) == 1 and tcp[0]["HostIp"] == "127.0.0.1" and int(tcp[0]["HostPort"]) > 0
    assert await api.call("port", container_id, "80/tcp") == tcp
    udp = await api.call("port", container_id, 53)
    assert udp[0]["HostIp"] == "127.0.0.1"
    assert await api.call("port", container_id, "53/tcp") is None
    assert await api.call("port", container_id, 81) is None  # exposed, not published
    assert await api.call("port", container_id, 9999) is None
    host_mode = await api.running(
        IMAGE, SERVE, host_config=api.client.create_host_config(network_mode="none")
    )
    assert await api.call("port", host_mode, 80) is None


# -- signals, pause, stop, restart, kill ---------------------------------------------------


async def test_kill_with_signal_names_and_numbers(api: Api, engine_info: Any) -> None:
    by_name = await api.running(IMAGE, SERVE)
    serving(api.engine, by_name)
    await api.call("kill", by_name, "SIGUSR1")
    assert (await api.call("wait", by_name))["StatusCode"] == 7
    by_number = await api.running(IMAGE, SERVE)
    await api.call("kill", by_number, signal=9)
    assert (await api.call("wait", by_number))["StatusCode"] == 137
    default = await api.running(IMAGE, SERVE)
    await api.call("kill", default)
    assert (await api.call("wait", default))["StatusCode"] == 137
    with pytest.raises(engine_info.conflict):
        await api.call("kill", default)


async def test_pause_and_unpause(api: Api) -> None:
    container_id = await api.running(IMAGE, SERVE)
    await api.call("pause", container_id)
    state = (await api.call("inspect_container", container_id))["State"]
    assert state["Paused"] is True and state["Status"] == "paused"
    await api.call("unpause", container_id)
    for _ in range(50):  # 20.10 may answer the unpause before its state says so
        state = (await api.call("inspect_container", container_id))["State"]
        if not state["Paused"]:
            break
        await asyncio.sleep(0.1)
    assert state["Paused"] is False and state["Running"] is True
    with pytest.raises(APIError, match="not paused"):  # 500 on 1.41, 409 on newer engines
        await api.call("unpause", container_id)


async def test_stop(api: Api, engine_info: Any) -> None:
    stubborn = await api.running(IMAGE, ["sleep", "300"])  # PID 1 ignores TERM: killed
    started = time.monotonic()
    await api.call("stop", stubborn, timeout=1)
    assert time.monotonic() - started < 10
    assert (await api.call("inspect_container", stubborn))["State"]["ExitCode"] == 137
    await api.call("stop", stubborn)  # already stopped: 304, no error

    polite = await api.running(IMAGE, SERVE)
    serving(api.engine, polite)
    if engine_info.is_podman:
        # Podman 4.3 reads a missing `t` as 0 and kills at once; docker-py (and so this
        # client) sends no `t` by default, leaving the container's own stop timeout
        await api.call("stop", polite)
        assert (await api.call("inspect_container", polite))["State"]["ExitCode"] == 137
        polite = await api.running(IMAGE, SERVE)
        serving(api.engine, polite)
        await api.call("stop", polite, timeout=10)
    else:
        await api.call("stop", polite)
    assert (await api.call("inspect_container", polite))["State"]["ExitCode"] == 0


@pytest.mark.parametrize("method", ["stop", "restart"])
async def test_signal_needs_api_1_42(
    api: Api, engine: Engine, engine_info: Any, method: str
) -> None:
    container_id = await api.running(IMAGE, SERVE)
    if not engine_info.api_at_least("1.42"):
        with pytest.raises(InvalidVersion, match=r'"signal" of Container\w+ requires API 1\.42'):
            await api.call(method, container_id, timeout=1, signal="SIGUSR1")
        assert engine.inspect(container_id)["State"]["Running"] is True
        return
    # honoured: SERVE exits 7 on USR1 (the default signal, TERM, would make it exit 0)
    serving(engine, container_id)
    since = int(time.time()) - 1
    await api.call(method, container_id, timeout=10, signal="SIGUSR1")
    filters = json.dumps({"container": [container_id], "event": ["die"]})
    events = engine.http.get(
        "/events",
        params={"since": since, "until": events_until(engine_info.is_podman), "filters": filters},
    )
    died = [json.loads(line) for line in events.text.splitlines() if line.strip()]
    assert died and died[0]["Actor"]["Attributes"]["exitCode"] == "7"
    assert engine.inspect(container_id)["State"]["Running"] is (method == "restart")


async def test_restart(api: Api, engine: Engine) -> None:
    container_id = await api.running(IMAGE, SERVE)
    before = engine.inspect(container_id)["State"]["StartedAt"]
    await api.call("restart", container_id, timeout=1)
    state = engine.inspect(container_id)["State"]
    assert state["Running"] is True
    assert state["StartedAt"] != before
    stopped = await api.create(IMAGE, SERVE)
    await api.call("restart", stopped)  # restart starts a stopped container
    assert engine.inspect(stopped)["State"]["Running"] is True


# -- wait -------------------------------------------------------------------------------


async def test_wait_timeout(api: Api) -> None:
    container_id = await api.running(IMAGE, SERVE)
    started = time.monotonic()
    with pytest.raises(DockerTimeoutError, match=r"within 0\.5 s") as caught:
        await api.call("wait", container_id, timeout=0.5)
    assert time.monotonic() - started < 5
    assert isinstance(caught.value, TimeoutError)
    # The client is still usable after a timed-out wait.
    await api.call("kill", container_id)
    assert (await api.call("wait", container_id, timeout=30))["StatusCode"] == 137


async def test_wait_conditions(api: Api, engine: Engine) -> None:
    auto_removed = await api.running(
        IMAGE,
        ["sleep", "1"],
        host_config=api.client.create_host_config(auto_remove=True),
    )
    status = await api.call("wait", auto_removed, condition="removed")
    assert status["StatusCode"] == 0
    until(lambda: not engine.exists(auto_removed))

    finished = await api.finished(["true"])
    result = await api.call("wait", finished, condition="not-running")
    assert result["StatusCode"] == 0

    with pytest.raises(NotFound):
        await api.call("wait", unique("missing"))


# -- rename, resize, update ----------------------------------------------------------------


async def test_rename(api: Api, engine: Engine) -> None:
    container_id = await api.create(IMAGE, "true")
    new_name = unique("renamed")
    engine.containers.append(new_name)
    await api.call("rename", container_id, new_name)
    assert engine.inspect(container_id)["Name"] == f"/{new_name}"
    taken = await api.create(IMAGE, "true")
    with pytest.raises(Conflict):
        await api.call("rename", taken, new_name)


async def test_resize(api: Api) -> None:
    container_id = await api.running(IMAGE, SERVE, tty=True, stdin_open=True)
    assert await api.call("resize", container_id, 40, 100) is None
    with pytest.raises(NotFound):
        await api.call("resize", unique("missing"), 40, 100)


async def test_update_container(api: Api, engine: Engine, engine_info: Any) -> None:
    engine_info.not_on_podman("4.3 has no /containers/{id}/update in its compatible API")
    container_id = await api.running(IMAGE, SERVE)
    result = await api.call(
        "update_container",
        container_id,
        cpu_shares=512,
        cpu_period=100000,
        cpu_quota=50000,
        cpuset_cpus="0",
        cpuset_mems="0",
        mem_limit="64m",
        mem_reservation="32m",
        memswap_limit="128m",
        restart_policy={"Name": "on-failure", "MaximumRetryCount": 2},
    )
    assert isinstance(result["Warnings"], list | None)
    host_config = engine.inspect(container_id)["HostConfig"]
    assert host_config["CpuShares"] == 512
    assert host_config["CpuPeriod"] == 100000
    assert host_config["CpuQuota"] == 50000
    assert host_config["CpusetCpus"] == "0"
    assert host_config["CpusetMems"] == "0"
    assert host_config["Memory"] == 64 * 1024**2
    assert host_config["MemoryReservation"] == 32 * 1024**2
    assert host_config["MemorySwap"] == 128 * 1024**2
    assert host_config["RestartPolicy"] == {"Name": "on-failure", "MaximumRetryCount": 2}


# -- commit, prune -------------------------------------------------------------------------


def image_id(value: str) -> str:
    """An image ID with its digest algorithm (Podman 4.3 leaves "sha256:" out)."""
    return value if value.startswith("sha256:") else f"sha256:{value}"


async def test_commit(api: Api, engine: Engine) -> None:
    container_id = await api.finished(["sh", "-c", "echo k1 > /committed"])
    repository = f"dockerapi-k1-commit-{uuid.uuid4().hex[:8]}"
    engine.images.append(f"{repository}:v1")
    result = await api.call(
        "commit",
        container_id,
        repository,
        "v1",
        message="k1 snapshot",
        author="dockerapi tests",
        changes=["ENV K1=yes", "LABEL k1=committed"],
        conf={"Cmd": ["cat", "/committed"], "Labels": {"from": "conf"}},
    )
    assert image_id(result["Id"]).startswith("sha256:")
    engine.images.append(result["Id"])
    image = engine.http.get(f"/images/{repository}:v1/json").json()
    assert image_id(image["Id"]) == image_id(result["Id"])
    assert image["Comment"] == "k1 snapshot"
    assert image["Author"] == "dockerapi tests"
    assert "K1=yes" in image["Config"]["Env"]
    assert image["Config"]["Labels"]["k1"] == "committed"
    if not engine.podman:  # Podman 4.3 ignores the `conf` body of a commit
        assert image["Config"]["Cmd"] == ["cat", "/committed"]
    untagged = await api.call("commit", {"Id": container_id}, pause=False)
    engine.images.append(untagged["Id"])
    assert len(image_id(untagged["Id"])) == len("sha256:") + 64


async def test_prune_containers(api: Api, engine: Engine) -> None:
    marker = {"dockerapi.k1": unique("prune")}
    label = f"dockerapi.k1={marker['dockerapi.k1']}"
    stopped = await api.create(IMAGE, "true", labels=marker)
    running = await api.running(IMAGE, SERVE, labels=marker)
    unrelated = await api.create(IMAGE, "true")
    pruned = await api.call("prune_containers", filters={"label": label})
    assert pruned["ContainersDeleted"] == [stopped]
    assert isinstance(pruned["SpaceReclaimed"], int)
    assert not engine.exists(stopped)
    assert engine.exists(running) and engine.exists(unrelated)
    again = await api.call("prune_containers", filters={"label": [label]})
    assert not again["ContainersDeleted"]


# -- HostConfig translation groups, through create_container -------------------------------


#: HostConfig keys Podman 4.3's inspect does not give back as created (docs/engines.md).
PODMAN_ECHOES_OTHERWISE = {
    "UsernsMode": "reports an empty mode for userns_mode='host'",
    "LogConfig": "keeps the log driver but not its options",
    "Devices": "reports the device without its cgroup permissions",
    "DeviceCgroupRules": "does not report device cgroup rules",
    "DeviceRequests": "does not report device requests",
    "Runtime": "reports its runtime as 'oci'",
    "CgroupParent": "reports the cgroup parent it made",
    "Isolation": "does not report the isolation",
    "VolumeDriver": "does not report the volume driver",
    "IpcMode": "reports 'shareable' as 'private'",
    "CgroupnsMode": "reports the cgroup namespace mode it used",
    "MaskedPaths": "reports its own masked paths",
    "ReadonlyPaths": "reports its own read-only paths",
    "CpuRealtimePeriod": "does not report realtime CPU settings",
    "CpuRealtimeRuntime": "does not report realtime CPU settings",
    "PublishAllPorts": "does not report publish-all",
    "Sysctls": "does not report sysctls",
    "ConsoleSize": "does not report the console size",
    "Ulimits": "reports ulimits by their RLIMIT_ names, with its own defaults added",
}


#: Config keys Podman 4.3's inspect does not give back as created (docs/engines.md).
PODMAN_CONFIG_ECHOES_OTHERWISE = {
    "Domainname": "ignores the domain name",
    "Volumes": "does not report anonymous volumes under Config",
    "NetworkDisabled": "does not report it",
    "StopSignal": "reports the stop signal by number ('2' for SIGINT)",
    "Healthcheck": "adds its default timeout",
}


class Created:
    """What the daemon made of a create: inspect output and warnings."""

    def __init__(
        self, inspected: dict[str, Any], warnings: list[str], podman: bool = False
    ) -> None:
        self.inspected = inspected
        self.host_config: dict[str, Any] = inspected["HostConfig"]
        self.warnings = warnings
        self.podman = podman

    def kept(self, key: str, expected: Any, warning_word: str | None = None) -> None:
        """The daemon kept `expected`, or (when `warning_word` is given) said this
        host cannot apply it (Podman drops such options without a word)."""
        podman_differs = key in PODMAN_ECHOES_OTHERWISE or warning_word is not None
        if self.podman and podman_differs and self.host_config.get(key) != expected:
            return  # what Podman reports instead: PODMAN_ECHOES_OTHERWISE, docs/engines.md
        if warning_word is not None and self.host_config[key] != expected:
            assert any(warning_word.lower() in w.lower() for w in self.warnings), (
                key,
                self.warnings,
            )
            return
        assert self.host_config[key] == expected, key

    def config_kept(self, key: str, expected: Any) -> None:
        """Config has `expected` under `key` (Podman: unless it reports it otherwise)."""
        found = self.inspected["Config"].get(key)
        if self.podman and key in PODMAN_CONFIG_ECHOES_OTHERWISE and found != expected:
            return
        assert found == expected, key


async def create_with(api: Api, engine: Engine, **host_options: Any) -> Created:
    """create_container(host_config=client.create_host_config(**host_options))."""
    ports = host_options.pop("_ports", None)
    volumes = host_options.pop("_volumes", None)
    name = unique("hc")
    engine.containers.append(name)
    created = await api.call(
        "create_container",
        IMAGE,
        "true",
        name=name,
        ports=ports,
        volumes=volumes,
        host_config=api.client.create_host_config(**host_options),
    )
    engine.containers.append(created["Id"])
    inspected = engine.inspect(created["Id"])
    for mount in inspected["Mounts"]:
        if mount["Type"] == "volume":
            engine.volumes.append(mount["Name"])
    return Created(inspected, created["Warnings"] or [], engine.podman)


async def test_host_config_memory(api: Api, engine: Engine, engine_info: Any) -> None:
    options: dict[str, Any] = {
        "mem_limit": "64m",
        "memswap_limit": "128m",
        "mem_reservation": "32m",
        "kernel_memory": "50m",
        "shm_size": "16m",
        "mem_swappiness": 10,
        "oom_kill_disable": True,
        "oom_score_adj": 500,
    }
    mib = 1024**2
    if engine_info.api_at_least("1.42"):
        # KernelMemory was removed in API 1.42: refused before anything is sent
        with pytest.raises(InvalidVersion, match=r"KernelMemory.*removed in API 1\.42"):
            await create_with(api, engine, **options)
        del options["kernel_memory"]
        c = await create_with(api, engine, **options)
        assert not c.host_config.get("KernelMemory")
    else:
        c = await create_with(api, engine, **options)
        c.kept("KernelMemory", 50 * mib, "kernel memory")
    c.kept("Memory", 64 * mib)
    c.kept("MemorySwap", 128 * mib)
    c.kept("MemoryReservation", 32 * mib)
    c.kept("ShmSize", 16 * mib)
    c.kept("OomScoreAdj", 500)
    c.kept("MemorySwappiness", 10, "swappiness")
    c.kept("OomKillDisable", True, "OOM")


async def test_host_config_cpu(api: Api, engine: Engine) -> None:
    c = await create_with(
        api,
        engine,
        cpu_shares=512,
        cpu_period=100000,
        cpu_quota=50000,
        cpuset_cpus="0",
        cpuset_mems="0",
        cpu_rt_period=1000000,
        cpu_rt_runtime=950000,
    )
    c.kept("CpuShares", 512)
    c.kept("CpuPeriod", 100000)
    c.kept("CpuQuota", 50000)
    c.kept("CpusetCpus", "0")
    c.kept("CpusetMems", "0")
    c.kept("CpuRealtimePeriod", 1000000)
    c.kept("CpuRealtimeRuntime", 950000)
    # Windows options: a Linux daemon may discard them, saying so.
    windows = await create_with(api, engine, cpu_count=2, cpu_percent=50)
    windows.kept("CpuCount", 2, "CPU count")
    windows.kept("CpuPercent", 50, "CPU percent")
    nano = await create_with(api, engine, nano_cpus=500_000_000)
    nano.kept("NanoCpus", 500_000_000)


async def test_host_config_blkio(api: Api, engine: Engine) -> None:
    rate = [{"Path": "/dev/null", "Rate": 1024}]
    c = await create_with(
        api,
        engine,
        blkio_weight=300,
        blkio_weight_device=[{"Path": "/dev/null", "Weight": 200}],
        device_read_bps=rate,
        device_write_bps=rate,
        device_read_iops=rate,
        device_write_iops=rate,
    )
    c.kept("BlkioWeight", 300, "weight")
    c.kept("BlkioWeightDevice", [{"Path": "/dev/null", "Weight": 200}], "weight_device")
    c.kept("BlkioDeviceReadBps", rate, "throttle")
    c.kept("BlkioDeviceWriteBps", rate, "throttle")
    c.kept("BlkioDeviceReadIOps", rate, "IOPs")
    c.kept("BlkioDeviceWriteIOps", rate, "IOPs")


async def test_host_config_binds_and_mounts(api: Api, engine: Engine, tmp_path: Path) -> None:
    for sub in ("rw", "ro", "prop", "list", "mount"):
        (tmp_path / sub).mkdir()
    c = await create_with(
        api,
        engine,
        binds={
            str(tmp_path / "rw"): {"bind": "/mnt/rw", "mode": "rw"},
            str(tmp_path / "ro"): {"bind": "/mnt/ro", "mode": "ro"},
            str(tmp_path / "prop"): {"bind": "/mnt/prop", "mode": "rw", "propagation": "rslave"},
        },
        _volumes=["/mnt/rw", "/mnt/ro"],
    )
    points = {m["Destination"]: m for m in c.inspected["Mounts"]}
    assert points["/mnt/rw"]["RW"] is True
    assert points["/mnt/ro"]["RW"] is False
    assert points["/mnt/prop"]["Propagation"] == "rslave"

    listed = await create_with(api, engine, binds=[f"{tmp_path / 'list'}:/mnt/list:ro"])
    (bind,) = listed.host_config["Binds"]
    if engine.podman:  # Podman 4.3 adds the options it applied
        assert bind == f"{tmp_path / 'list'}:/mnt/list:ro,rprivate,rbind"
    else:
        assert bind == f"{tmp_path / 'list'}:/mnt/list:ro"
    assert listed.inspected["Mounts"][0]["RW"] is False

    volume = unique("vol")
    engine.volumes.append(volume)
    mounted = await create_with(
        api,
        engine,
        mounts=[
            Mount("/data", volume, labels={"k1": "yes"}),
            Mount("/host", str(tmp_path / "mount"), type="bind", read_only=True),
            Mount("/scratch", None, type="tmpfs", tmpfs_size="8m"),
        ],
        tmpfs={"/run": "size=4m"},
    )
    if engine.podman:
        # Podman 4.3 reports mounts under Mounts only, not HostConfig.Mounts/Tmpfs
        points = {m["Destination"]: m for m in mounted.inspected["Mounts"]}
        assert points["/data"]["Name"] == volume
        assert points["/host"]["RW"] is False
        return
    by_target = {m["Target"]: m for m in mounted.host_config["Mounts"]}
    assert by_target["/data"]["Source"] == volume
    assert by_target["/host"]["ReadOnly"] is True
    assert by_target["/scratch"]["TmpfsOptions"] == {"SizeBytes": 8 * 1024**2}
    assert mounted.host_config["Tmpfs"] == {"/run": "size=4m"}


async def test_host_config_port_bindings(api: Api, engine: Engine) -> None:
    c = await create_with(
        api,
        engine,
        port_bindings={
            1111: 4567,
            2222: None,
            "3333/udp": ("127.0.0.1", 3333),
            4444: ("127.0.0.1",),
            5555: [1234, ("127.0.0.1", 1235)],
            "8000-8001": "9000-9001",
        },
        _ports=[1111, 2222, (3333, "udp"), 4444, 5555, "8000-8001"],
    )
    bindings = c.host_config["PortBindings"]
    if engine.podman:
        # Podman 4.3 picks the host ports left open when it creates the container
        for port in ("2222/tcp", "4444/tcp"):
            assert int(bindings[port][0]["HostPort"]) > 0
            bindings[port][0]["HostPort"] = ""
        # ... and does not keep the order of several bindings of one port
        bindings["5555/tcp"].sort(key=lambda b: b["HostIp"])
    assert bindings == {
        "1111/tcp": [{"HostIp": "", "HostPort": "4567"}],
        "2222/tcp": [{"HostIp": "", "HostPort": ""}],
        "3333/udp": [{"HostIp": "127.0.0.1", "HostPort": "3333"}],
        "4444/tcp": [{"HostIp": "127.0.0.1", "HostPort": ""}],
        "5555/tcp": [
            {"HostIp": "", "HostPort": "1234"},
            {"HostIp": "127.0.0.1", "HostPort": "1235"},
        ],
        "8000/tcp": [{"HostIp": "", "HostPort": "9000"}],
        "8001/tcp": [{"HostIp": "", "HostPort": "9001"}],
    }
    everything = await create_with(api, engine, publish_all_ports=True, _ports=[80])
    everything.kept("PublishAllPorts", True)


async def test_host_config_network(api: Api, engine: Engine) -> None:
    c = await create_with(
        api,
        engine,
        dns=["10.0.0.53"],
        dns_opt=["ndots:2"],
        dns_search=["example.test"],
        extra_hosts={"db": "10.0.0.2"},
        network_mode="none",
    )
    c.kept("Dns", ["10.0.0.53"])
    c.kept("DnsOptions", ["ndots:2"])
    c.kept("DnsSearch", ["example.test"])
    c.kept("ExtraHosts", ["db:10.0.0.2"])
    c.kept("NetworkMode", "none")

    if engine.podman:
        return  # Podman refuses legacy links ("link is not supported")
    target = await api.create(IMAGE, "true", volumes=["/shared"])
    target_name = engine.inspect(target)["Name"].lstrip("/")
    for mount in engine.inspect(target)["Mounts"]:
        engine.volumes.append(mount["Name"])
    linked = await create_with(
        api,
        engine,
        links={target_name: "alias"},
        volumes_from=[f"{target_name}:ro"],
        extra_hosts=["api:10.0.0.4"],
    )
    own_name = linked.inspected["Name"]
    linked.kept("Links", [f"/{target_name}:{own_name}/alias"])
    linked.kept("VolumesFrom", [f"{target_name}:ro"])
    linked.kept("ExtraHosts", ["api:10.0.0.4"])
    joined = await create_with(api, engine, network_mode=f"container:{target}")
    joined.kept("NetworkMode", f"container:{target}")


async def test_host_config_security_and_namespaces(api: Api, engine: Engine) -> None:
    c = await create_with(
        api,
        engine,
        cap_add=["SYS_ADMIN"],
        cap_drop=["NET_RAW"],
        security_opt=["no-new-privileges"],
        ipc_mode="shareable",
        pid_mode="host",
        uts_mode="host",
        userns_mode="host",
        cgroupns="private",
        group_add=["audio", 1000],
        read_only=True,
        sysctls={"net.core.somaxconn": 1024},
        masked_paths=["/proc/kcore"],
        readonly_paths=["/proc/sys"],
    )
    c.kept("CapAdd", ["SYS_ADMIN"])
    c.kept("CapDrop", ["NET_RAW"])
    assert "no-new-privileges" in c.host_config["SecurityOpt"]
    c.kept("IpcMode", "shareable")
    c.kept("PidMode", "host")
    c.kept("UTSMode", "host")
    c.kept("UsernsMode", "host")
    c.kept("CgroupnsMode", "private")
    c.kept("GroupAdd", ["audio", "1000"])
    c.kept("ReadonlyRootfs", True)
    c.kept("Sysctls", {"net.core.somaxconn": "1024"})
    c.kept("MaskedPaths", ["/proc/kcore"])
    c.kept("ReadonlyPaths", ["/proc/sys"])
    privileged = await create_with(api, engine, privileged=True)
    privileged.kept("Privileged", True)


async def test_host_config_resources_logging_restart(api: Api, engine: Engine) -> None:
    c = await create_with(
        api,
        engine,
        restart_policy={"Name": "on-failure", "MaximumRetryCount": 3},
        log_config=LogConfig(type="json-file", config={"max-size": "1m"}),
        ulimits=[Ulimit(name="nofile", soft=1024, hard=2048)],
        pids_limit=100,
        init=True,
        runtime="runc",
        cgroup_parent="dockerapi-k1",
        devices=["/dev/null:/dev/k1null:rw"],
        device_cgroup_rules=["c 1:3 mr"],
        device_requests=[{"driver": "cdi", "count": 1}],
        volume_driver="local",
        isolation="default",
    )
    c.kept("RestartPolicy", {"Name": "on-failure", "MaximumRetryCount": 3})
    c.kept("LogConfig", {"Type": "json-file", "Config": {"max-size": "1m"}})
    c.kept("Ulimits", [{"Name": "nofile", "Soft": 1024, "Hard": 2048}])
    c.kept("PidsLimit", 100)
    c.kept("Init", True)
    c.kept("Runtime", "runc")
    c.kept("CgroupParent", "dockerapi-k1")
    c.kept(
        "Devices",
        [{"PathOnHost": "/dev/null", "PathInContainer": "/dev/k1null", "CgroupPermissions": "rw"}],
    )
    c.kept("DeviceCgroupRules", ["c 1:3 mr"])
    c.kept(
        "DeviceRequests",
        [{"Driver": "cdi", "Count": 1, "DeviceIDs": [], "Capabilities": [], "Options": {}}],
    )
    c.kept("VolumeDriver", "local")
    c.kept("Isolation", "default")
    removed = await create_with(api, engine, auto_remove=True)
    removed.kept("AutoRemove", True)
    sized = await create_with(api, engine, console_size=(24, 80))
    sized.kept("ConsoleSize", [24, 80])


async def test_host_config_newer_than_the_engine_is_refused(
    api: Api, engine: Engine, engine_info: Any
) -> None:
    name = unique("refused")
    host_config = api.client.create_host_config(annotations={"a": "b"})
    if engine_info.api_at_least("1.43"):
        await api.create(IMAGE, "true", name=name, host_config=host_config)
        assert engine.inspect(name)["HostConfig"]["Annotations"] == {"a": "b"}
        return
    with pytest.raises(InvalidVersion, match=r"HostConfig\.Annotations.*requires API 1\.43"):
        await api.create(IMAGE, "true", name=name, host_config=host_config)
    assert not engine.exists(name)


# -- docker-py as the oracle ---------------------------------------------------------------


def shells(top: dict[str, Any]) -> list[list[str]]:
    """The rows (PID, PPID, COMMAND) of `top` for the container's long-lived shell: its
    children come and go, forked shells among them. Podman 4.3 gives each row as one
    string."""
    rows = [row[0].split() if len(row) == 1 else row for row in top["Processes"]]
    pids = {row[0] for row in rows if row[-1] == "sh"}
    return [row for row in rows if row[-1] == "sh" and row[1] not in pids]


async def test_same_results_as_docker_py(api: Api, docker_host: str, engine_info: Any) -> None:
    docker = pytest.importorskip("docker")
    theirs = docker.APIClient(base_url=docker_host, version=engine_info.api_version)
    try:
        marker = {"dockerapi.k1": unique("oracle")}
        mine = {"label": f"dockerapi.k1={marker['dockerapi.k1']}"}
        host_config = api.client.create_host_config(port_bindings={80: ("127.0.0.1", None)})
        assert host_config == theirs.create_host_config(port_bindings={80: ("127.0.0.1", None)})
        running = await api.running(
            IMAGE, SERVE, ports=[80], host_config=host_config, labels=marker
        )
        changed = await api.finished(["touch", "/k1"], labels=marker)

        assert await api.call("inspect_container", running) == theirs.inspect_container(running)
        assert await api.call("port", running, 80) == theirs.port(running, 80)
        assert await api.call("port", running, "81/tcp") == theirs.port(running, "81/tcp")
        # ps columns such as C (CPU %) and the short-lived `sleep` children change
        # between two calls, so compare the stable part: titles and the shell's row.
        ps_args = "-o pid,ppid,comm"
        ours_top = await api.call("top", running, ps_args=ps_args)
        theirs_top = theirs.top(running, ps_args=ps_args)
        assert ours_top["Titles"] == theirs_top["Titles"]
        assert titles(ours_top, engine_info) == ["PID", "PPID", "COMMAND"]
        assert shells(ours_top) == shells(theirs_top) != []
        assert (await api.call("top", running))["Titles"] == theirs.top(running)["Titles"]
        assert await api.call("diff", changed) == theirs.diff(changed)
        assert await api.call("wait", changed) == theirs.wait(changed)
        for options in ({}, {"all": True}, {"all": True, "quiet": True}, {"trunc": True}):
            ours = await api.call("containers", filters=mine, **options)
            mine_then_theirs = [ours, theirs.containers(filters=mine, **options)]
            # "Up 1 second" / "Up Less than a second": the time between the two calls
            for listing in mine_then_theirs:
                for container in listing:
                    container.pop("Status", None)
            assert mine_then_theirs[0] == mine_then_theirs[1], options
    finally:
        theirs.close()
