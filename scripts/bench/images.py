"""Images on the local engine: dockerapi (sync and async) vs docker-py, one run.

Usage: .venv/bin/python scripts/bench/images.py [--host URL] [--registry HOST:PORT]
       [--mb 100] [--repeat 3]

Measures, each case in a fresh Python process (so peak RSS is its own):
- save: `get_image` of a --mb MB image written to a file (default 2 MB chunks);
- load: `load_image` of that archive from an open file (docker-py reads a
  file object as requests streams it), progress read to the end;
- push and pull of a --mb MB image through the engine's local registry (as
  `scripts/engine env` prints it, or DOCKERAPI_TEST_REGISTRY; a fresh image and
  repository per run, so no layer is already there; every local copy is removed
  before each pull).

Prints MB/s or seconds, the growth of peak RSS during the operation (after
imports and a first call) and the peak itself, and dockerapi/docker-py ratios
(throughput: higher is better; time and RSS: lower is better). The image is
made with `import_image_from_stream` (random bytes, so nothing compresses) and
removed at the end, with every tag the runs made.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import sys
import tarfile
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from _children import peak_kib, run_child

# scripts/_engine_env.py: where the project's engine and its registry are
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _engine_env import default_host, default_registry

MB = 1024 * 1024
LIBRARIES = ("dockerapi", "dockerapi-async", "docker-py")


def _rootfs(size: int) -> Iterator[bytes]:
    info = tarfile.TarInfo("big.bin")
    info.size = size
    yield info.tobuf(format=tarfile.PAX_FORMAT)
    for offset in range(0, size, MB):
        yield os.urandom(min(MB, size - offset))
    yield b"\0" * (-size % 512 + 1024)


# -- cases (run in a child process) ----------------------------------------------------------


def _sync_case(client: Any, case: str, image: str, path: str) -> int:
    if case == "save":
        total = 0
        with open(path, "wb") as out:
            for chunk in client.get_image(image):
                out.write(chunk)
                total += len(chunk)
        return total
    if case == "load":
        with open(path, "rb") as archive:
            result = client.load_image(archive)
            for _ in result:
                pass
        return os.path.getsize(path)
    if case == "push":
        for _ in client.push(image, stream=True, decode=True):
            pass
        return 0
    for _ in client.pull(image, stream=True, decode=True):  # pull
        pass
    return 0


async def _async_case(client: Any, case: str, image: str, path: str) -> int:
    if case == "save":
        total = 0
        with open(path, "wb") as out:
            async for chunk in await client.get_image(image):
                out.write(chunk)
                total += len(chunk)
        return total
    if case == "load":
        with open(path, "rb") as archive:
            async for _ in await client.load_image(archive):
                pass
        return os.path.getsize(path)
    if case == "push":
        async for _ in await client.push(image, stream=True, decode=True):
            pass
        return 0
    async for _ in await client.pull(image, stream=True, decode=True):
        pass
    return 0


def _run_case(library: str, case: str, host: str, image: str, path: str) -> dict[str, Any]:
    if library == "docker-py":
        import docker

        client: Any = docker.APIClient(base_url=host, version="1.41", timeout=600)
    else:
        from dockerapi import APIClient, AsyncAPIClient

        cls = AsyncAPIClient if library == "dockerapi-async" else APIClient
        client = cls(host, timeout=600)
    if library == "dockerapi-async":

        async def run() -> tuple[int, float, int]:
            await client.version()  # warm up: negotiation, imports, pool
            before = peak_kib()
            start = time.perf_counter()
            moved = await _async_case(client, case, image, path)
            seconds = time.perf_counter() - start
            await client.close()
            return moved, seconds, before

        moved, seconds, before = asyncio.run(run())
    else:
        client.version()
        before = peak_kib()
        start = time.perf_counter()
        moved = _sync_case(client, case, image, path)
        seconds = time.perf_counter() - start
        client.close()
    peak = peak_kib()
    return {
        "bytes": moved,
        "seconds": seconds,
        "rss_growth": (peak - before) * 1024,
        "peak": peak * 1024,
    }


# -- driver -----------------------------------------------------------------------------------


def _child(arguments: list[str]) -> dict[str, Any]:
    return run_child(__file__, arguments)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", help="the engine (default: the project's, scripts/engine env)")
    parser.add_argument("--registry", help="its local registry (default: scripts/engine env's)")
    parser.add_argument("--mb", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", nargs=5, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        library, case, host, image, path = options.child
        print(json.dumps(_run_case(library, case, host, image, path)))
        return
    options.host = options.host or default_host()
    registry = options.registry or default_registry()

    import docker
    from dockerapi import APIClient

    setup = docker.APIClient(base_url=options.host, version="1.41", timeout=600)
    repository = f"dockerapi-bench-{uuid.uuid4().hex[:10]}"
    image = f"{repository}:big"
    made: list[str] = [image]
    workdir = tempfile.mkdtemp(prefix="dockerapi-bench-images-")
    archive = os.path.join(workdir, "image.tar")
    try:
        with APIClient(options.host, timeout=600) as maker:
            maker.import_image_from_stream(_rootfs(options.mb * MB), repository, "big")
        print(f"engine {options.host}, a {options.mb} MB image, best of {options.repeat}")
        print(
            f"{'case':<6} {'library':<16} {'MB/s':>8} {'seconds':>8} {'peak RSS +MB':>13} "
            f"{'peak RSS MB':>12}"
        )
        results: dict[tuple[str, str], dict[str, Any]] = {}
        for case in ("save", "load", "push", "pull"):
            for library in LIBRARIES:
                runs = []
                for _ in range(options.repeat):
                    target = image
                    if case in ("push", "pull"):
                        target = f"{registry}/{repository}/{library}:{len(runs)}"
                        if case == "push":
                            # fresh layers each time: the registry would mount known blobs
                            fresh = f"{repository}:push-{library}-{len(runs)}"
                            with APIClient(options.host, timeout=600) as maker:
                                maker.import_image_from_stream(
                                    _rootfs(options.mb * MB), *fresh.split(":")
                                )
                            setup.tag(fresh, target)
                            made.extend((fresh, target))
                        else:  # nothing of the image left locally: a real download
                            for reference in made:
                                with contextlib.suppress(docker.errors.APIError):
                                    setup.remove_image(reference, force=True)
                    if case == "load":
                        setup.remove_image(image)
                    runs.append(_child([library, case, options.host, target, archive]))
                    if case == "pull":
                        setup.tag(target, image)
                best = min(runs, key=lambda run: run["seconds"])
                best["rss_growth"] = max(run["rss_growth"] for run in runs)
                best["peak"] = max(run["peak"] for run in runs)
                results[case, library] = best
                size = best["bytes"] or options.mb * MB
                rate = size / MB / best["seconds"]
                print(
                    f"{case:<6} {library:<16} {rate:>8.1f} {best['seconds']:>8.2f} "
                    f"{best['rss_growth'] / MB:>13.1f} {best['peak'] / MB:>12.1f}"
                )
        print()
        print(f"{'ratio vs docker-py':<24} {'speed':>7} {'peak RSS':>9}")
        for case in ("save", "load", "push", "pull"):
            reference = results[case, "docker-py"]
            for library in LIBRARIES[:2]:
                ours = results[case, library]
                speed = reference["seconds"] / ours["seconds"]
                rss = (ours["rss_growth"] + MB) / (reference["rss_growth"] + MB)
                print(f"{case + ' ' + library:<24} {speed:>6.2f}x {rss:>8.2f}x")
    finally:
        for reference in reversed(made):
            with contextlib.suppress(docker.errors.APIError):
                setup.remove_image(reference, force=True)
        setup.close()
        if os.path.exists(archive):
            os.remove(archive)
        os.rmdir(workdir)


if __name__ == "__main__":
    main()
