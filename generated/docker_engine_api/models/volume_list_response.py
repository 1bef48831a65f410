from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.volume import Volume


T = TypeVar("T", bound="VolumeListResponse")


@_attrs_define
class VolumeListResponse:
    """Volume list response"""

    volumes: list[Volume] | None | Unset = UNSET
    """ List of volumes """
    warnings: list[str] | None | Unset = UNSET
    """ Warnings that occurred when fetching the list of volumes.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        volumes: list[dict[str, Any]] | None | Unset
        if isinstance(self.volumes, Unset):
            volumes = UNSET
        elif isinstance(self.volumes, list):
            volumes = []
            for volumes_type_0_item_data in self.volumes:
                volumes_type_0_item = volumes_type_0_item_data.to_dict()
                volumes.append(volumes_type_0_item)

        else:
            volumes = self.volumes

        warnings: list[str] | None | Unset
        if isinstance(self.warnings, Unset):
            warnings = UNSET
        elif isinstance(self.warnings, list):
            warnings = self.warnings

        else:
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if volumes is not UNSET:
            field_dict["Volumes"] = volumes
        if warnings is not UNSET:
            field_dict["Warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.volume import Volume  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_volumes(data: object) -> list[Volume] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            volumes_type_0 = []
            _volumes_type_0 = data
            for volumes_type_0_item_data in _volumes_type_0:
                volumes_type_0_item = Volume.from_dict(volumes_type_0_item_data)

                volumes_type_0.append(volumes_type_0_item)

            return volumes_type_0

        volumes = _parse_volumes(d.pop("Volumes", UNSET))

        def _parse_warnings(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            warnings_type_0 = cast(list[str], data)

            return warnings_type_0

        warnings = _parse_warnings(d.pop("Warnings", UNSET))

        volume_list_response = cls(
            volumes=volumes,
            warnings=warnings,
        )

        volume_list_response.additional_properties = d
        return volume_list_response

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
