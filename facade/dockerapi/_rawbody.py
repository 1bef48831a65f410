"""Streamed response bodies read straight off the connection, past h11.

Why: httpcore parses HTTP/1.1 with h11, which spends several microseconds of
Python on every chunk of a chunked body, and the daemon writes one chunk per
write: for `logs`, one per line. 100 MB of 1 KB lines is 100 000 trips through
h11, which made dockerapi's logs slower than docker-py's (urllib3 and
http.client). Here the body costs one socket read per 64 KiB plus a slice per
chunk.

How: after httpx has parsed the response head, a chunked body is taken over:
first the bytes h11 has received but not parsed yet (`h11.Connection.trailing_data`,
public h11 API), then the socket through httpcore's `network_stream` response
extension (public httpcore API), de-chunked by the sans-IO `ChunkedDecoder`.
Finding the h11 connection behind an httpx response takes private attributes of
httpx and httpcore (versions pinned in pyproject.toml; a test checks that the
real engine's streams take this path). When they are not where expected
(another transport, a mock, a new release), `take_over` returns None and the
body is read through httpx as before. h11 never sees the body end, so httpcore
closes the connection when the response is closed rather than reusing it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any, NamedTuple

import h11
import httpx

from ._decoders import ChunkedDecoder
from ._transport import as_httpx_error

__all__ = ["RawBody", "async_chunks", "sync_chunks", "take_over"]

_READ_SIZE = 65536


class RawBody(NamedTuple):
    """Where a taken-over body continues: bytes already received, then the socket."""

    received: bytes
    network_stream: Any
    read_timeout: float | None


def _h11_connection(response: httpx.Response) -> Any:
    # httpx's bound stream -> httpx's transport stream -> httpcore's pool stream ->
    # httpcore's HTTP/1.1 stream -> its connection, which holds the h11 state.
    try:
        bound: Any = response.stream
        connection = bound._stream._httpcore_stream._stream._connection
        state = connection._h11_state
        network_stream = connection._network_stream
    except AttributeError:
        return None
    if not isinstance(state, h11.Connection):
        return None
    if network_stream is not response.extensions.get("network_stream"):
        return None
    return state


def take_over(response: httpx.Response) -> RawBody | None:
    """How to read `response`'s chunked body ourselves, or None to leave it to httpx."""
    if response.status_code == 101 or response.is_stream_consumed:
        return None
    headers = response.headers
    if headers.get("transfer-encoding", "").lower() != "chunked" or "content-encoding" in headers:
        return None
    state = _h11_connection(response)
    if state is None or state.their_state is not h11.SEND_BODY:
        return None
    received, _closed = state.trailing_data
    timeout = response.request.extensions.get("timeout", {}).get("read")
    return RawBody(bytes(received), response.extensions["network_stream"], timeout)


def _cut_off() -> httpx.RemoteProtocolError:
    # What h11 says in the same case, so both paths fail alike.
    return httpx.RemoteProtocolError(
        "peer closed connection without sending complete message body: incomplete chunked read"
    )


def sync_chunks(body: RawBody) -> Iterator[bytes]:
    """The de-chunked payload, as it arrives (blocking reads)."""
    decoder = ChunkedDecoder()
    data = body.received
    while True:
        yield from decoder.feed(data)
        if decoder.done:
            return
        try:
            data = body.network_stream.read(_READ_SIZE, body.read_timeout)
        except Exception as error:  # httpcore's errors, as httpx would raise them
            raise as_httpx_error(error, writing=False) from error
        if not data:
            raise _cut_off()


async def async_chunks(body: RawBody) -> AsyncIterator[bytes]:
    """The asyncio twin of `sync_chunks`."""
    decoder = ChunkedDecoder()
    data = body.received
    while True:
        for piece in decoder.feed(data):
            yield piece
        if decoder.done:
            return
        try:
            data = await body.network_stream.read(_READ_SIZE, body.read_timeout)
        except Exception as error:
            raise as_httpx_error(error, writing=False) from error
        if not data:
            raise _cut_off()
