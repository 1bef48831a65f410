"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define, fields


class Unset:
    """The type of UNSET: a field or parameter the caller did not set (never sent)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


#: Fields whose values are credentials or secret data, by model ("*": any model), with
#: their Python and wire names: reprs (and dockerapi's messages) never show their values.
SECRET_FIELDS: dict[str, frozenset[str]] = {
    "*": frozenset(
        {
            "password",
            "Password",
            "identity_token",
            "IdentityToken",
            "identitytoken",
            "registry_token",
            "RegistryToken",
            "registrytoken",
            "auth",  # the CLI's base64 "user:password" (config.json's form)
            "join_token",
            "JoinToken",
            "unlock_key",
            "UnlockKey",
            "signing_ca_key",
            "SigningCAKey",
        }
    ),
    "SecretSpec": frozenset({"data", "Data"}),
    "SecretCreateBody": frozenset({"data", "Data"}),
    "JoinTokens": frozenset({"worker", "Worker", "manager", "Manager"}),
}


def is_secret(model_name: str, field_name: str) -> bool:
    """Whether a field of a model holds a credential or secret data (see SECRET_FIELDS)."""
    return field_name in SECRET_FIELDS["*"] or field_name in SECRET_FIELDS.get(model_name, ())


def model_repr(model: Any) -> str:
    """``Name(field=value, ...)`` with only the fields that are set, and unknown fields if
    any; secrets (``SECRET_FIELDS``) show as ``'<hidden>'``."""
    name = type(model).__name__
    parts = []
    for field in fields(type(model)):
        value = getattr(model, field.name)
        if value is UNSET or (field.name == "additional_properties" and not value):
            continue
        if field.name == "additional_properties":
            value = {k: "<hidden>" if is_secret(name, k) else v for k, v in value.items()}
            shown = repr(value)
        elif value is not None and is_secret(name, field.name):
            shown = "'<hidden>'"
        else:
            shown = repr(value)
        parts.append(f"{field.name}={shown}")
    return f"{name}({', '.join(parts)})"


def jsonable(value: Any) -> Any:
    """``value`` as plain JSON data: models become their ``to_dict()`` (the API's field
    names), lists/tuples and mappings are converted item by item, dates and datetimes
    become ISO 8601 text; anything else is returned as is."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, Mapping):
        return {key: jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(item) for item in value]
    isoformat = getattr(value, "isoformat", None)  # datetime, date (not imported: cheaper)
    return isoformat() if callable(isoformat) else value


def to_json(value: Any, **dumps_options: Any) -> str:
    """JSON text of a model, or of lists and mappings of models (``json.dumps`` options
    such as ``indent=2`` pass through): ``to_json(engine.container_list())``."""
    import json

    return json.dumps(jsonable(value), **dumps_options)


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "SECRET_FIELDS",
    "Unset",
    "is_secret",
    "jsonable",
    "model_repr",
    "to_json",
]
