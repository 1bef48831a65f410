from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.topology import Topology


T = TypeVar("T", bound="ClusterVolumeSpecAccessModeAccessibilityRequirements")


@_attrs_define
class ClusterVolumeSpecAccessModeAccessibilityRequirements:
    """Requirements for the accessible topology of the volume. These
    fields are optional. For an in-depth description of what these
    fields mean, see the CSI specification.

    """

    requisite: list[Topology] | None | Unset = UNSET
    """ A list of required topologies, at least one of which the
    volume must be accessible from.
     """
    preferred: list[Topology] | None | Unset = UNSET
    """ A list of topologies that the volume should attempt to be
    provisioned in.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        requisite: list[dict[str, Any]] | None | Unset
        if isinstance(self.requisite, Unset):
            requisite = UNSET
        elif isinstance(self.requisite, list):
            requisite = []
            for requisite_type_0_item_data in self.requisite:
                requisite_type_0_item = requisite_type_0_item_data.to_dict()
                requisite.append(requisite_type_0_item)

        else:
            requisite = self.requisite

        preferred: list[dict[str, Any]] | None | Unset
        if isinstance(self.preferred, Unset):
            preferred = UNSET
        elif isinstance(self.preferred, list):
            preferred = []
            for preferred_type_0_item_data in self.preferred:
                preferred_type_0_item = preferred_type_0_item_data.to_dict()
                preferred.append(preferred_type_0_item)

        else:
            preferred = self.preferred

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if requisite is not UNSET:
            field_dict["Requisite"] = requisite
        if preferred is not UNSET:
            field_dict["Preferred"] = preferred

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.topology import Topology  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_requisite(data: object) -> list[Topology] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            requisite_type_0 = []
            _requisite_type_0 = data
            for requisite_type_0_item_data in _requisite_type_0:
                requisite_type_0_item = Topology.from_dict(requisite_type_0_item_data)

                requisite_type_0.append(requisite_type_0_item)

            return requisite_type_0

        requisite = _parse_requisite(d.pop("Requisite", UNSET))

        def _parse_preferred(data: object) -> list[Topology] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            preferred_type_0 = []
            _preferred_type_0 = data
            for preferred_type_0_item_data in _preferred_type_0:
                preferred_type_0_item = Topology.from_dict(preferred_type_0_item_data)

                preferred_type_0.append(preferred_type_0_item)

            return preferred_type_0

        preferred = _parse_preferred(d.pop("Preferred", UNSET))

        cluster_volume_spec_access_mode_accessibility_requirements = cls(
            requisite=requisite,
            preferred=preferred,
        )

        cluster_volume_spec_access_mode_accessibility_requirements.additional_properties = d
        return cluster_volume_spec_access_mode_accessibility_requirements

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
