from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from ..models.container_config_exposed_ports_additional_property import (
        ContainerConfigExposedPortsAdditionalProperty,
    )


T = TypeVar("T", bound="ContainerConfigExposedPorts")


class ContainerConfigExposedPorts(dict[str, "ContainerConfigExposedPortsAdditionalProperty"]):
    """An object mapping ports to an empty object in the form:

    `{"<port>/<tcp|udp|sctp>": {}}`

        Example:
            {'80/tcp': {}, '443/tcp': {}}

        A map: a ``dict`` of ContainerConfigExposedPortsAdditionalProperty values.
    """

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.items():
            field_dict[prop_name] = prop.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_config_exposed_ports_additional_property import (
            ContainerConfigExposedPortsAdditionalProperty,  # noqa: PLC0415
        )

        container_config_exposed_ports = cls()
        for prop_name, prop_dict in src_dict.items():
            additional_property = ContainerConfigExposedPortsAdditionalProperty.from_dict(prop_dict)

            container_config_exposed_ports[prop_name] = additional_property
        return container_config_exposed_ports

    @property
    def additional_properties(self) -> dict[str, ContainerConfigExposedPortsAdditionalProperty]:
        """The entries: the map itself (other models keep unknown fields under this name)."""
        return self

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict.__repr__(self)})"
