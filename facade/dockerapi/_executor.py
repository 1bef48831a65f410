"""Executors: the only code that sends. One sync (httpx.Client), one async
(httpx.AsyncClient), sharing everything that is not I/O.

For each `Request` a plan yields, an executor: resolves the API version (lazy
negotiation on first use), gates the request against the version table,
prefixes `/v{version}`, sends it, maps a daemon error status to the typed
exception (`errors.error_from_response`) and a transport failure to
`DockerConnectionError` / `DockerTimeoutError`, and reads the answer as the
request's `expect` says. Streamed and upgraded responses are returned unread;
`finish` wraps a plan's stream or socket description for the caller.
"""

from __future__ import annotations

import io
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any, cast

import httpx

from ._gating import Gate
from ._negotiation import AsyncNegotiator, SyncNegotiator
from ._plan import CurrentVersion, Drain, SocketOf, StreamOf
from ._request import DefaultTimeout, Request, Response
from ._sockets import AsyncHijackedSocket, HijackedSocket
from ._streams import AsyncStream, Stream, TransportErrorMapper
from .errors import error_from_response

__all__ = ["AsyncExecutor", "ClientSettings", "SyncExecutor"]

_STREAMED = frozenset({"stream", "upgrade"})
_FILE_CHUNK = 64 * 1024


@dataclass(slots=True)
class ClientSettings:
    """Per-client settings read on every call (so `client.timeout = 5` takes effect)."""

    timeout: float | None


def _file_chunks(file: IO[bytes]) -> Iterator[bytes]:
    while chunk := file.read(_FILE_CHUNK):
        yield chunk


async def _async_chunks(source: Iterable[bytes]) -> AsyncIterator[bytes]:
    for chunk in source:
        yield chunk


def _is_file(content: object) -> bool:
    return isinstance(content, io.IOBase) or (
        hasattr(content, "read") and not isinstance(content, bytes | bytearray | memoryview)
    )


def _headers(request: Request) -> Any:
    if request.expect == "upgrade":
        # Ask the daemon to hijack the connection (tcp for attach and exec, h2c for the
        # session). After gating: these are transport, not API, headers.
        return {**request.headers, "Connection": "Upgrade", "Upgrade": request.upgrade}
    return request.headers or None


class _ExecutorBase:
    """What both executors share: everything but the sending."""

    def __init__(
        self,
        *,
        base_url: str,
        settings: ClientSettings,
        gate: Gate,
        map_transport_error: TransportErrorMapper,
    ) -> None:
        self._base_url = base_url.rstrip("/")
        self._settings = settings
        self.gate = gate
        self.map_transport_error = map_transport_error
        # (version, "<base>/v1.41"), rebuilt only when the version changes; one
        # tuple so that threads never see a prefix of another version.
        self._prefix: tuple[str, str] = ("", self._base_url)

    def _url(self, request: Request, version: str | None) -> str:
        if version is None:
            return self._base_url + request.path
        cached_version, prefix = self._prefix
        if version != cached_version:
            prefix = f"{self._base_url}/v{version}"
            self._prefix = (version, prefix)
        return prefix + request.path

    @property
    def settings(self) -> ClientSettings:
        return self._settings

    def _timeout(self, request: Request) -> float | httpx.Timeout | None:
        timeout = request.timeout
        if isinstance(timeout, DefaultTimeout):
            return self._settings.timeout
        return timeout

    def _raise_for_status(self, http: httpx.Response, content: bytes) -> None:
        request = http.request
        raise error_from_response(
            http.status_code,
            content,
            method=request.method,
            url=str(request.url),
            response=http,
        )

    _stream: type[Stream[Any]] | type[AsyncStream[Any]]
    _socket: type[HijackedSocket] | type[AsyncHijackedSocket]

    def finish(self, result: Any) -> Any:
        """The caller's view of a plan's result: stream and socket descriptions
        become this executor's stream and socket objects (also inside a tuple)."""
        if isinstance(result, tuple):
            items = [self.finish(item) for item in result]
            # A named tuple (`ExecResult`) keeps its type; `_make` is how it is rebuilt.
            return result._make(items) if hasattr(result, "_make") else tuple(items)
        if isinstance(result, StreamOf):
            return self._stream(
                result.response.http,
                result.decoder(),
                result.transform,
                map_error=self.map_transport_error,
                chunk_size=result.response.chunk_size,
            )
        if isinstance(result, SocketOf):
            return self._socket(result.response.http, map_error=self.map_transport_error)
        return result


class SyncExecutor(_ExecutorBase):
    """Sends requests with a blocking httpx.Client."""

    def __init__(
        self,
        http: httpx.Client,
        negotiator: SyncNegotiator,
        *,
        base_url: str,
        settings: ClientSettings,
        gate: Gate,
        map_transport_error: TransportErrorMapper,
    ) -> None:
        super().__init__(
            base_url=base_url,
            settings=settings,
            gate=gate,
            map_transport_error=map_transport_error,
        )
        self.http = http
        self.negotiator = negotiator

    # -- instructions -----------------------------------------------------

    def execute(self, instruction: Any) -> Any:
        if isinstance(instruction, Request):
            return self.send(instruction)
        if isinstance(instruction, CurrentVersion):
            return self.version()
        if isinstance(instruction, Drain):
            return list(self.finish(instruction.stream))
        raise TypeError(f"a plan yielded {instruction!r}, which is not an instruction")

    def version(self) -> str:
        """The API version in use, negotiating it on first use."""
        current = self.negotiator.current
        if current is not None:
            return current
        return self.negotiator.resolve(self._ask_daemon_version)

    def _ask_daemon_version(self) -> Any:
        return self.send(Request("GET", "/version", versioned=False)).json()

    def send(self, request: Request) -> Response:
        version: str | None = None
        if request.versioned:
            version = self.negotiator.current or self.version()
            if request.operation is not None:
                request = self.gate.check(request, version, pinned=self.negotiator.pinned)
        content = request.content
        if content is not None and not isinstance(content, bytes):
            if isinstance(content, AsyncIterable):
                raise TypeError("an async body cannot be sent with the sync client")
            if _is_file(content):
                content = _file_chunks(cast(IO[bytes], content))
        http_request = self.http.build_request(
            request.method,
            self._url(request, version),
            params=request.params or None,
            headers=_headers(request),
            content=content,
            json=request.json if request.has_json else None,
            timeout=self._timeout(request),
        )
        streamed = request.expect in _STREAMED
        try:
            http = self.http.send(http_request, stream=streamed)
        except httpx.TransportError as error:
            raise self.map_transport_error(error) from error
        if http.status_code >= 400:
            try:
                body = http.read() if streamed else http.content
            except httpx.TransportError as error:
                raise self.map_transport_error(error) from error
            finally:
                http.close()
            self._raise_for_status(http, body)
        return Response(http, request.expect, request.chunk_size)

    # -- results ----------------------------------------------------------

    def discard(self, response: Response) -> None:
        response.http.close()

    _stream = Stream
    _socket = HijackedSocket


class AsyncExecutor(_ExecutorBase):
    """Sends requests with an httpx.AsyncClient."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        negotiator: AsyncNegotiator,
        *,
        base_url: str,
        settings: ClientSettings,
        gate: Gate,
        map_transport_error: TransportErrorMapper,
    ) -> None:
        super().__init__(
            base_url=base_url,
            settings=settings,
            gate=gate,
            map_transport_error=map_transport_error,
        )
        self.http = http
        self.negotiator = negotiator

    async def execute(self, instruction: Any) -> Any:
        if isinstance(instruction, Request):
            return await self.send(instruction)
        if isinstance(instruction, CurrentVersion):
            return await self.version()
        if isinstance(instruction, Drain):
            stream: AsyncStream[Any] = self.finish(instruction.stream)
            return [item async for item in stream]
        raise TypeError(f"a plan yielded {instruction!r}, which is not an instruction")

    async def version(self) -> str:
        current = self.negotiator.current
        if current is not None:
            return current
        return await self.negotiator.resolve(self._ask_daemon_version)

    async def _ask_daemon_version(self) -> Any:
        return (await self.send(Request("GET", "/version", versioned=False))).json()

    async def send(self, request: Request) -> Response:
        version: str | None = None
        if request.versioned:
            version = self.negotiator.current or await self.version()
            if request.operation is not None:
                request = self.gate.check(request, version, pinned=self.negotiator.pinned)
        content = request.content
        if content is not None and not isinstance(content, bytes | AsyncIterable):
            # httpx.AsyncClient streams only async iterables: adapt files and
            # plain iterables (a local file read is brief).
            source = _file_chunks(cast(IO[bytes], content)) if _is_file(content) else content
            content = _async_chunks(source)
        http_request = self.http.build_request(
            request.method,
            self._url(request, version),
            params=request.params or None,
            headers=_headers(request),
            content=content,
            json=request.json if request.has_json else None,
            timeout=self._timeout(request),
        )
        streamed = request.expect in _STREAMED
        try:
            http = await self.http.send(http_request, stream=streamed)
        except httpx.TransportError as error:
            raise self.map_transport_error(error) from error
        if http.status_code >= 400:
            try:
                body = await http.aread() if streamed else http.content
            except httpx.TransportError as error:
                raise self.map_transport_error(error) from error
            finally:
                await http.aclose()
            self._raise_for_status(http, body)
        return Response(http, request.expect, request.chunk_size)

    async def discard(self, response: Response) -> None:
        await response.http.aclose()

    _stream = AsyncStream
    _socket = AsyncHijackedSocket
