"""The plain-text display: one line per state change, for logs, pipes and dumb terminals."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TextIO

from ._state import Line, ProgressState

__all__ = ["PlainRenderer"]


class PlainRenderer:
    """Prints each `Line` of the reducer as it comes: a layer's new status (with its
    size when known), the operation's statuses, build output and the error. Byte
    counts changing are not printed, so a log gets a few lines per layer, not one
    per event."""

    def __init__(self, file: TextIO | None = None) -> None:
        self._file = file

    def start(self, state: ProgressState) -> None:
        """Nothing to set up: lines are printed as they come."""

    def update(self, state: ProgressState, lines: Sequence[Line]) -> None:
        """Print the lines of one event."""
        if not lines:
            return
        file = self._file if self._file is not None else sys.stdout
        file.write("".join(f"{line}\n" for line in lines))
        file.flush()

    def stop(self, state: ProgressState) -> None:
        """Nothing to tear down."""
