"""docker-py's `docker.utils.socket`: reading the multiplexed stdout/stderr format
straight off a socket (an attach or exec socket).

The frame format and the result shapes come from `dockerapi._decoders` (the
decoders the clients use); this module only adds the reads. It works on a
`HijackedSocket` (what `attach_socket` and `exec_start(socket=True)` return),
a plain socket, or anything with `recv`, `read` or `fileno`.
"""

from __future__ import annotations

import errno
import os
import select
from collections.abc import Iterable, Iterator
from typing import Any

from .._decoders import (
    STDERR,
    STDOUT,
    STREAM_HEADER_SIZE_BYTES,
    DemuxedOutput,
    Frame,
    FrameDecoder,
    demux_frame,
    iter_decoded,
    parse_frame_header,
)
from ..errors import DockerException

__all__ = [
    "NPIPE_ENDED",
    "STDERR",
    "STDOUT",
    "SocketError",
    "consume_socket_output",
    "demux_adaptor",
    "frames_iter",
    "frames_iter_no_tty",
    "frames_iter_tty",
    "next_frame_header",
    "read",
    "read_exactly",
]

#: Windows named pipes report their end with this error number (no npipe transport here).
NPIPE_ENDED = 109
_RECOVERABLE = frozenset({errno.EINTR, errno.EDEADLK, errno.EWOULDBLOCK})


class SocketError(DockerException):
    """A socket ended before the bytes that had to come."""


def read(socket: Any, n: int = 4096) -> bytes:
    """At most `n` bytes from `socket` (b"" at its end); blocks until some arrive."""
    try:
        if hasattr(socket, "recv"):
            # HijackedSocket may hold bytes already received: never poll its descriptor.
            data: bytes = socket.recv(n)
            return data
        if hasattr(socket, "read"):
            data = socket.read(n)
            return data
        descriptor = socket.fileno()
        select.select([descriptor], [], [])
        return os.read(descriptor, n)
    except OSError as error:
        if error.errno not in _RECOVERABLE:
            raise
        return b""


def read_exactly(socket: Any, n: int) -> bytes:
    """Exactly `n` bytes from `socket`.

    Raises:
        SocketError: the socket ended first.
    """
    data = b""
    while len(data) < n:
        more = read(socket, n - len(data))
        if not more:
            raise SocketError("Unexpected EOF")
        data += more
    return data


def next_frame_header(socket: Any) -> tuple[int, int]:
    """`(stream id, payload size)` of the next frame, or `(-1, -1)` at the end."""
    try:
        header = read_exactly(socket, STREAM_HEADER_SIZE_BYTES)
    except SocketError:
        return (-1, -1)
    return parse_frame_header(header)


def _chunks(socket: Any) -> Iterator[bytes]:
    while data := read(socket):
        yield data


def frames_iter(socket: Any, tty: bool) -> Iterator[Frame]:
    """`(stream id, bytes)` items from `socket`: frames, or with `tty` its raw
    output, all as stdout."""
    if tty:
        return ((STDOUT, data) for data in frames_iter_tty(socket))
    return frames_iter_no_tty(socket)


def frames_iter_no_tty(socket: Any) -> Iterator[Frame]:
    """The frames of a multiplexed stream read from `socket`.

    Raises:
        StreamParseError: the stream is not multiplexed, or ends inside a frame.
    """
    return iter_decoded(FrameDecoder(), _chunks(socket))


def frames_iter_tty(socket: Any) -> Iterator[bytes]:
    """Raw output read from `socket` (a TTY's), as it arrives."""
    return _chunks(socket)


def consume_socket_output(
    frames: Iterable[Any], demux: bool = False
) -> bytes | tuple[bytes | None, bytes | None]:
    """All of `frames` at once: the joined bytes, or with `demux` the
    `(stdout, stderr)` pairs of `demux_adaptor` joined per side (a side with no
    output is None)."""
    if not demux:
        return b"".join(frames)
    output = DemuxedOutput()
    for stdout, stderr in frames:
        if stdout is not None:
            output.add(STDOUT, stdout)
        else:
            output.add(STDERR, stderr)
    return output.value()


def demux_adaptor(stream_id: int, data: bytes) -> tuple[bytes | None, bytes | None]:
    """`(data, None)` for stdout, `(None, data)` for stderr.

    Raises:
        ValueError: any other stream (StreamError for the daemon's error stream).
    """
    return demux_frame(stream_id, data)
