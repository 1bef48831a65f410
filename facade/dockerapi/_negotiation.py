"""Which API version a client speaks: pinned, or negotiated lazily on first use.

Constructors do no I/O. With `version=None` or `"auto"`, the first call that
needs a version asks the daemon (`GET /version`, unversioned) and settles on
min(daemon's ApiVersion, newest version this package was generated for); a
daemon older than the oldest supported version is refused with a message
saying what to do. This happens once per client: a lock makes concurrent first
calls (threads for the sync client, tasks for the async one) wait for a single
answer. A pinned version is used as given.

`choose_version` is the decision alone, with no I/O, so it is tested directly.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from ._gating import parse_version
from .errors import DockerException, InvalidVersion

__all__ = [
    "AsyncNegotiator",
    "SyncNegotiator",
    "choose_version",
    "is_auto",
]


def is_auto(version: str | None) -> bool:
    """True for the settings that mean 'ask the daemon' (None, 'auto')."""
    return version is None or (isinstance(version, str) and version.lower() == "auto")


def choose_version(daemon: Mapping[str, Any], *, newest: str, oldest: str, where: str) -> str:
    """The version to speak with a daemon, from its `/version` answer.

    `where` names the daemon (and how it was chosen) in messages.
    """
    api = daemon.get("ApiVersion") if isinstance(daemon, Mapping) else None
    if not isinstance(api, str):
        raise DockerException(
            f"the daemon at {where} answered /version without an ApiVersion; "
            "is this a Docker engine?"
        )
    daemon_key = parse_version(api)
    if daemon_key < parse_version(oldest):
        raise InvalidVersion(
            f"the daemon at {where} speaks API {api}, older than the oldest this client "
            f"supports ({oldest}); upgrade the Docker engine, or use a client release "
            "that supports it"
        )
    chosen = newest if daemon_key >= parse_version(newest) else api
    minimum = daemon.get("MinAPIVersion")
    if isinstance(minimum, str) and parse_version(chosen) < parse_version(minimum):
        raise InvalidVersion(
            f"the daemon at {where} needs API {minimum} or newer, but this client knows "
            f"API {newest} at most; upgrade dockerapi"
        )
    return chosen


class _VersionState:
    """The setting and the settled version, shared by both negotiators."""

    def __init__(self, requested: str | None, *, newest: str, oldest: str, where: str) -> None:
        self.newest = newest
        self.oldest = oldest
        self.where = where
        self.pinned = not is_auto(requested)
        #: The version in use; None until negotiated. Read without the lock:
        #: once set it only changes through `pin`.
        self.current: str | None = None
        if self.pinned:
            assert requested is not None
            self.pin(requested)

    def pin(self, version: str) -> None:
        """Use `version` from now on, without asking the daemon."""
        if not isinstance(version, str):
            raise DockerException(
                f"the API version must be a string or None, not {type(version).__name__}"
            )
        if parse_version(version) < parse_version(self.oldest):
            raise InvalidVersion(
                f"API {version} is older than the oldest this client supports ({self.oldest}); "
                f"pin {self.oldest} or newer, or pass version=None to negotiate"
            )
        self.pinned = True
        self.current = version

    def settle(self, answer: Any) -> str:
        chosen = choose_version(answer, newest=self.newest, oldest=self.oldest, where=self.where)
        self.current = chosen
        return chosen


class SyncNegotiator(_VersionState):
    """Negotiates at most once across threads."""

    def __init__(self, requested: str | None, *, newest: str, oldest: str, where: str) -> None:
        super().__init__(requested, newest=newest, oldest=oldest, where=where)
        self._lock = threading.Lock()

    def resolve(self, ask_daemon: Callable[[], Any]) -> str:
        """The version in use; `ask_daemon()` returns the `/version` JSON."""
        current = self.current
        if current is not None:
            return current
        with self._lock:
            if self.current is not None:
                return self.current
            return self.settle(ask_daemon())


class AsyncNegotiator(_VersionState):
    """Negotiates at most once across tasks."""

    def __init__(self, requested: str | None, *, newest: str, oldest: str, where: str) -> None:
        super().__init__(requested, newest=newest, oldest=oldest, where=where)
        # Created lazily: the lock belongs to the loop that first negotiates.
        self._lock: asyncio.Lock | None = None

    async def resolve(self, ask_daemon: Callable[[], Awaitable[Any]]) -> str:
        current = self.current
        if current is not None:
            return current
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            if self.current is not None:
                return self.current
            return self.settle(await ask_daemon())
