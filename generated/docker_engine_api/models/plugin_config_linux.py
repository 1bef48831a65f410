from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.plugin_device import PluginDevice


T = TypeVar("T", bound="PluginConfigLinux")


@_attrs_define
class PluginConfigLinux:
    capabilities: list[str] | None
    allow_all_devices: bool
    devices: list[PluginDevice] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        capabilities: list[str] | None
        if isinstance(self.capabilities, list):
            capabilities = self.capabilities

        else:
            capabilities = self.capabilities

        allow_all_devices = self.allow_all_devices

        devices: list[dict[str, Any]] | None
        if isinstance(self.devices, list):
            devices = []
            for devices_type_0_item_data in self.devices:
                devices_type_0_item = devices_type_0_item_data.to_dict()
                devices.append(devices_type_0_item)

        else:
            devices = self.devices

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Capabilities": capabilities,
                "AllowAllDevices": allow_all_devices,
                "Devices": devices,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.plugin_device import PluginDevice  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_capabilities(data: object) -> list[str] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError()
            capabilities_type_0 = cast(list[str], data)

            return capabilities_type_0

        capabilities = _parse_capabilities(d.pop("Capabilities"))

        allow_all_devices = d.pop("AllowAllDevices")

        def _parse_devices(data: object) -> list[PluginDevice] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError()
            devices_type_0 = []
            _devices_type_0 = data
            for devices_type_0_item_data in _devices_type_0:
                devices_type_0_item = PluginDevice.from_dict(devices_type_0_item_data)

                devices_type_0.append(devices_type_0_item)

            return devices_type_0

        devices = _parse_devices(d.pop("Devices"))

        plugin_config_linux = cls(
            capabilities=capabilities,
            allow_all_devices=allow_all_devices,
            devices=devices,
        )

        plugin_config_linux.additional_properties = d
        return plugin_config_linux

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
