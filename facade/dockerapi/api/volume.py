"""docker-py's `VolumeApiMixin`: create, list, inspect, prune and remove volumes.

Written once as plans for `APIClient` and `AsyncAPIClient`, with docker-py's
names, arguments and result shapes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._plan import PlanGenerator, plan
from .._request import Request, Response
from .._wire import Keywords
from ..utils import convert_filters
from ._resources import ResourceRef, resource_path, without_none

__all__ = ["VolumeApiMixin"]

# Where each method's keyword arguments go on the wire (see `_wire.py`).
_LIST = Keywords("VolumeList", query={"filters": "filters"})
_CREATE = Keywords(
    "VolumeCreate",
    body={"name": "Name", "driver": "Driver", "driver_opts": "DriverOpts", "labels": "Labels"},
)
_INSPECT = Keywords("VolumeInspect", unversioned=("name",))
_PRUNE = Keywords("VolumePrune", query={"filters": "filters"})
_REMOVE = Keywords("VolumeDelete", query={"force": "force"}, unversioned=("name",))


class VolumeApiMixin:
    """Volumes, as docker-py names their methods."""

    @plan
    @_LIST.describes
    def volumes(self, filters: Mapping[str, Any] | None = None) -> PlanGenerator[dict[str, Any]]:
        """The volumes: `{"Volumes": [...], "Warnings": [...]}` (`GET /volumes`).

        Args:
            filters: `name`, `driver`, `label`, `dangling`.
        """
        response: Response = yield Request.build(
            "GET",
            "/volumes",
            params=_LIST.query(filters=convert_filters(filters) if filters else None),
            operation="VolumeList",
        )
        result: dict[str, Any] = response.json()
        if result.get("Volumes") is None:
            result["Volumes"] = []  # Go's null for an empty list
        return result

    @plan
    @_CREATE.describes
    def create_volume(
        self,
        name: str | None = None,
        driver: str | None = None,
        driver_opts: Mapping[str, str] | None = None,
        labels: Mapping[str, str] | None = None,
    ) -> PlanGenerator[dict[str, Any]]:
        """Create a volume (an anonymous one without `name`); returns its inspect dict.

        Raises:
            TypeError: `driver_opts` is not a dict (before anything is sent).
        """
        if driver_opts is not None and not isinstance(driver_opts, Mapping):
            raise TypeError("driver_opts must be a dictionary")
        body = _CREATE.body(name=name, driver=driver, driver_opts=driver_opts, labels=labels)
        response: Response = yield Request.build(
            "POST",
            "/volumes/create",
            json=without_none(body),
            operation="VolumeCreate",
        )
        created: dict[str, Any] = response.json()
        return created

    @plan
    @_INSPECT.describes
    def inspect_volume(self, name: ResourceRef) -> PlanGenerator[dict[str, Any]]:
        """A volume's details: `Mountpoint`, `Driver`, `Labels`, ..."""
        response: Response = yield Request.build(
            "GET", resource_path("volumes", _volume_name(name)), operation="VolumeInspect"
        )
        result: dict[str, Any] = response.json()
        return result

    @plan
    @_PRUNE.describes
    def prune_volumes(
        self, filters: Mapping[str, Any] | None = None
    ) -> PlanGenerator[dict[str, Any]]:
        """Remove unused volumes. Returns `{"VolumesDeleted": [...], "SpaceReclaimed": n}`."""
        response: Response = yield Request.build(
            "POST",
            "/volumes/prune",
            params=_PRUNE.query(filters=convert_filters(filters) if filters else None),
            operation="VolumePrune",
        )
        result: dict[str, Any] = response.json()
        return result

    @plan
    @_REMOVE.describes
    def remove_volume(self, name: ResourceRef, force: bool = False) -> PlanGenerator[None]:
        """Remove a volume (`force`: even if it is in use... by a stopped container)."""
        yield Request.build(
            "DELETE",
            resource_path("volumes", _volume_name(name)),
            params=_REMOVE.query(force=True if force else None),
            expect="empty",
            operation="VolumeDelete",
        )


def _volume_name(ref: ResourceRef) -> ResourceRef:
    # Volumes are named, and their inspect dicts say so under "Name" (not "Id").
    if isinstance(ref, Mapping) and "Name" in ref and "Id" not in ref:
        return {"Id": ref["Name"]}
    return ref
