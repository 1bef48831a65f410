"""dockerapi: a complete, typed Docker Engine API client with a docker-py compatible facade.

``import dockerapi`` stays cheap: the clients (and httpx behind them) load on
first use of a name, so tools that only need ``dockerapi.errors`` or
``dockerapi.utils`` do not pay for the transport stack.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Set before any submodule import: dockerapi.constants reads it.
__version__ = "0.1.0"

if TYPE_CHECKING:
    from ._limits import Limits
    from .api.client import APIClient, AsyncAPIClient
    from .client import AsyncDockerClient, DockerClient, from_env
    from .tls import TLSConfig

__all__ = [
    "APIClient",
    "AsyncAPIClient",
    "AsyncDockerClient",
    "DockerClient",
    "Limits",
    "TLSConfig",
    "__version__",
    "from_env",
]

_LAZY = {
    "APIClient": ".api.client",
    "AsyncAPIClient": ".api.client",
    "DockerClient": ".client",
    "AsyncDockerClient": ".client",
    "from_env": ".client",
    "TLSConfig": ".tls",
    "Limits": "._limits",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
