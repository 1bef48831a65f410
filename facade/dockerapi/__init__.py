"""dockerapi: a complete, typed Docker Engine API client with a docker-py compatible facade.

``import dockerapi`` stays cheap: the clients (and httpx behind them) load on
first use of a name, so tools that only need ``dockerapi.errors`` or
``dockerapi.utils`` do not pay for the transport stack. The submodules docker-py
users reach as attributes (``docker.errors.NotFound``, ``docker.types.Mount``,
``docker.utils.parse_repository_tag``) are imported on first attribute access too.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Set before any submodule import: dockerapi.constants reads it.
__version__ = "0.1.0"

if TYPE_CHECKING:
    from . import constants, errors, types, utils
    from ._limits import Limits
    from .api.client import APIClient, AsyncAPIClient
    from .client import AsyncDockerClient, DockerClient, from_env
    from .context import Context, ContextAPI
    from .tls import TLSConfig

__all__ = [
    "APIClient",
    "AsyncAPIClient",
    "AsyncDockerClient",
    "Context",
    "ContextAPI",
    "DockerClient",
    "Limits",
    "TLSConfig",
    "__version__",
    "constants",
    "errors",
    "from_env",
    "types",
    "utils",
]

# submodules reachable as attributes right after `import dockerapi`
_SUBMODULES = frozenset({"constants", "errors", "types", "utils"})

_LAZY = {
    "APIClient": ".api.client",
    "AsyncAPIClient": ".api.client",
    "DockerClient": ".client",
    "AsyncDockerClient": ".client",
    "from_env": ".client",
    "Context": ".context",
    "ContextAPI": ".context",
    "TLSConfig": ".tls",
    "Limits": "._limits",
}


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        # importing a submodule binds it in globals(): later lookups skip this
        return importlib.import_module(f".{name}", __name__)
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
