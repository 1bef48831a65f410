"""docker-py's `NetworkApiMixin`: create, list, inspect, connect and remove networks.

Written once as plans for `APIClient` and `AsyncAPIClient`, with docker-py's
names, arguments and result shapes. Version rules (`scope` 1.41 on create,
`verbose` 1.28 and `scope` 1.31 on inspect, `CheckDuplicate` removed in 1.46,
endpoint fields) are the version table's, enforced by the gate before sending.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._paths import checked_name
from .._plan import PlanGenerator, plan
from .._request import Request, Response
from ..types import EndpointConfig
from ..utils import convert_filters
from ._container_streams import ContainerRef
from ._resources import ResourceRef, resource_id, resource_path, without_none

__all__ = ["NetworkApiMixin"]


class NetworkApiMixin:
    """Networks, as docker-py names their methods."""

    if TYPE_CHECKING:

        def _known_version(self) -> str | None: ...  # the API version, if already settled

    @plan
    def networks(
        self,
        names: Sequence[str] | None = None,
        ids: Sequence[str] | None = None,
        filters: Mapping[str, Any] | None = None,
    ) -> PlanGenerator[list[dict[str, Any]]]:
        """The networks, as dicts (`GET /networks`).

        Args:
            names, ids: only networks with one of these names / IDs.
            filters: more filters: `driver`, `label`, `type` ("custom", "builtin"), ...
        """
        merged: dict[str, Any] = dict(filters) if filters else {}
        if names:
            merged["name"] = list(names)
        if ids:
            merged["id"] = list(ids)
        response: Response = yield Request.build(
            "GET",
            "/networks",
            params={"filters": convert_filters(merged) if merged else None},
            operation="NetworkList",
        )
        result: list[dict[str, Any]] = response.json() or []
        return result

    @plan
    def create_network(
        self,
        name: str,
        driver: str | None = None,
        options: Mapping[str, str] | None = None,
        ipam: Mapping[str, Any] | None = None,
        check_duplicate: bool | None = None,
        internal: bool = False,
        labels: Mapping[str, str] | None = None,
        enable_ipv6: bool = False,
        attachable: bool | None = None,
        scope: str | None = None,
        ingress: bool | None = None,
    ) -> PlanGenerator[dict[str, Any]]:
        """Create a network.

        Args:
            name: its name.
            driver: "bridge" (the default), "overlay", "macvlan", ...
            options: driver options.
            ipam: address management, e.g. `dockerapi.types.IPAMConfig(...)`.
            check_duplicate: ask the daemon to refuse a duplicate name (API <
                1.46; newer daemons always refuse).
            internal: no route off the network.
            labels: `{"key": "value"}`.
            enable_ipv6: give the network IPv6 addresses.
            attachable: standalone containers may join (swarm networks).
            scope: "local", "global" or "swarm" (API 1.41).
            ingress: the swarm routing-mesh network.

        Returns:
            `{"Id": ..., "Warning": ...}`.
        """
        body = without_none(
            {
                "Name": checked_name(name, "the network name"),
                "Driver": driver,
                "Options": options,
                "IPAM": ipam,
                "CheckDuplicate": check_duplicate,
                "Labels": labels,
                "Internal": True if internal else None,
                "EnableIPv6": True if enable_ipv6 else None,
                "Attachable": attachable,
                "Scope": scope,
                "Ingress": ingress,
            }
        )
        response: Response = yield Request.build(
            "POST", "/networks/create", json=body, operation="NetworkCreate"
        )
        created: dict[str, Any] = response.json()
        return created

    @plan
    def prune_networks(
        self, filters: Mapping[str, Any] | None = None
    ) -> PlanGenerator[dict[str, Any]]:
        """Remove the networks no container uses. Returns `{"NetworksDeleted": [...]}`."""
        response: Response = yield Request.build(
            "POST",
            "/networks/prune",
            params={"filters": convert_filters(filters) if filters else None},
            operation="NetworkPrune",
        )
        result: dict[str, Any] = response.json()
        return result

    @plan
    def remove_network(self, net_id: ResourceRef) -> PlanGenerator[None]:
        """Remove a network (ID, name or dict with `Id`)."""
        yield Request.build(
            "DELETE", resource_path("networks", net_id), expect="empty", operation="NetworkDelete"
        )

    @plan
    def inspect_network(
        self, net_id: ResourceRef, verbose: bool | None = None, scope: str | None = None
    ) -> PlanGenerator[dict[str, Any]]:
        """A network's details: `Containers`, `IPAM`, `Options`, ...

        Args:
            net_id: ID, name or dict with `Id`.
            verbose: include swarm service details (API 1.28).
            scope: look only in this scope: "local", "swarm" or "global" (API 1.31).
        """
        response: Response = yield Request.build(
            "GET",
            resource_path("networks", net_id),
            params={"verbose": verbose, "scope": scope},
            operation="NetworkInspect",
        )
        result: dict[str, Any] = response.json()
        return result

    @plan
    def connect_container_to_network(
        self,
        container: ContainerRef,
        net_id: ResourceRef,
        ipv4_address: str | None = None,
        ipv6_address: str | None = None,
        aliases: Sequence[str] | None = None,
        links: Any = None,
        link_local_ips: Sequence[str] | None = None,
        driver_opt: Mapping[str, str] | None = None,
        mac_address: str | None = None,
    ) -> PlanGenerator[None]:
        """Connect a container to a network, optionally with addresses and aliases
        (the arguments of `create_endpoint_config`)."""
        endpoint = EndpointConfig(
            self._known_version(),
            aliases=list(aliases) if aliases else None,
            links=links,
            ipv4_address=ipv4_address,
            ipv6_address=ipv6_address,
            link_local_ips=list(link_local_ips) if link_local_ips else None,
            driver_opt=driver_opt,
            mac_address=mac_address,
        )
        body = {"Container": resource_id(container), "EndpointConfig": endpoint}
        yield Request.build(
            "POST",
            resource_path("networks", net_id, "connect"),
            json=body,
            expect="empty",
            operation="NetworkConnect",
        )

    @plan
    def disconnect_container_from_network(
        self, container: ContainerRef, net_id: ResourceRef, force: bool = False
    ) -> PlanGenerator[None]:
        """Disconnect a container from a network (`force`: even if it is not running)."""
        body: dict[str, Any] = {"Container": resource_id(container)}
        if force:
            body["Force"] = True
        yield Request.build(
            "POST",
            resource_path("networks", net_id, "disconnect"),
            json=body,
            expect="empty",
            operation="NetworkDisconnect",
        )
