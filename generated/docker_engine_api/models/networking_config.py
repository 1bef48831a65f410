from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.networking_config_endpoints_config import NetworkingConfigEndpointsConfig


T = TypeVar("T", bound="NetworkingConfig")


@_attrs_define
class NetworkingConfig:
    """NetworkingConfig represents the container's networking configuration for
    each of its interfaces.
    It is used for the networking configs specified in the `docker create`
    and `docker network connect` commands.

        Example:
            {'EndpointsConfig': {'isolated_nw': {'IPAMConfig': {'IPv4Address': '172.20.30.33', 'IPv6Address':
                '2001:db8:abcd::3033', 'LinkLocalIPs': ['169.254.34.68', 'fe80::3468']}, 'MacAddress': '02:42:ac:12:05:02',
                'Links': ['container_1', 'container_2'], 'Aliases': ['server_x', 'server_y']}, 'database_nw': {}}}

    """

    endpoints_config: NetworkingConfigEndpointsConfig | None | Unset = UNSET
    """ A mapping of network name to endpoint configuration for that network.
    The endpoint configuration can be left empty to connect to that
    network with no particular endpoint configuration.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.networking_config_endpoints_config import NetworkingConfigEndpointsConfig  # noqa: PLC0415

        endpoints_config: dict[str, Any] | None | Unset
        if isinstance(self.endpoints_config, Unset):
            endpoints_config = UNSET
        elif isinstance(self.endpoints_config, NetworkingConfigEndpointsConfig):
            endpoints_config = self.endpoints_config.to_dict()
        else:
            endpoints_config = self.endpoints_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if endpoints_config is not UNSET:
            field_dict["EndpointsConfig"] = endpoints_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.networking_config_endpoints_config import NetworkingConfigEndpointsConfig  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_endpoints_config(data: object) -> NetworkingConfigEndpointsConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            endpoints_config_type_1 = NetworkingConfigEndpointsConfig.from_dict(data)

            return endpoints_config_type_1

        endpoints_config = _parse_endpoints_config(d.pop("EndpointsConfig", UNSET))

        networking_config = cls(
            endpoints_config=endpoints_config,
        )

        networking_config.additional_properties = d
        return networking_config

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
