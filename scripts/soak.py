#!/usr/bin/env python3
"""Soak run: many threads and tasks against a real engine, with connection faults.

    .venv/bin/python scripts/soak.py [--duration 180] [--threads 16] [--tasks 1000]
                                     [--fault-every 50] [--host unix:///run/dockerapi/docker.sock]

16 threads share one `APIClient` and 1000 asyncio tasks share one `AsyncAPIClient`;
each loops over read-only calls (ping, version, info-like lists, inspects, logs, a
bounded events stream) on the engine and on one container of its own (labelled,
removed at the end). Both clients talk to the engine through a proxy on a unix socket
that this script runs in a child process: every `--fault-every`-th request is never
forwarded and its connection is cut by the "daemon" side (reset).

The report: calls made, faults injected, errors by type, and the process's open file
descriptors and RSS at the start (after a warm-up round) and at the end (before and
after closing the clients). Expected: the only errors are typed ones
(`DockerConnectionError`), one per injected fault, and no growth in descriptors or memory.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import gc
import json
import os
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

DEFAULT_HOST = os.environ.get("DOCKERAPI_TEST_HOST", "unix:///run/dockerapi/docker.sock")
IMAGE = "busybox:latest"


# --- the faulty proxy (child process) -------------------------------------------------------


async def _pump(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, counts: dict[str, int]
) -> None:
    """The engine's answers to the client; when the engine ends the connection (or it
    fails), the client's is ended too: counted, as a call may be cut by that."""
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
        counts["engine_closes"] += 1
    except asyncio.CancelledError:
        raise
    except Exception:
        counts["engine_closes"] += 1
    with contextlib.suppress(Exception):
        writer.close()


def _reset(writer: asyncio.StreamWriter) -> None:
    sock = writer.get_extra_info("socket")
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip())
    return 0


async def _serve_proxy(listen: str, upstream: str, every: int, stats: Path) -> None:
    counts = {"requests": 0, "faults": 0, "upstream_failures": 0, "engine_closes": 0}

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_unix_connection(upstream)
        except OSError:
            counts["upstream_failures"] += 1  # the engine refused: not an injected fault
            writer.close()
            return
        answers = asyncio.create_task(_pump(up_reader, writer, counts))
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                body = await reader.readexactly(_content_length(head))
                counts["requests"] += 1
                if counts["requests"] % every == 0:
                    counts["faults"] += 1
                    _reset(writer)  # the request is never answered
                    return
                try:
                    up_writer.write(head + body)
                    await up_writer.drain()
                except ConnectionError:
                    counts["engine_closes"] += 1
                    return
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
            return
        except asyncio.CancelledError:  # the proxy is stopping
            return
        finally:
            answers.cancel()
            up_writer.close()
            with contextlib.suppress(Exception):
                writer.close()

    server = await asyncio.start_unix_server(handle, listen, limit=1 << 20, backlog=2048)
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    async with server:
        while not stop.is_set():
            stats.write_text(json.dumps(counts))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), 0.5)
    stats.write_text(json.dumps(counts))


# --- measuring ----------------------------------------------------------------------------


def _fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class Sampler(threading.Thread):
    """Open descriptors and RSS every `every` seconds while the run lasts."""

    def __init__(self, every: float) -> None:
        super().__init__(daemon=True)
        self.every = every
        self.samples: list[tuple[float, int, float]] = []
        self.done = threading.Event()

    def run(self) -> None:
        started = time.monotonic()
        while not self.done.wait(self.every):
            self.samples.append((time.monotonic() - started, _fds(), _rss_mib()))


class Tally:
    """Calls and errors, from every thread and task."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.calls = 0
        self.slowest = 0.0
        self.slowest_call = ""
        self.reasons: collections.Counter[str] = collections.Counter()
        #: the first error of each reason, with its chain of causes, for the report
        self.examples: dict[str, str] = {}
        self.errors: collections.Counter[str] = collections.Counter()
        self.untyped: collections.Counter[str] = collections.Counter()

    def outcome(self, name: str, error: BaseException | None, seconds: float) -> None:
        from dockerapi.errors import DockerException

        with self.lock:
            self.calls += 1
            if seconds > self.slowest:
                self.slowest, self.slowest_call = seconds, name
            if error is None:
                return
            kind = type(error).__name__
            (self.errors if isinstance(error, DockerException) else self.untyped)[kind] += 1
            # what went wrong, without the address: "the connection broke ... (reason)"
            reason = f"{kind}: {str(error).rsplit(': ', 1)[-1][:90]}"
            self.reasons[reason] += 1
            if reason not in self.examples:
                self.examples[reason] = f"{name} after {seconds:.1f} s: " + " <- ".join(
                    f"{type(e).__name__}({e})"[:160] for e in _causes(error)
                )


def _causes(error: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and len(chain) < 6:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


# --- the workload -------------------------------------------------------------------------


async def _load(
    sync_client: Any,
    async_client: Any,
    work: list[Any],
    args: argparse.Namespace,
    until: float,
    tally: Tally,
) -> None:
    """The threads and the tasks, all calling until `until`."""
    threads = [
        threading.Thread(target=_thread_loop, args=(sync_client, work, i, until, tally))
        for i in range(args.threads)
    ]
    for thread in threads:
        thread.start()
    await asyncio.gather(
        *(_task_loop(async_client, work, i, until, tally) for i in range(args.tasks))
    )
    for thread in threads:
        thread.join()


def _workload(container: str, since: int) -> list[tuple[str, Callable[[Any], Any]]]:
    """(name, call) pairs; each call takes a client and returns a result or an awaitable."""
    return [
        ("ping", lambda c: c.ping()),
        ("version", lambda c: c.version()),
        ("containers", lambda c: c.containers(all=True, filters={"id": container})),
        ("inspect_container", lambda c: c.inspect_container(container)),
        ("logs", lambda c: c.logs(container)),
        ("engine.container_inspect", lambda c: c.engine.container_inspect(id=container)),
        ("engine.image_inspect", lambda c: c.engine.image_inspect(name=IMAGE)),
        ("engine.system_ping", lambda c: c.engine.system_ping()),
        ("events", lambda c: c.events(since=since, until=since + 1, decode=True)),
        ("logs stream", lambda c: c.logs(container, stream=True, follow=False)),
    ]


def _drain_sync(result: Any) -> None:
    if hasattr(result, "__next__"):
        for _ in result:
            pass


async def _drain_async(result: Any) -> None:
    if hasattr(result, "__anext__"):
        async for _ in result:
            pass


def _once_sync(client: Any, work: list[Any], index: int, tally: Tally) -> None:
    name, action = work[index % len(work)]
    error: BaseException | None = None
    started = time.monotonic()
    try:
        _drain_sync(action(client))
    except Exception as caught:
        error = caught
    tally.outcome(name, error, time.monotonic() - started)


async def _once_async(client: Any, work: list[Any], index: int, tally: Tally) -> None:
    name, action = work[index % len(work)]
    error: BaseException | None = None
    started = time.monotonic()
    try:
        await _drain_async(await action(client))
    except Exception as caught:
        error = caught
    tally.outcome(f"async {name}", error, time.monotonic() - started)


def _thread_loop(client: Any, work: list[Any], offset: int, until: float, tally: Tally) -> None:
    index = offset
    while time.monotonic() < until:
        _once_sync(client, work, index, tally)
        index += 1


async def _task_loop(client: Any, work: list[Any], offset: int, until: float, tally: Tally) -> None:
    index = offset
    while time.monotonic() < until:
        await _once_async(client, work, index, tally)
        index += 1


async def _run(args: argparse.Namespace) -> int:
    from dockerapi import APIClient, AsyncAPIClient
    from dockerapi.errors import NotFound

    directory = tempfile.mkdtemp(prefix="soak", dir="/tmp")
    proxy_socket = f"{directory}/proxy.sock"
    stats = Path(directory, "stats.json")
    upstream = args.host.removeprefix("unix://")
    proxy = subprocess.Popen(
        [sys.executable, __file__, "--serve-proxy", proxy_socket, upstream, str(args.fault_every)],
        env={**os.environ, "SOAK_STATS": str(stats)},
    )
    owner = APIClient(args.host)
    label = f"dockerapi.soak={uuid.uuid4().hex[:12]}"
    container = owner.create_container(
        IMAGE, ["sh", "-c", "echo soak; echo err >&2; sleep 3600"], labels=[label]
    )["Id"]
    owner.start(container)
    try:
        for _ in range(100):
            if os.path.exists(proxy_socket):
                break
            time.sleep(0.05)
        since = int(time.time())
        work = _workload(container, since)
        sync_client = APIClient(f"unix://{proxy_socket}", max_pool_size=args.threads)
        async_client = AsyncAPIClient(f"unix://{proxy_socket}", max_pool_size=args.tasks)
        tally = Tally()

        # warm-up: the same load for a while, so that pools, caches, lazily imported
        # modules and the allocator's arenas are in place before the start is measured
        await _load(sync_client, async_client, work, args, time.monotonic() + args.warm_up, tally)
        gc.collect()
        start_fds, start_rss = _fds(), _rss_mib()
        warm_calls, warm_errors = tally.calls, sum(tally.errors.values())
        started = time.monotonic()
        print(
            f"soak: {args.threads} threads + {args.tasks} tasks for {args.duration:g} s, "
            f"a fault every {args.fault_every} requests ...",
            flush=True,
        )
        sampler = Sampler(max(args.duration / 12, 1.0))
        sampler.start()
        await _load(sync_client, async_client, work, args, started + args.duration, tally)
        sampler.done.set()
        elapsed = time.monotonic() - started
        gc.collect()
        end_fds, end_rss = _fds(), _rss_mib()
        sync_client.close()
        await async_client.close()
        gc.collect()
        closed_fds, closed_rss = _fds(), _rss_mib()
    finally:
        proxy.send_signal(signal.SIGTERM)
        proxy.wait(timeout=30)
        with contextlib.suppress(NotFound):
            owner.remove_container(container, force=True)
        owner.close()
    counts = json.loads(stats.read_text())
    errors = sum(tally.errors.values())
    run_calls = tally.calls - warm_calls
    print(
        f"duration         {elapsed:.0f} s, after a {args.warm_up:g} s warm-up under the same load"
    )
    print(
        f"calls            {run_calls} ({run_calls / elapsed:.0f}/s); {warm_calls} in the warm-up"
    )
    print(f"slowest call     {tally.slowest:.1f} s ({tally.slowest_call})")
    print("-- counted over warm-up and run:")
    print(f"requests proxied {counts['requests']}")
    print(f"faults injected  {counts['faults']}")
    print(f"engine refusals  {counts['upstream_failures']} (the proxy could not reach the engine)")
    print(f"engine closes    {counts['engine_closes']} (the engine ended or broke a connection)")
    print(f"errors           {errors} ({warm_errors} in the warm-up)")
    for name, count in tally.errors.most_common():
        print(f"  {name:<24} {count}")
    for reason, count in tally.reasons.most_common(5):
        print(f"    {count:>6}  {reason}")
        print(f"            first: {tally.examples[reason]}")
    print(f"untyped errors   {sum(tally.untyped.values())}")
    for name, count in tally.untyped.most_common():
        print(f"  {name:<24} {count}")
    print(f"open fds         start {start_fds}, end {end_fds}, after close {closed_fds}")
    print(
        f"RSS (MiB)        start {start_rss:.1f}, end {end_rss:.1f}, after close {closed_rss:.1f}"
    )
    series = ", ".join(f"{at:.0f}s {fds}/{rss:.1f}" for at, fds, rss in sampler.samples)
    print(f"during (fds/RSS) {series}")
    explained = counts["faults"] + counts["upstream_failures"] + counts["engine_closes"]
    print(f"errors beyond the faults injected: {max(errors - counts['faults'], 0)}")
    healthy = not tally.untyped and errors <= explained
    print("result           " + ("OK" if healthy else "UNEXPECTED ERRORS"))
    return 0 if healthy else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=180.0, help="seconds (default 180)")
    parser.add_argument("--threads", type=int, default=16)
    parser.add_argument("--tasks", type=int, default=1000)
    parser.add_argument("--fault-every", type=int, default=50, help="requests between faults")
    parser.add_argument(
        "--warm-up", type=float, default=20.0, help="seconds of load before the start figures"
    )
    parser.add_argument("--host", default=DEFAULT_HOST, help="the engine (a unix:// socket)")
    parser.add_argument("--serve-proxy", nargs=3, metavar=("LISTEN", "UPSTREAM", "EVERY"))
    args = parser.parse_args()
    if args.serve_proxy:
        listen, upstream, every = args.serve_proxy
        stats = Path(os.environ["SOAK_STATS"])
        asyncio.run(_serve_proxy(listen, upstream, int(every), stats))
        return 0
    if not args.host.startswith("unix://"):
        parser.error("--host must be a unix:// socket (the proxy forwards to it)")
    return asyncio.run(_run(args))


if __name__ == "__main__":
    sys.exit(main())
