"""IDs and paths of daemon objects as the methods take them, and JSON bodies without unset fields."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias
from urllib.parse import quote

from ..errors import NullResource

__all__ = ["ResourceRef", "resource_id", "resource_path", "without_none"]

#: An object as docker-py's methods accept it: its ID or name, or a dict with `Id`.
ResourceRef: TypeAlias = str | Mapping[str, Any]


def resource_id(ref: ResourceRef | None) -> str:
    """The ID in `ref`; NullResource (before anything is sent) when there is none."""
    value = ref.get("Id", ref.get("ID")) if isinstance(ref, Mapping) else ref
    if not value:
        raise NullResource("Resource ID was not provided")
    if not isinstance(value, str):
        raise TypeError(f"an object is an ID, a name or a dict with 'Id', not {ref!r}")
    return value


def resource_path(collection: str, ref: ResourceRef | None, endpoint: str = "") -> str:
    """`/collection/<id>[/endpoint]`, the ID quoted so that it cannot change the path."""
    path = f"/{collection}/{quote(resource_id(ref), safe='')}"
    return f"{path}/{endpoint}" if endpoint else path


def without_none(body: Mapping[str, Any] | None) -> dict[str, Any]:
    """A JSON body without top-level nulls: an argument left at None is not sent (the
    daemon reads null as a bad value for many string fields; docker-py drops most)."""
    if body is None:
        return {}
    return {key: value for key, value in body.items() if value is not None}
