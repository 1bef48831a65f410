"""One test body for the blocking and the asyncio client: await what needs awaiting."""

from __future__ import annotations

import inspect
from typing import Any

from dockerapi._streams import AsyncStream, Stream

__all__ = ["call", "items"]


async def call(target: Any, name: str, /, *args: Any, **kwargs: Any) -> Any:
    """`target.name(*args, **kwargs)`, awaited when the client is the asyncio one."""
    result = getattr(target, name)(*args, **kwargs)
    return await result if inspect.isawaitable(result) else result


async def items(stream: Any) -> list[Any]:
    """Everything a stream of either client yields, read to its end."""
    if isinstance(stream, AsyncStream):
        return [item async for item in stream]
    assert isinstance(stream, Stream), stream
    return list(stream)
