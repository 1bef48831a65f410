"""How much a daemon's answer may make the client hold, whatever the daemon sends.

A client takes `limits=Limits(...)` (keyword-only); the defaults are generous for any
real engine and still bound memory against a hostile or broken one:

- `error_body`: bytes of an error answer read for its message (the rest is not read;
  the message says it was cut);
- `body`: bytes of an answer read whole (inspect, lists, ...);
- `json_item`: bytes of one line / one value of a JSON-lines stream (events, stats,
  pull, build ...): a longer one raises `StreamParseError`, however it is split;
- `frame`: payload bytes one frame of a stdout/stderr stream may announce (logs,
  attach, exec); a larger one raises `StreamParseError`. Real frames are 32 KiB at
  most; big ones are handed on in pieces either way, never held whole.

Decoders read the limits in force when they are made (`active_limits()`): the executor
makes a stream's decoder under its client's limits (`using_limits`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass, fields

from .errors import InvalidArgument

__all__ = ["DEFAULT_LIMITS", "Limits", "active_limits", "using_limits"]

_MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds on what one answer of the daemon can make the client hold, in bytes
    (`APIClient(limits=...)`, every client class; see docs/security.md).

    Attributes:
        error_body: bytes of an error answer read for its message; the rest is not
            read and the message says it was cut.
        body: bytes of an answer read whole (inspect, lists, ...); past it
            `InvalidResponse`.
        json_item: bytes of one line or value of a JSON stream (events, stats, pull,
            push, load, import, build, ...); past it `StreamParseError`.
        frame: payload bytes one stdout/stderr frame may announce (logs, attach,
            exec); past it `StreamParseError`.
    """

    error_body: int = 64 * 1024
    body: int = 256 * _MIB
    json_item: int = 16 * _MIB
    frame: int = 16 * _MIB

    def __post_init__(self) -> None:
        for field in fields(self):
            value = getattr(self, field.name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise InvalidArgument(
                    f"Limits.{field.name} must be a positive number of bytes, not {value!r}"
                )


DEFAULT_LIMITS = Limits()
_ACTIVE: ContextVar[Limits] = ContextVar("dockerapi_limits", default=DEFAULT_LIMITS)


def active_limits() -> Limits:
    """The limits for decoders made now (the client's, inside `using_limits`)."""
    return _ACTIVE.get()


@contextlib.contextmanager
def using_limits(limits: Limits) -> Iterator[None]:
    token = _ACTIVE.set(limits)
    try:
        yield
    finally:
        _ACTIVE.reset(token)
