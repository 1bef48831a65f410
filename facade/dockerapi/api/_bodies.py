"""Request bodies callers hand over as binary data: checked, never read whole."""

from __future__ import annotations

import io
from collections.abc import AsyncIterable, Iterable
from typing import IO, TypeAlias

from .._request import Body

__all__ = ["BinaryData", "binary_body"]

#: Binary data a method streams to the daemon (archives, image tarballs).
BinaryData: TypeAlias = (
    bytes | bytearray | memoryview | IO[bytes] | Iterable[bytes] | AsyncIterable[bytes]
)


def binary_body(data: BinaryData | str, method: str) -> Body:
    """`data` as `Request.content`: bytes, a binary file (read in chunks by the
    executor), or a (sync or async) iterable of chunks.

    Raises:
        TypeError: text, or a file opened in text mode (before anything is sent).
    """
    if isinstance(data, str):
        raise TypeError(f"{method} takes bytes, a binary file or an iterable of bytes, not str")
    if isinstance(data, bytearray | memoryview):
        return bytes(data)
    if isinstance(data, io.TextIOBase):
        raise TypeError(f"{method} needs a file opened in binary mode ('rb')")
    return data
