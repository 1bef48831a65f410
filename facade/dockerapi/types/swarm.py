"""Swarm types: ``SwarmSpec`` (for init/update) and ``SwarmExternalCA``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["SwarmExternalCA", "SwarmSpec"]


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
        if task_history_retention_limit is not None:
            self["Orchestration"] = {"TaskHistoryRetentionLimit": task_history_retention_limit}
        raft = {
            "SnapshotInterval": snapshot_interval,
            "KeepOldSnapshots": keep_old_snapshots,
            "LogEntriesForSlowFollowers": log_entries_for_slow_followers,
            "HeartbeatTick": heartbeat_tick,
            "ElectionTick": election_tick,
        }
        if any(raft.values()):
            self["Raft"] = raft
        if dispatcher_heartbeat_period:
            self["Dispatcher"] = {"HeartbeatPeriod": dispatcher_heartbeat_period}

        ca_config: dict[str, Any] = {}
        if node_cert_expiry is not None:
            ca_config["NodeCertExpiry"] = node_cert_expiry
        if external_cas:
            ca_config["ExternalCAs"] = external_cas
        if signing_ca_key:
            ca_config["SigningCAKey"] = signing_ca_key
        if signing_ca_cert:
            ca_config["SigningCACert"] = signing_ca_cert
        if ca_force_rotate is not None:
            ca_config["ForceRotate"] = ca_force_rotate
        if ca_config:
            self["CAConfig"] = ca_config

        if autolock_managers is not None:
            self["EncryptionConfig"] = {"AutoLockManagers": autolock_managers}
        if log_driver is not None:
            self["TaskDefaults"] = {"LogDriver": log_driver}
        if name is not None:
            self["Name"] = name
        if labels is not None:
            self["Labels"] = labels


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
