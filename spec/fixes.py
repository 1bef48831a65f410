"""Docker-specific fix passes applied to an upstream Swagger 2.0 spec before conversion.

Each pass is a small named function that edits the spec in place and returns
how many places it changed. A pass that changes nothing raises ``FixNotNeeded``:
upstream fixed (or renamed) what it was written for, so the pass must be
reviewed rather than silently kept. A pass declares the API versions it applies
to (``first``/``last``, inclusive) when the problem only exists in some of them.

``apply_fixes(spec, version)`` returns a fixed deep copy; the input is untouched.
The one-line summary of every pass (its docstring's first line) is listed in
docs/regenerating.md.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

__all__ = [
    "PASSES",
    "FixError",
    "FixNotNeeded",
    "FixPass",
    "apply_fixes",
    "passes_for",
]

Spec = dict[str, Any]
Schema = dict[str, Any]


class FixError(RuntimeError):
    """The spec does not look the way a fix pass expects: review the pass."""


class FixNotNeeded(FixError):
    """A fix pass found nothing to fix in a version it claims to apply to."""


@dataclass(frozen=True)
class FixPass:
    """A registered fix pass and the inclusive range of API versions it applies to."""

    name: str
    run: Callable[[Spec], int]
    first: str | None = None
    last: str | None = None

    @property
    def summary(self) -> str:
        return (self.run.__doc__ or "").strip().splitlines()[0]

    def applies_to(self, version: str) -> bool:
        key = _version_key(version)
        if self.first is not None and key < _version_key(self.first):
            return False
        return not (self.last is not None and key > _version_key(self.last))


PASSES: list[FixPass] = []


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def fix_pass(
    first: str | None = None, last: str | None = None
) -> Callable[[Callable[[Spec], int]], Callable[[Spec], int]]:
    """Register a pass; passes run in registration order."""

    def register(run: Callable[[Spec], int]) -> Callable[[Spec], int]:
        PASSES.append(FixPass(run.__name__, run, first, last))
        return run

    return register


def passes_for(version: str) -> list[FixPass]:
    """The passes that apply to one API version, in the order they run."""
    return [p for p in PASSES if p.applies_to(version)]


def apply_fixes(spec: Spec, version: str) -> Spec:
    """Return a fixed deep copy of ``spec`` (API ``version``); raises when a pass is stale."""
    fixed = copy.deepcopy(spec)
    for fix in passes_for(version):
        if fix.run(fixed) == 0:
            raise FixNotNeeded(f"fix pass {fix.name!r} found nothing to fix in API {version}")
    return fixed


# -- walking helpers ---------------------------------------------------------------------------

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")


def _operations(spec: Spec) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in HTTP_METHODS:
                yield path, method, op


def _operation(spec: Spec, method: str, path: str) -> dict[str, Any]:
    try:
        op: dict[str, Any] = spec["paths"][path][method]
    except KeyError:
        raise FixError(f"{method.upper()} {path} is not in the spec") from None
    return op


def _schemas(schema: Any) -> Iterator[Schema]:
    """Every schema object nested in ``schema`` (itself included), depth first."""
    if not isinstance(schema, dict):
        return
    yield schema
    for prop in (schema.get("properties") or {}).values():
        yield from _schemas(prop)
    yield from _schemas(schema.get("items"))
    additional = schema.get("additionalProperties")
    if isinstance(additional, dict):
        yield from _schemas(additional)
    for part in schema.get("allOf") or ():
        yield from _schemas(part)


def _all_schemas(spec: Spec) -> Iterator[Schema]:
    """Every schema in definitions, parameters and responses."""
    for definition in (spec.get("definitions") or {}).values():
        yield from _schemas(definition)
    for _path, _method, op in _operations(spec):
        for param in op.get("parameters") or ():
            yield from _schemas(param.get("schema"))
            yield from _schemas(param.get("items"))
        for response in (op.get("responses") or {}).values():
            yield from _schemas(response.get("schema"))


def _is_map(schema: Schema) -> bool:
    return (
        schema.get("type") == "object"
        and "properties" not in schema
        and isinstance(schema.get("additionalProperties"), dict)
    )


def _binary() -> Schema:
    return {"type": "string", "format": "binary"}


# -- the passes --------------------------------------------------------------------------------


@fix_pass()
def empty_object_map_values(spec: Spec) -> int:
    """ExposedPorts/Volumes maps to `{}`: drop the `enum: [{}]` the generator cannot express (and fix the old misspelt map)."""
    changed = 0
    for schema in list(_all_schemas(spec)):
        # API <= 1.36 misspells the map as a property named "additionalProperties"
        properties = schema.get("properties")
        if isinstance(properties, dict) and set(properties) == {"additionalProperties"}:
            schema["additionalProperties"] = schema.pop("properties")["additionalProperties"]
        value = schema.get("additionalProperties")
        if isinstance(value, dict) and value.get("type") == "object" and value.get("enum") == [{}]:
            value.pop("enum")
            value.pop("default", None)
            changed += 1
    return changed


@fix_pass(first="1.52")
def flatten_network_allof(spec: Spec) -> int:
    """NetworkSummary/NetworkInspect: inline the `allOf: [Network]` (one-member alias; siblings were dropped)."""
    definitions = spec["definitions"]
    changed = 0
    for name, definition in definitions.items():
        parts = definition.get("allOf")
        if not parts or (len(parts) > 1 and "properties" not in definition):
            continue  # a proper composition (HostConfig, Swarm) that the generator handles
        properties: dict[str, Any] = {}
        for part in parts:
            ref = part.get("$ref", "")
            if set(part) != {"$ref"} or not ref.startswith("#/definitions/"):
                raise FixError(f"{name}: unexpected allOf member {part!r}")
            base = definitions[ref.removeprefix("#/definitions/")]
            properties.update(copy.deepcopy(base.get("properties") or {}))
        properties.update(definition.get("properties") or {})
        definition.pop("allOf")
        definition["type"] = "object"
        definition["properties"] = properties
        changed += 1
    return changed


@fix_pass(first="1.32")
def flatten_nullable_allof(spec: Spec) -> int:
    """Swarm: inline its `allOf` (the generator skips a member that is `x-nullable`, ClusterInfo, keeping only JoinTokens)."""
    definitions = spec["definitions"]
    changed = 0
    for name, definition in definitions.items():
        parts = definition.get("allOf") or []
        targets = [definitions.get(p.get("$ref", "").removeprefix("#/definitions/")) for p in parts]
        if not any(target and target.get("x-nullable") for target in targets):
            continue
        properties: dict[str, Any] = {}
        for part, target in zip(parts, targets, strict=True):
            if target is None and "$ref" in part:
                raise FixError(f"{name}: allOf member {part!r} names no definition")
            source = target if target is not None else part
            properties.update(copy.deepcopy(source.get("properties") or {}))
        properties.update(definition.get("properties") or {})
        definition.pop("allOf")
        definition["type"] = "object"
        definition["properties"] = properties
        changed += 1
    return changed


# (definition, property) -> the definition its items/values are; upstream only names the Go type.
_GO_TYPED_ITEMS = {
    ("ImagesDiskUsage", "Items"): "ImageSummary",
    ("ContainersDiskUsage", "Items"): "ContainerSummary",
    ("VolumesDiskUsage", "Items"): "Volume",
    ("BuildCacheDiskUsage", "Items"): "BuildCache",
    ("NetworkInspect", "Services"): "ServiceInfo",
}


@fix_pass(first="1.52")
def x_go_type_items(spec: Spec) -> int:
    """Items/values typed only by `x-go-type` (disk usage lists, network services) -> `$ref` to the definition."""
    changed = 0
    for name, definition in spec["definitions"].items():
        for prop_name, prop in (definition.get("properties") or {}).items():
            for key in ("items", "additionalProperties"):
                inner = prop.get(key)
                if not isinstance(inner, dict) or "x-go-type" not in inner:
                    continue
                if "type" in inner or "$ref" in inner:
                    continue  # the Go type is only a hint next to a real schema
                target = _GO_TYPED_ITEMS.get((name, prop_name))
                if target is None or target not in spec["definitions"]:
                    raise FixError(
                        f"{name}.{prop_name}: x-go-type {inner['x-go-type']!r} has no mapping"
                    )
                prop[key] = {"$ref": f"#/definitions/{target}"}
                changed += 1
    return changed


@fix_pass()
def null_tolerant_properties(spec: Spec) -> int:
    """Array, map and object properties accept `null` (Go encodes nil slices, maps and pointers as null)."""
    definitions = spec["definitions"]

    def may_be_null(schema: Schema) -> bool:
        ref = schema.get("$ref")
        if ref is not None:
            schema = definitions.get(ref.removeprefix("#/definitions/"), {})
        kind = schema.get("type")
        return kind in ("array", "object") or "properties" in schema or "allOf" in schema

    changed = 0
    for schema in _all_schemas(spec):
        for prop in (schema.get("properties") or {}).values():
            if may_be_null(prop) and prop.get("x-nullable") is not True:
                prop["x-nullable"] = True
                changed += 1
    return changed


@fix_pass()
def events_stream(spec: Spec) -> int:
    """GET /events streams JSON lines of EventMessage, not one object: make the 200 body binary."""
    response = _operation(spec, "get", "/events")["responses"][200]
    if response.get("schema") == _binary():
        return 0
    response["schema"] = _binary()
    return 1


@fix_pass()
def stats_stream(spec: Spec) -> int:
    """GET /containers/{id}/stats streams (stream=true is the default): make the 200 body binary."""
    response = _operation(spec, "get", "/containers/{id}/stats")["responses"][200]
    if response.get("schema") == _binary():
        return 0
    response["schema"] = _binary()
    return 1


@fix_pass()
def image_create_binary_body(spec: Spec) -> int:
    """POST /images/create body `inputImage` (an image tarball) is binary, not a text string."""
    changed = 0
    for param in _operation(spec, "post", "/images/create").get("parameters") or ():
        schema = param.get("schema") or {}
        if param["in"] == "body" and schema.get("type") == "string" and "format" not in schema:
            schema["format"] = "binary"
            changed += 1
    return changed


# Query arrays declared comma-separated (the Swagger 2.0 default) that the daemon reads as repeated keys.
_REPEATED_KEY_ARRAYS = {"changes", "names", "platforms"}


@fix_pass()
def repeated_key_query_arrays(spec: Spec) -> int:
    """`changes`, `names`, `platforms` query arrays are repeated keys (`multi`), not comma-separated."""
    changed = 0
    for path, method, op in _operations(spec):
        for param in op.get("parameters") or ():
            if param["in"] != "query" or param.get("type") != "array":
                continue
            if param.get("collectionFormat", "csv") != "csv":
                continue
            if param["name"] not in _REPEATED_KEY_ARRAYS:
                raise FixError(
                    f"{method.upper()} {path}: comma-separated array {param['name']!r}; check how the daemon reads it"
                )
            param["collectionFormat"] = "multi"
            changed += 1
    return changed


@fix_pass()
def put_archive_booleans(spec: Spec) -> int:
    """PUT /containers/{id}/archive `noOverwriteDirNonDir`/`copyUIDGID` are booleans typed as strings."""
    changed = 0
    for param in _operation(spec, "put", "/containers/{id}/archive").get("parameters") or ():
        if (
            param["name"] in ("noOverwriteDirNonDir", "copyUIDGID")
            and param.get("type") == "string"
        ):
            param["type"] = "boolean"
            changed += 1
    return changed


@fix_pass()
def head_without_bodies(spec: Spec) -> int:
    """HEAD responses never carry a body: drop the schemas (a 404 crashed parsing an empty body)."""
    changed = 0
    for _path, method, op in _operations(spec):
        if method != "head":
            continue
        for response in (op.get("responses") or {}).values():
            if response.pop("schema", None) is not None:
                changed += 1
    return changed


# Media types of raw byte responses (archives, tarballs, log streams).
_BYTE_STREAM_TYPES = {
    "application/x-tar",
    "application/octet-stream",
    "application/vnd.docker.raw-stream",
    "application/vnd.docker.multiplexed-stream",
}


@fix_pass()
def binary_downloads(spec: Spec) -> int:
    """Success bodies of archive/export/save/logs operations are bytes: declare `format: binary`."""
    changed = 0
    for _path, method, op in _operations(spec):
        produces = set(op.get("produces") or ())
        if method == "head" or not produces or not produces <= _BYTE_STREAM_TYPES:
            continue
        for status, response in op["responses"].items():
            if not 200 <= int(status) < 300 or response.get("schema") == _binary():
                continue
            schema = response.get("schema")
            if schema is None and int(status) != 200:
                continue  # 101/204-style answers without a body
            if schema is not None and schema.get("type") != "string":
                raise FixError(
                    f"{method.upper()} {_path} {status}: unexpected byte-stream schema {schema!r}"
                )
            response["schema"] = _binary()
            changed += 1
    return changed


def _note_default(holder: dict[str, Any], default: Any) -> None:
    note = f"Daemon default: `{json.dumps(default)}` (sent only when set)."
    description = (holder.get("description") or "").rstrip()
    holder["description"] = f"{description}\n\n{note}" if description else note


@fix_pass()
def unset_spec_defaults(spec: Spec) -> int:
    """Spec defaults become documentation: parameters and model fields default to UNSET and are sent only when set."""
    changed = 0
    for _path, _method, op in _operations(spec):
        for param in op.get("parameters") or ():
            if param["in"] in ("query", "header") and "default" in param:
                _note_default(param, param.pop("default"))
                changed += 1
    for schema in _all_schemas(spec):
        for prop in (schema.get("properties") or {}).values():
            if "default" in prop:
                _note_default(prop, prop.pop("default"))
                changed += 1
        for key in ("items", "additionalProperties"):
            inner = schema.get(key)
            if isinstance(inner, dict) and "default" in inner:
                inner.pop("default")
                changed += 1
    return changed


_REGISTRY_AUTH = "X-Registry-Auth"
# Operations whose daemon handler reads X-Registry-Auth although the spec does not declare it.
_UNDECLARED_REGISTRY_AUTH = (("get", "/distribution/{name}/json"), ("post", "/plugins/{name}/push"))


@fix_pass()
def registry_auth_headers(spec: Spec) -> int:
    """X-Registry-Auth is optional (the client sends an anonymous `{}` when it has no credentials) and declared where the daemon reads it: distribution inspect, plugin push."""
    changed = 0
    for _path, _method, op in _operations(spec):
        for param in op.get("parameters") or ():
            if (
                param["in"] == "header"
                and param["name"] == _REGISTRY_AUTH
                and param.get("required")
            ):
                param["required"] = False
                changed += 1
    for method, path in _UNDECLARED_REGISTRY_AUTH:
        op = spec["paths"].get(path, {}).get(method)
        if op is None:
            continue  # an API version before the operation existed
        params = op.setdefault("parameters", [])
        if any(p["in"] == "header" and p["name"] == _REGISTRY_AUTH for p in params):
            continue
        params.append(
            {
                "name": _REGISTRY_AUTH,
                "in": "header",
                "type": "string",
                "required": False,
                "description": "A base64url-encoded auth configuration (JSON), as for image push.",
            }
        )
        changed += 1
    return changed
