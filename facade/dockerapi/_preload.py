"""Imports an asyncio client does when it is constructed, so its first call does not.

Lazy imports keep `import dockerapi` cheap, but a lazy import inside a coroutine runs on
the event loop and stalls every other task for as long as it takes. The first request of
an async client used to import httpcore's anyio backend (~0.15 s; the project's own
transport needs neither) and the first `engine` call the typed layer's core (~0.05 s).
`preload_async_client()` imports them
when an `AsyncAPIClient` is constructed instead (once per process; later constructions
find them in `sys.modules`). Endpoint modules stay lazy: each imports in a few
milliseconds and a program uses few of the 108.
"""

from __future__ import annotations

import importlib
import sys

__all__ = ["ASYNC_CLIENT_MODULES", "preload_async_client"]

#: What the first calls of an async client import; in the order they need each other.
ASYNC_CLIENT_MODULES = (
    # the typed layer behind `client.engine`
    "docker_engine_api.types",
    "docker_engine_api.errors",
    "docker_engine_api.models",
    "docker_engine_api._operations",
    "docker_engine_api.engine",
    "dockerapi._engine",
)


def preload_async_client() -> None:
    """Import `ASYNC_CLIENT_MODULES` now (cheap when done already)."""
    for name in ASYNC_CLIENT_MODULES:
        if name in sys.modules:
            continue
        try:
            importlib.import_module(name)
        except ImportError:  # not there: the first call imports what it needs
            continue
