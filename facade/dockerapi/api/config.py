"""docker-py's `ConfigApiMixin`: create, inspect, list and remove swarm configs.

Written once as plans for `APIClient` and `AsyncAPIClient`, with docker-py's names,
arguments and result shapes. Configs need API 1.30, templating 1.37 (the version
table's rules, enforced before sending).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._plan import PlanGenerator, plan
from .._wire import Keywords
from ..utils import convert_filters
from ._resources import ResourceRef
from ._swarm_common import create_object, inspect_object, list_objects, remove_object

__all__ = ["ConfigApiMixin"]

# Where each method's keyword arguments go on the wire (see `_wire.py`).
_CREATE = Keywords(
    "ConfigCreate",
    body={"name": "Name", "data": "Data", "labels": "Labels", "templating": "Templating"},
)
_INSPECT = Keywords("ConfigInspect", unversioned=("id",))
_REMOVE = Keywords("ConfigDelete", unversioned=("id",))
_LIST = Keywords("ConfigList", query={"filters": "filters"})


class ConfigApiMixin:
    """Configs, as docker-py names their methods."""

    @plan
    @_CREATE.describes
    def create_config(
        self,
        name: str,
        data: str | bytes,
        labels: Mapping[str, str] | None = None,
        templating: Mapping[str, Any] | None = None,
    ) -> PlanGenerator[dict[str, Any]]:
        """Create a config for services to mount.

        Args:
            name: 1 to 64 characters of [a-zA-Z0-9-_.], starting and ending with a
                letter or digit.
            data: the content, as bytes or text (sent as UTF-8).
            labels: `{"key": "value"}`.
            templating: `{"name": "golang"}` expands Go templates in the content
                (`{{ .Service.Name }}`, `{{ env "VAR" }}`) for each task (API >= 1.37).

        Returns:
            `{"ID": ...}`.

        Raises:
            InvalidArgument: a bad name (before anything is sent).
            TypeError: `data` is neither str nor bytes.
        """
        return (
            yield from create_object(
                "config", _CREATE, name, data, labels=labels, templating=templating
            )
        )

    @plan
    @_INSPECT.describes
    def inspect_config(self, id: ResourceRef) -> PlanGenerator[dict[str, Any]]:
        """A config's details (`ID`, `Version`, `Spec` with its name, labels and data
        in base64); `id` is its ID, name or dict with `ID`."""
        return (yield from inspect_object("configs", id, "ConfigInspect"))

    @plan
    @_REMOVE.describes
    def remove_config(self, id: ResourceRef) -> PlanGenerator[bool]:
        """Remove a config (no service may use it). Returns True."""
        return (yield from remove_object("configs", id, "ConfigDelete"))

    @plan
    @_LIST.describes
    def configs(
        self, filters: Mapping[str, Any] | None = None
    ) -> PlanGenerator[list[dict[str, Any]]]:
        """The swarm's configs, as dicts.

        Args:
            filters: `id`, `label`, `name`, `names`.
        """
        params = _LIST.query(filters=convert_filters(filters) if filters else None)
        return (yield from list_objects("configs", "ConfigList", params))
