from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.port_binding import PortBinding


T = TypeVar("T", bound="PortMap")


@_attrs_define
class PortMap:
    """PortMap describes the mapping of container ports to host ports, using the
    container's port-number and protocol as key in the format `<port>/<protocol>`,
    for example, `80/udp`.

    If a container's port is mapped for multiple protocols, separate entries
    are added to the mapping table.

        Example:
            {'443/tcp': [{'HostIp': '127.0.0.1', 'HostPort': '4443'}], '80/tcp': [{'HostIp': '0.0.0.0', 'HostPort': '80'},
                {'HostIp': '0.0.0.0', 'HostPort': '8080'}], '80/udp': [{'HostIp': '0.0.0.0', 'HostPort': '80'}], '53/udp':
                [{'HostIp': '0.0.0.0', 'HostPort': '53'}], '2377/tcp': None}

    """

    additional_properties: dict[str, list[PortBinding] | None] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = []
                for additional_property_type_0_item_data in prop:
                    additional_property_type_0_item = additional_property_type_0_item_data.to_dict()
                    field_dict[prop_name].append(additional_property_type_0_item)

            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.port_binding import PortBinding  # noqa: PLC0415

        d = dict(src_dict)
        port_map = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> list[PortBinding] | None:
                if data is None:
                    return data
                if not isinstance(data, list):
                    raise TypeError()
                additional_property_type_0 = []
                _additional_property_type_0 = data
                for additional_property_type_0_item_data in _additional_property_type_0:
                    additional_property_type_0_item = PortBinding.from_dict(
                        additional_property_type_0_item_data
                    )

                    additional_property_type_0.append(additional_property_type_0_item)

                return additional_property_type_0

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        port_map.additional_properties = additional_properties
        return port_map

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[PortBinding] | None:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[PortBinding] | None) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
