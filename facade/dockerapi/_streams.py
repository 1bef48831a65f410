"""Streams handed to callers: closeable iterators over a streamed response.

`Stream[T]` (sync) and `AsyncStream[T]` (async) read the response body (or the
raw connection, when the daemon upgraded it) chunk by chunk, feed a sans-IO
decoder and yield its items through a transform. Nothing is buffered beyond
one chunk and the decoder's own state.

Closing early releases the connection: the response is closed, and a
connection that was not read to the end is dropped rather than reused. A
stream left unclosed is closed when garbage-collected. `Stream.close()` may be
called from another thread while one is blocked reading (docker-py's
CancellableStream): it shuts the socket down, which wakes the reader, and the
reader then ends the iteration quietly.

Bodies come off the project's transport (`dockerapi._http_transport`), whose
parser de-chunks in C: the daemon sends one chunk per log line, and a
pure-Python parser's cost per chunk used to be most of the time spent reading
logs. An upgraded connection is read straight off its network stream.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from typing import Any, Generic, TypeVar

import httpx

from ._closing import AsyncClosing, Closing
from ._plan import Decoder
from ._request import invalid_response
from ._transport import shutdown_network_stream
from .errors import DockerException, InvalidResponse

__all__ = ["AsyncStream", "Stream", "TransportErrorMapper", "shutdown_connection"]

T = TypeVar("T")

#: Turns an httpx transport error into the library's exception.
TransportErrorMapper = Callable[[httpx.TransportError], Exception]

_UPGRADED_READ_SIZE = 65536


def shutdown_connection(response: httpx.Response) -> None:
    """Shut down the connection under `response` in both directions, to wake a
    reader blocked in another thread (or task)."""
    network_stream = response.extensions.get("network_stream")
    if network_stream is not None:
        shutdown_network_stream(network_stream)


def _unreadable(response: httpx.Response, error: Exception) -> InvalidResponse:
    return invalid_response(
        response, f"an item of the stream cannot be read ({type(error).__name__}: {error})"
    )


#: What decoding or transforming an item raises when the daemon sent something else
#: than the API says (a model's from_dict on the wrong shape, strict UTF-8 on bad bytes).
_UNREADABLE_ITEM = (TypeError, KeyError, IndexError, AttributeError, ValueError)


def _sync_chunks(response: httpx.Response, chunk_size: int | None) -> Iterator[bytes]:
    if response.status_code == 101:
        network_stream = response.extensions["network_stream"]
        size = chunk_size or _UPGRADED_READ_SIZE
        while True:
            data = network_stream.read(size)
            if not data:
                return
            yield data
    yield from response.iter_bytes(chunk_size)


def _sync_items(
    response: httpx.Response,
    decoder: Decoder[Any],
    transform: Callable[[Any], T],
    chunk_size: int | None,
) -> Generator[T, None, None]:
    # A plain function (not a method) so the generator holds no reference to
    # the Stream: an abandoned Stream is then freed, and closed, at once.
    try:
        for chunk in _sync_chunks(response, chunk_size):
            for item in decoder.feed(chunk):
                yield transform(item)
        for item in decoder.flush():
            yield transform(item)
    except _UNREADABLE_ITEM as error:
        if isinstance(error, DockerException):
            raise
        raise _unreadable(response, error) from error


class Stream(Closing, Generic[T]):
    """A closeable iterator of decoded items from a streamed response."""

    def __init__(
        self,
        response: httpx.Response,
        decoder: Decoder[Any],
        transform: Callable[[Any], T],
        *,
        map_error: TransportErrorMapper,
        chunk_size: int | None = None,
        owner: object = None,
    ) -> None:
        self._response = response
        self._items = _sync_items(response, decoder, transform, chunk_size)
        self._map_error = map_error
        # What made the stream (its executor): kept alive while the stream is, so that
        # collecting an unused client does not close this stream's connection.
        self._owner = owner
        self._lock = threading.Lock()
        self._closed = False
        self._reading = False
        self._released = False

    @property
    def response(self) -> httpx.Response:
        """The underlying response (status, headers)."""
        return self._response

    @property
    def closed(self) -> bool:
        """Whether the stream was closed (its connection released)."""
        return self._closed

    def __iter__(self) -> Stream[T]:
        return self

    def __next__(self) -> T:
        with self._lock:
            if self._closed:
                closed_by_other = True
            else:
                closed_by_other = False
                self._reading = True
        if closed_by_other:
            self._release()
            raise StopIteration
        try:
            return next(self._items)
        except StopIteration:
            self._closed = True
            self._release()
            raise
        except Exception as error:
            # Closed from another thread: whatever the cut-off read raised
            # just means "the end".
            interrupted = self._closed
            self._closed = True
            with contextlib.suppress(Exception):
                self._release()
            if interrupted:
                raise StopIteration from None
            if isinstance(error, httpx.TransportError):
                raise self._map_error(error) from error
            raise
        except BaseException:
            self._closed = True
            self._release()
            raise
        finally:
            with self._lock:
                self._reading = False

    def _release(self) -> None:
        # Only ever called from the reading thread, or when nobody reads.
        if self._released:
            return
        self._released = True
        self._owner = None
        self._items.close()
        self._response.close()

    def close(self) -> None:
        """Stop the stream and release its connection; safe from any thread."""
        with self._lock:
            if self._closed and self._released:
                return
            self._closed = True
            reading = self._reading
        if reading:
            shutdown_connection(self._response)  # the reader wakes and releases
        else:
            self._release()

    def __del__(self) -> None:
        if not getattr(self, "_released", True):
            with contextlib.suppress(Exception):
                self.close()

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open"
        return f"<Stream {state} status={self._response.status_code}>"


async def _async_chunks(
    response: httpx.Response, chunk_size: int | None
) -> AsyncGenerator[bytes, None]:
    if response.status_code == 101:
        network_stream = response.extensions["network_stream"]
        size = chunk_size or _UPGRADED_READ_SIZE
        while True:
            data = await network_stream.read(size)
            if not data:
                return
            yield data
    async for chunk in response.aiter_bytes(chunk_size):
        yield chunk


async def _async_items(
    response: httpx.Response,
    decoder: Decoder[Any],
    transform: Callable[[Any], T],
    chunk_size: int | None,
) -> AsyncGenerator[T, None]:
    chunks = _async_chunks(response, chunk_size)
    try:
        async for chunk in chunks:
            for item in decoder.feed(chunk):
                yield transform(item)
        for item in decoder.flush():
            yield transform(item)
    except _UNREADABLE_ITEM as error:
        if isinstance(error, DockerException):
            raise
        raise _unreadable(response, error) from error
    finally:
        await chunks.aclose()


class AsyncStream(AsyncClosing, Generic[T]):
    """An async iterator of decoded items from a streamed response; `aclose()` it
    (or use `async with`) to release the connection early."""

    def __init__(
        self,
        response: httpx.Response,
        decoder: Decoder[Any],
        transform: Callable[[Any], T],
        *,
        map_error: TransportErrorMapper,
        chunk_size: int | None = None,
        owner: object = None,
    ) -> None:
        self._response = response
        self._items = _async_items(response, decoder, transform, chunk_size)
        self._map_error = map_error
        self._owner = owner
        self._closed = False
        self._reading = False
        self._released = False
        try:
            self._loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            self._loop = None

    @property
    def response(self) -> httpx.Response:
        """The underlying response (status, headers)."""
        return self._response

    @property
    def closed(self) -> bool:
        """Whether the stream was closed (its connection released)."""
        return self._closed

    def __aiter__(self) -> AsyncStream[T]:
        return self

    async def __anext__(self) -> T:
        if self._closed:
            await self._release()
            raise StopAsyncIteration
        self._reading = True
        try:
            return await self._items.__anext__()
        except StopAsyncIteration:
            self._closed = True
            await self._release()
            raise
        except Exception as error:
            interrupted = self._closed
            self._closed = True
            with contextlib.suppress(Exception):
                await self._release()
            if interrupted:
                raise StopAsyncIteration from None
            if isinstance(error, httpx.TransportError):
                raise self._map_error(error) from error
            raise
        except BaseException:
            self._closed = True
            await self._release()
            raise
        finally:
            self._reading = False

    async def _release(self) -> None:
        if self._released:
            return
        self._released = True
        self._owner = None
        try:
            await self._items.aclose()
        finally:
            await self._response.aclose()

    async def aclose(self) -> None:
        """Stop the stream and release its connection."""
        if self._closed and self._released:
            return
        self._closed = True
        if self._reading:
            shutdown_connection(self._response)  # the reading task wakes and releases
        else:
            await self._release()

    def __del__(self) -> None:
        if getattr(self, "_released", True):
            return
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        # Garbage-collected while open: release on the loop it belongs to.
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(_schedule_release, loop, self._items, self._response)

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open"
        return f"<AsyncStream {state} status={self._response.status_code}>"


def _schedule_release(
    loop: asyncio.AbstractEventLoop, items: AsyncIterator[Any], response: httpx.Response
) -> None:
    async def release() -> None:
        with contextlib.suppress(Exception):
            aclose = getattr(items, "aclose", None)
            if aclose is not None:
                await aclose()
        with contextlib.suppress(Exception):
            await response.aclose()

    task = loop.create_task(release())
    # The loop keeps only a weak reference to tasks: hold it until done.
    _pending_releases.add(task)
    task.add_done_callback(_pending_releases.discard)


_pending_releases: set[asyncio.Task[None]] = set()
