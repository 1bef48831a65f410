from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="NetworkOptions")


class NetworkOptions(dict[str, "str"]):
    """Network-specific options uses when creating the network.

    Example:
        {'com.docker.network.bridge.default_bridge': 'true', 'com.docker.network.bridge.enable_icc': 'true',
            'com.docker.network.bridge.enable_ip_masquerade': 'true', 'com.docker.network.bridge.host_binding_ipv4':
            '0.0.0.0', 'com.docker.network.bridge.name': 'docker0', 'com.docker.network.driver.mtu': '1500'}

    A map: a ``dict`` of str values.
    """

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls(src_dict)

    @property
    def additional_properties(self) -> dict[str, str]:
        """The entries: the map itself (other models keep unknown fields under this name)."""
        return self

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict.__repr__(self)})"
