"""The JSON progress streams of pull, push, load and import, with their errors raised.

When one of these fails after the daemon answered 200, the failure arrives as
an `{"error": ..., "errorDetail": {...}}` object in the stream. docker-py hands
it over like any progress line (or, without `stream`, inside the returned
text); here the error object is still handed over, so code that checks each
line keeps working, and the next read raises the typed error: nothing fails
silently.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

from .._decoders import BytesLike, Decoder, JSONLinesDecoder, RawJSONLinesDecoder, is_error_item
from .._plan import StreamOf
from .._request import Response
from ..errors import DockerException, error_from_stream_item

__all__ = ["ErrorFactory", "progress_stream", "raise_after_error", "stream_error_factory"]

_T = TypeVar("_T")
#: Builds the exception for the daemon's error object.
ErrorFactory = Callable[[Mapping[str, Any]], DockerException]


def _error_in_line(line: bytes) -> Mapping[str, Any] | None:
    if b'"error' not in line:  # most lines are progress: skip the parse
        return None
    try:
        value = json.loads(line)
    except ValueError:
        return None
    return value if is_error_item(value) else None


def _error_in_item(item: Any) -> Mapping[str, Any] | None:
    if isinstance(item, bytes):
        return _error_in_line(item)
    return item if is_error_item(item) else None


class _RaiseAfterError(Generic[_T]):
    """Wraps a JSON-lines decoder: items pass through up to and including the
    first error object; the next `feed()`/`flush()` raises the typed error."""

    __slots__ = ("_error", "_factory", "_inner")

    def __init__(self, inner: Decoder[_T], factory: ErrorFactory) -> None:
        self._inner = inner
        self._factory = factory
        self._error: DockerException | None = None

    def _check(self, items: list[_T]) -> list[_T]:
        for index, item in enumerate(items):
            error_item = _error_in_item(item)
            if error_item is not None:
                self._error = self._factory(error_item)
                return items[: index + 1]
        return items

    def _raise_latched(self) -> None:
        if self._error is not None:
            raise self._error

    def feed(self, data: BytesLike) -> list[_T]:
        self._raise_latched()
        return self._check(self._inner.feed(data))

    def flush(self) -> list[_T]:
        self._raise_latched()
        items = self._check(self._inner.flush())
        # Nothing reads after flush(): an error found only now (a last line
        # without its newline) is raised at once.
        self._raise_latched()
        return items


def raise_after_error(
    decoder: Callable[[], Decoder[_T]], factory: ErrorFactory
) -> Callable[[], Decoder[_T]]:
    """A decoder factory whose decoders raise `factory(error object)` after handing it over."""

    def make() -> Decoder[_T]:
        return _RaiseAfterError(decoder(), factory)

    return make


def stream_error_factory(response: Response) -> ErrorFactory:
    """`StreamError` naming the request that carried the error object."""
    request = response.http.request
    return functools.partial(error_from_stream_item, method=request.method, url=str(request.url))


def progress_stream(
    response: Response, decode: bool, factory: ErrorFactory | None = None
) -> StreamOf[Any]:
    """The progress lines of `response`: dicts with `decode`, else the JSON lines
    as bytes; an error object raises (`factory`, default `StreamError`) after it."""
    on_error = factory if factory is not None else stream_error_factory(response)
    inner: Callable[[], Decoder[Any]] = JSONLinesDecoder if decode else RawJSONLinesDecoder
    return StreamOf.decoded(response, raise_after_error(inner, on_error))
