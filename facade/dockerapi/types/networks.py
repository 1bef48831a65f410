"""Network types: ``EndpointConfig``/``NetworkingConfig`` for containers, IPAM for networks."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from dockerapi._wire import Keywords
from dockerapi.utils import normalize_links

__all__ = [
    "ENDPOINT_CONFIG",
    "NETWORKING_CONFIG",
    "EndpointConfig",
    "IPAMConfig",
    "IPAMPool",
    "NetworkingConfig",
]

#: EndpointConfig's keywords -> the fields they set in one network's entry of a
#: ContainerCreate body's NetworkingConfig (``connect_container_to_network`` sends
#: the same fields under its own name, see `api/network.py`).
ENDPOINT_CONFIG = Keywords(
    "ContainerCreate",
    within="NetworkingConfig.EndpointsConfig.*",
    body={
        "aliases": "Aliases",
        "links": "Links",
        "ipv4_address": "IPAMConfig.IPv4Address",
        "ipv6_address": "IPAMConfig.IPv6Address",
        "link_local_ips": "IPAMConfig.LinkLocalIPs",
        "driver_opt": "DriverOpts",
        "mac_address": "MacAddress",
        "gw_priority": "GwPriority",
    },
    unversioned=("version",),
)

#: NetworkingConfig's keyword -> its ContainerCreate body field.
NETWORKING_CONFIG = Keywords(
    "ContainerCreate",
    within="NetworkingConfig",
    body={"endpoints_config": "EndpointsConfig"},
)


@ENDPOINT_CONFIG.describes
class EndpointConfig(dict[str, Any]):
    """How a container joins one network (an ``EndpointSettings`` of the API).

    Args:
        version: the API version in use; kept for docker-py compatibility (the client
            checks each field against the version table when the request is sent).
        aliases: names other containers on the network can use for this one.
        links: ``{"container": "alias"}`` links on this network.
        ipv4_address, ipv6_address: static addresses on the network.
        link_local_ips: extra link-local addresses.
        driver_opt: options for the network driver.
        mac_address: the endpoint's MAC address.
        gw_priority: which network provides the default gateway (highest wins; API
            1.48+, not in docker-py).
    """

    def __init__(
        self,
        version: str | None = None,
        aliases: list[str] | None = None,
        links: Mapping[str, str | None] | Sequence[Any] | None = None,
        ipv4_address: str | None = None,
        ipv6_address: str | None = None,
        link_local_ips: list[str] | None = None,
        driver_opt: Mapping[str, str] | None = None,
        mac_address: str | None = None,
        gw_priority: int | None = None,
    ) -> None:
        super().__init__()
        put = ENDPOINT_CONFIG.put
        if aliases:
            put(self, "aliases", aliases)
        if links:
            put(self, "links", normalize_links(links))
        if ipv4_address:
            put(self, "ipv4_address", ipv4_address)
        if ipv6_address:
            put(self, "ipv6_address", ipv6_address)
        if mac_address:
            put(self, "mac_address", mac_address)
        if link_local_ips is not None:
            put(self, "link_local_ips", link_local_ips)
        if driver_opt:
            if not isinstance(driver_opt, Mapping):
                raise TypeError("driver_opt must be a dictionary")
            put(self, "driver_opt", driver_opt)
        if gw_priority is not None:
            if not isinstance(gw_priority, int) or isinstance(gw_priority, bool):
                raise TypeError("gw_priority must be an integer")
            put(self, "gw_priority", gw_priority)


@NETWORKING_CONFIG.describes
class NetworkingConfig(dict[str, Any]):
    """The networks a new container joins: ``{"network name": EndpointConfig(...)}``."""

    def __init__(self, endpoints_config: Mapping[str, Any] | None = None) -> None:
        super().__init__()
        if endpoints_config:
            NETWORKING_CONFIG.put(self, "endpoints_config", endpoints_config)


class IPAMConfig(dict[str, Any]):
    """Address management of a new network, for ``create_network(ipam=...)``.

    Args:
        driver: the IPAM driver (``"default"``).
        pool_configs: a list of :class:`IPAMPool`.
        options: driver options.
    """

    def __init__(
        self,
        driver: str = "default",
        pool_configs: list[Mapping[str, Any]] | None = None,
        options: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__({"Driver": driver, "Config": pool_configs or []})
        if options:
            if not isinstance(options, Mapping):
                raise TypeError("IPAMConfig options must be a dictionary")
            self["Options"] = options


class IPAMPool(dict[str, Any]):
    """One address pool of an :class:`IPAMConfig`.

    Args:
        subnet: the subnet in CIDR form (``"10.10.0.0/16"``).
        iprange: the part of the subnet containers get addresses from (CIDR).
        gateway: the gateway address.
        aux_addresses: ``{"name": "ip"}`` addresses the driver must not hand out.
    """

    def __init__(
        self,
        subnet: str | None = None,
        iprange: str | None = None,
        gateway: str | None = None,
        aux_addresses: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            {
                "Subnet": subnet,
                "IPRange": iprange,
                "Gateway": gateway,
                "AuxiliaryAddresses": aux_addresses,
            }
        )
