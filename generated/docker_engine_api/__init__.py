"""Docker Engine API: the low-level client generated from the Engine's OpenAPI spec.

Produced by scripts/regenerate; never edit by hand. ``api.<tag>.<operation>`` modules hold
one operation each (``build_request``, ``parse_response``, ``sync``/``asyncio``),
``models`` the data models, ``_operations`` the operation index the facade binds from.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

#: The API version this package was generated from.
API_VERSION = "1.55"


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import client  # noqa: PLC0415 - deferred: it imports httpx

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
