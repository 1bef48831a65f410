"""Services and tasks on a real single-node swarm, sync and async (one body for both
clients), with docker-py as the oracle where results are compared.

Every service runs busybox (imported into the engine: nothing is pulled), on the
manager's swarm; what a test makes carries its `owned` labels and is removed after it.
"""

from __future__ import annotations

import ipaddress
import uuid
from typing import Any

import pytest
from both_clients import call, items
from dockerapi import APIClient, AsyncAPIClient
from dockerapi.errors import APIError, InvalidArgument, InvalidVersion, NotFound
from dockerapi.types import (
    ContainerSpec,
    DNSConfig,
    DriverConfig,
    EndpointSpec,
    Healthcheck,
    Mount,
    NetworkAttachmentConfig,
    Placement,
    Privileges,
    Resources,
    RestartPolicy,
    RollbackConfig,
    ServiceMode,
    TaskTemplate,
    UpdateConfig,
)

pytestmark = pytest.mark.integration

IMAGE = "busybox:latest"
#: The fixtures' types (tests/integration/swarm/conftest.py), by name.
Swarm = Any
SECOND = 1_000_000_000


def mine(owned: dict[str, str]) -> dict[str, str]:
    """A filter for what the test made (its `owned` labels)."""
    ((key, value),) = owned.items()
    return {"label": f"{key}={value}"}


def unique(prefix: str) -> str:
    return f"dockerapi-{prefix}-{uuid.uuid4().hex[:8]}"


def job(command: str, **spec: Any) -> TaskTemplate:
    """A task that runs `command` once (restarts: none)."""
    return TaskTemplate(
        ContainerSpec(IMAGE, command=["sh", "-c", command], **spec),
        restart_policy=RestartPolicy(condition="none"),
    )


def own_subnet(swarm: Swarm, client: Any) -> str:
    """A subnet for the test's overlay network, one per client, from the top of the
    swarm's pool: the swarm hands out the lowest free subnet, and the node may still
    hold that of a network just removed (its tasks refused: "Pool overlaps")."""
    subnets = list(ipaddress.ip_network(swarm.engine.address_pool).subnets(new_prefix=24))
    return str(subnets[-2 if isinstance(client, AsyncAPIClient) else -1])


async def finished_job(
    client: Any, owned: dict[str, str], until: Any, command: str, **spec: Any
) -> str:
    """The ID of a one-task job service running `command`, once its task completed."""
    created = await call(
        client,
        "create_service",
        job(command, **spec),
        name=unique("job"),
        labels=owned,
        mode=ServiceMode("replicated-job", replicas=1),
    )
    await until(lambda: tasks_in(client, created["ID"], "complete"), "the job to complete")
    service: str = created["ID"]
    return service


async def tasks_in(client: Any, service_id: str, state: str, count: int = 1) -> Any:
    """The service's tasks when `count` of them are in `state`, else None."""
    found = await call(client, "tasks", filters={"service": service_id})
    matching = [task for task in found if task["Status"]["State"] == state]
    return found if len(matching) >= count else None


async def test_a_service_with_every_setting(
    client: Any, swarm: Swarm, owned: dict[str, str], docker_py: Any, until: Any
) -> None:
    network = docker_py.create_network(
        unique("overlay"),
        driver="overlay",
        attachable=True,
        labels=owned,
        ipam={"Driver": "default", "Config": [{"Subnet": own_subnet(swarm, client)}]},
    )["Id"]
    template = TaskTemplate(
        ContainerSpec(
            IMAGE,
            command="sh -c 'echo started; sleep 300'",
            env={"GREETING": "hello"},
            hostname="svc-host",
            workdir="/tmp",
            labels={"role": "web"},
            mounts=[Mount("/scratch", None, type="tmpfs", tmpfs_size="1m")],
            stop_grace_period=2 * SECOND,
            stop_signal="SIGTERM",
            groups=["nogroup"],
            read_only=False,
            healthcheck=Healthcheck(test=["CMD", "true"], interval=SECOND, retries=2),
            hosts={"db.internal": "10.0.0.2"},
            dns_config=DNSConfig(
                nameservers=["10.0.0.53"], search=["internal"], options=["ndots:1"]
            ),
            privileges=Privileges(selinux_disable=True),
            init=True,
            cap_add=["CAP_NET_ADMIN"],
            cap_drop=["CAP_MKNOD"],
        ),
        resources=Resources(mem_limit=64 * 1024 * 1024, mem_reservation=16 * 1024 * 1024),
        restart_policy=RestartPolicy(condition="on-failure", delay=SECOND, max_attempts=3),
        placement=Placement(
            constraints=["node.role==manager"], preferences=[("spread", "node.id")], maxreplicas=2
        ),
        log_driver=DriverConfig("json-file", {"max-size": "1m"}),
        force_update=0,
    )
    name = unique("svc")
    created = await call(
        client,
        "create_service",
        template,
        name=name,
        labels=owned,
        mode=ServiceMode("replicated", replicas=1),
        update_config=UpdateConfig(parallelism=1, delay=SECOND, order="start-first"),
        networks=[NetworkAttachmentConfig(network, aliases=["web"])],
        endpoint_spec=EndpointSpec(mode="vip"),
        rollback_config=RollbackConfig(parallelism=1, failure_action="pause"),
    )
    service_id = created["ID"]

    async def allocated() -> Any:  # the daemon gives the service its address just after
        service = await call(client, "inspect_service", service_id)
        return service if service["Endpoint"].get("VirtualIPs") else None

    ours = await until(allocated, "the service's virtual IP")
    assert ours == docker_py.inspect_service(service_id)
    spec = ours["Spec"]
    assert spec["Name"] == name and spec["Labels"] == owned
    assert spec["Mode"] == {"Replicated": {"Replicas": 1}}
    container = spec["TaskTemplate"]["ContainerSpec"]
    assert container["Command"] == ["sh", "-c", "echo started; sleep 300"]
    assert container["Env"] == ["GREETING=hello"]
    assert container["Hosts"] == ["10.0.0.2 db.internal"]
    assert container["Healthcheck"]["Test"] == ["CMD", "true"]  # sent as HealthCheck
    assert container["CapabilityAdd"] == ["CAP_NET_ADMIN"]
    assert container["Mounts"][0]["TmpfsOptions"] == {"SizeBytes": 1024 * 1024}
    assert container["DNSConfig"]["Nameservers"] == ["10.0.0.53"]
    # the networks go into the task template (the top-level field is deprecated)
    assert spec["TaskTemplate"]["Networks"] == [{"Target": network, "Aliases": ["web"]}]
    assert "Networks" not in spec
    assert spec["TaskTemplate"]["Placement"]["MaxReplicas"] == 2
    assert spec["UpdateConfig"]["Order"] == "start-first"
    assert spec["RollbackConfig"]["FailureAction"] == "pause"
    assert spec["EndpointSpec"] == {"Mode": "vip"}
    assert await call(client, "inspect_service", name) == ours
    # the defaults the daemon applies, filled in
    filled = await call(client, "inspect_service", {"ID": service_id}, insert_defaults=True)
    assert filled["Spec"]["TaskTemplate"]["ContainerSpec"]["Isolation"] == "default"

    running = await until(lambda: tasks_in(client, service_id, "running"), "a running task")
    task = await call(client, "inspect_task", running[0]["ID"])
    assert task == docker_py.inspect_task(running[0]["ID"])
    assert task["ServiceID"] == service_id and task["NodeID"] == swarm.node_id
    # the task's address comes from the swarm's pool, inside the engine's guarded range
    attachment = next(a for a in task["NetworksAttachments"] if a["Network"]["ID"] == network)
    address = ipaddress.ip_interface(attachment["Addresses"][0]).ip
    assert address in ipaddress.ip_network(swarm.engine.address_pool)

    listed = await call(client, "services", filters={"name": name})
    assert listed == docker_py.services(filters={"name": name})
    assert [s["ID"] for s in listed] == [service_id]
    with_status = await call(client, "services", filters=mine(owned), status=True)
    assert with_status[0]["ServiceStatus"]["DesiredTasks"] == 1
    tasks = await call(client, "tasks", filters={"service": name, "desired-state": "running"})
    assert [t["ID"] for t in tasks] == [running[0]["ID"]]

    assert await call(client, "remove_service", service_id) is True
    with pytest.raises(NotFound):
        await call(client, "inspect_service", service_id)


@pytest.mark.parametrize(
    ("mode", "tasks"),
    [
        (ServiceMode("global"), 1),
        (ServiceMode("replicated-job", replicas=2, concurrency=1), 2),
        ("global-job", 1),
    ],
)
async def test_service_modes(
    client: Any, swarm: Swarm, owned: dict[str, str], until: Any, mode: Any, tasks: int
) -> None:
    is_job = "job" in str(getattr(mode, "mode", mode)).lower()
    template = job("true") if is_job else job("sleep 300")
    created = await call(
        client, "create_service", template, name=unique("mode"), labels=owned, mode=mode
    )
    state = "complete" if is_job else "running"
    done = await until(lambda: tasks_in(client, created["ID"], state, tasks), f"{tasks} {state}")
    assert len([t for t in done if t["Status"]["State"] == state]) == tasks
    spec_mode = (await call(client, "inspect_service", created["ID"]))["Spec"]["Mode"]
    expected = {"global": "Global", "ReplicatedJob": "ReplicatedJob", "global-job": "GlobalJob"}
    assert list(spec_mode) == [expected[getattr(mode, "mode", mode)]]
    if is_job:
        listed = await call(client, "services", filters={"id": created["ID"]}, status=True)
        assert listed[0]["ServiceStatus"]["CompletedTasks"] == tasks


async def test_service_logs_as_container_logs(
    client: Any, swarm: Swarm, owned: dict[str, str], until: Any
) -> None:
    service = await finished_job(client, owned, until, "echo out-line; echo err-line >&2")

    async def read(**options: Any) -> list[Any]:
        return await items(await call(client, "service_logs", service, **options))

    both = b"".join(await read(stdout=True, stderr=True))
    assert b"out-line\n" in both and b"err-line\n" in both
    assert b"".join(await read(stdout=True)).endswith(b"out-line\n")
    assert b"err-line" not in b"".join(await read(stdout=True, is_tty=False))
    assert b"".join(await read(stderr=True)).endswith(b"err-line\n")
    stamped = b"".join(await read(stdout=True, timestamps=True, since=1_000_000))
    assert stamped.split(b" ", 1)[0].endswith(b"Z")  # an RFC 3339 time first
    assert b"".join(await read(stdout=True, stderr=True, tail=1)).count(b"\n") == 1
    # `details`: the daemon adds the task's attributes before each line
    assert b"com.docker.swarm" in b"".join(await read(stdout=True, details=True))
    pairs = await read(stdout=True, stderr=True, demux=True)
    assert (b"out-line\n", None) in pairs and (None, b"err-line\n") in pairs


async def test_service_logs_of_a_tty_task(
    client: Any, swarm: Swarm, owned: dict[str, str], until: Any
) -> None:
    service = await finished_job(client, owned, until, "echo tty-line", tty=True)
    # raw bytes, not frames: the daemon says so from API 1.42, else the spec is read
    output = b"".join(await items(await call(client, "service_logs", service, stdout=True)))
    assert output.endswith(b"tty-line\r\n")


async def test_rolling_update_then_an_automatic_rollback(
    client: Any, swarm: Swarm, owned: dict[str, str], until: Any
) -> None:
    name = unique("roll")
    created = await call(
        client,
        "create_service",
        TaskTemplate(ContainerSpec(IMAGE, command=["sleep", "300"], env={"V": "1"})),
        name=name,
        labels=owned,
        mode=ServiceMode("replicated", replicas=2),
        update_config=UpdateConfig(
            parallelism=1, order="start-first", failure_action="rollback", monitor=2 * SECOND
        ),
        rollback_config=RollbackConfig(parallelism=2, order="stop-first"),
    )
    service = created["ID"]
    await until(lambda: tasks_in(client, service, "running", 2), "two running tasks")

    async def update_state() -> str | None:
        status = (await call(client, "inspect_service", service)).get("UpdateStatus") or {}
        state: str | None = status.get("State")
        return state if state in ("completed", "rollback_completed", "paused") else None

    # a rolling update of the environment only: the rest comes from the current spec
    version = (await call(client, "inspect_service", service))["Version"]["Index"]
    answer = await call(
        client,
        "update_service",
        service,
        version,
        task_template=TaskTemplate(ContainerSpec(IMAGE, env={"V": "2"})),
        fetch_current_spec=True,
    )
    assert answer.get("Warnings") in (None, [])
    assert await until(update_state, "the update") == "completed"
    spec = (await call(client, "inspect_service", service))["Spec"]
    assert spec["Name"] == name and spec["Labels"] == owned
    assert spec["TaskTemplate"]["ContainerSpec"]["Env"] == ["V=2"]
    assert spec["TaskTemplate"]["ContainerSpec"]["Command"] == ["sleep", "300"]
    running = [
        t
        for t in await call(
            client, "tasks", filters={"service": service, "desired-state": "running"}
        )
    ]
    assert {t["Spec"]["ContainerSpec"]["Env"][0] for t in running} == {"V=2"}

    # an update whose tasks fail is rolled back to the previous spec
    current = await call(client, "inspect_service", service)
    await call(
        client,
        "update_service",
        service,
        current["Version"]["Index"],
        task_template=TaskTemplate(ContainerSpec(IMAGE, command=["sh", "-c", "exit 1"])),
        fetch_current_spec=True,
    )
    assert await until(update_state, "the rollback") == "rollback_completed"
    rolled_back = (await call(client, "inspect_service", service))["Spec"]["TaskTemplate"]
    assert rolled_back["ContainerSpec"]["Command"] == ["sleep", "300"]

    # the version is the one of the spec read: a stale one is refused
    with pytest.raises(APIError, match="out of sequence"):
        await call(client, "update_service", service, version, fetch_current_spec=True)


async def test_fields_newer_than_the_api_in_use_are_refused(
    client: Any, swarm: Swarm, owned: dict[str, str]
) -> None:
    """OomScoreAdj came with API 1.46, ReplicatedJob with 1.41: the version table says so."""
    template = TaskTemplate(ContainerSpec(IMAGE, command=["true"], oom_score_adj=100))
    version = await call(client, "negotiate_version")
    if tuple(map(int, version.split("."))) >= (1, 46):
        created = await call(client, "create_service", template, name=unique("oom"), labels=owned)
        spec = (await call(client, "inspect_service", created["ID"]))["Spec"]
        assert spec["TaskTemplate"]["ContainerSpec"]["OomScoreAdj"] == 100
    else:
        with pytest.raises(InvalidVersion, match=r"OomScoreAdj.*1\.46"):
            await call(client, "create_service", template, labels=owned)
    cls = AsyncAPIClient if isinstance(client, AsyncAPIClient) else APIClient
    pinned = cls(swarm.engine.host, version="1.40")
    try:
        with pytest.raises(InvalidVersion, match=r"ReplicatedJob.*1\.41"):
            await call(pinned, "create_service", job("true"), labels=owned, mode="replicated-job")
    finally:
        await call(pinned, "close")


async def test_bad_input_is_refused_before_anything_is_sent(
    client: Any, swarm: Swarm, owned: dict[str, str]
) -> None:
    template = job("true")
    with pytest.raises(InvalidArgument, match="mode must be"):
        await call(client, "create_service", template, labels=owned, mode="sometimes")
    with pytest.raises(InvalidArgument, match="replicas must not be negative"):
        ServiceMode("replicated", replicas=-1)
    with pytest.raises(InvalidArgument, match="Replicas must not be negative"):
        await call(
            client, "create_service", template, labels=owned, mode={"Replicated": {"Replicas": -1}}
        )
    with pytest.raises(InvalidArgument, match="Image"):
        await call(client, "create_service", {"ContainerSpec": {}}, labels=owned)
    with pytest.raises(InvalidArgument, match="invalid secret name"):
        await call(client, "create_secret", "app/password", b"x", labels=owned)
    created = await call(client, "create_service", template, name=unique("bad"), labels=owned)
    with pytest.raises(InvalidArgument, match=r"needs the object's version.*inspect_service"):
        await call(client, "update_service", created["ID"], None, fetch_current_spec=True)
    # nothing but the one good service was made
    made = await call(client, "services", filters=mine(owned))
    assert [service["ID"] for service in made] == [created["ID"]]
    assert await call(client, "secrets", filters={"name": "app"}) == []
