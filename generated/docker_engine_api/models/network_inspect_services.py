from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from ..models.service_info import ServiceInfo


T = TypeVar("T", bound="NetworkInspectServices")


class NetworkInspectServices(dict[str, "ServiceInfo"]):
    """List of services using the network. This field is only present for
    swarm scope networks, and omitted for local scope networks.

        A map: a ``dict`` of ServiceInfo values.
    """

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.items():
            field_dict[prop_name] = prop.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_info import ServiceInfo  # noqa: PLC0415

        network_inspect_services = cls()
        for prop_name, prop_dict in src_dict.items():
            additional_property = ServiceInfo.from_dict(prop_dict)

            network_inspect_services[prop_name] = additional_property
        return network_inspect_services

    @property
    def additional_properties(self) -> dict[str, ServiceInfo]:
        """The entries: the map itself (other models keep unknown fields under this name)."""
        return self

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict.__repr__(self)})"
