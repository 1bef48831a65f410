"""The sans-IO stream decoders: every split of the input decodes like the whole input."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from dockerapi._decoders import (
    STDERR,
    STDIN,
    STDOUT,
    SYSTEMERR,
    Decoder,
    DemuxedOutput,
    FrameDecoder,
    FrameTextDecoder,
    JoinedOutput,
    JSONLinesDecoder,
    RawDecoder,
    RawJSONLinesDecoder,
    SniffingFrameDecoder,
    TtyFrameDecoder,
    Utf8Decoder,
    aiter_decoded,
    demux_frame,
    demux_output,
    encode_frame,
    is_error_item,
    iter_decoded,
    iter_demuxed,
    iter_payloads,
    join_output,
    parse_frame_header,
)
from dockerapi.errors import APIError, StreamError, StreamParseError
from hypothesis import given, settings
from hypothesis import strategies as st

# --- harness ------------------------------------------------------------------------------


def run(decoder: Decoder[Any], chunks: list[bytes]) -> tuple[list[Any], BaseException | None]:
    """Feed ``chunks`` then flush; the items produced, and the error that ended it, if any.

    After an error the decoder must keep raising it (the latch), which is checked here.
    """
    items: list[Any] = []
    try:
        for chunk in chunks:
            items.extend(decoder.feed(chunk))
        items.extend(decoder.flush())
    except Exception as error:
        with pytest.raises(type(error)):
            decoder.flush()
        return items, error
    return items, None


def summary(result: tuple[list[Any], BaseException | None]) -> tuple[list[Any], str | None]:
    items, error = result
    return items, None if error is None else f"{type(error).__name__}: {error}"


def split_at(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({min(max(cut, 0), len(data)) for cut in cuts})
    pieces, start = [], 0
    for point in points:
        pieces.append(data[start:point])
        start = point
    pieces.append(data[start:])
    return pieces


def assert_split_invariant(make: Callable[[], Decoder[Any]], data: bytes) -> list[Any]:
    """Whole input vs every single split point vs byte-at-a-time: identical results."""
    expected = summary(run(make(), [data]))
    for cut in range(len(data) + 1):
        assert summary(run(make(), [data[:cut], data[cut:]])) == expected, cut
    assert summary(run(make(), [data[i : i + 1] for i in range(len(data))])) == expected
    return expected[0]


cuts_strategy = st.lists(st.integers(min_value=0, max_value=4096), max_size=12)

frames_strategy = st.lists(
    st.tuples(st.sampled_from([STDOUT, STDERR, STDIN]), st.binary(max_size=40)), max_size=12
)


def multiplexed(frames: list[tuple[int, bytes]]) -> bytes:
    return b"".join(encode_frame(stream_id, payload) for stream_id, payload in frames)


# --- frames ---------------------------------------------------------------------------------


def test_frame_header_round_trip() -> None:
    header = encode_frame(STDERR, b"x" * 300)[:8]
    assert header == b"\x02\x00\x00\x00\x00\x00\x01\x2c"
    assert parse_frame_header(header) == (STDERR, 300)
    with pytest.raises(StreamParseError):
        parse_frame_header(b"\x01\x00\x00")


def test_frames_interleaved_stdout_stderr_and_empty_frames() -> None:
    data = multiplexed(
        [(STDOUT, b"out1\n"), (STDERR, b"err1\n"), (STDOUT, b""), (STDERR, b"err2\n")]
    )
    items = assert_split_invariant(FrameDecoder, data)
    # Empty frames carry nothing and are dropped.
    assert items == [(STDOUT, b"out1\n"), (STDERR, b"err1\n"), (STDERR, b"err2\n")]


@given(frames=frames_strategy, cuts=cuts_strategy)
def test_frames_any_chunking_equals_one_shot(
    frames: list[tuple[int, bytes]], cuts: list[int]
) -> None:
    data = multiplexed(frames)
    expected = [frame for frame in frames if frame[1]]
    assert run(FrameDecoder(), [data]) == (expected, None)
    assert run(FrameDecoder(), split_at(data, cuts)) == (expected, None)


@given(frames=frames_strategy)
@settings(max_examples=40)
def test_frames_every_split_point(frames: list[tuple[int, bytes]]) -> None:
    assert_split_invariant(FrameDecoder, multiplexed(frames))


@given(
    sizes=st.lists(st.integers(min_value=0, max_value=50), min_size=1, max_size=6),
    max_chunk=st.integers(min_value=1, max_value=16),
    cuts=cuts_strategy,
)
def test_big_frames_come_in_fixed_pieces(sizes: list[int], max_chunk: int, cuts: list[int]) -> None:
    frames = [(STDOUT if i % 2 else STDERR, bytes([i]) * size) for i, size in enumerate(sizes)]
    data = multiplexed(frames)
    items, error = run(FrameDecoder(max_chunk=max_chunk), split_at(data, cuts))
    assert error is None
    expected = [
        (stream_id, payload[start : start + max_chunk])
        for stream_id, payload in frames
        for start in range(0, len(payload), max_chunk)
    ]
    assert items == expected
    assert all(len(payload) <= max_chunk for _, payload in items)


def test_huge_frame_split_across_feeds() -> None:
    payload = bytes(range(256)) * 4096 * 3  # 3 MiB in one frame
    data = encode_frame(STDOUT, payload) + encode_frame(STDERR, b"tail")
    decoder = FrameDecoder(max_chunk=1 << 20)
    items: list[tuple[int, bytes]] = []
    for start in range(0, len(data), 65521):  # odd chunk size: splits header and payload
        items.extend(decoder.feed(data[start : start + 65521]))
    items.extend(decoder.flush())
    assert [len(chunk) for _, chunk in items] == [1 << 20] * 3 + [4]
    assert b"".join(chunk for stream_id, chunk in items if stream_id == STDOUT) == payload
    assert items[-1] == (STDERR, b"tail")


def test_frame_size_up_to_uint32_max_is_announced_not_buffered() -> None:
    decoder = FrameDecoder(max_chunk=4, max_frame=2**32 - 1)
    assert decoder.feed(b"\x01\x00\x00\x00\xff\xff\xff\xff" + b"abcdefghij") == [
        (STDOUT, b"abcd"),
        (STDOUT, b"efgh"),
    ]
    with pytest.raises(StreamParseError, match="4294967285 bytes of a frame's payload missing"):
        decoder.flush()


@pytest.mark.parametrize("cut", [1, 7, 8, 9, 12])
def test_truncated_frame_at_flush(cut: int) -> None:
    data = multiplexed([(STDOUT, b"complete"), (STDERR, b"cutoff")])
    truncated = data[: len(encode_frame(STDOUT, b"complete")) + cut]
    items, error = run(FrameDecoder(), [truncated])
    assert items == [(STDOUT, b"complete")]
    assert isinstance(error, StreamParseError)
    assert "stream ended inside a frame" in str(error)
    # Lenient mode (docker-py's): the partial payload is returned, a partial header dropped.
    lenient, error = run(FrameDecoder(strict=False), [truncated])
    assert error is None
    partial = b"cutoff"[: max(cut - 8, 0)]
    assert lenient == [(STDOUT, b"complete")] + ([(STDERR, partial)] if partial else [])


def test_not_multiplexed_stream_is_rejected_after_good_frames() -> None:
    data = encode_frame(STDOUT, b"ok") + b"hello from a tty\n"
    decoder = FrameDecoder()
    assert decoder.feed(data) == [(STDOUT, b"ok")]  # items first, error on the next call
    with pytest.raises(StreamParseError, match="names stream 104"):
        decoder.feed(b"more")
    with pytest.raises(StreamParseError):
        decoder.flush()
    assert_split_invariant(FrameDecoder, data)


def test_system_error_frames_are_items_and_raise_in_consumers() -> None:
    data = multiplexed([(STDOUT, b"partial output"), (SYSTEMERR, b"exec failed: oops\n")])
    frames = assert_split_invariant(FrameDecoder, data)
    assert frames == [(STDOUT, b"partial output"), (SYSTEMERR, b"exec failed: oops\n")]
    payloads = iter_payloads(frames)
    assert next(payloads) == b"partial output"
    with pytest.raises(StreamError, match="exec failed: oops") as caught:
        next(payloads)
    assert isinstance(caught.value, APIError) and caught.value.is_error()
    with pytest.raises(StreamError):
        list(iter_demuxed(frames))
    with pytest.raises(StreamError):
        join_output(frames)
    with pytest.raises(StreamError):
        demux_output(frames)
    # An empty system error frame is still an error.
    assert FrameDecoder().feed(encode_frame(SYSTEMERR, b"")) == [(SYSTEMERR, b"")]
    with pytest.raises(StreamError, match="unknown error"):
        demux_frame(SYSTEMERR, b"")


def test_decoder_accepts_bytes_like_input() -> None:
    data = encode_frame(STDOUT, b"abc")
    assert FrameDecoder().feed(bytearray(data)) == [(STDOUT, b"abc")]
    assert FrameDecoder().feed(memoryview(data)) == [(STDOUT, b"abc")]
    assert all(type(payload) is bytes for _, payload in FrameDecoder().feed(bytearray(data)))


# --- docker-py result shapes ----------------------------------------------------------------


def test_demux_shapes_follow_docker_py() -> None:
    assert demux_frame(STDOUT, b"o") == (b"o", None)
    assert demux_frame(STDERR, b"e") == (None, b"e")
    assert demux_frame(STDIN, b"i") == (b"i", None)  # as Go's stdcopy treats stdin
    with pytest.raises(ValueError, match="7 is not a valid stream"):
        demux_frame(7, b"")
    frames = [(STDOUT, b"a"), (STDERR, b"b"), (STDOUT, b"c")]
    assert list(iter_demuxed(frames)) == [(b"a", None), (None, b"b"), (b"c", None)]
    assert list(iter_payloads(frames)) == [b"a", b"b", b"c"]
    assert join_output(frames) == b"abc"
    assert demux_output(frames) == (b"ac", b"b")


@pytest.mark.parametrize(
    ("frames", "expected"),
    [
        ([], (None, None)),
        ([(STDOUT, b"only out")], (b"only out", None)),
        ([(STDERR, b"only err")], (None, b"only err")),
        # Empty payloads never turn None into b"": a side is None when it carried no bytes.
        ([(STDOUT, b""), (STDERR, b"e")], (None, b"e")),
        ([(STDOUT, b"x"), (STDERR, b"")], (b"x", None)),
    ],
)
def test_demuxed_output_none_rule(
    frames: list[tuple[int, bytes]], expected: tuple[bytes | None, bytes | None]
) -> None:
    assert demux_output(frames) == expected
    accumulator = DemuxedOutput()
    for frame in frames:
        accumulator.add(*frame)
    assert accumulator.value() == expected


@given(frames=frames_strategy)
def test_demux_matches_docker_py_consume_socket_output(frames: list[tuple[int, bytes]]) -> None:
    docker_socket = pytest.importorskip("docker.utils.socket")
    # docker-py never yields empty frames (its reader skips them) and rejects stdin.
    nonempty = [(sid, data) for sid, data in frames if data and sid != STDIN]
    theirs = docker_socket.consume_socket_output(
        (docker_socket.demux_adaptor(*frame) for frame in nonempty), demux=True
    )
    assert demux_output(nonempty) == theirs
    assert join_output(nonempty) == docker_socket.consume_socket_output(
        (data for _, data in nonempty), demux=False
    )
    joined = JoinedOutput()
    for frame in frames:
        joined.add(*frame)
    assert joined.value() == b"".join(data for _, data in frames)


# --- raw -------------------------------------------------------------------------------------


@given(data=st.binary(max_size=200), cuts=cuts_strategy, chunk_size=st.integers(1, 17))
def test_raw_pieces_are_reads_cut_to_the_chunk_size_never_joined(
    data: bytes, cuts: list[int], chunk_size: int
) -> None:
    reads = split_at(data, cuts)
    expected = [
        read[start : start + chunk_size]
        for read in reads
        for start in range(0, len(read), chunk_size)
    ]
    assert run(RawDecoder(chunk_size), reads) == (expected, None)


@given(data=st.binary(max_size=200), cuts=cuts_strategy)
def test_raw_passthrough_keeps_every_byte(data: bytes, cuts: list[int]) -> None:
    chunks = split_at(data, cuts)
    items, error = run(RawDecoder(), chunks)
    assert error is None
    assert items == [chunk for chunk in chunks if chunk]
    tty_items, _ = run(TtyFrameDecoder(), chunks)
    assert tty_items == [(STDOUT, chunk) for chunk in chunks if chunk]


def test_raw_rejects_nonsense_chunk_size() -> None:
    with pytest.raises(ValueError):
        RawDecoder(0)
    with pytest.raises(ValueError):
        FrameDecoder(max_chunk=0)


# --- JSON lines ------------------------------------------------------------------------------

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**40), 2**40)
    | st.floats(allow_nan=False, allow_infinity=False, width=32)
    | st.text(max_size=6)
)
json_values = json_scalars | st.lists(json_scalars, max_size=3)
progress_objects = st.dictionaries(
    st.sampled_from(["status", "id", "progress", "stream", "aux"]), json_values, max_size=3
)
separators = st.sampled_from(["\n", "\r\n", "\n\n", " \n", "", " ", "\r\n\r\n"])


@given(
    objects=st.lists(progress_objects, max_size=6),
    seps=st.lists(separators, min_size=6, max_size=6),
    cuts=cuts_strategy,
)
def test_json_lines_any_chunking_and_separators(
    objects: list[dict[str, Any]], seps: list[str], cuts: list[int]
) -> None:
    # Objects separated by newlines, CRLF, blank lines, or nothing at all.
    text = "".join(json.dumps(obj) + sep for obj, sep in zip(objects, seps, strict=False))
    data = text.encode()
    assert run(JSONLinesDecoder(), [data]) == (objects, None)
    assert run(JSONLinesDecoder(), split_at(data, cuts)) == (objects, None)


@given(objects=st.lists(progress_objects, max_size=4))
@settings(max_examples=30)
def test_json_lines_every_split_point(objects: list[dict[str, Any]]) -> None:
    data = "".join(json.dumps(obj, ensure_ascii=False) + "\r\n" for obj in objects).encode()
    assert assert_split_invariant(JSONLinesDecoder, data) == objects


def test_json_value_spread_over_lines_and_multibyte_text() -> None:
    pretty = json.dumps({"status": "Pulling fs layer", "id": "ünï€😀"}, indent=2)
    data = (pretty + "\n" + json.dumps([1, 2]) + "\n").encode()
    assert assert_split_invariant(JSONLinesDecoder, data) == [
        {"status": "Pulling fs layer", "id": "ünï€😀"},
        [1, 2],
    ]


PULL_FAILURE = (
    b'{"status":"Pulling from library/nope","id":"latest"}\r\n'
    b'{"errorDetail":{"message":"manifest unknown","code":404},"error":"manifest unknown"}\r\n'
    b'{"status":"never seen"}\r\n'
)


def test_json_error_objects_are_plain_items_by_default() -> None:
    items = assert_split_invariant(JSONLinesDecoder, PULL_FAILURE)
    assert len(items) == 3 and is_error_item(items[1])
    assert not is_error_item(items[0]) and not is_error_item({"error": ""})
    assert not is_error_item(["error"])


def test_json_error_mid_stream_raises_stream_error() -> None:
    items, error = run(JSONLinesDecoder(raise_on_error=True), [PULL_FAILURE])
    assert items == [{"status": "Pulling from library/nope", "id": "latest"}]
    assert isinstance(error, StreamError) and isinstance(error, APIError)
    assert error.explanation == "manifest unknown"
    assert error.code == 404
    assert error.item is not None and error.item["error"] == "manifest unknown"
    assert "manifest unknown" in str(error)
    assert_split_invariant(lambda: JSONLinesDecoder(raise_on_error=True), PULL_FAILURE)
    # The first item raises at once; nothing is decoded after an error.
    decoder = JSONLinesDecoder(raise_on_error=True)
    with pytest.raises(StreamError):
        decoder.feed(b'{"error":"boom"}\n{"status":"x"}\n')
    with pytest.raises(StreamError):
        decoder.feed(b'{"status":"y"}\n')


def test_json_error_at_end_without_newline_raises_at_flush() -> None:
    decoder = JSONLinesDecoder(raise_on_error=True)
    assert decoder.feed(b'{"stream":"Step 1/2"}\n{"error":"build failed"}') == [
        {"stream": "Step 1/2"}
    ]
    with pytest.raises(StreamError, match="build failed"):
        decoder.flush()


def test_json_custom_error_factory() -> None:
    class BuildFailed(Exception):
        pass

    decoder = JSONLinesDecoder(error_factory=lambda item: BuildFailed(item["error"]))
    with pytest.raises(BuildFailed, match="no space left"):
        decoder.feed(b'{"error":"no space left"}\n')


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'{"status":"ok"}\n{"status": "cut', "ends inside a JSON value"),
        (b'{"status":"ok"}\n{"status":\n', "ends inside a JSON value"),
        (b'{"status":"ok"}\n[1, 2,', "ends inside a JSON value"),
    ],
)
def test_json_truncated_at_flush(data: bytes, message: str) -> None:
    items, error = run(JSONLinesDecoder(), [data])
    assert items == [{"status": "ok"}]
    assert isinstance(error, StreamParseError) and message in str(error)
    assert_split_invariant(JSONLinesDecoder, data)


def test_json_garbage_raises_without_waiting_for_the_end() -> None:
    decoder = JSONLinesDecoder()
    assert decoder.feed(b'{"a":1}\nnot json at all\n') == [{"a": 1}]
    with pytest.raises(StreamParseError, match="is not JSON"):
        decoder.feed(b'{"b":2}\n')
    assert_split_invariant(JSONLinesDecoder, b'{"a":1}\n{"unterminated\n{"b":2}\n')


def test_json_invalid_utf8_is_replaced_not_fatal() -> None:
    assert JSONLinesDecoder().feed(b'{"stream":"caf\xe9"}\n') == [{"stream": "caf\ufffd"}]


@given(
    objects=st.lists(progress_objects, max_size=5),
    seps=st.lists(st.sampled_from(["\n", "\r\n", "\n\n"]), min_size=5, max_size=5),
    tail=st.sampled_from(["", '{"x": 1}', "  "]),
    cuts=cuts_strategy,
)
def test_raw_json_lines_are_exact_bytes(
    objects: list[dict[str, Any]], seps: list[str], tail: str, cuts: list[int]
) -> None:
    data = ("".join(json.dumps(o) + s for o, s in zip(objects, seps, strict=False)) + tail).encode()
    items, error = run(RawJSONLinesDecoder(), split_at(data, cuts))
    assert error is None
    assert b"".join(items) == data
    assert items == data.splitlines(keepends=True)
    assert all(isinstance(item, bytes) for item in items)


def test_raw_json_lines_can_raise_on_error_objects() -> None:
    items, error = run(RawJSONLinesDecoder(raise_on_error=True), [PULL_FAILURE])
    assert items == [b'{"status":"Pulling from library/nope","id":"latest"}\r\n']
    assert isinstance(error, StreamError) and error.explanation == "manifest unknown"
    assert_split_invariant(lambda: RawJSONLinesDecoder(raise_on_error=True), PULL_FAILURE)
    # A progress line that merely mentions "error" is not an error object.
    harmless = b'{"status":"no \\"error\\" here"}\n{"aux":{"errors":0}}\n'
    assert run(RawJSONLinesDecoder(raise_on_error=True), [harmless]) == (
        harmless.splitlines(keepends=True),
        None,
    )


def test_raw_json_lines_match_docker_py_chunks_for_daemon_output() -> None:
    # Docker writes each message in its own HTTP chunk; docker-py's decode=False yields those.
    messages = [b'{"status":"Pulling"}\r\n', b'{"status":"Done"}\r\n']
    items, _ = run(RawJSONLinesDecoder(), [b"".join(messages)])
    assert items == messages


# --- text ------------------------------------------------------------------------------------

texts = st.text(alphabet=st.characters(codec="utf-8"), max_size=30)


@given(text=texts, cuts=cuts_strategy)
def test_utf8_never_splits_a_character(text: str, cuts: list[int]) -> None:
    items, error = run(Utf8Decoder(), split_at(text.encode(), cuts))
    assert error is None
    assert "".join(items) == text
    assert all(items)  # no empty items


@given(data=st.binary(max_size=40), cuts=cuts_strategy)
def test_utf8_replace_mode_matches_one_shot_decode(data: bytes, cuts: list[int]) -> None:
    items, error = run(Utf8Decoder(errors="replace"), split_at(data, cuts))
    assert error is None
    assert "".join(items) == data.decode("utf-8", errors="replace")


def test_utf8_strict_mode_raises_on_truncated_character() -> None:
    decoder = Utf8Decoder()
    assert decoder.feed("é€".encode()[:-1]) == ["é"]
    with pytest.raises(UnicodeDecodeError):
        decoder.flush()


@given(
    parts=st.lists(st.tuples(st.sampled_from([STDOUT, STDERR]), texts), max_size=6),
    frame_cuts=st.lists(st.integers(0, 60), max_size=6),
    cuts=cuts_strategy,
)
def test_multibyte_characters_split_across_interleaved_frames(
    parts: list[tuple[int, str]], frame_cuts: list[int], cuts: list[int]
) -> None:
    # Each stream's bytes are cut into frames at arbitrary byte offsets (mid-character),
    # and the frames of stdout and stderr are interleaved.
    frames: list[tuple[int, bytes]] = []
    for index, (stream_id, text) in enumerate(parts):
        for piece in split_at(text.encode(), frame_cuts[index:]):
            frames.append((stream_id, piece))
    data = multiplexed(frames)
    items, error = run(FrameTextDecoder(), split_at(data, cuts))
    assert error is None
    for stream_id in (STDOUT, STDERR):
        expected = "".join(text for sid, text in parts if sid == stream_id)
        assert "".join(text for sid, text in items if sid == stream_id) == expected
    assert all(text for _, text in items)


def test_frame_text_decoder_over_tty_and_strict_errors() -> None:
    euro = "€".encode()
    items, _ = run(FrameTextDecoder(TtyFrameDecoder()), [euro[:1], euro[1:] + b"!"])
    assert items == [(STDOUT, "€!")]
    decoder = FrameTextDecoder()
    assert decoder.feed(encode_frame(STDOUT, b"ok") + encode_frame(STDERR, b"\xff")) == [
        (STDOUT, "ok")
    ]
    with pytest.raises(UnicodeDecodeError):
        decoder.flush()
    replaced, _ = run(FrameTextDecoder(errors="replace"), [encode_frame(STDERR, euro[:2])])
    assert replaced == [(STDERR, "\ufffd")]


# --- drivers ---------------------------------------------------------------------------------


def test_iter_decoded_feeds_and_flushes() -> None:
    chunks = [b'{"a":', b"1}\n", b'{"b":2}']
    assert list(iter_decoded(JSONLinesDecoder(), chunks)) == [{"a": 1}, {"b": 2}]


async def test_aiter_decoded_feeds_and_flushes() -> None:
    async def chunks() -> Any:
        for chunk in [encode_frame(STDOUT, b"x")[:5], encode_frame(STDOUT, b"x")[5:]]:
            yield chunk

    assert [item async for item in aiter_decoded(FrameDecoder(), chunks())] == [(STDOUT, b"x")]


# --- fuzz: arbitrary bytes never break the split invariance -------------------------------


@given(
    frames=frames_strategy,
    junk=st.binary(min_size=1, max_size=20),
    where=st.integers(0, 200),
    cuts=cuts_strategy,
)
def test_frame_decoder_on_corrupted_input_is_split_invariant(
    frames: list[tuple[int, bytes]], junk: bytes, where: int, cuts: list[int]
) -> None:
    good = multiplexed(frames)
    data = good[:where] + junk + good[where:]
    makers: list[Callable[[], Decoder[Any]]] = [
        FrameDecoder,
        lambda: FrameDecoder(max_chunk=3, strict=False),
    ]
    for make in makers:
        assert summary(run(make(), split_at(data, cuts))) == summary(run(make(), [data]))


@given(
    objects=st.lists(progress_objects, max_size=4),
    junk=st.sampled_from(
        [b"x", b"{", b"}", b'"', b"\n", b"\r\n", b"[1,", b"\xff\xfe", b"nul", b'{"error":"e"}']
    ),
    where=st.integers(0, 200),
    cuts=cuts_strategy,
)
def test_json_decoders_on_corrupted_input_are_split_invariant(
    objects: list[dict[str, Any]], junk: bytes, where: int, cuts: list[int]
) -> None:
    good = "".join(json.dumps(obj) + "\n" for obj in objects).encode()
    data = good[:where] + junk + good[where:]
    makers: list[Callable[[], Decoder[Any]]] = [
        JSONLinesDecoder,
        lambda: JSONLinesDecoder(raise_on_error=True),
        RawJSONLinesDecoder,
        lambda: RawJSONLinesDecoder(raise_on_error=True),
    ]
    for make in makers:
        assert summary(run(make(), split_at(data, cuts))) == summary(run(make(), [data]))


# --- frames or TTY, by the first bytes -------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected", "multiplexed"),
    [
        (
            multiplexed([(STDOUT, b"out"), (STDERR, b"err")]),
            [(STDOUT, b"out"), (STDERR, b"err")],
            True,
        ),
        (b"$ ls\r\nbin  etc\r\n", [(STDOUT, b"$ ls\r\nbin  etc\r\n")], False),
        (b"\x01\x00\x00", [(STDOUT, b"\x01\x00\x00")], None),  # shorter than a header
        (b"\x01\x00\x00\x01tty!", [(STDOUT, b"\x01\x00\x00\x01tty!")], False),
        (b"", [], None),
    ],
)
def test_sniffing_decoder_tells_frames_from_tty_output(
    data: bytes, expected: list[Any], multiplexed: bool | None
) -> None:
    def joined(items: list[Any]) -> dict[int, bytes]:
        out: dict[int, bytes] = {}
        for stream_id, payload in items:
            out[stream_id] = out.get(stream_id, b"") + payload
        return out

    # Raw output comes in pieces as it arrives: compare what each stream carried.
    splits = [[data[:cut], data[cut:]] for cut in range(len(data) + 1)]
    splits.append([data[i : i + 1] for i in range(len(data))])
    for chunks in splits:
        items, error = run(SniffingFrameDecoder(), chunks)
        assert error is None
        assert joined(items) == joined(expected), chunks
    decoder = SniffingFrameDecoder()
    decoder.feed(data)
    assert decoder.multiplexed is multiplexed


def test_sniffing_decoder_reports_a_cut_frame() -> None:
    data = multiplexed([(STDOUT, b"hello")])[:-2]
    _, error = run(SniffingFrameDecoder(), [data])
    assert isinstance(error, StreamParseError)
