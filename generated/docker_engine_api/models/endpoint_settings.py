from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.endpoint_ipam_config import EndpointIPAMConfig
    from ..models.endpoint_settings_driver_opts import EndpointSettingsDriverOpts


T = TypeVar("T", bound="EndpointSettings")


@_attrs_define
class EndpointSettings:
    """Configuration for a network endpoint."""

    ipam_config: EndpointIPAMConfig | None | Unset = UNSET
    links: list[str] | None | Unset = UNSET
    mac_address: str | Unset = UNSET
    """ MAC address for the endpoint on this network. The network driver might ignore this parameter.
     """
    aliases: list[str] | None | Unset = UNSET
    driver_opts: EndpointSettingsDriverOpts | None | Unset = UNSET
    """ DriverOpts is a mapping of driver options and values. These options
    are passed directly to the driver and are driver specific.
     """
    gw_priority: int | Unset = UNSET
    """ This property determines which endpoint will provide the default
    gateway for a container. The endpoint with the highest priority will
    be used. If multiple endpoints have the same priority, endpoints are
    lexicographically sorted based on their network name, and the one
    that sorts first is picked.
     """
    network_id: str | Unset = UNSET
    """ Unique ID of the network.
     """
    endpoint_id: str | Unset = UNSET
    """ Unique ID for the service endpoint in a Sandbox.
     """
    gateway: str | Unset = UNSET
    """ Gateway address for this network.
     """
    ip_address: str | Unset = UNSET
    """ IPv4 address.
     """
    ip_prefix_len: int | Unset = UNSET
    """ Mask length of the IPv4 address.
     """
    ipv6_gateway: str | Unset = UNSET
    """ IPv6 gateway address.
     """
    global_ipv6_address: str | Unset = UNSET
    """ Global IPv6 address.
     """
    global_ipv6_prefix_len: int | Unset = UNSET
    """ Mask length of the global IPv6 address.
     """
    dns_names: list[str] | None | Unset = UNSET
    """ List of all DNS names an endpoint has on a specific network. This
    list is based on the container name, network aliases, container short
    ID, and hostname.

    These DNS names are non-fully qualified but can contain several dots.
    You can get fully qualified DNS names by appending `.<network-name>`.
    For instance, if container name is `my.ctr` and the network is named
    `testnet`, `DNSNames` will contain `my.ctr` and the FQDN will be
    `my.ctr.testnet`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.endpoint_ipam_config import EndpointIPAMConfig  # noqa: PLC0415
        from ..models.endpoint_settings_driver_opts import EndpointSettingsDriverOpts  # noqa: PLC0415

        ipam_config: dict[str, Any] | None | Unset
        if isinstance(self.ipam_config, Unset):
            ipam_config = UNSET
        elif isinstance(self.ipam_config, EndpointIPAMConfig):
            ipam_config = self.ipam_config.to_dict()
        else:
            ipam_config = self.ipam_config

        links: list[str] | None | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, list):
            links = self.links

        else:
            links = self.links

        mac_address = self.mac_address

        aliases: list[str] | None | Unset
        if isinstance(self.aliases, Unset):
            aliases = UNSET
        elif isinstance(self.aliases, list):
            aliases = self.aliases

        else:
            aliases = self.aliases

        driver_opts: dict[str, Any] | None | Unset
        if isinstance(self.driver_opts, Unset):
            driver_opts = UNSET
        elif isinstance(self.driver_opts, EndpointSettingsDriverOpts):
            driver_opts = self.driver_opts.to_dict()
        else:
            driver_opts = self.driver_opts

        gw_priority = self.gw_priority

        network_id = self.network_id

        endpoint_id = self.endpoint_id

        gateway = self.gateway

        ip_address = self.ip_address

        ip_prefix_len = self.ip_prefix_len

        ipv6_gateway = self.ipv6_gateway

        global_ipv6_address = self.global_ipv6_address

        global_ipv6_prefix_len = self.global_ipv6_prefix_len

        dns_names: list[str] | None | Unset
        if isinstance(self.dns_names, Unset):
            dns_names = UNSET
        elif isinstance(self.dns_names, list):
            dns_names = self.dns_names

        else:
            dns_names = self.dns_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ipam_config is not UNSET:
            field_dict["IPAMConfig"] = ipam_config
        if links is not UNSET:
            field_dict["Links"] = links
        if mac_address is not UNSET:
            field_dict["MacAddress"] = mac_address
        if aliases is not UNSET:
            field_dict["Aliases"] = aliases
        if driver_opts is not UNSET:
            field_dict["DriverOpts"] = driver_opts
        if gw_priority is not UNSET:
            field_dict["GwPriority"] = gw_priority
        if network_id is not UNSET:
            field_dict["NetworkID"] = network_id
        if endpoint_id is not UNSET:
            field_dict["EndpointID"] = endpoint_id
        if gateway is not UNSET:
            field_dict["Gateway"] = gateway
        if ip_address is not UNSET:
            field_dict["IPAddress"] = ip_address
        if ip_prefix_len is not UNSET:
            field_dict["IPPrefixLen"] = ip_prefix_len
        if ipv6_gateway is not UNSET:
            field_dict["IPv6Gateway"] = ipv6_gateway
        if global_ipv6_address is not UNSET:
            field_dict["GlobalIPv6Address"] = global_ipv6_address
        if global_ipv6_prefix_len is not UNSET:
            field_dict["GlobalIPv6PrefixLen"] = global_ipv6_prefix_len
        if dns_names is not UNSET:
            field_dict["DNSNames"] = dns_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.endpoint_ipam_config import EndpointIPAMConfig  # noqa: PLC0415
        from ..models.endpoint_settings_driver_opts import EndpointSettingsDriverOpts  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_ipam_config(data: object) -> EndpointIPAMConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            ipam_config_type_1 = EndpointIPAMConfig.from_dict(data)

            return ipam_config_type_1

        ipam_config = _parse_ipam_config(d.pop("IPAMConfig", UNSET))

        def _parse_links(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            links_type_0 = cast(list[str], data)

            return links_type_0

        links = _parse_links(d.pop("Links", UNSET))

        mac_address = d.pop("MacAddress", UNSET)

        def _parse_aliases(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            aliases_type_0 = cast(list[str], data)

            return aliases_type_0

        aliases = _parse_aliases(d.pop("Aliases", UNSET))

        def _parse_driver_opts(data: object) -> EndpointSettingsDriverOpts | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            driver_opts_type_1 = EndpointSettingsDriverOpts.from_dict(data)

            return driver_opts_type_1

        driver_opts = _parse_driver_opts(d.pop("DriverOpts", UNSET))

        gw_priority = d.pop("GwPriority", UNSET)

        network_id = d.pop("NetworkID", UNSET)

        endpoint_id = d.pop("EndpointID", UNSET)

        gateway = d.pop("Gateway", UNSET)

        ip_address = d.pop("IPAddress", UNSET)

        ip_prefix_len = d.pop("IPPrefixLen", UNSET)

        ipv6_gateway = d.pop("IPv6Gateway", UNSET)

        global_ipv6_address = d.pop("GlobalIPv6Address", UNSET)

        global_ipv6_prefix_len = d.pop("GlobalIPv6PrefixLen", UNSET)

        def _parse_dns_names(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            dns_names_type_0 = cast(list[str], data)

            return dns_names_type_0

        dns_names = _parse_dns_names(d.pop("DNSNames", UNSET))

        endpoint_settings = cls(
            ipam_config=ipam_config,
            links=links,
            mac_address=mac_address,
            aliases=aliases,
            driver_opts=driver_opts,
            gw_priority=gw_priority,
            network_id=network_id,
            endpoint_id=endpoint_id,
            gateway=gateway,
            ip_address=ip_address,
            ip_prefix_len=ip_prefix_len,
            ipv6_gateway=ipv6_gateway,
            global_ipv6_address=global_ipv6_address,
            global_ipv6_prefix_len=global_ipv6_prefix_len,
            dns_names=dns_names,
        )

        endpoint_settings.additional_properties = d
        return endpoint_settings

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
