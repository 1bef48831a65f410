"""What the swarm mixins (swarm, services, secrets, configs) share: the object version a
write is based on, the names and data of secrets and configs, and masking credentials
(join tokens, unlock keys) in the dicts the daemon returns."""

from __future__ import annotations

import base64
import re
from collections.abc import Mapping
from typing import Any, Final

from .._plan import PlanGenerator
from .._request import Request, Response
from .._wire import Keywords
from ..errors import InvalidArgument
from ._resources import ResourceRef, resource_path, without_none

__all__ = [
    "CredentialDict",
    "checked_version",
    "create_object",
    "encoded_data",
    "inspect_object",
    "list_objects",
    "masked_secrets",
    "object_name",
    "remove_object",
]

#: Swarm object names (secrets, configs), as swarmkit checks them: 1 to 64 characters
#: of [a-zA-Z0-9-_.], starting and ending with a letter or digit.
_OBJECT_NAME: Final = re.compile(r"[a-zA-Z0-9](?:[a-zA-Z0-9._-]{0,62}[a-zA-Z0-9])?")

#: Fields of the daemon's answers whose values are credentials.
_CREDENTIAL_FIELDS: Final = frozenset({"JoinTokens"})


class CredentialDict(dict[str, Any]):
    """A dict (as docker-py returns it) whose values are credentials: its repr (and
    so its str, and what logging or a traceback shows) masks every value."""

    def __repr__(self) -> str:
        return "{" + ", ".join(f"{key!r}: '***'" for key in self) + "}"

    __str__ = __repr__


def masked_secrets(answer: Any) -> dict[str, Any]:
    """The daemon's answer (a dict) with the dicts that hold credentials (the join
    tokens in `inspect_swarm`, the key of `get_unlock_key`) as `CredentialDict`s."""
    if not isinstance(answer, dict):
        return {}
    if "UnlockKey" in answer:
        return CredentialDict(answer)
    for field in _CREDENTIAL_FIELDS & answer.keys():
        if isinstance(answer[field], dict):
            answer[field] = CredentialDict(answer[field])
    return answer


def checked_version(version: object, method: str, inspect_method: str) -> int:
    """The object version an update is based on (`Version.Index`), which the daemon
    needs to refuse a write based on a stale read; refused before sending when missing."""
    if isinstance(version, str) and version.isdigit():
        return int(version)
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise InvalidArgument(
            f"{method} needs the object's version: the Version.Index of {inspect_method}(), "
            f"not {version!r}"
        )
    return version


def object_name(name: object, kind: str) -> str:
    """A secret's or config's name, checked as swarmkit checks it (so a `/` or an
    empty name is refused before anything is sent)."""
    if not isinstance(name, str) or _OBJECT_NAME.fullmatch(name) is None:
        raise InvalidArgument(
            f"invalid {kind} name {name!r}: 1 to 64 characters of [a-zA-Z0-9-_.], "
            "starting and ending with a letter or digit"
        )
    return name


def encoded_data(data: object, kind: str) -> str:
    """A secret's or config's data as the daemon takes it: base64 (text as UTF-8).
    The data is never part of an error message."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    elif isinstance(data, bytearray | memoryview):
        data = bytes(data)
    if not isinstance(data, bytes):
        raise TypeError(f"the data of a {kind} must be str or bytes, not {type(data).__name__}")
    return base64.b64encode(data).decode("ascii")


def create_object(
    kind: str, keywords: Keywords, name: object, data: object, **fields: Any
) -> PlanGenerator[dict[str, Any]]:
    """`POST /<kind>s/create` (a secret or a config): the name checked and the data
    encoded before sending, the other `fields` as `keywords` places them."""
    body = keywords.body(name=object_name(name, kind), data=encoded_data(data, kind), **fields)
    response: Response = yield Request.build(
        "POST", f"/{kind}s/create", json=without_none(body), operation=keywords.operation
    )
    created: dict[str, Any] = response.json()
    return created


def list_objects(
    collection: str, operation: str, params: Mapping[str, Any]
) -> PlanGenerator[list[dict[str, Any]]]:
    """`GET /<collection>` (secrets, configs): a list (`[]` where the daemon says null)."""
    response: Response = yield Request.build(
        "GET", f"/{collection}", params=params, operation=operation
    )
    result: list[dict[str, Any]] = response.json() or []
    return result


def inspect_object(
    collection: str, ref: ResourceRef, operation: str
) -> PlanGenerator[dict[str, Any]]:
    """`GET /<collection>/<id or name>`: the object's dict."""
    response: Response = yield Request.build(
        "GET", resource_path(collection, ref), operation=operation
    )
    result: dict[str, Any] = response.json()
    return result


def remove_object(collection: str, ref: ResourceRef, operation: str) -> PlanGenerator[bool]:
    """`DELETE /<collection>/<id or name>`; True (docker-py's result)."""
    yield Request.build(
        "DELETE", resource_path(collection, ref), expect="empty", operation=operation
    )
    return True
