from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.plugin_device import PluginDevice
    from ..models.plugin_mount import PluginMount


T = TypeVar("T", bound="PluginSettings")


@_attrs_define
class PluginSettings:
    """user-configurable settings for the plugin."""

    mounts: list[PluginMount] | None
    env: list[str] | None
    args: list[str] | None
    devices: list[PluginDevice] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        mounts: list[dict[str, Any]] | None
        if isinstance(self.mounts, list):
            mounts = []
            for mounts_type_0_item_data in self.mounts:
                mounts_type_0_item = mounts_type_0_item_data.to_dict()
                mounts.append(mounts_type_0_item)

        else:
            mounts = self.mounts

        env: list[str] | None
        if isinstance(self.env, list):
            env = self.env

        else:
            env = self.env

        args: list[str] | None
        if isinstance(self.args, list):
            args = self.args

        else:
            args = self.args

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
                "Mounts": mounts,
                "Env": env,
                "Args": args,
                "Devices": devices,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.plugin_device import PluginDevice  # noqa: PLC0415
        from ..models.plugin_mount import PluginMount  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_mounts(data: object) -> list[PluginMount] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError()
            mounts_type_0 = []
            _mounts_type_0 = data
            for mounts_type_0_item_data in _mounts_type_0:
                mounts_type_0_item = PluginMount.from_dict(mounts_type_0_item_data)

                mounts_type_0.append(mounts_type_0_item)

            return mounts_type_0

        mounts = _parse_mounts(d.pop("Mounts"))

        def _parse_env(data: object) -> list[str] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError()
            env_type_0 = cast(list[str], data)

            return env_type_0

        env = _parse_env(d.pop("Env"))

        def _parse_args(data: object) -> list[str] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError()
            args_type_0 = cast(list[str], data)

            return args_type_0

        args = _parse_args(d.pop("Args"))

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

        plugin_settings = cls(
            mounts=mounts,
            env=env,
            args=args,
            devices=devices,
        )

        plugin_settings.additional_properties = d
        return plugin_settings

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
