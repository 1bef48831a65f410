"""Swarms and nodes on real engines, sync and async (one body for both clients).

The worker's engine makes, updates, locks and leaves swarms of its own; then it joins
the manager's swarm as a worker for the node methods, and leaves it again.
"""

from __future__ import annotations

from typing import Any

import pytest
from both_clients import call
from dockerapi import APIClient
from dockerapi.errors import APIError, InvalidArgument, NotFound
from dockerapi.types import DriverConfig, SwarmExternalCA

#: The fixtures' types (tests/integration/swarm/conftest.py), by name.
Swarm = SwarmEngine = Any

pytestmark = pytest.mark.integration

#: Every SwarmSpec setting docker-py takes (the signing CA's certificate and key need a
#: CA made for the test: sent once, in the unit tests' request checks).
SPEC_SETTINGS: dict[str, Any] = {
    "task_history_retention_limit": 3,
    "snapshot_interval": 5000,
    "keep_old_snapshots": 1,
    "log_entries_for_slow_followers": 600,
    "heartbeat_tick": 1,
    "election_tick": 7,
    "dispatcher_heartbeat_period": 7_000_000_000,
    "node_cert_expiry": 30 * 24 * 3600 * 10**9,
    "external_cas": [
        SwarmExternalCA("https://127.0.0.1:9/sign", protocol="cfssl", options={"k": "v"})
    ],
    "name": "default",
    "labels": {"dockerapi.test": "swarm"},
    "autolock_managers": True,
}


async def _lone(worker: Any, engine: SwarmEngine) -> None:
    """The worker in no swarm, with its own docker_gwbridge ready."""
    await call(worker, "leave_swarm", force=True)
    engine.wait_for_no_ingress()
    with APIClient(engine.host) as api:
        engine.prepare_gwbridge(api)


async def _init(worker: Any, engine: SwarmEngine, **options: Any) -> str:
    node_id: str = await call(
        worker,
        "init_swarm",
        advertise_addr=engine.address,
        listen_addr=engine.listen_addr,
        default_addr_pool=[engine.address_pool],
        data_path_port=engine.data_path_port,
        **options,
    )
    engine.wait_for_ingress()
    return node_id


def test_create_swarm_spec_as_docker_py(client: Any, docker_py: Any) -> None:
    ours = client.create_swarm_spec(**SPEC_SETTINGS)
    assert ours == docker_py.create_swarm_spec(**SPEC_SETTINGS)
    single = {"external_ca": SPEC_SETTINGS["external_cas"][0]}
    assert client.create_swarm_spec(**single) == docker_py.create_swarm_spec(**single)


@pytest.mark.swarm_lifecycle
async def test_init_inspect_update_and_leave(
    worker: Any, worker_engine: SwarmEngine, leave_forcibly: Any
) -> None:
    await _lone(worker, worker_engine)
    spec = worker.create_swarm_spec(**SPEC_SETTINGS)
    try:
        node_id = await _init(
            worker,
            worker_engine,
            swarm_spec=spec,
            subnet_size=26,
            data_path_addr=worker_engine.address,
            force_new_cluster=False,
        )
        swarm = await call(worker, "inspect_swarm")
        assert node_id == (await call(worker, "info"))["Swarm"]["NodeID"]
        assert swarm["DefaultAddrPool"] == [worker_engine.address_pool]
        assert swarm["SubnetSize"] == 26
        assert swarm["DataPathPort"] == worker_engine.data_path_port
        settings = swarm["Spec"]
        assert settings["Labels"] == {"dockerapi.test": "swarm"}
        assert settings["Orchestration"]["TaskHistoryRetentionLimit"] == 3
        assert settings["Raft"]["SnapshotInterval"] == 5000
        assert settings["Raft"]["ElectionTick"] == 7
        assert settings["Dispatcher"]["HeartbeatPeriod"] == 7_000_000_000
        assert settings["CAConfig"]["NodeCertExpiry"] == 30 * 24 * 3600 * 10**9
        assert settings["CAConfig"]["ExternalCAs"][0]["URL"] == "https://127.0.0.1:9/sign"
        assert settings["EncryptionConfig"]["AutoLockManagers"] is True

        # the join tokens and the unlock key are credentials: never in a repr
        tokens = swarm["JoinTokens"]
        assert tokens["Worker"].startswith("SWMTKN-")
        assert tokens["Worker"] not in repr(swarm) and tokens["Manager"] not in str(swarm)
        key = await call(worker, "get_unlock_key")
        assert key["UnlockKey"].startswith("SWMKEY-")
        assert key["UnlockKey"] not in repr(key) and key["UnlockKey"] not in f"{key}"

        # a new spec (what is left out goes back to its default), new tokens, a new key
        changed = worker.create_swarm_spec(
            task_history_retention_limit=7,
            log_driver=DriverConfig("json-file", {"max-size": "1m"}),
            autolock_managers=True,
        )
        assert await call(
            worker,
            "update_swarm",
            swarm["Version"]["Index"],
            swarm_spec=changed,
            rotate_worker_token=True,
            rotate_manager_token=True,
            rotate_manager_unlock_key=True,
        )
        updated = await call(worker, "inspect_swarm")
        assert updated["Spec"]["Orchestration"]["TaskHistoryRetentionLimit"] == 7
        # (the daemon accepts a default log driver but keeps none: moby's conversion
        # of the spec leaves TaskDefaults out)
        assert updated["Spec"]["Labels"] == {}
        assert updated["JoinTokens"]["Worker"] != tokens["Worker"]
        assert updated["JoinTokens"]["Manager"] != tokens["Manager"]
        assert (await call(worker, "get_unlock_key"))["UnlockKey"] != key["UnlockKey"]
        # an update based on a stale version is refused by the daemon
        with pytest.raises(APIError, match="out of sequence"):
            await call(worker, "update_swarm", swarm["Version"]["Index"], swarm_spec=changed)
    finally:
        assert await leave_forcibly(worker) is True
    # not in a swarm: with force that is no error, without it is
    assert await call(worker, "leave_swarm", force=True) is True
    with pytest.raises(APIError, match="not part of a swarm"):
        await call(worker, "leave_swarm")


@pytest.mark.swarm_lifecycle
async def test_a_locked_manager_is_unlocked_with_its_key(
    worker: Any, worker_engine: SwarmEngine
) -> None:
    await _lone(worker, worker_engine)
    try:
        await _init(
            worker, worker_engine, swarm_spec={"EncryptionConfig": {"AutoLockManagers": True}}
        )
        key = await call(worker, "get_unlock_key")
        worker_engine.restart()  # an autolocked manager comes back locked
        assert (await call(worker, "info"))["Swarm"]["LocalNodeState"] == "locked"
        with pytest.raises(APIError, match="needs to be unlocked"):
            await call(worker, "inspect_swarm")
        wrong = "SWMKEY-1-" + "A" * 43
        with pytest.raises(APIError) as refused:
            await call(worker, "unlock_swarm", wrong)
        assert wrong not in str(refused.value) and key["UnlockKey"] not in str(refused.value)
        with APIClient(worker_engine.host) as api:  # the restart forgot the local networks
            worker_engine.prepare_gwbridge(api)
        assert await call(worker, "unlock_swarm", key) is True  # the dict, as docker-py takes it
        assert (await call(worker, "info"))["Swarm"]["LocalNodeState"] == "active"
        await call(worker, "inspect_swarm")
    finally:
        await call(worker, "leave_swarm", force=True)


async def test_bad_swarm_input_is_refused_before_sending(client: Any) -> None:
    with pytest.raises(InvalidArgument, match="Invalid unlock key format"):
        await call(client, "unlock_swarm", {"Key": "x"})
    with pytest.raises(InvalidArgument, match="version"):
        await call(client, "update_swarm", None)
    with pytest.raises(InvalidArgument, match="data_path_port"):
        await call(client, "init_swarm", data_path_port=80)
    with pytest.raises(TypeError, match="remote_addrs"):
        await call(client, "join_swarm", "127.0.0.1:2377", "SWMTKN-1-x")
    # the engine is still in no swarm of these calls' making
    assert (await call(client, "info"))["Swarm"]["LocalNodeState"] in ("inactive", "active")


async def test_a_worker_joins_is_updated_and_removed(
    client: Any,
    worker: Any,
    swarm: Swarm,
    worker_engine: SwarmEngine,
    docker_py: Any,
    until: Any,
) -> None:
    await _lone(worker, worker_engine)
    tokens = (await call(client, "inspect_swarm"))["JoinTokens"]
    assert await call(
        worker,
        "join_swarm",
        [swarm.engine.listen_addr],
        tokens["Worker"],
        listen_addr=worker_engine.listen_addr,
        advertise_addr=worker_engine.address,
        data_path_addr=worker_engine.address,
    )
    # (the worker cannot join the ingress network: its VXLAN IDs and data path port
    # are the manager's, on the same machine; nothing here needs it)
    worker_id = (await call(worker, "info"))["Swarm"]["NodeID"]

    async def ready() -> bool:  # (a node that leaves before it is ready waits 5 s more)
        node = await call(client, "inspect_node", worker_id)
        return bool(node["Status"]["State"] == "ready")

    await until(ready, "the worker to be ready")
    try:
        nodes = await call(client, "nodes")
        assert {node["ID"] for node in nodes} == {swarm.node_id, worker_id}
        assert nodes == docker_py.nodes()
        workers = await call(client, "nodes", filters={"role": "worker"})
        assert [node["ID"] for node in workers] == [worker_id]
        node = await call(client, "inspect_node", worker_id)
        assert node["Spec"]["Role"] == "worker"
        assert node["Status"]["State"] == "ready"
        # the worker's own engine (another Docker version than the manager's, mostly)
        engine = node["Description"]["Engine"]["EngineVersion"]
        assert engine == (await call(worker, "version"))["Version"]
        assert await call(client, "inspect_node", {"ID": worker_id}) == node

        spec = {**node["Spec"], "Availability": "drain", "Labels": {"dockerapi.test": "node"}}
        assert await call(client, "update_node", worker_id, node["Version"]["Index"], spec)
        updated = await call(client, "inspect_node", worker_id)
        assert updated["Spec"]["Availability"] == "drain"
        assert updated["Spec"]["Labels"] == {"dockerapi.test": "node"}
        labelled = await call(client, "nodes", filters={"node.label": "dockerapi.test=node"})
        assert [n["ID"] for n in labelled] == [worker_id]
        with pytest.raises(InvalidArgument, match="version"):
            await call(client, "update_node", worker_id, None, spec)
        # a node that is up is only removed with force
        with pytest.raises(APIError, match="force"):
            await call(client, "remove_node", worker_id)
    finally:
        assert await call(worker, "leave_swarm") is True  # a worker leaves without force
    assert await call(client, "remove_node", worker_id, force=True) is True
    with pytest.raises(NotFound):
        await call(client, "inspect_node", worker_id)
