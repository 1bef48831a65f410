"""Helpers docker-py removed but still names: calling them says what replaced them."""

from __future__ import annotations

from typing import Any, NoReturn

from dockerapi.errors import DeprecatedMethod

__all__ = ["create_ipam_config", "create_ipam_pool"]


def create_ipam_pool(*args: Any, **kwargs: Any) -> NoReturn:
    """Removed: use `dockerapi.types.IPAMPool`."""
    raise DeprecatedMethod(
        "utils.create_ipam_pool has been removed. Please use a "
        "dockerapi.types.IPAMPool object instead."
    )


def create_ipam_config(*args: Any, **kwargs: Any) -> NoReturn:
    """Removed: use `dockerapi.types.IPAMConfig`."""
    raise DeprecatedMethod(
        "utils.create_ipam_config has been removed. Please use a "
        "dockerapi.types.IPAMConfig object instead."
    )
