from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.container_summary_network_settings_networks import (
        ContainerSummaryNetworkSettingsNetworks,
    )


T = TypeVar("T", bound="ContainerSummaryNetworkSettings")


@_attrs_define
class ContainerSummaryNetworkSettings:
    """Summary of the container's network settings"""

    networks: ContainerSummaryNetworkSettingsNetworks | None | Unset = UNSET
    """ Summary of network-settings for each network the container is
    attached to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.container_summary_network_settings_networks import (
            ContainerSummaryNetworkSettingsNetworks,  # noqa: PLC0415
        )

        networks: dict[str, Any] | None | Unset
        if isinstance(self.networks, Unset):
            networks = UNSET
        elif isinstance(self.networks, ContainerSummaryNetworkSettingsNetworks):
            networks = self.networks.to_dict()
        else:
            networks = self.networks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if networks is not UNSET:
            field_dict["Networks"] = networks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.container_summary_network_settings_networks import (
            ContainerSummaryNetworkSettingsNetworks,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_networks(data: object) -> ContainerSummaryNetworkSettingsNetworks | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            networks_type_1 = ContainerSummaryNetworkSettingsNetworks.from_dict(data)

            return networks_type_1

        networks = _parse_networks(d.pop("Networks", UNSET))

        container_summary_network_settings = cls(
            networks=networks,
        )

        container_summary_network_settings.additional_properties = d
        return container_summary_network_settings

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
