from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.cluster_volume_spec_access_mode import ClusterVolumeSpecAccessMode


T = TypeVar("T", bound="ClusterVolumeSpec")


@_attrs_define
class ClusterVolumeSpec:
    """Cluster-specific options used to create the volume."""

    group: str | Unset = UNSET
    """ Group defines the volume group of this volume. Volumes belonging to
    the same group can be referred to by group name when creating
    Services.  Referring to a volume by group instructs Swarm to treat
    volumes in that group interchangeably for the purpose of scheduling.
    Volumes with an empty string for a group technically all belong to
    the same, emptystring group.
     """
    access_mode: ClusterVolumeSpecAccessMode | None | Unset = UNSET
    """ Defines how the volume is used by tasks.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.cluster_volume_spec_access_mode import ClusterVolumeSpecAccessMode  # noqa: PLC0415

        group = self.group

        access_mode: dict[str, Any] | None | Unset
        if isinstance(self.access_mode, Unset):
            access_mode = UNSET
        elif isinstance(self.access_mode, ClusterVolumeSpecAccessMode):
            access_mode = self.access_mode.to_dict()
        else:
            access_mode = self.access_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group is not UNSET:
            field_dict["Group"] = group
        if access_mode is not UNSET:
            field_dict["AccessMode"] = access_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.cluster_volume_spec_access_mode import ClusterVolumeSpecAccessMode  # noqa: PLC0415

        d = dict(src_dict)
        group = d.pop("Group", UNSET)

        def _parse_access_mode(data: object) -> ClusterVolumeSpecAccessMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            access_mode_type_1 = ClusterVolumeSpecAccessMode.from_dict(data)

            return access_mode_type_1

        access_mode = _parse_access_mode(d.pop("AccessMode", UNSET))

        cluster_volume_spec = cls(
            group=group,
            access_mode=access_mode,
        )

        cluster_volume_spec.additional_properties = d
        return cluster_volume_spec

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
