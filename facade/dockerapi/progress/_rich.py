"""The rich display: a bar per layer with its bytes and speed, status and build output
printed above the bars. Needs the `progress` extra (`pip install dockerapi[progress]`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TextIO

try:
    from rich.console import Console, RenderableType
    from rich.progress import BarColumn, Progress, TaskID, TextColumn
except ImportError as error:  # pragma: no cover - the extra is installed in the tests
    raise ImportError(
        "the rich display needs rich: pip install 'dockerapi[progress]' (or use PlainRenderer)"
    ) from error

from ._state import Layer, Line, ProgressState, format_bytes

__all__ = ["RichRenderer"]

_STYLES = {"status": "bold", "output": "", "error": "bold red"}


def _fields(layer: Layer) -> dict[str, Any]:
    counted = layer.current is not None and layer.total
    return {
        "layer": layer.id,
        "status": layer.status,
        "bytes": f"{format_bytes(layer.current or 0)} / {format_bytes(layer.total or 0)}"
        if counted
        else "",
        "speed": f"{format_bytes(layer.speed)}/s" if layer.speed else "",
    }


class RichRenderer:
    """Renders the reducer's state with rich: one line per layer (ID, status, a bar,
    bytes done / total of the current phase, speed from the reducer's event times),
    with the statuses, build output and errors printed above the bars. `console`
    defaults to a new rich `Console` writing to `file` (default: stdout), drawn as on
    a terminal when `force_terminal` (default: when `file` is one)."""

    def __init__(
        self,
        console: Console | None = None,
        *,
        file: TextIO | None = None,
        force_terminal: bool | None = None,
    ) -> None:
        if console is None:
            console = Console(file=file, force_terminal=force_terminal)
        self.console = console
        self._progress: Progress | None = None
        self._tasks: dict[str, TaskID] = {}

    @property
    def display(self) -> RenderableType | None:
        """The bars as a rich renderable while the display is open (to print a frame
        elsewhere, or to place it in a layout of your own)."""
        return self._progress.get_renderable() if self._progress is not None else None

    def start(self, state: ProgressState) -> None:
        """Open the live display."""
        self._progress = Progress(
            TextColumn("{task.fields[layer]}: {task.fields[status]}", markup=False),
            BarColumn(bar_width=30),
            TextColumn("{task.fields[bytes]}", markup=False, style="green"),
            TextColumn("{task.fields[speed]}", markup=False, style="cyan"),
            console=self.console,
            # redrawn on each update below, not by a thread reading a clock
            auto_refresh=False,
        )
        self._progress.start()

    def update(self, state: ProgressState, lines: Sequence[Line]) -> None:
        """Print the event's lines above the bars, and move the bars."""
        progress = self._progress
        if progress is None:
            return
        for line in lines:
            if line.kind != "layer":
                progress.console.print(
                    line.text, style=_STYLES[line.kind], markup=False, highlight=False
                )
        self._show(progress, state)
        progress.refresh()

    def stop(self, state: ProgressState) -> None:
        """Draw the final state and close the live display (it stays on screen)."""
        progress, self._progress = self._progress, None
        if progress is not None:
            self._show(progress, state)
            progress.stop()

    def _show(self, progress: Progress, state: ProgressState) -> None:
        for layer in state.layers:
            total, completed = layer.total, layer.current or 0
            if layer.done:  # a full bar, also for layers that never reported bytes
                total = total or 1
                completed = total
            task = self._tasks.get(layer.id)
            if task is None:
                self._tasks[layer.id] = progress.add_task(
                    "", total=total, completed=completed, **_fields(layer)
                )
            else:
                progress.update(task, total=total, completed=completed, **_fields(layer))
