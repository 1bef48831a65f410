from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plugin_config_interface_protocol_scheme import (
    PluginConfigInterfaceProtocolScheme,
    check_plugin_config_interface_protocol_scheme,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="PluginConfigInterface")


@_attrs_define
class PluginConfigInterface:
    """The interface between Docker and the plugin"""

    types: list[str] | None
    socket: str
    protocol_scheme: PluginConfigInterfaceProtocolScheme | Unset = UNSET
    """ Protocol to use for clients connecting to the plugin. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        types: list[str] | None
        if isinstance(self.types, list):
            types = self.types

        else:
            types = self.types

        socket = self.socket

        protocol_scheme: str | Unset = UNSET
        if not isinstance(self.protocol_scheme, Unset):
            protocol_scheme = self.protocol_scheme

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Types": types,
                "Socket": socket,
            }
        )
        if protocol_scheme is not UNSET:
            field_dict["ProtocolScheme"] = protocol_scheme

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)

        def _parse_types(data: object) -> list[str] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError()
            types_type_0 = cast(list[str], data)

            return types_type_0

        types = _parse_types(d.pop("Types"))

        socket = d.pop("Socket")

        _protocol_scheme = d.pop("ProtocolScheme", UNSET)
        protocol_scheme: PluginConfigInterfaceProtocolScheme | Unset
        if isinstance(_protocol_scheme, Unset):
            protocol_scheme = UNSET
        else:
            protocol_scheme = check_plugin_config_interface_protocol_scheme(_protocol_scheme)

        plugin_config_interface = cls(
            types=types,
            socket=socket,
            protocol_scheme=protocol_scheme,
        )

        plugin_config_interface.additional_properties = d
        return plugin_config_interface

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
