from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.ipam_config_auxiliary_addresses import IPAMConfigAuxiliaryAddresses


T = TypeVar("T", bound="IPAMConfig")


@_attrs_define
class IPAMConfig:
    subnet: str | Unset = UNSET
    ip_range: str | Unset = UNSET
    gateway: str | Unset = UNSET
    auxiliary_addresses: IPAMConfigAuxiliaryAddresses | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.ipam_config_auxiliary_addresses import IPAMConfigAuxiliaryAddresses  # noqa: PLC0415

        subnet = self.subnet

        ip_range = self.ip_range

        gateway = self.gateway

        auxiliary_addresses: dict[str, Any] | None | Unset
        if isinstance(self.auxiliary_addresses, Unset):
            auxiliary_addresses = UNSET
        elif isinstance(self.auxiliary_addresses, IPAMConfigAuxiliaryAddresses):
            auxiliary_addresses = self.auxiliary_addresses.to_dict()
        else:
            auxiliary_addresses = self.auxiliary_addresses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subnet is not UNSET:
            field_dict["Subnet"] = subnet
        if ip_range is not UNSET:
            field_dict["IPRange"] = ip_range
        if gateway is not UNSET:
            field_dict["Gateway"] = gateway
        if auxiliary_addresses is not UNSET:
            field_dict["AuxiliaryAddresses"] = auxiliary_addresses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.ipam_config_auxiliary_addresses import IPAMConfigAuxiliaryAddresses  # noqa: PLC0415

        d = dict(src_dict)
        subnet = d.pop("Subnet", UNSET)

        ip_range = d.pop("IPRange", UNSET)

        gateway = d.pop("Gateway", UNSET)

        def _parse_auxiliary_addresses(data: object) -> IPAMConfigAuxiliaryAddresses | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            auxiliary_addresses_type_1 = IPAMConfigAuxiliaryAddresses.from_dict(data)

            return auxiliary_addresses_type_1

        auxiliary_addresses = _parse_auxiliary_addresses(d.pop("AuxiliaryAddresses", UNSET))

        ipam_config = cls(
            subnet=subnet,
            ip_range=ip_range,
            gateway=gateway,
            auxiliary_addresses=auxiliary_addresses,
        )

        ipam_config.additional_properties = d
        return ipam_config

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
