from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.cluster_volume_info_volume_context import ClusterVolumeInfoVolumeContext
    from ..models.topology import Topology


T = TypeVar("T", bound="ClusterVolumeInfo")


@_attrs_define
class ClusterVolumeInfo:
    """Information about the global status of the volume."""

    capacity_bytes: int | Unset = UNSET
    """ The capacity of the volume in bytes. A value of 0 indicates that
    the capacity is unknown.
     """
    volume_context: ClusterVolumeInfoVolumeContext | None | Unset = UNSET
    """ A map of strings to strings returned from the storage plugin when
    the volume is created.
     """
    volume_id: str | Unset = UNSET
    """ The ID of the volume as returned by the CSI storage plugin. This
    is distinct from the volume's ID as provided by Docker. This ID
    is never used by the user when communicating with Docker to refer
    to this volume. If the ID is blank, then the Volume has not been
    successfully created in the plugin yet.
     """
    accessible_topology: list[Topology] | None | Unset = UNSET
    """ The topology this volume is actually accessible from.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.cluster_volume_info_volume_context import ClusterVolumeInfoVolumeContext  # noqa: PLC0415

        capacity_bytes = self.capacity_bytes

        volume_context: dict[str, Any] | None | Unset
        if isinstance(self.volume_context, Unset):
            volume_context = UNSET
        elif isinstance(self.volume_context, ClusterVolumeInfoVolumeContext):
            volume_context = self.volume_context.to_dict()
        else:
            volume_context = self.volume_context

        volume_id = self.volume_id

        accessible_topology: list[dict[str, Any]] | None | Unset
        if isinstance(self.accessible_topology, Unset):
            accessible_topology = UNSET
        elif isinstance(self.accessible_topology, list):
            accessible_topology = []
            for accessible_topology_type_0_item_data in self.accessible_topology:
                accessible_topology_type_0_item = accessible_topology_type_0_item_data.to_dict()
                accessible_topology.append(accessible_topology_type_0_item)

        else:
            accessible_topology = self.accessible_topology

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capacity_bytes is not UNSET:
            field_dict["CapacityBytes"] = capacity_bytes
        if volume_context is not UNSET:
            field_dict["VolumeContext"] = volume_context
        if volume_id is not UNSET:
            field_dict["VolumeID"] = volume_id
        if accessible_topology is not UNSET:
            field_dict["AccessibleTopology"] = accessible_topology

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.cluster_volume_info_volume_context import ClusterVolumeInfoVolumeContext  # noqa: PLC0415
        from ..models.topology import Topology  # noqa: PLC0415

        d = dict(src_dict)
        capacity_bytes = d.pop("CapacityBytes", UNSET)

        def _parse_volume_context(data: object) -> ClusterVolumeInfoVolumeContext | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            volume_context_type_1 = ClusterVolumeInfoVolumeContext.from_dict(data)

            return volume_context_type_1

        volume_context = _parse_volume_context(d.pop("VolumeContext", UNSET))

        volume_id = d.pop("VolumeID", UNSET)

        def _parse_accessible_topology(data: object) -> list[Topology] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            accessible_topology_type_0 = []
            _accessible_topology_type_0 = data
            for accessible_topology_type_0_item_data in _accessible_topology_type_0:
                accessible_topology_type_0_item = Topology.from_dict(
                    accessible_topology_type_0_item_data
                )

                accessible_topology_type_0.append(accessible_topology_type_0_item)

            return accessible_topology_type_0

        accessible_topology = _parse_accessible_topology(d.pop("AccessibleTopology", UNSET))

        cluster_volume_info = cls(
            capacity_bytes=capacity_bytes,
            volume_context=volume_context,
            volume_id=volume_id,
            accessible_topology=accessible_topology,
        )

        cluster_volume_info.additional_properties = d
        return cluster_volume_info

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
