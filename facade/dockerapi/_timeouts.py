"""Timeouts: the one place where they are checked, and the deadline of a whole call.

`check_timeout` is what every timeout a caller gives goes through (the client's
`timeout`, a method's own, `request_timeout` of `client.engine`): None, or a positive
number of seconds (an `httpx.Timeout` is checked field by field); anything else
raises `InvalidArgument` before a request is sent.

A number bounds each wait for the daemon (connecting, each read, each write), as in
docker-py. For calls whose answer is read whole (everything but streams) it also
bounds the whole answer: the executor opens a `call_deadline` around the call, and
transports cap every read by the time left (`read_timeout`), so a daemon trickling
a byte now and then cannot hold a call past its timeout. The clock starts at the
first read, once the request is sent, so uploading a large body is not counted.
Streams (logs with follow, events, archives ...) keep per-read semantics.
"""

from __future__ import annotations

import contextlib
import math
import time
from collections.abc import Iterator
from contextvars import ContextVar, Token
from typing import TYPE_CHECKING

from .errors import InvalidArgument

if TYPE_CHECKING:
    import httpx

__all__ = [
    "CallDeadline",
    "DeadlineExceeded",
    "call_deadline",
    "check_grace_period",
    "check_httpx_timeout",
    "check_timeout",
    "end_deadline",
    "read_timeout",
    "start_deadline",
]

_TIMEOUT_FIELDS = ("connect", "read", "write", "pool")


def check_timeout(value: object, what: str = "timeout") -> float | None:
    """`value` as seconds (None: no limit; infinity counts as None).

    Raises:
        InvalidArgument: not None, not a number, a bool, NaN, zero or negative.
    """
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidArgument(
            f"{what} must be a number of seconds or None, not {type(value).__name__} {value!r}"
        )
    seconds = float(value)
    if math.isnan(seconds) or seconds <= 0:
        raise InvalidArgument(f"{what} must be a positive number of seconds or None, not {value!r}")
    return None if math.isinf(seconds) else seconds


def check_grace_period(value: object, what: str) -> int | None:
    """Whole seconds the daemon waits before killing (`stop`/`restart`'s `timeout`, sent
    as `t`): None (the container's default), 0 (at once) or more.

    Raises:
        InvalidArgument: not a whole, non-negative number of seconds.
    """
    if value is None:
        return None
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value < 0
        or value != int(value)
    ):
        raise InvalidArgument(
            f"{what} must be a whole number of seconds (0 or more) or None, not {value!r}"
        )
    return int(value)


def check_httpx_timeout(value: httpx.Timeout, what: str = "timeout") -> httpx.Timeout:
    """An `httpx.Timeout` whose every phase passes `check_timeout`."""
    for phase in _TIMEOUT_FIELDS:
        check_timeout(getattr(value, phase), f"{what} ({phase})")
    return value


class DeadlineExceeded(Exception):
    """Raised by `read_timeout` when the call's time is up (transports turn it into
    their read-timeout error)."""


class CallDeadline:
    """The time budget of one call; the clock starts at its first read."""

    __slots__ = ("budget", "expires")

    def __init__(self, budget: float) -> None:
        self.budget = budget
        self.expires: float | None = None

    def remaining(self) -> float:
        now = time.monotonic()
        if self.expires is None:
            self.expires = now + self.budget
        return self.expires - now


_CURRENT: ContextVar[CallDeadline | None] = ContextVar("dockerapi_call_deadline", default=None)


@contextlib.contextmanager
def call_deadline(budget: float | None) -> Iterator[CallDeadline | None]:
    """Within this block (this thread, or this task), reads are bounded by `budget`."""
    token = start_deadline(budget)
    try:
        yield _CURRENT.get()
    finally:
        end_deadline(token)


def start_deadline(budget: float | None) -> Token[CallDeadline | None] | None:
    """`call_deadline` without a context manager, for the executors' hot path: the
    token for `end_deadline` (None when there is no budget and nothing to undo)."""
    if budget is None:
        return None
    return _CURRENT.set(CallDeadline(budget))


def end_deadline(token: Token[CallDeadline | None] | None) -> None:
    if token is not None:
        _CURRENT.reset(token)


def read_timeout(timeout: float | None) -> float | None:
    """The timeout for one read: `timeout`, capped by the current call's time left.

    Raises:
        DeadlineExceeded: no time is left.
    """
    deadline = _CURRENT.get()
    if deadline is None:
        return timeout
    left = deadline.remaining()
    if left <= 0:
        raise DeadlineExceeded(f"the call did not finish within {deadline.budget:g} s")
    return left if timeout is None or left < timeout else timeout
