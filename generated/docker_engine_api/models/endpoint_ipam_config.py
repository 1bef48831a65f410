from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="EndpointIPAMConfig")


@_attrs_define
class EndpointIPAMConfig:
    """EndpointIPAMConfig represents an endpoint's IPAM configuration."""

    ipv4_address: str | Unset = UNSET
    ipv6_address: str | Unset = UNSET
    link_local_ips: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        ipv4_address = self.ipv4_address

        ipv6_address = self.ipv6_address

        link_local_ips: list[str] | None | Unset
        if isinstance(self.link_local_ips, Unset):
            link_local_ips = UNSET
        elif isinstance(self.link_local_ips, list):
            link_local_ips = self.link_local_ips

        else:
            link_local_ips = self.link_local_ips

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ipv4_address is not UNSET:
            field_dict["IPv4Address"] = ipv4_address
        if ipv6_address is not UNSET:
            field_dict["IPv6Address"] = ipv6_address
        if link_local_ips is not UNSET:
            field_dict["LinkLocalIPs"] = link_local_ips

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        ipv4_address = d.pop("IPv4Address", UNSET)

        ipv6_address = d.pop("IPv6Address", UNSET)

        def _parse_link_local_ips(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            link_local_ips_type_0 = cast(list[str], data)

            return link_local_ips_type_0

        link_local_ips = _parse_link_local_ips(d.pop("LinkLocalIPs", UNSET))

        endpoint_ipam_config = cls(
            ipv4_address=ipv4_address,
            ipv6_address=ipv6_address,
            link_local_ips=link_local_ips,
        )

        endpoint_ipam_config.additional_properties = d
        return endpoint_ipam_config

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
