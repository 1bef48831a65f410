from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from ..models.port_binding import PortBinding


T = TypeVar("T", bound="PortMap")


class PortMap(dict[str, "list[PortBinding] | None"]):
    """PortMap describes the mapping of container ports to host ports, using the
    container's port-number and protocol as key in the format `<port>/<protocol>`,
    for example, `80/udp`.

    If a container's port is mapped for multiple protocols, separate entries
    are added to the mapping table.

        Example:
            {'443/tcp': [{'HostIp': '127.0.0.1', 'HostPort': '4443'}], '80/tcp': [{'HostIp': '0.0.0.0', 'HostPort': '80'},
                {'HostIp': '0.0.0.0', 'HostPort': '8080'}], '80/udp': [{'HostIp': '0.0.0.0', 'HostPort': '80'}], '53/udp':
                [{'HostIp': '0.0.0.0', 'HostPort': '53'}], '2377/tcp': None}

        A map: a ``dict`` of list[PortBinding] | None values.
    """

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.items():
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

        port_map = cls()
        for prop_name, prop_dict in src_dict.items():

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

            port_map[prop_name] = additional_property
        return port_map

    @property
    def additional_properties(self) -> dict[str, list[PortBinding] | None]:
        """The entries: the map itself (other models keep unknown fields under this name)."""
        return self

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict.__repr__(self)})"
