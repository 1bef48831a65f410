"""docker-py's `DaemonApiMixin`: what the daemon says about itself (sync and async).

`ping`, `version`, `info`, `df`, `events` and `login`, with docker-py's names,
arguments and result shapes, as plans for `APIClient` and `AsyncAPIClient`.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from .._decoders import JSONLinesDecoder, RawJSONLinesDecoder
from .._executor import ClientSettings
from .._plan import Blocking, PlanGenerator, StreamOf, plan, stream_plan
from .._request import Request, Response
from .._transport import streaming_timeout
from .._wire import Keywords
from ..auth import INDEX_NAME, AuthEntry, load_config
from ..errors import InvalidArgument
from ..utils import convert_filters, datetime_to_timestamp
from ._registry_auth import RegistryAuthMixin

__all__ = ["DaemonApiMixin"]

# Where each method's keyword arguments go on the wire (see `_wire.py`).
_LOGIN = Keywords(
    "SystemAuth",
    body={
        "username": "username",
        "password": "password",
        "email": "email",
        "registry": "serveraddress",
    },
    # Both choose where known credentials come from; neither is sent.
    unversioned=("reauth", "dockercfg_path"),
)
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


class DaemonApiMixin(RegistryAuthMixin):
    """The daemon's own endpoints, as docker-py names them."""

    _settings: ClientSettings

    @plan
    @_LOGIN.describes
    def login(
        self,
        username: str,
        password: str | None = None,
        email: str | None = None,
        registry: str | None = None,
        reauth: bool = False,
        dockercfg_path: str | None = None,
    ) -> PlanGenerator[dict[str, Any]]:
        """Check credentials with a registry, like `docker login`, and keep them
        for this client's pulls and pushes to it (not written to any file).

        Args:
            username, password: the credentials.
            email: for old registries (the field is gone from API 1.52).
            registry: e.g. `"127.0.0.1:5000"` or `"https://index.docker.io/v1/"`
                (default: Docker Hub).
            reauth: ask the daemon even if this user's credentials for the
                registry are already known.
            dockercfg_path: read known credentials from this config file.

        Returns:
            The daemon's answer (`{"Status": "Login Succeeded", "IdentityToken": ...}`),
            or the known credentials when `username`'s are already there and
            `reauth` is false (docker-py's behaviour).

        Raises:
            APIError: the registry refused (`Unauthorized`, ...); the message
                carries the registry's words, never the password.
        """
        known: dict[str, Any] | None = yield Blocking(
            functools.partial(self._known_login, registry, dockercfg_path)
        )
        if known and known.get("username", None) == username and not reauth:
            return known
        credentials = AuthEntry(
            username=username, password=password, email=email, serveraddress=registry
        )
        response: Response = yield Request.build(
            "POST",
            "/auth",
            json={key: value for key, value in credentials.items() if value is not None},
            operation="SystemAuth",
        )
        self._auth_configs.add_auth(registry or INDEX_NAME, credentials)
        result: dict[str, Any] = response.json()
        return result

    def _known_login(
        self, registry: str | None, dockercfg_path: str | None
    ) -> dict[str, Any] | None:
        """The credentials already known for `registry` (config files, credential
        helpers: run off the event loop by `login`)."""
        if dockercfg_path and os.path.exists(dockercfg_path):
            self._auth_configs = load_config(dockercfg_path, credstore_env=self.credstore_env)
        elif self._auth_configs.is_empty:
            self._auth_configs = load_config(credstore_env=self.credstore_env)
        return self._auth_configs.resolve_authconfig(registry)

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
