"""docker-py's `ServiceApiMixin`: create, inspect, list, update and remove swarm
services, read their logs, and list and inspect their tasks.

Written once as plans for `APIClient` and `AsyncAPIClient`, with docker-py's names,
arguments and result shapes. The fields of a spec newer than the API in use (a
`ReplicatedJob` mode before 1.41, `OomScoreAdj` before 1.46, ...) are refused by the
gate from the version table before sending; bad modes, counts and a missing `version`
for an update are refused before that. The registry credentials for the service's
image come from the client's config (`dockerapi.auth`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from .._executor import ClientSettings
from .._gating import VersionTableWithBounds, parse_version
from .._plan import CURRENT_VERSION, PlanGenerator, StreamOf, plan, stream_plan
from .._request import Request, Response
from .._transport import streaming_timeout
from .._wire import Keywords
from ..errors import InvalidArgument
from ..utils import convert_filters
from ._container_streams import _log_time, _output_stream, _stated_tty
from ._registry_auth import RegistryAuthMixin
from ._resources import ResourceRef, resource_path, without_none
from ._service_spec import (
    check_runnable,
    merged_update,
    networks_of,
    service_image,
    service_mode,
    task_template_of,
)
from ._swarm_common import checked_version

__all__ = ["ServiceApiMixin"]

#: The settings both `create_service` and `update_service` take (their body fields).
_SPEC = {
    "task_template": "TaskTemplate",
    "name": "Name",
    "labels": "Labels",
    "mode": "Mode",
    "update_config": "UpdateConfig",
    "rollback_config": "RollbackConfig",
    # sent in the task template: the top-level `Networks` is deprecated since 1.44
    "networks": "TaskTemplate.Networks",
    "endpoint_spec": "EndpointSpec",
    # docker-py's old name for `endpoint_spec`
    "endpoint_config": "EndpointSpec",
}

# Where each method's keyword arguments go on the wire (see `_wire.py`).
_CREATE = Keywords("ServiceCreate", body=_SPEC)
_UPDATE = Keywords(
    "ServiceUpdate",
    query={"version": "version"},
    body=_SPEC,
    unversioned=("service", "fetch_current_spec"),
)
_INSPECT = Keywords(
    "ServiceInspect", query={"insert_defaults": "insertDefaults"}, unversioned=("service",)
)
_REMOVE = Keywords("ServiceDelete", unversioned=("service",))
_LIST = Keywords("ServiceList", query={"filters": "filters", "status": "status"})
_LOGS = Keywords(
    "ServiceLogs",
    query={
        "details": "details",
        "follow": "follow",
        "stdout": "stdout",
        "stderr": "stderr",
        "since": "since",
        "timestamps": "timestamps",
        "tail": "tail",
    },
    unversioned=("service", "is_tty", "demux"),
)
_TASKS = Keywords("TaskList", query={"filters": "filters"})
_INSPECT_TASK = Keywords("TaskInspect", unversioned=("task",))


def _endpoint(
    endpoint_spec: Mapping[str, Any] | None, endpoint_config: Mapping[str, Any] | None
) -> Mapping[str, Any] | None:
    if endpoint_spec is not None and endpoint_config is not None:
        raise InvalidArgument("give endpoint_spec only (endpoint_config is its old name)")
    return endpoint_spec if endpoint_spec is not None else endpoint_config


class ServiceApiMixin(RegistryAuthMixin):
    """Services and tasks, as docker-py names their methods."""

    _settings: ClientSettings
    _table: VersionTableWithBounds

    def _image_auth(self, template: Mapping[str, Any]) -> PlanGenerator[dict[str, str]]:
        """The registry credentials for the image of `template`, if the client has any
        (looked up off the event loop: a credential helper is a process to run)."""
        image = service_image(template)
        if image is None:
            return {}
        return (yield from self._registry_auth_headers(image))

    def _knows_query(self, version: str, operation: str, name: str) -> bool:
        """Whether API `version` has query parameter `name` of `operation` (the table's word)."""
        since = self._table.since(operation, query=name)
        return since is None or parse_version(version) >= parse_version(since)

    # -- services ------------------------------------------------------------------

    @plan
    @_CREATE.describes
    def create_service(
        self,
        task_template: Mapping[str, Any],
        name: str | None = None,
        labels: Mapping[str, str] | None = None,
        mode: str | Mapping[str, Any] | None = None,
        update_config: Mapping[str, Any] | None = None,
        networks: Sequence[Any] | None = None,
        endpoint_config: Mapping[str, Any] | None = None,
        endpoint_spec: Mapping[str, Any] | None = None,
        rollback_config: Mapping[str, Any] | None = None,
    ) -> PlanGenerator[dict[str, Any]]:
        """Create a service.

        Args:
            task_template: what each task runs (`TaskTemplate`).
            name: the service's name.
            labels: `{"key": "value"}`.
            mode: "replicated" (the default), "global", "replicated-job",
                "global-job", or a `ServiceMode` (with its replicas).
            update_config: how updates roll out (`UpdateConfig`).
            networks: network names or `NetworkAttachmentConfig`s to attach
                the tasks to.
            endpoint_config: docker-py's old name for `endpoint_spec`.
            endpoint_spec: how the service is reached (`EndpointSpec`).
            rollback_config: how a rollback proceeds (`RollbackConfig`).

        Returns:
            `{"ID": ..., "Warnings": ...}`.

        Raises:
            InvalidArgument: no image in the task template, an unknown mode, a
                negative count (before anything is sent).
            InvalidVersion: a field newer than the API in use.
        """
        template = task_template_of(task_template)
        check_runnable(template)
        body = _CREATE.body(
            task_template=template,
            name=name,
            labels=labels,
            mode=service_mode(mode),
            update_config=update_config,
            rollback_config=rollback_config,
            endpoint_spec=_endpoint(endpoint_spec, endpoint_config),
        )
        converted = networks_of(networks)
        if converted is not None:
            _CREATE.put(body, "networks", converted)
        headers = yield from self._image_auth(template)
        response: Response = yield Request.build(
            "POST",
            "/services/create",
            headers=headers,
            json=without_none(body),
            operation="ServiceCreate",
        )
        created: dict[str, Any] = response.json()
        return created

    @plan
    @_INSPECT.describes
    def inspect_service(
        self, service: ResourceRef, insert_defaults: bool | None = None
    ) -> PlanGenerator[dict[str, Any]]:
        """A service's details: `ID`, `Version`, `Spec`, `Endpoint`, `UpdateStatus`, ...

        Args:
            service: ID, name or dict with `ID`.
            insert_defaults: fill in the defaults the daemon applies (API >= 1.29).
        """
        response: Response = yield Request.build(
            "GET",
            resource_path("services", service),
            params=_INSPECT.query(insert_defaults=insert_defaults),
            operation="ServiceInspect",
        )
        result: dict[str, Any] = response.json()
        return result

    @plan
    @_REMOVE.describes
    def remove_service(self, service: ResourceRef) -> PlanGenerator[bool]:
        """Remove a service and its tasks. Returns True."""
        yield Request.build(
            "DELETE",
            resource_path("services", service),
            expect="empty",
            operation="ServiceDelete",
        )
        return True

    @plan
    @_LIST.describes
    def services(
        self, filters: Mapping[str, Any] | None = None, status: bool | None = None
    ) -> PlanGenerator[list[dict[str, Any]]]:
        """The services, as dicts.

        Args:
            filters: `id`, `label`, `mode` ("replicated", "global"), `name`.
            status: include each service's `ServiceStatus` (running, desired and
                completed tasks; API >= 1.41).
        """
        response: Response = yield Request.build(
            "GET",
            "/services",
            params=_LIST.query(
                filters=convert_filters(filters) if filters else None, status=status
            ),
            operation="ServiceList",
        )
        result: list[dict[str, Any]] = response.json() or []
        return result

    @plan
    @_UPDATE.describes
    def update_service(
        self,
        service: ResourceRef,
        version: int,
        task_template: Mapping[str, Any] | None = None,
        name: str | None = None,
        labels: Mapping[str, str] | None = None,
        mode: str | Mapping[str, Any] | None = None,
        update_config: Mapping[str, Any] | None = None,
        networks: Sequence[Any] | None = None,
        endpoint_config: Mapping[str, Any] | None = None,
        endpoint_spec: Mapping[str, Any] | None = None,
        fetch_current_spec: bool = False,
        rollback_config: Mapping[str, Any] | None = None,
    ) -> PlanGenerator[dict[str, Any]]:
        """Update a service: its tasks are replaced as its `UpdateConfig` says.

        The daemon replaces the whole spec. Settings not given are sent as the
        service has them with `fetch_current_spec` (the task template merged key
        by key, and inside it the `ContainerSpec`), else left out, as docker-py does.
        `name`, `labels`, `mode`, `update_config`, `networks`, `endpoint_spec` and
        `rollback_config` are as for `create_service`.

        Args:
            service: ID, name or dict with `ID`.
            version: the service's `Version.Index` from `inspect_service` (an
                update based on an older one is refused).
            task_template: what each task runs (`TaskTemplate`).
            fetch_current_spec: start from the service's current spec.

        Returns:
            `{"Warnings": [...]}` (or None where the daemon says nothing).

        Raises:
            InvalidArgument: no `version`, an unknown mode, a negative count
                (before anything is sent).
        """
        path = resource_path("services", service, "update")
        index = checked_version(version, "update_service", "inspect_service")
        given = _UPDATE.body(
            name=name,
            labels=labels,
            mode=service_mode(mode),
            update_config=update_config,
            rollback_config=rollback_config,
            endpoint_spec=_endpoint(endpoint_spec, endpoint_config),
        )
        converted = networks_of(networks)
        current: Mapping[str, Any] = {}
        if fetch_current_spec:
            api_version = yield CURRENT_VERSION
            defaults = self._knows_query(api_version, "ServiceInspect", "insertDefaults")
            inspected: Response = yield Request.build(
                "GET",
                resource_path("services", service),
                params=_INSPECT.query(insert_defaults=True if defaults else None),
                operation="ServiceInspect",
            )
            current = inspected.json()["Spec"]
        spec = merged_update(current, given, task_template=task_template, networks=converted)
        headers = yield from self._image_auth(spec["TaskTemplate"])
        response: Response = yield Request.build(
            "POST",
            path,
            params=_UPDATE.query(version=index),
            headers=headers,
            json=without_none(spec),
            operation="ServiceUpdate",
        )
        result: dict[str, Any] = response.json()
        return result

    @stream_plan
    @_LOGS.describes
    def service_logs(
        self,
        service: ResourceRef,
        details: bool = False,
        follow: bool = False,
        stdout: bool = False,
        stderr: bool = False,
        since: datetime | int | float = 0,
        timestamps: bool = False,
        tail: str | int = "all",
        is_tty: bool | None = None,
        *,
        demux: bool = False,
    ) -> PlanGenerator[StreamOf[Any]]:
        """The output of a service's tasks, as a stream (the daemon keeps logs of
        the `json-file` and `journald` drivers).

        Args:
            service: ID, name or dict with `ID`.
            details: add the extra attributes the log driver keeps (labels, env).
            follow: keep the stream open for new output.
            stdout, stderr: which streams to include (give at least one).
            since: only output after this time (a datetime, or seconds since the
                epoch; 0: all).
            timestamps: prefix each line with its RFC 3339 time.
            tail: the number of lines per task to show from the end, or "all".
            is_tty: whether the tasks have a TTY (their output is raw bytes, not
                stdout/stderr frames); when None, the daemon's Content-Type says
                (API >= 1.42), else the service is inspected.
            demux: items are `(stdout, None)` / `(None, stderr)` pairs (an
                extension, as for container logs).

        Returns:
            A closeable stream of bytes chunks (pairs with `demux`).
        """
        params = _LOGS.query(
            details=details,
            follow=follow,
            stdout=stdout,
            stderr=stderr,
            since=None if not since else _log_time(since, "since"),
            timestamps=timestamps,
            tail=tail,
        )
        path = resource_path("services", service, "logs")
        response: Response = yield Request.build(
            "GET",
            path,
            params=params,
            expect="stream",
            timeout=streaming_timeout(self._settings.timeout),
            operation="ServiceLogs",
        )
        if is_tty is None:
            is_tty = yield from _stated_tty(response)
        if is_tty is None:
            inspected: Response = yield Request.build(
                "GET", resource_path("services", service), operation="ServiceInspect"
            )
            container_spec = inspected.json()["Spec"]["TaskTemplate"].get("ContainerSpec") or {}
            is_tty = bool(container_spec.get("TTY"))
        return _output_stream(response, tty=is_tty, demux=demux)

    # -- tasks ---------------------------------------------------------------------

    @plan
    @_TASKS.describes
    def tasks(
        self, filters: Mapping[str, Any] | None = None
    ) -> PlanGenerator[list[dict[str, Any]]]:
        """The swarm's tasks, as dicts.

        Args:
            filters: `desired-state` ("running", "shutdown", "accepted"), `id`,
                `label`, `name`, `node`, `service`.
        """
        response: Response = yield Request.build(
            "GET",
            "/tasks",
            params=_TASKS.query(filters=convert_filters(filters) if filters else None),
            operation="TaskList",
        )
        result: list[dict[str, Any]] = response.json() or []
        return result

    @plan
    @_INSPECT_TASK.describes
    def inspect_task(self, task: ResourceRef) -> PlanGenerator[dict[str, Any]]:
        """A task's details: `ServiceID`, `NodeID`, `Status` (with its container),
        `DesiredState`, `Spec`, ..."""
        response: Response = yield Request.build(
            "GET", resource_path("tasks", task), operation="TaskInspect"
        )
        result: dict[str, Any] = response.json()
        return result
