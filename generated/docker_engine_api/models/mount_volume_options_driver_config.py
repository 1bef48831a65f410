from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.mount_volume_options_driver_config_options import (
        MountVolumeOptionsDriverConfigOptions,
    )


T = TypeVar("T", bound="MountVolumeOptionsDriverConfig")


@_attrs_define
class MountVolumeOptionsDriverConfig:
    """Map of driver specific options"""

    name: str | Unset = UNSET
    """ Name of the driver to use to create the volume. """
    options: MountVolumeOptionsDriverConfigOptions | None | Unset = UNSET
    """ key/value map of driver specific options. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.mount_volume_options_driver_config_options import (
            MountVolumeOptionsDriverConfigOptions,  # noqa: PLC0415
        )

        name = self.name

        options: dict[str, Any] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, MountVolumeOptionsDriverConfigOptions):
            options = self.options.to_dict()
        else:
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if options is not UNSET:
            field_dict["Options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.mount_volume_options_driver_config_options import (
            MountVolumeOptionsDriverConfigOptions,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        def _parse_options(data: object) -> MountVolumeOptionsDriverConfigOptions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            options_type_1 = MountVolumeOptionsDriverConfigOptions.from_dict(data)

            return options_type_1

        options = _parse_options(d.pop("Options", UNSET))

        mount_volume_options_driver_config = cls(
            name=name,
            options=options,
        )

        mount_volume_options_driver_config.additional_properties = d
        return mount_volume_options_driver_config

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
