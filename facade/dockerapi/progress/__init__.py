"""Progress displays for pulls, pushes, loads, imports and builds.

The daemon reports these operations as a stream of JSON events. This package
turns them into something a person can read:

- `ProgressState`, a sans-IO reducer: events in (with the time each arrived, as
  the caller measured it), state out: per-layer `Layer`s (status, bytes of the
  current phase, speed), the operation's status lines, a build's output, and the
  daemon's error as the typed exception (`StreamError`, `ImageLoadStreamError`,
  `BuildError`) at the end;
- renderers: `RichRenderer` (a bar per layer; needs the `progress` extra,
  `pip install 'dockerapi[progress]'`) and `PlainRenderer` (one line per state
  change, no dependency);
- `follow` / `afollow`: drive a renderer with the stream of a blocking or an
  asyncio client (`default_renderer` picks rich on a terminal, plain text
  elsewhere).

``dockerapi pull``, ``dockerapi push`` and ``dockerapi build`` use them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._follow import Renderer, afollow, default_renderer, follow
from ._plain import PlainRenderer
from ._state import Event, Layer, Line, LineKind, Operation, ProgressState, format_bytes

if TYPE_CHECKING:
    from ._rich import RichRenderer

__all__ = [
    "Event",
    "Layer",
    "Line",
    "LineKind",
    "Operation",
    "PlainRenderer",
    "ProgressState",
    "Renderer",
    "RichRenderer",
    "afollow",
    "default_renderer",
    "follow",
    "format_bytes",
]


def __getattr__(name: str) -> Any:
    # rich is an optional extra: import it only when the rich display is asked for.
    if name == "RichRenderer":
        from ._rich import RichRenderer

        return RichRenderer
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
