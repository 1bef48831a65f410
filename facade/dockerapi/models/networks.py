"""Networks: `Network` and `NetworkCollection` (`client.networks`), docker-py's, and
their asyncio twins `AsyncNetwork` / `AsyncNetworkCollection` (one implementation)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .._plan import PlanGenerator, plan
from ..api.network import NetworkApiMixin
from ._binding import delegate, forward, plan_property, reference
from ._typed import typed
from .containers import AsyncContainer, Container, _ContainerCore
from .resource import (
    AsyncCollection,
    AsyncModel,
    Collection,
    Model,
    _CollectionCore,
    _ModelCore,
    fetch,
)

if TYPE_CHECKING:
    from docker_engine_api.models import NetworkInspect

__all__ = ["AsyncNetwork", "AsyncNetworkCollection", "Network", "NetworkCollection"]

ContainerT = TypeVar("ContainerT", bound=_ContainerCore[Any])
NetworkT = TypeVar("NetworkT", bound="_NetworkCore[Any]")

_API = NetworkApiMixin


class _NetworkCore(_ModelCore, Generic[ContainerT]):
    """A network on the daemon (shared by `Network` and `AsyncNetwork`)."""

    @property
    def name(self) -> str | None:
        """The network's name."""
        name: str | None = self.attrs.get("Name")
        return name

    @property
    def model(self) -> NetworkInspect:
        """`attrs` as the generated typed model (`docker_engine_api.models.NetworkInspect`);
        a list entry fills only what the list says (`Containers` needs `reload()`)."""
        from docker_engine_api.models import NetworkInspect

        return typed(NetworkInspect, self.attrs)

    @plan_property
    def containers(self) -> PlanGenerator[list[ContainerT]]:
        """The containers attached to the network, each read from the daemon
        (`await network.containers` on the asyncio client). Only as current as
        `attrs`: `reload()` first for a network from `list()`."""
        found: list[ContainerT] = []
        for container_id in self.attrs.get("Containers") or {}:
            found.append((yield from fetch(self.client.containers, container_id)))
        return found

    @plan
    def connect(
        self,
        container: Any,
        ipv4_address: str | None = None,
        ipv6_address: str | None = None,
        aliases: Sequence[str] | None = None,
        links: Any = None,
        link_local_ips: Sequence[str] | None = None,
        driver_opt: Mapping[str, str] | None = None,
        mac_address: str | None = None,
    ) -> PlanGenerator[None]:
        """Connect a container (a `Container`, an ID or a name) to this network;
        the other arguments as `APIClient.connect_container_to_network`."""
        yield from _API.connect_container_to_network.function(
            self._api,
            reference(container),
            self.id,
            ipv4_address,
            ipv6_address,
            aliases,
            links,
            link_local_ips,
            driver_opt,
            mac_address,
        )

    @plan
    def disconnect(self, container: Any, force: bool = False) -> PlanGenerator[None]:
        """Disconnect a container (a `Container`, an ID or a name) from this network
        (`force`: even when it is not running)."""
        yield from _API.disconnect_container_from_network.function(
            self._api, reference(container), self.id, force
        )

    remove = delegate(_API.remove_network, "Remove this network (`APIClient.remove_network`).")


class Network(_NetworkCore[Container], Model):
    """A network on the daemon (blocking)."""


class AsyncNetwork(_NetworkCore[AsyncContainer], AsyncModel):
    """A network on the daemon (asyncio: methods are coroutines)."""


class _NetworkCollectionCore(_CollectionCore[NetworkT]):
    """Networks on the daemon (shared by both flavours)."""

    def _created(self, created: dict[str, Any]) -> PlanGenerator[NetworkT]:
        network: NetworkT = yield from fetch(self, created["Id"])
        return network

    create = forward(
        _API.create_network,
        "Create a network, like `docker network create`, and return it as a `Network` "
        "(arguments: `APIClient.create_network`'s).",
        then=_created,
    )

    @plan
    def get(
        self, network_id: str, verbose: bool | None = None, scope: str | None = None
    ) -> PlanGenerator[NetworkT]:
        """A network by name or ID (`verbose`, `scope`: as `APIClient.inspect_network`).

        Raises:
            NotFound: no such network.
        """
        attrs = yield from _API.inspect_network.function(self._api, network_id, verbose, scope)
        return self.prepare_model(attrs)

    @plan
    def list(
        self,
        names: Sequence[str] | None = None,
        ids: Sequence[str] | None = None,
        filters: Mapping[str, Any] | None = None,
        greedy: bool = False,
    ) -> PlanGenerator[list[NetworkT]]:
        """The networks, like `docker network ls`.

        Args:
            names, ids: only networks with one of these names / IDs.
            filters: `driver`, `label`, `type` ("custom", "builtin"), ...
            greedy: read each network in full (its `Containers` too).
        """
        listed = yield from _API.networks.function(self._api, names, ids, filters)
        networks = [self.prepare_model(entry) for entry in listed]
        if greedy:
            for network in networks:
                network.attrs = (yield from fetch(self, network.id)).attrs
        return networks

    prune = forward(
        _API.prune_networks,
        'Remove networks no container uses (`filters`: `until`, `label`); `{"NetworksDeleted": [...]}`.',
    )


class NetworkCollection(_NetworkCollectionCore[Network], Collection[Network]):
    """Networks on the daemon (`client.networks`, blocking)."""

    model = Network


class AsyncNetworkCollection(_NetworkCollectionCore[AsyncNetwork], AsyncCollection[AsyncNetwork]):
    """Networks on the daemon (`client.networks` of an `AsyncDockerClient`)."""

    model = AsyncNetwork
