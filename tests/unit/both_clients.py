"""One test body for the blocking and the asyncio client: await what needs awaiting."""

from __future__ import annotations

import inspect
from typing import Any

from dockerapi._streams import AsyncStream, Stream

__all__ = ["call", "items", "make_client", "parameters", "resolve"]


async def call(target: Any, name: str, /, *args: Any, **kwargs: Any) -> Any:
    """`target.name(*args, **kwargs)`, awaited when the client is the asyncio one."""
    result = getattr(target, name)(*args, **kwargs)
    return await result if inspect.isawaitable(result) else result


async def resolve(value: Any) -> Any:
    """A value of either client: awaited when the asyncio client gave an awaitable
    (`container.image` is a value on `Container`, an awaitable on `AsyncContainer`)."""
    return await value if inspect.isawaitable(value) else value


async def items(stream: Any) -> list[Any]:
    """Everything a stream of either client yields, read to its end."""
    if isinstance(stream, AsyncStream):
        return [item async for item in stream]
    assert isinstance(stream, Stream), stream
    return list(stream)


def make_client(transport: Any, kind: str, version: str = "1.41") -> Any:
    """An APIClient ("sync") or AsyncAPIClient ("async") pinned to `version`."""
    from dockerapi.api.client import APIClient, AsyncAPIClient

    cls = APIClient if kind == "sync" else AsyncAPIClient
    return cls(version=version, transport=transport)


def parameters(mixin: type, name: str) -> list[tuple[str, Any, Any]]:
    """(name, kind, default) of each parameter of `mixin.name` (a plan or a function),
    for comparing a method's signature with docker-py's."""
    attribute = getattr(mixin, name)
    function = inspect.unwrap(getattr(attribute, "function", attribute))
    return [(p.name, p.kind, p.default) for p in inspect.signature(function).parameters.values()]
