"""Swarm types: ``SwarmSpec`` (for init/update) and ``SwarmExternalCA``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dockerapi._wire import Keywords

__all__ = ["SWARM_SPEC", "SwarmExternalCA", "SwarmSpec"]

#: docker-py's SwarmSpec keywords -> the fields they set in `init_swarm`'s `Spec`
#: (`update_swarm` sends the same fields as its whole body); `dockerapi check` reads it.
SWARM_SPEC = Keywords(
    "SwarmInit",
    within="Spec",
    body={
        "task_history_retention_limit": "Orchestration.TaskHistoryRetentionLimit",
        "snapshot_interval": "Raft.SnapshotInterval",
        "keep_old_snapshots": "Raft.KeepOldSnapshots",
        "log_entries_for_slow_followers": "Raft.LogEntriesForSlowFollowers",
        "heartbeat_tick": "Raft.HeartbeatTick",
        "election_tick": "Raft.ElectionTick",
        "dispatcher_heartbeat_period": "Dispatcher.HeartbeatPeriod",
        "node_cert_expiry": "CAConfig.NodeCertExpiry",
        "external_cas": "CAConfig.ExternalCAs",
        "name": "Name",
        "labels": "Labels",
        "signing_ca_cert": "CAConfig.SigningCACert",
        "signing_ca_key": "CAConfig.SigningCAKey",
        "ca_force_rotate": "CAConfig.ForceRotate",
        "autolock_managers": "EncryptionConfig.AutoLockManagers",
        "log_driver": "TaskDefaults.LogDriver",
    },
    unversioned=("version",),
)
#: Raft's settings, sent together when any of them is given (docker-py's rule).
_RAFT = (
    "snapshot_interval",
    "keep_old_snapshots",
    "log_entries_for_slow_followers",
    "heartbeat_tick",
    "election_tick",
)


@SWARM_SPEC.describes
class SwarmSpec(dict[str, Any]):
    """A swarm's settings, as ``create_swarm_spec`` builds them.

    ``version`` is accepted for docker-py compatibility; which fields an API version
    knows is checked by the client when the request is sent. Raft settings are sent
    together when any of them is given (unset ones as ``None``), as docker-py does.
    """

    def __init__(
        self,
        version: str | None = None,
        task_history_retention_limit: int | None = None,
        snapshot_interval: int | None = None,
        keep_old_snapshots: int | None = None,
        log_entries_for_slow_followers: int | None = None,
        heartbeat_tick: int | None = None,
        election_tick: int | None = None,
        dispatcher_heartbeat_period: int | None = None,
        node_cert_expiry: int | None = None,
        external_cas: list[Mapping[str, Any]] | None = None,
        name: str | None = None,
        labels: Mapping[str, str] | None = None,
        signing_ca_cert: str | None = None,
        signing_ca_key: str | None = None,
        ca_force_rotate: int | None = None,
        autolock_managers: bool | None = None,
        log_driver: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__()
        given = {
            "task_history_retention_limit": task_history_retention_limit,
            "snapshot_interval": snapshot_interval,
            "keep_old_snapshots": keep_old_snapshots,
            "log_entries_for_slow_followers": log_entries_for_slow_followers,
            "heartbeat_tick": heartbeat_tick,
            "election_tick": election_tick,
            "dispatcher_heartbeat_period": dispatcher_heartbeat_period or None,
            "node_cert_expiry": node_cert_expiry,
            "external_cas": external_cas or None,
            "signing_ca_key": signing_ca_key or None,
            "signing_ca_cert": signing_ca_cert or None,
            "ca_force_rotate": ca_force_rotate,
            "autolock_managers": autolock_managers,
            "log_driver": log_driver,
            "name": name,
            "labels": labels,
        }
        if any(given[keyword] for keyword in _RAFT):
            for keyword in _RAFT:
                SWARM_SPEC.put(self, keyword, given[keyword])
        for keyword, value in given.items():
            if value is not None and keyword not in _RAFT:
                SWARM_SPEC.put(self, keyword, value)


class SwarmExternalCA(dict[str, Any]):
    """An external CA that signs node certificates: ``url``, ``protocol`` (``"cfssl"``),
    protocol ``options`` and the CA's PEM ``ca_cert``."""

    def __init__(
        self,
        url: str,
        protocol: str | None = None,
        options: Mapping[str, str] | None = None,
        ca_cert: str | None = None,
    ) -> None:
        super().__init__({"URL": url, "Protocol": protocol, "Options": options, "CACert": ca_cert})
