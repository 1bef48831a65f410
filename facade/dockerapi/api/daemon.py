"""docker-py's `DaemonApiMixin`: what the daemon says about itself (sync and async).

`ping`, `version`, `info`, `df` and `events`, with docker-py's names, arguments
and result shapes, as plans for `APIClient` and `AsyncAPIClient`. (`login` needs
the registry credential store and comes with the image methods.)
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from .._decoders import JSONLinesDecoder, RawJSONLinesDecoder
from .._executor import ClientSettings
from .._plan import PlanGenerator, StreamOf, plan, stream_plan
from .._request import Request, Response
from .._transport import streaming_timeout
from .._wire import Keywords
from ..errors import InvalidArgument
from ..utils import convert_filters, datetime_to_timestamp

__all__ = ["DaemonApiMixin"]

# Where each method's keyword arguments go on the wire (see `_wire.py`).
_PING = Keywords("SystemPing")
# `api_version=False` asks without a version prefix (to learn the daemon's).
_VERSION = Keywords("SystemVersion", unversioned=("api_version",))
_INFO = Keywords("SystemInfo")
_DF = Keywords("SystemDataUsage")
_EVENTS = Keywords(
    "SystemEvents",
    query={"since": "since", "until": "until", "filters": "filters"},
    unversioned=("decode",),
)


def _event_time(value: datetime | int | float | str | None, name: str) -> object:
    """`since`/`until` as the daemon reads them: seconds since the epoch (or its own
    formats, passed through as text: "2024-01-02T15:04:05", "10m")."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, datetime):
        return datetime_to_timestamp(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    raise InvalidArgument(f"{name} must be a datetime, a number or a string, not {value!r}")


class DaemonApiMixin:
    """The daemon's own endpoints, as docker-py names them."""

    _settings: ClientSettings

    @plan
    @_PING.describes
    def ping(self) -> PlanGenerator[bool]:
        """True when the daemon answers `GET /_ping` with OK (errors raise)."""
        response: Response = yield Request.build(
            "GET", "/_ping", expect="bytes", operation="SystemPing"
        )
        return bool(response.content.strip() == b"OK")

    @plan
    @_VERSION.describes
    def version(self, api_version: bool = True) -> PlanGenerator[dict[str, Any]]:
        """The daemon's version information (`GET /version`).

        Args:
            api_version: ask under the API version in use (`/v1.41/version`);
                False asks unversioned, which also works before negotiation.
        """
        response: Response = yield Request.build(
            "GET", "/version", versioned=api_version, operation="SystemVersion"
        )
        result: dict[str, Any] = response.json()
        return result

    @plan
    @_INFO.describes
    def info(self) -> PlanGenerator[dict[str, Any]]:
        """System-wide information, like `docker info` (`GET /info`)."""
        response: Response = yield Request.build("GET", "/info", operation="SystemInfo")
        result: dict[str, Any] = response.json()
        return result

    @plan
    @_DF.describes
    def df(self) -> PlanGenerator[dict[str, Any]]:
        """Disk usage of images, containers, volumes and the build cache (`GET /system/df`)."""
        response: Response = yield Request.build("GET", "/system/df", operation="SystemDataUsage")
        result: dict[str, Any] = response.json()
        return result

    @stream_plan
    @_EVENTS.describes
    def events(
        self,
        since: datetime | int | float | str | None = None,
        until: datetime | int | float | str | None = None,
        filters: Mapping[str, Any] | None = None,
        decode: bool | None = None,
    ) -> PlanGenerator[StreamOf[Any]]:
        """The daemon's events as they happen, like `docker events`.

        Args:
            since, until: only events after / before this time: a datetime,
                seconds since the epoch, or a string the daemon parses. Without
                `until` the stream stays open until closed.
            filters: e.g. `{"type": "container", "event": ["start", "die"]}`.
            decode: yield dicts instead of the JSON lines as bytes.

        Returns:
            A stream (`close()` it, from any thread, to stop waiting).
        """
        params = _EVENTS.query(
            since=_event_time(since, "since"),
            until=_event_time(until, "until"),
            filters=convert_filters(filters) if filters else None,
        )
        response: Response = yield Request.build(
            "GET",
            "/events",
            params=params,
            expect="stream",
            timeout=streaming_timeout(self._settings.timeout),
            operation="SystemEvents",
        )
        if decode:
            return StreamOf.decoded(response, JSONLinesDecoder)
        return StreamOf.decoded(response, RawJSONLinesDecoder)
