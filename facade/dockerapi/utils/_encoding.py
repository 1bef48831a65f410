"""Small encoders for query parameters and headers the daemon reads."""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

__all__ = ["convert_filters", "datetime_to_timestamp", "decode_json_header"]

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def convert_filters(filters: Mapping[str, Any]) -> str:
    """Encode a ``filters`` mapping as the JSON ``{"key": ["value", ...]}`` the daemon reads.

    Single values become one-item lists, booleans ``"true"``/``"false"``, other
    non-strings ``str()``. ``{"label": ["a=b"], "dangling": True}`` ->
    ``'{"label": ["a=b"], "dangling": ["true"]}'``.
    """
    result: dict[str, list[str]] = {}
    for key, value in filters.items():
        if isinstance(value, bool):
            value = "true" if value else "false"
        values = value if isinstance(value, list) else [value]
        result[key] = [item if isinstance(item, str) else str(item) for item in values]
    return json.dumps(result)


def datetime_to_timestamp(dt: datetime) -> int:
    """Whole seconds since the Unix epoch; a naive ``datetime`` is read as local time."""
    delta = dt.astimezone(UTC) - _EPOCH
    return delta.days * 24 * 3600 + delta.seconds


def decode_json_header(header: str | bytes) -> Any:
    """Decode a base64-encoded JSON header (``X-Docker-Container-Path-Stat``)."""
    return json.loads(base64.b64decode(header).decode("utf-8"))
