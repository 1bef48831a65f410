"""What services, nodes and the swarm share: a swarm object whose spec carries a
version (`Version.Index`), which every update names so that the daemon refuses
one based on a stale read."""

from __future__ import annotations

from typing import Any

from .resource import _ModelCore

__all__ = ["_VersionedCore"]


class _VersionedCore(_ModelCore):
    """A swarm object (ID in `ID`) updated against the version `attrs` show."""

    id_attribute = "ID"

    @property
    def version(self) -> int | None:
        """The version of the object's spec that `attrs` show (`Version.Index`; None
        before they are read): an update based on an older one is refused, so
        `reload()` after such a refusal."""
        index: int | None = (self.attrs.get("Version") or {}).get("Index")
        return index

    @property
    def _update_version(self) -> Any:
        """`version` for an update; a missing one is refused before sending by the
        low-level update, with a message saying so."""
        return self.version
