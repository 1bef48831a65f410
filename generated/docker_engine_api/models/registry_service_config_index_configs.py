from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from ..models.index_info import IndexInfo


T = TypeVar("T", bound="RegistryServiceConfigIndexConfigs")


class RegistryServiceConfigIndexConfigs(dict[str, "IndexInfo | None"]):
    """Example:
        {'127.0.0.1:5000': {'Name': '127.0.0.1:5000', 'Mirrors': [], 'Secure': False, 'Official': False},
            '[2001:db8:a0b:12f0::1]:80': {'Name': '[2001:db8:a0b:12f0::1]:80', 'Mirrors': [], 'Secure': False, 'Official':
            False}, 'docker.io': {'Name': 'docker.io', 'Mirrors': ['https://hub-mirror.corp.example.com:5000/'], 'Secure':
            True, 'Official': True}, 'registry.internal.corp.example.com:3000': {'Name':
            'registry.internal.corp.example.com:3000', 'Mirrors': [], 'Secure': False, 'Official': False}}

    A map: a ``dict`` of IndexInfo | None values.
    """

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        from ..models.index_info import IndexInfo  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.items():
            if isinstance(prop, IndexInfo):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.index_info import IndexInfo  # noqa: PLC0415

        registry_service_config_index_configs = cls()
        for prop_name, prop_dict in src_dict.items():

            def _parse_additional_property(data: object) -> IndexInfo | None:
                if data is None:
                    return data
                if not isinstance(data, dict):
                    raise TypeError()
                additional_property_type_1 = IndexInfo.from_dict(data)

                return additional_property_type_1

            additional_property = _parse_additional_property(prop_dict)

            registry_service_config_index_configs[prop_name] = additional_property
        return registry_service_config_index_configs

    @property
    def additional_properties(self) -> dict[str, IndexInfo | None]:
        """The entries: the map itself (other models keep unknown fields under this name)."""
        return self

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict.__repr__(self)})"
