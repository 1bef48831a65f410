"""The swarm: `Swarm` (`client.swarm`), docker-py's, and its asyncio twin `AsyncSwarm`
(one implementation).

There is one swarm per engine, so there is no collection. On `DockerClient`,
`client.swarm` is a `Swarm` made anew on each read, which reads the swarm at once,
as docker-py does (`attrs` stay empty when the engine is in no swarm). A
constructor cannot wait, so `AsyncDockerClient` keeps one `AsyncSwarm`, whose
`attrs` are empty until `await client.swarm.reload()` (or `init`); `update` reads
the swarm first when `attrs` are empty, on both.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Final

from .._plan import PlanGenerator, plan
from ..api.swarm import SwarmApiMixin
from ..errors import APIError
from ._binding import forward
from ._typed import typed
from ._versioned import _VersionedCore
from .resource import AsyncModel, Model, invoke

if TYPE_CHECKING:
    from docker_engine_api.models import Swarm as SwarmModel

__all__ = ["AsyncSwarm", "Swarm"]

_API = SwarmApiMixin

#: What docker-py's `Swarm.update` sends for `node_cert_expiry` when not given
#: (90 days in nanoseconds, the daemon's default).
DEFAULT_NODE_CERT_EXPIRY: Final = 7_776_000_000_000_000
#: What inspecting an engine in no swarm answers: not a manager (406), not part of
#: a swarm (503).
_NO_SWARM: Final = frozenset({406, 503})


class _SwarmCore(_VersionedCore):
    """The engine's swarm (shared by `Swarm` and `AsyncSwarm`)."""

    @property
    def model(self) -> SwarmModel:
        """`attrs` as the generated typed model (`docker_engine_api.models.Swarm`):
        `swarm.model.spec.raft.snapshot_interval`, ... (join tokens are masked in its repr)."""
        from docker_engine_api.models import Swarm as SwarmModel

        return typed(SwarmModel, self.attrs)

    @plan
    def reload(self) -> PlanGenerator[None]:
        """Read the swarm again into `attrs`.

        Raises:
            APIError: the engine is not a manager of a swarm (503 or 406).
        """
        self.attrs = yield from _API.inspect_swarm.function(self._api)

    def _load_if_any(self) -> PlanGenerator[None]:
        """`reload`, leaving `attrs` as they are when the engine is in no swarm."""
        try:
            yield from invoke(self, "reload")
        except APIError as error:
            if error.status_code not in _NO_SWARM:
                raise

    @plan
    def init(
        self,
        /,
        advertise_addr: str | None = None,
        listen_addr: str = "0.0.0.0:2377",
        force_new_cluster: bool = False,
        default_addr_pool: Sequence[str] | None = None,
        subnet_size: int | None = None,
        data_path_addr: str | None = None,
        data_path_port: int | None = None,
        **kwargs: Any,
    ) -> PlanGenerator[str]:
        """Make this engine the first manager of a new swarm, like `docker swarm
        init`, then read the swarm into `attrs`.

        Args:
            advertise_addr, listen_addr, force_new_cluster, default_addr_pool,
            subnet_size, data_path_addr, data_path_port: as `APIClient.init_swarm`.
            **kwargs: the swarm's settings, `APIClient.create_swarm_spec`'s
                arguments (`snapshot_interval`, `name`, `labels`,
                `autolock_managers`, `log_driver`, ...).

        Returns:
            The new node's ID.

        Raises:
            TypeError: an unknown keyword argument (before anything is sent).
            APIError: the daemon refused (already part of a swarm, ...).
        """
        swarm_spec = self._api.create_swarm_spec(**kwargs)
        node_id: str = yield from _API.init_swarm.function(
            self._api,
            advertise_addr=advertise_addr,
            listen_addr=listen_addr,
            force_new_cluster=force_new_cluster,
            swarm_spec=swarm_spec,
            default_addr_pool=default_addr_pool,
            subnet_size=subnet_size,
            data_path_addr=data_path_addr,
            data_path_port=data_path_port,
        )
        yield from invoke(self, "reload")
        return node_id

    @plan
    def update(
        self,
        /,
        rotate_worker_token: bool = False,
        rotate_manager_token: bool = False,
        rotate_manager_unlock_key: bool = False,
        **kwargs: Any,
    ) -> PlanGenerator[bool]:
        """Replace the swarm's settings, like `docker swarm update`.

        Takes `init`'s settings (`**kwargs`, `APIClient.create_swarm_spec`'s
        arguments); those not given go back to their defaults (`node_cert_expiry`
        to 90 days, as docker-py sends it). Based on the swarm `attrs` show (read
        first when they are empty).

        Args:
            rotate_worker_token, rotate_manager_token: make new join tokens.
            rotate_manager_unlock_key: make a new unlock key.

        Returns:
            True.

        Raises:
            TypeError: an unknown keyword argument (before anything is sent).
            APIError: the daemon refused (stale version: `reload()` and retry).
        """
        if kwargs.get("node_cert_expiry") is None:
            kwargs["node_cert_expiry"] = DEFAULT_NODE_CERT_EXPIRY
        swarm_spec = self._api.create_swarm_spec(**kwargs)
        if self.version is None:
            yield from invoke(self, "reload")
        return (
            yield from _API.update_swarm.function(
                self._api,
                version=self._update_version,
                swarm_spec=swarm_spec,
                rotate_worker_token=rotate_worker_token,
                rotate_manager_token=rotate_manager_token,
                rotate_manager_unlock_key=rotate_manager_unlock_key,
            )
        )

    get_unlock_key = forward(
        _API.get_unlock_key,
        "The key that unlocks the managers after a restart with autolock: "
        '`{"UnlockKey": "SWMKEY-..."}` (masked in its repr; `APIClient.get_unlock_key`).',
    )
    join = forward(
        _API.join_swarm,
        "Join a swarm as a worker or manager, like `docker swarm join`; True "
        "(`APIClient.join_swarm`'s arguments).",
    )
    leave = forward(
        _API.leave_swarm,
        "Leave the swarm (`force`: even as its last manager); True (`APIClient.leave_swarm`).",
    )
    unlock = forward(
        _API.unlock_swarm,
        "Unlock a locked manager with its unlock key; True (`APIClient.unlock_swarm`).",
    )


class Swarm(_SwarmCore, Model):
    """The engine's swarm (blocking). Made with a client (`client.swarm`), it reads
    the swarm at once, as docker-py does."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.client is not None:
            self._run_plan(self._load_if_any())


class AsyncSwarm(_SwarmCore, AsyncModel):
    """The engine's swarm (asyncio: methods are coroutines; `attrs` is empty until
    `await swarm.reload()`)."""
