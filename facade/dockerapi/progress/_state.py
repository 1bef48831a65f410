"""The progress reducer: the daemon's JSON progress events in, a display's state out.

Sans-IO: `ProgressState.feed` takes one event (a dict, or bytes/text holding JSON
lines) and the time it arrived, as given by the caller; nothing here reads a clock,
the network or a terminal. So the same state serves the blocking and the asyncio
drivers and every renderer, and it is tested on recorded streams with their real
arrival times.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final, Literal, TypeAlias

from .._decoders import JSONLinesDecoder, is_error_item
from ..errors import (
    BuildError,
    DockerException,
    ImageLoadStreamError,
    StreamError,
    error_from_stream_item,
)

__all__ = ["Event", "Layer", "Line", "LineKind", "Operation", "ProgressState", "format_bytes"]

#: What produced the stream; it picks the exception an error event becomes.
Operation: TypeAlias = Literal["pull", "push", "load", "import", "build"]
#: What a `Line` reports: a status of the whole operation, a layer's new status, a line
#: of a build's (or a load's) output, or the daemon's error.
LineKind: TypeAlias = Literal["status", "layer", "output", "error"]
#: One event: a decoded JSON object (`decode=True`), or bytes/text with JSON lines.
Event: TypeAlias = Mapping[str, Any] | bytes | bytearray | str

#: Speeds are measured over the events of the last seconds (a moving window), so a
#: stall shows as a falling speed rather than the average since the start.
_SPEED_WINDOW: Final = 2.0
#: Statuses after which a layer does not change any more.
_FINAL_STATUSES: Final = frozenset(
    {"Pull complete", "Already exists", "Pushed", "Layer already exists"}
)
#: A status sent with an `id` that names the tag, not a layer ("v1: Pulling from x").
_OPERATION_STATUS_PREFIXES: Final = ("Pulling from ",)


@dataclass(frozen=True, slots=True)
class Layer:
    """What one layer (an `id` of the stream) is doing now.

    `current`/`total` are bytes of the current phase (downloading, extracting,
    pushing, loading) when the daemon gives them; `speed` is bytes per second over
    the last seconds of that phase, from the event times given to `feed` (None
    until two events with bytes arrived).
    """

    id: str
    status: str
    current: int | None = None
    total: int | None = None
    speed: float | None = None

    @property
    def done(self) -> bool:
        """Whether the layer reached a final status (pulled, pushed, already there)."""
        return self.status in _FINAL_STATUSES or self.status.startswith("Mounted from ")

    @property
    def fraction(self) -> float | None:
        """`current / total` in [0, 1] (the daemon's count may pass the total), or None."""
        if self.current is None or not self.total:
            return None
        return min(1.0, max(0.0, self.current / self.total))


@dataclass(frozen=True, slots=True)
class Line:
    """A change worth a line of text: `str(line)` is the line a plain display prints."""

    kind: LineKind
    text: str
    layer: str | None = None

    def __str__(self) -> str:
        return self.text


def format_bytes(size: float) -> str:
    """Bytes in decimal units, as the Docker CLI shows them: `512 B`, `6.29 MB`."""
    for unit in ("B", "kB", "MB", "GB"):
        if abs(size) < 1000 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.3g} {unit}"
        size /= 1000
    raise AssertionError("unreachable")  # pragma: no cover


class _Track:
    """A layer's mutable state and the (time, bytes) samples of its current phase."""

    __slots__ = ("layer", "samples")

    def __init__(self, layer: Layer) -> None:
        self.layer = layer
        self.samples: deque[tuple[float, int]] = deque()

    def update(self, status: str, detail: Mapping[str, Any], at: float | None) -> bool:
        """Apply an event; returns whether the status changed."""
        changed = status != self.layer.status
        if changed:
            self.samples.clear()  # a new phase counts its bytes from zero
        current, total = _int_or_none(detail.get("current")), _int_or_none(detail.get("total"))
        if current is None:
            self.layer = Layer(self.layer.id, status)
            return changed
        if at is not None:
            self.samples.append((at, current))
            while len(self.samples) > 2 and at - self.samples[0][0] > _SPEED_WINDOW:
                self.samples.popleft()
        self.layer = Layer(self.layer.id, status, current, total, self._speed())
        return changed

    def _speed(self) -> float | None:
        if len(self.samples) < 2:
            return None
        (first_at, first_bytes), (last_at, last_bytes) = self.samples[0], self.samples[-1]
        if last_at <= first_at or last_bytes < first_bytes:
            return None
        return (last_bytes - first_bytes) / (last_at - first_at)


def _int_or_none(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class ProgressState:
    """The state of a pull, push, load, import or build, reduced from its events.

    ``feed(event, at)`` applies one event and returns the `Line`s it is worth
    (a layer's new status, a status of the operation, complete lines of build
    output, the error); a layer's bytes changing is state, not a line. Read the
    state at any time: `layers` (in the order they first appeared), `statuses`,
    `output`, `aux` (the daemon's `aux` objects: a build's image ID, a push's
    digest), `error`. ``finish()`` ends the stream (the lines it held back) and
    ``raise_for_error()`` raises the typed exception of an error event
    (`StreamError`; `ImageLoadStreamError` for a load; `BuildError`, with the build
    log, for a build).
    """

    def __init__(self, operation: Operation = "pull") -> None:
        self.operation: Operation = operation
        self._tracks: dict[str, _Track] = {}
        self.statuses: list[str] = []
        self.output: list[str] = []
        self.aux: list[Mapping[str, Any]] = []
        self.error: DockerException | None = None
        self._partial_output = ""
        self._log: list[Mapping[str, Any]] = []  # a build's events, for BuildError.build_log
        self._decoder = JSONLinesDecoder()

    @property
    def layers(self) -> list[Layer]:
        """Every layer seen so far, in the order it first appeared."""
        return [track.layer for track in self._tracks.values()]

    @property
    def image_id(self) -> str | None:
        """The ID a build reported (its `aux` object), if any."""
        for aux in reversed(self.aux):
            found = aux.get("ID")
            if isinstance(found, str):
                return found
        return None

    def feed(self, event: Event, at: float | None = None) -> list[Line]:
        """Apply an event that arrived at time `at` (seconds on any clock; None: no speeds)."""
        if isinstance(event, Mapping):
            return self._apply(event, at)
        data = event.encode() if isinstance(event, str) else event
        lines: list[Line] = []
        for item in self._decoder.feed(data):
            lines += self._apply_item(item, at)
        return lines

    def finish(self) -> list[Line]:
        """End of the stream: the lines still held back (text without a final newline).
        Then call `raise_for_error`."""
        lines: list[Line] = []
        for item in self._decoder.flush():
            lines += self._apply_item(item, None)
        if self._partial_output:
            lines.append(Line("output", self._partial_output))
            self.output.append(self._partial_output)
            self._partial_output = ""
        return lines

    def raise_for_error(self) -> None:
        """Raise the typed exception of the daemon's error event, if there was one:
        `StreamError`, `ImageLoadStreamError` for a load, `BuildError` for a build."""
        if self.error is not None:
            raise self.error

    def _apply_item(self, item: Any, at: float | None) -> list[Line]:
        return self._apply(item, at) if isinstance(item, Mapping) else []

    def _apply(self, event: Mapping[str, Any], at: float | None) -> list[Line]:
        if self.operation == "build":
            self._log.append(event)
        if is_error_item(event):
            return [self._failed(event)]
        aux = event.get("aux")
        if isinstance(aux, Mapping):
            self.aux.append(aux)
        lines: list[Line] = []
        text = event.get("stream")
        if isinstance(text, str):
            lines += self._output(text)
        status, layer_id = event.get("status"), event.get("id")
        if isinstance(status, str) and status:
            if isinstance(layer_id, str) and layer_id and not _operation_status(status):
                detail = event.get("progressDetail")
                lines += self._layer(
                    layer_id, status, detail if isinstance(detail, Mapping) else {}, at
                )
            else:
                shown = (
                    f"{layer_id}: {status}" if isinstance(layer_id, str) and layer_id else status
                )
                self.statuses.append(shown)
                lines.append(Line("status", shown))
        return lines

    def _layer(
        self, layer_id: str, status: str, detail: Mapping[str, Any], at: float | None
    ) -> list[Line]:
        track = self._tracks.get(layer_id)
        if track is None:
            track = self._tracks[layer_id] = _Track(Layer(layer_id, ""))
        if not track.update(status, detail, at):
            return []
        layer = track.layer
        size = f" ({format_bytes(layer.total)})" if layer.total else ""
        return [Line("layer", f"{layer_id}: {status}{size}", layer_id)]

    def _output(self, text: str) -> list[Line]:
        """Complete lines of output; a build sends a step's title and its newline apart."""
        pieces = (self._partial_output + text).split("\n")
        self._partial_output = pieces.pop()
        complete = [piece.rstrip("\r") for piece in pieces]
        complete = [piece for piece in complete if piece]
        self.output += complete
        return [Line("output", piece) for piece in complete]

    def _failed(self, event: Mapping[str, Any]) -> Line:
        found = error_from_stream_item(event)
        message = found.explanation or "unknown error"
        if self.error is None:
            self.error = self._exception(event, found, message)
        # one line on screen, though Podman ends its build errors with a newline
        return Line("error", f"error: {message.rstrip()}")

    def _exception(
        self, event: Mapping[str, Any], found: StreamError, message: str
    ) -> DockerException:
        if self.operation == "build":
            return BuildError(message, list(self._log))
        if self.operation == "load":
            return ImageLoadStreamError(message, item=event, code=found.code)
        return found


def _operation_status(status: str) -> bool:
    return status.startswith(_OPERATION_STATUS_PREFIXES)
