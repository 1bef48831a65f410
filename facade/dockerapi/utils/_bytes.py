"""Human byte sizes (``"512m"``, ``"1.5g"``) to integers, as ``docker run --memory`` reads them."""

from __future__ import annotations

import math

from dockerapi.constants import BYTE_UNITS
from dockerapi.errors import InvalidArgument

__all__ = ["parse_bytes"]

# docker-py stops at gigabytes; the docker CLI (go-units) also reads t and p, so we do too.
_UNITS: dict[str, int] = {**BYTE_UNITS, "t": 1024**4, "p": 1024**5}


def parse_bytes(s: int | float | str, allow_unlimited: bool = False) -> int:
    """Convert a size to a number of bytes.

    Numbers are taken as bytes. Strings are a number (integer or decimal) followed by
    an optional unit ``b``, ``k``, ``m``, ``g``, ``t`` or ``p`` (case-insensitive, powers of
    1024, an extra ``b`` as in ``"10kb"`` allowed). The empty string is 0. With
    ``allow_unlimited``, ``-1`` (the daemon's "no limit", e.g. for ``memswap_limit``)
    is accepted too.

    Raises:
        InvalidArgument: not a size: a negative size, or a number of bytes with a
            fraction (``1.5``; ``"1.5k"`` is fine) (a subclass of ``DockerException``,
            which is what docker-py raises for bad strings).
    """
    if isinstance(s, bool):
        raise TypeError(f"expected a size as int, float or str, got {s!r}")
    if allow_unlimited and s in (-1, "-1"):
        return -1
    if isinstance(s, int | float):
        return _whole_bytes(s)
    if not isinstance(s, str):
        raise TypeError(f"expected a size as int, float or str, got {type(s).__name__}")

    text = s.strip()
    if not text:
        return 0
    # "10kb" / "10MB": a trailing b after another unit letter is decoration.
    if len(text) >= 2 and text[-1] in "bB" and text[-2].isalpha():
        text = text[:-1]
    unit = text[-1].lower()
    if unit.isdigit() or unit == ".":
        number, unit = text, "b"
    elif unit in _UNITS:
        number = text[:-1]
    else:
        raise InvalidArgument(
            f"invalid size {s!r}: the unit must be one of b, k, m, g, t, p (e.g. '512m')"
        )
    try:
        value = float(number)
    except ValueError:
        raise InvalidArgument(f"invalid size {s!r}: {number.strip()!r} is not a number") from None
    if not math.isfinite(value):
        raise InvalidArgument(f"invalid size {s!r}: not a finite number")
    if value < 0:
        raise InvalidArgument(f"invalid size {s!r}: a size cannot be negative")
    return int(value * _UNITS[unit])


def _whole_bytes(size: int | float) -> int:
    if isinstance(size, float) and not (math.isfinite(size) and size.is_integer()):
        # The daemon reads sizes as int64; dropping the fraction silently hid mistakes.
        raise InvalidArgument(f"invalid size {size!r}: a number of bytes must be whole")
    if size < 0:
        raise InvalidArgument(f"invalid size {size!r}: a size cannot be negative")
    return int(size)
