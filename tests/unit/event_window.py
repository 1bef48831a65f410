"""The end of an events query that should see what a test just did."""

from __future__ import annotations

import time

__all__ = ["events_until"]


def events_until(podman: bool) -> int:
    """An `until` (Unix seconds) a little ahead: Docker answers what happened up to it
    and ends there. Podman 4.3 answers nothing for an `until` that has passed by the time
    it reads the request, which on a busy machine a one-second margin does not ensure
    (`int(time.time()) + 1` may be a few milliseconds away): two there (docs/engines.md)."""
    return int(time.time()) + (2 if podman else 1)
