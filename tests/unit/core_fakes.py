"""Fakes shared by the core's unit tests: a small version table and mock daemons."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from typing import Any

import httpx

OLDEST = "1.25"
NEWEST = "1.55"

# (operation, kind, name) -> (since, removed)
_ENTRIES: dict[tuple[str, str, str], tuple[str | None, str | None]] = {
    ("ContainerCreate", "op", ""): ("1.25", None),
    ("ContainerCreate", "query", "name"): ("1.25", None),
    ("ContainerCreate", "query", "platform"): ("1.41", None),
    ("ContainerCreate", "body", "Image"): ("1.25", None),
    ("ContainerCreate", "body", "HostConfig"): ("1.25", None),
    ("ContainerCreate", "body", "HostConfig.Memory"): ("1.25", None),
    ("ContainerCreate", "body", "HostConfig.Annotations"): ("1.43", None),
    ("ContainerCreate", "body", "HostConfig.KernelMemory"): ("1.25", "1.42"),
    ("ContainerCreate", "body", "HostConfig.Mounts"): ("1.30", None),
    ("ContainerCreate", "body", "HostConfig.Mounts.Type"): ("1.30", None),
    ("ContainerCreate", "body", "HostConfig.Mounts.ImageOptions"): ("1.48", None),
    ("ContainerCreate", "body", "HostConfig.PortBindings"): ("1.25", None),
    ("ContainerCreate", "body", "HostConfig.PortBindings.*.HostIp"): ("1.25", None),
    ("ContainerCreate", "body", "HostConfig.PortBindings.*.HostNew"): ("1.50", None),
    ("ContainerStop", "op", ""): ("1.25", None),
    ("ContainerStop", "query", "signal"): ("1.42", None),
    ("ContainerStop", "query", "t"): ("1.25", None),
    ("ImagePush", "op", ""): ("1.25", None),
    ("ImagePush", "header", "X-Registry-Auth"): ("1.25", None),
    ("ImagePush", "header", "X-Fancy"): ("1.45", None),
    ("ImageOld", "op", ""): ("1.25", "1.40"),
    ("ImageOld", "query", "legacy"): ("1.25", "1.38"),
    ("VolumesUpdate", "op", ""): ("1.42", None),
}


class FakeVersionTable:
    """Looks like `docker_engine_api._versions` to the gate; counts lookups."""

    OLDEST = OLDEST
    NEWEST = NEWEST

    def __init__(self) -> None:
        self.lookups = 0

    def _get(
        self, operation: str, query: str | None, header: str | None, body: str | None
    ) -> tuple[str | None, str | None]:
        self.lookups += 1
        if query is not None:
            key = (operation, "query", query)
        elif header is not None:
            key = (operation, "header", header)
        elif body is not None:
            key = (operation, "body", body)
        else:
            key = (operation, "op", "")
        return _ENTRIES.get(key, (None, None))

    def since(
        self,
        operation: str,
        *,
        query: str | None = None,
        header: str | None = None,
        body: str | None = None,
    ) -> str | None:
        return self._get(operation, query, header, body)[0]

    def removed(
        self,
        operation: str,
        *,
        query: str | None = None,
        header: str | None = None,
        body: str | None = None,
    ) -> str | None:
        return self._get(operation, query, header, body)[1]

    def body_fields(self, operation: str) -> Iterable[str]:
        return [name for (op, kind, name) in _ENTRIES if op == operation and kind == "body"]


class TrackedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that records whether it was closed and how much was read."""

    def __init__(self, chunks: list[bytes], *, delay: float = 0.0) -> None:
        self.chunks = chunks
        self.delay = delay
        self.closed = False
        self.sent = 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            if self.closed:
                return
            if self.delay:
                time.sleep(self.delay)
            self.sent += 1
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            if self.closed:
                return
            if self.delay:
                await asyncio.sleep(self.delay)
            self.sent += 1
            yield chunk

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


Handler = Callable[[httpx.Request], httpx.Response]


def as_received(request: httpx.Request) -> httpx.Request:
    """`request` as a daemon received it: the client blanks credential headers of a
    request once it is sent (the redaction rule, `_redact`), and a mock transport is
    handed that very object, so what it records keeps a copy of the headers."""
    # copy.copy would go through httpx's pickling state, which leaves out extensions
    received = object.__new__(httpx.Request)
    received.__dict__.update(vars(request), headers=request.headers.copy())
    return received


class FakeDaemon:
    """A tiny Engine: routes by path (without the version prefix), records requests.

    Works as a sync and as an async MockTransport handler.
    """

    def __init__(self, api_version: str = "1.41", *, min_version: str = "1.12") -> None:
        self.api_version = api_version
        self.min_version = min_version
        self.requests: list[httpx.Request] = []
        self.routes: dict[tuple[str, str], Handler] = {}
        self.version_delay = 0.0
        self._lock = threading.Lock()

    def route(self, method: str, path: str) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self.routes[(method, path)] = handler
            return handler

        return register

    def version_calls(self) -> int:
        return sum(1 for r in self.requests if r.url.path == "/version")

    def paths(self) -> list[str]:
        return [r.url.path for r in self.requests]

    def handle(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            index = len(self.requests)
            self.requests.append(request)
        try:
            return self._answer(request)
        finally:
            # after the handler, which may have read the body into the request
            with self._lock:
                self.requests[index] = as_received(request)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/version":
            if self.version_delay:
                time.sleep(self.version_delay)
            return httpx.Response(
                200,
                json={
                    "ApiVersion": self.api_version,
                    "MinAPIVersion": self.min_version,
                    "Version": "fake",
                },
            )
        unversioned = path
        if path.startswith("/v"):
            unversioned = "/" + path.split("/", 2)[2]
        handler = self.routes.get((request.method, unversioned))
        if handler is None:
            return httpx.Response(404, json={"message": f"page not found: {unversioned}"})
        return handler(request)

    async def ahandle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/version" and self.version_delay:
            await asyncio.sleep(self.version_delay)
            delay, self.version_delay = self.version_delay, 0.0
            try:
                return self.handle(request)
            finally:
                self.version_delay = delay
        return self.handle(request)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def async_transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.ahandle)


def json_lines(*items: Any) -> list[bytes]:
    return [json.dumps(item).encode() + b"\n" for item in items]


def frame(stream_id: int, payload: bytes) -> bytes:
    return bytes([stream_id, 0, 0, 0]) + len(payload).to_bytes(4, "big") + payload
