"""The version table as the command line reads it: every entry, found the way the
daemon matches names (body fields case-insensitively, ``*`` for any key of a map).

Wraps a module shaped like `docker_engine_api._versions` (the generated one, or
a freshly regenerated copy loaded from its file by ``scripts/regenerate --discover``).
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol, TypeAlias

from .._gating import VersionKey, parse_version

__all__ = [
    "KIND_ORDER",
    "Entry",
    "EntryKind",
    "VersionFacts",
    "VersionModule",
    "version_key",
]

EntryKind: TypeAlias = Literal["operation", "query", "header", "body"]
#: Listing order of the kinds under an operation.
KIND_ORDER: tuple[EntryKind, ...] = ("operation", "query", "header", "body")


class VersionModule(Protocol):
    """What the command line needs from `docker_engine_api._versions`."""

    OLDEST: str
    NEWEST: str

    def operations(self) -> Iterable[str]: ...

    def since(self, operation: str) -> str | None: ...

    def deprecated(self, operation: str) -> str | None: ...

    def removed(self, operation: str) -> str | None: ...

    def entries(self, operation: str) -> Sequence[tuple[str, str, str, str | None, str | None]]: ...


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of the table: an operation (``kind == "operation"``, ``name == ""``)
    or one of its query parameters, headers or body fields."""

    operation: str
    kind: EntryKind
    name: str
    since: str
    deprecated: str | None
    removed: str | None

    def describe(self) -> str:
        return (
            self.operation
            if self.kind == "operation"
            else f"{self.operation} {self.kind} {self.name}"
        )

    def parent_name(self) -> str | None:
        """The body field this one sits in (None: directly under the operation)."""
        if self.kind != "body" or "." not in self.name:
            return None
        return self.name.rsplit(".", 1)[0]

    def as_dict(self) -> dict[str, Any]:
        return {
            "operation": self.operation,
            "kind": self.kind,
            "name": self.name,
            "since": self.since,
            "deprecated": self.deprecated,
            "removed": self.removed,
        }


class VersionFacts:
    """Every entry of a version table, indexed for lookups."""

    def __init__(self, module: VersionModule) -> None:
        self.oldest = module.OLDEST
        self.newest = module.NEWEST
        self._module = module
        self._operations: dict[str, list[Entry]] = {}
        self._folded: dict[str, str] = {}
        for operation in module.operations():
            since = module.since(operation)
            if since is None:
                continue
            rows = [
                Entry(
                    operation,
                    "operation",
                    "",
                    since,
                    module.deprecated(operation),
                    module.removed(operation),
                )
            ]
            rows += [
                Entry(operation, _kind(kind), name, row_since, deprecated, removed)
                for kind, name, row_since, deprecated, removed in module.entries(operation)
            ]
            self._operations[operation] = rows
            self._folded[operation.lower()] = operation

    @classmethod
    def default(cls) -> VersionFacts:
        """The table generated with this package."""
        module: Any = importlib.import_module("docker_engine_api._versions")
        return cls(module)

    @classmethod
    def from_file(cls, path: Path) -> VersionFacts:
        """A table module loaded from its file (without importing its package)."""
        spec = importlib.util.spec_from_file_location(f"_dockerapi_versions_{id(path)}", path)
        if spec is None or spec.loader is None:
            raise ImportError(f"cannot load a version table from {path}")
        module: Any = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return cls(module)

    # -- reading ----------------------------------------------------------------

    def operations(self) -> list[str]:
        return sorted(self._operations)

    def canonical_operation(self, name: str) -> str | None:
        """The operationId spelled as the table spells it (case-insensitive), or None."""
        return self._folded.get(name.lower())

    def entries(self, operation: str) -> list[Entry]:
        """The operation's own entry first, then its parameters and fields."""
        return list(self._operations.get(operation, ()))

    def all_entries(self) -> list[Entry]:
        return [entry for operation in self.operations() for entry in self._operations[operation]]

    def find(self, operation: str, kind: EntryKind, name: str | Sequence[str] = "") -> Entry | None:
        """The entry for an operation or one of its names, matched as the daemon
        matches them: headers and body fields ignore case, and a ``*`` segment of
        a body field stands for any key of a map. `name` may be a dotted path or
        its segments (so keys holding dots stay whole)."""
        rows = self._operations.get(operation)
        if rows is None:
            return None
        if kind == "operation":
            return rows[0]
        if kind != "body":
            wanted = name if isinstance(name, str) else ".".join(name)
            folded = wanted.lower() if kind == "header" else wanted
            for entry in rows:
                if (
                    entry.kind == kind
                    and (entry.name.lower() if kind == "header" else entry.name) == folded
                ):
                    return entry
            return None
        segments = name.split(".") if isinstance(name, str) else list(name)
        best: Entry | None = None
        for entry in rows:
            if entry.kind != "body":
                continue
            parts = entry.name.split(".")
            if len(parts) != len(segments):
                continue
            if all(
                part == "*" or part.lower() == seg.lower()
                for part, seg in zip(parts, segments, strict=True)
            ):
                # An exact spelling beats a wildcard or case-folded one.
                if entry.name == ".".join(segments):
                    return entry
                best = best or entry
        return best


_KINDS: dict[str, EntryKind] = {"query": "query", "header": "header", "body": "body"}


def _kind(token: str) -> EntryKind:
    kind = _KINDS.get(token)
    if kind is None:
        raise ValueError(f"unknown entry kind {token!r} in the version table")
    return kind


def version_key(version: str) -> VersionKey:
    """'1.41' -> (1, 41); InvalidVersion for anything that is not a version."""
    return parse_version(version)
