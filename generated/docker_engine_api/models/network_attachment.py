from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.network import Network


T = TypeVar("T", bound="NetworkAttachment")


@_attrs_define
class NetworkAttachment:
    """Specifies how a task is attached to a network, and the addresses the
    task was assigned on that network.

        Example:
            {'Network': {'ID': '4qvuz4ko70xaltuqbt8956gd1'}, 'Addresses': ['10.255.0.10/16']}

    """

    network: Network | None | Unset = UNSET
    addresses: list[str] | None | Unset = UNSET
    """ The IP addresses (in CIDR notation) assigned to the task on this
    network. To maintain backward compatibility this field accepts CIDR
    notation, but only the IP address is used.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.network import Network  # noqa: PLC0415

        network: dict[str, Any] | None | Unset
        if isinstance(self.network, Unset):
            network = UNSET
        elif isinstance(self.network, Network):
            network = self.network.to_dict()
        else:
            network = self.network

        addresses: list[str] | None | Unset
        if isinstance(self.addresses, Unset):
            addresses = UNSET
        elif isinstance(self.addresses, list):
            addresses = self.addresses

        else:
            addresses = self.addresses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if network is not UNSET:
            field_dict["Network"] = network
        if addresses is not UNSET:
            field_dict["Addresses"] = addresses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.network import Network  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_network(data: object) -> Network | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            network_type_1 = Network.from_dict(data)

            return network_type_1

        network = _parse_network(d.pop("Network", UNSET))

        def _parse_addresses(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            addresses_type_0 = cast(list[str], data)

            return addresses_type_0

        addresses = _parse_addresses(d.pop("Addresses", UNSET))

        network_attachment = cls(
            network=network,
            addresses=addresses,
        )

        network_attachment.additional_properties = d
        return network_attachment

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
