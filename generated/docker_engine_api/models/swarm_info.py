from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.local_node_state import LocalNodeState, check_local_node_state
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.cluster_info import ClusterInfo
    from ..models.peer_node import PeerNode


T = TypeVar("T", bound="SwarmInfo")


@_attrs_define
class SwarmInfo:
    """Represents generic information about swarm."""

    node_id: str | Unset = UNSET
    """ Unique identifier of for this node in the swarm.

    Daemon default: `""` (sent only when set). """
    node_addr: str | Unset = UNSET
    """ IP address at which this node can be reached by other nodes in the
    swarm.

    Daemon default: `""` (sent only when set). """
    local_node_state: LocalNodeState | Unset = UNSET
    """ Current local status of this node. """
    control_available: bool | Unset = UNSET
    """ Daemon default: `false` (sent only when set). """
    error: str | Unset = UNSET
    """ Daemon default: `""` (sent only when set). """
    remote_managers: list[PeerNode] | None | Unset = UNSET
    """ List of ID's and addresses of other managers in the swarm.

    Daemon default: `null` (sent only when set). """
    nodes: int | None | Unset = UNSET
    """ Total number of nodes in the swarm. """
    managers: int | None | Unset = UNSET
    """ Total number of managers in the swarm. """
    cluster: ClusterInfo | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.cluster_info import ClusterInfo  # noqa: PLC0415

        node_id = self.node_id

        node_addr = self.node_addr

        local_node_state: str | Unset = UNSET
        if not isinstance(self.local_node_state, Unset):
            local_node_state = self.local_node_state

        control_available = self.control_available

        error = self.error

        remote_managers: list[dict[str, Any]] | None | Unset
        if isinstance(self.remote_managers, Unset):
            remote_managers = UNSET
        elif isinstance(self.remote_managers, list):
            remote_managers = []
            for remote_managers_type_0_item_data in self.remote_managers:
                remote_managers_type_0_item = remote_managers_type_0_item_data.to_dict()
                remote_managers.append(remote_managers_type_0_item)

        else:
            remote_managers = self.remote_managers

        nodes: int | None | Unset
        if isinstance(self.nodes, Unset):
            nodes = UNSET
        else:
            nodes = self.nodes

        managers: int | None | Unset
        if isinstance(self.managers, Unset):
            managers = UNSET
        else:
            managers = self.managers

        cluster: dict[str, Any] | None | Unset
        if isinstance(self.cluster, Unset):
            cluster = UNSET
        elif isinstance(self.cluster, ClusterInfo):
            cluster = self.cluster.to_dict()
        else:
            cluster = self.cluster

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node_id is not UNSET:
            field_dict["NodeID"] = node_id
        if node_addr is not UNSET:
            field_dict["NodeAddr"] = node_addr
        if local_node_state is not UNSET:
            field_dict["LocalNodeState"] = local_node_state
        if control_available is not UNSET:
            field_dict["ControlAvailable"] = control_available
        if error is not UNSET:
            field_dict["Error"] = error
        if remote_managers is not UNSET:
            field_dict["RemoteManagers"] = remote_managers
        if nodes is not UNSET:
            field_dict["Nodes"] = nodes
        if managers is not UNSET:
            field_dict["Managers"] = managers
        if cluster is not UNSET:
            field_dict["Cluster"] = cluster

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.cluster_info import ClusterInfo  # noqa: PLC0415
        from ..models.peer_node import PeerNode  # noqa: PLC0415

        d = dict(src_dict)
        node_id = d.pop("NodeID", UNSET)

        node_addr = d.pop("NodeAddr", UNSET)

        _local_node_state = d.pop("LocalNodeState", UNSET)
        local_node_state: LocalNodeState | Unset
        if isinstance(_local_node_state, Unset):
            local_node_state = UNSET
        else:
            local_node_state = check_local_node_state(_local_node_state)

        control_available = d.pop("ControlAvailable", UNSET)

        error = d.pop("Error", UNSET)

        def _parse_remote_managers(data: object) -> list[PeerNode] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            remote_managers_type_0 = []
            _remote_managers_type_0 = data
            for remote_managers_type_0_item_data in _remote_managers_type_0:
                remote_managers_type_0_item = PeerNode.from_dict(remote_managers_type_0_item_data)

                remote_managers_type_0.append(remote_managers_type_0_item)

            return remote_managers_type_0

        remote_managers = _parse_remote_managers(d.pop("RemoteManagers", UNSET))

        def _parse_nodes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nodes = _parse_nodes(d.pop("Nodes", UNSET))

        def _parse_managers(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        managers = _parse_managers(d.pop("Managers", UNSET))

        def _parse_cluster(data: object) -> ClusterInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            cluster_type_1 = ClusterInfo.from_dict(data)

            return cluster_type_1

        cluster = _parse_cluster(d.pop("Cluster", UNSET))

        swarm_info = cls(
            node_id=node_id,
            node_addr=node_addr,
            local_node_state=local_node_state,
            control_available=control_available,
            error=error,
            remote_managers=remote_managers,
            nodes=nodes,
            managers=managers,
            cluster=cluster,
        )

        swarm_info.additional_properties = d
        return swarm_info

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
