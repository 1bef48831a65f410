"""docker-py's `docker.utils.json_stream`: JSON values out of a stream of text or bytes.

`json_stream` runs the project's JSON-lines decoder (`dockerapi._decoders`)
over the chunks, so values split across chunks, several values on a line and
a value cut off at the end (`StreamParseError`) are handled as in the clients.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from .._decoders import JSONLinesDecoder, iter_decoded
from ..errors import StreamParseError

__all__ = ["json_splitter", "json_stream", "line_splitter", "split_buffer", "stream_as_text"]

_T = TypeVar("_T")
_decoder = json.JSONDecoder()
_WHITESPACE = json.decoder.WHITESPACE  # type: ignore[attr-defined]


def stream_as_text(stream: Iterable[str | bytes]) -> Iterator[str]:
    """The items of `stream` as text (bytes decoded as UTF-8, bad bytes replaced)."""
    for data in stream:
        yield data if isinstance(data, str) else data.decode("utf-8", "replace")


def json_splitter(buffer: str) -> tuple[Any, str] | None:
    """`(first JSON value, rest of the buffer)`, or None when no whole value is there yet."""
    buffer = buffer.strip()
    try:
        value, end = _decoder.raw_decode(buffer)
    except ValueError:
        return None
    return value, buffer[_WHITESPACE.match(buffer, end).end() :]


def json_stream(stream: Iterable[str | bytes]) -> Iterator[Any]:
    """The JSON values in a stream of text or bytes chunks, however they are split."""
    chunks = (data.encode("utf-8") if isinstance(data, str) else data for data in stream)
    return iter_decoded(JSONLinesDecoder(), chunks)


def line_splitter(buffer: str, separator: str = "\n") -> tuple[str, str] | None:
    """`(first line with its separator, rest)`, or None when no separator is there yet."""
    index = buffer.find(str(separator))
    if index == -1:
        return None
    return buffer[: index + 1], buffer[index + 1 :]


def split_buffer(
    stream: Iterable[str | bytes],
    splitter: Callable[[str], tuple[_T, str] | None] | None = None,
    decoder: Callable[[str], Any] = lambda text: text,
) -> Iterator[Any]:
    """The items `splitter` cuts from the joined text of `stream` (lines by
    default); what remains at the end goes through `decoder`.

    Raises:
        StreamParseError: `decoder` failed on the remainder.
    """
    split = splitter or line_splitter
    buffered = ""
    for data in stream_as_text(stream):
        buffered += data
        while (found := split(buffered)) is not None:
            item, buffered = found
            yield item
    if buffered:
        try:
            yield decoder(buffered)
        except Exception as error:
            raise StreamParseError(error) from error
