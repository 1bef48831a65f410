from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="SwarmSpecRaft")


@_attrs_define
class SwarmSpecRaft:
    """Raft configuration."""

    snapshot_interval: int | Unset = UNSET
    """ The number of log entries between snapshots. """
    keep_old_snapshots: int | Unset = UNSET
    """ The number of snapshots to keep beyond the current snapshot.
     """
    log_entries_for_slow_followers: int | Unset = UNSET
    """ The number of log entries to keep around to sync up slow followers
    after a snapshot is created.
     """
    election_tick: int | Unset = UNSET
    """ The number of ticks that a follower will wait for a message from
    the leader before becoming a candidate and starting an election.
    `ElectionTick` must be greater than `HeartbeatTick`.

    A tick currently defaults to one second, so these translate
    directly to seconds currently, but this is NOT guaranteed.
     """
    heartbeat_tick: int | Unset = UNSET
    """ The number of ticks between heartbeats. Every HeartbeatTick ticks,
    the leader will send a heartbeat to the followers.

    A tick currently defaults to one second, so these translate
    directly to seconds currently, but this is NOT guaranteed.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        snapshot_interval = self.snapshot_interval

        keep_old_snapshots = self.keep_old_snapshots

        log_entries_for_slow_followers = self.log_entries_for_slow_followers

        election_tick = self.election_tick

        heartbeat_tick = self.heartbeat_tick

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if snapshot_interval is not UNSET:
            field_dict["SnapshotInterval"] = snapshot_interval
        if keep_old_snapshots is not UNSET:
            field_dict["KeepOldSnapshots"] = keep_old_snapshots
        if log_entries_for_slow_followers is not UNSET:
            field_dict["LogEntriesForSlowFollowers"] = log_entries_for_slow_followers
        if election_tick is not UNSET:
            field_dict["ElectionTick"] = election_tick
        if heartbeat_tick is not UNSET:
            field_dict["HeartbeatTick"] = heartbeat_tick

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        snapshot_interval = d.pop("SnapshotInterval", UNSET)

        keep_old_snapshots = d.pop("KeepOldSnapshots", UNSET)

        log_entries_for_slow_followers = d.pop("LogEntriesForSlowFollowers", UNSET)

        election_tick = d.pop("ElectionTick", UNSET)

        heartbeat_tick = d.pop("HeartbeatTick", UNSET)

        swarm_spec_raft = cls(
            snapshot_interval=snapshot_interval,
            keep_old_snapshots=keep_old_snapshots,
            log_entries_for_slow_followers=log_entries_for_slow_followers,
            election_tick=election_tick,
            heartbeat_tick=heartbeat_tick,
        )

        swarm_spec_raft.additional_properties = d
        return swarm_spec_raft

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
