"""How long the first calls of an async client block the event loop.

Lazy imports done inside a coroutine stall the loop: every other task waits. This runs,
in fresh interpreters, a ticker task beside an `AsyncAPIClient`'s first `ping()` and first
`engine.container_list()`, and reports the longest gap between ticks (the loop stall)
and the wall time of each call; once as dockerapi does it (imports at construction,
`dockerapi._preload`) and once with the preload switched off (what the first call would
import on the loop otherwise). Needs a running engine: DOCKER_HOST or the project's own.

    .venv/bin/python scripts/bench/async_first_call.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from typing import Any

__all__ = ["main"]

_CHILD = r"""
import asyncio, json, sys, time
preload = sys.argv[1] == "preload"
host = sys.argv[2]
import dockerapi
if not preload:
    import dockerapi._preload as p
    p.ASYNC_CLIENT_MODULES = ()

async def measure(call):
    gaps = []
    stop = False
    async def ticker():
        last = time.perf_counter()
        while not stop:
            await asyncio.sleep(0.001)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now
    task = asyncio.create_task(ticker())
    await asyncio.sleep(0.01)
    started = time.perf_counter()
    await call()
    wall = time.perf_counter() - started
    stop = True
    await task
    return {"wall": wall, "stall": max(gaps)}

async def main():
    started = time.perf_counter()
    client = dockerapi.AsyncAPIClient(base_url=host)
    construct = time.perf_counter() - started
    first = await measure(client.ping)
    engine = await measure(client.engine.container_list)
    await client.close()
    print(json.dumps({"construct": construct, "ping": first, "engine": engine}))

asyncio.run(main())
"""


def _run(mode: str, host: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, mode, host], capture_output=True, text=True, check=True
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="fresh interpreters per mode")
    args = parser.parse_args(argv)
    host = os.environ.get("DOCKER_HOST", "unix:///run/dockerapi/docker.sock")
    print(f"async client first calls, median of {args.runs} fresh interpreters ({host})")
    print(
        f"{'':26}{'construct ms':>14}{'ping stall':>12}{'ping wall':>11}"
        f"{'engine stall':>14}{'engine wall':>13}"
    )
    for mode, label in (("lazy", "imports on first call"), ("preload", "imports at construction")):
        runs = [_run(mode, host) for _ in range(args.runs)]

        def median(*keys: str, runs: list[dict[str, Any]] = runs) -> float:
            values = []
            for run in runs:
                value: Any = run
                for key in keys:
                    value = value[key]
                values.append(float(value))
            return statistics.median(values) * 1000

        print(
            f"{label:26}{median('construct'):>14.1f}{median('ping', 'stall'):>12.1f}"
            f"{median('ping', 'wall'):>11.1f}{median('engine', 'stall'):>14.1f}"
            f"{median('engine', 'wall'):>13.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
