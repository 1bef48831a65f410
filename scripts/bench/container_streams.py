"""Container streams on the local engine: dockerapi (sync and async) vs docker-py, one run.

Usage: .venv/bin/python scripts/bench/container_streams.py [--host URL] [--mb 100]
       [--repeat 3] [--round-trips 300]

Measures, each case in a fresh Python process (so peak RSS is its own):
- logs of --mb MB, half stdout half stderr, read as a demuxed stream
  (docker-py's logs cannot demux, and its attach(logs=True, stream=True) waits
  for a stopped container to start again: its row is logs(stream=True), which
  parses the same frames but drops the stdout/stderr split);
- the same logs as one bytes object (stream=False), for the memory cost;
- get_archive of a --mb MB file, streamed in the default 2 MB chunks;
- the same transfers on a bare socket ("raw socket"): the request on a unix socket,
  its answer read into one reused buffer until the daemon closes it, with no parsing
  (its bytes include the HTTP framing: a few per cent more). What reading the socket
  alone reaches: where a client reaches it too, the daemon sets the rate, not the
  client (a reader this eager can even be slower: it wakes on every write);
- attach round trip: a line written to `cat` through attach_socket until its
  echo is read back (median and 95th percentile), plus the attach call itself;
  aiodocker's attach stream too, the reference for the async client.

Prints MB/s, this client's and the daemon's CPU seconds (the daemon's pid from the
socket's peer credentials: a local unix socket only), the growth of peak RSS during the
transfer, and dockerapi/docker-py ratios (throughput: higher is better; CPU, RSS and
latency: lower is better). On a machine with few cores the daemon and the client share
them: logs are bound by the daemon (it decodes and writes each log line on its own), so
the client's CPU is the part a client can change.
Containers are created with docker-py and removed at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import time
import urllib.parse
from collections.abc import Awaitable, Callable
from typing import Any

from _children import cpu_seconds, daemon_pid, peak_kib, run_child

MB = 1024 * 1024
DEFAULT_HOST = os.environ.get("DOCKERAPI_TEST_HOST", "unix:///run/dockerapi/docker.sock")
IMAGE = "busybox:latest"


def _clients() -> tuple[type, type]:
    from dockerapi import APIClient, AsyncAPIClient

    return APIClient, AsyncAPIClient


# -- cases (run in a child process) ----------------------------------------------------------


def _count(items: Any) -> int:
    total = 0
    for item in items:
        if isinstance(item, tuple):
            out, err = item
            total += len(out or b"") + len(err or b"")
        else:
            total += len(item)
    return total


async def _acount(items: Any) -> int:
    total = 0
    async for item in items:
        if isinstance(item, tuple):
            out, err = item
            total += len(out or b"") + len(err or b"")
        else:
            total += len(item)
    return total


class _Meter:
    """Wall time, this process's CPU time, the daemon's CPU time and the growth of peak
    RSS over one transfer."""

    def __init__(self, host: str) -> None:
        self._daemon = daemon_pid(host)
        self._rss = peak_kib()
        self._daemon_cpu = cpu_seconds(self._daemon)
        self._cpu = time.process_time()
        self._started = time.perf_counter()

    def result(self, size: int) -> dict[str, Any]:
        seconds = time.perf_counter() - self._started
        return {
            "bytes": size,
            "seconds": seconds,
            "client_cpu": time.process_time() - self._cpu,
            "daemon_cpu": cpu_seconds(self._daemon) - self._daemon_cpu,
            "rss_growth": (peak_kib() - self._rss) * 1024,
        }


def _measure(host: str, transfer: Callable[[], int], close: Callable[[], object]) -> dict[str, Any]:
    """One transfer (its size in bytes) through `_Meter`."""
    meter = _Meter(host)
    result = meter.result(transfer())
    close()
    return result


#: Each transfer case's request, for the raw socket.
_RAW_TARGETS = {
    "logs-demux": "/containers/{}/logs?stdout=1&stderr=1",
    "logs-stream": "/containers/{}/logs?stdout=1&stderr=1",
    "logs-bytes": "/containers/{}/logs?stdout=1&stderr=1",
    "archive": "/containers/{}/archive?path=%2Fbig",
}


def _raw_socket_case(case: str, host: str, container: str) -> dict[str, Any]:
    """The case's request on a bare unix socket, read until the daemon closes it into
    one reused buffer, without parsing."""
    path = urllib.parse.unquote(host.removeprefix("unix://"))
    target = _RAW_TARGETS[case].format(container)
    request = f"GET {target} HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n".encode()
    buffer = memoryview(bytearray(262144))

    def transfer() -> int:
        total = 0
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.connect(path)
            sock.sendall(request)
            while received := sock.recv_into(buffer):
                total += received
        return total

    return _measure(host, transfer, lambda: None)


def _transfer_case(library: str, case: str, host: str, container: str) -> dict[str, Any]:
    """Warm the client up, then time one transfer; returns bytes, seconds and RSS growth."""
    if library == "raw socket":
        return _raw_socket_case(case, host, container)
    if library == "docker-py":
        import docker

        client = docker.APIClient(base_url=host)
        client.logs(container, tail=1)
        calls: dict[str, Callable[[], int]] = {
            # docker-py's logs cannot demux: its nearest call reads the same frames.
            "logs-demux": lambda: _count(client.logs(container, stream=True)),
            "logs-stream": lambda: _count(client.logs(container, stream=True)),
            "logs-bytes": lambda: len(client.logs(container)),
            "archive": lambda: _count(client.get_archive(container, "/big")[0]),
        }
        return _measure(host, calls[case], client.close)

    sync_client, async_client = _clients()
    if library == "dockerapi":
        client = sync_client(host)
        client.logs(container, tail=1)
        calls = {
            "logs-demux": lambda: _count(client.logs(container, stream=True, demux=True)),
            "logs-stream": lambda: _count(client.logs(container, stream=True)),
            "logs-bytes": lambda: len(client.logs(container)),
            "archive": lambda: _count(client.get_archive(container, "/big")[0]),
        }
        return _measure(host, calls[case], client.close)

    async def run_async() -> dict[str, Any]:
        aclient = async_client(host)
        await aclient.logs(container, tail=1)
        meter = _Meter(host)
        if case == "logs-demux":
            size = await _acount(await aclient.logs(container, stream=True, demux=True))
        elif case == "logs-stream":
            size = await _acount(await aclient.logs(container, stream=True))
        elif case == "logs-bytes":
            size = len(await aclient.logs(container))
        else:
            bits, _ = await aclient.get_archive(container, "/big")
            size = await _acount(bits)
        result = meter.result(size)
        await aclient.close()
        return result

    return asyncio.run(run_async())


_ECHO = b"ping\n"
_ECHO_FRAME = b"\x01\x00\x00\x00\x00\x00\x00\x05" + _ECHO


def _attach_case(library: str, host: str, round_trips: int) -> dict[str, Any]:
    """attach_socket to a fresh `cat`, then time line -> echo round trips."""
    import docker

    setup = docker.APIClient(base_url=host)
    container = setup.create_container(
        IMAGE, ["cat"], stdin_open=True, host_config={"NetworkMode": "none"}
    )["Id"]
    params = {"stdin": 1, "stdout": 1, "stream": 1}
    try:
        if library == "docker-py":
            client = docker.APIClient(base_url=host)
            client.version()
            started = time.perf_counter()
            sock = client.attach_socket(container, params)._sock
            attach_seconds = time.perf_counter() - started
            send, recv = sock.sendall, sock.recv
            setup.start(container)
            latencies = _round_trips(send, recv, round_trips)
            sock.close()
            client.close()
        elif library == "dockerapi":
            client = _clients()[0](host)
            client.negotiate_version()
            started = time.perf_counter()
            sock = client.attach_socket(container, params)
            attach_seconds = time.perf_counter() - started
            setup.start(container)
            latencies = _round_trips(sock.sendall, sock.recv, round_trips)
            sock.close()
            client.close()
        elif library == "aiodocker":
            attach_seconds, latencies = asyncio.run(
                _aiodocker_attach(host, container, setup, round_trips)
            )
        else:
            attach_seconds, latencies = asyncio.run(
                _async_attach(host, container, params, setup, round_trips)
            )
    finally:
        setup.remove_container(container, force=True)
        setup.close()
    return {
        "attach_ms": attach_seconds * 1000,
        "median_ms": statistics.median(latencies) * 1000,
        "p95_ms": statistics.quantiles(latencies, n=20)[-1] * 1000,
    }


def _round_trips(
    send: Callable[[bytes], Any], recv: Callable[[int], bytes], count: int
) -> list[float]:
    latencies = []
    for _ in range(count):
        started = time.perf_counter()
        send(_ECHO)
        received = b""
        while len(received) < len(_ECHO_FRAME):
            chunk = recv(4096)
            if not chunk:
                raise RuntimeError("the container closed the connection")
            received += chunk
        latencies.append(time.perf_counter() - started)
        assert received == _ECHO_FRAME, received
    return latencies


async def _async_round_trips(
    send: Callable[[bytes], Awaitable[Any]],
    recv: Callable[[int], Awaitable[bytes]],
    expected: bytes,
    count: int,
) -> list[float]:
    """The asyncio twin of `_round_trips` (`expected`: what comes back for each line)."""
    latencies = []
    for _ in range(count):
        started = time.perf_counter()
        await send(_ECHO)
        received = b""
        while len(received) < len(expected):
            chunk = await recv(4096)
            if not chunk:
                raise RuntimeError("the container closed the connection")
            received += chunk
        latencies.append(time.perf_counter() - started)
        assert received == expected, received
    return latencies


async def _async_attach(
    host: str, container: str, params: dict[str, int], setup: Any, count: int
) -> tuple[float, list[float]]:
    aclient = _clients()[1](host)
    await aclient.negotiate_version()
    started = time.perf_counter()
    sock = await aclient.attach_socket(container, params)
    attach_seconds = time.perf_counter() - started
    setup.start(container)
    latencies = await _async_round_trips(sock.sendall, sock.recv, _ECHO_FRAME, count)
    await sock.aclose()
    await aclient.close()
    return attach_seconds, latencies


async def _aiodocker_attach(
    host: str, container: str, setup: Any, count: int
) -> tuple[float, list[float]]:
    import aiodocker

    docker = aiodocker.Docker(url=host)
    await docker.version()
    handle = await docker.containers.get(container)
    started = time.perf_counter()
    stream = handle.attach(stdin=True, stdout=True)
    await stream._init()  # what its first read or write would do: the attach call
    attach_seconds = time.perf_counter() - started
    setup.start(container)

    async def read_out(_size: int) -> bytes:  # aiodocker hands out decoded frames
        message = await stream.read_out()
        return b"" if message is None else bytes(message.data)

    latencies = await _async_round_trips(stream.write_in, read_out, _ECHO, count)
    await stream.close()
    await docker.close()
    return attach_seconds, latencies


# -- driver -----------------------------------------------------------------------------------------


def _child(arguments: list[str], host: str) -> dict[str, Any]:
    return run_child(__file__, arguments, host)


def _best(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The fastest run, with the least client CPU and the most RSS growth of all runs."""
    fastest = min(runs, key=lambda run: run["seconds"])
    return {
        **fastest,
        "client_cpu": min(run["client_cpu"] for run in runs),
        "rss_growth": max(run["rss_growth"] for run in runs),
    }


def _prepare(host: str, mb: int) -> tuple[Any, str, str]:
    import docker

    setup = docker.APIClient(base_url=host, timeout=600)
    half = mb * MB // 2
    lines = "yes $(head -c 1000 /dev/zero | tr '\\0' x)"
    script = f"{lines} | head -c {half}; {lines} | head -c {half} >&2"
    logs = setup.create_container(IMAGE, ["sh", "-c", script], host_config={"NetworkMode": "none"})[
        "Id"
    ]
    archive = setup.create_container(
        IMAGE,
        ["sh", "-c", f"head -c {mb * MB} /dev/urandom > /big"],
        host_config={"NetworkMode": "none"},
    )["Id"]
    for container in (logs, archive):
        setup.start(container)
        assert setup.wait(container)["StatusCode"] == 0
    return setup, logs, archive


LIBRARIES = ("dockerapi", "dockerapi-async", "docker-py")
#: the transfers also on a bare socket (what reading the socket alone reaches)
TRANSFER_LIBRARIES = (*LIBRARIES, "raw socket")
#: attach also against aiodocker (the async reference)
ATTACH_LIBRARIES = (*LIBRARIES, "aiodocker")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default=DEFAULT_HOST)
    parser.add_argument("--mb", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--round-trips", type=int, default=300)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    options = parser.parse_args()

    if options.child:
        kind, library, *rest = options.child
        if kind == "transfer":
            case, container = rest
            print(json.dumps(_transfer_case(library, case, options.host, container)))
        else:
            print(json.dumps(_attach_case(library, options.host, int(rest[0]))))
        return

    setup, logs_container, archive_container = _prepare(options.host, options.mb)
    try:
        print(f"engine {options.host}, {options.mb} MB per transfer, best of {options.repeat}")
        transfers = {
            "logs-demux": logs_container,
            "logs-stream": logs_container,
            "logs-bytes": logs_container,
            "archive": archive_container,
        }
        # the repeats interleave the libraries, so that a slow spell of the machine (or
        # the daemon) does not fall on one library's runs only
        runs: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for case, container in transfers.items():
            for _ in range(options.repeat):
                for library in TRANSFER_LIBRARIES:
                    run = _child(["transfer", library, case, container], options.host)
                    runs.setdefault((case, library), []).append(run)
        results = {key: _best(value) for key, value in runs.items()}
        print(
            f"{'case':<13} {'library':<16} {'MB/s':>8} {'client CPU s':>13} "
            f"{'daemon CPU s':>13} {'peak RSS +MB':>13}"
        )
        for (case, library), best in results.items():
            rate = best["bytes"] / MB / best["seconds"]
            print(
                f"{case:<13} {library:<16} {rate:>8.1f} {best['client_cpu']:>13.2f} "
                f"{best['daemon_cpu']:>13.2f} {best['rss_growth'] / MB:>13.1f}"
            )
        print()
        print(f"{'ratio vs docker-py':<30} {'throughput':>10} {'client CPU':>11} {'peak RSS':>9}")
        for case in transfers:
            reference = results[case, "docker-py"]
            reference_rate = reference["bytes"] / reference["seconds"]
            for library in (*LIBRARIES[:2], "raw socket"):
                ours = results[case, library]
                throughput = (ours["bytes"] / ours["seconds"]) / reference_rate
                cpu = ours["client_cpu"] / reference["client_cpu"]
                rss = (ours["rss_growth"] + MB) / (reference["rss_growth"] + MB)
                print(f"{case + ' ' + library:<30} {throughput:>9.2f}x {cpu:>10.2f}x {rss:>8.2f}x")
        print()
        print(f"{'attach round trip':<16} {'attach ms':>10} {'median ms':>10} {'p95 ms':>8}")
        attach: dict[str, dict[str, Any]] = {}
        for library in ATTACH_LIBRARIES:
            attach[library] = _child(["attach", library, str(options.round_trips)], options.host)
            row = attach[library]
            print(
                f"{library:<16} {row['attach_ms']:>10.2f} {row['median_ms']:>10.3f} {row['p95_ms']:>8.3f}"
            )
        for library in LIBRARIES[:2]:
            ratio = attach[library]["median_ms"] / attach["docker-py"]["median_ms"]
            print(f"median round trip {library} / docker-py: {ratio:.2f}x")
        ratio = attach["dockerapi-async"]["median_ms"] / attach["aiodocker"]["median_ms"]
        print(f"median round trip dockerapi-async / aiodocker: {ratio:.2f}x")
    finally:
        for container in (logs_container, archive_container):
            setup.remove_container(container, force=True)
        setup.close()


if __name__ == "__main__":
    main()
