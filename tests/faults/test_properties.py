"""Properties (hypothesis): random names never change a request's path, and random byte
splits never change what a stream decodes to, within the limits or past them."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import unquote

import httpx
from dockerapi._decoders import (
    FrameDecoder,
    JSONLinesDecoder,
    RawJSONLinesDecoder,
    encode_frame,
)
from dockerapi._http1 import ResponseReader
from dockerapi._paths import path_segment
from dockerapi.api.client import APIClient
from dockerapi.errors import DockerException, InvalidArgument, NotFound, NullResource
from hypothesis import given
from hypothesis import strategies as st

names = st.one_of(
    st.text(max_size=40),
    st.lists(st.sampled_from(["..", ".", "", "a", "b:1", "%2F", "?", "#", " "]), max_size=5).map(
        "/".join
    ),
)


def _recording_client() -> tuple[APIClient, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(404, json={"message": "no such object"})

    client = APIClient(version="1.41", transport=httpx.MockTransport(handler))
    return client, seen


@given(name=names)
def test_a_name_never_changes_the_path(name: str) -> None:
    client, seen = _recording_client()
    with client:
        for send, prefix, suffix in (
            (lambda: client.inspect_container(name), "/v1.41/containers/", "/json"),
            (lambda: client.engine.image_inspect(name=name), "/v1.41/images/", "/json"),
            (lambda: client.engine.container_delete(id=name), "/v1.41/containers/", ""),
        ):
            before = len(seen)
            try:
                send()
            except (InvalidArgument, NullResource):
                assert len(seen) == before  # refused: nothing was sent
                continue
            except NotFound:
                pass
            (request,) = seen[before:]
            raw = request.url.raw_path.decode("ascii").split("?", 1)[0]
            assert raw.startswith(prefix) and raw.endswith(suffix)
            segment = raw[len(prefix) : len(raw) - len(suffix)]
            assert "/" not in segment and unquote(segment) == name
            assert request.url.query == b""


@given(name=names)
def test_path_segment_is_refusal_or_exact(name: str) -> None:
    try:
        segment = path_segment(name)
    except DockerException:
        parts = name.split("/")
        assert name == "" or any(part in ("", ".", "..") for part in parts)
        return
    assert "/" not in segment and "?" not in segment and "#" not in segment
    assert unquote(segment) == name


def _split(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({min(cut, len(data)) for cut in cuts})
    pieces, start = [], 0
    for point in points:
        pieces.append(data[start:point])
        start = point
    pieces.append(data[start:])
    return pieces


def _decode(decoder: Any, pieces: list[bytes]) -> tuple[list[Any], str | None]:
    """Everything decoded, then the error that stopped it (type and message) if any."""
    found: list[Any] = []
    try:
        for piece in pieces:
            found.extend(decoder.feed(piece))
        found.extend(decoder.flush())
    except DockerException as error:
        return found, f"{type(error).__name__}: {error}"
    return found, None


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


@given(
    values=st.lists(json_values, max_size=6),
    indents=st.lists(st.sampled_from([None, 1, 2]), min_size=6, max_size=6),
    cuts=st.lists(st.integers(min_value=0, max_value=2000), max_size=8),
    limit=st.sampled_from([None, 40, 200]),
)
def test_json_lines_do_not_depend_on_splits(
    values: list[Any], indents: list[int | None], cuts: list[int], limit: int | None
) -> None:
    # Values on one line or spread over many (indent), with or without a small limit.
    text = b"".join(
        json.dumps(value, indent=indent).encode() + b"\n"
        for value, indent in zip(values, indents, strict=False)
    )
    whole = _decode(JSONLinesDecoder(max_item=limit), [text])
    assert _decode(JSONLinesDecoder(max_item=limit), _split(text, cuts)) == whole
    assert _decode(JSONLinesDecoder(max_item=limit), [bytes([b]) for b in text]) == whole
    if limit is None:
        assert whole == (values, None)
    one_line = b"".join(json.dumps(value).encode() + b"\n" for value in values)
    raw = _decode(RawJSONLinesDecoder(max_item=limit), _split(one_line, cuts))
    assert raw == _decode(RawJSONLinesDecoder(max_item=limit), [one_line])


@given(
    frames=st.lists(
        st.tuples(st.sampled_from([1, 2]), st.binary(max_size=300)), min_size=1, max_size=6
    ),
    cuts=st.lists(st.integers(min_value=0, max_value=2000), max_size=8),
    max_frame=st.sampled_from([None, 100]),
)
def test_frames_do_not_depend_on_splits(
    frames: list[tuple[int, bytes]], cuts: list[int], max_frame: int | None
) -> None:
    data = b"".join(encode_frame(stream, payload) for stream, payload in frames)
    whole = _decode(FrameDecoder(max_frame=max_frame, max_chunk=64), [data])
    assert _decode(FrameDecoder(max_frame=max_frame, max_chunk=64), _split(data, cuts)) == whole


_HEADS = {
    "length": b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n",
    "chunked": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n",
    "close": b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n",
    "upgrade": b"HTTP/1.1 101 UPGRADED\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n",
}


def _read_response(pieces: list[bytes]) -> tuple[bytes, ResponseReader]:
    reader = ResponseReader("GET")
    body = b""
    for piece in [*pieces, b""]:  # b"": the daemon closes
        if reader.complete:
            break
        reader.feed(piece)
        body += reader.take()
    return body, reader


@given(
    chunks=st.lists(st.binary(min_size=1, max_size=200), max_size=8),
    cuts=st.lists(st.integers(min_value=0, max_value=2000), max_size=8),
    framing=st.sampled_from(sorted(_HEADS)),
)
def test_responses_do_not_depend_on_splits(
    chunks: list[bytes], cuts: list[int], framing: str
) -> None:
    # The transport's parser (_http1.ResponseReader) finds the same body, the same
    # end and the same raw bytes after an upgrade wherever the reads cut the bytes.
    payload = b"".join(chunks)
    if framing == "length":
        wire = _HEADS[framing] % len(payload) + payload
    elif framing == "chunked":
        wire = _HEADS[framing] + b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in chunks)
        wire += b"0\r\n\r\n"
    else:
        wire = _HEADS[framing] + payload
    body, reader = _read_response([piece for piece in _split(wire, cuts) if piece])
    assert reader.complete or reader.upgraded
    if framing == "upgrade":
        # what arrived with the head is the stream's start; the rest is read raw
        assert payload.startswith(reader.leftover) and body == b""
    else:
        assert body == payload
        assert reader.reusable == (framing != "close")
