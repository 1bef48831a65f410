"""Executors: the only code that sends. One sync (httpx.Client), one async
(httpx.AsyncClient), sharing everything that is not I/O.

For each `Request` a plan yields, an executor: resolves the API version (lazy
negotiation on first use), gates the request against the version table,
prefixes `/v{version}`, checks the call's timeout, sends it, and turns the
answer into a result or a typed error. This is the one place where that
happens, for the docker-py methods and `client.engine` alike:

- an error status (4xx, 5xx) and a redirect (3xx but 304, which the daemon
  uses for "already started/stopped") become `errors.error_from_response`'s
  typed exception; only `Limits.error_body` bytes of the body are read;
- a body read whole is bounded by `Limits.body` (`InvalidResponse` past it);
  not-JSON and wrong shapes become `InvalidResponse` (`Response.json`, and the
  plan drivers in `_plan`);
- transport failures become `DockerConnectionError` / `DockerTimeoutError`; a
  request httpx refuses to build or h11 to write (an oversized URL, a line break
  in a header) becomes `InvalidArgument`, before anything is sent;
- a call whose answer is read whole runs under a deadline (`_timeouts`);
- once sent, the request's credential headers are blanked (`_redact`), so what
  an exception or a stream keeps of it holds no secret.

Streamed and upgraded responses are returned unread; `finish` wraps a plan's
stream or socket description for the caller. `close()` (from any thread) ends
the streams handed out, cuts the connections in use and closes the pool; later
calls raise `DockerException("client closed ...")`.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import io
import logging
import threading
import weakref
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Iterator,
)
from dataclasses import dataclass, field
from typing import IO, Any, cast

import httpx

from ._gating import Gate
from ._http1 import READ_WHOLE
from ._http_transport import WholeAnswer
from ._limits import DEFAULT_LIMITS, Limits, using_limits
from ._negotiation import AsyncNegotiator, SyncNegotiator
from ._plan import Blocking, CurrentVersion, Drain, SocketOf, StreamOf
from ._redact import redact_url, scrub_headers
from ._request import DefaultTimeout, Request, Response, invalid_response
from ._sockets import AsyncHijackedSocket, HijackedSocket
from ._streams import AsyncStream, Stream, TransportErrorMapper
from ._timeouts import check_httpx_timeout, check_timeout, end_deadline, start_deadline
from ._transport import ConnectionRegistry
from .errors import DockerException, InvalidArgument, InvalidResponse, error_from_response

__all__ = ["AsyncExecutor", "ClientSettings", "SyncExecutor"]

_STREAMED = frozenset({"stream", "upgrade"})
_FILE_CHUNK = 64 * 1024
#: How many parsed URLs an executor keeps (see `_build`).
_PARSED_URLS = 512
#: "Not modified": the daemon's answer to starting a started container (or stopping a
#: stopped one); the only 3xx that is not a redirect.
_NOT_MODIFIED = 304
_CLOSED = "client closed: this client's close() was called; make a new client"
#: httpx's own logger: requests are sent through the transport, past httpx.Client, and
#: logged there the way httpx.Client logs them (the URL redacted by _transport's filter).
_HTTPX_LOG = logging.getLogger("httpx")


@dataclass(slots=True)
class ClientSettings:
    """Per-client settings read on every call (so `client.timeout = 5` takes effect)."""

    timeout: float | None
    limits: Limits = field(default=DEFAULT_LIMITS)


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


@functools.lru_cache(maxsize=64)
def _timeout_limits(timeout: float | None) -> tuple[tuple[str, float | None], ...]:
    """httpx's timeout extension for one number of seconds, made once per value (calls
    mostly use the client's one timeout)."""
    return tuple(httpx.Timeout(timeout).as_dict().items())


#: The body of every request without one (immutable: shared).
_NO_BODY = httpx.ByteStream(b"")
#: Methods httpx sends `Content-Length: 0` for when they have no body.
_SAYS_EMPTY = frozenset({"POST", "PUT", "PATCH"})


def _without_body(
    method: str, url: httpx.URL, headers: httpx.Headers, extensions: dict[str, Any]
) -> httpx.Request:
    """`httpx.Request(method, url, headers=headers)` for a request without a body, the
    same request to the byte (Host first; `Content-Length: 0` for POST, PUT and PATCH),
    built through httpx's `stream=`: its content encoding cost most of a request's
    construction, and most calls have no body."""
    method = method.upper()
    auto: list[tuple[bytes, bytes]] = []
    if url.host and "host" not in headers:
        auto.append((b"Host", url.netloc))
    if method in _SAYS_EMPTY and not (
        "content-length" in headers or "transfer-encoding" in headers
    ):
        auto.append((b"Content-Length", b"0"))
    sent = httpx.Request(
        method,
        url,
        headers=auto + headers.raw if auto else headers,
        stream=_NO_BODY,
        extensions=extensions,
    )
    sent.read()  # what httpx does for a body in memory: `.content` is b""
    return sent


def _headers(request: Request) -> Any:
    if request.expect == "upgrade":
        # Ask the daemon to hijack the connection (tcp for attach and exec, h2c for the
        # session). After gating: these are transport, not API, headers.
        return {**request.headers, "Connection": "Upgrade", "Upgrade": request.upgrade}
    return request.headers or None


def _is_error_status(status: int) -> bool:
    return status >= 300 and status != _NOT_MODIFIED


def _taken(chunks: list[bytes], limit: int) -> tuple[bytes, bool]:
    """The bytes read, cut to `limit`, and whether there was more."""
    body = b"".join(chunks)
    return (body[:limit], True) if len(body) > limit else (body, False)


def _declared_within(http: httpx.Response, limit: int) -> bool:
    """Whether the answer says it has at most `limit` bytes (h11 holds the daemon to
    its Content-Length, so httpx's own read is then bounded too)."""
    length = http.headers.get("content-length")
    return length is not None and length.isdigit() and int(length) <= limit


def _read_sync(http: httpx.Response, limit: int) -> tuple[bytes, bool]:
    """At most `limit` bytes of the body, and whether it was longer (rest left unread)."""
    if _declared_within(http, limit):
        return http.read(), False
    chunks: list[bytes] = []
    size = 0
    for chunk in http.iter_bytes():
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            break
    return _taken(chunks, limit)


async def _read_async(http: httpx.Response, limit: int) -> tuple[bytes, bool]:
    """The asyncio twin of `_read_sync`."""
    if _declared_within(http, limit):
        return await http.aread(), False
    chunks: list[bytes] = []
    size = 0
    async for chunk in http.aiter_bytes():
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            break
    return _taken(chunks, limit)


def _received(sent: httpx.Request, http: httpx.Response) -> httpx.Response:
    """What httpx.Client does with a transport's answer that matters here: tie it to
    its request, and log the exchange on httpx's logger."""
    http.request = sent
    if _HTTPX_LOG.isEnabledFor(logging.INFO):
        _log_exchange(sent, http.http_version, http.status_code, http.reason_phrase)
    return http


def _received_whole(sent: httpx.Request, answer: WholeAnswer) -> WholeAnswer:
    """`_received` for an answer read whole by the project's transport."""
    if _HTTPX_LOG.isEnabledFor(logging.INFO):
        status = answer.status_code
        _log_exchange(sent, "HTTP/1.1", status, httpx.codes.get_reason_phrase(status))
    return answer


def _log_exchange(sent: httpx.Request, version: str, status: int, reason: str) -> None:
    _HTTPX_LOG.info(
        'HTTP Request: %s %s "%s %d %s"', sent.method, sent.url, version, status, reason
    )


def _forbidden_header_names(headers: httpx.Headers) -> list[str]:
    """Names of headers HTTP cannot carry as given (line breaks, NUL, non-ASCII)."""
    bad = []
    for name, value in headers.raw:
        if any(mark in value or mark in name for mark in (b"\r", b"\n", b"\0")):
            bad.append(name.decode("latin-1"))
    return bad


class _ExecutorBase:
    """What both executors share: everything but the sending."""

    def __init__(
        self,
        *,
        base_url: str,
        settings: ClientSettings,
        gate: Gate,
        map_transport_error: TransportErrorMapper,
        registry: ConnectionRegistry | None = None,
    ) -> None:
        self._base_url = base_url.rstrip("/")
        self._settings = settings
        self.gate = gate
        self.map_transport_error = map_transport_error
        self.registry = registry if registry is not None else ConnectionRegistry()
        #: True once close() was called: every later call raises.
        self.closed = False
        # Streams handed out, ended by close() (from any thread: hence the lock).
        self._handed_out: weakref.WeakSet[Any] = weakref.WeakSet()
        self._handed_out_lock = threading.Lock()
        # (version, "<base>/v1.41"), rebuilt only when the version changes; one
        # tuple so that threads never see a prefix of another version.
        self._prefix: tuple[str, str] = ("", self._base_url)
        # (URL, query) -> httpx.URL (immutable, so shared by requests); see _build
        self._parsed_urls: dict[tuple[str, tuple[tuple[str, str], ...]], httpx.URL] = {}

    http: httpx.Client | httpx.AsyncClient

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

    def _check_open(self) -> None:
        if self.closed:
            raise DockerException(_CLOSED)

    def _timeout(self, request: Request) -> float | httpx.Timeout | None:
        """The call's timeout, checked before anything is sent."""
        timeout = request.timeout
        if isinstance(timeout, DefaultTimeout):
            return self._settings.timeout
        if isinstance(timeout, httpx.Timeout):
            return check_httpx_timeout(timeout, "the call's timeout")
        return check_timeout(timeout, "the call's timeout")

    @staticmethod
    def _budget(request: Request, timeout: float | httpx.Timeout | None) -> float | None:
        """The limit on the whole call: its read timeout, for answers read whole."""
        if request.expect in _STREAMED:
            return None
        return timeout.read if isinstance(timeout, httpx.Timeout) else timeout

    def _parsed_url(self, url: str, params: tuple[tuple[str, str], ...]) -> httpx.URL:
        key = (url, params)
        parsed = self._parsed_urls.get(key)
        if parsed is None:
            parsed = httpx.URL(url)
            if params:
                parsed = parsed.copy_merge_params(params)
            if len(self._parsed_urls) >= _PARSED_URLS:
                self._parsed_urls.clear()  # many distinct URLs: start over, stay bounded
            self._parsed_urls[key] = parsed
        return parsed

    def _build(
        self, request: Request, version: str | None, content: Any, timeout: Any
    ) -> httpx.Request:
        # What httpx.Client.build_request does for our requests (the client's headers
        # under the request's, the timeout as an extension; no cookies, no client params),
        # with parsed URLs cached: parsing was a sixth of a ping's client time.
        try:
            extra = _headers(request)
            headers = self.http.headers
            if extra:
                headers = httpx.Headers(headers)
                headers.update(extra)
            limits = (
                timeout.as_dict()
                if isinstance(timeout, httpx.Timeout)
                else dict(_timeout_limits(timeout))
            )
            extensions: dict[str, Any] = {"timeout": limits}
            if request.expect not in _STREAMED:
                extensions[READ_WHOLE] = self._whole_limit
            url = self._parsed_url(self._url(request, version), request.params)
            if content is None and not request.has_json:
                return _without_body(request.method, url, headers, extensions)
            return httpx.Request(
                request.method,
                url,
                headers=headers,
                content=content,
                json=request.json if request.has_json else None,
                extensions=extensions,
            )
        except httpx.InvalidURL as error:
            raise InvalidArgument(
                f"cannot send {request.method} {request.path}: {error} "
                "(a query parameter may be too long)"
            ) from None
        except UnicodeEncodeError:
            raise InvalidArgument(
                f"cannot send {request.method} {request.path}: header values must be ASCII text"
            ) from None

    def _whole_limit(self, status_code: int) -> int:
        """How much of an answer read whole is read (the rest, if any, is refused)."""
        limits = self._settings.limits
        return limits.error_body if _is_error_status(status_code) else limits.body

    def _failure(self, error: httpx.TransportError, sent: httpx.Request) -> Exception:
        """What a transport failure of this call becomes."""
        if self.closed:
            return DockerException(_CLOSED)
        if isinstance(error, httpx.LocalProtocolError):
            names = _forbidden_header_names(sent.headers)
            what = f"the header(s) {', '.join(names)}" if names else "the request"
            return InvalidArgument(
                f"cannot send {sent.method} {redact_url(str(sent.url))}: {what} "
                "cannot be written as HTTP (line breaks, NUL or bad characters); nothing was sent"
            )
        return self.map_transport_error(error)

    def _answered(
        self, request: Request, sent: httpx.Request, answer: WholeAnswer | httpx.Response
    ) -> Response | httpx.Response:
        """The transport's answer: the plan's `Response` already when the transport read
        it whole for a call that reads it whole (or its error, raised), else the
        `httpx.Response` to read or stream."""
        if isinstance(answer, WholeAnswer):
            _received_whole(sent, answer)
            if request.expect not in _STREAMED:
                return self._whole(request, answer)
            answer = answer.as_response()
        return _received(sent, answer)

    def _whole(self, request: Request, answer: WholeAnswer) -> Response:
        """The plan's view of an answer the transport read whole (its connection is
        free already): the body, bounded as `_read_sync` bounds it, or the error."""
        limits = self._settings.limits
        body = answer.content
        if _is_error_status(answer.status_code):
            cut = len(body) > limits.error_body
            raise self._status_error(answer.as_response(), body[: limits.error_body], cut)
        if len(body) > limits.body:
            raise self._too_large(answer.as_response())
        return Response(answer, request.expect, request.chunk_size, content=body)

    def _status_error(self, http: httpx.Response, body: bytes, cut: bool) -> DockerException:
        request = http.request
        return error_from_response(
            http.status_code,
            body,
            method=request.method,
            url=str(request.url),
            response=http,
            truncated=cut,
            location=http.headers.get("location"),
        )

    def _too_large(self, http: httpx.Response) -> InvalidResponse:
        limit = self._settings.limits.body
        return invalid_response(
            http,
            f"the answer is larger than the limit of {limit} bytes "
            "(Limits(body=...) raises it); it was not read",
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
            with using_limits(self._settings.limits):
                decoder = result.decoder()
            stream = self._stream(
                result.response.http,
                decoder,
                result.transform,
                map_error=self.map_transport_error,
                chunk_size=result.response.chunk_size,
                owner=self,
            )
            with self._handed_out_lock:
                self._handed_out.add(stream)
            return stream
        if isinstance(result, SocketOf):
            return self._socket(
                result.response.http, map_error=self.map_transport_error, owner=self
            )
        return result

    def _begin_close(self) -> list[Any]:
        """Mark closed; the streams to end."""
        self.closed = True
        with self._handed_out_lock:
            return list(self._handed_out)


class SyncExecutor(_ExecutorBase):
    """Sends requests with a blocking httpx.Client."""

    http: httpx.Client

    def __init__(
        self,
        http: httpx.Client,
        negotiator: SyncNegotiator,
        *,
        transport: httpx.BaseTransport,
        base_url: str,
        settings: ClientSettings,
        gate: Gate,
        map_transport_error: TransportErrorMapper,
        registry: ConnectionRegistry | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            settings=settings,
            gate=gate,
            map_transport_error=map_transport_error,
            registry=registry,
        )
        self.http = http
        # Requests are built by `http` and sent by its transport directly: httpx.Client's
        # sending layer (auth, redirects, cookies) does nothing a Docker client needs and
        # cost most of a call's client time.
        self.transport = transport
        # The project's transport hands back answers read whole as they are; httpx's
        # (`transport=`) answers with httpx responses only.
        self._exchange: Callable[[httpx.Request], WholeAnswer | httpx.Response] = getattr(
            transport, "exchange", transport.handle_request
        )
        self.negotiator = negotiator
        # A client nobody closed releases its connections quietly when collected (no
        # ResourceWarning for its sockets). Streams hold the executor, so an open
        # stream keeps its connection.
        weakref.finalize(self, http.close)

    # -- instructions -----------------------------------------------------

    def execute(self, instruction: Any) -> Any:
        if isinstance(instruction, Request):
            return self.send(instruction)
        if isinstance(instruction, CurrentVersion):
            return self.version()
        if isinstance(instruction, Drain):
            return list(self.finish(instruction.stream))
        if isinstance(instruction, Blocking):
            return instruction.function()
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
        self._check_open()
        timeout = self._timeout(request)
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
        sent = self._build(request, version, content, timeout)
        limits = self._settings.limits
        keep_open = False
        deadline = start_deadline(self._budget(request, timeout))
        try:
            http = self._answered(request, sent, self._exchange(sent))
            if isinstance(http, Response):
                return http
            try:
                if _is_error_status(http.status_code):
                    body, cut = _read_sync(http, limits.error_body)
                    raise self._status_error(http, body, cut)
                if request.expect in _STREAMED:
                    keep_open = True
                    return Response(http, request.expect, request.chunk_size)
                body, cut = _read_sync(http, limits.body)
                if cut:
                    raise self._too_large(http)
            finally:
                if not keep_open:
                    http.close()
        except httpx.TransportError as error:
            raise self._failure(error, sent) from error
        finally:
            end_deadline(deadline)
            scrub_headers(sent.headers)
        return Response(http, request.expect, request.chunk_size, content=body)

    # -- results ----------------------------------------------------------

    def discard(self, response: Response) -> None:
        response.http.close()

    def close(self) -> None:
        """End the streams handed out, cut the connections in use, close the pool."""
        for stream in self._begin_close():
            with contextlib.suppress(Exception):
                stream.close()
        self.registry.cut_all()
        self.http.close()

    _stream = Stream
    _socket = HijackedSocket


class AsyncExecutor(_ExecutorBase):
    """Sends requests with an httpx.AsyncClient."""

    http: httpx.AsyncClient

    def __init__(
        self,
        http: httpx.AsyncClient,
        negotiator: AsyncNegotiator,
        *,
        transport: httpx.AsyncBaseTransport,
        base_url: str,
        settings: ClientSettings,
        gate: Gate,
        map_transport_error: TransportErrorMapper,
        registry: ConnectionRegistry | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            settings=settings,
            gate=gate,
            map_transport_error=map_transport_error,
            registry=registry,
        )
        self.http = http
        self.transport = transport  # see SyncExecutor
        self._exchange: Callable[[httpx.Request], Awaitable[WholeAnswer | httpx.Response]] = (
            getattr(transport, "exchange", transport.handle_async_request)
        )
        self.negotiator = negotiator

    async def execute(self, instruction: Any) -> Any:
        if isinstance(instruction, Request):
            return await self.send(instruction)
        if isinstance(instruction, CurrentVersion):
            return await self.version()
        if isinstance(instruction, Drain):
            stream: AsyncStream[Any] = self.finish(instruction.stream)
            return [item async for item in stream]
        if isinstance(instruction, Blocking):
            # a credential helper's process, config files: not on the event loop
            return await asyncio.to_thread(instruction.function)
        raise TypeError(f"a plan yielded {instruction!r}, which is not an instruction")

    async def version(self) -> str:
        current = self.negotiator.current
        if current is not None:
            return current
        return await self.negotiator.resolve(self._ask_daemon_version)

    async def _ask_daemon_version(self) -> Any:
        return (await self.send(Request("GET", "/version", versioned=False))).json()

    async def send(self, request: Request) -> Response:
        self._check_open()
        timeout = self._timeout(request)
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
        sent = self._build(request, version, content, timeout)
        limits = self._settings.limits
        keep_open = False
        deadline = start_deadline(self._budget(request, timeout))
        try:
            http = self._answered(request, sent, await self._exchange(sent))
            if isinstance(http, Response):
                return http
            try:
                if _is_error_status(http.status_code):
                    body, cut = await _read_async(http, limits.error_body)
                    raise self._status_error(http, body, cut)
                if request.expect in _STREAMED:
                    keep_open = True
                    return Response(http, request.expect, request.chunk_size)
                body, cut = await _read_async(http, limits.body)
                if cut:
                    raise self._too_large(http)
            finally:
                if not keep_open:
                    await http.aclose()
        except httpx.TransportError as error:
            raise self._failure(error, sent) from error
        finally:
            end_deadline(deadline)
            scrub_headers(sent.headers)
        return Response(http, request.expect, request.chunk_size, content=body)

    async def discard(self, response: Response) -> None:
        await response.http.aclose()

    async def close(self) -> None:
        """End the streams handed out, cut the connections in use, close the pool."""
        for stream in self._begin_close():
            with contextlib.suppress(Exception):
                await stream.aclose()
        self.registry.cut_all()
        await self.http.aclose()

    _stream = AsyncStream
    _socket = AsyncHijackedSocket
