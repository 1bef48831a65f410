"""Engines of their own for the swarm, service, task, secret, config and plugin tests.

A swarm is never made on an engine other tests use. These tests start (once per run,
when the first of them needs it) and stop (when the last is done) two further instances
of the project's engines, each with its own state, socket, bridge, address range,
registry, guard, loopback address and swarm ports (`scripts/engine env`; instances 5
and 6 are theirs, docs/engines.md):

- the manager: the suite's own engine (20.10, 26.1 or 28.5) as instance 5, a single-node
  swarm advertised on its loopback address, with an address pool inside its range (so
  the egress guard covers every network the swarm makes) and a data path port of its own;
- the worker: another engine as instance 6 (26.1 beside a 28.5 manager and the other way
  round, 20.10 beside 20.10), for the two-node tests and for the tests that make, lock
  and leave swarms of their own.

Each engine gets a `docker_gwbridge` made beforehand on a bridge named after its slot,
so that no two engines share swarm's default bridge. Whatever a test leaves, the end of
the run leaves the swarms (force), removes what they made and stops both engines; their
state directories are removed. A lock per engine instance keeps two test runs on one
machine from sharing one. Podman has no swarm or plugins: skipped there.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import json
import os
import shutil
import subprocess
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from both_clients import call, items
from dockerapi import APIClient, AsyncAPIClient, AsyncDockerClient, DockerClient
from dockerapi.errors import APIError, NotFound, StreamError

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "engine"
#: scripts/engine's instances for the manager and the worker (docs/engines.md).
MANAGER_INSTANCE = "5"
WORKER_INSTANCE = "6"
#: The worker's engine, by the manager's (the suite's): a mixed-version swarm where
#: the project has two versions with swarm tests side by side in CI.
WORKER_ENGINE = {"20.10": "20.10", "26.1": "28.5", "28.5": "26.1"}
#: Set to 0, the swarm tests are skipped: CI runs them in two of its three parallel
#: Docker suites only (.ci/run, docs/engines.md).
SWARM_TESTS_SWITCH = "DOCKERAPI_SWARM_TESTS"
#: How long a run waits for another run on this machine to give the engines back.
LOCK_WAIT_SECONDS = 1200
#: swarm's docker_gwbridge, made beforehand so that each engine has its own bridge.
GWBRIDGE_NETWORK = "docker_gwbridge"
#: The ingress network's endpoint on each node.
INGRESS_SANDBOX = "ingress-sbox"


@dataclass(frozen=True)
class SwarmEngine:
    """One engine instance started for these tests, and what `scripts/engine env` says."""

    name: str
    instance: str
    facts: dict[str, str]
    environment: dict[str, str]

    @property
    def host(self) -> str:
        return self.facts["DOCKERAPI_TEST_HOST"]

    @property
    def registry(self) -> str:
        return self.facts["DOCKERAPI_TEST_REGISTRY"]

    @property
    def address_pool(self) -> str:
        return self.facts["DOCKERAPI_SWARM_ADDR_POOL"]

    @property
    def address(self) -> str:
        """Its own loopback address: where its swarm listens and is advertised."""
        return self.facts["DOCKERAPI_SWARM_ADDR"]

    @property
    def listen_addr(self) -> str:
        return f"{self.address}:{self.facts['DOCKERAPI_SWARM_PORT']}"

    @property
    def data_path_port(self) -> int:
        return int(self.facts["DOCKERAPI_SWARM_DATA_PORT"])

    @property
    def gwbridge(self) -> str:
        return self.facts["DOCKERAPI_SWARM_GWBRIDGE"]

    @property
    def ip_range(self) -> str:
        return self.facts["DOCKERAPI_TEST_RANGE"]

    def script(self, command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["bash", str(SCRIPT), "--engine", self.name, command],
            env=self.environment,
            capture_output=True,
            text=True,
            timeout=600,
        )

    def restart(self) -> None:
        """Stop and start the engine again (a manager with autolock comes back locked)."""
        for command in ("stop", "start"):
            done = self.script(command)
            assert done.returncode == 0, done.stderr

    def wait_for_ingress(self) -> None:
        """Wait until the engine has joined its swarm's ingress network: a node that
        leaves before that waits 5 s for the network's removal (the daemon's timeout)."""
        deadline = time.monotonic() + 30
        with APIClient(self.host) as api:
            while time.monotonic() < deadline:
                # by ID: the ingress network of a swarm just left may still be there
                for network_id in _ingress_networks(api):
                    try:
                        joined = api.inspect_network(network_id).get("Containers") or {}
                    except NotFound:
                        continue
                    if INGRESS_SANDBOX in joined:
                        return
                time.sleep(0.05)
        raise AssertionError(f"{self.name}/{self.instance} did not join the ingress network")

    def wait_for_no_ingress(self) -> None:
        """Wait until the ingress network of a swarm this engine left is gone."""
        deadline = time.monotonic() + 30
        with APIClient(self.host) as api:
            while _ingress_networks(api) and time.monotonic() < deadline:
                time.sleep(0.05)

    def prepare_gwbridge(self, api: APIClient) -> None:
        """swarm's docker_gwbridge network on this engine's own bridge, its subnet from
        the engine's pools (inside the guard); swarm uses it as it finds it."""
        try:
            api.inspect_network(GWBRIDGE_NETWORK)
        except NotFound:
            api.create_network(
                GWBRIDGE_NETWORK,
                driver="bridge",
                options={
                    "com.docker.network.bridge.name": self.gwbridge,
                    "com.docker.network.bridge.enable_icc": "false",
                    "com.docker.network.bridge.enable_ip_masquerade": "false",
                },
            )


def _ingress_networks(api: APIClient) -> list[str]:
    """The IDs of the networks named `ingress` (the name filter matches substrings)."""
    return [net["Id"] for net in api.networks(names=["ingress"]) if net["Name"] == "ingress"]


def _environment(name: str, instance: str) -> dict[str, str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DOCKERAPI_ENGINE", "DOCKERAPI_REGISTRY", "DOCKER_HOST"))
    }
    environment.update(
        DOCKERAPI_ENGINE_INSTANCE=instance,
        DOCKERAPI_ENGINE_STATE=f"/var/lib/dockerapi-swarm-tests/{name}-{instance}",
        DOCKERAPI_ENGINE_RUN=f"/run/dockerapi-swarm-tests/{name}-{instance}",
    )
    return environment


def engine_socket(environment: dict[str, str]) -> str:
    return f"{environment['DOCKERAPI_ENGINE_RUN']}/docker.sock"


def _held(name: str, instance: str) -> int:
    """An exclusive lock on the engine instance (another run on this machine waits)."""
    Path("/run/lock").mkdir(exist_ok=True)
    lock = os.open(f"/run/lock/dockerapi-swarm-tests-{name}-{instance}", os.O_RDWR | os.O_CREAT)
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    while True:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return lock
        except BlockingIOError:
            if time.monotonic() > deadline:
                os.close(lock)
                pytest.fail(f"another test run kept engine {name} instance {instance} too long")
            time.sleep(1)


async def _leave_forcibly(target: Any, method: str = "leave_swarm") -> bool:
    """`target.<method>(force=True)`, once more when the daemon raced itself: right
    after a manager's autolock setting changed, Docker 20.10 may still be rewriting its
    key in swarm/certificates when the leave removes that directory ("unlinkat ...:
    directory not empty", HTTP 500). A second leave may find it done, or the node out
    of the swarm (503); it cannot undo a half-removed locked state (docs/engines.md)."""
    try:
        return bool(await call(target, method, force=True))
    except APIError as error:
        if error.status_code != 500 or "directory not empty" not in str(error):
            raise
    await asyncio.sleep(1)
    try:
        return bool(await call(target, method, force=True))
    except APIError as error:
        if error.status_code == 503 and "not part of a swarm" in str(error):
            return True  # the first leave got that far
        raise


@pytest.fixture
def leave_forcibly() -> Any:
    """Leave a swarm with force, tolerating 20.10's race with its own key rewrite."""
    return _leave_forcibly


def _leave_and_clean(engine: SwarmEngine) -> None:
    """Leave any swarm (force) and remove the docker_gwbridge this run made."""
    try:
        with APIClient(engine.host, timeout=60) as api:
            api.leave_swarm(force=True)
            for _ in range(50):  # the ingress sandbox lets go of the bridge shortly after
                try:
                    api.remove_network(GWBRIDGE_NETWORK)
                    break
                except NotFound:
                    break
                except APIError:
                    time.sleep(0.2)
    except Exception as error:  # the engine is stopped next anyway; say what was left
        print(f"cleaning the swarm of {engine.name}/{engine.instance}: {error!r}")


@dataclass
class _Stopping:
    """An engine being stopped in the background (the worker's stop runs while the
    manager is cleaned up), then its directories removed and its lock released."""

    name: str
    instance: str
    environment: dict[str, str]
    lock: int
    process: subprocess.Popen[str] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["bash", str(SCRIPT), "--engine", self.name, "stop"],
            env=self.environment,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )

    def finish(self) -> None:
        try:
            if self.process is None:
                self.start()
            assert self.process is not None
            _, errors = self.process.communicate(timeout=300)
            # only a stopped engine's directories go (a running one needs its pid files)
            if self.process.returncode == 0 and not Path(engine_socket(self.environment)).exists():
                for directory in ("DOCKERAPI_ENGINE_STATE", "DOCKERAPI_ENGINE_RUN"):
                    shutil.rmtree(self.environment[directory], ignore_errors=True)
            else:
                print(f"engine {self.name}/{self.instance} did not stop: {errors}")
        finally:
            os.close(self.lock)


#: Engines whose stop has started and is not yet waited for.
_STOPPING: list[_Stopping] = []


def _started(name: str, instance: str, engine_info: Any, *, last: bool) -> Iterator[SwarmEngine]:
    """Start the engine (waiting for its lock), hand it over, then clean up and stop it
    and remove its state, whatever happened. The `last` one to be torn down waits for
    the others' stops."""
    if engine_info.name not in WORKER_ENGINE:
        pytest.skip(f"swarm tests run on the project's Docker engines, not {engine_info.name}")
    if os.environ.get(SWARM_TESTS_SWITCH) == "0":
        pytest.skip(f"{SWARM_TESTS_SWITCH}=0: this suite runs no swarm tests (docs/engines.md)")
    if os.geteuid() != 0:
        pytest.skip("starting an engine of their own needs root")
    environment = _environment(name, instance)
    stopping = _Stopping(name, instance, environment, _held(name, instance))
    try:
        started = subprocess.run(
            ["bash", str(SCRIPT), "--engine", name, "start"],
            env=environment,
            capture_output=True,
            text=True,
            timeout=900,
        )
        if started.returncode == 3:
            pytest.skip(f"engine {name} is not available: {started.stderr.strip()}")
        assert started.returncode == 0, started.stderr
        printed = subprocess.run(
            ["bash", str(SCRIPT), "--engine", name, "env"],
            env=environment,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        facts = dict(line.removeprefix("export ").split("=", 1) for line in printed.splitlines())
        engine = SwarmEngine(name, instance, facts, environment)
        try:
            yield engine
        finally:
            _leave_and_clean(engine)
    finally:
        stopping.start()
        _STOPPING.append(stopping)
        if last:
            while _STOPPING:
                _STOPPING.pop().finish()


@pytest.fixture(scope="package")
def manager_engine(engine_info: Any) -> Iterator[SwarmEngine]:
    """The suite's engine as instance 5 (see the module's docstring)."""
    yield from _started(engine_info.name, MANAGER_INSTANCE, engine_info, last=True)


@pytest.fixture(scope="package")
def worker_engine(engine_info: Any, manager_engine: SwarmEngine) -> Iterator[SwarmEngine]:
    """The worker's engine as instance 6 (see the module's docstring); torn down
    before the manager, which waits for its stop."""
    worker = WORKER_ENGINE.get(engine_info.name, "")
    yield from _started(worker, WORKER_INSTANCE, engine_info, last=False)


@dataclass(frozen=True)
class Swarm:
    """The manager's single-node swarm, made once for all the tests that need one."""

    engine: SwarmEngine
    node_id: str


@pytest.fixture(scope="package")
def swarm(manager_engine: SwarmEngine) -> Iterator[Swarm]:
    with APIClient(manager_engine.host) as api:
        api.leave_swarm(force=True)  # a swarm a crashed run left
        manager_engine.wait_for_no_ingress()
        manager_engine.prepare_gwbridge(api)
        node_id = api.init_swarm(
            advertise_addr=manager_engine.address,
            listen_addr=manager_engine.listen_addr,
            default_addr_pool=[manager_engine.address_pool],
            subnet_size=24,
            data_path_port=manager_engine.data_path_port,
        )
    manager_engine.wait_for_ingress()
    yield Swarm(manager_engine, node_id)
    # left (force) by manager_engine's cleanup


@pytest.fixture(params=["sync", "async"])
async def client(
    request: pytest.FixtureRequest, manager_engine: SwarmEngine
) -> AsyncIterator[APIClient | AsyncAPIClient]:
    """An APIClient, then (second run of the test) an AsyncAPIClient, on the manager."""
    if request.param == "sync":
        with APIClient(manager_engine.host) as api:
            yield api
    else:
        async with AsyncAPIClient(manager_engine.host) as aapi:
            yield aapi


@contextlib.asynccontextmanager
async def _same_flavour(
    like: APIClient | AsyncAPIClient, sync_class: type, async_class: type, host: str
) -> AsyncIterator[Any]:
    """A `sync_class` or `async_class` client on `host`, of `like`'s flavour; closed after."""
    if isinstance(like, AsyncAPIClient):
        async with async_class(host) as made:
            yield made
    else:
        with sync_class(host) as made:
            yield made


@pytest.fixture
async def worker(
    client: APIClient | AsyncAPIClient, worker_engine: SwarmEngine
) -> AsyncIterator[APIClient | AsyncAPIClient]:
    """A client of the same flavour as `client`, on the worker."""
    async with _same_flavour(client, APIClient, AsyncAPIClient, worker_engine.host) as made:
        yield made


@pytest.fixture
async def docker_client(
    client: APIClient | AsyncAPIClient, manager_engine: SwarmEngine
) -> AsyncIterator[DockerClient | AsyncDockerClient]:
    """A DockerClient, then (second run, following `client`) an AsyncDockerClient, on
    the manager."""
    async with _same_flavour(client, DockerClient, AsyncDockerClient, manager_engine.host) as made:
        yield made


@pytest.fixture
async def worker_client(
    client: APIClient | AsyncAPIClient, worker_engine: SwarmEngine
) -> AsyncIterator[DockerClient | AsyncDockerClient]:
    """A high-level client of the same flavour on the worker's engine."""
    async with _same_flavour(client, DockerClient, AsyncDockerClient, worker_engine.host) as made:
        yield made


def _oracle(engine: SwarmEngine, kind: str) -> Iterator[Any]:
    """docker-py's `kind` client ("APIClient", "DockerClient") on `engine`, at the API
    version dockerapi negotiates there, closed after."""
    docker = pytest.importorskip("docker")
    with APIClient(engine.host) as api:
        version = api.api_version
    oracle = getattr(docker, kind)(base_url=engine.host, version=version)
    yield oracle
    oracle.close()


@pytest.fixture
def docker_py(manager_engine: SwarmEngine) -> Iterator[Any]:
    """docker-py's APIClient on the manager, as an oracle."""
    yield from _oracle(manager_engine, "APIClient")


@pytest.fixture
def docker_py_client(manager_engine: SwarmEngine) -> Iterator[Any]:
    """docker-py's high-level client on the manager, as an oracle."""
    yield from _oracle(manager_engine, "DockerClient")


#: The label of what a test makes in the swarm (the `owned` fixture removes it).
OWNED_LABEL = "dockerapi.test.swarm"


@pytest.fixture
def owned(swarm: Swarm) -> Iterator[dict[str, str]]:
    """Labels unique to the test; the services, secrets, configs and networks carrying
    them are removed afterwards (services first: they hold the others)."""
    labels = {OWNED_LABEL: uuid.uuid4().hex[:12]}
    yield labels
    selector = {"label": f"{OWNED_LABEL}={labels[OWNED_LABEL]}"}
    with APIClient(swarm.engine.host) as api:
        removed = [service["ID"] for service in api.services(filters=selector)]
        for service_id in removed:
            api.remove_service(service_id)
        deadline = time.monotonic() + 30
        while removed and time.monotonic() < deadline:
            # a removed service's tasks hold its secrets and networks for a moment
            # (the daemon answers 404 for a filter on services it no longer has)
            try:
                if not api.tasks(filters={"service": removed}):
                    break
            except NotFound:
                break
            time.sleep(0.2)
        for secret in api.secrets(filters=selector):
            _removed(api.remove_secret, secret["ID"])
        for config in api.configs(filters=selector):
            _removed(api.remove_config, config["ID"])
        for network in api.networks(filters=selector):
            _removed(api.remove_network, network["Id"])


def _removed(remove: Any, ident: str) -> None:
    """Remove an object that a removed service's tasks may still hold for a moment."""
    deadline = time.monotonic() + 30
    while True:
        try:
            remove(ident)
            return
        except NotFound:
            return
        except APIError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@pytest.fixture
def until() -> Any:
    """`await until(probe, what)`: call `probe` (a coroutine function) until it returns
    something true, and return that; fail after `seconds`."""

    async def wait(probe: Any, what: str, seconds: float = 60) -> Any:
        deadline = time.monotonic() + seconds
        while True:
            found = await probe()
            if found:
                return found
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {seconds} s waiting for {what}")
            await asyncio.sleep(0.2)

    return wait


# --- the test plugin (tests/fixtures/volume-plugin) ---------------------------------------

PLUGIN_SOURCE = Path(__file__).resolve().parents[2] / "fixtures" / "volume-plugin" / "plugin.c"
#: What the plugin's config.json asks for (and so what it must be granted).
PLUGIN_CAPABILITY = "CAP_IPC_LOCK"


def _plugin_config() -> dict[str, Any]:
    return {
        "description": "dockerapi's test volume plugin",
        "documentation": "tests/fixtures/volume-plugin/plugin.c",
        "entrypoint": ["/volume-plugin"],
        "workdir": "/",
        "env": [
            {
                "name": "DEBUG",
                "description": "reported in each volume's status",
                "settable": ["value"],
                "value": "0",
            },
        ],
        "args": {"name": "args", "description": "", "settable": [], "value": []},
        "interface": {"socket": "dkapi.sock", "types": ["docker.volumedriver/1.0"]},
        "network": {"type": "host"},
        "linux": {"capabilities": [PLUGIN_CAPABILITY], "allowAllDevices": False, "devices": []},
        "mounts": [],
        "propagatedMount": "/data",
    }


@pytest.fixture(scope="session")
def plugin_directories(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Two versions of the test plugin's directory (config.json + rootfs): a static
    program answering Docker's volume plugin protocol, built here with `gcc -static`."""
    compiler = shutil.which("gcc")
    if compiler is None:
        pytest.skip("building the test plugin needs gcc and libc6-dev (static libc)")
    root = tmp_path_factory.mktemp("plugin")
    program = root / "volume-plugin"
    subprocess.run(
        [compiler, "-static", "-O2", "-o", str(program), str(PLUGIN_SOURCE)],
        check=True,
        capture_output=True,
    )
    directories = {}
    for version in ("1", "2"):
        directory = root / f"v{version}"
        rootfs = directory / "rootfs"
        for inside in ("data", "run/docker/plugins", "tmp", "proc", "sys", "dev", "etc"):
            (rootfs / inside).mkdir(parents=True)
        shutil.copy2(program, rootfs / "volume-plugin")
        # each version's rootfs differs (a daemon refuses a second plugin whose rootfs
        # is the same content as one it has: "already exists")
        (rootfs / "etc" / "plugin-version").write_text(version)
        (directory / "config.json").write_text(json.dumps(_plugin_config()))
        directories[version] = directory
    return directories


#: Push errors worth another push, both the daemon's own races: its plain-HTTP retry of
#: the local registry failed, so it reports the first (HTTPS) attempt's error (20.10, now
#: and then); or the plugin's manifest blob was collected meanwhile (each plugin removal
#: starts a collection of unused blobs in the background that keeps every plugin's config
#: and layers but not its manifest; a push rebuilds a missing manifest, unless it goes
#: missing between the push's check and its upload: "blob not found").
RETRIED_PUSH_ERRORS = ("HTTP response to HTTPS client", "blob not found")
PUSH_ATTEMPTS = 3


async def _push_progress(target: Any, method: str, /, *args: Any) -> list[Any]:
    """The progress items of `target.<method>(*args)` (a plugin push, either client),
    pushed again after one of the daemon's races."""
    for attempt in range(1, PUSH_ATTEMPTS + 1):
        try:
            return await items(await call(target, method, *args))
        except StreamError as error:
            if attempt == PUSH_ATTEMPTS or not any(e in str(error) for e in RETRIED_PUSH_ERRORS):
                raise
    raise AssertionError("unreachable")


@pytest.fixture
def push_progress() -> Any:
    """`await push_progress(client, "push_plugin", name)`: the push's progress items,
    pushed again when the daemon raced itself (RETRIED_PUSH_ERRORS)."""
    return _push_progress


@pytest.fixture
def plugin_names(manager_engine: SwarmEngine) -> Iterator[dict[str, str]]:
    """Names for this test's plugin: in the engine's registry (v1, v2) and locally;
    whatever is left of them (and the volumes of its driver) is removed afterwards."""
    base = f"dockerapi-plugin-{uuid.uuid4().hex[:8]}"
    names = {
        "v1": f"{manager_engine.registry}/{base}:1",
        "v2": f"{manager_engine.registry}/{base}:2",
        "local": f"{base}-local:latest",
    }
    yield names
    with APIClient(manager_engine.host) as api:
        for volume in api.volumes(filters={"driver": names["local"]})["Volumes"] or []:
            api.remove_volume(volume["Name"], force=True)
        for plugin in api.plugins():
            if plugin["Name"] in names.values():
                api.remove_plugin(plugin["Name"], force=True)
