"""The progress reducer on streams a real daemon sent (tests/fixtures/progress/, recorded
by scripts/record_progress.py on the test engine and its local registry), with their
real arrival times: events in, per-layer state, lines and typed errors out."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from dockerapi.errors import BuildError, ImageLoadError, ImageLoadStreamError, StreamError
from dockerapi.progress import Layer, Line, Operation, ProgressState, format_bytes

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "progress"


def recorded(name: str) -> list[tuple[float, dict[str, Any]]]:
    entries = [json.loads(line) for line in (FIXTURES / f"{name}.jsonl").read_text().splitlines()]
    return [(entry["at"], entry["event"]) for entry in entries]


def reduce(name: str, operation: Operation) -> tuple[ProgressState, list[Line]]:
    state = ProgressState(operation)
    lines: list[Line] = []
    for at, event in recorded(name):
        lines += state.feed(event, at)
    lines += state.finish()
    return state, lines


def layer_events(name: str) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for _, event in recorded(name):
        if "id" in event and not event.get("status", "").startswith("Pulling from"):
            found.setdefault(event["id"], []).append(event)
    return found


def test_the_recordings_are_there() -> None:
    names = {path.stem for path in FIXTURES.glob("*.jsonl")}
    assert {"pull", "push", "push-error", "build", "build-error", "load", "import"} <= names


def test_a_pull_ends_with_every_layer_in_its_last_status() -> None:
    state, _ = reduce("pull", "pull")
    expected = layer_events("pull")
    assert [layer.id for layer in state.layers] == list(expected)  # first-seen order
    for layer in state.layers:
        assert layer.status == expected[layer.id][-1]["status"]
        assert layer.done
    assert any(layer.status == "Already exists" for layer in state.layers)  # the busybox layer
    assert state.statuses[0].startswith("v1: Pulling from ")
    assert state.statuses[-1].startswith("Status: Downloaded newer image for 127.0.0.1:5000/")
    state.raise_for_error()


def test_a_pull_gives_one_line_per_layer_status_change_not_per_event() -> None:
    _, lines = reduce("pull", "pull")
    expected_changes: list[tuple[str, str]] = []
    for layer_id, events in layer_events("pull").items():
        statuses = [event["status"] for event in events]
        expected_changes += [
            (layer_id, status)
            for index, status in enumerate(statuses)
            if index == 0 or statuses[index - 1] != status
        ]
    changes = [(line.layer, line.text.split(": ", 1)[1]) for line in lines if line.kind == "layer"]
    assert sorted((layer, text.split(" (")[0]) for layer, text in changes) == sorted(
        expected_changes
    )
    assert len(lines) < len(recorded("pull"))
    downloading = [line.text for line in lines if "Downloading" in line.text]
    assert downloading and all(text.endswith(" MB)") for text in downloading)  # sizes shown


def test_bytes_and_speed_follow_the_events_and_their_times() -> None:
    state = ProgressState("pull")
    events = recorded("pull")
    layer_id = next(
        event["id"] for _, event in events if event.get("progressDetail", {}).get("total")
    )
    mine = [(at, event) for at, event in events if event.get("id") == layer_id]
    samples: list[tuple[float, int]] = []
    previous_status = ""
    for at, event in mine:
        state.feed(event, at)
        layer = next(layer for layer in state.layers if layer.id == layer_id)
        detail = event.get("progressDetail") or {}
        if event["status"] in ("Downloading", "Extracting") and "current" in detail:
            if layer.status != previous_status:
                samples = []
            samples.append((at, detail["current"]))
            assert (layer.current, layer.total) == (detail["current"], detail["total"])
            assert layer.fraction == pytest.approx(min(1.0, detail["current"] / detail["total"]))
            if len(samples) >= 2 and samples[-1][0] - samples[0][0] <= 2.0:
                (t0, b0), (t1, b1) = samples[0], samples[-1]
                assert layer.speed == pytest.approx((b1 - b0) / (t1 - t0))
            elif len(samples) == 1:
                assert layer.speed is None
        else:
            assert (layer.current, layer.total, layer.speed) == (None, None, None)
        previous_status = layer.status
    assert any(layer.speed for layer in snapshots("pull")), "no layer reported a speed"


def snapshots(name: str) -> list[Layer]:
    """Every layer's state after each event of a recording."""
    state = ProgressState("pull")
    seen: list[Layer] = []
    for at, event in recorded(name):
        state.feed(event, at)
        seen += state.layers
    return seen


def test_without_times_there_are_no_speeds() -> None:
    state = ProgressState("push")
    for _, event in recorded("push"):
        state.feed(event)
        assert all(layer.speed is None for layer in state.layers)


def test_a_push_counts_bytes_and_ends_pushed_or_mounted() -> None:
    state, lines = reduce("push", "push")
    assert state.statuses[0].startswith("The push refers to repository [127.0.0.1:5000/")
    assert state.statuses[-1].startswith("v1: digest: sha256:")
    assert state.aux[-1]["Tag"] == "v1" and state.aux[-1]["Digest"].startswith("sha256:")
    finals = {layer.status for layer in state.layers}
    assert "Pushed" in finals
    assert all(layer.done for layer in state.layers)
    assert any(line.text.endswith(" MB)") for line in lines if "Pushing" in line.text)


def test_the_daemon_may_count_past_the_total_and_the_fraction_stays_at_one() -> None:
    over = [
        event
        for _, event in recorded("push")
        if event.get("progressDetail", {}).get("current", 0)
        > event.get("progressDetail", {}).get("total", 1 << 62)
    ]
    assert over, "the recording has the daemon's overshoot"
    state = ProgressState("push")
    state.feed(over[0], 1.0)
    assert state.layers[0].fraction == 1.0


def test_a_failed_push_raises_stream_error_at_the_end() -> None:
    state, lines = reduce("push-error", "push")
    assert lines[-1].kind == "error"
    assert lines[-1].text.startswith("error: tag does not exist: 127.0.0.1:5000/")
    with pytest.raises(StreamError, match="tag does not exist") as raised:
        state.raise_for_error()
    assert raised.value.item == recorded("push-error")[-1][1]


def test_a_build_gives_its_output_as_whole_lines_and_its_image_id() -> None:
    state, lines = reduce("build", "build")
    output = [line.text for line in lines if line.kind == "output"]
    assert output == state.output
    assert output[0] == "Step 1/5 : FROM busybox:latest"  # title and newline came apart
    assert "first line of output" in output and "second line" in output
    assert output[-1].startswith("Successfully tagged 127.0.0.1:5000/")
    joined = "".join(event.get("stream", "") for _, event in recorded("build"))
    assert [piece for piece in joined.split("\n") if piece] == output
    assert state.image_id is not None and state.image_id.startswith("sha256:")
    state.raise_for_error()


def test_a_failed_build_raises_build_error_with_the_log() -> None:
    state, lines = reduce("build-error", "build")
    assert "about to fail" in state.output
    assert lines[-1].kind == "error" and "returned a non-zero code: 3" in lines[-1].text
    with pytest.raises(BuildError, match="returned a non-zero code: 3") as raised:
        state.raise_for_error()
    assert raised.value.build_log == [event for _, event in recorded("build-error")]


def test_a_load_shows_layer_bytes_then_the_loaded_image() -> None:
    state, lines = reduce("load", "load")
    assert {layer.status for layer in state.layers} == {"Loading layer"}
    assert all(layer.fraction == 1.0 for layer in state.layers)
    assert lines[-1].kind == "output" and lines[-1].text.startswith("Loaded image: ")


def test_a_load_error_is_image_load_stream_error() -> None:
    state = ProgressState("load")
    error_event = {"errorDetail": {"message": "unexpected EOF"}, "error": "unexpected EOF"}
    assert state.feed(error_event, 0.1) == [Line("error", "error: unexpected EOF")]
    with pytest.raises(ImageLoadStreamError) as raised:
        state.raise_for_error()
    assert isinstance(raised.value, ImageLoadError) and isinstance(raised.value, StreamError)


def test_an_error_message_ending_in_a_newline_is_one_line() -> None:
    # Podman 4.3's build errors end with "\n"; the exception keeps the daemon's text
    state = ProgressState("build")
    message = 'building at STEP "RUN false": while running runtime: exit status 1\n'
    assert state.feed({"errorDetail": {"message": message}, "error": message}, 0.1) == [
        Line("error", 'error: building at STEP "RUN false": while running runtime: exit status 1')
    ]
    with pytest.raises(BuildError, match="exit status 1"):
        state.raise_for_error()


def test_an_import_reports_the_new_image() -> None:
    state, lines = reduce("import", "import")
    assert [line.kind for line in lines] == ["status"]
    assert state.statuses[0].startswith("sha256:")


@pytest.mark.parametrize("name", ["pull", "build", "push-error"])
def test_json_lines_as_bytes_or_text_in_any_split_give_the_same_state(name: str) -> None:
    operation: Operation = "build" if name == "build" else "push" if "push" in name else "pull"
    from_dicts, dict_lines = reduce(name, operation)
    text = "".join(json.dumps(event) + "\n" for _, event in recorded(name))
    for size in (1, 7, 100, len(text)):
        state = ProgressState(operation)
        lines: list[Line] = []
        for start in range(0, len(text), size):
            piece = text[start : start + size]
            lines += state.feed(piece.encode() if size % 2 else piece)
        lines += state.finish()
        assert lines == dict_lines
        assert [(layer.id, layer.status) for layer in state.layers] == [
            (layer.id, layer.status) for layer in from_dicts.layers
        ]
        assert type(state.error) is type(from_dicts.error)


def test_the_text_of_a_call_without_stream_is_read_at_finish() -> None:
    # import_image and pull without `stream` return the lines as one text, no final newline
    text = "\n".join(json.dumps(event) for _, event in recorded("pull"))
    state = ProgressState("pull")
    early = state.feed(text)
    lines = early + state.finish()
    assert lines[-1].text.startswith("Status: Downloaded newer image")
    assert all(layer.done for layer in state.layers)


def test_unknown_events_change_nothing() -> None:
    state = ProgressState("build")
    assert state.feed({"aux": {"ID": "moby.buildkit.trace"}, "id": ""}, 1.0) == []
    assert state.feed({"progressDetail": {}}, 1.0) == []
    assert state.layers == [] and state.statuses == [] and state.output == []


@pytest.mark.parametrize(
    ("size", "text"),
    [(0, "0 B"), (999, "999 B"), (1000, "1 kB"), (6293532, "6.29 MB"), (16.78e9, "16.8 GB")],
)
def test_sizes_are_in_the_docker_clis_decimal_units(size: float, text: str) -> None:
    assert format_bytes(size) == text
