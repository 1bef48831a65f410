"""A small Swagger 2.0 -> OpenAPI 3.0 converter covering what the Docker Engine spec uses.

openapi-python-client only reads OpenAPI 3. General converters produce valid but
unhelpful output for this spec (text/plain on every JSON body, stream media
types on error responses, lost ``x-nullable`` next to ``$ref``), so the
conversion is done here, with rules chosen for the Engine API:

- ``definitions`` -> ``components/schemas``; every ``$ref`` is rewritten. A definition's
  ``title`` is dropped so that model classes are named after definitions, as in the API
  reference (``EventMessage``, not its title ``SystemEventsResponse``).
- A nullable inline object (or the inline item object of a nullable list) is moved to a
  named schema ``<Parent><Property>`` and referenced, so its class is not named ``...Type0``.
- ``x-nullable: true`` -> ``nullable: true``. Next to a ``$ref`` (where OpenAPI
  3.0 ignores siblings) the reference is wrapped as ``allOf: [$ref]``. A
  top-level definition marked nullable makes each *use site* nullable instead.
- ``in: body`` -> ``requestBody`` with exactly one media type: JSON, or the
  operation's binary media type (``application/x-tar`` if consumed, else
  ``application/octet-stream``) for ``type: string, format: binary`` bodies.
- Other parameters get a ``schema``; ``collectionFormat`` becomes ``style`` /
  ``explode``. A ``Content-Type`` header parameter is dropped (the request body
  media type sets it; keeping it sends the header twice).
- Success responses use the operation's ``produces``; error responses are
  always JSON (the daemon sends ``{"message": ...}`` whatever was asked for).
  Response ``examples`` are dropped, response ``headers`` get schemas.
- ``formData`` parameters and ``type: file`` do not occur in any Engine spec
  version; meeting one raises ``ConversionError`` instead of guessing.
"""

from __future__ import annotations

import copy
from typing import Any

__all__ = ["ConversionError", "convert"]

JSON = "application/json"
OCTET_STREAM = "application/octet-stream"
TAR = "application/x-tar"

# Keys of a Swagger 2.0 schema object that OpenAPI 3.0 understands unchanged.
_SCHEMA_KEYS = {
    "title",
    "description",
    "type",
    "format",
    "default",
    "enum",
    "example",
    "readOnly",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "uniqueItems",
    "multipleOf",
    "required",
}
# Parameter keys that move into the OpenAPI 3 parameter's ``schema``.
_PARAM_SCHEMA_KEYS = {
    "type",
    "format",
    "default",
    "enum",
    "items",
    "minimum",
    "maximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
}


def _is_inline_object(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and "$ref" not in schema
        and (schema.get("type") == "object" or "properties" in schema)
        and "allOf" not in schema
    )


def _child_name(parent: str | None, part: str) -> str | None:
    """PascalCase name for an inline schema under ``parent`` (None: no naming context)."""
    if parent is None:
        return None
    words = [w for w in "".join(c if c.isalnum() else " " for c in part).split() if w]
    return parent + "".join(w[0].upper() + w[1:] for w in words)


class ConversionError(ValueError):
    """The input uses a Swagger 2.0 feature this converter deliberately does not handle."""


def _ref_target(ref: str) -> str:
    prefix = "#/definitions/"
    if not ref.startswith(prefix):
        raise ConversionError(f"unsupported $ref {ref!r} (only {prefix}... is used by the Engine)")
    return ref[len(prefix) :]


class _Converter:
    def __init__(self, swagger: dict[str, Any]) -> None:
        if swagger.get("swagger") != "2.0":
            raise ConversionError(f"not a Swagger 2.0 document: swagger={swagger.get('swagger')!r}")
        self.swagger = swagger
        self.definitions: dict[str, Any] = swagger.get("definitions") or {}
        self.hoisted: dict[str, Any] = {}
        self.nullable_definitions = {
            name for name, schema in self.definitions.items() if schema.get("x-nullable") is True
        }

    # -- schemas ---------------------------------------------------------------------------

    def schema(
        self, schema: Any, where: str, *, name: str | None = None, top_level: bool = False
    ) -> Any:
        """Convert one schema; ``name`` is the schema name its inline children are named after."""
        if not isinstance(schema, dict):
            raise ConversionError(f"{where}: schema must be a mapping, got {type(schema).__name__}")
        if schema.get("type") == "file":
            raise ConversionError(f"{where}: 'type: file' is not supported")
        if "discriminator" in schema:
            raise ConversionError(f"{where}: 'discriminator' is not supported")
        nullable = schema.get("x-nullable") is True and not top_level
        if "$ref" in schema:
            target = _ref_target(schema["$ref"])
            ref = {"$ref": f"#/components/schemas/{target}"}
            nullable = nullable or target in self.nullable_definitions
            if not nullable:
                return ref
            wrapped: dict[str, Any] = {"allOf": [ref], "nullable": True}
            if "description" in schema:
                wrapped["description"] = schema["description"]
            return wrapped
        if nullable and name is not None and _is_inline_object(schema):
            return self._hoist(schema, where, name)
        out: dict[str, Any] = {}
        for key, value in schema.items():
            if key == "title" and top_level and name in self.definitions:
                continue  # the generator would name the class after the title (EventMessage -> SystemEventsResponse)
            if key in _SCHEMA_KEYS:
                out[key] = copy.deepcopy(value)
            elif key == "properties":
                out[key] = {
                    prop_name: self.schema(
                        prop, f"{where}.{prop_name}", name=_child_name(name, prop_name)
                    )
                    for prop_name, prop in value.items()
                }
            elif key == "items":
                item_name = _child_name(name, "Item")
                if nullable and item_name is not None and _is_inline_object(value):
                    out[key] = self._hoist(value, f"{where}[]", item_name, nullable=False)
                else:
                    out[key] = self.schema(value, f"{where}[]", name=item_name)
            elif key == "additionalProperties":
                out[key] = (
                    value
                    if isinstance(value, bool)
                    else self.schema(value, f"{where}{{}}", name=_child_name(name, "Value"))
                )
            elif key == "allOf":
                out[key] = [
                    self.schema(part, f"{where}&{i}", name=name) for i, part in enumerate(value)
                ]
            # Vendor extensions (x-go-name, x-omitempty, ...) and unknown keys are dropped:
            # the generator has no use for them.
        if nullable:
            out["nullable"] = True
        return out

    def _hoist(
        self, schema: dict[str, Any], where: str, name: str, *, nullable: bool = True
    ) -> Any:
        """Move a nullable inline object into components/schemas under ``name``.

        Left inline, the generator names it ``<Name>Type0`` (a member of the ``X | None``
        union); as a named schema referenced through ``allOf`` it keeps its natural name.
        """
        if name in self.definitions or name in self.hoisted:
            raise ConversionError(f"{where}: inline schema name {name!r} is already taken")
        inner = {k: v for k, v in schema.items() if k != "x-nullable"}
        self.hoisted[name] = {}  # reserve the name before converting nested schemas
        self.hoisted[name] = self.schema(inner, where, name=name, top_level=True)
        ref = {"$ref": f"#/components/schemas/{name}"}
        if not nullable:
            return ref
        wrapped: dict[str, Any] = {"allOf": [ref], "nullable": True}
        if "description" in schema:
            wrapped["description"] = schema["description"]
        return wrapped

    # -- operations ------------------------------------------------------------------------

    def parameter(self, param: dict[str, Any], where: str) -> dict[str, Any]:
        location = param["in"]
        out: dict[str, Any] = {"name": param["name"], "in": location}
        if param.get("description"):
            out["description"] = param["description"]
        if param.get("required") or location == "path":
            out["required"] = True
        schema = {k: copy.deepcopy(v) for k, v in param.items() if k in _PARAM_SCHEMA_KEYS}
        if param.get("description"):
            # the generator documents a parameter (Args: in the endpoint's docstrings) from
            # its schema's description, not the parameter's
            schema["description"] = param["description"]
        if "items" in schema:
            schema["items"] = self.schema(schema["items"], f"{where}[]")
        if schema.get("type") == "file":
            raise ConversionError(f"{where}: 'type: file' is not supported")
        out["schema"] = schema
        if schema.get("type") == "array":
            collection = param.get("collectionFormat", "csv")
            if collection == "multi":
                out["style"], out["explode"] = "form", True
            elif collection == "csv":
                out["style"], out["explode"] = "form", False
            else:
                raise ConversionError(f"{where}: collectionFormat {collection!r} is not supported")
        return out

    def request_body(
        self, param: dict[str, Any], consumes: list[str], operation_id: str, where: str
    ) -> dict[str, Any]:
        schema = param.get("schema")
        if schema is None:
            raise ConversionError(f"{where}: body parameter without schema")
        binary = schema.get("type") == "string" and schema.get("format") == "binary"
        media = (TAR if TAR in consumes else OCTET_STREAM) if binary else JSON
        name = _child_name(schema.get("title") or f"{operation_id}Body", "")
        converted = self.schema(schema, where, name=name)
        body: dict[str, Any] = {"content": {media: {"schema": converted}}}
        if param.get("description"):
            body["description"] = param["description"]
        if param.get("required"):
            body["required"] = True
        return body

    def response(
        self,
        status: int,
        response: dict[str, Any],
        produces: list[str],
        operation_id: str,
        where: str,
    ) -> dict[str, Any]:
        out: dict[str, Any] = {"description": response.get("description") or str(status)}
        if "headers" in response:
            out["headers"] = {
                name: {
                    **({"description": h["description"]} if h.get("description") else {}),
                    "schema": {k: v for k, v in h.items() if k in _PARAM_SCHEMA_KEYS},
                }
                for name, h in response["headers"].items()
            }
        if "schema" in response:
            raw = response["schema"]
            name = _child_name(raw.get("title") or f"{operation_id}Response{status}", "")
            schema = self.schema(raw, where, name=name)
            out["content"] = {
                self._response_media(status, response["schema"], produces): {"schema": schema}
            }
        return out

    @staticmethod
    def _response_media(status: int, schema: dict[str, Any], produces: list[str]) -> str:
        if not 200 <= status < 300:
            return JSON
        binary = schema.get("type") == "string" and schema.get("format") == "binary"
        if binary:
            return next((m for m in produces if m != JSON), OCTET_STREAM)
        if not produces or JSON in produces:
            return JSON
        return produces[0]

    def operation(
        self, path: str, method: str, op: dict[str, Any], shared: list[Any]
    ) -> dict[str, Any]:
        where = f"{method.upper()} {path}"
        consumes = op.get("consumes") or self.swagger.get("consumes") or [JSON]
        produces = op.get("produces") or []
        operation_id = op.get("operationId")
        if not operation_id:
            raise ConversionError(f"{where}: operationId is missing")
        out: dict[str, Any] = {}
        for key in ("tags", "summary", "description", "operationId", "deprecated"):
            if key in op:
                out[key] = copy.deepcopy(op[key])
        params: list[dict[str, Any]] = []
        by_key = {(p["in"], p["name"]): p for p in [*shared, *(op.get("parameters") or [])]}
        has_body = any(loc == "body" for loc, _ in by_key)
        for (location, name), param in by_key.items():
            pwhere = f"{where} param {name!r}"
            if location == "formData":
                raise ConversionError(f"{pwhere}: formData parameters are not supported")
            if location == "body":
                out["requestBody"] = self.request_body(param, consumes, operation_id, pwhere)
            elif location == "header" and name.lower() == "content-type" and has_body:
                continue
            elif location in ("path", "query", "header"):
                params.append(self.parameter(param, pwhere))
            else:
                raise ConversionError(f"{pwhere}: parameter location {location!r} is not supported")
        if params:
            out["parameters"] = params
        out["responses"] = {
            str(status): self.response(
                int(status), response, produces, operation_id, f"{where} {status}"
            )
            for status, response in op["responses"].items()
        }
        return out

    def convert(self) -> dict[str, Any]:
        info = {
            k: copy.deepcopy(v) for k, v in self.swagger["info"].items() if not k.startswith("x-")
        }
        paths: dict[str, Any] = {}
        for path, item in self.swagger["paths"].items():
            shared = item.get("parameters") or []
            paths[path] = {
                method: self.operation(path, method, op, shared)
                for method, op in item.items()
                if method != "parameters"
            }
        document: dict[str, Any] = {"openapi": "3.0.3", "info": info}
        if self.swagger.get("tags"):
            document["tags"] = copy.deepcopy(self.swagger["tags"])
        document["paths"] = paths
        schemas = {
            name: self.schema(schema, name, name=name, top_level=True)
            for name, schema in self.definitions.items()
        }
        schemas.update(sorted(self.hoisted.items()))
        document["components"] = {"schemas": schemas}
        return document


def convert(swagger: dict[str, Any]) -> dict[str, Any]:
    """Convert a Swagger 2.0 document (as parsed YAML) into an OpenAPI 3.0 document.

    The input is not modified.
    """
    return _Converter(swagger).convert()
