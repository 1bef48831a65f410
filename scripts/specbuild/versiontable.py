"""Derive the API version table from every versioned Engine spec.

For each operation, query/header parameter and request-body field the table
records the first API version whose spec documents it ("since"), the version
whose spec first marks it deprecated (when the marker is still there in the
last version documenting it) and the version that no longer documents it
("removed", only when the newest spec lacks it). Old spec files are
incomplete, so "since" means "first documented in"; ``spec/version-overrides.yaml``
corrects the known gaps against the upstream CHANGELOG.

Operations are identified by route (method and path with parameter names
normalised) because operationIds were renamed over time (``ContainerGetArchive``
became ``ContainerArchive`` in 1.28); each route is named by its newest
operationId.

The result is written as ``docker_engine_api/_versions.py``: a text table inside a
string constant, parsed on the first query, so importing it costs next to nothing.

Run standalone::

    python scripts/specbuild/versiontable.py --spec-dir ../shared/engine-api \\
        --out generated/docker_engine_api/_versions.py
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

__all__ = [
    "DEFAULT_OVERRIDES_PATH",
    "Key",
    "Override",
    "VersionInfo",
    "VersionTableError",
    "apply_overrides",
    "diff_versions",
    "load_overrides",
    "main",
    "render_module",
    "write_version_module",
]

DEFAULT_OVERRIDES_PATH = Path(__file__).resolve().parents[2] / "spec" / "version-overrides.yaml"

_HTTP_METHODS = ("get", "put", "post", "delete", "head", "patch", "options")
# Entry kinds, in the order they are listed under an operation.
_KINDS = ("operation", "query", "header", "body")
_KIND_TOKENS = {"query": "q", "header": "h", "body": "b"}
# Upstream marks deprecation in prose: "Deprecated: ...", "**Deprecated**: ...",
# "> **Deprecated**: ..." at the start of a description line. Mentions such as
# "MAINTAINER (deprecated)" are about something else and must not match.
_DEPRECATION_MARKER = re.compile(r"^[ \t]*(?:>[ \t]*)?(?:\*\*)?Deprecated(?:\*\*)?[ \t]*:", re.M)
_VERSION_PATTERN = re.compile(r"^1\.\d+$")
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class VersionTableError(RuntimeError):
    """The specs or the overrides file cannot produce a trustworthy table."""


@dataclass(frozen=True, order=True)
class Key:
    """One table entry: an operation (``name == ""``) or one of its parameters/body fields."""

    operation: str
    kind: str
    name: str = ""

    def describe(self) -> str:
        return (
            self.operation
            if self.kind == "operation"
            else f"{self.operation} {self.kind} {self.name}"
        )


@dataclass(frozen=True)
class VersionInfo:
    since: str
    deprecated: str | None = None
    removed: str | None = None


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


# ---------------------------------------------------------------------------
# What one spec documents
# ---------------------------------------------------------------------------

Route = tuple[str, str]  # (method, path with "{}" for every path parameter)


def _route(method: str, path: str) -> Route:
    return method, re.sub(r"\{[^}]*\}", "{}", path)


def _is_deprecated(node: Mapping[str, Any]) -> bool:
    if node.get("deprecated") is True or node.get("x-deprecated") is True:
        return True
    text = "\n".join(str(node.get(field) or "") for field in ("summary", "description"))
    return bool(_DEPRECATION_MARKER.search(text))


class _SpecReader:
    """Lists every documented entry of one spec with its deprecation marker."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self._document = document
        self._definitions: Mapping[str, Any] = document.get("definitions") or {}

    def routes(self) -> Iterator[tuple[Route, str, Mapping[str, Any]]]:
        for path, item in (self._document.get("paths") or {}).items():
            for method, operation in item.items():
                if method not in _HTTP_METHODS:
                    continue
                operation_id = operation.get("operationId")
                if not operation_id:
                    raise VersionTableError(f"{method.upper()} {path} has no operationId")
                yield _route(method, path), operation_id, operation

    def _resolve_ref(self, ref: str) -> Mapping[str, Any]:
        prefix, _, name = ref.rpartition("/")
        if prefix == "#/definitions" and name in self._definitions:
            return self._definitions[name]  # type: ignore[no-any-return]
        if prefix == "#/parameters" and name in (self._document.get("parameters") or {}):
            return self._document["parameters"][name]  # type: ignore[no-any-return]
        raise VersionTableError(f"unresolvable $ref {ref!r}")

    def entries(self, operation: Mapping[str, Any]) -> Iterator[tuple[str, str, bool]]:
        """(kind, name, deprecated) for the operation itself and what it accepts."""
        yield "operation", "", _is_deprecated(operation)
        for parameter in operation.get("parameters") or []:
            if "$ref" in parameter:
                parameter = self._resolve_ref(parameter["$ref"])
            location = parameter.get("in")
            if location in ("query", "header"):
                yield location, parameter["name"], _is_deprecated(parameter)
            elif location == "body":
                for path, deprecated in self._body_fields(parameter.get("schema") or {}, "", ()):
                    yield "body", path, deprecated
            elif location != "path":
                raise VersionTableError(f"parameter location {location!r} is not handled")

    def _properties(
        self, schema: Mapping[str, Any], refs: tuple[str, ...]
    ) -> Iterator[tuple[str, Mapping[str, Any], tuple[str, ...]]]:
        """Named properties of a schema, through $ref and allOf (cycles cut)."""
        if "$ref" in schema:
            ref = schema["$ref"]
            if ref in refs:
                return
            yield from self._properties(self._resolve_ref(ref), (*refs, ref))
            return
        for member in schema.get("allOf") or []:
            yield from self._properties(member, refs)
        for name, subschema in (schema.get("properties") or {}).items():
            yield name, subschema, refs

    def _items(
        self, schema: Mapping[str, Any], refs: tuple[str, ...]
    ) -> tuple[Mapping[str, Any], tuple[str, ...]] | None:
        """The element schema of an array (through $ref), else None."""
        if "$ref" in schema:
            ref = schema["$ref"]
            if ref in refs:
                return None
            return self._items(self._resolve_ref(ref), (*refs, ref))
        items = schema.get("items")
        return (items, refs) if isinstance(items, Mapping) else None

    def _is_map(self, schema: Mapping[str, Any], refs: tuple[str, ...]) -> bool:
        """An object keyed by user data (labels, options, endpoint names)."""
        while "$ref" in schema and schema["$ref"] not in refs:
            refs = (*refs, schema["$ref"])
            schema = self._resolve_ref(schema["$ref"])
        properties = schema.get("properties") or {}
        # Specs before 1.37 indent Volumes' map declaration one level too deep, so it
        # reads as a property literally named "additionalProperties".
        if set(properties) == {"additionalProperties"}:
            return True
        extra = schema.get("additionalProperties")
        return extra not in (None, False) and not properties and not schema.get("allOf")

    def _map_values(
        self, schema: Mapping[str, Any], refs: tuple[str, ...]
    ) -> tuple[Mapping[str, Any], tuple[str, ...]] | None:
        """The value schema of a map (through $ref), when it has one to walk."""
        while "$ref" in schema and schema["$ref"] not in refs:
            refs = (*refs, schema["$ref"])
            schema = self._resolve_ref(schema["$ref"])
        values = schema.get("additionalProperties")
        return (values, refs) if isinstance(values, Mapping) else None

    def _body_fields(
        self, schema: Mapping[str, Any], prefix: str, refs: tuple[str, ...]
    ) -> Iterator[tuple[str, bool]]:
        # Lists are transparent: Mounts[].VolumeOptions is "Mounts.VolumeOptions".
        element = self._items(schema, refs)
        if element is not None:
            yield from self._body_fields(element[0], prefix, element[1])
            return
        if self._is_map(schema, refs):
            # Keyed by user data (endpoint names, ports): the values' fields are
            # listed under "*" ("NetworkingConfig.EndpointsConfig.*.MacAddress").
            values = self._map_values(schema, refs)
            if values is not None:
                yield from self._body_fields(values[0], f"{prefix}*.", values[1])
            return
        for name, subschema, sub_refs in self._properties(schema, refs):
            path = f"{prefix}{name}"
            yield path, _is_deprecated(subschema)
            yield from self._body_fields(subschema, f"{path}.", sub_refs)


# ---------------------------------------------------------------------------
# Diffing all versions
# ---------------------------------------------------------------------------


def diff_versions(spec_docs: Mapping[str, Mapping[str, Any]]) -> dict[Key, VersionInfo]:
    """The table derived from the specs alone, keyed by newest operation name."""
    if not spec_docs:
        raise VersionTableError("no spec documents given")
    versions = sorted(spec_docs, key=_version_key)
    # route -> kind/name -> version -> deprecated marker
    seen: dict[Route, dict[tuple[str, str], dict[str, bool]]] = {}
    route_names: dict[Route, str] = {}
    for version in versions:
        reader = _SpecReader(spec_docs[version])
        for route, operation_id, operation in reader.routes():
            route_names[route] = operation_id  # later versions win: the newest name
            observed = seen.setdefault(route, {})
            for kind, name, deprecated in reader.entries(operation):
                marks = observed.setdefault((kind, name), {})
                marks[version] = marks.get(version, False) or deprecated
    _check_unique_names(route_names)

    table: dict[Key, VersionInfo] = {}
    for route, observed in seen.items():
        for (kind, name), marks in observed.items():
            table[Key(route_names[route], kind, name)] = _summarise(marks, versions)
    return dict(sorted(table.items()))


def _check_unique_names(route_names: Mapping[Route, str]) -> None:
    routes_by_name: dict[str, list[Route]] = {}
    for route, name in route_names.items():
        routes_by_name.setdefault(name, []).append(route)
    clashes = {name: routes for name, routes in routes_by_name.items() if len(routes) > 1}
    if clashes:
        raise VersionTableError(f"one operationId names several routes: {clashes}")


def _summarise(marks: Mapping[str, bool], versions: list[str]) -> VersionInfo:
    present = [version for version in versions if version in marks]
    last = present[-1]
    removed = None if last == versions[-1] else versions[versions.index(last) + 1]
    # Deprecated since the start of the run of marked versions that reaches the last
    # documented one; a marker that later disappeared is not a deprecation.
    deprecated = None
    for version in reversed(present):
        if not marks[version]:
            break
        deprecated = version
    return VersionInfo(since=present[0], deprecated=deprecated, removed=removed)


# ---------------------------------------------------------------------------
# Reviewed overrides
# ---------------------------------------------------------------------------

_TARGET_FIELDS = ("query", "header", "body")
_VALUE_FIELDS = ("since", "deprecated", "removed")
_OVERRIDE_FIELDS = frozenset({"operation", *_TARGET_FIELDS, *_VALUE_FIELDS, "drop", "reason"})


@dataclass(frozen=True)
class Override:
    """One reviewed correction: new values for an entry, or ``drop`` for a spec typo."""

    key: Key
    values: Mapping[str, str | None]
    drop: bool
    reason: str


def load_overrides(path: Path) -> list[Override]:
    """Parse and validate the overrides file (shape only; targets are checked on merge)."""
    document = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER) or {}
    raw_entries = document.get("overrides")
    if not isinstance(raw_entries, list):
        raise VersionTableError(f"{path}: expected a top-level 'overrides' list")
    return [_parse_override(raw, f"{path.name} entry {n}") for n, raw in enumerate(raw_entries, 1)]


def _parse_override(raw: Any, where: str) -> Override:
    if not isinstance(raw, dict):
        raise VersionTableError(f"{where}: expected a mapping")
    unknown = set(raw) - _OVERRIDE_FIELDS
    if unknown:
        raise VersionTableError(f"{where}: unknown fields {sorted(unknown)}")
    operation = raw.get("operation")
    if not isinstance(operation, str) or not operation:
        raise VersionTableError(f"{where}: 'operation' is required")
    targets = [field for field in _TARGET_FIELDS if field in raw]
    if len(targets) > 1:
        raise VersionTableError(f"{where}: name at most one of {', '.join(_TARGET_FIELDS)}")
    kind = targets[0] if targets else "operation"
    name = str(raw[kind]) if targets else ""
    values = {field: raw[field] for field in _VALUE_FIELDS if field in raw}
    drop = raw.get("drop", False)
    if drop not in (True, False):
        raise VersionTableError(f"{where}: 'drop' must be true or false")
    if drop == bool(values):
        raise VersionTableError(
            f"{where}: give either 'drop: true' or new {'/'.join(_VALUE_FIELDS)}"
        )
    for field, value in values.items():
        if value is None and field != "since":
            continue  # clearing deprecated/removed is allowed
        if not isinstance(value, str) or not _VERSION_PATTERN.match(value):
            raise VersionTableError(f'{where}: {field} must be a quoted version like "1.41"')
    reason = raw.get("reason")
    if not isinstance(reason, str) or "CHANGELOG" not in reason:
        raise VersionTableError(f"{where}: 'reason' must cite the CHANGELOG")
    return Override(Key(operation, kind, name), values, bool(drop), " ".join(reason.split()))


def _is_inside(key: Key, parent: Key) -> bool:
    """Whether ``key`` belongs to ``parent``: a parameter/field of an operation, a nested field."""
    if key.operation != parent.operation or key == parent:
        return False
    if parent.kind == "operation":
        return True
    return parent.kind == "body" and key.kind == "body" and key.name.startswith(f"{parent.name}.")


def apply_overrides(
    table: Mapping[Key, VersionInfo], overrides: list[Override], versions: list[str]
) -> dict[Key, VersionInfo]:
    """The table with every override applied; each must hit an entry and change it.

    Moving an entry's "since" also moves what the specs introduced together with
    it (entries inside it with the same "since"): when an endpoint is documented a
    version late, so are all its parameters.
    """
    merged = dict(table)
    known = set(versions)
    for override in overrides:
        target = override.key.describe()
        current = merged.get(override.key)
        if current is None:
            raise VersionTableError(f"override targets {target!r}, which no spec documents")
        if override.drop:
            for key in [
                key for key in merged if key == override.key or _is_inside(key, override.key)
            ]:
                del merged[key]
            continue
        for value in override.values.values():
            if value is not None and value not in known:
                raise VersionTableError(f"override for {target!r}: {value} is not a known version")
        values = override.values
        updated = VersionInfo(
            since=values.get("since") or current.since,
            deprecated=values.get("deprecated", current.deprecated),
            removed=values.get("removed", current.removed),
        )
        if updated == current:
            # The specs now say the same: the override is stale and must go.
            raise VersionTableError(f"override for {target!r} changes nothing; remove it")
        merged[override.key] = updated
        if updated.since != current.since:
            for key, info in merged.items():
                if _is_inside(key, override.key) and info.since == current.since:
                    merged[key] = replace(info, since=updated.since)
    _check_nesting(merged)
    return dict(sorted(merged.items()))


def _check_nesting(table: Mapping[Key, VersionInfo]) -> None:
    """No parameter or field may predate what contains it (an override went too far)."""
    for key, info in table.items():
        parents = [Key(key.operation, "operation")]
        if key.kind == "body":
            segments = key.name.split(".")
            parents += [
                Key(key.operation, "body", ".".join(segments[:n])) for n in range(1, len(segments))
            ]
        for parent in parents:
            outer = table.get(parent)
            if outer is not None and _version_key(info.since) < _version_key(outer.since):
                raise VersionTableError(
                    f"{key.describe()!r} (since {info.since}) predates {parent.describe()!r} "
                    f"(since {outer.since}); override both"
                )


# ---------------------------------------------------------------------------
# The generated module
# ---------------------------------------------------------------------------

_MODULE_HEADER = '''\
# Generated by scripts/specbuild/versiontable.py from the Engine API specs
# {oldest} ... {newest} and spec/version-overrides.yaml. Do not edit by hand.
"""Which Engine API version introduced, deprecated or removed each part of the API.

Entries cover every operation (named by its operationId), its query and header
parameters and its request-body fields (dotted paths; list items are
transparent, the values of maps keyed by user data are under "*"). "since" is the first version
whose spec documents the entry, corrected against the upstream CHANGELOG.
Each operation's rows are parsed on its first query; importing this module is cheap.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType

__all__ = [
    "NEWEST",
    "OLDEST",
    "body_fields",
    "deprecated",
    "entries",
    "operations",
    "removed",
    "since",
]

OLDEST = "{oldest}"
NEWEST = "{newest}"

# "@Operation since deprecated removed" starts an operation; the lines after it are
# "kind name since deprecated removed" with kind q (query), h (header) or b (body).
# "-" means not deprecated / not removed.
_TABLE = """\\
'''

_MODULE_FOOTER = '''\
"""

_Info = tuple[str, str | None, str | None]
_KIND_NAMES = {"q": "query", "h": "header", "b": "body"}


class _Operation:
    __slots__ = ("body_since", "entries", "info", "rows")

    def __init__(self, info: _Info) -> None:
        self.info = info
        self.entries: dict[tuple[str, str], _Info] = {}
        self.body_since: Mapping[str, str] = MappingProxyType({})
        # As listed, names as the spec spells them (for tools that enumerate).
        self.rows: list[tuple[str, str, str, str | None, str | None]] = []


#: Operations parsed so far (None: not in the table). The table has thousands of lines
#: and a program uses few operations: each is parsed on its first query.
_parsed: dict[str, _Operation | None] = {}


def _optional(token: str) -> str | None:
    return None if token == "-" else token


def _parse(block: str) -> _Operation:
    """One operation's lines: its "@" line, then its entries."""
    lines = block.splitlines()
    fields = lines[0].split()
    operation = _Operation((fields[1], _optional(fields[2]), _optional(fields[3])))
    for line in lines[1:]:
        fields = line.split()
        kind, name = fields[0], fields[1]
        # Header names are case-insensitive on the wire.
        key = name.lower() if kind == "h" else name
        info = (fields[2], _optional(fields[3]), _optional(fields[4]))
        operation.entries[kind, key] = info
        operation.rows.append((_KIND_NAMES[kind], name, *info))
    operation.body_since = MappingProxyType(
        {name: info[0] for (kind, name), info in operation.entries.items() if kind == "b"}
    )
    return operation


def _find(name: str) -> _Operation | None:
    try:
        return _parsed[name]
    except KeyError:
        pass
    head = f"@{name} "
    start = 0 if _TABLE.startswith(head) else _TABLE.find("\\n" + head) + 1
    found = None
    if start > 0 or _TABLE.startswith(head):
        end = _TABLE.find("\\n@", start)
        found = _parse(_TABLE[start : end if end >= 0 else len(_TABLE)])
    _parsed[name] = found  # idempotent, so a race only parses it twice
    return found


def _lookup(
    operation: str, query: str | None, header: str | None, body: str | None
) -> _Info | None:
    named = (("q", query), ("h", header), ("b", body))
    targets = [(kind, name) for kind, name in named if name is not None]
    if len(targets) > 1:
        raise TypeError("pass at most one of query=, header=, body=")
    entry = _find(operation)
    if entry is None:
        return None
    if not targets:
        return entry.info
    kind, name = targets[0]
    return entry.entries.get((kind, name.lower() if kind == "h" else name))


def since(
    operation: str, *, query: str | None = None, header: str | None = None, body: str | None = None
) -> str | None:
    """First API version documenting the operation or one of its parameters/body fields.

    None when the table does not know it.
    """
    info = _lookup(operation, query, header, body)
    return None if info is None else info[0]


def deprecated(
    operation: str, *, query: str | None = None, header: str | None = None, body: str | None = None
) -> str | None:
    """API version from which the entry is documented as deprecated, or None."""
    info = _lookup(operation, query, header, body)
    return None if info is None else info[1]


def removed(
    operation: str, *, query: str | None = None, header: str | None = None, body: str | None = None
) -> str | None:
    """First API version that no longer has the entry, or None while it exists."""
    info = _lookup(operation, query, header, body)
    return None if info is None else info[2]


def body_fields(operation: str) -> Mapping[str, str]:
    """Request-body field paths of an operation mapped to their "since" version (read-only)."""
    entry = _find(operation)
    return MappingProxyType({}) if entry is None else entry.body_since


def operations() -> Iterable[str]:
    """Every operationId in the table, sorted."""
    return tuple(line.split(None, 1)[0][1:] for line in _TABLE.splitlines() if line[0] == "@")


def entries(operation: str) -> tuple[tuple[str, str, str, str | None, str | None], ...]:
    """Every query parameter, header and body field of an operation, as
    (kind, name, since, deprecated, removed) with kind "query", "header" or "body";
    empty when the table does not know the operation."""
    entry = _find(operation)
    return () if entry is None else tuple(entry.rows)
'''


def _token(version: str | None) -> str:
    return "-" if version is None else version


def _render_rows(table: Mapping[Key, VersionInfo]) -> Iterator[str]:
    by_operation: dict[str, list[tuple[Key, VersionInfo]]] = {}
    for key, info in table.items():
        by_operation.setdefault(key.operation, []).append((key, info))
    for operation in sorted(by_operation):
        rows = sorted(
            by_operation[operation], key=lambda row: (_KINDS.index(row[0].kind), row[0].name)
        )
        own = [info for key, info in rows if key.kind == "operation"]
        if len(own) != 1:
            raise VersionTableError(f"{operation}: no operation entry")
        info = own[0]
        yield f"@{operation} {info.since} {_token(info.deprecated)} {_token(info.removed)}"
        for key, info in rows:
            if key.kind == "operation":
                continue
            if not key.name or any(ch.isspace() or ch in '"\\' for ch in key.name):
                raise VersionTableError(f"{key.describe()!r}: name cannot be written to the table")
            yield (
                f"{_KIND_TOKENS[key.kind]} {key.name} {info.since} "
                f"{_token(info.deprecated)} {_token(info.removed)}"
            )


def render_module(table: Mapping[Key, VersionInfo], versions: list[str]) -> str:
    """The source of ``_versions.py`` for a merged table (deterministic)."""
    header = _MODULE_HEADER.format(oldest=versions[0], newest=versions[-1])
    return header + "".join(f"{row}\n" for row in _render_rows(table)) + _MODULE_FOOTER


def write_version_module(
    spec_docs: dict[str, dict[str, Any]],
    out_path: Path,
    overrides_path: Path = DEFAULT_OVERRIDES_PATH,
) -> None:
    """Diff ``spec_docs`` (version -> raw upstream YAML), merge the overrides, write the module."""
    versions = sorted(spec_docs, key=_version_key)
    table = apply_overrides(diff_versions(spec_docs), load_overrides(overrides_path), versions)
    source = render_module(table, versions)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    # Bytes, so the platform's newline convention cannot change the output.
    out_path.write_bytes(source.encode("utf-8"))


def _load_spec_dir(spec_dir: Path) -> dict[str, dict[str, Any]]:
    spec_docs: dict[str, dict[str, Any]] = {}
    for path in sorted(spec_dir.glob("v1.*.yaml")):
        with path.open("rb") as stream:
            spec_docs[path.stem[1:]] = yaml.load(stream, Loader=_YAML_LOADER)  # a safe loader
    if not spec_docs:
        raise VersionTableError(f"no v1.XX.yaml files in {spec_dir}")
    return spec_docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--spec-dir",
        type=Path,
        required=True,
        help="directory with v1.XX.yaml (swagger.yaml is ignored)",
    )
    parser.add_argument("--out", type=Path, required=True, help="the _versions.py to write")
    parser.add_argument("--overrides", type=Path, default=DEFAULT_OVERRIDES_PATH)
    args = parser.parse_args(argv)
    try:
        write_version_module(_load_spec_dir(args.spec_dir), args.out, args.overrides)
    except VersionTableError as error:
        print(f"versiontable: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
