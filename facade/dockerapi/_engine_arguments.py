"""Arguments of `client.engine` methods the daemon wants in another form than people write.

The rules are stated by the binding generator (`scripts/specbuild/engine_emitter.py`,
listed in docs/regenerating.md) and arrive here as data (`engine.JSON_PARAMETERS`):

- query parameters the daemon parses as JSON take Python data and are sent as JSON text;
  `filters` values become lists of strings (`{"dangling": True, "label": "a=b"}` ->
  `{"dangling": ["true"], "label": ["a=b"]}`; the older `{"a=b": true}` maps pass as they
  are); a `str` is taken as JSON already and sent unchanged.

No I/O here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from .errors import InvalidArgument

__all__ = ["encode_filters", "encode_json_parameters"]


def encode_filters(filters: Any, where: str = "filters") -> str:
    """JSON text of a `filters` mapping, values normalised to lists of strings."""
    if isinstance(filters, str):
        return filters
    if not isinstance(filters, Mapping):
        raise InvalidArgument(f"{where} must be a mapping, not {type(filters).__name__}")
    encoded: dict[str, Any] = {}
    for key, value in filters.items():
        if isinstance(value, bool):
            encoded[key] = ["true" if value else "false"]
        elif isinstance(value, str | int | float):
            encoded[key] = [str(value)]
        elif isinstance(value, Mapping):
            encoded[key] = dict(value)  # {"value": true}: the daemon's older form
        elif isinstance(value, list | tuple | set | frozenset):
            encoded[key] = [item if isinstance(item, str) else str(item) for item in value]
        else:
            raise InvalidArgument(
                f"{where}[{key!r}] must be a string, a boolean or a list of strings, "
                f"not {type(value).__name__}"
            )
    return json.dumps(encoded, separators=(",", ":"))


def encode_json_parameters(
    operation_id: str, arguments: dict[str, Any], encodings: Mapping[str, str]
) -> dict[str, Any]:
    """`arguments` with the JSON parameters (python name -> "filters"/"json") encoded."""
    from docker_engine_api.types import Unset

    changed = dict(arguments)
    for name, encoding in encodings.items():
        value = arguments.get(name)
        if value is None or isinstance(value, Unset | str):
            continue
        where = f"{operation_id}: {name}"
        if encoding == "filters":
            changed[name] = encode_filters(value, where)
            continue
        try:
            changed[name] = json.dumps(value, separators=(",", ":"))
        except TypeError as error:
            raise InvalidArgument(f"{where} cannot be sent as JSON: {error}") from None
    return changed
