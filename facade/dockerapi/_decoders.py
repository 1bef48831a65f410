"""Sans-IO decoders for the Engine's streamed responses.

Each decoder is a small state machine: ``feed(data)`` takes whatever bytes arrived and
returns the items that are now complete; ``flush()`` is called once at the end of the
stream and returns what is left (raising :class:`~dockerapi.errors.StreamParseError`
where leftover bytes mean the stream was cut off). None of them does I/O, so the sync
and async drivers share them, and they are tested by feeding every possible split of
the input.

Error protocol: when a decoder meets an error (a malformed frame header, an error
object in a JSON stream, ...) after it has already decoded items in the same
``feed()`` call, it returns those items and raises the error from the next
``feed()``/``flush()`` call; after an error the decoder keeps raising it. So no
decoded item is ever lost, and the items seen before an error do not depend on how
the input was split.

Decoders:

- :class:`FrameDecoder`: the multiplexed stdout/stderr stream of non-TTY containers
  (logs, attach, exec): ``(stream_id, payload)`` per frame.
- :class:`RawDecoder` / :class:`TtyFrameDecoder`: TTY streams and plain byte streams
  (export, get_archive), passed through or cut into fixed-size chunks.
- :class:`SniffingFrameDecoder`: frames or TTY output, told apart by the first bytes
  (for daemons that do not say which).
- :class:`JSONLinesDecoder`: JSON-lines streams (pull, push, build, events, stats ...)
  to objects; :class:`RawJSONLinesDecoder`: the same lines as bytes.
- :class:`Utf8Decoder` / :class:`FrameTextDecoder`: incremental UTF-8 text that never
  splits a multi-byte character, per stream for multiplexed output.

Plus the demultiplexing helpers that give docker-py's result shapes for ``logs``,
``attach`` and ``exec_start`` (see :func:`demux_frame` and :class:`DemuxedOutput`).
"""

from __future__ import annotations

import codecs
import json
import re
import struct
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Iterator, Mapping
from typing import Any, Protocol, TypeVar

from dockerapi._limits import active_limits
from dockerapi.errors import StreamError, StreamParseError, error_from_stream_item

__all__ = [
    "STDERR",
    "STDIN",
    "STDOUT",
    "STREAM_HEADER_SIZE_BYTES",
    "SYSTEMERR",
    "BytesLike",
    "Decoder",
    "DemuxedOutput",
    "Frame",
    "FrameDecoder",
    "FrameTextDecoder",
    "JSONLinesDecoder",
    "JoinedOutput",
    "RawDecoder",
    "RawJSONLinesDecoder",
    "SniffingFrameDecoder",
    "TtyFrameDecoder",
    "Utf8Decoder",
    "aiter_decoded",
    "demux_frame",
    "demux_output",
    "encode_frame",
    "is_error_item",
    "iter_decoded",
    "iter_demuxed",
    "iter_payloads",
    "join_output",
    "parse_frame_header",
    "system_error",
]

#: Stream ids of the multiplexed format (the first byte of each frame header).
STDIN = 0
STDOUT = 1
STDERR = 2
#: The daemon reports its own errors in the stream with this id (Go: stdcopy.Systemerr).
SYSTEMERR = 3

STREAM_HEADER_SIZE_BYTES = 8
# Stream id, three bytes of padding, big-endian payload size.
_HEADER = struct.Struct(">BxxxL")

#: What ``feed()`` accepts; items are always ``bytes`` (or text) whatever came in.
BytesLike = bytes | bytearray | memoryview
#: One decoded frame of a multiplexed stream: (stream id, payload).
Frame = tuple[int, bytes]

_T = TypeVar("_T")


class Decoder(Protocol[_T]):
    """What every decoder offers: bytes in, finished items out."""

    def feed(self, data: BytesLike) -> list[_T]: ...

    def flush(self) -> list[_T]: ...


def iter_decoded(decoder: Decoder[_T], chunks: Iterable[bytes]) -> Iterator[_T]:
    """Run ``decoder`` over ``chunks`` (e.g. ``response.iter_raw()``), flushing at the end."""
    for chunk in chunks:
        yield from decoder.feed(chunk)
    yield from decoder.flush()


async def aiter_decoded(decoder: Decoder[_T], chunks: AsyncIterable[bytes]) -> AsyncIterator[_T]:
    """Async twin of :func:`iter_decoded` (e.g. over ``response.aiter_raw()``)."""
    async for chunk in chunks:
        for item in decoder.feed(chunk):
            yield item
    for item in decoder.flush():
        yield item


def _as_bytes(data: BytesLike) -> bytes:
    # Slicing must give bytes (items are bytes), and a bytes slice is the one copy we need.
    return data if type(data) is bytes else bytes(data)


class _ErrorLatch:
    """Holds an error found after some items were already decoded in the same feed()."""

    __slots__ = ("_error",)

    def __init__(self) -> None:
        self._error: BaseException | None = None

    def check(self) -> None:
        if self._error is not None:
            raise self._error

    @property
    def latched(self) -> bool:
        return self._error is not None

    def defer_or_raise(self, error: BaseException, items: list[Any]) -> None:
        self._error = error
        if not items:
            raise error


# --- multiplexed stdout/stderr frames -------------------------------------------------


def parse_frame_header(header: bytes) -> tuple[int, int]:
    """``(stream_id, payload_size)`` of an 8-byte frame header (docker-py: next_frame_header)."""
    if len(header) != STREAM_HEADER_SIZE_BYTES:
        raise StreamParseError(
            f"a frame header has {STREAM_HEADER_SIZE_BYTES} bytes, got {len(header)}"
        )
    stream_id, size = _HEADER.unpack(header)
    return stream_id, size


def encode_frame(stream_id: int, payload: bytes) -> bytes:
    """One frame of the multiplexed format (what the daemon writes; handy for tests and fakes)."""
    return _HEADER.pack(stream_id, len(payload)) + payload


def _frame_too_large(size: int, limit: int) -> StreamParseError:
    return StreamParseError(
        f"a frame announces {size} bytes, more than the limit of {limit} "
        "(Limits(frame=...) raises it)"
    )


def _bad_stream_id(header: bytes, stream_id: int) -> StreamParseError:
    return StreamParseError(
        f"not a multiplexed stdout/stderr stream: frame header {header.hex()} names stream "
        f"{stream_id} (valid: 0-3); is the container running with a TTY?"
    )


class FrameDecoder:
    """Decoder of the multiplexed stream: 8-byte header ``[stream, 0, 0, 0, size (uint32 BE)]``
    followed by ``size`` payload bytes, repeated. Items are ``(stream_id, payload)``.

    - A frame is returned whole once all of it has arrived, unless it is larger than
      ``max_chunk``: then it is returned in pieces of ``max_chunk`` bytes (the last
      piece shorter), so a huge frame never has to sit in memory whole. The pieces
      depend only on the frame, never on how the input was split.
    - Empty frames carry nothing and are skipped, except on ``SYSTEMERR``.
    - ``SYSTEMERR`` frames (the daemon's own error reports) are returned as items like
      any other; the consumers (:func:`demux_frame`, :func:`iter_payloads`, the output
      accumulators) turn them into :class:`~dockerapi.errors.StreamError`.
    - A stream id above 3 raises :class:`~dockerapi.errors.StreamParseError`: the stream
      is not multiplexed (typically a TTY container's raw output).
    - ``flush()`` inside a frame raises ``StreamParseError`` when ``strict`` (the
      connection was cut); with ``strict=False`` it returns the partial payload and
      drops a partial header, as docker-py does.
    - A header announcing more than ``max_frame`` payload bytes (default: the
      ``frame`` of the limits in force, see ``dockerapi.Limits``) raises
      ``StreamParseError``: no daemon writes such frames, a hostile one would.
    """

    __slots__ = (
        "_errors",
        "_header_buf",
        "_hot_limit",
        "_max_chunk",
        "_max_frame",
        "_payload",
        "_remaining",
        "_stream_id",
        "_strict",
    )

    def __init__(
        self, *, max_chunk: int = 1 << 20, strict: bool = True, max_frame: int | None = None
    ) -> None:
        if max_chunk < 1:
            raise ValueError("max_chunk must be at least 1")
        self._max_chunk = max_chunk
        self._max_frame = max_frame if max_frame is not None else active_limits().frame
        # Frames up to this size are taken whole by the hot loop of feed().
        self._hot_limit = min(max_chunk, self._max_frame)
        self._strict = strict
        self._header_buf = bytearray()  # an incomplete header
        self._stream_id = STDOUT  # of the frame whose payload is arriving
        self._remaining = 0  # payload bytes of that frame still to come; 0: expecting a header
        self._payload = bytearray()  # payload bytes received but not returned yet
        self._errors = _ErrorLatch()

    def feed(self, data: BytesLike) -> list[Frame]:
        self._errors.check()
        data = _as_bytes(data)
        items: list[Frame] = []
        append = items.append
        unpack_from = _HEADER.unpack_from
        hot_limit = self._hot_limit
        pos = 0
        end = len(data)
        while pos < end:
            if not self._remaining and not self._header_buf:
                # Hot loop: frames that are wholly inside ``data``, one copy each.
                while end - pos >= STREAM_HEADER_SIZE_BYTES:
                    stream_id, size = unpack_from(data, pos)
                    start = pos + STREAM_HEADER_SIZE_BYTES
                    stop = start + size
                    if stop > end or size > hot_limit or stream_id > SYSTEMERR:
                        break
                    if size:
                        append((stream_id, data[start:stop]))
                    elif stream_id == SYSTEMERR:
                        append((SYSTEMERR, b""))
                    pos = stop
                if pos >= end:
                    break
            next_pos = self._step(data, pos, items)
            if next_pos is None:
                break
            pos = next_pos
        return items

    def _step(self, data: bytes, pos: int, items: list[Frame]) -> int | None:
        """Everything but the hot loop: a split header, a frame that continues in later
        feeds or is bigger than max_chunk, a bad header. Returns the new position, or
        None when decoding stops (error latched)."""
        if self._remaining:
            return self._take_payload(data, pos, len(data), items)
        if self._header_buf or len(data) - pos < STREAM_HEADER_SIZE_BYTES:
            needed = STREAM_HEADER_SIZE_BYTES - len(self._header_buf)
            self._header_buf += data[pos : pos + needed]
            pos += needed
            if len(self._header_buf) < STREAM_HEADER_SIZE_BYTES:
                return pos
            header = bytes(self._header_buf)
            self._header_buf.clear()
        else:
            header = data[pos : pos + STREAM_HEADER_SIZE_BYTES]
            pos += STREAM_HEADER_SIZE_BYTES
        stream_id, size = _HEADER.unpack(header)
        if stream_id > SYSTEMERR:
            self._errors.defer_or_raise(_bad_stream_id(header, stream_id), items)
            return None
        if size > self._max_frame:
            self._errors.defer_or_raise(_frame_too_large(size, self._max_frame), items)
            return None
        if size:
            self._stream_id = stream_id
            self._remaining = size
        elif stream_id == SYSTEMERR:
            items.append((SYSTEMERR, b""))
        return pos

    def _take_payload(self, data: bytes, pos: int, end: int, items: list[Frame]) -> int:
        """Consume payload of the current frame from ``data[pos:end]``; returns the new pos."""
        take = min(self._remaining, end - pos)
        payload = self._payload
        max_chunk = self._max_chunk
        stream_id = self._stream_id
        while take:
            n = min(max_chunk - len(payload), take)
            if not payload and (n == max_chunk or n == self._remaining):
                # A complete piece straight from the input.
                items.append((stream_id, data[pos : pos + n]))
            else:
                payload += data[pos : pos + n]
                if len(payload) == max_chunk or n == self._remaining:
                    items.append((stream_id, bytes(payload)))
                    payload.clear()
            pos += n
            take -= n
            self._remaining -= n
        return pos

    def flush(self) -> list[Frame]:
        self._errors.check()
        if not self._remaining and not self._header_buf:
            return []
        if self._strict:
            if self._remaining:
                problem = f"{self._remaining} bytes of a frame's payload missing"
            else:
                problem = f"{len(self._header_buf)} of a frame header's 8 bytes received"
            error = StreamParseError(f"stream ended inside a frame: {problem}")
            self._errors.defer_or_raise(error, [])
        items: list[Frame] = []
        if self._payload:
            items.append((self._stream_id, bytes(self._payload)))
        self._payload.clear()
        self._header_buf.clear()
        self._remaining = 0
        return items


# --- raw bytes (TTY, archives) --------------------------------------------------------


class RawDecoder:
    """Passes bytes through as they arrive; with ``chunk_size``, no piece is longer (a
    longer read is cut into pieces of ``chunk_size``). Never joins reads: pieces of an
    exact size would cost a copy of every byte and a fresh buffer per piece (a 2 MB
    one by default), a quarter of an image save's time."""

    __slots__ = ("_chunk_size",)

    def __init__(self, chunk_size: int | None = None) -> None:
        if chunk_size is not None and chunk_size < 1:
            raise ValueError("chunk_size must be at least 1")
        self._chunk_size = chunk_size

    def feed(self, data: BytesLike) -> list[bytes]:
        data = _as_bytes(data)
        size = self._chunk_size
        if not data:
            return []
        if size is None or len(data) <= size:
            return [data]
        return [data[start : start + size] for start in range(0, len(data), size)]

    def flush(self) -> list[bytes]:
        return []


class TtyFrameDecoder:
    """A TTY stream seen as frames: everything is ``(STDOUT, data)``, as the daemon merges
    stderr into the terminal (and as docker-py reports it)."""

    __slots__ = ("_raw",)

    def __init__(self, chunk_size: int | None = None) -> None:
        self._raw = RawDecoder(chunk_size)

    def feed(self, data: BytesLike) -> list[Frame]:
        return [(STDOUT, chunk) for chunk in self._raw.feed(data)]

    def flush(self) -> list[Frame]:
        return [(STDOUT, chunk) for chunk in self._raw.flush()]


class SniffingFrameDecoder:
    """Frames or raw TTY output, decided by the first 8 bytes of the stream.

    For output streams whose framing the daemon does not state: before API 1.42
    logs come without a Content-Type, and attach answers are labelled raw-stream
    even when multiplexed. A multiplexed stream starts with a frame header (stream
    id 0-3, then three zero bytes); TTY output practically never does. Raw output
    comes as ``(STDOUT, data)`` items, as :class:`TtyFrameDecoder` gives it.
    """

    __slots__ = ("_head", "_inner", "_max_frame")

    def __init__(self) -> None:
        self._head = b""
        self._inner: FrameDecoder | TtyFrameDecoder | None = None
        # The frame decoder is made later, maybe outside the limits in force now.
        self._max_frame = active_limits().frame

    @property
    def multiplexed(self) -> bool | None:
        """What the stream turned out to be (None until 8 bytes have been seen)."""
        return None if self._inner is None else isinstance(self._inner, FrameDecoder)

    def feed(self, data: BytesLike) -> list[Frame]:
        if self._inner is not None:
            return self._inner.feed(data)
        self._head += data
        if len(self._head) < STREAM_HEADER_SIZE_BYTES:
            return []
        head, self._head = self._head, b""
        framed = head[0] <= SYSTEMERR and head[1:4] == b"\0\0\0"
        self._inner = FrameDecoder(max_frame=self._max_frame) if framed else TtyFrameDecoder()
        return self._inner.feed(head)

    def flush(self) -> list[Frame]:
        if self._inner is None:
            # Shorter than one frame header: raw output (or nothing at all).
            self._inner = TtyFrameDecoder()
            head, self._head = self._head, b""
            return self._inner.feed(head) + self._inner.flush()
        return self._inner.flush()


# --- JSON lines ------------------------------------------------------------------------

_raw_decoder = json.JSONDecoder()
_WHITESPACE = " \t\r\n"
_NEXT_NON_WHITESPACE = re.compile(r"[^ \t\r\n]").search

#: Builds the exception for an error object of a JSON stream.
ErrorFactory = Callable[[Mapping[str, Any]], BaseException]


def is_error_item(item: object) -> bool:
    """Whether a JSON stream object is the daemon reporting a failure (``error``/``errorDetail``)."""
    return isinstance(item, dict) and bool(item.get("errorDetail") or item.get("error"))


def _pick_error_factory(
    raise_on_error: bool, error_factory: ErrorFactory | None
) -> ErrorFactory | None:
    if error_factory is not None:
        return error_factory
    return error_from_stream_item if raise_on_error else None


class _LineSplitter:
    """Cuts a byte stream after each ``\\n``; keeps only the unfinished last line, and
    no more than ``max_line`` bytes of it (``overflow`` turns true past that)."""

    __slots__ = ("_max_line", "_partial", "overflow")

    def __init__(self, max_line: int) -> None:
        self._partial = bytearray()
        self._max_line = max_line
        self.overflow = False

    def complete_block(self, data: bytes) -> bytes:
        """The bytes that now end in a newline (possibly several lines), or b"".

        Past a line longer than ``max_line`` nothing more is returned (``overflow``),
        however the input was split: the lines before it still are.
        """
        if self.overflow:
            return b""
        last_newline = data.rfind(b"\n")
        if last_newline < 0:
            self._keep(data)
            return b""
        cut = last_newline + 1
        if self._partial:
            self._partial += data[:cut]
            block = bytes(self._partial)
            self._partial.clear()
        else:
            block = data[:cut]
        if len(block) > self._max_line:  # rare: only then can a line in it be too long
            block, too_long = self._before_long_line(block)
            if too_long:
                self.overflow = True
                return block
        self._keep(data[cut:])
        return block

    def _before_long_line(self, block: bytes) -> tuple[bytes, bool]:
        """The lines of `block` before the first one longer than the limit, and whether
        there is one."""
        pos = 0
        while pos < len(block):
            line_end = block.find(b"\n", pos)
            if line_end - pos > self._max_line:
                return block[:pos], True
            pos = line_end + 1
        return block, False

    def _keep(self, data: bytes) -> None:
        if len(self._partial) + len(data) > self._max_line:
            # A line longer than any real item: drop it rather than hold it.
            self.overflow = True
            self._partial.clear()
            return
        self._partial += data

    def rest(self) -> bytes:
        rest = bytes(self._partial)
        self._partial.clear()
        return rest


def _too_long(limit: int) -> StreamParseError:
    return StreamParseError(
        f"a JSON stream item is longer than the limit of {limit} bytes "
        "(Limits(json_item=...) raises it)"
    )


_IN_STRING = re.compile(r'["\\\n]')
_STRUCTURE = re.compile(r'["\[\]{}]')


class _ValueEnd:
    """Finds where a JSON object or array that continues over several blocks ends.

    Reads each block once, keeping only its nesting depth and whether it is inside a
    string (or right after a backslash there), so a value spread over many lines
    costs time linear in its size; the value is parsed once, when it is complete.
    """

    __slots__ = ("_depth", "_escaped", "_in_string")

    def __init__(self) -> None:
        self._depth = 0
        self._in_string = False
        self._escaped = False

    def scan(self, text: str, pos: int = 0) -> int | None:
        """The index just after the value's end in ``text``, or None: it goes on."""
        end = len(text)
        while pos < end:
            if self._in_string:
                if self._escaped:
                    self._escaped = False
                    pos += 1
                    continue
                found = _IN_STRING.search(text, pos)
                if found is None:
                    return None
                pos = found.end()
                mark = found.group()
                if mark == "\\":
                    self._escaped = True
                elif mark == "\n":
                    return pos  # a line break inside a string: not JSON, let the parser say so
                else:
                    self._in_string = False
                continue
            found = _STRUCTURE.search(text, pos)
            if found is None:
                return None
            pos = found.end()
            mark = found.group()
            if mark == '"':
                self._in_string = True
            elif mark in "[{":
                self._depth += 1
            else:
                self._depth -= 1
                if self._depth <= 0:
                    return pos
        return None


class JSONLinesDecoder:
    """Decoder of the Engine's JSON streams: one JSON value per line, to Python objects.

    Tolerates what real daemons and proxies send: ``\\r\\n`` line ends, blank lines,
    several objects on one line without a separator, and (should it happen) an object
    spread over several lines (read in time linear in its size). A value still
    incomplete at ``flush()`` raises :class:`~dockerapi.errors.StreamParseError`, as does
    text that can never become JSON, and a line or value longer than ``max_item``
    bytes (default: the ``json_item`` of the limits in force, see ``dockerapi.Limits``).

    By default error objects (``{"error": ..., "errorDetail": {...}}``, which the
    daemon sends after HTTP 200 when a pull/push/build/load fails) are returned like
    any other object, as docker-py's low-level methods yield them. With
    ``raise_on_error=True`` they raise :class:`~dockerapi.errors.StreamError` carrying
    the daemon's message and the object; ``error_factory`` builds another exception
    instead (e.g. a facade's ``BuildError``) and implies raising.
    """

    __slots__ = (
        "_error_factory",
        "_errors",
        "_lines",
        "_max_item",
        "_pending",
        "_pending_size",
        "_value_end",
    )

    def __init__(
        self,
        *,
        raise_on_error: bool = False,
        error_factory: ErrorFactory | None = None,
        max_item: int | None = None,
    ) -> None:
        self._max_item = max_item if max_item is not None else active_limits().json_item
        self._lines = _LineSplitter(self._max_item)
        # The text of a value that continues on later lines (rare), in pieces.
        self._pending: list[str] = []
        self._pending_size = 0
        self._value_end = _ValueEnd()
        self._error_factory = _pick_error_factory(raise_on_error, error_factory)
        self._errors = _ErrorLatch()

    def feed(self, data: BytesLike) -> list[Any]:
        self._errors.check()
        block = self._lines.complete_block(_as_bytes(data))
        items: list[Any] = []
        parse_error = None
        if block:
            # Parsing a whole block of lines as one text is twice as fast as line by line.
            parse_error = self._decode_text(_text_of(block), items, final=False)
        if parse_error is None and self._lines.overflow:
            parse_error = _too_long(self._max_item)
        return self._finish(items, parse_error)

    def flush(self) -> list[Any]:
        self._errors.check()
        rest = self._lines.rest()
        items: list[Any] = []
        parse_error = None
        if rest.strip() or self._pending:
            parse_error = self._decode_text(_text_of(rest), items, final=True)
        return self._finish(items, parse_error)

    def _decode_text(self, text: str, items: list[Any], *, final: bool) -> StreamParseError | None:
        """Decode every value in ``text`` (after a value carried over) into ``items``;
        returns the error if the text can never be JSON."""
        pos = 0
        if self._pending:
            end = self._value_end.scan(text)
            if end is None:
                return self._carry(text, final=final)
            if self._pending_size + end > self._max_item:
                self._pending.clear()
                return _too_long(self._max_item)
            self._pending.append(text[:end])
            value_text = "".join(self._pending)
            self._pending.clear()
            self._pending_size = 0
            try:
                value, stop = _raw_decoder.raw_decode(value_text)
            except json.JSONDecodeError as error:
                return self._failed(value_text, 0, error, final=True)
            if value_text[stop:].strip(_WHITESPACE):
                return self._failed(value_text, 0, None, final=True)
            items.append(value)
            pos = end
        next_value = _NEXT_NON_WHITESPACE
        raw_decode = _raw_decoder.raw_decode
        limit = self._max_item
        found = next_value(text, pos)
        while found is not None:
            pos = found.start()
            try:
                value, stop = raw_decode(text, pos)
            except json.JSONDecodeError as error:
                return self._failed(text, pos, error, final=final)
            if stop - pos > limit:  # a value over several lines, each short enough
                return _too_long(limit)
            items.append(value)
            found = next_value(text, stop)
        return None

    def _carry(self, text: str, *, final: bool) -> StreamParseError | None:
        """Keep ``text`` as part of the unfinished value (within the limit)."""
        self._pending.append(text)
        self._pending_size += len(text)
        if self._pending_size > self._max_item:
            self._pending.clear()
            return _too_long(self._max_item)
        if final:
            value_text = "".join(self._pending)
            self._pending.clear()
            return self._failed(value_text, 0, None, final=True)
        return None

    def _failed(
        self, text: str, start: int, error: json.JSONDecodeError | None, *, final: bool
    ) -> StreamParseError | None:
        """Carry an unfinished value over to the next block, or describe the failure."""
        # Text only ever ends at a line end, and JSON strings, numbers and literals
        # never contain a newline: a value is unfinished only if the parser ran out
        # (error None: the structure of a carried value ended without closing).
        ran_out = error is None or (
            error.pos >= len(text.rstrip(_WHITESPACE))
            and not error.msg.startswith("Invalid control character")
        )
        if ran_out and not final and text[start] in "[{":
            self._value_end = _ValueEnd()
            if self._value_end.scan(text, start) is None:
                return self._carry(text[start:], final=False)
        # At the very end, an open string is a cut-off value too.
        unterminated = error is not None and error.msg.startswith("Unterminated string")
        cut_off = ran_out or (final and unterminated)
        problem = "ends inside a JSON value" if cut_off else "is not JSON"
        reason = f" ({error.msg})" if error is not None else ""
        line_end = text.find("\n", start)
        snippet = text[start : line_end if line_end >= 0 else len(text)].strip()
        if len(snippet) > 80:
            snippet = snippet[:77] + "..."
        parse_error = StreamParseError(f"stream {problem}{reason}: {snippet!r}")
        parse_error.__cause__ = error
        return parse_error

    def _finish(self, items: list[Any], parse_error: StreamParseError | None) -> list[Any]:
        """Stop at the first error object (it comes before any parse error) or the parse
        error, latching or raising it; return the items before it."""
        factory = self._error_factory
        if factory is not None:
            for index, item in enumerate(items):
                if is_error_item(item):
                    del items[index:]
                    self._errors.defer_or_raise(factory(item), items)
                    return items
        if parse_error is not None:
            self._errors.defer_or_raise(parse_error, items)
        return items


def _text_of(data: bytes) -> str:
    # Invalid UTF-8 from the daemon should not hide the rest of the message.
    return data.decode("utf-8", errors="replace")


class RawJSONLinesDecoder:
    """The lines of a JSON stream as bytes, exactly as received (line ends included), for
    docker-py's ``decode=False``: joining the items gives back the input.

    With ``raise_on_error`` (or ``error_factory``) a line holding an error object raises
    like :class:`JSONLinesDecoder` does, instead of being returned.
    """

    __slots__ = ("_error_factory", "_errors", "_lines", "_max_item")

    def __init__(
        self,
        *,
        raise_on_error: bool = False,
        error_factory: ErrorFactory | None = None,
        max_item: int | None = None,
    ) -> None:
        self._max_item = max_item if max_item is not None else active_limits().json_item
        self._lines = _LineSplitter(self._max_item)
        self._error_factory = _pick_error_factory(raise_on_error, error_factory)
        self._errors = _ErrorLatch()

    def feed(self, data: BytesLike) -> list[bytes]:
        self._errors.check()
        block = self._lines.complete_block(_as_bytes(data))
        items: list[bytes] = []
        if block:
            lines = block.split(b"\n")
            del lines[-1]  # the block ends with a newline: the last piece is empty
            items = [line + b"\n" for line in lines]
            if self._error_factory is not None:
                self._check_errors(items)
        if self._lines.overflow and not self._errors.latched:
            self._errors.defer_or_raise(_too_long(self._max_item), items)
        return items

    def flush(self) -> list[bytes]:
        self._errors.check()
        rest = self._lines.rest()
        items = [rest] if rest else []
        if self._error_factory is not None:
            self._check_errors(items)
        return items

    def _check_errors(self, items: list[bytes]) -> None:
        factory = self._error_factory
        assert factory is not None
        for index, line in enumerate(items):
            if b'"error' not in line:  # cheap test first: most lines are progress
                continue
            error_item = _first_error_item(line)
            if error_item is not None:
                del items[index:]
                self._errors.defer_or_raise(factory(error_item), items)
                return


def _first_error_item(line: bytes) -> dict[str, Any] | None:
    text = _text_of(line).strip()
    pos = 0
    while pos < len(text):
        try:
            value, pos = _raw_decoder.raw_decode(text, pos)
        except json.JSONDecodeError:
            return None  # raw mode does not judge malformed lines
        if is_error_item(value):
            return dict(value)
        while pos < len(text) and text[pos] in _WHITESPACE:
            pos += 1
    return None


# --- text -------------------------------------------------------------------------------


class Utf8Decoder:
    """Incremental UTF-8: a character split across feeds comes out whole, once complete.

    ``errors`` is as for ``bytes.decode`` (``"strict"`` raises UnicodeDecodeError,
    ``"replace"`` puts U+FFFD for bad bytes, including a truncated character at flush).
    """

    __slots__ = ("_decoder", "_errors")

    def __init__(self, errors: str = "strict") -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors)
        self._errors = _ErrorLatch()

    def feed(self, data: BytesLike) -> list[str]:
        return self._decode(data, final=False)

    def flush(self) -> list[str]:
        return self._decode(b"", final=True)

    def _decode(self, data: BytesLike, *, final: bool) -> list[str]:
        self._errors.check()
        try:
            text = self._decoder.decode(data, final)
        except UnicodeDecodeError as error:
            self._errors.defer_or_raise(error, [])
            raise  # not reached: defer_or_raise raises when there are no items
        return [text] if text else []


class FrameTextDecoder:
    """Frames decoded to text, with one incremental UTF-8 decoder per stream, so a
    character split across two stdout frames (even with stderr frames in between)
    comes out whole. Items are ``(stream_id, text)``.

    ``frames`` is the frame decoder underneath (default: a :class:`FrameDecoder`; use a
    :class:`TtyFrameDecoder` for TTY output).
    """

    __slots__ = ("_errors", "_frames", "_text_decoders", "_unicode_errors")

    def __init__(self, frames: Decoder[Frame] | None = None, *, errors: str = "strict") -> None:
        self._frames: Decoder[Frame] = frames if frames is not None else FrameDecoder()
        self._unicode_errors = errors
        self._text_decoders: dict[int, codecs.IncrementalDecoder] = {}
        self._errors = _ErrorLatch()

    def _decode(self, frames: list[Frame], items: list[tuple[int, str]]) -> bool:
        """Decode ``frames`` into ``items``; False if a strict decoder failed (latched)."""
        decoders = self._text_decoders
        for stream_id, payload in frames:
            decoder = decoders.get(stream_id)
            if decoder is None:
                decoder = codecs.getincrementaldecoder("utf-8")(self._unicode_errors)
                decoders[stream_id] = decoder
            try:
                text = decoder.decode(payload)
            except UnicodeDecodeError as error:
                self._errors.defer_or_raise(error, items)
                return False
            # A system error frame stays visible even when empty.
            if text or stream_id == SYSTEMERR:
                items.append((stream_id, text))
        return True

    def feed(self, data: BytesLike) -> list[tuple[int, str]]:
        self._errors.check()
        items: list[tuple[int, str]] = []
        self._decode(self._frames.feed(data), items)
        return items

    def flush(self) -> list[tuple[int, str]]:
        self._errors.check()
        items: list[tuple[int, str]] = []
        if not self._decode(self._frames.flush(), items):
            return items
        for stream_id in sorted(self._text_decoders):
            try:
                text = self._text_decoders[stream_id].decode(b"", final=True)
            except UnicodeDecodeError as error:
                self._errors.defer_or_raise(error, items)
                return items
            if text:
                items.append((stream_id, text))
        return items


# --- docker-py's result shapes for logs / attach / exec ---------------------------------


def system_error(payload: bytes) -> StreamError:
    """The exception for a ``SYSTEMERR`` frame (the daemon failing mid-stream)."""
    message = payload.decode("utf-8", errors="replace").strip() or "unknown error"
    return StreamError(message)


def demux_frame(stream_id: int, payload: bytes) -> tuple[bytes | None, bytes | None]:
    """docker-py's ``demux=True`` item for one frame: ``(payload, None)`` for stdout,
    ``(None, payload)`` for stderr.

    A ``SYSTEMERR`` frame raises :class:`~dockerapi.errors.StreamError`. ``STDIN``
    frames (never sent by real daemons) count as stdout, as the Go client does.
    """
    if stream_id in (STDOUT, STDIN):
        return (payload, None)
    if stream_id == STDERR:
        return (None, payload)
    if stream_id == SYSTEMERR:
        raise system_error(payload)
    raise ValueError(f"{stream_id} is not a valid stream")


def iter_demuxed(frames: Iterable[Frame]) -> Iterator[tuple[bytes | None, bytes | None]]:
    """``demux=True, stream=True``: one ``(stdout, stderr)`` pair per frame."""
    for stream_id, payload in frames:
        yield demux_frame(stream_id, payload)


def iter_payloads(frames: Iterable[Frame]) -> Iterator[bytes]:
    """``demux=False, stream=True``: the payloads of stdout and stderr frames, in order."""
    for stream_id, payload in frames:
        if stream_id == SYSTEMERR:
            raise system_error(payload)
        yield payload


class JoinedOutput:
    """``demux=False, stream=False``: all output as one bytes object, stdout and stderr
    interleaved as they arrived. Feed frames with :meth:`add`, read :meth:`value`."""

    __slots__ = ("_parts",)

    def __init__(self) -> None:
        self._parts: list[bytes] = []

    def add(self, stream_id: int, payload: bytes) -> None:
        if stream_id == SYSTEMERR:
            raise system_error(payload)
        self._parts.append(payload)

    def value(self) -> bytes:
        return b"".join(self._parts)


class DemuxedOutput:
    """``demux=True, stream=False``: ``(stdout, stderr)`` for the whole output.

    The rule (docker-py's): a side is ``None`` when its stream carried no bytes at all,
    otherwise the concatenation of its payloads; it is never ``b""``. So a command that
    writes only to stdout gives ``(b"...", None)`` and one that writes nothing gives
    ``(None, None)``. (Users have asked for ``b""`` instead; we keep docker-py's
    answer so that existing ``if stderr is None`` checks keep working.)
    """

    __slots__ = ("_stderr", "_stdout")

    def __init__(self) -> None:
        self._stdout: list[bytes] = []
        self._stderr: list[bytes] = []

    def add(self, stream_id: int, payload: bytes) -> None:
        # Plain comparisons, most frequent first: this runs once per frame.
        if stream_id == STDOUT:
            if payload:
                self._stdout.append(payload)
        elif stream_id == STDERR:
            if payload:
                self._stderr.append(payload)
        elif stream_id == STDIN:
            if payload:
                self._stdout.append(payload)
        else:
            demux_frame(stream_id, payload)  # raises: system error or unknown stream

    def value(self) -> tuple[bytes | None, bytes | None]:
        return (
            b"".join(self._stdout) if self._stdout else None,
            b"".join(self._stderr) if self._stderr else None,
        )


def join_output(frames: Iterable[Frame]) -> bytes:
    """All payloads of ``frames`` joined (see :class:`JoinedOutput`)."""
    output = JoinedOutput()
    for stream_id, payload in frames:
        output.add(stream_id, payload)
    return output.value()


def demux_output(frames: Iterable[Frame]) -> tuple[bytes | None, bytes | None]:
    """``(stdout, stderr)`` of ``frames`` (see :class:`DemuxedOutput` for the None rule)."""
    output = DemuxedOutput()
    for stream_id, payload in frames:
        output.add(stream_id, payload)
    return output.value()
