from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="PluginConfigArgs")


@_attrs_define
class PluginConfigArgs:
    name: str
    description: str
    settable: list[str] | None
    value: list[str] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        name = self.name

        description = self.description

        settable: list[str] | None
        if isinstance(self.settable, list):
            settable = self.settable

        else:
            settable = self.settable

        value: list[str] | None
        if isinstance(self.value, list):
            value = self.value

        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Name": name,
                "Description": description,
                "Settable": settable,
                "Value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        name = d.pop("Name")

        description = d.pop("Description")

        def _parse_settable(data: object) -> list[str] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError()
            settable_type_0 = cast(list[str], data)

            return settable_type_0

        settable = _parse_settable(d.pop("Settable"))

        def _parse_value(data: object) -> list[str] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError()
            value_type_0 = cast(list[str], data)

            return value_type_0

        value = _parse_value(d.pop("Value"))

        plugin_config_args = cls(
            name=name,
            description=description,
            settable=settable,
            value=value,
        )

        plugin_config_args.additional_properties = d
        return plugin_config_args

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
