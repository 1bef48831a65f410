"""The low-level clients: `APIClient` (blocking) and `AsyncAPIClient` (asyncio)."""

from .client import APIClient, AsyncAPIClient

__all__ = ["APIClient", "AsyncAPIClient"]
