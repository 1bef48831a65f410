from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from ..models.subnet_status import SubnetStatus


T = TypeVar("T", bound="IPAMStatusSubnets")


class IPAMStatusSubnets(dict[str, "SubnetStatus"]):
    """Example:
        {'172.16.0.0/16': {'IPsInUse': 3, 'DynamicIPsAvailable': 65533}, '2001:db8:abcd:0012::0/96': {'IPsInUse': 5,
            'DynamicIPsAvailable': 4294967291}}

    A map: a ``dict`` of SubnetStatus values.
    """

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.items():
            field_dict[prop_name] = prop.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subnet_status import SubnetStatus  # noqa: PLC0415

        ipam_status_subnets = cls()
        for prop_name, prop_dict in src_dict.items():
            additional_property = SubnetStatus.from_dict(prop_dict)

            ipam_status_subnets[prop_name] = additional_property
        return ipam_status_subnets

    @property
    def additional_properties(self) -> dict[str, SubnetStatus]:
        """The entries: the map itself (other models keep unknown fields under this name)."""
        return self

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict.__repr__(self)})"
