"""Record real progress streams of the engine into tests/fixtures/progress/.

Usage: .venv/bin/python scripts/record_progress.py [--host URL] [--registry HOST:PORT] [--out DIR]

The reducer of `dockerapi.progress` is tested on what a daemon really sends,
not on hand-written events. This script makes those streams on the project's
engine (`scripts/engine start`) and its local registry (both as `scripts/engine env`
prints them, or DOCKERAPI_TEST_HOST / DOCKERAPI_TEST_REGISTRY), with names unique to
the run, and removes every image it made at the end:

- build.jsonl: a build of three layers of random bytes (so nothing is already in
  the registry) with a RUN that prints two lines;
- build-error.jsonl: a build whose RUN exits 3;
- push.jsonl: the push of that image (the busybox layer mounted or already
  there, the three new ones uploaded);
- push-error.jsonl: the push of a tag that does not exist locally;
- pull.jsonl: the pull of it back after every local copy is removed (the busybox
  layer "Already exists", the others downloaded and extracted);
- load.jsonl: `load_image(quiet=False)` of the saved image after it was removed
  (the daemon sends per-layer progress only when asked: `quiet` defaults to true);
- import.jsonl: `import_image_from_data` of a small root filesystem (its text output).

Each line of a file is `{"at": SECONDS, "event": {...}}`: the daemon's JSON
object and when it arrived, in seconds since the request was sent (so the
reducer's speeds are computed from real arrival times).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import tarfile
import time
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from _engine_env import default_host, default_registry
from dockerapi import APIClient
from dockerapi.errors import DockerException

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "tests" / "fixtures" / "progress"
LABEL = "dockerapi.record-progress"

_DOCKERFILE = """\
FROM busybox:latest
RUN dd if=/dev/urandom of=/one.bin bs=1024 count=6144 2>/dev/null
RUN dd if=/dev/urandom of=/two.bin bs=1024 count=16384 2>/dev/null
RUN echo "first line of output" && dd if=/dev/urandom of=/three.bin bs=1024 count=2048 2>/dev/null && echo "second line"
"""
_FAILING_DOCKERFILE = """\
FROM busybox:latest
RUN echo "about to fail" && exit 3
"""


def _timed(events: Iterable[Any], started: float) -> Iterator[dict[str, Any]]:
    for event in events:
        yield {"at": round(time.monotonic() - started, 6), "event": event}


def _record(path: Path, events: Iterable[Any], started: float) -> int:
    count = 0
    with path.open("w") as out:
        try:
            for entry in _timed(events, started):
                out.write(json.dumps(entry, sort_keys=True) + "\n")
                count += 1
        except DockerException as error:  # the typed error after the error object: expected
            print(f"  ({path.name}: the stream raised {type(error).__name__}: {error})")
    print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {count} events")
    return count


def _rootfs() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        data = os.urandom(256 * 1024)
        info = tarfile.TarInfo("data.bin")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def _build(client: APIClient, out: Path, name: str, dockerfile: str, tag: str | None) -> None:
    started = time.monotonic()
    stream = client.build(
        fileobj=io.BytesIO(dockerfile.encode()),
        tag=tag,
        labels={LABEL: "1"},
        decode=True,
        rm=True,
        forcerm=True,
        network_mode="none",
    )
    _record(out / name, stream, started)


def record(client: APIClient, out: Path, registry: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    run = uuid.uuid4().hex[:10]
    repository = f"{registry}/dockerapi-progress-{run}/layers"
    image = f"{repository}:v1"
    try:
        _build(client, out, "build.jsonl", _DOCKERFILE, image)
        _build(client, out, "build-error.jsonl", _FAILING_DOCKERFILE, None)

        started = time.monotonic()
        _record(
            out / "push.jsonl", client.push(repository, "v1", stream=True, decode=True), started
        )
        started = time.monotonic()
        missing = client.push(repository, "no-such-tag", stream=True, decode=True)
        _record(out / "push-error.jsonl", missing, started)

        archive = b"".join(client.get_image(image))
        client.remove_image(image, force=True)
        started = time.monotonic()
        _record(
            out / "pull.jsonl", client.pull(repository, "v1", stream=True, decode=True), started
        )

        client.remove_image(image, force=True)
        started = time.monotonic()
        _record(out / "load.jsonl", client.load_image(archive, quiet=False), started)

        started = time.monotonic()
        text = client.import_image_from_data(_rootfs(), repository=f"{repository}-import", tag="v1")
        _record(out / "import.jsonl", (json.loads(line) for line in text.splitlines()), started)
    finally:
        for leftover in (image, f"{repository}-import:v1"):
            with contextlib.suppress(DockerException):
                client.remove_image(leftover, force=True)
        for built in client.images(filters={"label": f"{LABEL}=1", "dangling": True}, quiet=True):
            client.remove_image(built, force=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--host", help="the engine (default: the project's, scripts/engine env)")
    parser.add_argument(
        "--registry", help="the engine's local registry (default: scripts/engine env's)"
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write")
    args = parser.parse_args()
    with APIClient(args.host or default_host(), timeout=300) as client:
        record(client, args.out, args.registry or default_registry())


if __name__ == "__main__":
    main()
