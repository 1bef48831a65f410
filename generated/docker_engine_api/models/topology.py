from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.topology_segments import TopologySegments


T = TypeVar("T", bound="Topology")


@_attrs_define
class Topology:
    """A map of topological domains to topological segments. For in depth
    details, see documentation for the Topology object in the CSI
    specification.

    """

    segments: None | TopologySegments | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.topology_segments import TopologySegments  # noqa: PLC0415

        segments: dict[str, Any] | None | Unset
        if isinstance(self.segments, Unset):
            segments = UNSET
        elif isinstance(self.segments, TopologySegments):
            segments = self.segments.to_dict()
        else:
            segments = self.segments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if segments is not UNSET:
            field_dict["Segments"] = segments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.topology_segments import TopologySegments  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_segments(data: object) -> None | TopologySegments | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            segments_type_1 = TopologySegments.from_dict(data)

            return segments_type_1

        segments = _parse_segments(d.pop("Segments", UNSET))

        topology = cls(
            segments=segments,
        )

        topology.additional_properties = d
        return topology

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
