"""Comparing dotted API version strings (``"1.41"`` against ``"1.9"``) numerically."""

from __future__ import annotations

from functools import lru_cache
from itertools import zip_longest

__all__ = ["compare_version", "version_gte", "version_lt"]


def _parts(version: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in version.split("."))
    except ValueError:
        raise ValueError(
            f"invalid API version {version!r}: expected dotted numbers like '1.41'"
        ) from None


@lru_cache(maxsize=256)
def compare_version(v1: str, v2: str) -> int:
    """Return 1 when ``v2`` is newer than ``v1``, -1 when it is older, 0 when equal.

    The sign convention is docker-py's (think "how does v2 compare to v1"); missing
    trailing parts count as zero, so ``"1.40"`` equals ``"1.40.0"``.
    """
    if v1 == v2:
        return 0
    for left, right in zip_longest(_parts(v1), _parts(v2), fillvalue=0):
        if left != right:
            return 1 if right > left else -1
    return 0


def version_lt(v1: str, v2: str) -> bool:
    """True when ``v1`` is strictly older than ``v2``."""
    return compare_version(v1, v2) > 0


def version_gte(v1: str, v2: str) -> bool:
    """True when ``v1`` is ``v2`` or newer."""
    return not version_lt(v1, v2)
