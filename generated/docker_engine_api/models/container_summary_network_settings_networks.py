from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from ..models.endpoint_settings import EndpointSettings


T = TypeVar("T", bound="ContainerSummaryNetworkSettingsNetworks")


class ContainerSummaryNetworkSettingsNetworks(dict[str, "EndpointSettings"]):
    """Summary of network-settings for each network the container is
    attached to.

        A map: a ``dict`` of EndpointSettings values.
    """

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.items():
            field_dict[prop_name] = prop.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.endpoint_settings import EndpointSettings  # noqa: PLC0415

        container_summary_network_settings_networks = cls()
        for prop_name, prop_dict in src_dict.items():
            additional_property = EndpointSettings.from_dict(prop_dict)

            container_summary_network_settings_networks[prop_name] = additional_property
        return container_summary_network_settings_networks

    @property
    def additional_properties(self) -> dict[str, EndpointSettings]:
        """The entries: the map itself (other models keep unknown fields under this name)."""
        return self

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict.__repr__(self)})"
