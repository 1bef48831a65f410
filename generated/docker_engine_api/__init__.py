"""Docker Engine API: the low-level client generated from the Engine's OpenAPI spec.

Produced by scripts/regenerate; never edit by hand. ``api.<tag>.<operation>`` modules hold
one operation each (``build_request``, ``parse_response``, ``sync``/``asyncio``),
``models`` the data models, ``_operations`` the operation index the facade binds from.
``to_json(value)`` is the JSON text of a model (or of lists and maps of models).
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client
    from .types import jsonable, to_json

__all__ = (
    "AuthenticatedClient",
    "Client",
    "jsonable",
    "to_json",
)

#: The API version this package was generated from.
API_VERSION = "1.55"

# name -> the module defining it; imported on first use
_LAZY = {
    "AuthenticatedClient": "client",
    "Client": "client",  # imports httpx
    "jsonable": "types",
    "to_json": "types",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module  # noqa: PLC0415

    return getattr(import_module(f".{module}", __name__), name)
