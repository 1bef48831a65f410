"""Progress displays on the real engine and its local registry: `dockerapi pull` in a
real terminal (tmux, read back with capture-pane), the plain text when piped,
`dockerapi push`/`build`, and `follow`/`afollow` on both clients.

Each test pulls an image of its own: a build of two layers of random bytes, pushed
to the engine's local registry (the `registry` fixture) under a unique name and removed locally, so the pull downloads
and extracts (only the busybox layer "Already exists")."""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from dockerapi import APIClient, AsyncAPIClient
from dockerapi.progress import PlainRenderer, afollow, follow

pytestmark = pytest.mark.integration

LABEL = "dockerapi.test.progress"
ROOT = Path(__file__).resolve().parents[2]
DOCS_PAGE = ROOT / "docs" / "progress.md"

_DOCKERFILE = """\
FROM busybox:latest
RUN dd if=/dev/urandom of=/one.bin bs=1024 count=3072 2>/dev/null
RUN dd if=/dev/urandom of=/two.bin bs=1024 count=8192 2>/dev/null
"""


@pytest.fixture
def api(docker_host: str) -> Iterator[APIClient]:
    with APIClient(docker_host, timeout=300) as client:
        yield client


@pytest.fixture
def remote_image(api: APIClient, registry: str) -> Iterator[str]:
    """An image only in the local registry (no local copy); removed afterwards."""
    run = uuid.uuid4().hex[:10]
    image = f"{registry}/dockerapi-test-progress-{run}/layers:v1"
    try:
        for _ in api.build(
            fileobj=io.BytesIO(_DOCKERFILE.encode()),
            tag=image,
            labels={LABEL: run},
            network_mode="none",
            rm=True,
            forcerm=True,
            decode=True,
        ):
            pass
        for _ in api.push(image, stream=True, decode=True):
            pass
        api.remove_image(image, force=True)
        yield image
    finally:
        with contextlib.suppress(Exception):
            api.remove_image(image, force=True)
        for leftover in api.images(filters={"label": f"{LABEL}={run}"}, quiet=True):
            api.remove_image(leftover, force=True)


def cli_environment(docker_host: str) -> dict[str, str]:
    environment = {**os.environ, "DOCKER_HOST": docker_host}
    for name in ("DOCKER_CONTEXT", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH", "DOCKER_API_VERSION"):
        environment.pop(name, None)
    return environment


def dockerapi(docker_host: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dockerapi", *args],
        env=cli_environment(docker_host),
        capture_output=True,
        text=True,
        timeout=300,
    )


def in_terminal(docker_host: str, command: str, *, width: int = 120) -> str:
    """Run `command` in a real terminal (a tmux pane of our own tmux server) and return
    the screen once it has ended, as `tmux capture-pane` reads it."""
    if shutil.which("tmux") is None:
        if os.environ.get("CI"):
            pytest.fail("tmux is missing (.ci/run installs it: apt-get install -y tmux)")
        pytest.skip("tmux is not installed (apt-get install tmux)")
    server = f"dockerapi-test-{uuid.uuid4().hex[:10]}"
    tmux = ["tmux", "-L", server, "-f", "/dev/null"]
    marker = "EXIT-STATUS="
    script = f"{command}; echo {marker}$?; sleep 600"
    subprocess.run(
        [*tmux, "new-session", "-d", "-x", str(width), "-y", "50", script],
        env={**cli_environment(docker_host), "TERM": "xterm-256color"},
        check=True,
        timeout=30,
    )
    try:
        deadline = time.monotonic() + 240
        while True:
            screen = subprocess.run(
                [*tmux, "capture-pane", "-p", "-t", "0"],
                capture_output=True,
                text=True,
                check=True,
                timeout=30,
            ).stdout
            if marker in screen or time.monotonic() > deadline:
                return screen
            time.sleep(0.2)
    finally:
        subprocess.run([*tmux, "kill-server"], timeout=30, check=False)


#: Podman's pull reports its layers (and the image's config blob) only: no header, no
#: digest, no closing status, and no extraction (`Download complete` ends each).
PODMAN_LAYER = re.compile(r"^[0-9a-f]{12}: (Already exists|Pulling fs layer|Download complete)$")


def test_pull_in_a_terminal_shows_a_bar_per_layer(
    docker_host: str, remote_image: str, registry: str, engine_info: Any
) -> None:
    screen = in_terminal(docker_host, f"{sys.executable} -m dockerapi pull {remote_image}")
    lines = [line.rstrip() for line in screen.splitlines() if line.strip()]
    assert lines[-1] == "EXIT-STATUS=0", screen
    assert "{" not in screen and "\x1b" not in screen  # no JSON, no stray escape codes
    if engine_info.is_podman:
        bars = lines[:-1]
        bar = re.compile(r"^[0-9a-f]{12}: (Already exists|Download complete) +━{30}$")
        assert len(bars) >= 3 and all(bar.match(line) for line in bars), screen
        assert sum("Already exists" in line for line in bars) == 1, screen
        return
    name = remote_image.removeprefix(f"{registry}/").rsplit(":", 1)[0]
    assert lines[0] == f"v1: Pulling from {name}", screen
    assert lines[1].startswith("Digest: sha256:"), screen
    assert lines[2] == f"Status: Downloaded newer image for {remote_image}", screen
    bars = lines[3:-1]
    assert len(bars) == 3, screen  # busybox's layer and the two RUN layers
    bar = re.compile(r"^[0-9a-f]{12}: (Already exists|Pull complete) +━{30}$")
    assert all(bar.match(line) for line in bars), screen
    assert sum("Already exists" in line for line in bars) == 1, screen
    assert_documented(lines[:-1])


def assert_documented(captured: list[str]) -> None:
    """docs/progress.md shows a captured screen: it must have this screen's shape (the
    same lines but for IDs, digests and names)."""
    page = DOCS_PAGE.read_text()
    block = page.split("<!-- captured: dockerapi pull -->", 1)[1].split("```text\n", 1)[1]
    documented = block.split("```", 1)[0].splitlines()
    documented = [line for line in documented if not line.startswith("$ ")]

    def shape(line: str) -> str:
        line = re.sub(r"sha256:[0-9a-f]{64}", "sha256:D", line)
        line = re.sub(r"\b[0-9a-f]{12}\b", "L", line)
        line = re.sub(r"127\.0\.0\.1:\d+/", "REGISTRY/", line)  # each engine's own registry
        return re.sub(r"dockerapi-[\w-]+/\w+", "R", line)

    assert [shape(line) for line in documented] == [shape(line) for line in captured]


def test_pull_piped_prints_one_line_per_change(
    docker_host: str, remote_image: str, engine_info: Any
) -> None:
    done = dockerapi(docker_host, "pull", remote_image)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "\x1b" not in done.stdout and "{" not in done.stdout
    if engine_info.is_podman:
        assert lines and all(PODMAN_LAYER.match(line) for line in lines), lines
        assert sum(line.endswith(": Already exists") for line in lines) == 1
        assert sum(line.endswith(": Download complete") for line in lines) >= 2
        return
    assert lines[0].startswith("v1: Pulling from ")
    assert lines[-1] == f"Status: Downloaded newer image for {remote_image}"
    assert any(re.fullmatch(r"[0-9a-f]{12}: Downloading \([\d.]+ MB\)", line) for line in lines)
    assert any(re.fullmatch(r"[0-9a-f]{12}: Extracting \([\d.]+ MB\)", line) for line in lines)
    assert sum(line.endswith(": Pull complete") for line in lines) == 2


def test_build_and_push_from_the_command_line(
    docker_host: str, api: APIClient, tmp_path: Path, registry: str, engine_info: Any
) -> None:
    run = uuid.uuid4().hex[:10]
    image = f"{registry}/dockerapi-test-progress-{run}/built:v1"
    (tmp_path / "Dockerfile").write_text(
        f"FROM busybox:latest\nLABEL {LABEL}={run}\nRUN echo built by the dockerapi command\n"
    )
    try:
        built = dockerapi(docker_host, "build", str(tmp_path), "-t", image, "--network", "none")
        assert built.returncode == 0, built.stderr
        output = built.stdout.splitlines()
        assert output[0] == engine_info.build_step(1, 3, "FROM busybox:latest")
        # the step (its output may be lost: the classic builder's race, test_build_api)
        assert engine_info.build_step(3, 3, "RUN echo built by the dockerapi command") in output
        assert output[-1] == f"Successfully tagged {image}"

        pushed = dockerapi(docker_host, "push", image, "--progress", "plain")
        assert pushed.returncode == 0, pushed.stderr
        lines = pushed.stdout.splitlines()
        # Podman names the tag too
        named = image if engine_info.is_podman else image.rsplit(":", 1)[0]
        assert lines[0].startswith(f"The push refers to repository [{named}]")
        assert re.fullmatch(r"v1: digest: sha256:[0-9a-f]{64} size: \d+", lines[-1])
    finally:
        with contextlib.suppress(Exception):
            api.remove_image(image, force=True)
        for leftover in api.images(filters={"label": f"{LABEL}={run}"}, quiet=True):
            api.remove_image(leftover, force=True)


def test_a_failing_build_shows_its_output_and_exits_1(
    docker_host: str, api: APIClient, tmp_path: Path, engine_info: Any
) -> None:
    run = uuid.uuid4().hex[:10]
    (tmp_path / "Dockerfile").write_text(
        f"FROM busybox:latest\nLABEL {LABEL}={run}\nRUN echo about to fail && exit 7\n"
    )
    try:
        done = dockerapi(docker_host, "build", str(tmp_path), "--network", "none")
        assert done.returncode == 1
        step = engine_info.build_step(3, 3, "RUN echo about to fail && exit 7")
        assert step in done.stdout.splitlines()
        message, _ = engine_info.failed_run("echo about to fail && exit 7", 7)
        assert done.stdout.splitlines()[-1] == f"error: {message}"
        assert done.stderr.startswith(f"dockerapi build: {message}")
    finally:
        for leftover in api.images(filters={"label": f"{LABEL}={run}"}, quiet=True):
            api.remove_image(leftover, force=True)


def test_pushing_what_does_not_exist_exits_1(
    docker_host: str, registry: str, engine_info: Any
) -> None:
    missing = f"{registry}/dockerapi-test-progress-{uuid.uuid4().hex[:10]}/none:v1"
    done = dockerapi(docker_host, "push", missing)
    assert done.returncode == 1
    if engine_info.is_podman:  # refused at once (404), before any progress
        assert done.stdout == ""
        assert done.stderr.startswith("dockerapi push: 404 Client Error")
        assert "image not known" in done.stderr
        return
    assert done.stdout.splitlines()[-1].startswith("error: An image does not exist locally")
    assert done.stderr.startswith("dockerapi push: the daemon reported an error mid-stream")


async def test_follow_on_both_clients(
    client: APIClient | AsyncAPIClient, api: APIClient, remote_image: str, engine_info: Any
) -> None:
    out = io.StringIO()
    if isinstance(client, AsyncAPIClient):
        stream: Any = await client.pull(remote_image, stream=True, decode=True)
        state = await afollow(stream, operation="pull", renderer=PlainRenderer(out))
    else:
        stream = client.pull(remote_image, stream=True, decode=True)
        state = follow(stream, operation="pull", renderer=PlainRenderer(out))
    statuses = [layer.status for layer in state.layers]
    if engine_info.is_podman:  # layers only, each ending `Download complete`
        assert statuses.count("Already exists") == 1 and statuses.count("Download complete") >= 2
        assert len(statuses) == statuses.count("Already exists") + statuses.count(
            "Download complete"
        )
        assert state.statuses == []
        assert PODMAN_LAYER.match(out.getvalue().splitlines()[-1])
    else:
        assert statuses.count("Pull complete") == 2
        assert state.statuses[-1] == f"Status: Downloaded newer image for {remote_image}"
        assert out.getvalue().splitlines()[-1] == state.statuses[-1]
    assert api.inspect_image(remote_image)["RepoTags"] == [remote_image]
