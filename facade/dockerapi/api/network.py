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
from .._wire import Keywords
from ..types import EndpointConfig
from ..types.networks import ENDPOINT_CONFIG
from ..utils import convert_filters
from ._container_streams import ContainerRef
from ._resources import ResourceRef, resource_id, resource_path, without_none

__all__ = ["NetworkApiMixin"]

# Where each method's keyword arguments go on the wire (see `_wire.py`).
_LIST = Keywords("NetworkList", query={"filters": "filters", "names": "filters", "ids": "filters"})
_CREATE = Keywords(
    "NetworkCreate",
    body={
        "name": "Name",
        "driver": "Driver",
        "options": "Options",
        "ipam": "IPAM",
        "check_duplicate": "CheckDuplicate",
        "internal": "Internal",
        "labels": "Labels",
        "enable_ipv6": "EnableIPv6",
        "attachable": "Attachable",
        "scope": "Scope",
        "ingress": "Ingress",
    },
)
_PRUNE = Keywords("NetworkPrune", query={"filters": "filters"})
_REMOVE = Keywords("NetworkDelete", unversioned=("net_id",))
_INSPECT = Keywords(
    "NetworkInspect", query={"verbose": "verbose", "scope": "scope"}, unversioned=("net_id",)
)
#: connect_container_to_network sends `create_endpoint_config`'s fields under this name.
_ENDPOINT_FIELD = "EndpointConfig"
_CONNECT = Keywords(
    "NetworkConnect",
    body={
        "container": "Container",
        **ENDPOINT_CONFIG.relocated(_ENDPOINT_FIELD, exclude=("gw_priority",)),
    },
    unversioned=("net_id",),
)
_DISCONNECT = Keywords(
    "NetworkDisconnect",
    body={"container": "Container", "force": "Force"},
    unversioned=("net_id",),
)


class NetworkApiMixin:
    """Networks, as docker-py names their methods."""

    if TYPE_CHECKING:

        def _known_version(self) -> str | None: ...  # the API version, if already settled

    @plan
    @_LIST.describes
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
            params=_LIST.query(filters=convert_filters(merged) if merged else None),
            operation="NetworkList",
        )
        result: list[dict[str, Any]] = response.json() or []
        return result

    @plan
    @_CREATE.describes
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
            _CREATE.body(
                name=checked_name(name, "the network name"),
                driver=driver,
                options=options,
                ipam=ipam,
                check_duplicate=check_duplicate,
                labels=labels,
                internal=True if internal else None,
                enable_ipv6=True if enable_ipv6 else None,
                attachable=attachable,
                scope=scope,
                ingress=ingress,
            )
        )
        response: Response = yield Request.build(
            "POST", "/networks/create", json=body, operation="NetworkCreate"
        )
        created: dict[str, Any] = response.json()
        return created

    @plan
    @_PRUNE.describes
    def prune_networks(
        self, filters: Mapping[str, Any] | None = None
    ) -> PlanGenerator[dict[str, Any]]:
        """Remove the networks no container uses. Returns `{"NetworksDeleted": [...]}`."""
        response: Response = yield Request.build(
            "POST",
            "/networks/prune",
            params=_PRUNE.query(filters=convert_filters(filters) if filters else None),
            operation="NetworkPrune",
        )
        result: dict[str, Any] = response.json()
        return result

    @plan
    @_REMOVE.describes
    def remove_network(self, net_id: ResourceRef) -> PlanGenerator[None]:
        """Remove a network (ID, name or dict with `Id`)."""
        yield Request.build(
            "DELETE", resource_path("networks", net_id), expect="empty", operation="NetworkDelete"
        )

    @plan
    @_INSPECT.describes
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
            params=_INSPECT.query(verbose=verbose, scope=scope),
            operation="NetworkInspect",
        )
        result: dict[str, Any] = response.json()
        return result

    @plan
    @_CONNECT.describes
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
        body = {**_CONNECT.body(container=resource_id(container)), _ENDPOINT_FIELD: endpoint}
        yield Request.build(
            "POST",
            resource_path("networks", net_id, "connect"),
            json=body,
            expect="empty",
            operation="NetworkConnect",
        )

    @plan
    @_DISCONNECT.describes
    def disconnect_container_from_network(
        self, container: ContainerRef, net_id: ResourceRef, force: bool = False
    ) -> PlanGenerator[None]:
        """Disconnect a container from a network (`force`: even if it is not running)."""
        body = _DISCONNECT.body(container=resource_id(container))
        if force:
            body |= _DISCONNECT.body(force=True)
        yield Request.build(
            "POST",
            resource_path("networks", net_id, "disconnect"),
            json=body,
            expect="empty",
            operation="NetworkDisconnect",
        )
