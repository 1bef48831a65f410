"""``dockerapi versions diff`` and ``dockerapi versions since``: questions to the
version table, answered as text or JSON. Pure functions over `VersionFacts`.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any, Literal, TypeAlias

from ..errors import InvalidVersion
from ._facts import KIND_ORDER, Entry, EntryKind, VersionFacts, version_key

__all__ = [
    "Change",
    "ChangeKind",
    "VersionDiff",
    "diff",
    "format_diff",
    "format_since",
    "lookup",
]

ChangeKind: TypeAlias = Literal["added", "deprecated", "removed"]
_CHANGE_KINDS: tuple[ChangeKind, ...] = ("added", "deprecated", "removed")


class VersionQueryError(ValueError):
    """A version or a name the table cannot answer for (the message says why)."""


@dataclass(frozen=True, slots=True)
class Change:
    """One entry that became available, deprecated or removed at `version`."""

    change: ChangeKind
    version: str
    entry: Entry

    def as_dict(self) -> dict[str, Any]:
        return {
            "change": self.change,
            "version": self.version,
            "kind": self.entry.kind,
            "name": self.entry.name,
        }


@dataclass(frozen=True, slots=True)
class VersionDiff:
    """What changed from API `old` to API `new`, grouped by operation."""

    old: str
    new: str
    changes: dict[str, list[Change]]

    def count(self, change: ChangeKind, *, operations: bool) -> int:
        return sum(
            1
            for changes in self.changes.values()
            for item in changes
            if item.change == change and (item.entry.kind == "operation") == operations
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "from": self.old,
            "to": self.new,
            "operations": {
                operation: [change.as_dict() for change in changes]
                for operation, changes in self.changes.items()
            },
        }


def _check_range(facts: VersionFacts, *versions: str) -> None:
    for version in versions:
        try:
            key = version_key(version)
        except InvalidVersion as error:
            raise VersionQueryError(str(error)) from None
        if not version_key(facts.oldest) <= key <= version_key(facts.newest):
            raise VersionQueryError(
                f"API {version} is outside the version table ({facts.oldest} ... {facts.newest})"
            )


def _value(entry: Entry, change: ChangeKind) -> str | None:
    if change == "added":
        return entry.since
    return entry.deprecated if change == "deprecated" else entry.removed


def diff(facts: VersionFacts, old: str, new: str) -> VersionDiff:
    """Everything added, deprecated or removed after `old` up to and including `new`.

    An entry that changed together with what contains it (the fields of a new
    operation, the sub-fields of a new field) is listed once, under its container.
    """
    _check_range(facts, old, new)
    low, high = version_key(old), version_key(new)
    if low >= high:
        raise VersionQueryError(f"{old} is not older than {new}: give the older version first")
    grouped: dict[str, list[Change]] = {}
    for operation in facts.operations():
        entries = facts.entries(operation)
        by_name = {(entry.kind, entry.name): entry for entry in entries}
        found: list[Change] = []
        for entry in entries:
            for change in _CHANGE_KINDS:
                version = _value(entry, change)
                if version is None or not low < version_key(version) <= high:
                    continue
                if _changed_with_container(entry, change, version, by_name):
                    continue
                found.append(Change(change, version, entry))
        if found:
            found.sort(
                key=lambda c: (
                    c.entry.kind != "operation",
                    version_key(c.version),
                    _CHANGE_KINDS.index(c.change),
                    KIND_ORDER.index(c.entry.kind),
                    c.entry.name,
                )
            )
            grouped[operation] = found
    return VersionDiff(old, new, grouped)


def _changed_with_container(
    entry: Entry,
    change: ChangeKind,
    version: str,
    by_name: dict[tuple[EntryKind, str], Entry],
) -> bool:
    if entry.kind == "operation":
        return False
    parent_name = entry.parent_name()
    parent = (
        by_name.get(("body", parent_name))
        if parent_name is not None
        else by_name.get(("operation", ""))
    )
    return parent is not None and _value(parent, change) == version


def format_diff(result: VersionDiff) -> str:
    """The diff as text: one block per operation, one line per change."""
    lines = [f"Engine API {result.old} -> {result.new}"]
    if not result.changes:
        lines.append("no operation, parameter or body field changed")
        return "\n".join(lines) + "\n"
    for operation, changes in result.changes.items():
        lines.append("")
        lines.append(operation)
        for change in changes:
            what = change.entry.kind
            line = f"  {change.version:<6}{change.change:<12}{what:<10}{change.entry.name}"
            lines.append(line.rstrip())
    lines.append("")
    lines.append(
        "operations: {} added, {} deprecated, {} removed; "
        "parameters and fields: {} added, {} deprecated, {} removed".format(
            *(result.count(kind, operations=True) for kind in _CHANGE_KINDS),
            *(result.count(kind, operations=False) for kind in _CHANGE_KINDS),
        )
    )
    return "\n".join(lines) + "\n"


def lookup(facts: VersionFacts, operation: str, kind: EntryKind, name: str = "") -> Entry:
    """The entry for an operation (its operationId, any case) or one of its names."""
    canonical = facts.canonical_operation(operation)
    if canonical is None:
        raise VersionQueryError(
            f"{operation!r} is not an operation of the version table"
            f" ({facts.oldest} ... {facts.newest}){_suggest(operation, facts.operations())}"
        )
    entry = facts.find(canonical, kind, name)
    if entry is None:
        known = [e.name for e in facts.entries(canonical) if e.kind == kind]
        raise VersionQueryError(
            f"{canonical} has no {kind} {name!r} in the version table{_suggest(name, known)}"
        )
    return entry


def _suggest(name: str, known: list[str]) -> str:
    close = difflib.get_close_matches(name, known, n=3, cutoff=0.6)
    return f"; did you mean {', '.join(close)}?" if close else ""


def format_since(entry: Entry) -> str:
    return (
        f"{entry.describe()}\n"
        f"  introduced  {entry.since}\n"
        f"  deprecated  {entry.deprecated or '-'}\n"
        f"  removed     {entry.removed or '-'}\n"
    )
