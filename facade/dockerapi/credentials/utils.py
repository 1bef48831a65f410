"""The environment a credential helper runs in (docker-py's `docker.credentials.utils`)."""

from __future__ import annotations

import os
from collections.abc import Mapping

__all__ = ["create_environment_dict"]


def create_environment_dict(overrides: Mapping[str, str] | None) -> dict[str, str]:
    """A copy of os.environ with `overrides` applied (the client's `credstore_env`)."""
    environment = dict(os.environ)
    environment.update(overrides or {})
    return environment
