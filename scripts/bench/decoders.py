"""Throughput of the sans-IO stream decoders, and of docker-py's equivalents in the same run.

Usage: .venv/bin/python scripts/bench/decoders.py [--mb 100] [--chunk 65536]

Inputs are built in memory, then fed in ``--chunk``-sized pieces (httpx hands out
network reads of about that size). "socket" rows read the same bytes through a
socketpair fed by a thread, which is how docker-py's frame reader must be driven
(it polls a real socket); both sides pay the same I/O there.
"""

from __future__ import annotations

import argparse
import json
import socket
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from dockerapi._decoders import (
    STDERR,
    STDOUT,
    DemuxedOutput,
    FrameDecoder,
    JSONLinesDecoder,
    RawDecoder,
    RawJSONLinesDecoder,
    Utf8Decoder,
    encode_frame,
)

MB = 1024 * 1024


def chunks_of(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


def log_frames(total: int, line: int) -> bytes:
    """Multiplexed log output: alternating stdout/stderr frames of ``line`` bytes."""
    out = encode_frame(STDOUT, b"o" * (line - 1) + b"\n")
    err = encode_frame(STDERR, b"e" * (line - 1) + b"\n")
    pair = out + err
    return pair * max(1, total // len(pair))


def pull_progress(total: int) -> bytes:
    line = (
        json.dumps(
            {
                "status": "Downloading",
                "progressDetail": {"current": 1234567, "total": 7654321},
                "progress": "[=====>          ] 1.235MB/7.654MB",
                "id": "a1b2c3d4e5f6",
            },
            separators=(",", ":"),
        ).encode()
        + b"\r\n"
    )
    return line * max(1, total // len(line))


def timed(label: str, size: int, run: Callable[[], Any], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    rate = size / MB / best
    print(f"  {label:<54} {rate:9.1f} MB/s  ({best * 1000:7.1f} ms)")
    return rate


def feed_all(make: Callable[[], Any], chunks: Iterable[bytes]) -> int:
    decoder = make()
    count = 0
    for chunk in chunks:
        count += len(decoder.feed(chunk))
    count += len(decoder.flush())
    return count


def demux_all(chunks: list[bytes]) -> tuple[bytes | None, bytes | None]:
    """What ``attach(demux=True)`` / ``exec_start(demux=True)`` do with the whole output."""
    decoder = FrameDecoder()
    output = DemuxedOutput()
    for chunk in chunks:
        for stream_id, payload in decoder.feed(chunk):
            output.add(stream_id, payload)
    for stream_id, payload in decoder.flush():
        output.add(stream_id, payload)
    return output.value()


def socket_chunks(data: bytes, read_size: int) -> Iterator[bytes]:
    reader, thread = socket_pair_for(data)
    try:
        while chunk := reader.recv(read_size):
            yield chunk
    finally:
        thread.join()
        reader.close()


def _write_and_close(writer: socket.socket, data: bytes) -> None:
    with writer:
        writer.sendall(data)


def socket_pair_for(data: bytes) -> tuple[socket.socket, threading.Thread]:
    """A socket to read ``data`` from, written by a thread (join it when done)."""
    reader, writer = socket.socketpair()
    thread = threading.Thread(target=_write_and_close, args=(writer, data))
    thread.start()
    return reader, thread


def bench_frames(size: int, chunk: int, line: int) -> None:
    data = log_frames(size, line)
    chunks = chunks_of(data, chunk)
    print(f"multiplexed frames, {line}-byte frames, {len(data) / MB:.0f} MB:")
    timed("dockerapi FrameDecoder (in memory)", len(data), lambda: feed_all(FrameDecoder, chunks))
    timed(
        "dockerapi FrameDecoder + DemuxedOutput (in memory)", len(data), lambda: demux_all(chunks)
    )
    timed(
        "dockerapi FrameDecoder (socket)",
        len(data),
        lambda: feed_all(FrameDecoder, socket_chunks(data, chunk)),
        repeat=2,
    )
    try:
        from docker.utils import socket as docker_socket
    except ImportError:
        return

    def docker_py_frames() -> int:
        reader, thread = socket_pair_for(data)
        try:
            return sum(1 for _ in docker_socket.frames_iter(reader, tty=False))
        finally:
            thread.join()
            reader.close()

    timed("docker-py frames_iter (socket)", len(data), docker_py_frames, repeat=2)


def bench_json(size: int, chunk: int) -> None:
    data = pull_progress(size)
    chunks = chunks_of(data, chunk)
    print(f"JSON lines (pull progress), {len(data) / MB:.0f} MB:")
    timed("dockerapi JSONLinesDecoder", len(data), lambda: feed_all(JSONLinesDecoder, chunks))
    timed(
        "dockerapi JSONLinesDecoder(raise_on_error=True)",
        len(data),
        lambda: feed_all(lambda: JSONLinesDecoder(raise_on_error=True), chunks),
    )
    timed("dockerapi RawJSONLinesDecoder", len(data), lambda: feed_all(RawJSONLinesDecoder, chunks))
    try:
        from docker.utils.json_stream import json_stream
    except ImportError:
        return
    timed("docker-py json_stream", len(data), lambda: sum(1 for _ in json_stream(iter(chunks))))


def bench_raw_and_text(size: int, chunk: int) -> None:
    data = ("log line with ünïcödé € and 😀 " * 64 + "\n").encode() * max(1, size // 2560)
    chunks = chunks_of(data, chunk)
    print(f"raw bytes and text, {len(data) / MB:.0f} MB:")
    timed("RawDecoder() passthrough", len(data), lambda: feed_all(RawDecoder, chunks))
    timed(
        "RawDecoder(2 MiB chunks)",
        len(data),
        lambda: feed_all(lambda: RawDecoder(2 * MB), chunks),
    )
    timed("Utf8Decoder", len(data), lambda: feed_all(Utf8Decoder, chunks))


def bench_memory(chunk: int) -> None:
    """Peak memory while decoding one 64 MiB frame: bounded by max_chunk, not the frame."""
    payload = b"x" * (64 * MB)
    data = encode_frame(STDOUT, payload)
    chunks = chunks_of(data, chunk)
    del payload
    tracemalloc.start()
    decoder = FrameDecoder(max_chunk=MB)
    for piece in chunks:
        decoder.feed(piece)  # items dropped at once, as a streaming consumer would
    decoder.flush()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak memory decoding one 64 MiB frame (max_chunk 1 MiB): {peak / MB:.1f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=100, help="input size per benchmark")
    parser.add_argument("--chunk", type=int, default=65536, help="feed size in bytes")
    args = parser.parse_args()
    size = args.mb * MB
    for line in (100, 32 * 1024):
        bench_frames(size, args.chunk, line)
    bench_json(size, args.chunk)
    bench_raw_and_text(size, args.chunk)
    bench_memory(args.chunk)


if __name__ == "__main__":
    main()
