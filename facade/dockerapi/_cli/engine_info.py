"""``dockerapi engine-info``: which daemon the environment names, what it speaks,
and which API version this client would use with it.

The daemon is found as `from_env` finds it (DOCKER_HOST, the TLS variables,
the Docker CLI's current context, the default socket), and asked once,
without a version prefix, for `/version`. The version the client would use is
decided by the same function negotiation uses (`choose_version`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .._gating import default_table
from .._host import api_version_from_env
from .._negotiation import choose_version
from ..client import DockerClient
from ..errors import DockerException

__all__ = ["EngineInfo", "engine_info", "format_engine_info"]


@dataclass(frozen=True)
class EngineInfo:
    """What `engine-info` reports (see `as_dict` for the JSON shape)."""

    host: str
    origin: str
    daemon: Mapping[str, Any]
    client_oldest: str
    client_newest: str
    negotiated: str | None
    refused: str | None
    pinned: str | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "host": self.host,
            "origin": self.origin,
            "engine": {
                "name": _platform_name(self.daemon),
                "version": self.daemon.get("Version"),
                "os": self.daemon.get("Os"),
                "arch": self.daemon.get("Arch"),
                "api_version": self.daemon.get("ApiVersion"),
                "min_api_version": self.daemon.get("MinAPIVersion"),
            },
            "client": {"oldest": self.client_oldest, "newest": self.client_newest},
            "negotiated": self.negotiated,
            "refused": self.refused,
            "pinned": self.pinned,
        }


def _platform_name(daemon: Mapping[str, Any]) -> str | None:
    platform = daemon.get("Platform")
    name = platform.get("Name") if isinstance(platform, Mapping) else None
    return name if isinstance(name, str) and name else None


def engine_info(environment: Mapping[str, str] | None = None) -> EngineInfo:
    """Ask the daemon the environment names (one unversioned ``GET /version``).

    Raises:
        DockerException: the environment is malformed or the daemon cannot be reached.
    """
    env = os.environ if environment is None else environment
    table = default_table()
    pinned = api_version_from_env(env)
    with DockerClient.from_env(environment=env) as client:
        answer = client.api.version(api_version=False)
        host = client.api.host
    negotiated: str | None = None
    refused: str | None = None
    try:
        negotiated = choose_version(
            answer, newest=table.NEWEST, oldest=table.OLDEST, where=host.describe()
        )
    except DockerException as error:
        refused = str(error)
    return EngineInfo(
        host=host.url,
        origin=host.origin,
        daemon=answer,
        client_oldest=table.OLDEST,
        client_newest=table.NEWEST,
        negotiated=negotiated,
        refused=refused,
        pinned=pinned,
    )


def format_engine_info(info: EngineInfo) -> str:
    daemon = info.daemon
    platform = "/".join(str(daemon[key]) for key in ("Os", "Arch") if daemon.get(key))
    name = _platform_name(daemon)
    engine = " ".join(
        part
        for part in (name, str(daemon.get("Version", "?")), f"({platform})" if platform else "")
        if part
    )
    lines = [
        f"daemon:      {info.host} (from {info.origin})",
        f"engine:      {engine}",
        f"engine API:  {daemon.get('MinAPIVersion', '?')} ... {daemon.get('ApiVersion', '?')}",
        f"client API:  {info.client_oldest} ... {info.client_newest}",
    ]
    if info.refused is not None:
        lines.append(f"negotiated:  none: {info.refused}")
    else:
        lines.append(f"negotiated:  {info.negotiated}")
    if info.pinned is not None:
        lines.append(
            f"pinned:      {info.pinned} (DOCKER_API_VERSION: used instead of negotiating)"
        )
    return "\n".join(lines) + "\n"
