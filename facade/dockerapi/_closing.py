"""`with` / `async with` for everything that closes: clients, streams, hijacked sockets.

One pair of mixins rather than the same `__enter__`/`__exit__` on every class: leaving
the block closes the object, whether the block ended normally or by an exception (which
then propagates unchanged)."""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Self

__all__ = ["AsyncClosing", "Closing"]


class Closing:
    """`with obj:` calls `obj.close()` on the way out."""

    __slots__ = ()

    if TYPE_CHECKING:  # the class using the mixin defines it

        def close(self) -> None: ...

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncClosing:
    """`async with obj:` awaits `obj.aclose()` on the way out (the name
    `contextlib.aclosing` calls too)."""

    __slots__ = ()

    if TYPE_CHECKING:

        async def aclose(self) -> None: ...

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()
