"""Request bodies of `client.engine` given as plain dicts: checked, then turned into models.

A JSON body built from a model (`ContainerCreateBody`, ...) may also be a dict with the
API's field names, typed for editors by the generated `docker_engine_api.bodies`
TypedDicts. Before anything is sent the dict is checked against its TypedDict, field by
field and recursively: unknown fields and values of the wrong type raise `InvalidArgument`
naming the field (`body.HostConfig.Memory: expected int, got str '1g'`); then the model's
`from_dict` builds the model the endpoint sends. Enum fields take any string (newer engines
accept values this API version does not list). A model nested inside a dict is taken as
its `to_dict()`. No I/O here.
"""

from __future__ import annotations

import difflib
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal, Union

from .errors import InvalidArgument

__all__ = ["coerce_body"]

_NONE = type(None)
_SCALARS: dict[type, tuple[type, ...]] = {
    str: (str,),
    bool: (bool,),
    int: (int,),
    float: (int, float),
}


class _Mismatch(Exception):
    """A value does not fit its type; `path` names where (wire names, dotted)."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(path, message)
        self.path = path
        self.message = message


def coerce_body(operation_id: str, model_name: str, items: bool, body: Any) -> Any:
    """The model (or list of models) to send for `body`, which may be dicts."""
    from docker_engine_api import models

    model = getattr(models, model_name)
    if not items:
        return _coerce_one(operation_id, model, body, "body")
    if isinstance(body, str | bytes) or not isinstance(body, Sequence):
        raise InvalidArgument(
            f"{operation_id}: body must be a list of {model_name} or dicts, "
            f"not {type(body).__name__}"
        )
    return [_coerce_one(operation_id, model, item, f"body[{i}]") for i, item in enumerate(body)]


def _coerce_one(operation_id: str, model: type, value: Any, path: str) -> Any:
    if isinstance(value, model):
        return value
    if not isinstance(value, Mapping):
        raise InvalidArgument(
            f"{operation_id}: {path} must be a {model.__name__} or a dict with its "
            f"fields, not {type(value).__name__}"
        )
    from docker_engine_api.bodies import BODY_DICTS

    try:
        data = _checker(BODY_DICTS[model.__name__])(value, path)
    except _Mismatch as mismatch:
        raise InvalidArgument(f"{operation_id}: {mismatch.path}: {mismatch.message}") from None
    return model.from_dict(data)  # type: ignore[attr-defined]


def _describe(value: Any) -> str:
    text = repr(value)
    if len(text) > 40:
        text = text[:37] + "..."
    return f"{type(value).__name__} {text}"


_CHECKERS: dict[Any, Callable[[Any, str], Any]] = {}


def _checker(expected: Any) -> Callable[[Any, str], Any]:
    found = _CHECKERS.get(expected)
    if found is None:
        found = _CHECKERS[expected] = _make_checker(expected)
    return found


def _make_checker(expected: Any) -> Callable[[Any, str], Any]:
    if expected is Any:
        return lambda value, path: value
    if expected is None or expected is _NONE:
        return _exact(lambda value: value is None, "null")
    if expected in _SCALARS:
        accepted = _SCALARS[expected]
        name = expected.__name__

        def scalar(value: Any, path: str) -> Any:
            # bool is an int to Python, never to the daemon
            if isinstance(value, accepted) and (expected is bool or not isinstance(value, bool)):
                return value
            raise _Mismatch(path, f"expected {name}, got {_describe(value)}")

        return scalar
    if typing.is_typeddict(expected):
        return _typed_dict_checker(expected)
    origin = typing.get_origin(expected)
    args = typing.get_args(expected)
    if origin is Literal:
        kinds = tuple(sorted({type(arg) for arg in args}, key=lambda kind: kind.__name__))
        # open enums: any value of the literal's type passes (newer engines know more)
        wanted = f"{' or '.join(k.__name__ for k in kinds)} (one of {', '.join(map(repr, args))})"
        return _exact(lambda value: isinstance(value, kinds), wanted)
    if origin in (Union, types.UnionType):
        return _union_checker(args)
    if origin is list:
        return _list_checker(args[0])
    if origin in (Mapping, dict):
        return _map_checker(args[1])
    raise TypeError(f"no body check for {expected!r}")


def _exact(test: Callable[[Any], bool], wanted: str) -> Callable[[Any, str], Any]:
    def check(value: Any, path: str) -> Any:
        if test(value):
            return value
        raise _Mismatch(path, f"expected {wanted}, got {_describe(value)}")

    return check


def _union_checker(members: tuple[Any, ...]) -> Callable[[Any, str], Any]:
    checkers = [_checker(member) for member in members]
    nullable = _NONE in members

    def check(value: Any, path: str) -> Any:
        if value is None and nullable:
            return None
        deepest: _Mismatch | None = None
        for checker in checkers:
            try:
                return checker(value, path)
            except _Mismatch as mismatch:
                # report the member that got furthest into the value
                if deepest is None or len(mismatch.path) > len(deepest.path):
                    deepest = mismatch
        assert deepest is not None
        raise deepest

    return check


def _list_checker(item: Any) -> Callable[[Any, str], Any]:
    check_item = _checker(item)

    def check(value: Any, path: str) -> Any:
        if isinstance(value, str | bytes | Mapping) or not isinstance(value, Sequence):
            raise _Mismatch(path, f"expected a list, got {_describe(value)}")
        return [check_item(_plain(entry), f"{path}[{i}]") for i, entry in enumerate(value)]

    return check


def _map_checker(item: Any) -> Callable[[Any, str], Any]:
    check_item = _checker(item)

    def check(value: Any, path: str) -> Any:
        if not isinstance(value, Mapping):
            raise _Mismatch(path, f"expected a mapping, got {_describe(value)}")
        checked = {}
        for key, entry in value.items():
            if not isinstance(key, str):
                raise _Mismatch(path, f"keys must be strings, got {_describe(key)}")
            checked[key] = check_item(_plain(entry), f"{path}[{key!r}]")
        return checked

    return check


def _plain(value: Any) -> Any:
    """A model nested in a dict body counts as its `to_dict()`."""
    if hasattr(value, "to_dict") and not isinstance(value, Mapping | type):
        return value.to_dict()
    return value


def _typed_dict_checker(typed_dict: Any) -> Callable[[Any, str], Any]:
    from docker_engine_api.types import is_secret

    fields: dict[str, Callable[[Any, str], Any]] | None = None
    required: frozenset[str] = typed_dict.__required_keys__
    model_name = typed_dict.__name__.removesuffix("Dict")

    def check(value: Any, path: str) -> Any:
        nonlocal fields
        if fields is None:  # resolved on first use: the TypedDicts refer to each other
            hints = typing.get_type_hints(typed_dict)
            fields = {name: _checker(hint) for name, hint in hints.items()}
        value = _plain(value)
        if not isinstance(value, Mapping):
            raise _Mismatch(path, f"expected a {model_name} dict, got {_describe(value)}")
        checked = {}
        for key, entry in value.items():
            field = fields.get(key) if isinstance(key, str) else None
            if field is None:
                raise _Mismatch(path, _unknown_field(key, model_name, fields))
            try:
                checked[key] = field(_plain(entry), f"{path}.{key}")
            except _Mismatch as mismatch:
                if is_secret(model_name, key):  # say what is wrong, never the secret
                    raise _Mismatch(mismatch.path, mismatch.message.split(", got")[0]) from None
                raise
        missing = sorted(required - set(value))
        if missing:
            raise _Mismatch(path, f"{model_name} needs {', '.join(map(repr, missing))}")
        return checked

    return check


def _unknown_field(key: Any, model_name: str, fields: Mapping[str, Any]) -> str:
    message = f"unknown field {key!r} in {model_name}"
    if isinstance(key, str):
        by_lower = {name.lower().replace("_", ""): name for name in fields}
        guess = by_lower.get(key.lower().replace("_", ""))
        close = [guess] if guess else difflib.get_close_matches(key, list(fields), n=1)
        if close:
            message += f" (did you mean {close[0]!r}?)"
    return message + "; dict bodies use the API's field names"
