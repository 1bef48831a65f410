"""Services: `Service` and `ServiceCollection` (`client.services`), docker-py's, and
their asyncio twins `AsyncService` / `AsyncServiceCollection` (one implementation).

`services.create` and `Service.update` take docker-py's flat keyword arguments and
split them into the service's spec, its tasks' `ContainerSpec`, `TaskTemplate` and
`Placement` (`_service_args`); the requests are the low-level service methods'.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from .._plan import PlanGenerator, StreamOf, plan, stream_plan
from ..api.service import ServiceApiMixin
from ..errors import InvalidArgument
from ..types import ServiceMode
from ._binding import delegate
from ._service_args import (
    CONTAINER_SPEC_KWARGS,
    CREATE_SERVICE_KWARGS,
    PLACEMENT_KWARGS,
    TASK_TEMPLATE_KWARGS,
    create_service_args,
)
from ._typed import typed
from ._versioned import _VersionedCore
from .resource import (
    AsyncCollection,
    AsyncModel,
    Collection,
    Model,
    _CollectionCore,
    fetch,
    invoke,
)

if TYPE_CHECKING:
    from docker_engine_api.models import Service as ServiceModel

__all__ = [
    "CONTAINER_SPEC_KWARGS",
    "CREATE_SERVICE_KWARGS",
    "PLACEMENT_KWARGS",
    "TASK_TEMPLATE_KWARGS",
    "AsyncService",
    "AsyncServiceCollection",
    "Service",
    "ServiceCollection",
]

ServiceT = TypeVar("ServiceT", bound="_ServiceCore")

_API = ServiceApiMixin


class _ServiceCore(_VersionedCore):
    """A swarm service (shared by `Service` and `AsyncService`)."""

    @property
    def name(self) -> str:
        """The service's name."""
        name: str = self.attrs["Spec"]["Name"]
        return name

    @property
    def model(self) -> ServiceModel:
        """`attrs` as the generated typed model (`docker_engine_api.models.Service`):
        `service.model.spec.task_template.container_spec.image`, ..."""
        from docker_engine_api.models import Service as ServiceModel

        return typed(ServiceModel, self.attrs)

    remove = delegate(
        _API.remove_service, "Remove this service and its tasks; True (`APIClient.remove_service`)."
    )

    @plan
    def tasks(
        self, filters: Mapping[str, Any] | None = None
    ) -> PlanGenerator[list[dict[str, Any]]]:
        """This service's tasks, as dicts (`filters`: `id`, `name`, `node`, `label`,
        `desired-state`; the caller's dict is not changed)."""
        return (yield from _API.tasks.function(self._api, {**(filters or {}), "service": self.id}))

    @plan
    def update(self, /, **kwargs: Any) -> PlanGenerator[dict[str, Any]]:
        """Change this service, like `docker service update`.

        Takes `ServiceCollection.create`'s keyword arguments (`image` defaults to
        the current one), and:

        Args:
            force_update: True to redeploy the tasks even when nothing changed (the
                template's `ForceUpdate` counter is raised), or the counter's value.
            fetch_current_spec: start from the service's current spec (default
                True): what is not given keeps its value.

        Returns:
            The daemon's answer (`{"Warnings": [...]}`).

        Raises:
            TypeError: an unknown keyword argument (before anything is sent).
            APIError: the daemon refused (stale `version`: `reload()` and retry).
        """
        template = self.attrs["Spec"]["TaskTemplate"]
        if "image" not in kwargs:  # the spec needs one: keep the current image
            kwargs["image"] = template["ContainerSpec"]["Image"]
        if kwargs.get("force_update") is True:
            kwargs["force_update"] = int(template.get("ForceUpdate", 0)) + 1
        update_kwargs = create_service_args("update", kwargs)
        return (
            yield from _API.update_service.function(
                self._api, self.id, self._update_version, **update_kwargs
            )
        )

    @plan
    def force_update(self) -> PlanGenerator[dict[str, Any]]:
        """Redeploy this service's tasks though nothing changed (`update(force_update=True)`)."""
        answer: dict[str, Any] = yield from invoke(
            self, "update", force_update=True, fetch_current_spec=True
        )
        return answer

    @plan
    def scale(self, replicas: int) -> PlanGenerator[dict[str, Any]]:
        """Run `replicas` tasks of this (replicated) service, like `docker service scale`.

        Raises:
            InvalidArgument: the service is global (before anything is sent).
        """
        if "Global" in self.attrs["Spec"]["Mode"]:
            raise InvalidArgument("Cannot scale a global container")
        return (
            yield from _API.update_service.function(
                self._api,
                self.id,
                self._update_version,
                mode=ServiceMode("replicated", replicas),
                fetch_current_spec=True,
            )
        )

    @stream_plan
    def logs(
        self,
        *,
        details: bool = False,
        follow: bool = False,
        stdout: bool = False,
        stderr: bool = False,
        since: datetime | int | float = 0,
        timestamps: bool = False,
        tail: str | int = "all",
        demux: bool = False,
    ) -> PlanGenerator[StreamOf[Any]]:
        """The output of this service's tasks, as a stream of chunks (logging drivers
        `json-file` and `journald`); arguments as `APIClient.service_logs`, whether the
        tasks have a TTY from `attrs`."""
        container_spec = self.attrs["Spec"]["TaskTemplate"].get("ContainerSpec") or {}
        return (
            yield from _API.service_logs.function(
                self._api,
                self.id,
                details=details,
                follow=follow,
                stdout=stdout,
                stderr=stderr,
                since=since,
                timestamps=timestamps,
                tail=tail,
                is_tty=bool(container_spec.get("TTY", False)),
                demux=demux,
            )
        )


class Service(_ServiceCore, Model):
    """A swarm service (blocking)."""


class AsyncService(_ServiceCore, AsyncModel):
    """A swarm service (asyncio: methods are coroutines, `logs` an `AsyncStream`)."""


class _ServiceCollectionCore(_CollectionCore[ServiceT]):
    """The swarm's services (shared by both flavours)."""

    @plan
    def create(
        self, /, image: str, command: str | list[str] | None = None, **kwargs: Any
    ) -> PlanGenerator[ServiceT]:
        """Create a service, like `docker service create`, and return it.

        Args:
            image: the image the tasks run.
            command: the command, a list or a string split as a shell would.
            **kwargs: the service's settings (`CREATE_SERVICE_KWARGS`: `name`,
                `labels`, `mode`, `update_config`, `rollback_config`,
                `endpoint_spec`), its container's (`CONTAINER_SPEC_KWARGS`: `args`,
                `env`, `mounts`, `secrets`, `configs`, `tty`, `user`, `workdir`, ...;
                `container_labels` for the container's labels), its tasks'
                (`networks`, `resources`, `restart_policy`, `log_driver`,
                `log_driver_options`) and their placement (`PLACEMENT_KWARGS`:
                `constraints`, `preferences`, `platforms`, `maxreplicas`).

        Raises:
            TypeError: an unknown keyword argument (before anything is sent).
            APIError: the daemon refused (not a swarm manager, a name in use, ...).
        """
        create_kwargs = create_service_args(
            "create", {**kwargs, "image": image, "command": command}
        )
        created = yield from _API.create_service.function(self._api, **create_kwargs)
        service: ServiceT = yield from fetch(self, created["ID"])
        return service

    @plan
    def get(self, service_id: str, insert_defaults: bool | None = None) -> PlanGenerator[ServiceT]:
        """A service by ID or name (`insert_defaults`: fill in the settings the daemon
        applies by default).

        Raises:
            NotFound: no such service.
        """
        attrs = yield from _API.inspect_service.function(self._api, service_id, insert_defaults)
        return self.prepare_model(attrs)

    @plan
    def list(
        self, filters: Mapping[str, Any] | None = None, status: bool | None = None
    ) -> PlanGenerator[list[ServiceT]]:
        """The services, like `docker service ls` (`filters`: `id`, `name`, `label`,
        `mode`; `status`: include each one's running and desired task counts)."""
        listed = yield from _API.services.function(self._api, filters=filters, status=status)
        return [self.prepare_model(entry) for entry in listed]


class ServiceCollection(_ServiceCollectionCore[Service], Collection[Service]):
    """The swarm's services (`client.services`, blocking)."""

    model = Service


class AsyncServiceCollection(_ServiceCollectionCore[AsyncService], AsyncCollection[AsyncService]):
    """The swarm's services (`client.services` of an `AsyncDockerClient`)."""

    model = AsyncService
