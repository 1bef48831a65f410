"""Version gating: refuse (or drop) what the API version in use does not know,
before anything is sent. Pure code, no I/O.

The facts come from the version table the pipeline derives from every spec
(`docker_engine_api._versions`): for an operation, each query parameter, header
and request-body field, the version that introduced it and, if any, the one
that removed it. Names the table does not know pass through untouched: the
daemon stays the judge of those (extra params the spec lacks, free-form maps).

Body fields are dotted paths (`HostConfig.Annotations`); list items are
transparent (`Mounts.Type` is the `Type` of every entry of `Mounts`), and a
`*` segment in the table stands for any key of a map.
"""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal, Protocol, TypeAlias

from ._request import Request
from .errors import InvalidVersion

__all__ = [
    "Gate",
    "GatingMode",
    "VersionGatingWarning",
    "VersionTable",
    "VersionTableWithBounds",
    "default_table",
    "parse_version",
]

#: strict: raise InvalidVersion; warn: drop the parameter or field with a
#: VersionGatingWarning (an operation that is too new still raises).
GatingMode: TypeAlias = Literal["strict", "warn"]

VersionKey: TypeAlias = tuple[int, ...]


class VersionGatingWarning(UserWarning):
    """A parameter or body field was dropped because the API version in use lacks it."""


class VersionTable(Protocol):
    """What gating needs from `docker_engine_api._versions` (a module fits)."""

    def since(
        self,
        operation: str,
        *,
        query: str | None = None,
        header: str | None = None,
        body: str | None = None,
    ) -> str | None: ...

    def removed(
        self,
        operation: str,
        *,
        query: str | None = None,
        header: str | None = None,
        body: str | None = None,
    ) -> str | None: ...

    def body_fields(self, operation: str) -> Iterable[str]: ...


@lru_cache(maxsize=256)
def parse_version(version: str) -> VersionKey:
    """'1.41' -> (1, 41); raises InvalidVersion for anything else."""
    try:
        key = tuple(int(part) for part in version.split("."))
    except (ValueError, AttributeError):
        key = ()
    if len(key) < 2:
        raise InvalidVersion(f"{version!r} is not an API version (expected something like '1.41')")
    return key


@dataclass(frozen=True, slots=True)
class _Limits:
    """When something appeared and (if ever) disappeared, as text and as keys."""

    since: str | None
    removed: str | None
    since_key: VersionKey | None
    removed_key: VersionKey | None

    @classmethod
    def of(cls, since: str | None, removed: str | None) -> _Limits:
        return cls(
            since,
            removed,
            parse_version(since) if since else None,
            parse_version(removed) if removed else None,
        )

    @property
    def unbounded(self) -> bool:
        return self.since_key is None and self.removed_key is None

    def problem(self, version: VersionKey) -> str | None:
        """'requires API x' / 'was removed in API x' when `version` is outside."""
        if self.since_key is not None and version < self.since_key:
            return f"requires API {self.since}"
        if self.removed_key is not None and version >= self.removed_key:
            return f"was removed in API {self.removed}"
        return None


_UNBOUNDED = _Limits(None, None, None, None)


@dataclass(slots=True)
class _FieldNode:
    """One segment of the body-field tree of an operation."""

    limits: _Limits = _UNBOUNDED
    children: dict[str, _FieldNode] = field(default_factory=dict)

    def child(self, key: str) -> _FieldNode | None:
        found = self.children.get(key)
        return found if found is not None else self.children.get("*")


@dataclass(slots=True)
class _OperationGate:
    """Everything gating knows about one operation, looked up once and kept."""

    name: str
    limits: _Limits
    body: _FieldNode
    #: Body fields all exist from this version on and none is removed before
    #: `body_removed_min`: a body sent at such a version needs no walk.
    body_newest_since: VersionKey | None
    body_removed_min: VersionKey | None
    query: dict[str, _Limits] = field(default_factory=dict)
    header: dict[str, _Limits] = field(default_factory=dict)

    def body_needs_walk(self, version: VersionKey) -> bool:
        if not self.body.children:
            return False
        if self.body_newest_since is not None and version < self.body_newest_since:
            return True
        return self.body_removed_min is not None and version >= self.body_removed_min


_DROP: Any = object()


class Gate:
    """Checks requests against a version table; one per client, caches per operation."""

    def __init__(self, table: VersionTable, mode: GatingMode = "strict") -> None:
        if mode not in ("strict", "warn"):
            raise ValueError(f"gating must be 'strict' or 'warn', not {mode!r}")
        self._table = table
        self.mode: GatingMode = mode
        self._operations: dict[str, _OperationGate] = {}

    def _operation(self, name: str) -> _OperationGate:
        gate = self._operations.get(name)
        if gate is None:
            gate = self._compile(name)
            self._operations[name] = gate
        return gate

    def _compile(self, name: str) -> _OperationGate:
        table = self._table
        root = _FieldNode()
        newest: VersionKey | None = None
        removed_min: VersionKey | None = None
        for path in table.body_fields(name):
            node = root
            for segment in path.split("."):
                node = node.children.setdefault(segment, _FieldNode())
            limits = _Limits.of(table.since(name, body=path), table.removed(name, body=path))
            node.limits = limits
            if limits.since_key is not None and (newest is None or limits.since_key > newest):
                newest = limits.since_key
            if limits.removed_key is not None and (
                removed_min is None or limits.removed_key < removed_min
            ):
                removed_min = limits.removed_key
        return _OperationGate(
            name=name,
            limits=_Limits.of(table.since(name), table.removed(name)),
            body=root,
            body_newest_since=newest,
            body_removed_min=removed_min,
        )

    def _query_limits(self, gate: _OperationGate, key: str) -> _Limits:
        limits = gate.query.get(key)
        if limits is None:
            limits = _Limits.of(
                self._table.since(gate.name, query=key), self._table.removed(gate.name, query=key)
            )
            gate.query[key] = limits
        return limits

    def _header_limits(self, gate: _OperationGate, key: str) -> _Limits:
        limits = gate.header.get(key)
        if limits is None:
            limits = _Limits.of(
                self._table.since(gate.name, header=key),
                self._table.removed(gate.name, header=key),
            )
            gate.header[key] = limits
        return limits

    def check(self, request: Request, version: str, *, pinned: bool) -> Request:
        """Return the request to send at `version`, or raise InvalidVersion.

        In warn mode, query keys, headers and body fields outside their
        versions are removed (with a VersionGatingWarning each); a request for
        an operation the version lacks always raises.
        """
        operation = request.operation
        if operation is None:
            return request
        gate = self._operation(operation)
        current = parse_version(version)
        state = (
            f"this client is pinned to API {version}" if pinned else f"the daemon speaks {version}"
        )
        problem = gate.limits.problem(current)
        if problem is not None:
            raise InvalidVersion(f"{operation} {problem}; {state}")

        problems: list[str] = []
        bad_params: set[str] = set()
        for key, _ in request.params:
            problem = self._query_limits(gate, key).problem(current)
            if problem is not None and key not in bad_params:
                bad_params.add(key)
                problems.append(f'"{key}" of {operation} {problem}; {state}')
        bad_headers: set[str] = set()
        for key in request.headers:
            problem = self._header_limits(gate, key).problem(current)
            if problem is not None:
                bad_headers.add(key)
                problems.append(f'header "{key}" of {operation} {problem}; {state}')
        if problems and self.mode == "strict":
            raise InvalidVersion(problems[0])

        new_json: Any = request.json
        if request.has_json and gate.body_needs_walk(current):
            new_json = self._gate_body(request.json, gate, current, state, problems)

        if not problems:
            return request
        for message in problems:
            warnings.warn(
                f"{message}: dropped from the request", VersionGatingWarning, stacklevel=4
            )
        return request.without(
            params=frozenset(bad_params), headers=frozenset(bad_headers), json=new_json
        )

    def _gate_body(
        self,
        body: Any,
        gate: _OperationGate,
        current: VersionKey,
        state: str,
        problems: list[str],
    ) -> Any:
        strict = self.mode == "strict"

        def report(path: str, problem: str) -> None:
            message = f'"{path}" of {gate.name} {problem}; {state}'
            if strict:
                raise InvalidVersion(message)
            problems.append(message)

        return _walk(body, gate.body, "", current, report)


def _walk(
    value: Any,
    node: _FieldNode,
    prefix: str,
    current: VersionKey,
    report: Callable[[str, str], None],
) -> Any:
    """Return `value` with fields outside `current` dropped (reporting each);
    the same object when nothing changes."""
    if isinstance(value, list):
        items = [_walk(item, node, prefix, current, report) for item in value]
        if all(new is old for new, old in zip(items, value, strict=True)):
            return value
        return items
    if not isinstance(value, Mapping) or not node.children:
        return value
    changed: dict[str, Any] | None = None
    for key, item in value.items():
        child = node.child(key) if isinstance(key, str) else None
        if child is None:
            continue
        path = f"{prefix}{key}"
        # null is the daemon's "not set" (Go decodes it to the zero value), and docker-py's
        # types send it for every unset option (Healthcheck's StartPeriod): never gated.
        problem = None if item is None else child.limits.problem(current)
        if problem is not None:
            report(path, problem)
            new_item = _DROP
        elif child.children:
            new_item = _walk(item, child, path + ".", current, report)
            if new_item is item:
                continue
        else:
            continue
        if changed is None:
            changed = dict(value)
        if new_item is _DROP:
            del changed[key]
        else:
            changed[key] = new_item
    return value if changed is None else changed


class VersionTableWithBounds(VersionTable, Protocol):
    """The table plus the range of versions it covers."""

    OLDEST: str
    NEWEST: str


def default_table() -> VersionTableWithBounds:
    """The version table generated with the low-level package."""
    table: VersionTableWithBounds = importlib.import_module("docker_engine_api._versions")
    return table
