from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from ..models.volume_status_additional_property import VolumeStatusAdditionalProperty


T = TypeVar("T", bound="VolumeStatus")


class VolumeStatus(dict[str, "VolumeStatusAdditionalProperty"]):
    """Low-level details about the volume, provided by the volume driver.
    Details are returned as a map with key/value pairs:
    `{"key":"value","key2":"value2"}`.

    The `Status` field is optional, and is omitted if the volume driver
    does not support this feature.

        Example:
            {'hello': 'world'}

        A map: a ``dict`` of VolumeStatusAdditionalProperty values.
    """

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.items():
            field_dict[prop_name] = prop.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.volume_status_additional_property import VolumeStatusAdditionalProperty  # noqa: PLC0415

        volume_status = cls()
        for prop_name, prop_dict in src_dict.items():
            additional_property = VolumeStatusAdditionalProperty.from_dict(prop_dict)

            volume_status[prop_name] = additional_property
        return volume_status

    @property
    def additional_properties(self) -> dict[str, VolumeStatusAdditionalProperty]:
        """The entries: the map itself (other models keep unknown fields under this name)."""
        return self

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict.__repr__(self)})"
