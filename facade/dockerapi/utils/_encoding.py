"""Small encoders for query parameters and headers the daemon reads."""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from dockerapi.errors import InvalidArgument

__all__ = ["convert_filters", "datetime_to_timestamp", "decode_json_header"]

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def convert_filters(filters: Mapping[str, Any]) -> str:
    """Encode a ``filters`` mapping as the JSON ``{"key": ["value", ...]}`` the daemon reads.

    Single values become one-item lists, booleans ``"true"``/``"false"``, numbers their
    decimal text. ``{"label": ["a=b"], "dangling": True}`` ->
    ``'{"label": ["a=b"], "dangling": ["true"]}'``.

    Raises:
        InvalidArgument: a key that is not a string, or a value that is None or not a
            string, number or bool (docker-py sends ``{"a": None}`` as ``"None"``).
    """
    if not isinstance(filters, Mapping):
        raise InvalidArgument(f"filters must be a dict, not {type(filters).__name__}")
    result: dict[str, list[str]] = {}
    for key, value in filters.items():
        if not isinstance(key, str):
            raise InvalidArgument(f"a filter name must be a string, not {key!r}")
        values = value if isinstance(value, list | tuple | set | frozenset) else [value]
        result[key] = [_filter_value(key, item) for item in values]
    return json.dumps(result)


def _filter_value(key: str, value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return str(value)
    raise InvalidArgument(
        f"filter {key!r}: {value!r} is not a filter value (a string, number or bool, or a list "
        "of them); leave the filter out rather than passing None"
    )


def datetime_to_timestamp(dt: datetime) -> int:
    """Whole seconds since the Unix epoch; a naive ``datetime`` is read as local time."""
    delta = dt.astimezone(UTC) - _EPOCH
    return delta.days * 24 * 3600 + delta.seconds


def decode_json_header(header: str | bytes) -> Any:
    """Decode a base64-encoded JSON header (``X-Docker-Container-Path-Stat``)."""
    return json.loads(base64.b64decode(header).decode("utf-8"))
