"""Image tarballs are never buffered: saving (`get_image`) and loading
(`load_image`) a 100 MB image grow a fresh process's peak RSS by far less than
the image, sync and async."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from archives import streamed_tar
from dockerapi import APIClient

pytestmark = pytest.mark.integration

SIZE = 100 * 1024 * 1024
#: Allowed growth of peak RSS while moving 100 MB.
RSS_BOUND = 20 * 1024 * 1024


@pytest.fixture(scope="module")
def big_image(docker_host: str) -> Iterator[str]:
    # `latest`: Podman 4.3's import ignores the tag it is given
    reference = f"dockerapi-test-big-{uuid.uuid4().hex[:10]}:latest"
    repository, tag = reference.split(":")
    with APIClient(docker_host, timeout=300) as client:
        client.import_image_from_stream(streamed_tar(SIZE), repository, tag)
        yield reference
        client.remove_image(reference, force=True)


_MEASURE = textwrap.dedent(
    """
    import asyncio, json, sys
    from dockerapi import APIClient, AsyncAPIClient

    host, reference, path, flavour = sys.argv[1:5]

    def peak_kib():
        # VmHWM, not ru_maxrss: a child inherits its parent's ru_maxrss (pytest's).
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        raise RuntimeError("no VmHWM in /proc/self/status")

    def run_sync():
        with APIClient(host, timeout=300) as client:
            client.inspect_image(reference)  # warm up: negotiation, imports, pool
            before = peak_kib()
            with open(path, "wb") as out:
                for chunk in client.get_image(reference):
                    out.write(chunk)
            saved = peak_kib()
            client.remove_image(reference)
            with open(path, "rb") as archive:
                loaded = list(client.load_image(archive))
            return before, saved, loaded

    async def run_async():
        async with AsyncAPIClient(host, timeout=300) as client:
            await client.inspect_image(reference)
            before = peak_kib()
            with open(path, "wb") as out:
                async for chunk in await client.get_image(reference):
                    out.write(chunk)
            saved = peak_kib()
            await client.remove_image(reference)
            with open(path, "rb") as archive:
                loaded = [item async for item in await client.load_image(archive)]
            return before, saved, loaded

    before, saved, loaded = run_sync() if flavour == "sync" else asyncio.run(run_async())
    print(json.dumps({"before": before, "saved": saved, "after": peak_kib(), "loaded": loaded}))
    """
)


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_save_and_load_100_mb_in_bounded_memory(
    docker_host: str, big_image: str, tmp_path: Path, flavour: str, engine_info: Any
) -> None:
    archive = tmp_path / "image.tar"
    completed = subprocess.run(
        [sys.executable, "-c", _MEASURE, docker_host, big_image, str(archive), flavour],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    result: dict[str, Any] = json.loads(completed.stdout)
    assert archive.stat().st_size > SIZE
    end = "" if engine_info.is_podman else "\n"  # Podman's line has no newline
    assert result["loaded"] == [{"stream": f"Loaded image: {engine_info.repo_tag(big_image)}{end}"}]
    save_growth = (result["saved"] - result["before"]) * 1024
    load_growth = (result["after"] - result["saved"]) * 1024
    assert save_growth < RSS_BOUND, f"saving grew peak RSS by {save_growth} bytes"
    assert load_growth < RSS_BOUND, f"loading grew peak RSS by {load_growth} bytes"
