"""What one HTTP call to the daemon is, and what a plan gets back: no I/O here.

A `Request` is an immutable description built by plan code (hand-written API
methods and the generated operation bindings alike). Executors turn it into an
httpx request; gating reads `operation` plus the query keys, headers and JSON
body to check them against the version table before anything is sent.

A `Response` is the view a plan receives for each request it yields. Buffered
kinds (json, empty, bytes, head) arrive fully read; for `stream` and `upgrade`
the body is still on the wire and the plan hands the response back inside a
stream or socket description (see `_plan.py`) for the driver to wrap.
"""

from __future__ import annotations

import json as _json
from collections.abc import AsyncIterable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import IO, Any, Final, Literal, Protocol, TypeAlias

import httpx

from ._redact import redact_headers, redact_url
from .errors import InvalidResponse

__all__ = [
    "DEFAULT_TIMEOUT",
    "NO_JSON",
    "Body",
    "DefaultTimeout",
    "Expect",
    "Params",
    "ReadAnswer",
    "Request",
    "Response",
    "encode_params",
    "invalid_response",
]

#: How the executor reads the answer.
#: json: body parsed as JSON; empty: body read and dropped; bytes: body kept;
#: head: headers only; stream: body left unread for a stream description;
#: upgrade: the connection is hijacked (attach, exec start) and handed over raw.
Expect: TypeAlias = Literal["json", "empty", "bytes", "head", "stream", "upgrade"]

#: Query parameters as ordered (key, value) pairs, so keys can repeat.
Params: TypeAlias = tuple[tuple[str, str], ...]

#: A request body other than JSON: bytes, a (sync or async) byte iterator, or a
#: binary file object read in chunks.
Body: TypeAlias = bytes | Iterable[bytes] | AsyncIterable[bytes] | IO[bytes]


class DefaultTimeout:
    """Marker type: use the client's `timeout` setting for this request."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "DEFAULT_TIMEOUT"


class _NoJson:
    __slots__ = ()

    def __repr__(self) -> str:
        return "NO_JSON"

    def __bool__(self) -> bool:
        return False


DEFAULT_TIMEOUT: Final = DefaultTimeout()
#: Marker: the request carries no JSON body (None is a valid JSON body: `null`).
NO_JSON: Final = _NoJson()

_EMPTY_HEADERS: Mapping[str, str] = {}


@dataclass(frozen=True, slots=True)
class Request:
    """One call to the daemon, before versioning, gating and sending.

    `path` is unversioned (`/containers/json`); the executor adds the
    negotiated `/v{version}` prefix unless `versioned` is false (`/version`
    during negotiation, `/_ping`). `operation` is the spec's operationId
    (`ContainerCreate`); when set, the query keys, headers and JSON body are
    gated against the version table.
    """

    method: str
    path: str
    params: Params = ()
    headers: Mapping[str, str] = field(default_factory=lambda: _EMPTY_HEADERS)
    json: Any = NO_JSON
    content: Body | None = None
    expect: Expect = "json"
    #: Seconds (or an httpx.Timeout) for this call; DEFAULT_TIMEOUT: the client's.
    timeout: float | httpx.Timeout | DefaultTimeout | None = DEFAULT_TIMEOUT
    operation: str | None = None
    versioned: bool = True
    #: Read size for streamed bodies; None yields data as it arrives.
    chunk_size: int | None = None
    #: With expect="upgrade": the protocol to ask for (attach and exec: tcp;
    #: BuildKit's session: h2c).
    upgrade: str = "tcp"

    @classmethod
    def build(
        cls,
        method: str,
        path: str,
        *,
        params: Mapping[str, object] | Iterable[tuple[str, object]] | None = None,
        headers: Mapping[str, str] | None = None,
        json: Any = NO_JSON,
        content: Body | None = None,
        expect: Expect = "json",
        timeout: float | httpx.Timeout | DefaultTimeout | None = DEFAULT_TIMEOUT,
        operation: str | None = None,
        versioned: bool = True,
        chunk_size: int | None = None,
    ) -> Request:
        """Build a request, encoding `params` with `encode_params`."""
        return cls(
            method=method,
            path=path,
            params=encode_params(params) if params else (),
            headers=headers if headers is not None else _EMPTY_HEADERS,
            json=json,
            content=content,
            expect=expect,
            timeout=timeout,
            operation=operation,
            versioned=versioned,
            chunk_size=chunk_size,
        )

    @property
    def has_json(self) -> bool:
        return self.json is not NO_JSON

    def __repr__(self) -> str:
        # Credentials live in headers (X-Registry-Auth ...) and bodies (/auth): a repr
        # shows header names with secrets redacted and no body at all.
        body = "json" if self.has_json else ("content" if self.content is not None else "none")
        return (
            f"Request({self.method} {self.path}, params={[k for k, _ in self.params]}, "
            f"headers={redact_headers(self.headers)}, body={body}, expect={self.expect}, "
            f"operation={self.operation})"
        )

    def param_names(self) -> frozenset[str]:
        return frozenset(key for key, _ in self.params)

    def without(
        self,
        *,
        params: frozenset[str] = frozenset(),
        headers: frozenset[str] = frozenset(),
        json: Any = NO_JSON,
    ) -> Request:
        """A copy without the given query keys and headers, and with `json`
        replacing the body when given (gating's warn mode drops fields)."""
        lowered = {name.lower() for name in headers}
        return replace(
            self,
            params=tuple(pair for pair in self.params if pair[0] not in params),
            headers={k: v for k, v in self.headers.items() if k.lower() not in lowered},
            json=self.json if json is NO_JSON else json,
        )


def _encode_scalar(value: object) -> str:
    if isinstance(value, bool):
        # The daemon reads "1"/"true" as true and "0"/"false"/"" as false.
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, Mapping):
        # filters, labels, buildargs...: the daemon expects JSON text.
        return _json.dumps(value, separators=(",", ":"))
    return str(value)


def encode_params(params: Mapping[str, object] | Iterable[tuple[str, object]]) -> Params:
    """Turn query parameters into ordered string pairs.

    None values are dropped (not set), lists and tuples become repeated keys
    (the daemon reads `changes`, `platforms`, ... that way), booleans become
    "true"/"false", mappings become compact JSON.
    """
    pairs = params.items() if isinstance(params, Mapping) else params
    encoded: list[tuple[str, str]] = []
    for key, value in pairs:
        if value is None:
            continue
        if isinstance(value, list | tuple | set | frozenset):
            encoded.extend((key, _encode_scalar(item)) for item in value)
        else:
            encoded.append((key, _encode_scalar(value)))
    return tuple(encoded)


class ReadAnswer(Protocol):
    """An answer read whole that becomes an ``httpx.Response`` only when asked
    (``_http_transport.WholeAnswer``)."""

    @property
    def status_code(self) -> int: ...

    def as_response(self) -> httpx.Response: ...


class Response:
    """What a plan receives for one request: status, headers and the body read
    as the request's `expect` asked.

    For `stream` and `upgrade` the body is not read; return the response inside
    a stream or socket description and the driver wraps it.
    """

    __slots__ = ("_content", "_http", "_json", "chunk_size", "expect")

    def __init__(
        self,
        http: httpx.Response | ReadAnswer,
        expect: Expect,
        chunk_size: int | None = None,
        content: bytes | None = None,
    ) -> None:
        # httpx's response, or an answer read whole that becomes one on first use of
        # `http` (most plans only want the status and the body)
        self._http = http
        self.expect: Expect = expect
        #: The request's read size, for the stream that will read this body.
        self.chunk_size = chunk_size
        # The body as the executor read it (bounded); None: httpx's own.
        self._content = content
        self._json: Any = NO_JSON

    @property
    def status_code(self) -> int:
        return self._http.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http.headers

    @property
    def content_type(self) -> str:
        """The media type without parameters, lower case ('' when absent)."""
        value = str(self.http.headers.get("content-type", ""))
        return value.split(";", 1)[0].strip().lower()

    @property
    def upgraded(self) -> bool:
        """True when the daemon switched protocols (101) and the connection is raw."""
        return self._http.status_code == 101

    @property
    def content(self) -> bytes:
        if self.expect in ("stream", "upgrade"):
            raise RuntimeError("the body of a streamed response is read by its stream")
        return self.http.content if self._content is None else self._content

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", errors="replace")

    def json(self) -> Any:
        """The body parsed as JSON (None for an empty body).

        Raises:
            InvalidResponse: the body is not JSON.
        """
        if self._json is NO_JSON:
            content = self.content
            try:
                self._json = _json.loads(content) if content else None
            except ValueError as error:  # JSONDecodeError, UnicodeDecodeError
                excerpt = content[:80].decode("utf-8", errors="replace")
                raise self.unexpected(f"the answer is not JSON ({error}): {excerpt!r}") from error
        return self._json

    def unexpected(self, explanation: str) -> InvalidResponse:
        """The error for an answer that is not what the API says (see `_plan`)."""
        return invalid_response(self.http, explanation)

    @property
    def http(self) -> httpx.Response:
        """The underlying httpx response (for drivers and stream wrappers)."""
        http = self._http
        if not isinstance(http, httpx.Response):
            http = self._http = http.as_response()
        return http

    def __repr__(self) -> str:
        return f"<Response {self.status_code} expect={self.expect}>"


def invalid_response(http: httpx.Response, explanation: str) -> InvalidResponse:
    """`InvalidResponse` for an answer (or a stream item) that is not what the API says."""
    request = http.request
    return InvalidResponse(
        explanation,
        http,
        explanation,
        status_code=http.status_code,
        method=request.method,
        url=redact_url(str(request.url)),
    )
