"""spec/fixes.py: each pass on a small crafted spec, its loud failure when there is nothing to
fix, and (when the upstream specs are available) every pass on every manifest version."""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from specbuild import pipeline, sources

fixes = pipeline.load_fixes()


def spec(
    paths: dict[str, Any] | None = None, definitions: dict[str, Any] | None = None
) -> dict[str, Any]:
    return {"swagger": "2.0", "paths": paths or {}, "definitions": definitions or {}}


def run(name: str, document: dict[str, Any]) -> int:
    changed: int = getattr(fixes, name)(document)
    return changed


def test_passes_are_registered_with_summaries() -> None:
    names = [p.name for p in fixes.PASSES]
    assert len(names) == len(set(names)) == 14
    assert all(p.summary for p in fixes.PASSES)
    assert [p.name for p in fixes.passes_for("1.25")] == [
        n
        for n in names
        if n not in ("flatten_network_allof", "flatten_nullable_allof", "x_go_type_items")
    ]
    assert names == [p.name for p in fixes.passes_for("1.55")]


def test_apply_fixes_raises_when_a_pass_finds_nothing_and_copies_the_input() -> None:
    document = spec(
        paths={
            "/events": {
                "get": {"responses": {200: {"schema": {"type": "string", "format": "binary"}}}}
            }
        }
    )
    before = copy.deepcopy(document)
    with pytest.raises(fixes.FixNotNeeded, match=r"found nothing to fix in API 1\.55"):
        fixes.apply_fixes(document, "1.55")
    assert document == before


def test_empty_object_map_values() -> None:
    document = spec(
        definitions={
            "Config": {
                "type": "object",
                "properties": {
                    "ExposedPorts": {
                        "type": "object",
                        "additionalProperties": {"type": "object", "enum": [{}], "default": {}},
                    }
                },
            }
        }
    )
    assert run("empty_object_map_values", document) == 1
    assert document["definitions"]["Config"]["properties"]["ExposedPorts"][
        "additionalProperties"
    ] == {"type": "object"}
    assert run("empty_object_map_values", document) == 0


def test_flatten_nullable_allof() -> None:
    document = spec(
        definitions={
            "ClusterInfo": {
                "x-nullable": True,
                "type": "object",
                "properties": {"ID": {"type": "string"}},
            },
            "JoinTokens": {"type": "object", "properties": {"Worker": {"type": "string"}}},
            "Swarm": {
                "type": "object",
                "allOf": [
                    {"$ref": "#/definitions/ClusterInfo"},
                    {
                        "type": "object",
                        "properties": {"JoinTokens": {"$ref": "#/definitions/JoinTokens"}},
                    },
                ],
            },
            "HostConfig": {
                "allOf": [
                    {"$ref": "#/definitions/JoinTokens"},
                    {"type": "object", "properties": {"X": {"type": "string"}}},
                ]
            },
        }
    )
    assert run("flatten_nullable_allof", document) == 1
    defs = document["definitions"]
    assert defs["Swarm"] == {
        "type": "object",
        "properties": {
            "ID": {"type": "string"},
            "JoinTokens": {"$ref": "#/definitions/JoinTokens"},
        },
    }
    assert "allOf" in defs["HostConfig"]  # no nullable member: the generator handles it
    assert run("flatten_nullable_allof", document) == 0
    bad = spec(
        definitions={
            "C": {"x-nullable": True, "type": "object"},
            "S": {"allOf": [{"$ref": "#/definitions/C"}, {"$ref": "#/definitions/Gone"}]},
        }
    )
    with pytest.raises(fixes.FixError):
        run("flatten_nullable_allof", bad)


def test_flatten_network_allof() -> None:
    document = spec(
        definitions={
            "Network": {"type": "object", "properties": {"Name": {"type": "string"}}},
            "NetworkSummary": {"type": "object", "allOf": [{"$ref": "#/definitions/Network"}]},
            "NetworkInspect": {
                "allOf": [{"$ref": "#/definitions/Network"}],
                "properties": {"Containers": {"type": "object"}},
            },
            "HostConfig": {
                "allOf": [
                    {"$ref": "#/definitions/Network"},
                    {"type": "object", "properties": {"X": {"type": "string"}}},
                ]
            },
        }
    )
    assert run("flatten_network_allof", document) == 2
    defs = document["definitions"]
    assert defs["NetworkSummary"] == {"type": "object", "properties": {"Name": {"type": "string"}}}
    assert set(defs["NetworkInspect"]["properties"]) == {"Name", "Containers"}
    assert "allOf" in defs["HostConfig"]  # a real composition is left alone
    bad = spec(definitions={"N": {"allOf": [{"type": "object"}]}})
    with pytest.raises(fixes.FixError):
        run("flatten_network_allof", bad)


def test_x_go_type_items() -> None:
    document = spec(
        definitions={
            "ImageSummary": {"type": "object"},
            "ImagesDiskUsage": {
                "type": "object",
                "properties": {
                    "Items": {"type": "array", "items": {"x-go-type": {"type": "Summary"}}}
                },
            },
            "Other": {
                "type": "object",
                "properties": {
                    "IP": {
                        "type": "array",
                        "items": {"type": "string", "x-go-type": {"type": "Addr"}},
                    }
                },
            },
        }
    )
    assert run("x_go_type_items", document) == 1
    assert document["definitions"]["ImagesDiskUsage"]["properties"]["Items"]["items"] == {
        "$ref": "#/definitions/ImageSummary"
    }
    unknown = spec(
        definitions={
            "New": {
                "type": "object",
                "properties": {
                    "Items": {"type": "array", "items": {"x-go-type": {"type": "Thing"}}}
                },
            }
        }
    )
    with pytest.raises(fixes.FixError, match="no mapping"):
        run("x_go_type_items", unknown)


def test_null_tolerant_properties() -> None:
    document = spec(
        definitions={
            "Labels": {"type": "object", "additionalProperties": {"type": "string"}},
            "Summary": {
                "type": "object",
                "properties": {
                    "Names": {"type": "array", "items": {"type": "string"}},
                    "Labels": {"$ref": "#/definitions/Labels"},
                    "Inline": {"type": "object", "properties": {"A": {"type": "string"}}},
                    "Name": {"type": "string"},
                    "Already": {"type": "array", "x-nullable": True},
                },
            },
        }
    )
    assert run("null_tolerant_properties", document) == 3
    props = document["definitions"]["Summary"]["properties"]
    assert all(props[k].get("x-nullable") is True for k in ("Names", "Labels", "Inline", "Already"))
    assert "x-nullable" not in props["Name"]


def binary() -> dict[str, str]:
    return {"type": "string", "format": "binary"}


@pytest.mark.parametrize(
    ("name", "path"), [("events_stream", "/events"), ("stats_stream", "/containers/{id}/stats")]
)
def test_streams_become_binary(name: str, path: str) -> None:
    document = spec(
        paths={
            path: {"get": {"responses": {200: {"schema": {"$ref": "#/definitions/EventMessage"}}}}}
        }
    )
    assert run(name, document) == 1
    assert document["paths"][path]["get"]["responses"][200]["schema"] == binary()
    assert run(name, document) == 0
    with pytest.raises(fixes.FixError, match="not in the spec"):
        run(name, spec())


def test_image_create_binary_body() -> None:
    document = spec(
        paths={
            "/images/create": {
                "post": {
                    "parameters": [
                        {"name": "inputImage", "in": "body", "schema": {"type": "string"}}
                    ]
                }
            }
        }
    )
    assert run("image_create_binary_body", document) == 1
    assert document["paths"]["/images/create"]["post"]["parameters"][0]["schema"] == binary()


def test_repeated_key_query_arrays() -> None:
    params = [
        {"name": "changes", "in": "query", "type": "array", "items": {"type": "string"}},
        {"name": "platform", "in": "query", "type": "array", "collectionFormat": "multi"},
    ]
    document = spec(paths={"/images/create": {"post": {"parameters": params}}})
    assert run("repeated_key_query_arrays", document) == 1
    assert params[0]["collectionFormat"] == "multi"
    odd = spec(
        paths={"/x": {"get": {"parameters": [{"name": "ids", "in": "query", "type": "array"}]}}}
    )
    with pytest.raises(fixes.FixError, match="check how the daemon reads it"):
        run("repeated_key_query_arrays", odd)


def test_put_archive_booleans() -> None:
    params = [
        {"name": "path", "in": "query", "type": "string"},
        {"name": "noOverwriteDirNonDir", "in": "query", "type": "string"},
        {"name": "copyUIDGID", "in": "query", "type": "string"},
    ]
    document = spec(paths={"/containers/{id}/archive": {"put": {"parameters": params}}})
    assert run("put_archive_booleans", document) == 2
    assert [p["type"] for p in params] == ["string", "boolean", "boolean"]


def test_head_without_bodies() -> None:
    document = spec(
        paths={
            "/_ping": {
                "head": {
                    "responses": {
                        200: {"schema": {"type": "string"}},
                        500: {"schema": {"$ref": "#/definitions/ErrorResponse"}},
                    }
                },
                "get": {"responses": {200: {"schema": {"type": "string"}}}},
            }
        }
    )
    assert run("head_without_bodies", document) == 2
    assert document["paths"]["/_ping"]["get"]["responses"][200]["schema"] == {"type": "string"}


def test_binary_downloads() -> None:
    document = spec(
        paths={
            "/containers/{id}/export": {
                "get": {
                    "produces": ["application/octet-stream"],
                    "responses": {200: {}, 404: {"schema": {"$ref": "#/definitions/E"}}},
                }
            },
            "/images/get": {
                "get": {
                    "produces": ["application/x-tar"],
                    "responses": {200: {"schema": {"type": "string"}}},
                }
            },
            "/json": {
                "get": {
                    "produces": ["application/json"],
                    "responses": {200: {"schema": {"type": "object"}}},
                }
            },
        }
    )
    assert run("binary_downloads", document) == 2
    assert (
        document["paths"]["/containers/{id}/export"]["get"]["responses"][200]["schema"] == binary()
    )
    assert document["paths"]["/containers/{id}/export"]["get"]["responses"][404]["schema"] == {
        "$ref": "#/definitions/E"
    }
    assert document["paths"]["/images/get"]["get"]["responses"][200]["schema"] == binary()


def test_unset_spec_defaults() -> None:
    document = spec(
        paths={
            "/containers/{id}/wait": {
                "post": {
                    "parameters": [
                        {
                            "name": "condition",
                            "in": "query",
                            "type": "string",
                            "default": "not-running",
                            "description": "Wait until",
                        }
                    ]
                }
            }
        },
        definitions={
            "HostConfig": {
                "type": "object",
                "properties": {"Memory": {"type": "integer", "default": 0}},
            }
        },
    )
    assert run("unset_spec_defaults", document) == 2
    param = document["paths"]["/containers/{id}/wait"]["post"]["parameters"][0]
    assert "default" not in param
    assert (
        param["description"]
        == 'Wait until\n\nDaemon default: `"not-running"` (sent only when set).'
    )
    memory = document["definitions"]["HostConfig"]["properties"]["Memory"]
    assert "default" not in memory and "`0`" in memory["description"]


def _spec_available() -> bool:
    try:
        sources.spec_path(sources.generation_version())
    except sources.SpecSourceError:
        return False
    return True


@pytest.mark.skipif(
    not _spec_available(), reason="upstream specs not found (set DOCKERAPI_SPEC_DIR)"
)
@pytest.mark.parametrize("version", [v["version"] for v in sources.load_manifest()["versions"]])
def test_every_pass_applies_to_every_manifest_version(version: str) -> None:
    fixed = fixes.apply_fixes(sources.load_spec(version), version)
    # and what they fix is fixed
    assert fixed["paths"]["/events"]["get"]["responses"][200]["schema"] == binary()
    for _path, item in fixed["paths"].items():
        for method, op in item.items():
            for param in op.get("parameters", []) if method != "parameters" else []:
                assert "default" not in param or param["in"] in ("path", "body")
