"""What the high-level image methods read in the daemon's output (no I/O).

`images.build` finds the new image's ID in the build log, `images.load` the
names of the loaded images in the load progress, the way docker-py does;
`images.pull` reads the pull progress to its end only to wait for the pull
(and to have an error in it raised). `picked` lets a plan read such a stream
to its end keeping only what it needs, so a long progress stream is never
held in memory.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final, TypeVar

from .._plan import Decoder, StreamOf

__all__ = ["built_image_id", "loaded_name", "nothing", "picked"]

T = TypeVar("T")

#: docker-py's rule: the classic builder ends with `Successfully built <short id>`,
#: a quiet build prints `sha256:<id>` alone; Podman's quiet build the bare 64-hex ID.
_BUILT: Final = re.compile(r"(^Successfully built |sha256:|^(?=[0-9a-f]{64}$))([0-9a-f]+)$")
#: `docker load`'s report of each image: by name when the archive has one, else by ID.
_LOADED: Final = re.compile(r"(^Loaded image ID: |^Loaded image: )(.+)$")


def built_image_id(log: Iterable[Any]) -> str | None:
    """The ID the last `stream` line of a build log names (as docker-py reads it), or None."""
    found: str | None = None
    for item in log:
        text = item.get("stream") if isinstance(item, Mapping) else None
        if isinstance(text, str) and (match := _BUILT.search(text)):
            found = match.group(2)
    return found


def loaded_name(item: Any) -> str | None:
    """The image a load progress item reports as loaded (`app:1` or `sha256:...`), or None."""
    text = item.get("stream") if isinstance(item, Mapping) else None
    if isinstance(text, str) and (match := _LOADED.search(text)):
        return match.group(2)
    return None


def nothing(item: Any) -> None:
    """Keep nothing of an item (a stream read only to its end)."""
    return None


class _Picking:
    """Wraps a stream's decoder: each decoded item becomes `pick(item)`, and the
    items it maps to None are dropped. Errors the inner decoder raises pass."""

    __slots__ = ("_inner", "_pick")

    def __init__(self, inner: Decoder[Any], pick: Callable[[Any], Any]) -> None:
        self._inner = inner
        self._pick = pick

    def feed(self, data: bytes) -> list[Any]:
        return self._keep(self._inner.feed(data))

    def flush(self) -> list[Any]:
        return self._keep(self._inner.flush())

    def _keep(self, items: Iterable[Any]) -> list[Any]:
        pick = self._pick
        return [kept for item in items if (kept := pick(item)) is not None]


def picked(stream: StreamOf[Any], pick: Callable[[Any], T | None]) -> StreamOf[T]:
    """`stream` with only `pick(item)` of each item (None: dropped)."""
    decoder, transform = stream.decoder, stream.transform

    def make() -> Decoder[T]:
        return _Picking(decoder(), lambda item: pick(transform(item)))

    return StreamOf.decoded(stream.response, make)
