from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="EndpointResource")


@_attrs_define
class EndpointResource:
    """contains network resources allocated and used for a container in a network."""

    name: str | Unset = UNSET
    endpoint_id: str | Unset = UNSET
    mac_address: str | Unset = UNSET
    ipv4_address: str | Unset = UNSET
    ipv6_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        name = self.name

        endpoint_id = self.endpoint_id

        mac_address = self.mac_address

        ipv4_address = self.ipv4_address

        ipv6_address = self.ipv6_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if endpoint_id is not UNSET:
            field_dict["EndpointID"] = endpoint_id
        if mac_address is not UNSET:
            field_dict["MacAddress"] = mac_address
        if ipv4_address is not UNSET:
            field_dict["IPv4Address"] = ipv4_address
        if ipv6_address is not UNSET:
            field_dict["IPv6Address"] = ipv6_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        endpoint_id = d.pop("EndpointID", UNSET)

        mac_address = d.pop("MacAddress", UNSET)

        ipv4_address = d.pop("IPv4Address", UNSET)

        ipv6_address = d.pop("IPv6Address", UNSET)

        endpoint_resource = cls(
            name=name,
            endpoint_id=endpoint_id,
            mac_address=mac_address,
            ipv4_address=ipv4_address,
            ipv6_address=ipv6_address,
        )

        endpoint_resource.additional_properties = d
        return endpoint_resource

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
