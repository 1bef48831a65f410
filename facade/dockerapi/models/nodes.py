"""Nodes: `Node` and `NodeCollection` (`client.nodes`), docker-py's, and their
asyncio twins `AsyncNode` / `AsyncNodeCollection` (one implementation)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .._plan import PlanGenerator, plan
from ..api.swarm import SwarmApiMixin
from ._binding import delegate
from ._typed import typed
from ._versioned import _VersionedCore
from .resource import AsyncCollection, AsyncModel, Collection, Model, _CollectionCore

if TYPE_CHECKING:
    from docker_engine_api.models import Node as NodeModel

__all__ = ["AsyncNode", "AsyncNodeCollection", "Node", "NodeCollection"]

NodeT = TypeVar("NodeT", bound="_NodeCore")

_API = SwarmApiMixin


class _NodeCore(_VersionedCore):
    """A node of the swarm (shared by `Node` and `AsyncNode`)."""

    @property
    def model(self) -> NodeModel:
        """`attrs` as the generated typed model (`docker_engine_api.models.Node`):
        `node.model.spec.role`, `node.model.status.state`, ..."""
        from docker_engine_api.models import Node as NodeModel

        return typed(NodeModel, self.attrs)

    @plan
    def update(self, node_spec: Mapping[str, Any]) -> PlanGenerator[bool]:
        """Replace this node's spec: `{"Availability": "active"|"pause"|"drain",
        "Role": "worker"|"manager", "Name": ..., "Labels": {...}}`; what it leaves
        out is reset. True on success."""
        return (
            yield from _API.update_node.function(
                self._api, self.id, self._update_version, node_spec
            )
        )

    remove = delegate(
        _API.remove_node,
        "Remove this node from the swarm (`force`: even while it is up); True "
        "(`APIClient.remove_node`).",
    )


class Node(_NodeCore, Model):
    """A node of the swarm (blocking)."""


class AsyncNode(_NodeCore, AsyncModel):
    """A node of the swarm (asyncio: methods are coroutines)."""


class _NodeCollectionCore(_CollectionCore[NodeT]):
    """The swarm's nodes (shared by both flavours)."""

    @plan
    def get(self, node_id: str) -> PlanGenerator[NodeT]:
        """A node by ID or name.

        Raises:
            NotFound: no such node.
        """
        attrs = yield from _API.inspect_node.function(self._api, node_id)
        return self.prepare_model(attrs)

    @plan
    def list(self, filters: Mapping[str, Any] | None = None) -> PlanGenerator[list[NodeT]]:
        """The swarm's nodes, like `docker node ls` (`filters`: `id`, `name`,
        `membership`, `role`, `label`, `node.label`)."""
        listed = yield from _API.nodes.function(self._api, filters)
        return [self.prepare_model(entry) for entry in listed]


class NodeCollection(_NodeCollectionCore[Node], Collection[Node]):
    """The swarm's nodes (`client.nodes`, blocking)."""

    model = Node


class AsyncNodeCollection(_NodeCollectionCore[AsyncNode], AsyncCollection[AsyncNode]):
    """The swarm's nodes (`client.nodes` of an `AsyncDockerClient`)."""

    model = AsyncNode
