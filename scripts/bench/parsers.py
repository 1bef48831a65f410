"""HTTP/1.1 response parsers: httptools (the transport's choice) vs h11 (httpx's default).

Parses, in this process with no I/O, what the daemon sends: the answer to a ping (a head
of ten headers and a two-byte body) and a chunked log body of 10 000 lines, one chunk
per line as the daemon writes it. Prints microseconds per response, best of
``--rounds``, and h11/httptools ratios.

    .venv/bin/python scripts/bench/parsers.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import h11
from dockerapi._http1 import ResponseReader

__all__ = ["main"]

PING = (
    b"HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nCache-Control: no-cache, no-store, must-revalidate"
    b"\r\nContent-Length: 2\r\nContent-Type: text/plain; charset=utf-8\r\n"
    b"Docker-Experimental: false\r\nOstype: linux\r\nPragma: no-cache\r\n"
    b"Server: Docker/20.10.24 (linux)\r\nDate: Sun, 29 Nov 2026 12:00:00 GMT\r\n\r\nOK"
)
_LINE = b"x" * 80 + b"\n"
LOGS = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.raw-stream\r\n"
    b"Transfer-Encoding: chunked\r\n\r\n"
    + b"".join(b"%x\r\n%s\r\n" % (len(_LINE), _LINE) for _ in range(10_000))
    + b"0\r\n\r\n"
)


def with_h11(data: bytes) -> bytes:
    connection = h11.Connection(h11.CLIENT)
    connection.send(h11.Request(method="GET", target="/", headers=[("Host", "docker")]))
    connection.send(h11.EndOfMessage())
    connection.receive_data(data)
    body = []
    while True:
        event = connection.next_event()
        if isinstance(event, h11.Data):
            body.append(bytes(event.data))
        elif isinstance(event, h11.EndOfMessage):
            return b"".join(body)
        elif event is h11.NEED_DATA:
            raise RuntimeError("incomplete response")


def with_httptools(data: bytes) -> bytes:
    reader = ResponseReader("GET")
    reader.feed(data)
    if not reader.complete:
        raise RuntimeError("incomplete response")
    return reader.take()


def _best(parse: Callable[[bytes], bytes], data: bytes, count: int, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for _ in range(count):
            parse(data)
        best = min(best, (time.perf_counter() - started) / count)
    return best * 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    print(f"{'response':<22}{'h11 µs':>12}{'httptools µs':>16}{'ratio':>9}")
    for label, data, count in (("ping", PING, 20_000), ("chunked 10k lines", LOGS, 20)):
        assert with_h11(data) == with_httptools(data)
        slow = _best(with_h11, data, count, args.rounds)
        fast = _best(with_httptools, data, count, args.rounds)
        print(f"{label:<22}{slow:>12.1f}{fast:>16.1f}{slow / fast:>8.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
