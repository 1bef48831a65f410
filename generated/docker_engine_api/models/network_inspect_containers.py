from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from ..models.endpoint_resource import EndpointResource


T = TypeVar("T", bound="NetworkInspectContainers")


class NetworkInspectContainers(dict[str, "EndpointResource"]):
    """Contains endpoints attached to the network.

    Example:
        {'19a4d5d687db25203351ed79d478946f861258f018fe384f229f2efa4b23513c': {'Name': 'test', 'EndpointID':
            '628cadb8bcb92de107b2a1e516cbffe463e321f548feb37697cce00ad694f21a', 'MacAddress': '02:42:ac:13:00:02',
            'IPv4Address': '172.19.0.2/16', 'IPv6Address': ''}}

    A map: a ``dict`` of EndpointResource values.
    """

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.items():
            field_dict[prop_name] = prop.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.endpoint_resource import EndpointResource  # noqa: PLC0415

        network_inspect_containers = cls()
        for prop_name, prop_dict in src_dict.items():
            additional_property = EndpointResource.from_dict(prop_dict)

            network_inspect_containers[prop_name] = additional_property
        return network_inspect_containers

    @property
    def additional_properties(self) -> dict[str, EndpointResource]:
        """The entries: the map itself (other models keep unknown fields under this name)."""
        return self

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict.__repr__(self)})"
