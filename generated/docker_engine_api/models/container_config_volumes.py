from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from ..models.container_config_volumes_additional_property import (
        ContainerConfigVolumesAdditionalProperty,
    )


T = TypeVar("T", bound="ContainerConfigVolumes")


class ContainerConfigVolumes(dict[str, "ContainerConfigVolumesAdditionalProperty"]):
    """An object mapping mount point paths inside the container to empty
    objects.

        A map: a ``dict`` of ContainerConfigVolumesAdditionalProperty values.
    """

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.items():
            field_dict[prop_name] = prop.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_config_volumes_additional_property import (
            ContainerConfigVolumesAdditionalProperty,  # noqa: PLC0415
        )

        container_config_volumes = cls()
        for prop_name, prop_dict in src_dict.items():
            additional_property = ContainerConfigVolumesAdditionalProperty.from_dict(prop_dict)

            container_config_volumes[prop_name] = additional_property
        return container_config_volumes

    @property
    def additional_properties(self) -> dict[str, ContainerConfigVolumesAdditionalProperty]:
        """The entries: the map itself (other models keep unknown fields under this name)."""
        return self

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict.__repr__(self)})"
