"""Chunked bodies read past h11: the sans-IO ChunkedDecoder, and the reader on a real socket.

The socket is a unix socket in the test's tmp_path served by a thread of this process,
so the reader meets real httpx/httpcore connections (which MockTransport cannot give).
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from dockerapi import _streams
from dockerapi._decoders import ChunkedDecoder, FrameDecoder, RawDecoder, encode_frame
from dockerapi._rawbody import take_over
from dockerapi._streams import AsyncStream, Stream
from dockerapi.errors import StreamParseError
from hypothesis import given
from hypothesis import strategies as st

# --- ChunkedDecoder ---------------------------------------------------------------------------


def chunked(pieces: list[bytes], *, extension: bytes = b"", trailers: bytes = b"") -> bytes:
    body = b"".join(b"%x%s\r\n%s\r\n" % (len(piece), extension, piece) for piece in pieces if piece)
    return body + b"0\r\n" + trailers + b"\r\n"


def decode(data_pieces: list[bytes]) -> tuple[bytes, bool]:
    decoder = ChunkedDecoder()
    out = b"".join(item for piece in data_pieces for item in decoder.feed(piece))
    return out, decoder.done


def test_chunks_extensions_and_trailers() -> None:
    body = chunked([b"hello", b" ", b"world"], extension=b";name=value", trailers=b"X-A: 1\r\n")
    assert decode([body]) == (b"hello world", True)
    assert decode([bytes([byte]) for byte in body]) == (b"hello world", True)
    assert decode([b"A\r\n0123456789\r\n0\r\n\r\n"]) == (b"0123456789", True)


def test_one_item_per_feed_whatever_the_number_of_chunks() -> None:
    decoder = ChunkedDecoder()
    assert decoder.feed(chunked([b"a"] * 100)) == [b"a" * 100]
    assert decoder.done
    assert decoder.feed(b"garbage after the end is ignored") == []
    assert decoder.flush() == []


@given(
    pieces=st.lists(st.binary(min_size=1, max_size=40), max_size=10),
    cuts=st.lists(st.integers(min_value=0, max_value=600), max_size=8),
)
def test_every_split_decodes_alike(pieces: list[bytes], cuts: list[int]) -> None:
    body = chunked(pieces, extension=b";x", trailers=b"T: v\r\n")
    points = sorted({min(cut, len(body)) for cut in cuts})
    split, start = [], 0
    for point in points:
        split.append(body[start:point])
        start = point
    split.append(body[start:])
    assert decode(split) == (b"".join(pieces), True)


def test_cut_off_body_fails_at_flush() -> None:
    body = chunked([b"hello", b"world"])
    for cut in range(len(body)):
        decoder = ChunkedDecoder()
        decoder.feed(body[:cut])
        assert not decoder.done
        with pytest.raises(StreamParseError, match="closed before the last chunk"):
            decoder.flush()


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"zz\r\nab\r\n", "bad chunk-size line"),
        (b"-1\r\n", "bad chunk-size line"),
        (b"0x2\r\nab\r\n", "bad chunk-size line"),
        (b"2\r\nabXX", "does not end with CRLF"),
        (b"1" * 9000, "too long"),
    ],
)
def test_malformed_bodies(body: bytes, message: str) -> None:
    with pytest.raises(StreamParseError, match=message):
        ChunkedDecoder().feed(body)


# --- the reader, on a real connection ---------------------------------------------------------


class OneShotServer:
    """Answers each connection on a unix socket with `reply` (raw HTTP bytes), then closes."""

    def __init__(self, path: Path, reply: bytes) -> None:
        self.path = str(path)
        self.reply = reply
        self.connections = 0
        #: cleared: keep each connection open after the reply until it is set again
        self.hold = threading.Event()
        self.hold.set()
        self._listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._listener.bind(self.path)
        self._listener.listen(8)
        self._stopped = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        self._listener.settimeout(0.05)  # so that close() is seen soon
        while not self._stopped:
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(None)
            self.connections += 1
            with conn:
                request = b""
                while b"\r\n\r\n" not in request:
                    data = conn.recv(65536)
                    if not data:
                        break
                    request += data
                conn.sendall(self.reply)
                self.hold.wait(timeout=10)

    def close(self) -> None:
        self._stopped = True
        self.hold.set()
        self._thread.join(timeout=5)
        self._listener.close()


def head(extra: bytes = b"Transfer-Encoding: chunked\r\n") -> bytes:
    return b"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n" + extra + b"\r\n"


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[Callable[[bytes], OneShotServer]]:
    servers: list[OneShotServer] = []

    def start(reply: bytes) -> OneShotServer:
        server = OneShotServer(tmp_path / f"s{len(servers)}.sock", reply)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


def no_mapping(error: httpx.TransportError) -> Exception:
    return error


FRAMES = [(1, b"out %d\n" % i) for i in range(2000)] + [(2, b"err\n")]
MULTIPLEXED = b"".join(encode_frame(stream, payload) for stream, payload in FRAMES)


def one_chunk_per_frame() -> bytes:
    # As the daemon writes logs: one chunk per frame.
    return chunked([encode_frame(stream, payload) for stream, payload in FRAMES])


def test_sync_stream_reads_the_socket_itself(
    serve: Callable[[bytes], OneShotServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    taken: list[Any] = []
    original = _streams.sync_chunks
    monkeypatch.setattr(_streams, "sync_chunks", lambda raw: taken.append(raw) or original(raw))
    server = serve(head() + one_chunk_per_frame())
    with httpx.Client(transport=httpx.HTTPTransport(uds=server.path)) as client:
        response = client.send(client.build_request("GET", "http://docker/logs"), stream=True)
        raw = take_over(response)
        assert raw is not None and raw.received  # h11 had body bytes buffered already
        stream = Stream(response, FrameDecoder(), lambda frame: frame, map_error=no_mapping)
        assert list(stream) == FRAMES
        assert stream.closed and response.is_closed
        assert len(taken) == 1


async def test_async_stream_reads_the_socket_itself(
    serve: Callable[[bytes], OneShotServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    taken: list[Any] = []
    original = _streams.async_chunks
    monkeypatch.setattr(_streams, "async_chunks", lambda raw: taken.append(raw) or original(raw))
    server = serve(head() + one_chunk_per_frame())
    async with httpx.AsyncClient(transport=httpx.AsyncHTTPTransport(uds=server.path)) as client:
        request = client.build_request("GET", "http://docker/logs")
        response = await client.send(request, stream=True)
        stream = AsyncStream(response, FrameDecoder(), lambda frame: frame, map_error=no_mapping)
        assert [frame async for frame in stream] == FRAMES
        assert len(taken) == 1


def test_cut_off_body_raises_like_httpx(serve: Callable[[bytes], OneShotServer]) -> None:
    body = one_chunk_per_frame()
    server = serve(head() + body[: len(body) // 2])
    with httpx.Client(transport=httpx.HTTPTransport(uds=server.path)) as client:
        response = client.send(client.build_request("GET", "http://docker/logs"), stream=True)
        stream = Stream(response, FrameDecoder(), lambda frame: frame, map_error=no_mapping)
        with pytest.raises(httpx.RemoteProtocolError, match="incomplete chunked read"):
            list(stream)


def test_the_connection_is_not_reused_after_a_take_over(
    serve: Callable[[bytes], OneShotServer],
) -> None:
    # h11 never saw the body end, so httpcore must drop the connection, not pool it.
    server = serve(head() + chunked([b"abc"]))
    with httpx.Client(transport=httpx.HTTPTransport(uds=server.path)) as client:
        for _ in range(3):
            response = client.send(client.build_request("GET", "http://docker/x"), stream=True)
            stream = Stream(response, RawDecoder(), lambda data: data, map_error=no_mapping)
            assert b"".join(stream) == b"abc"
    assert server.connections == 3


@pytest.mark.parametrize(
    "reply",
    [
        head(b"Content-Length: 3\r\n") + b"abc",  # not chunked: httpx reads it
        head(b"Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n") + chunked([b"x"]),
    ],
)
def test_other_bodies_are_left_to_httpx(
    serve: Callable[[bytes], OneShotServer], reply: bytes
) -> None:
    server = serve(reply)
    with httpx.Client(transport=httpx.HTTPTransport(uds=server.path)) as client:
        response = client.send(client.build_request("GET", "http://docker/x"), stream=True)
        assert take_over(response) is None
        response.close()


def test_mock_transports_are_left_to_httpx() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Transfer-Encoding": "chunked"}, content=b"x")

    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        response = client.send(client.build_request("GET", "http://docker/x"), stream=True)
        assert take_over(response) is None
        response.close()


def test_a_read_timeout_is_httpx_s(serve: Callable[[bytes], OneShotServer]) -> None:
    server = serve(head() + b"3\r\nabc\r\n")
    server.hold.clear()  # then silence, with the connection open
    timeout = httpx.Timeout(5, read=0.2)
    with httpx.Client(transport=httpx.HTTPTransport(uds=server.path), timeout=timeout) as client:
        response = client.send(client.build_request("GET", "http://docker/x"), stream=True)
        assert take_over(response) is not None
        stream = Stream(response, RawDecoder(), lambda data: data, map_error=no_mapping)
        assert next(stream) == b"abc"
        with pytest.raises(httpx.ReadTimeout):
            next(stream)
    server.hold.set()
