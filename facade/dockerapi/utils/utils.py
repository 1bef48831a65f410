"""``docker.utils.utils`` compatibility: the same helpers under the module path some code uses.

``from docker.utils.utils import parse_bytes`` becomes
``from dockerapi.utils.utils import parse_bytes``; every name of :mod:`dockerapi.utils` is
available here, looked up on first use.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__: list[str] = []


def __getattr__(name: str) -> Any:
    package = importlib.import_module("dockerapi.utils")
    try:
        return getattr(package, name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
