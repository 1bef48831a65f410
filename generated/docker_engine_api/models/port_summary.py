from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.port_summary_type import PortSummaryType, check_port_summary_type
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="PortSummary")


@_attrs_define
class PortSummary:
    """Describes a port-mapping between the container and the host.

    Example:
        {'PrivatePort': 8080, 'PublicPort': 80, 'Type': 'tcp'}

    """

    private_port: int
    """ Port on the container """
    type: PortSummaryType
    ip: str | Unset = UNSET
    """ Host IP address that the container's port is mapped to """
    public_port: int | Unset = UNSET
    """ Port exposed on the host """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        private_port = self.private_port

        type: str = self.type

        ip = self.ip

        public_port = self.public_port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "PrivatePort": private_port,
                "Type": type,
            }
        )
        if ip is not UNSET:
            field_dict["IP"] = ip
        if public_port is not UNSET:
            field_dict["PublicPort"] = public_port

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        private_port = d.pop("PrivatePort")

        type = check_port_summary_type(d.pop("Type"))

        ip = d.pop("IP", UNSET)

        public_port = d.pop("PublicPort", UNSET)

        port_summary = cls(
            private_port=private_port,
            type=type,
            ip=ip,
            public_port=public_port,
        )

        port_summary.additional_properties = d
        return port_summary

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
