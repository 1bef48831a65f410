"""Image builds from a large context on the local engine: dockerapi (sync and async) vs docker-py.

Usage: .venv/bin/python scripts/bench/build.py [--host URL] [--mb 500] [--repeat 2] [--gzip]

Makes a context directory of --mb MB (five large files of random bytes, the rest
in 4 KiB files, and a Dockerfile that only sets a label, so the time is the
context's: read, archived, sent, unpacked by the daemon) and builds it, each
build in a fresh Python process so its peak RSS is its own. Prints the build
time, the client's CPU time (user + system), the growth of peak RSS during the
build, and dockerapi/docker-py ratios (lower is better). The daemon's unpacking
dominates the wall time on the project's engine and varies from run to run;
the CPU column is the client's own work. docker-py writes the whole archive to a
temporary file before sending it; dockerapi produces it while sending.
The image is removed at the end; the context directory too.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import resource
import shutil
import tempfile
import time
import uuid
from typing import Any

from _children import peak_kib, run_child

MB = 1024 * 1024
DEFAULT_HOST = os.environ.get("DOCKERAPI_TEST_HOST", "unix:///run/dockerapi/docker.sock")
LIBRARIES = ("dockerapi", "dockerapi-async", "docker-py")


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _make_context(directory: str, mb: int) -> None:
    big = mb * MB * 9 // 10
    for index in range(5):
        with open(os.path.join(directory, f"blob{index}.bin"), "wb") as blob:
            remaining = big // 5
            while remaining:
                piece = min(remaining, 8 * MB)
                blob.write(os.urandom(piece))
                remaining -= piece
    small_dir = os.path.join(directory, "small")
    os.mkdir(small_dir)
    for index in range((mb * MB - big) // 4096):
        with open(os.path.join(small_dir, f"f{index:06d}"), "wb") as small:
            small.write(os.urandom(4096))
    with open(os.path.join(directory, "Dockerfile"), "w") as dockerfile:
        dockerfile.write(f"FROM busybox:latest\nLABEL dockerapi.bench={uuid.uuid4().hex}\n")


def _drain(lines: Any) -> list[Any]:
    return [json.loads(line) if isinstance(line, bytes) else line for line in lines]


def _case(library: str, host: str, context: str, tag: str, compress: bool) -> dict[str, Any]:
    """Build once (after a warm-up call); returns seconds and peak RSS growth."""
    if library == "dockerapi-async":
        return asyncio.run(_async_case(host, context, tag, compress))
    if library == "docker-py":
        import docker

        client: Any = docker.APIClient(base_url=host, timeout=600)
    else:
        from dockerapi import APIClient

        client = APIClient(host, timeout=600)
    client.version()
    before = peak_kib()
    cpu = _cpu_seconds()
    started = time.perf_counter()
    output = _drain(client.build(context, tag=tag, rm=True, gzip=compress))
    seconds = time.perf_counter() - started
    client.close()
    return _result(output, seconds, before, cpu)


async def _async_case(host: str, context: str, tag: str, compress: bool) -> dict[str, Any]:
    from dockerapi import AsyncAPIClient

    client = AsyncAPIClient(host, timeout=600)
    await client.version()
    before = peak_kib()
    cpu = _cpu_seconds()
    started = time.perf_counter()
    stream = await client.build(context, tag=tag, rm=True, gzip=compress)
    output = [json.loads(line) async for line in stream]
    seconds = time.perf_counter() - started
    await client.close()
    return _result(output, seconds, before, cpu)


def _result(
    output: list[Any], seconds: float, before_kib: int, cpu_before: float
) -> dict[str, Any]:
    errors = [line for line in output if "error" in line]
    if errors or not any("Successfully built" in line.get("stream", "") for line in output):
        raise RuntimeError(f"the build failed: {errors or output[-3:]}")
    return {
        "seconds": seconds,
        "cpu": _cpu_seconds() - cpu_before,
        "rss_growth": (peak_kib() - before_kib) * 1024,
        "peak_rss": peak_kib() * 1024,
    }


def _child(arguments: list[str], host: str) -> dict[str, Any]:
    return run_child(__file__, arguments, host)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default=DEFAULT_HOST)
    parser.add_argument("--mb", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--gzip", action="store_true", help="compress the context")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    options = parser.parse_args()

    if options.child:
        library, context, tag, compress = options.child
        print(json.dumps(_case(library, options.host, context, tag, compress == "gzip")))
        return

    import docker

    setup = docker.APIClient(base_url=options.host, timeout=600)
    tag = f"dockerapi-bench-build-{uuid.uuid4().hex[:12]}:latest"
    context = tempfile.mkdtemp(prefix="dockerapi-bench-build-")
    compress = "gzip" if options.gzip else "plain"
    try:
        _make_context(context, options.mb)
        print(
            f"engine {options.host}, a {options.mb} MB context ({compress}), "
            f"best of {options.repeat} (peak RSS: the largest of the runs)"
        )
        print(
            f"{'library':<16} {'seconds':>8} {'MB/s':>7} {'client CPU s':>13} "
            f"{'peak RSS +MB':>13} {'peak RSS MB':>12}"
        )
        results: dict[str, dict[str, Any]] = {}
        for library in LIBRARIES:
            runs = [
                _child([library, context, tag, compress], options.host)
                for _ in range(options.repeat)
            ]
            best = min(runs, key=lambda run: run["seconds"])
            best["cpu"] = min(run["cpu"] for run in runs)
            best["rss_growth"] = max(run["rss_growth"] for run in runs)
            best["peak_rss"] = max(run["peak_rss"] for run in runs)
            results[library] = best
            print(
                f"{library:<16} {best['seconds']:>8.2f} {options.mb / best['seconds']:>7.1f} "
                f"{best['cpu']:>13.2f} {best['rss_growth'] / MB:>13.1f} "
                f"{best['peak_rss'] / MB:>12.1f}"
            )
        print()
        print(f"{'ratio vs docker-py':<24} {'time':>6} {'client CPU':>11} {'peak RSS growth':>16}")
        reference = results["docker-py"]
        for library in LIBRARIES[:2]:
            ours = results[library]
            time_ratio = ours["seconds"] / reference["seconds"]
            cpu_ratio = ours["cpu"] / reference["cpu"]
            rss_ratio = (ours["rss_growth"] + MB) / (reference["rss_growth"] + MB)
            print(f"{library:<24} {time_ratio:>5.2f}x {cpu_ratio:>10.2f}x {rss_ratio:>15.2f}x")
    finally:
        shutil.rmtree(context, ignore_errors=True)
        with contextlib.suppress(docker.errors.APIError):
            setup.remove_image(tag)
        setup.close()


if __name__ == "__main__":
    main()
