"""A container's whole life through the high-level clients: dockerapi vs docker-py vs aiodocker.

One lifecycle: run `busybox:latest true` detached, wait for it to exit, remove it
(`containers.run(..., detach=True)`, `container.wait()`, `container.remove()`; aiodocker:
`containers.run(config)`, `wait()`, `delete()`). In one run against the same engine:

- sequential: `--count` lifecycles one after another, on each client (dockerapi sync and
  async, docker-py, aiodocker);
- concurrent: `--count` lifecycles at once, dockerapi async and aiodocker (asyncio.gather),
  and dockerapi sync and docker-py on as many threads.

Each figure is the best of `--rounds` rounds (contenders interleaved, in a rotating
order): wall time per lifecycle (the daemon's work dominates it) and this process's CPU
time per lifecycle (the client's own cost), with ratios to docker-py (blocking) and to
aiodocker (asyncio). Every container carries a label unique to the run and whatever is
left is removed at the end.

    .venv/bin/python scripts/bench/lifecycle.py [--count 50] [--rounds 1] [--host unix:///...]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import time
import uuid
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from dockerapi import AsyncDockerClient, DockerClient

__all__ = ["main"]

DEFAULT_HOST = os.environ.get("DOCKERAPI_TEST_HOST", "unix:///run/dockerapi/docker.sock")
IMAGE = "busybox:latest"
LABEL = "dockerapi.bench.lifecycle"

#: label -> (best wall seconds per lifecycle, best CPU seconds per lifecycle)
Results = dict[str, tuple[float, float]]


def _record(results: Results, label: str, wall: float, cpu: float, count: int) -> None:
    best_wall, best_cpu = results.get(label, (float("inf"), float("inf")))
    results[label] = (min(best_wall, wall / count), min(best_cpu, cpu / count))


# -- one lifecycle per client ------------------------------------------------------


def _dockerapi_sync(client: DockerClient, labels: dict[str, str]) -> Callable[[], None]:
    def lifecycle() -> None:
        container = client.containers.run(IMAGE, "true", detach=True, labels=labels)
        container.wait()
        container.remove()

    return lifecycle


def _docker_py(client: Any, labels: dict[str, str]) -> Callable[[], None]:
    def lifecycle() -> None:
        container = client.containers.run(IMAGE, "true", detach=True, labels=labels)
        container.wait()
        container.remove()

    return lifecycle


def _dockerapi_async(
    client: AsyncDockerClient, labels: dict[str, str]
) -> Callable[[], Awaitable[None]]:
    async def lifecycle() -> None:
        container = await client.containers.run(IMAGE, "true", detach=True, labels=labels)
        await container.wait()
        await container.remove()

    return lifecycle


def _aiodocker(docker: Any, labels: dict[str, str]) -> Callable[[], Awaitable[None]]:
    config = {"Image": IMAGE, "Cmd": ["true"], "Labels": labels}

    async def lifecycle() -> None:
        container = await docker.containers.run(config=config)
        await container.wait()
        await container.delete()

    return lifecycle


# -- timing ------------------------------------------------------------------------


def _rotated(labels: list[str], round_: int) -> list[str]:
    shift = round_ % len(labels)
    return labels[shift:] + labels[:shift]


def _time_sync(contenders: dict[str, Callable[[], None]], count: int, rounds: int) -> Results:
    results: Results = {}
    for label in contenders:
        contenders[label]()  # warm-up: connections, negotiation
    for round_ in range(rounds):
        for label in _rotated(list(contenders), round_):
            lifecycle = contenders[label]
            wall, cpu = time.perf_counter(), time.process_time()
            for _ in range(count):
                lifecycle()
            _record(results, f"{label}, sequential", time.perf_counter() - wall,
                    time.process_time() - cpu, count)  # fmt: skip
        for label in _rotated(list(contenders), round_):
            lifecycle = contenders[label]
            with ThreadPoolExecutor(max_workers=count) as pool:
                wall, cpu = time.perf_counter(), time.process_time()
                for future in [pool.submit(lifecycle) for _ in range(count)]:
                    future.result()
                _record(results, f"{label}, {count} threads", time.perf_counter() - wall,
                        time.process_time() - cpu, count)  # fmt: skip
    return results


async def _time_async(
    contenders: dict[str, Callable[[], Awaitable[None]]], count: int, rounds: int
) -> Results:
    results: Results = {}
    for label in contenders:
        await contenders[label]()
    for round_ in range(rounds):
        for label in _rotated(list(contenders), round_):
            lifecycle = contenders[label]
            wall, cpu = time.perf_counter(), time.process_time()
            for _ in range(count):
                await lifecycle()
            _record(results, f"{label}, sequential", time.perf_counter() - wall,
                    time.process_time() - cpu, count)  # fmt: skip
        for label in _rotated(list(contenders), round_):
            lifecycle = contenders[label]
            wall, cpu = time.perf_counter(), time.process_time()
            await asyncio.gather(*(lifecycle() for _ in range(count)))
            _record(results, f"{label}, {count} concurrent", time.perf_counter() - wall,
                    time.process_time() - cpu, count)  # fmt: skip
    return results


async def _async_results(host: str, labels: dict[str, str], count: int, rounds: int) -> Results:
    import aiodocker

    async with AsyncDockerClient(host) as client:
        docker = aiodocker.Docker(url=host)
        try:
            contenders = {
                "dockerapi async": _dockerapi_async(client, labels),
                "aiodocker": _aiodocker(docker, labels),
            }
            return await _time_async(contenders, count, rounds)
        finally:
            await docker.close()


def _sync_results(host: str, labels: dict[str, str], count: int, rounds: int) -> Results:
    import docker

    with DockerClient(host, max_pool_size=count) as client:
        theirs = docker.DockerClient(base_url=host, version="auto", max_pool_size=count)
        try:
            contenders = {
                "dockerapi sync": _dockerapi_sync(client, labels),
                "docker-py": _docker_py(theirs, labels),
            }
            return _time_sync(contenders, count, rounds)
        finally:
            theirs.close()


def _clean_up(host: str, labels: dict[str, str]) -> int:
    with DockerClient(host) as client:
        selector = [f"{key}={value}" for key, value in labels.items()]
        left = client.containers.list(all=True, sparse=True, filters={"label": selector})
        for container in left:
            container.remove(force=True)
        return len(left)


def _print(results: Results, reference: str) -> None:
    print(f"{'':<36} {'wall ms':>9} {'ratio':>7} {'client CPU ms':>14} {'ratio':>7}")
    for label, (wall, cpu) in results.items():
        mode = label.split(", ", 1)[1]
        base_wall, base_cpu = results[f"{reference}, {mode}"]
        print(f"{label:<36} {wall * 1e3:>9.1f} {wall / base_wall:>6.2f}x "
              f"{cpu * 1e3:>14.2f} {cpu / base_cpu:>6.2f}x")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=50, help="lifecycles per measurement")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--host", default=DEFAULT_HOST)
    args = parser.parse_args()
    labels = {LABEL: uuid.uuid4().hex[:12]}
    try:
        sync = _sync_results(args.host, labels, args.count, args.rounds)
        asynchronous = asyncio.run(_async_results(args.host, labels, args.count, args.rounds))
    finally:
        left = _clean_up(args.host, labels)
    print(f"{args.count} lifecycles (run {IMAGE} true detached, wait, remove), "
          f"best of {args.rounds}; per lifecycle, ratio to docker-py / aiodocker")  # fmt: skip
    _print(dict(sorted(sync.items(), key=lambda item: item[0].split(", ")[::-1])), "docker-py")
    print()
    _print(
        dict(sorted(asynchronous.items(), key=lambda item: item[0].split(", ")[::-1])), "aiodocker"
    )
    if left:
        print(f"\n(removed {left} containers left behind by a failed lifecycle)")


if __name__ == "__main__":
    main()
