"""Per-call overhead against the local engine: dockerapi vs docker-py, aiodocker, bare httpx, the floor.

For ``ping``, ``version``, ``containers list`` and ``inspect`` (of a created container),
in one run on the same engine:

- dockerapi sync through ``client.engine`` (typed models) and through a plan returning
  plain JSON (the path docker-py compatible methods take);
- dockerapi async (the same two paths, awaited one after another);
- docker-py's ``APIClient``, and aiodocker for the async side (``containers.list``
  wraps each container in an object, as dockerapi's engine path parses models);
- bare httpx (sync and async) on the unix socket, same URLs, JSON decoded;
- the floor: ``http.client`` on a keep-alive unix socket.

Each figure is the best of ``--rounds`` rounds of ``--calls`` calls (after a warm-up), in
microseconds per call, with ratios to the floor (sync) and to aiodocker (async); the rounds
interleave the contenders. Two tables each: wall time (what a caller waits, daemon
included, noisy on a shared machine) and this process's CPU time (the client's own cost,
steadier). Goals (issue 12): sync client CPU at most 1.5x the floor, async at most
aiodocker's.

Then ``--concurrent`` (1000) inspects at once with asyncio.gather, dockerapi async vs
aiodocker (dockerapi also with ``max_pool_size=100``, the idle connections aiohttp keeps
under aiodocker): wall and CPU time of the whole batch, best of ``--batches`` (10; a batch
takes ~0.15 s, and one slow spell of a shared machine would decide a best of three).

    .venv/bin/python scripts/bench/per_call.py [--calls 500] [--rounds 3] [--batches 10]
        [--host unix:///...]
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import json
import os
import socket
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from dockerapi._plan import PlanGenerator, plan
from dockerapi._request import Request
from dockerapi.api.client import APIClient, AsyncAPIClient

__all__ = ["main"]

DEFAULT_HOST = os.environ.get("DOCKERAPI_TEST_HOST", "unix:///run/dockerapi/docker.sock")
OPERATIONS = ("ping", "version", "containers", "inspect")
#: The container `inspect` looks at (created, never started, removed at the end).
_CONTAINER = {"id": ""}


class PlainMixin:
    """Three plans shaped like docker-py's methods (plain JSON results)."""

    @plan
    def ping(self) -> PlanGenerator[bool]:
        response = yield Request("GET", "/_ping", expect="bytes", operation="SystemPing")
        return bool(response.content == b"OK")

    @plan
    def version(self) -> PlanGenerator[Any]:
        response = yield Request("GET", "/version", operation="SystemVersion")
        return response.json()

    @plan
    def containers(self) -> PlanGenerator[Any]:
        response = yield Request(
            "GET", "/containers/json", params=(("all", "1"),), operation="ContainerList"
        )
        return response.json()

    @plan
    def inspect(self) -> PlanGenerator[Any]:
        response = yield Request(
            "GET", f"/containers/{_CONTAINER['id']}/json", operation="ContainerInspect"
        )
        return response.json()


class PlainClient(PlainMixin, APIClient):
    pass


class AsyncPlainClient(PlainMixin, AsyncAPIClient):
    pass


class _UnixHTTPConnection(http.client.HTTPConnection):
    def __init__(self, path: str) -> None:
        super().__init__("localhost")
        self._path = path

    def connect(self) -> None:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.connect(self._path)
        self.sock = sock


#: (label, operation) -> (best wall µs per call, best client-CPU µs per call)
Results = dict[str, dict[str, tuple[float, float]]]


def _record(results: Results, label: str, name: str, wall: float, cpu: float, calls: int) -> None:
    best_wall, best_cpu = results.setdefault(label, {}).get(name, (float("inf"), float("inf")))
    results[label][name] = (min(best_wall, wall / calls * 1e6), min(best_cpu, cpu / calls * 1e6))


def _time_sync_all(
    contenders: dict[str, dict[str, Callable[[], object]]], calls: int, rounds: int
) -> Results:
    """Rounds interleave the contenders (in a rotating order), so that drift in the
    daemon's speed hits them all alike."""
    results: Results = {}
    labels = list(contenders)
    for name in OPERATIONS:
        for label in labels:
            for _ in range(min(200, calls)):
                contenders[label][name]()
        for round_ in range(rounds):
            for label in labels[round_ % len(labels) :] + labels[: round_ % len(labels)]:
                call = contenders[label][name]
                wall, cpu = time.perf_counter(), time.process_time()
                for _ in range(calls):
                    call()
                wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
                _record(results, label, name, wall, cpu, calls)
    return {label: results[label] for label in labels}


async def _time_async_all(
    contenders: dict[str, dict[str, Callable[[], Awaitable[object]]]], calls: int, rounds: int
) -> Results:
    results: Results = {}
    labels = list(contenders)
    for name in OPERATIONS:
        for label in labels:
            for _ in range(min(200, calls)):
                await contenders[label][name]()
        for round_ in range(rounds):
            for label in labels[round_ % len(labels) :] + labels[: round_ % len(labels)]:
                call = contenders[label][name]
                wall, cpu = time.perf_counter(), time.process_time()
                for _ in range(calls):
                    await call()
                wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
                _record(results, label, name, wall, cpu, calls)
    return {label: results[label] for label in labels}


def _sync_contenders(
    socket_path: str, host: str, version: str
) -> dict[str, dict[str, Callable[[], object]]]:
    import docker

    prefix = f"/v{version}"
    container = _CONTAINER["id"]
    contenders: dict[str, dict[str, Callable[[], object]]] = {}

    engine_client = APIClient(base_url=host)
    engine = engine_client.engine
    contenders["dockerapi sync (engine)"] = {
        "ping": engine.system_ping,
        "version": engine.system_version,
        "containers": lambda: engine.container_list(all=True),
        "inspect": lambda: engine.container_inspect(container),
    }
    plain = PlainClient(base_url=host)
    contenders["dockerapi sync (plan)"] = {
        "ping": plain.ping,
        "version": plain.version,
        "containers": plain.containers,
        "inspect": plain.inspect,
    }
    dockerpy = docker.APIClient(base_url=host, version="auto")
    contenders["docker-py"] = {
        "ping": dockerpy.ping,
        "version": dockerpy.version,
        "containers": lambda: dockerpy.containers(all=True),
        "inspect": lambda: dockerpy.inspect_container(container),
    }
    bare = httpx.Client(transport=httpx.HTTPTransport(uds=socket_path), base_url="http://docker")
    contenders["bare httpx sync"] = {
        "ping": lambda: bare.get(f"{prefix}/_ping").content == b"OK",
        "version": lambda: bare.get(f"{prefix}/version").json(),
        "containers": lambda: bare.get(f"{prefix}/containers/json", params={"all": "1"}).json(),
        "inspect": lambda: bare.get(f"{prefix}/containers/{container}/json").json(),
    }
    floor = _UnixHTTPConnection(socket_path)

    def raw(path: str, decode: bool) -> object:
        floor.request("GET", path)
        body = floor.getresponse().read()
        return json.loads(body) if decode else body

    contenders["floor (http.client)"] = {
        "ping": lambda: raw(f"{prefix}/_ping", False),
        "version": lambda: raw(f"{prefix}/version", True),
        "containers": lambda: raw(f"{prefix}/containers/json?all=1", True),
        "inspect": lambda: raw(f"{prefix}/containers/{container}/json", True),
    }
    return contenders


async def _async_results(
    socket_path: str, host: str, version: str, calls: int, rounds: int
) -> Results:
    prefix = f"/v{version}"
    container = _CONTAINER["id"]
    async with AsyncAPIClient(base_url=host) as client, AsyncPlainClient(base_url=host) as plain:
        engine = client.engine
        engine_calls: dict[str, Callable[[], Awaitable[object]]] = {
            "ping": engine.system_ping,
            "version": engine.system_version,
            "containers": lambda: engine.container_list(all=True),
            "inspect": lambda: engine.container_inspect(container),
        }
        plain_calls: dict[str, Callable[[], Awaitable[object]]] = {
            "ping": plain.ping,
            "version": plain.version,
            "containers": plain.containers,
            "inspect": plain.inspect,
        }
        transport = httpx.AsyncHTTPTransport(uds=socket_path)
        async with httpx.AsyncClient(transport=transport, base_url="http://docker") as bare:

            async def bare_ping() -> object:
                return (await bare.get(f"{prefix}/_ping")).content == b"OK"

            async def bare_version() -> object:
                return (await bare.get(f"{prefix}/version")).json()

            async def bare_containers() -> object:
                return (await bare.get(f"{prefix}/containers/json", params={"all": "1"})).json()

            async def bare_inspect() -> object:
                return (await bare.get(f"{prefix}/containers/{container}/json")).json()

            bare_calls: dict[str, Callable[[], Awaitable[object]]] = {
                "ping": bare_ping,
                "version": bare_version,
                "containers": bare_containers,
                "inspect": bare_inspect,
            }
            aiodocker = _aiodocker_client(host)
            try:
                return await _time_async_all(
                    {
                        "dockerapi async (engine)": engine_calls,
                        "dockerapi async (plan)": plain_calls,
                        "aiodocker": _aiodocker_calls(aiodocker),
                        "bare httpx async": bare_calls,
                    },
                    calls,
                    rounds,
                )
            finally:
                await aiodocker.close()


def _aiodocker_client(host: str) -> Any:
    import aiodocker

    return aiodocker.Docker(url=host)


def _aiodocker_calls(docker: Any) -> dict[str, Callable[[], Awaitable[object]]]:
    async def ping() -> object:
        # aiodocker has no ping method: its request helper, as its own methods use it
        async with docker._query("_ping") as response:
            return await response.read() == b"OK"

    async def containers() -> object:
        return await docker.containers.list(all=True)

    async def inspect() -> object:
        return await docker.containers.get(_CONTAINER["id"])

    return {"ping": ping, "version": docker.version, "containers": containers, "inspect": inspect}


def _print(results: Results, baseline: str, title: str) -> None:
    base = results[baseline]
    for index, what in ((0, "wall time"), (1, "client CPU time")):
        print(f"\n{title}, {what} (µs per call; ratio to {baseline})")
        print(f"{'':28}" + "".join(f"{name:>20}" for name in OPERATIONS))
        for label, row in results.items():
            cells = "".join(
                f"{row[name][index]:>11.1f} ({row[name][index] / base[name][index]:>4.2f}x)"
                for name in OPERATIONS
            )
            print(f"{label:28}{cells}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--host", default=DEFAULT_HOST)
    parser.add_argument("--concurrent", type=int, default=1000)
    parser.add_argument(
        "--batches", type=int, default=10, help="concurrent batches per library (best kept)"
    )
    args = parser.parse_args(argv)
    if not args.host.startswith("unix://"):
        parser.error("the floor and bare httpx need the engine on a unix socket")
    socket_path = args.host[len("unix://") :]
    version = APIClient(base_url=args.host).negotiate_version()

    import docker

    setup = docker.APIClient(base_url=args.host, version="auto")
    _CONTAINER["id"] = setup.create_container(
        "busybox:latest", ["true"], name=f"bench-per-call-{uuid.uuid4().hex[:12]}"
    )["Id"]
    try:
        contenders = _sync_contenders(socket_path, args.host, version)
        sync_results = _time_sync_all(contenders, args.calls, args.rounds)
        _print(sync_results, "floor (http.client)", "sync")
        async_results = asyncio.run(
            _async_results(socket_path, args.host, version, args.calls, args.rounds)
        )
        _print(async_results, "aiodocker", "async")
        if args.concurrent:
            batches = asyncio.run(_concurrent(args.host, args.concurrent, args.batches))
            _print_concurrent(batches, args.concurrent)
    finally:
        setup.remove_container(_CONTAINER["id"], force=True)
        setup.close()
    return 0


async def _concurrent(host: str, count: int, rounds: int) -> dict[str, tuple[float, float]]:
    """Best (wall, CPU) seconds of `count` concurrent inspects, per library."""
    container = _CONTAINER["id"]
    best: dict[str, tuple[float, float]] = {}
    # aiohttp (under aiodocker) keeps up to 100 idle connections for 15 s; dockerapi's
    # asyncio client max_pool_size (10, docker-py's default) and a burst's extra ones
    # (up to 100) for 5 s: the second row keeps 100 for good
    async with (
        AsyncAPIClient(base_url=host) as client,
        AsyncAPIClient(base_url=host, max_pool_size=100) as pooled,
    ):
        aiodocker = _aiodocker_client(host)
        try:
            batches: dict[str, Callable[[], Awaitable[object]]] = {
                "dockerapi async": lambda: client.inspect_container(container),
                "dockerapi, max_pool_size=100": lambda: pooled.inspect_container(container),
                "aiodocker": lambda: aiodocker.containers.get(container),
            }
            for call in batches.values():  # warm-up: a batch each
                await asyncio.gather(*(call() for _ in range(count)))
            for round_ in range(rounds):
                labels = list(batches)
                shift = round_ % len(labels)
                for label in labels[shift:] + labels[:shift]:
                    call = batches[label]
                    wall, cpu = time.perf_counter(), time.process_time()
                    await asyncio.gather(*(call() for _ in range(count)))
                    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
                    old_wall, old_cpu = best.get(label, (float("inf"), float("inf")))
                    best[label] = (min(old_wall, wall), min(old_cpu, cpu))
        finally:
            await aiodocker.close()
    return best


def _print_concurrent(best: dict[str, tuple[float, float]], count: int) -> None:
    base_wall, base_cpu = best["aiodocker"]
    print(f"\n{count} concurrent inspects (asyncio.gather), best batch; ratio to aiodocker")
    print(f"{'':28}{'wall ms':>20}{'client CPU ms':>22}")
    for label, (wall, cpu) in best.items():
        print(
            f"{label:28}{wall * 1e3:>13.1f} ({wall / base_wall:>4.2f}x)"
            f"{cpu * 1e3:>15.1f} ({cpu / base_cpu:>4.2f}x)"
        )


if __name__ == "__main__":
    raise SystemExit(main())
