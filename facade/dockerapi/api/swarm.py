"""docker-py's `SwarmApiMixin`: make, join, inspect, update, lock and leave a swarm,
and list, inspect, update and remove its nodes.

Written once as plans for `APIClient` and `AsyncAPIClient`, with docker-py's names,
arguments and result shapes. Version rules (`DataPathAddr` 1.30, `DefaultAddrPool`
and `SubnetSize` 1.39, `DataPathPort` 1.40, the newer fields of a `SwarmSpec`) are the
version table's, enforced by the gate before sending. The swarm's unlock key and join
tokens are credentials: the dicts that carry them mask them in their repr.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

from .._plan import PlanGenerator, plan
from .._request import Request, Response
from .._wire import Keywords
from ..errors import APIError, InvalidArgument
from ..types.swarm import SWARM_SPEC, SwarmSpec
from ..utils import convert_filters
from ._resources import ResourceRef, resource_path, without_none
from ._swarm_common import checked_version, masked_secrets

__all__ = ["SwarmApiMixin"]

#: docker-py's defaults when only one of `default_addr_pool` / `subnet_size` is given.
_DEFAULT_ADDR_POOL: Final = ("10.0.0.0/8",)
_DEFAULT_SUBNET_SIZE: Final = 24
#: The data path (VXLAN) ports the daemon accepts; 0 means its default, 4789.
_DATA_PATH_PORTS: Final = range(1024, 49152)
#: What `leave_swarm(force=True)` takes for "done": not part of a swarm (406), and a
#: node the daemon still reports as unavailable (503, an old daemon's answer).
_ALREADY_LEFT: Final = frozenset({406, 503})

# Where each method's keyword arguments go on the wire (see `_wire.py`).
_INIT = Keywords(
    "SwarmInit",
    body={
        "advertise_addr": "AdvertiseAddr",
        "listen_addr": "ListenAddr",
        "force_new_cluster": "ForceNewCluster",
        "swarm_spec": "Spec",
        "default_addr_pool": "DefaultAddrPool",
        "subnet_size": "SubnetSize",
        "data_path_addr": "DataPathAddr",
        "data_path_port": "DataPathPort",
    },
)
_INSPECT = Keywords("SwarmInspect")
_JOIN = Keywords(
    "SwarmJoin",
    body={
        "remote_addrs": "RemoteAddrs",
        "join_token": "JoinToken",
        "listen_addr": "ListenAddr",
        "advertise_addr": "AdvertiseAddr",
        "data_path_addr": "DataPathAddr",
    },
)
_LEAVE = Keywords("SwarmLeave", query={"force": "force"})
_UPDATE = Keywords(
    "SwarmUpdate",
    query={
        "version": "version",
        "rotate_worker_token": "rotateWorkerToken",
        "rotate_manager_token": "rotateManagerToken",
        "rotate_manager_unlock_key": "rotateManagerUnlockKey",
    },
    # the spec is the whole body
    body={"swarm_spec": ""},
)
_UNLOCK_KEY = Keywords("SwarmUnlockkey")
_UNLOCK = Keywords("SwarmUnlock", body={"key": "UnlockKey"})
_NODES = Keywords("NodeList", query={"filters": "filters"})
_INSPECT_NODE = Keywords("NodeInspect", unversioned=("node_id",))
_UPDATE_NODE = Keywords(
    "NodeUpdate", query={"version": "version"}, body={"node_spec": ""}, unversioned=("node_id",)
)
_REMOVE_NODE = Keywords("NodeDelete", query={"force": "force"}, unversioned=("node_id",))


def _address_pool(pool: Sequence[str]) -> list[str]:
    if isinstance(pool, str) or not all(isinstance(cidr, str) for cidr in pool):
        raise TypeError(f"default_addr_pool must be a list of CIDR strings, not {pool!r}")
    return list(pool)


def _check_data_path_port(port: int) -> None:
    if isinstance(port, bool) or not isinstance(port, int):
        raise TypeError(f"data_path_port must be an int, not {port!r}")
    if port != 0 and port not in _DATA_PATH_PORTS:
        raise InvalidArgument(
            f"data_path_port must be 0 (the default, 4789) or in 1024..49151, not {port}"
        )


class SwarmApiMixin:
    """Swarm and node methods, as docker-py names them."""

    # -- the swarm -------------------------------------------------------------

    @SWARM_SPEC.describes(forwards_to=SwarmSpec)
    def create_swarm_spec(self, *args: Any, **kwargs: Any) -> SwarmSpec:
        """A `SwarmSpec` for `init_swarm` / `update_swarm`, from `SwarmSpec`'s keyword
        arguments (task history, raft and dispatcher settings, certificate expiry,
        external CAs, name, labels, signing CA, autolock, default log driver);
        `external_ca` (one CA) is docker-py's shorthand for `external_cas=[ca]`.
        Sends nothing: which fields the API version knows is checked when the spec
        is sent."""
        external_ca = kwargs.pop("external_ca", None)
        if external_ca:
            kwargs["external_cas"] = [external_ca]
        return SwarmSpec(None, *args, **kwargs)

    @plan
    @_INIT.describes
    def init_swarm(
        self,
        advertise_addr: str | None = None,
        listen_addr: str = "0.0.0.0:2377",
        force_new_cluster: bool = False,
        swarm_spec: Mapping[str, Any] | None = None,
        default_addr_pool: Sequence[str] | None = None,
        subnet_size: int | None = None,
        data_path_addr: str | None = None,
        data_path_port: int | None = None,
    ) -> PlanGenerator[str]:
        """Make this engine the first manager of a new swarm.

        Args:
            advertise_addr: the address other nodes reach this one at
                (`"192.0.2.1:2377"`, or an interface name); detected when None.
            listen_addr: where the swarm's managers listen.
            force_new_cluster: start a new swarm from this node's state.
            swarm_spec: the settings (`create_swarm_spec`).
            default_addr_pool: the CIDRs swarm networks take their subnets from
                (`["10.20.0.0/16"]`); given alone, `subnet_size` is 24.
            subnet_size: the prefix length of each swarm network; given alone, the
                pool is docker-py's `10.0.0.0/8`.
            data_path_addr: the address (or interface) for the data path.
            data_path_port: the data path's (VXLAN) port, 1024..49151 (0: 4789).

        Returns:
            The new node's ID.

        Raises:
            TypeError, InvalidArgument: a bad argument, before anything is sent.
        """
        if swarm_spec is not None and not isinstance(swarm_spec, Mapping):
            raise TypeError("swarm_spec must be a dictionary")
        if default_addr_pool is not None and subnet_size is None:
            subnet_size = _DEFAULT_SUBNET_SIZE
        if subnet_size is not None and default_addr_pool is None:
            default_addr_pool = _DEFAULT_ADDR_POOL
        if data_path_port is not None:
            _check_data_path_port(data_path_port)
        body = _INIT.body(
            advertise_addr=advertise_addr,
            listen_addr=listen_addr,
            force_new_cluster=force_new_cluster,
            swarm_spec=swarm_spec,
            default_addr_pool=None
            if default_addr_pool is None
            else _address_pool(default_addr_pool),
            subnet_size=subnet_size,
            data_path_addr=data_path_addr,
            data_path_port=data_path_port,
        )
        response: Response = yield Request.build(
            "POST", "/swarm/init", json=without_none(body), operation="SwarmInit"
        )
        node_id: str = response.json()
        return node_id

    @plan
    @_INSPECT.describes
    def inspect_swarm(self) -> PlanGenerator[dict[str, Any]]:
        """The swarm this engine is a manager of: `ID`, `Version`, `Spec`,
        `JoinTokens` (masked in the repr), ..."""
        response: Response = yield Request.build("GET", "/swarm", operation="SwarmInspect")
        return masked_secrets(response.json())

    @plan
    @_JOIN.describes
    def join_swarm(
        self,
        remote_addrs: Sequence[str],
        join_token: str,
        listen_addr: str = "0.0.0.0:2377",
        advertise_addr: str | None = None,
        data_path_addr: str | None = None,
    ) -> PlanGenerator[bool]:
        """Join a swarm as a worker or a manager (the token says which).

        Args:
            remote_addrs: addresses of managers of the swarm.
            join_token: the swarm's worker or manager join token.
            listen_addr, advertise_addr, data_path_addr: as for `init_swarm`.

        Returns:
            True.
        """
        if isinstance(remote_addrs, str) or not all(isinstance(a, str) for a in remote_addrs):
            raise TypeError(f"remote_addrs must be a list of addresses, not {remote_addrs!r}")
        if not isinstance(join_token, str) or not join_token:
            raise InvalidArgument("join_token must be the swarm's join token (a string)")
        body = _JOIN.body(
            remote_addrs=list(remote_addrs),
            join_token=join_token,
            listen_addr=listen_addr,
            advertise_addr=advertise_addr,
            data_path_addr=data_path_addr,
        )
        yield Request.build(
            "POST", "/swarm/join", json=without_none(body), expect="empty", operation="SwarmJoin"
        )
        return True

    @plan
    @_LEAVE.describes
    def leave_swarm(self, force: bool = False) -> PlanGenerator[bool]:
        """Leave the swarm (`force`: even as a manager, losing its quorum if it is
        the last one). With `force`, an engine that is in no swarm is not an error.

        Returns:
            True.
        """
        try:
            yield Request.build(
                "POST",
                "/swarm/leave",
                params=_LEAVE.query(force=force),
                expect="empty",
                operation="SwarmLeave",
            )
        except APIError as error:
            if not (force and error.status_code in _ALREADY_LEFT):
                raise
        return True

    @plan
    @_UPDATE.describes
    def update_swarm(
        self,
        version: int,
        swarm_spec: Mapping[str, Any] | None = None,
        rotate_worker_token: bool = False,
        rotate_manager_token: bool = False,
        rotate_manager_unlock_key: bool = False,
    ) -> PlanGenerator[bool]:
        """Change the swarm's settings, rotate its join tokens or unlock key.

        Args:
            version: the swarm's `Version.Index` from `inspect_swarm` (a write
                based on an older one is refused).
            swarm_spec: the new settings (`create_swarm_spec`); settings left out
                go back to their defaults, as with the daemon's own API.
            rotate_worker_token, rotate_manager_token: make new join tokens.
            rotate_manager_unlock_key: make a new unlock key.

        Returns:
            True.

        Raises:
            InvalidArgument: no `version` (before anything is sent).
        """
        index = checked_version(version, "update_swarm", "inspect_swarm")
        if swarm_spec is not None and not isinstance(swarm_spec, Mapping):
            raise TypeError("swarm_spec must be a dictionary")
        params = _UPDATE.query(
            version=index,
            rotate_worker_token=rotate_worker_token,
            rotate_manager_token=rotate_manager_token,
            rotate_manager_unlock_key=True if rotate_manager_unlock_key else None,
        )
        yield Request.build(
            "POST",
            "/swarm/update",
            params=params,
            json=dict(swarm_spec) if swarm_spec is not None else {},
            expect="empty",
            operation="SwarmUpdate",
        )
        return True

    @plan
    @_UNLOCK_KEY.describes
    def get_unlock_key(self) -> PlanGenerator[dict[str, Any]]:
        """The key that unlocks the swarm's managers after a restart when
        autolock is on: `{"UnlockKey": "SWMKEY-..."}` (masked in the repr)."""
        response: Response = yield Request.build(
            "GET", "/swarm/unlockkey", operation="SwarmUnlockkey"
        )
        return masked_secrets(response.json())

    @plan
    @_UNLOCK.describes
    def unlock_swarm(self, key: str | Mapping[str, Any]) -> PlanGenerator[bool]:
        """Unlock a locked manager with `key` (the string, or `get_unlock_key`'s dict).

        Returns:
            True.

        Raises:
            InvalidArgument: the key is neither (before anything is sent; the key
                is never part of the message).
        """
        if isinstance(key, Mapping):
            if "UnlockKey" not in key:
                raise InvalidArgument("Invalid unlock key format: a dict needs 'UnlockKey'")
            key = key["UnlockKey"]
        if not isinstance(key, str) or not key:
            raise InvalidArgument("Invalid unlock key format: expected the key as a string")
        yield Request.build(
            "POST",
            "/swarm/unlock",
            json=_UNLOCK.body(key=key),
            expect="empty",
            operation="SwarmUnlock",
        )
        return True

    # -- nodes ---------------------------------------------------------------------

    @plan
    @_NODES.describes
    def nodes(
        self, filters: Mapping[str, Any] | None = None
    ) -> PlanGenerator[list[dict[str, Any]]]:
        """The swarm's nodes, as dicts.

        Args:
            filters: `id`, `label`, `membership` ("accepted", "pending"), `name`,
                `node.label`, `role` ("manager", "worker").
        """
        response: Response = yield Request.build(
            "GET",
            "/nodes",
            params=_NODES.query(filters=convert_filters(filters) if filters else None),
            operation="NodeList",
        )
        result: list[dict[str, Any]] = response.json() or []
        return result

    @plan
    @_INSPECT_NODE.describes
    def inspect_node(self, node_id: ResourceRef) -> PlanGenerator[dict[str, Any]]:
        """A node's details: `Spec` (role, availability, labels), `Status`,
        `Description`, `ManagerStatus`, ..."""
        response: Response = yield Request.build(
            "GET", resource_path("nodes", node_id), operation="NodeInspect"
        )
        result: dict[str, Any] = response.json()
        return result

    @plan
    @_UPDATE_NODE.describes
    def update_node(
        self, node_id: ResourceRef, version: int, node_spec: Mapping[str, Any] | None = None
    ) -> PlanGenerator[bool]:
        """Set a node's spec: `{"Availability": "active"|"pause"|"drain", "Role":
        "worker"|"manager", "Name": ..., "Labels": {...}}`; what is left out is reset.

        Args:
            node_id: ID, name or dict with `ID`.
            version: the node's `Version.Index` from `inspect_node`.

        Returns:
            True.

        Raises:
            InvalidArgument: no `version` (before anything is sent).
        """
        path = resource_path("nodes", node_id, "update")
        index = checked_version(version, "update_node", "inspect_node")
        if node_spec is not None and not isinstance(node_spec, Mapping):
            raise TypeError("node_spec must be a dictionary")
        yield Request.build(
            "POST",
            path,
            params=_UPDATE_NODE.query(version=index),
            json=dict(node_spec) if node_spec is not None else {},
            expect="empty",
            operation="NodeUpdate",
        )
        return True

    @plan
    @_REMOVE_NODE.describes
    def remove_node(self, node_id: ResourceRef, force: bool = False) -> PlanGenerator[bool]:
        """Remove a node from the swarm (`force`: even one that is still up).

        Returns:
            True.
        """
        yield Request.build(
            "DELETE",
            resource_path("nodes", node_id),
            params=_REMOVE_NODE.query(force=force),
            expect="empty",
            operation="NodeDelete",
        )
        return True
