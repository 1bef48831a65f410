"""The base of the small request-shaped types: plain dicts, so they serialise as JSON as is."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["DictType"]


class DictType(dict[str, Any]):
    """A ``dict`` built from a mapping of API keys to values (docker-py's ``DictType``)."""

    def __init__(self, init: Mapping[str, Any]) -> None:
        super().__init__()
        for key, value in init.items():
            self[key] = value
