"""The progress displays on recorded streams: the plain text, the rich display through
rich's own console capture, and the drivers (`follow`, `afollow`, `default_renderer`).
The display in a real terminal is tested in tests/integration/test_progress_cli.py."""

from __future__ import annotations

import io
import json
import os
import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from dockerapi.errors import BuildError, StreamError
from dockerapi.progress import (
    Line,
    PlainRenderer,
    ProgressState,
    RichRenderer,
    afollow,
    default_renderer,
    follow,
)
from rich.console import Console

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "progress"


def recorded(name: str) -> list[tuple[float, dict[str, Any]]]:
    entries = [json.loads(line) for line in (FIXTURES / f"{name}.jsonl").read_text().splitlines()]
    return [(entry["at"], entry["event"]) for entry in entries]


class Replay:
    """A recorded stream as the client hands it over: an iterator with close(), and a
    clock that reads the recorded arrival time of the event last handed out."""

    def __init__(self, name: str) -> None:
        self.entries = recorded(name)
        self.now = 0.0
        self.closed = False

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for at, event in self.entries:
            self.now = at
            yield event

    async def __aiter__(self) -> AsyncIterator[dict[str, Any]]:
        for event in self:
            yield event

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True

    def clock(self) -> float:
        return self.now


def expected_lines(name: str, operation: Any) -> list[Line]:
    state = ProgressState(operation)
    lines: list[Line] = []
    for at, event in recorded(name):
        lines += state.feed(event, at)
    return lines + state.finish()


def recording_console(*, terminal: bool) -> Console:
    return Console(
        file=io.StringIO(), record=True, width=110, force_terminal=terminal, color_system=None
    )


# -- plain text ---------------------------------------------------------------------------


def test_plain_prints_one_line_per_state_change() -> None:
    out = io.StringIO()
    replay = Replay("pull")
    state = follow(replay, operation="pull", renderer=PlainRenderer(out), clock=replay.clock)
    assert out.getvalue() == "".join(f"{line}\n" for line in expected_lines("pull", "pull"))
    assert out.getvalue().count("\n") < len(replay.entries)
    assert "{" not in out.getvalue()  # no raw JSON
    assert all(layer.done for layer in state.layers)
    assert replay.closed


def test_plain_build_output_then_the_error_then_build_error() -> None:
    out = io.StringIO()
    replay = Replay("build-error")
    with pytest.raises(BuildError, match="non-zero code: 3"):
        follow(replay, operation="build", renderer=PlainRenderer(out), clock=replay.clock)
    lines = out.getvalue().splitlines()
    assert lines[:2] == ["Step 1/3 : FROM busybox:latest", " ---> f3fb703641bd"]
    assert "about to fail" in lines
    assert lines[-1].startswith("error: The command '/bin/sh -c echo")
    assert replay.closed


def test_an_error_the_stream_raises_propagates_after_the_display_ends() -> None:
    class Failing(Replay):
        def __iter__(self) -> Iterator[dict[str, Any]]:
            yield from super().__iter__()  # the error object is handed over, then:
            raise StreamError("tag does not exist", item=self.entries[-1][1])

    out = io.StringIO()
    replay = Failing("push-error")
    with pytest.raises(StreamError, match="tag does not exist"):
        follow(replay, operation="push", renderer=PlainRenderer(out))
    assert out.getvalue().splitlines()[-1].startswith("error: tag does not exist")
    assert replay.closed


# -- rich, through rich's console capture ---------------------------------------------------


def test_rich_final_display_has_a_bar_per_layer_and_the_statuses_above() -> None:
    console = recording_console(terminal=False)  # no live frames: the final one at stop
    replay = Replay("pull")
    state = follow(replay, operation="pull", renderer=RichRenderer(console), clock=replay.clock)
    text = console.export_text()
    lines = text.splitlines()
    assert lines[:3] == [s for s in state.statuses]  # status lines first, in order
    bars = lines[3:]
    assert len(bars) == len(state.layers)
    for layer, bar in zip(state.layers, bars, strict=True):
        assert bar.startswith(f"{layer.id}: {layer.status}")
        assert "━" * 30 in bar  # a full bar for every finished layer
    assert "{" not in text


def test_rich_mid_stream_frame_shows_bytes_and_speed() -> None:
    console = recording_console(terminal=True)
    renderer = RichRenderer(console)
    state = ProgressState("push")
    renderer.start(state)
    frames: list[str] = []
    try:
        for at, event in recorded("push"):
            renderer.update(state, state.feed(event, at))
            frame = Console(file=io.StringIO(), width=110, record=True, color_system=None)
            frame.print(renderer.display)
            frames.append(frame.export_text())
    finally:
        renderer.stop(state)
    pushing = [
        line
        for frame in frames
        for line in frame.splitlines()
        if ": Pushing" in line and "/s" in line
    ]
    assert pushing, "no frame showed a layer pushing with its speed"
    counted = re.compile(r": Pushing .* [\d.]+ [kM]?B / [\d.]+ MB +[\d.]+ [kMG]?B/s$")
    assert all(counted.search(line.rstrip()) for line in pushing), pushing
    assert renderer.display is None  # closed


def test_rich_prints_build_output_and_the_error_in_red() -> None:
    console = Console(file=io.StringIO(), record=True, width=110, force_terminal=True)
    replay = Replay("build-error")
    with pytest.raises(BuildError):
        follow(replay, operation="build", renderer=RichRenderer(console), clock=replay.clock)
    text = console.export_text(clear=False)
    assert 'Step 2/3 : RUN echo "about to fail" && exit 3' in text
    assert "about to fail\n" in text
    styled = console.export_text(styles=True)
    error_line = next(line for line in styled.splitlines() if "non-zero code: 3" in line)
    assert "\x1b[1;31m" in error_line  # bold red


def test_rich_does_not_read_markup_in_the_daemons_text() -> None:
    console = recording_console(terminal=False)
    replay = Replay("push")  # "The push refers to repository [127.0.0.1:5000/...]"
    follow(replay, operation="push", renderer=RichRenderer(console), clock=replay.clock)
    assert "The push refers to repository [127.0.0.1:5000/" in console.export_text()


# -- the drivers ----------------------------------------------------------------------------


async def test_afollow_drives_the_same_display_from_an_async_stream() -> None:
    out = io.StringIO()
    replay = Replay("pull")
    state = await afollow(replay, operation="pull", renderer=PlainRenderer(out), clock=replay.clock)
    assert out.getvalue() == "".join(f"{line}\n" for line in expected_lines("pull", "pull"))
    assert replay.closed
    assert any(layer.status == "Already exists" for layer in state.layers)


async def test_afollow_raises_the_typed_error_at_the_end() -> None:
    out = io.StringIO()
    replay = Replay("build-error")
    with pytest.raises(BuildError) as raised:
        await afollow(replay, operation="build", renderer=PlainRenderer(out), clock=replay.clock)
    assert raised.value.build_log[-1] == replay.entries[-1][1]


async def test_afollow_takes_the_text_of_a_call_without_stream() -> None:
    text = "\n".join(json.dumps(event) for _, event in recorded("import"))
    out = io.StringIO()
    state = await afollow(text, operation="import", renderer=PlainRenderer(out))
    assert out.getvalue() == f"{state.statuses[0]}\n"


def test_default_renderer_is_plain_off_a_terminal_and_rich_on_one() -> None:
    assert isinstance(default_renderer(io.StringIO()), PlainRenderer)
    leader, follower = os.openpty()
    try:
        with os.fdopen(follower, "w", closefd=False) as terminal:
            renderer = default_renderer(terminal)
            assert isinstance(renderer, RichRenderer)
            assert renderer.console.is_terminal
    finally:
        os.close(leader)
        os.close(follower)


def test_without_rich_the_default_is_plain_and_the_rich_display_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    for name in list(sys.modules):
        if name == "rich" or name.startswith("rich.") or name == "dockerapi.progress._rich":
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "rich", None)  # import rich -> ImportError
    leader, follower = os.openpty()
    try:
        with os.fdopen(follower, "w", closefd=False) as terminal:
            assert isinstance(default_renderer(terminal), PlainRenderer)
    finally:
        os.close(leader)
        os.close(follower)
    import dockerapi.progress

    with pytest.raises(ImportError, match=r"pip install 'dockerapi\[progress\]'"):
        dockerapi.progress.RichRenderer  # noqa: B018


# -- docs/progress.md shows what these renderers print ----------------------------------------

DOCS_PAGE = Path(__file__).resolve().parents[2] / "docs" / "progress.md"


def documented_block(marker: str) -> tuple[str, list[str]]:
    """The argument of `<!-- marker: ARG -->` in docs/progress.md and the lines of the
    text block after it."""
    page = DOCS_PAGE.read_text()
    head, rest = page.split(f"<!-- {marker}: ", 1)[1].split(" -->\n", 1)
    block = rest.split("```text\n", 1)[1].split("\n```", 1)[0]
    return head, block.splitlines()


def test_the_documented_frame_is_what_rich_renders_for_the_recording() -> None:
    argument, documented = documented_block("frame")
    name, count = argument.split()
    renderer = RichRenderer(recording_console(terminal=True))
    state = ProgressState("push")
    renderer.start(state)
    try:
        for at, event in recorded(name.removesuffix(".jsonl"))[: int(count)]:
            renderer.update(state, state.feed(event, at))
        frame = Console(file=io.StringIO(), width=120, record=True, color_system="truecolor")
        frame.print(renderer.display)
    finally:
        renderer.stop(state)
    rendered = [line.rstrip() for line in frame.export_text().splitlines() if line.strip()]
    assert documented == rendered


def test_the_documented_plain_text_is_what_plain_prints_for_the_recording() -> None:
    argument, documented = documented_block("plain")
    out = io.StringIO()
    replay = Replay(argument.removesuffix(".jsonl"))
    follow(replay, operation="push", renderer=PlainRenderer(out), clock=replay.clock)
    assert documented == out.getvalue().splitlines()
