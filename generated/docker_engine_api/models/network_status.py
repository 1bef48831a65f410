from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.ipam_status import IPAMStatus


T = TypeVar("T", bound="NetworkStatus")


@_attrs_define
class NetworkStatus:
    """provides runtime information about the network such as the number of allocated IPs."""

    ipam: IPAMStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.ipam_status import IPAMStatus  # noqa: PLC0415

        ipam: dict[str, Any] | None | Unset
        if isinstance(self.ipam, Unset):
            ipam = UNSET
        elif isinstance(self.ipam, IPAMStatus):
            ipam = self.ipam.to_dict()
        else:
            ipam = self.ipam

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ipam is not UNSET:
            field_dict["IPAM"] = ipam

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.ipam_status import IPAMStatus  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_ipam(data: object) -> IPAMStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            ipam_type_1 = IPAMStatus.from_dict(data)

            return ipam_type_1

        ipam = _parse_ipam(d.pop("IPAM", UNSET))

        network_status = cls(
            ipam=ipam,
        )

        network_status.additional_properties = d
        return network_status

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
