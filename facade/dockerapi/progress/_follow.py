"""Drive a renderer with a progress stream: the blocking and the asyncio loop.

Both loops share `_Display` (feed each event with its arrival time and show its
lines; at the end show the held-back lines, stop the renderer, raise the typed
error); only the way they wait for the next event and close the stream differs.
"""

from __future__ import annotations

import sys
import time
from collections.abc import AsyncIterable, Callable, Iterable, Mapping, Sequence
from typing import Protocol, TextIO

from ._plain import PlainRenderer
from ._state import Event, Line, Operation, ProgressState

__all__ = ["Renderer", "afollow", "default_renderer", "follow"]

#: Where event times come from: any monotonic clock in seconds.
Clock = Callable[[], float]


class Renderer(Protocol):
    """What `follow` drives: `PlainRenderer`, `RichRenderer`, or your own."""

    def start(self, state: ProgressState) -> None:
        """Called once before the first event."""

    def update(self, state: ProgressState, lines: Sequence[Line]) -> None:
        """Called after each event with the lines it produced (often none)."""

    def stop(self, state: ProgressState) -> None:
        """Called once at the end, also when the stream failed."""


def default_renderer(file: TextIO | None = None) -> Renderer:
    """The rich display when rich is installed and `file` (default stdout) is a
    terminal, else the plain-text one."""
    out = file if file is not None else sys.stdout
    if _is_terminal(out):
        try:
            from ._rich import RichRenderer
        except ImportError:
            pass
        else:
            return RichRenderer(file=out)
    return PlainRenderer(out)


def _is_terminal(file: TextIO) -> bool:
    try:
        return file.isatty()
    except (AttributeError, ValueError):  # closed or file-like without isatty
        return False


def _as_events(events: Iterable[Event] | Event) -> Iterable[Event]:
    # A non-streamed result (pull or import without `stream`) is the text itself.
    if isinstance(events, str | bytes | bytearray | Mapping):
        return [events]
    return events


class _Display:
    """A reducer and its renderer for one stream: what both loops share."""

    def __init__(self, operation: Operation, renderer: Renderer | None, clock: Clock) -> None:
        self.state = ProgressState(operation)
        self.renderer = renderer if renderer is not None else default_renderer()
        self.clock = clock
        self.renderer.start(self.state)

    def show(self, event: Event) -> None:
        self.renderer.update(self.state, self.state.feed(event, self.clock()))

    def end(self) -> None:
        self.renderer.update(self.state, self.state.finish())

    def stop(self) -> None:
        self.renderer.stop(self.state)


def follow(
    events: Iterable[Event] | Event,
    *,
    operation: Operation = "pull",
    renderer: Renderer | None = None,
    clock: Clock = time.monotonic,
) -> ProgressState:
    """Show a progress stream until it ends; returns the final state.

    `events`: what `pull`, `push`, `load_image`, `import_image` or `build`
    returned (a stream of dicts or JSON lines, or the text of a non-streamed
    call). `operation` names it, which picks the exception of an error event.
    `renderer` defaults to `default_renderer()`. The stream is closed at the end.

    Raises:
        StreamError, ImageLoadStreamError, BuildError: the daemon reported an error
            (the one the stream raises, else the reducer's from the error event).
    """
    stream = _as_events(events)
    display = _Display(operation, renderer, clock)
    try:
        for event in stream:
            display.show(event)
        display.end()
    finally:
        display.stop()
        close = getattr(stream, "close", None)
        if callable(close):
            close()
    display.state.raise_for_error()
    return display.state


async def afollow(
    events: AsyncIterable[Event] | Iterable[Event] | Event,
    *,
    operation: Operation = "pull",
    renderer: Renderer | None = None,
    clock: Clock = time.monotonic,
) -> ProgressState:
    """`follow` for the asyncio client: `events` is what the awaited call returned
    (an async stream, or the text of a non-streamed call)."""
    if not isinstance(events, AsyncIterable):
        return follow(events, operation=operation, renderer=renderer, clock=clock)
    display = _Display(operation, renderer, clock)
    try:
        async for event in events:
            display.show(event)
        display.end()
    finally:
        display.stop()
        aclose = getattr(events, "aclose", None)
        if callable(aclose):
            await aclose()
    display.state.raise_for_error()
    return display.state
