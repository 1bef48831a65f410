"""`services.create` / `Service.update` keyword arguments -> `create_service`'s.

docker-py's high-level `create` and `update` take one flat set of keyword
arguments; each belongs to the service itself (passed to
`APIClient.create_service` / `update_service`), to its tasks' `ContainerSpec`,
to their `TaskTemplate` or to its `Placement`. The lists below are docker-py's,
under its names and in its order of precedence (`labels` is the service's;
`container_labels` the container's); anything else is refused with a
`TypeError` naming it, before a request is made. No I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from ..errors import create_unexpected_kwargs_error
from ..types import ContainerSpec, Placement, TaskTemplate

__all__ = [
    "CONTAINER_SPEC_KWARGS",
    "CREATE_SERVICE_KWARGS",
    "PLACEMENT_KWARGS",
    "TASK_TEMPLATE_KWARGS",
    "create_service_args",
]

#: Keyword arguments passed on to `create_service` / `update_service` as they are.
CREATE_SERVICE_KWARGS: Final[list[str]] = [
    "name",
    "labels",
    "mode",
    "update_config",
    "rollback_config",
    "endpoint_spec",
]

#: Keyword arguments of the tasks' `ContainerSpec`.
CONTAINER_SPEC_KWARGS: Final[list[str]] = [
    "args",
    "cap_add",
    "cap_drop",
    "command",
    "configs",
    "dns_config",
    "env",
    "groups",
    "healthcheck",
    "hostname",
    "hosts",
    "image",
    "init",
    "isolation",
    "labels",
    "mounts",
    "open_stdin",
    "privileges",
    "read_only",
    "secrets",
    "stop_grace_period",
    "stop_signal",
    "tty",
    "user",
    "workdir",
    "sysctls",
]

#: Keyword arguments of the `TaskTemplate`.
TASK_TEMPLATE_KWARGS: Final[list[str]] = ["networks", "resources", "restart_policy"]

#: Keyword arguments of the template's `Placement`.
PLACEMENT_KWARGS: Final[list[str]] = ["constraints", "preferences", "platforms", "maxreplicas"]


def _taken(kwargs: dict[str, Any], names: list[str]) -> dict[str, Any]:
    """The arguments of `kwargs` named in `names`, removed from it."""
    return {name: kwargs.pop(name) for name in list(kwargs) if name in names}


def create_service_args(method: str, kwargs: Mapping[str, Any]) -> dict[str, Any]:
    """`create_service`'s keyword arguments (with a `task_template`) from `create`'s
    (`method="create"`) or `update`'s (`method="update"`, which also takes
    `force_update` and `fetch_current_spec`, True unless given). The caller's
    mapping is not changed.

    Raises:
        TypeError: an argument no list knows, named as Python would (before any
            request; the types' own checks come after it).
    """
    remaining = dict(kwargs)
    service = _taken(remaining, CREATE_SERVICE_KWARGS)
    container = _taken(remaining, CONTAINER_SPEC_KWARGS)
    template = _taken(remaining, TASK_TEMPLATE_KWARGS)
    if "container_labels" in remaining:
        container["labels"] = remaining.pop("container_labels")
    template["placement"] = Placement(**_taken(remaining, PLACEMENT_KWARGS))
    if "log_driver" in remaining:
        template["log_driver"] = {
            "Name": remaining.pop("log_driver"),
            "Options": remaining.pop("log_driver_options", {}),
        }
    if method == "update":
        if "force_update" in remaining:
            template["force_update"] = remaining.pop("force_update")
        # through the model, an update starts from the service's current spec
        service["fetch_current_spec"] = remaining.pop("fetch_current_spec", True)
    if remaining:
        raise create_unexpected_kwargs_error(method, remaining)
    template["container_spec"] = ContainerSpec(**container)
    service["task_template"] = TaskTemplate(**template)
    return service
