"""``create_host_config``: the module-level spelling of ``HostConfig(...)``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dockerapi.types import HostConfig

__all__ = ["create_host_config"]


def create_host_config(*args: Any, version: str | None = None, **kwargs: Any) -> HostConfig:
    """Build a :class:`~dockerapi.types.HostConfig` from ``create_host_config`` arguments.

    docker-py 2+ turned this helper into an error that points to ``HostConfig``; here it
    simply builds one, so older code keeps working.
    """
    from dockerapi.types import HostConfig  # types imports utils, so import late

    return HostConfig(version, *args, **kwargs)
