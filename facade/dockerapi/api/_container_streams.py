"""The container methods that stream: logs, attach, attach_socket, stats,
export, get_archive and put_archive (docker-py's names, arguments, defaults and
result shapes), written once as plans for `APIClient` and `AsyncAPIClient`.

Nothing large is buffered: `stream=True` results, exports and archives are
`Stream`s (`AsyncStream`s on the async client) that read one chunk at a time
and release their connection when closed early; `put_archive` sends bytes, a
file object or an iterable of chunks without reading it all first.

Framing of container output: a container with a TTY writes raw bytes, any
other one the multiplexed stdout/stderr format. From API 1.42 the daemon says
which in the Content-Type of the answer, so no extra call is made; older
daemons say nothing reliable (1.41 labels every attach `raw-stream`), so the
container is inspected once per call, as docker-py does.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, Final, TypeAlias

import httpx

from .._cli_config import detach_keys
from .._decoders import (
    SYSTEMERR,
    DemuxedOutput,
    Frame,
    FrameDecoder,
    JoinedOutput,
    JSONLinesDecoder,
    RawDecoder,
    RawJSONLinesDecoder,
    TtyFrameDecoder,
    demux_frame,
    system_error,
)
from .._executor import ClientSettings
from .._plan import (
    CURRENT_VERSION,
    Drain,
    PlanGenerator,
    SocketOf,
    StreamOf,
    plan,
    socket_plan,
    stream_plan,
)
from .._request import DEFAULT_TIMEOUT, Request, Response
from .._transport import streaming_timeout
from .._wire import Keywords
from ..constants import DEFAULT_DATA_CHUNK_SIZE
from ..errors import InvalidArgument
from ..utils import datetime_to_timestamp, decode_json_header, version_lt
from ._bodies import BinaryData, binary_body
from ._resources import resource_id, resource_path

__all__ = ["ContainerRef", "ContainerStreamsMixin"]

#: A container as the methods accept it: an ID, a name, or a dict with `Id`
#: (what `containers()` and `inspect_container()` return).
ContainerRef: TypeAlias = str | Mapping[str, Any]

#: The media types the daemon (API >= 1.42) gives output streams.
MULTIPLEXED_STREAM: Final = "application/vnd.docker.multiplexed-stream"
RAW_STREAM: Final = "application/vnd.docker.raw-stream"
#: Older daemons label attach answers raw-stream even when they are multiplexed.
_CONTENT_TYPE_TELLS_FRAMING_SINCE: Final = "1.42"

# Where each method's keyword arguments go on the wire (see `_wire.py`).
_LOGS = Keywords(
    "ContainerLogs",
    query={
        "stdout": "stdout",
        "stderr": "stderr",
        "timestamps": "timestamps",
        "follow": "follow",
        "stream": "follow",  # follow defaults to stream
        "tail": "tail",
        "since": "since",
        "until": "until",
    },
    unversioned=("container", "demux"),
)
_ATTACH = Keywords(
    "ContainerAttach",
    query={"logs": "logs", "stdout": "stdout", "stderr": "stderr", "stream": "stream"},
    unversioned=("container", "demux"),
)
# `params` is the attach query itself, keyed by wire names.
_ATTACH_SOCKET = Keywords("ContainerAttach", query={"params": ""}, unversioned=("container", "ws"))
_STATS = Keywords(
    "ContainerStats",
    query={"stream": "stream", "one_shot": "one-shot"},
    unversioned=("container", "decode"),
)
_EXPORT = Keywords("ContainerExport", unversioned=("container", "chunk_size"))
# `encode_stream` asks for HTTP compression, not an API parameter.
_GET_ARCHIVE = Keywords(
    "ContainerArchive",
    query={"path": "path"},
    unversioned=("container", "chunk_size", "encode_stream"),
)
_PUT_ARCHIVE = Keywords(
    "PutContainerArchive", query={"path": "path"}, unversioned=("container", "data")
)

#: Body of put_archive: what `Request.content` can stream.
ArchiveData: TypeAlias = BinaryData


def _flag(value: object) -> int:
    # docker-py sends 1/0 for these flags; the daemon reads both that and true/false.
    return 1 if value else 0


def _log_time(value: datetime | int | float, name: str) -> int | float:
    """A `since`/`until` value as the daemon wants it (seconds since the epoch)."""
    if isinstance(value, datetime):
        return datetime_to_timestamp(value)
    if isinstance(value, int | float) and value > 0:
        return value
    raise InvalidArgument(
        f"{name} value should be datetime or positive int/float, not {type(value)}"
    )


def _chunked(chunk_size: int | None) -> Callable[[], RawDecoder]:
    """Decoder factory: pieces as received, none longer than `chunk_size` (None: as
    received, however long).

    Cut by the sans-IO decoder rather than httpx's chunker, which joins reads into
    pieces of exactly `chunk_size`: a copy of every byte (RawDecoder).
    """
    if chunk_size is not None and chunk_size < 1:
        raise InvalidArgument(
            f"chunk_size must be a positive number of bytes or None, not {chunk_size}"
        )
    return functools.partial(RawDecoder, chunk_size)


def _tty_from_content_type(response: Response) -> bool | None:
    """What the daemon's Content-Type says about the framing (None: nothing)."""
    content_type = response.content_type
    if content_type == RAW_STREAM:
        return True
    if content_type == MULTIPLEXED_STREAM:
        return False
    return None


def _stated_tty(response: Response) -> PlanGenerator[bool | None]:
    """What the daemon says about the framing of `response`: trusted from API 1.42
    (older daemons label every hijacked answer raw-stream); None when it says nothing."""
    version = yield CURRENT_VERSION
    if version_lt(version, _CONTENT_TYPE_TELLS_FRAMING_SINCE):
        return None
    return _tty_from_content_type(response)


def _payload(frame: Frame) -> bytes:
    """`demux=False` item: the bytes of one frame, whichever stream it came from."""
    stream_id, payload = frame
    if stream_id == SYSTEMERR:
        raise system_error(payload)
    return payload


def _demuxed(frame: Frame) -> tuple[bytes | None, bytes | None]:
    return demux_frame(*frame)


def _frame_decoder(tty: bool) -> type[TtyFrameDecoder] | type[FrameDecoder]:
    return TtyFrameDecoder if tty else FrameDecoder


def _output_stream(response: Response, *, tty: bool, demux: bool) -> StreamOf[Any]:
    decoder = _frame_decoder(tty)
    if demux:
        return StreamOf.mapped(response, decoder, _demuxed)
    return StreamOf.mapped(response, decoder, _payload)


def _whole_output(frames: list[Frame], *, demux: bool) -> bytes | tuple[bytes | None, bytes | None]:
    output = DemuxedOutput() if demux else JoinedOutput()
    for stream_id, payload in frames:
        output.add(stream_id, payload)
    return output.value()


def _read_output(response: Response, *, tty: bool, stream: bool, demux: bool) -> PlanGenerator[Any]:
    """Container output (logs, attach, exec) as docker-py returns it: a stream of chunks
    or `(stdout, stderr)` pairs, or all of it as bytes or one pair."""
    if stream:
        return _output_stream(response, tty=tty, demux=demux)
    frames = yield Drain(StreamOf.decoded(response, _frame_decoder(tty)))
    return _whole_output(frames, demux=demux)


class ContainerStreamsMixin:
    """docker-py's streaming container methods, as plans (sync and async)."""

    _settings: ClientSettings

    if TYPE_CHECKING:

        @property
        def _general_configs(self) -> dict[str, Any]: ...  # the client's CLI config

    def _stream_timeout(self) -> httpx.Timeout:
        # Output may pause for long (follow, stats): bound connecting only.
        return streaming_timeout(self._settings.timeout)

    def _inspect_tty(self, container_id: str) -> PlanGenerator[bool]:
        response: Response = yield Request.build(
            "GET", resource_path("containers", container_id, "json"), operation="ContainerInspect"
        )
        config = response.json().get("Config") or {}
        return bool(config.get("Tty"))

    def _is_tty(self, container_id: str, response: Response) -> PlanGenerator[bool]:
        """Whether the output in `response` is a TTY's raw bytes (else multiplexed)."""
        tty = yield from _stated_tty(response)
        if tty is not None:
            return tty
        # An older daemon, or a newer one (or a proxy) that did not label the answer.
        return (yield from self._inspect_tty(container_id))

    # -- logs and attach ------------------------------------------------------

    @plan
    @_LOGS.describes
    def logs(
        self,
        container: ContainerRef,
        stdout: bool = True,
        stderr: bool = True,
        stream: bool = False,
        timestamps: bool = False,
        tail: str | int = "all",
        since: datetime | int | float | None = None,
        follow: bool | None = None,
        until: datetime | int | float | None = None,
        demux: bool = False,
    ) -> PlanGenerator[Any]:
        """A container's output, like `docker logs`.

        Args:
            container: ID, name or dict with `Id`.
            stdout, stderr: which streams to include.
            stream: return a stream of chunks (as they are logged) instead of
                all the output as one bytes object.
            timestamps: prefix each line with its RFC 3339 time.
            tail: the number of lines to show from the end, or "all"
                (anything else that is not a non-negative int means "all").
            since, until: only lines after / before this time: a datetime,
                or seconds since the epoch (a positive int or float).
            follow: keep the stream open for new output until the container
                stops; defaults to `stream`.
            demux: keep stdout and stderr apart: items (or the result) are
                `(stdout, stderr)` tuples (an extension of docker-py's logs).

        Returns:
            `stream=False`: bytes, or `(stdout, stderr)` with `demux` where a
            side that wrote nothing is None. `stream=True`: a closeable
            stream of bytes chunks, or of `(stdout, None)` / `(None, stderr)`
            tuples with `demux`.

        Raises:
            InvalidArgument: a bad `since`/`until`.
            InvalidVersion: `until` on an API older than 1.35.
            APIError: the daemon refused (NotFound for an unknown container).
        """
        container_id = resource_id(container)
        if follow is None:
            follow = stream
        if tail != "all" and (not isinstance(tail, int) or isinstance(tail, bool) or tail < 0):
            tail = "all"
        params = _LOGS.query(
            stderr=_flag(stderr),
            stdout=_flag(stdout),
            timestamps=_flag(timestamps),
            follow=_flag(follow),
            tail=tail,
            since=None if since is None else _log_time(since, "since"),
            until=None if until is None else _log_time(until, "until"),
        )
        response: Response = yield Request.build(
            "GET",
            resource_path("containers", container_id, "logs"),
            params=params,
            expect="stream",
            timeout=self._stream_timeout() if (stream or follow) else DEFAULT_TIMEOUT,
            operation="ContainerLogs",
        )
        tty = yield from self._is_tty(container_id, response)
        return (yield from _read_output(response, tty=tty, stream=stream, demux=demux))

    @plan
    @_ATTACH.describes
    def attach(
        self,
        container: ContainerRef,
        stdout: bool = True,
        stderr: bool = True,
        stream: bool = False,
        logs: bool = False,
        demux: bool = False,
    ) -> PlanGenerator[Any]:
        """Attach to a container's output.

        Args:
            container: ID, name or dict with `Id`.
            stdout, stderr: which streams to include.
            stream: return a stream of chunks as the container writes them
                (until it stops) instead of the output as one bytes object.
            logs: begin with the output written before attaching.
            demux: keep stdout and stderr apart, as `(stdout, stderr)` tuples.

        Returns:
            As `logs`: bytes (or a `(stdout, stderr)` tuple), or with
            `stream=True` a closeable stream of chunks (or tuples).
        """
        container_id = resource_id(container)
        params = _ATTACH.query(
            logs=_flag(logs), stdout=_flag(stdout), stderr=_flag(stderr), stream=_flag(stream)
        )
        response: Response = yield Request.build(
            "POST",
            resource_path("containers", container_id, "attach"),
            params=params,
            expect="upgrade",
            operation="ContainerAttach",
        )
        tty = yield from self._is_tty(container_id, response)
        return (yield from _read_output(response, tty=tty, stream=stream, demux=demux))

    @socket_plan
    @_ATTACH_SOCKET.describes
    def attach_socket(
        self,
        container: ContainerRef,
        params: Mapping[str, Any] | None = None,
        ws: bool = False,
    ) -> PlanGenerator[SocketOf]:
        """The raw, two-way connection of an attach.

        Write the container's stdin with `sendall()` (attach with
        `params={"stdin": 1, "stdout": 1, "stream": 1}` and a container
        created with `stdin_open=True`), end it with `shutdown_write()`, and
        read the output with `recv()` until it returns b"". The output is in
        the daemon's framing (multiplexed unless the container has a TTY).

        Args:
            container: ID, name or dict with `Id`.
            params: the attach query (`stdin`, `stdout`, `stderr`, `stream`,
                `logs`, `detachKeys`); default stdout, stderr and stream.
                `detachKeys` defaults to the one in the Docker CLI's
                config.json, if any.
            ws: websockets are not supported: raises InvalidArgument.
        """
        container_id = resource_id(container)
        if ws:
            raise InvalidArgument(
                "attach over websockets (ws=True) is not supported; "
                "the default raw socket offers the same stdin and output"
            )
        query: dict[str, Any] = dict(params) if params else {"stdout": 1, "stderr": 1, "stream": 1}
        keys = detach_keys(self._general_configs)
        if "detachKeys" not in query and keys:
            query["detachKeys"] = keys  # the CLI's setting, as docker-py uses it
        response: Response = yield Request.build(
            "POST",
            resource_path("containers", container_id, "attach"),
            params=query,
            expect="upgrade",
            operation="ContainerAttach",
        )
        return SocketOf(response)

    # -- stats ----------------------------------------------------------------

    @plan
    @_STATS.describes
    def stats(
        self,
        container: ContainerRef,
        decode: bool | None = None,
        stream: bool = True,
        one_shot: bool | None = None,
    ) -> PlanGenerator[Any]:
        """Resource usage statistics, like `docker stats`.

        Args:
            container: ID, name or dict with `Id`.
            decode: with `stream`, yield dicts instead of JSON lines (bytes).
            stream: a stream of samples (about one a second) until closed;
                False returns one sample as a dict.
            one_shot: with `stream=False`, answer at once without waiting for
                a second sample (so no CPU percentages); API >= 1.41.

        Raises:
            InvalidArgument: `one_shot` with `stream`, or `decode` without it.
            InvalidVersion: `one_shot` on an API older than 1.41.
        """
        container_id = resource_id(container)
        params = _STATS.query(stream=stream, one_shot=one_shot)
        path = resource_path("containers", container_id, "stats")
        if stream:
            if one_shot:
                raise InvalidArgument("one_shot is only available in conjunction with stream=False")
            response: Response = yield Request.build(
                "GET",
                path,
                params=params,
                expect="stream",
                timeout=self._stream_timeout(),
                operation="ContainerStats",
            )
            if decode:
                return StreamOf.decoded(response, JSONLinesDecoder)
            return StreamOf.decoded(response, RawJSONLinesDecoder)
        if decode:
            raise InvalidArgument("decode is only available in conjunction with stream=True")
        sample: Response = yield Request.build(
            "GET", path, params=params, operation="ContainerStats"
        )
        return sample.json()

    # -- archives -------------------------------------------------------------

    @stream_plan
    @_EXPORT.describes
    def export(
        self, container: ContainerRef, chunk_size: int | None = DEFAULT_DATA_CHUNK_SIZE
    ) -> PlanGenerator[StreamOf[bytes]]:
        """The container's filesystem as a tar archive, streamed.

        Args:
            container: ID, name or dict with `Id`.
            chunk_size: the most bytes an item holds (items are the data as
                it arrives, cut where longer); None: as it arrives.

        Returns:
            A closeable stream of bytes chunks; nothing is buffered beyond one.
        """
        decoder = _chunked(chunk_size)
        response: Response = yield Request.build(
            "GET",
            resource_path("containers", container, "export"),
            expect="stream",
            operation="ContainerExport",
        )
        return StreamOf.decoded(response, decoder)

    @plan
    @_GET_ARCHIVE.describes
    def get_archive(
        self,
        container: ContainerRef,
        path: str,
        chunk_size: int | None = DEFAULT_DATA_CHUNK_SIZE,
        encode_stream: bool = False,
    ) -> PlanGenerator[tuple[Any, dict[str, Any] | None]]:
        """A file or directory of the container as a tar archive, streamed.

        Args:
            container: ID, name or dict with `Id`.
            path: what to fetch, inside the container.
            chunk_size: the most bytes an item holds (items are the data as
                it arrives, cut where longer); None: as it arrives.
            encode_stream: have the daemon gzip the transfer (decompressed on
                arrival: the items are the tar archive either way).

        Returns:
            `(stream of tar chunks, stat)`, `stat` being the daemon's
            description of `path` (name, size, mode, mtime, linkTarget) or
            None when the daemon did not send it.
        """
        # httpx asks for compression by default; the archive is sent plain
        # unless the caller wants it compressed on the wire.
        headers = {"Accept-Encoding": "gzip, deflate" if encode_stream else "identity"}
        decoder = _chunked(chunk_size)
        response: Response = yield Request.build(
            "GET",
            resource_path("containers", container, "archive"),
            params=_GET_ARCHIVE.query(path=path),
            headers=headers,
            expect="stream",
            operation="ContainerArchive",
        )
        encoded_stat = response.headers.get("x-docker-container-path-stat")
        stat = decode_json_header(encoded_stat) if encoded_stat else None
        return StreamOf.decoded(response, decoder), stat

    @plan
    @_PUT_ARCHIVE.describes
    def put_archive(
        self, container: ContainerRef, path: str, data: ArchiveData
    ) -> PlanGenerator[bool]:
        """Extract a tar archive into a directory of the container.

        Args:
            container: ID, name or dict with `Id`.
            path: an existing directory inside the container.
            data: the tar archive: bytes, a binary file object (read in
                chunks), or an iterable of bytes chunks (async iterables too
                on the async client); streamed, never read whole first.

        Returns:
            True when the daemon accepted the archive.
        """
        response: Response = yield Request.build(
            "PUT",
            resource_path("containers", container, "archive"),
            params=_PUT_ARCHIVE.query(path=path),
            headers={"Content-Type": "application/x-tar"},
            content=binary_body(data, "put_archive"),
            expect="empty",
            operation="PutContainerArchive",
        )
        return response.status_code == 200
