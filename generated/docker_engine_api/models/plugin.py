from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.plugin_config import PluginConfig
    from ..models.plugin_settings import PluginSettings


T = TypeVar("T", bound="Plugin")


@_attrs_define
class Plugin:
    """A plugin for the Engine API"""

    name: str
    enabled: bool
    """ True if the plugin is running. False if the plugin is not running, only installed. """
    settings: None | PluginSettings
    """ user-configurable settings for the plugin. """
    config: None | PluginConfig
    """ The config of a plugin. """
    id: str | Unset = UNSET
    plugin_reference: str | Unset = UNSET
    """ plugin remote reference used to push/pull the plugin """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.plugin_config import PluginConfig  # noqa: PLC0415
        from ..models.plugin_settings import PluginSettings  # noqa: PLC0415

        name = self.name

        enabled = self.enabled

        settings: dict[str, Any] | None
        if isinstance(self.settings, PluginSettings):
            settings = self.settings.to_dict()
        else:
            settings = self.settings

        config: dict[str, Any] | None
        if isinstance(self.config, PluginConfig):
            config = self.config.to_dict()
        else:
            config = self.config

        id = self.id

        plugin_reference = self.plugin_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Name": name,
                "Enabled": enabled,
                "Settings": settings,
                "Config": config,
            }
        )
        if id is not UNSET:
            field_dict["Id"] = id
        if plugin_reference is not UNSET:
            field_dict["PluginReference"] = plugin_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.plugin_config import PluginConfig  # noqa: PLC0415
        from ..models.plugin_settings import PluginSettings  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("Name")

        enabled = d.pop("Enabled")

        def _parse_settings(data: object) -> None | PluginSettings:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError()
            settings_type_1 = PluginSettings.from_dict(data)

            return settings_type_1

        settings = _parse_settings(d.pop("Settings"))

        def _parse_config(data: object) -> None | PluginConfig:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError()
            config_type_1 = PluginConfig.from_dict(data)

            return config_type_1

        config = _parse_config(d.pop("Config"))

        id = d.pop("Id", UNSET)

        plugin_reference = d.pop("PluginReference", UNSET)

        plugin = cls(
            name=name,
            enabled=enabled,
            settings=settings,
            config=config,
            id=id,
            plugin_reference=plugin_reference,
        )

        plugin.additional_properties = d
        return plugin

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
