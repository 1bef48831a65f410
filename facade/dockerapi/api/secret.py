"""docker-py's `SecretApiMixin`: create, inspect, list and remove swarm secrets.

Written once as plans for `APIClient` and `AsyncAPIClient`, with docker-py's names,
arguments and result shapes. A secret's data is sent base64-encoded and is never part
of an exception message; the daemon never gives it back.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._plan import PlanGenerator, plan
from .._wire import Keywords
from ..utils import convert_filters
from ._resources import ResourceRef
from ._swarm_common import create_object, inspect_object, list_objects, remove_object

__all__ = ["SecretApiMixin"]

# Where each method's keyword arguments go on the wire (see `_wire.py`).
_CREATE = Keywords(
    "SecretCreate",
    body={"name": "Name", "data": "Data", "labels": "Labels", "driver": "Driver"},
)
_INSPECT = Keywords("SecretInspect", unversioned=("id",))
_REMOVE = Keywords("SecretDelete", unversioned=("id",))
_LIST = Keywords("SecretList", query={"filters": "filters"})


class SecretApiMixin:
    """Secrets, as docker-py names their methods."""

    @plan
    @_CREATE.describes
    def create_secret(
        self,
        name: str,
        data: str | bytes,
        labels: Mapping[str, str] | None = None,
        driver: Mapping[str, Any] | None = None,
    ) -> PlanGenerator[dict[str, Any]]:
        """Create a secret for services to mount.

        Args:
            name: 1 to 64 characters of [a-zA-Z0-9-_.], starting and ending with a
                letter or digit.
            data: the secret, as bytes or text (sent as UTF-8).
            labels: `{"key": "value"}`.
            driver: a secret store plugin (`DriverConfig`; API >= 1.31), instead of
                the swarm's own store.

        Returns:
            `{"ID": ...}`.

        Raises:
            InvalidArgument: a bad name (before anything is sent).
            TypeError: `data` is neither str nor bytes.
        """
        return (
            yield from create_object("secret", _CREATE, name, data, labels=labels, driver=driver)
        )

    @plan
    @_INSPECT.describes
    def inspect_secret(self, id: ResourceRef) -> PlanGenerator[dict[str, Any]]:
        """A secret's metadata (`ID`, `Version`, `Spec` with its name and labels;
        never its data); `id` is its ID, name or dict with `ID`."""
        return (yield from inspect_object("secrets", id, "SecretInspect"))

    @plan
    @_REMOVE.describes
    def remove_secret(self, id: ResourceRef) -> PlanGenerator[bool]:
        """Remove a secret (no service may use it). Returns True."""
        return (yield from remove_object("secrets", id, "SecretDelete"))

    @plan
    @_LIST.describes
    def secrets(
        self, filters: Mapping[str, Any] | None = None
    ) -> PlanGenerator[list[dict[str, Any]]]:
        """The swarm's secrets, as dicts.

        Args:
            filters: `id`, `label`, `name`, `names`.
        """
        params = _LIST.query(filters=convert_filters(filters) if filters else None)
        return (yield from list_objects("secrets", "SecretList", params))
