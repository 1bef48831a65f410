from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="VolumeUsageData")


@_attrs_define
class VolumeUsageData:
    """Usage details about the volume. This information is used by the
    `GET /system/df` endpoint, and omitted in other endpoints.

    """

    size: int
    """ Amount of disk space used by the volume (in bytes). This information
    is only available for volumes created with the `"local"` volume
    driver. For volumes created with other volume drivers, this field
    is set to `-1` ("not available")

    Daemon default: `-1` (sent only when set). """
    ref_count: int
    """ The number of containers referencing this volume. This field
    is set to `-1` if the reference-count is not available.

    Daemon default: `-1` (sent only when set). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        size = self.size

        ref_count = self.ref_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Size": size,
                "RefCount": ref_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        size = d.pop("Size")

        ref_count = d.pop("RefCount")

        volume_usage_data = cls(
            size=size,
            ref_count=ref_count,
        )

        volume_usage_data.additional_properties = d
        return volume_usage_data

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
