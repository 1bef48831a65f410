"""Path parameters: the one place where a caller's value becomes part of a request path.

Both layers use it: the docker-py methods (through `api._resources`) and every
operation of `client.engine` (the invoker fills the spec's path template with
`fill_path`). The rule:

- the value is a non-empty string (None, "" and non-strings are refused: the daemon
  would read `str(None)` as a name, and `""` changes the route);
- split at `/`, no part is empty, `.` or `..` (the daemon's router cleans such paths
  into another one and answers 301: `/containers/../images/x` is `/images/x`);
- every character but letters, digits, `-._~` and `:@` is percent-escaped, `/`
  included, so whatever the value holds stays inside its one path segment.

Image references keep working: `registry:5000/lib/app:1` is sent as
`registry:5000%2Flib%2Fapp:1`; the daemon decodes the path before routing, and its
image, plugin and distribution routes take names with slashes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import quote

from .errors import InvalidArgument, NullResource

__all__ = ["checked_name", "fill_path", "path_segment"]

# Kept literal: tags, digests and registry ports read as the CLI writes them.
_SAFE = ":@"
_FORBIDDEN_PARTS = frozenset({"", ".", ".."})
_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


def checked_name(value: object, what: str) -> str:
    """`value` if it is a non-empty string; NullResource / InvalidArgument otherwise."""
    if value is None or value == "":
        raise NullResource(f"{what} was not provided")
    if not isinstance(value, str):
        raise InvalidArgument(f"{what} must be a string, not {type(value).__name__} {value!r}")
    return value


def path_segment(value: object, what: str = "a path parameter") -> str:
    """`value` escaped as one path segment, after the checks above.

    Raises:
        NullResource: None or "".
        InvalidArgument: not a string, or an empty, `.` or `..` part between slashes.
    """
    name = checked_name(value, what)
    if not _FORBIDDEN_PARTS.isdisjoint(name.split("/")):
        raise InvalidArgument(
            f"{what} {name!r} cannot be used in a request path: a part between slashes "
            "is empty, '.' or '..'"
        )
    return quote(name, safe=_SAFE)


def fill_path(template: str, values: Mapping[str, object], operation: str = "") -> str:
    """`template` (`/containers/{id}/json`) with each `{name}` replaced by
    `path_segment(values[name])`."""

    def segment(match: re.Match[str]) -> str:
        name = match.group(1)
        where = f" of {operation}" if operation else ""
        return path_segment(values.get(name), f"the path parameter {name!r}{where}")

    return _PLACEHOLDER.sub(segment, template)
