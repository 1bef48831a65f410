from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from ..models.image_config_volumes_additional_property import (
        ImageConfigVolumesAdditionalProperty,
    )


T = TypeVar("T", bound="ImageConfigVolumes")


class ImageConfigVolumes(dict[str, "ImageConfigVolumesAdditionalProperty"]):
    """An object mapping mount point paths inside the container to empty
    objects.

        Example:
            {'/app/data': {}, '/app/config': {}}

        A map: a ``dict`` of ImageConfigVolumesAdditionalProperty values.
    """

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.items():
            field_dict[prop_name] = prop.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_config_volumes_additional_property import (
            ImageConfigVolumesAdditionalProperty,  # noqa: PLC0415
        )

        image_config_volumes = cls()
        for prop_name, prop_dict in src_dict.items():
            additional_property = ImageConfigVolumesAdditionalProperty.from_dict(prop_dict)

            image_config_volumes[prop_name] = additional_property
        return image_config_volumes

    @property
    def additional_properties(self) -> dict[str, ImageConfigVolumesAdditionalProperty]:
        """The entries: the map itself (other models keep unknown fields under this name)."""
        return self

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict.__repr__(self)})"
