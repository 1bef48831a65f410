"""The Swagger 2.0 -> OpenAPI 3.0 converter on small crafted specs."""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from specbuild.converter import ConversionError, convert


def swagger(
    paths: dict[str, Any] | None = None, definitions: dict[str, Any] | None = None
) -> dict[str, Any]:
    return {
        "swagger": "2.0",
        "info": {"title": "Engine", "version": "1.99", "x-logo": "dropped"},
        "consumes": ["application/json", "text/plain"],
        "produces": ["application/json", "text/plain"],
        "paths": paths or {},
        "definitions": definitions or {},
    }


def op(**fields: Any) -> dict[str, Any]:
    return {"operationId": "Op", "responses": {200: {"description": "ok"}}, **fields}


def test_definitions_and_refs_move_to_components() -> None:
    spec = swagger(
        paths={
            "/things": {
                "get": op(
                    responses={
                        200: {"description": "ok", "schema": {"$ref": "#/definitions/Thing"}}
                    }
                )
            }
        },
        definitions={
            "Thing": {
                "type": "object",
                "title": "ThingResponse",
                "x-go-name": "T",
                "properties": {"Part": {"$ref": "#/definitions/Part"}},
            },
            "Part": {"type": "string"},
        },
    )
    out = convert(spec)
    assert out["openapi"] == "3.0.3"
    assert out["info"] == {"title": "Engine", "version": "1.99"}
    thing = out["components"]["schemas"]["Thing"]
    # the title is dropped (class named after the definition), vendor keys too
    assert thing == {
        "type": "object",
        "properties": {"Part": {"$ref": "#/components/schemas/Part"}},
    }
    media = out["paths"]["/things"]["get"]["responses"]["200"]["content"]
    assert media == {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}


def test_x_nullable_on_properties_refs_and_definitions() -> None:
    spec = swagger(
        definitions={
            "Holder": {
                "type": "object",
                "properties": {
                    "Count": {"type": "integer", "x-nullable": True},
                    "Ref": {"$ref": "#/definitions/Plain", "x-nullable": True, "description": "d"},
                    "ViaDefinition": {"$ref": "#/definitions/Nullable"},
                },
            },
            "Plain": {"type": "object", "properties": {"A": {"type": "string"}}},
            "Nullable": {
                "type": "object",
                "x-nullable": True,
                "properties": {"B": {"type": "string"}},
            },
        }
    )
    schemas = convert(spec)["components"]["schemas"]
    props = schemas["Holder"]["properties"]
    assert props["Count"] == {"type": "integer", "nullable": True}
    assert props["Ref"] == {
        "allOf": [{"$ref": "#/components/schemas/Plain"}],
        "nullable": True,
        "description": "d",
    }
    assert props["ViaDefinition"] == {
        "allOf": [{"$ref": "#/components/schemas/Nullable"}],
        "nullable": True,
    }
    # a top-level definition is not itself nullable: its use sites are
    assert "nullable" not in schemas["Nullable"]


def test_nullable_inline_objects_are_named_not_type0() -> None:
    spec = swagger(
        definitions={
            "Container": {
                "type": "object",
                "properties": {
                    "Labels": {
                        "type": "object",
                        "x-nullable": True,
                        "additionalProperties": {"type": "string"},
                    },
                    "Ports": {
                        "type": "array",
                        "x-nullable": True,
                        "items": {"type": "object", "properties": {"P": {"type": "integer"}}},
                    },
                },
            },
            "ContainerLabelsOther": {"type": "string"},
        }
    )
    schemas = convert(spec)["components"]["schemas"]
    props = schemas["Container"]["properties"]
    assert props["Labels"] == {
        "allOf": [{"$ref": "#/components/schemas/ContainerLabels"}],
        "nullable": True,
    }
    assert schemas["ContainerLabels"] == {
        "type": "object",
        "additionalProperties": {"type": "string"},
    }
    assert props["Ports"] == {
        "type": "array",
        "items": {"$ref": "#/components/schemas/ContainerPortsItem"},
        "nullable": True,
    }
    assert schemas["ContainerPortsItem"]["properties"] == {"P": {"type": "integer"}}


def test_hoisted_name_collisions_fail() -> None:
    spec = swagger(
        definitions={
            "A": {"type": "object", "properties": {"B": {"type": "object", "x-nullable": True}}},
            "AB": {"type": "string"},
        }
    )
    with pytest.raises(ConversionError, match="already taken"):
        convert(spec)


def test_parameters_get_schemas_and_collection_formats() -> None:
    spec = swagger(
        paths={
            "/items/{id}": {
                "post": op(
                    parameters=[
                        {"name": "id", "in": "path", "type": "string", "required": True},
                        {
                            "name": "all",
                            "in": "query",
                            "type": "boolean",
                            "default": False,
                            "description": "every one",
                        },
                        {
                            "name": "tags",
                            "in": "query",
                            "type": "array",
                            "items": {"type": "string"},
                            "collectionFormat": "multi",
                        },
                        {
                            "name": "names",
                            "in": "query",
                            "type": "array",
                            "items": {"type": "string"},
                        },
                        {"name": "X-Auth", "in": "header", "type": "string"},
                    ]
                )
            }
        }
    )
    params = {p["name"]: p for p in convert(spec)["paths"]["/items/{id}"]["post"]["parameters"]}
    assert params["id"] == {
        "name": "id",
        "in": "path",
        "required": True,
        "schema": {"type": "string"},
    }
    assert params["all"] == {
        "name": "all",
        "in": "query",
        "description": "every one",
        # also on the schema: the generator documents parameters from there
        "schema": {"type": "boolean", "default": False, "description": "every one"},
    }
    assert (params["tags"]["style"], params["tags"]["explode"]) == ("form", True)
    assert (params["names"]["style"], params["names"]["explode"]) == ("form", False)
    assert params["X-Auth"]["in"] == "header"


def test_body_media_types_and_content_type_header() -> None:
    spec = swagger(
        paths={
            "/build": {
                "post": op(
                    consumes=["application/octet-stream"],
                    parameters=[
                        {
                            "name": "ctx",
                            "in": "body",
                            "schema": {"type": "string", "format": "binary"},
                        },
                        {
                            "name": "Content-type",
                            "in": "header",
                            "type": "string",
                            "enum": ["application/x-tar"],
                        },
                    ],
                )
            },
            "/archive": {
                "put": op(
                    consumes=["application/x-tar", "application/octet-stream"],
                    parameters=[
                        {
                            "name": "tar",
                            "in": "body",
                            "required": True,
                            "schema": {"type": "string", "format": "binary"},
                        }
                    ],
                )
            },
            "/create": {
                "post": op(
                    parameters=[
                        {
                            "name": "cfg",
                            "in": "body",
                            "required": True,
                            "schema": {"$ref": "#/definitions/Cfg"},
                        }
                    ]
                )
            },
        },
        definitions={"Cfg": {"type": "object"}},
    )
    paths = convert(spec)["paths"]
    build = paths["/build"]["post"]
    assert list(build["requestBody"]["content"]) == ["application/octet-stream"]
    assert "parameters" not in build  # the Content-type header would be sent twice
    archive = paths["/archive"]["put"]["requestBody"]
    assert list(archive["content"]) == ["application/x-tar"] and archive["required"] is True
    assert paths["/create"]["post"]["requestBody"]["content"] == {
        "application/json": {"schema": {"$ref": "#/components/schemas/Cfg"}}
    }


def test_response_media_types() -> None:
    error = {"description": "bad", "schema": {"$ref": "#/definitions/ErrorResponse"}}
    spec = swagger(
        paths={
            "/logs": {
                "get": op(
                    produces=["application/vnd.docker.raw-stream"],
                    responses={
                        200: {
                            "description": "ok",
                            "schema": {"type": "string", "format": "binary"},
                        },
                        404: error,
                    },
                )
            },
            "/ping": {
                "get": op(
                    produces=["text/plain"],
                    responses={
                        200: {
                            "description": "ok",
                            "schema": {"type": "string"},
                            "headers": {"Api-Version": {"type": "string", "description": "v"}},
                        }
                    },
                )
            },
            "/json": {
                "get": op(
                    responses={
                        200: {
                            "description": "ok",
                            "schema": {"type": "object"},
                            "examples": {"application/json": {}},
                        }
                    }
                )
            },
        },
        definitions={"ErrorResponse": {"type": "object"}},
    )
    paths = convert(spec)["paths"]
    logs = paths["/logs"]["get"]["responses"]
    assert list(logs["200"]["content"]) == ["application/vnd.docker.raw-stream"]
    assert list(logs["404"]["content"]) == ["application/json"]  # errors are always JSON
    ping = paths["/ping"]["get"]["responses"]["200"]
    assert list(ping["content"]) == ["text/plain"]
    assert ping["headers"] == {"Api-Version": {"description": "v", "schema": {"type": "string"}}}
    assert paths["/json"]["get"]["responses"]["200"] == {
        "description": "ok",
        "content": {"application/json": {"schema": {"type": "object"}}},
    }


@pytest.mark.parametrize(
    "bad",
    [
        {"name": "f", "in": "formData", "type": "string"},
        {"name": "f", "in": "query", "type": "file"},
        {"name": "f", "in": "cookie", "type": "string"},
        {
            "name": "f",
            "in": "query",
            "type": "array",
            "items": {"type": "string"},
            "collectionFormat": "pipes",
        },
    ],
)
def test_unsupported_swagger_features_fail_loudly(bad: dict[str, Any]) -> None:
    with pytest.raises(ConversionError):
        convert(swagger(paths={"/x": {"post": op(parameters=[bad])}}))


def test_other_unsupported_inputs_fail_loudly() -> None:
    with pytest.raises(ConversionError, match=r"Swagger 2\.0"):
        convert({"openapi": "3.0.0"})
    with pytest.raises(ConversionError, match="type: file"):
        convert(swagger(definitions={"F": {"type": "file"}}))
    with pytest.raises(ConversionError, match=r"\$ref"):
        convert(swagger(definitions={"F": {"$ref": "other.yaml#/X"}}))
    with pytest.raises(ConversionError, match="operationId"):
        convert(swagger(paths={"/x": {"get": {"responses": {}}}}))


def test_input_is_not_modified() -> None:
    spec = swagger(
        definitions={
            "A": {"type": "object", "properties": {"B": {"type": "object", "x-nullable": True}}}
        }
    )
    before = copy.deepcopy(spec)
    convert(spec)
    assert spec == before
