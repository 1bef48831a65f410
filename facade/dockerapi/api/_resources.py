"""IDs and paths of daemon objects as the methods take them, and JSON bodies without unset fields."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

from .._paths import checked_name, path_segment
from ..errors import NullResource

__all__ = ["ResourceRef", "resource_id", "resource_path", "without_none"]

#: An object as docker-py's methods accept it: its ID or name, or a dict with `Id`.
ResourceRef: TypeAlias = str | Mapping[str, Any]

_NOT_PROVIDED = "Resource ID was not provided"  # docker-py's words


def resource_id(ref: ResourceRef | None) -> str:
    """The ID in `ref` (an ID, a name or a dict with `Id`), before anything is sent.

    Raises:
        NullResource: None, "", or a dict without an ID.
        InvalidArgument: anything else that is not a string.
    """
    value = ref.get("Id", ref.get("ID")) if isinstance(ref, Mapping) else ref
    if value is None or value == "":
        raise NullResource(_NOT_PROVIDED)
    return checked_name(value, "an object reference (an ID, a name or a dict with 'Id')")


def resource_path(collection: str, ref: ResourceRef | None, endpoint: str = "") -> str:
    """`/collection/<id>[/endpoint]`; the ID goes through the one path rule (`_paths`),
    so that it cannot change the path."""
    path = f"/{collection}/{path_segment(resource_id(ref), f'the {collection} reference')}"
    return f"{path}/{endpoint}" if endpoint else path


def without_none(body: Mapping[str, Any] | None) -> dict[str, Any]:
    """A JSON body without top-level nulls: an argument left at None is not sent (the
    daemon reads null as a bad value for many string fields; docker-py drops most)."""
    if body is None:
        return {}
    return {key: value for key, value in body.items() if value is not None}
