"""HTTP/1.1 without I/O: the request bytes to write and the response read from bytes.

The one connection core of the project's transport (``_http_transport``): the blocking
and the asyncio drivers only move bytes between a connection and these objects, so
every decision about framing, reuse and retries is made here, once.

Responses are parsed by httptools (llhttp, in C): measured against h11 (httpx's
default, pure Python) it reads a daemon's answer to a ping ~12x faster and a chunked
log body ~30x faster, callbacks included (``scripts/bench/parsers.py``).

- ``request_head``: the request line and headers, refusing what HTTP cannot carry
  (line breaks, NUL) before a byte is sent; ``encode_chunk`` frames a streamed body.
- ``ResponseReader``: fed the bytes received, it knows the head, the body bytes parsed
  so far, whether the message is complete (Content-Length, chunked, close-delimited,
  no body for HEAD/1xx/204/304), whether the connection may be reused, and, for a
  ``101`` upgrade, the bytes that already belong to the raw stream.
- ``may_retry``: a stale keep-alive connection is retried once, for idempotent
  requests with a body that can be sent again, and only if nothing was received.
- ``READ_WHOLE``: the request extension by which a caller that will read the body
  whole anyway says how much of it (given the status) the transport may read before
  it returns the response.
"""

from __future__ import annotations

import httptools
import httpx

__all__ = [
    "IDEMPOTENT_METHODS",
    "LAST_CHUNK",
    "READ_WHOLE",
    "ResponseReader",
    "encode_chunk",
    "may_retry",
    "request_head",
]

#: Methods a stale connection may be retried for (RFC 9110 9.2.2).
IDEMPOTENT_METHODS = frozenset({b"GET", b"HEAD", b"PUT", b"DELETE", b"OPTIONS", b"TRACE"})
LAST_CHUNK = b"0\r\n\r\n"
#: Request extension: ``(status_code) -> int``, the most body bytes the transport may
#: read before returning the response, for a caller that reads the body whole anyway
#: (an answer longer than that is returned streaming, the bytes read so far first).
#: Answers longer than a few kB come in several reads; read here, they cost no stream.
READ_WHOLE = "dockerapi.read_whole"
_NO_BODY_STATUS = frozenset({204, 304})


def request_head(request: httpx.Request) -> bytes:
    """The request line and headers of ``request`` (httpx has set Host and the body's
    Content-Length or Transfer-Encoding).

    Raises:
        httpx.LocalProtocolError: a header or the target holds a line break or NUL.
    """
    target = request.url.raw_path
    raw = request.headers.raw
    lines = [request.method.encode("ascii"), b" ", target, b" HTTP/1.1\r\n"]
    for name, value in raw:
        lines += (name, b": ", value, b"\r\n")
    lines.append(b"\r\n")
    head = b"".join(lines)
    # every line break is one of ours, nothing else breaks a line or ends a string
    lines_expected = len(raw) + 2
    if (
        head.count(b"\n") != lines_expected
        or head.count(b"\r") != lines_expected
        or b"\0" in head
        or b" " in target
    ):
        raise httpx.LocalProtocolError(
            "a header or the target cannot be written as HTTP", request=request
        )
    return head


def encode_chunk(data: bytes) -> bytes:
    """One piece of a chunked request body (empty data would end the body: skipped)."""
    return b"%x\r\n%b\r\n" % (len(data), data) if data else b""


def may_retry(
    request: httpx.Request, error: BaseException, reused: bool, received_any: bool
) -> bool:
    """Whether a failure on a connection taken from the pool may be retried on a new one:
    the daemon closed an idle connection while we wrote, or before it answered (a
    broken or closed connection; not a timeout, which says nothing of staleness)."""
    return (
        reused
        and not received_any
        and isinstance(error, httpx.TransportError)
        and not isinstance(error, httpx.TimeoutException)
        and request.method.encode("ascii") in IDEMPOTENT_METHODS
        and isinstance(request.stream, httpx.ByteStream)
    )


class ResponseReader:
    """One response, parsed from the bytes ``feed`` is given (httptools callbacks)."""

    __slots__ = (
        "_body",
        "_close_delimited",
        "_head_only",
        "_parser",
        "_tail",
        "buffered",
        "complete",
        "extra",
        "head_complete",
        "headers",
        "keep_alive",
        "leftover",
        "received_any",
        "status_code",
        "upgraded",
    )

    def __init__(self, method: str) -> None:
        self._parser = httptools.HttpResponseParser(self)
        self._head_only = method == "HEAD"
        self._body: list[bytes] = []
        #: Body bytes parsed and not yet taken.
        self.buffered = 0
        self._close_delimited = False
        self._tail = b""
        self.headers: list[tuple[bytes, bytes]] = []
        self.status_code = 0
        self.head_complete = False
        self.complete = False
        self.keep_alive = False
        self.upgraded = False
        #: Bytes after the head of a 101 answer: the start of the raw stream.
        self.leftover = b""
        #: Bytes beyond the end of the message (a confused daemon): never reuse.
        self.extra = False
        self.received_any = False

    # -- httptools callbacks ---------------------------------------------------------

    def on_message_begin(self) -> None:
        if self.complete:
            self.extra = True

    def on_header(self, name: bytes, value: bytes) -> None:
        if not self.head_complete:
            self.headers.append((name, value))

    def on_headers_complete(self) -> None:
        if self.head_complete:
            return
        parser = self._parser
        self.status_code = status = parser.get_status_code()
        self.head_complete = True
        self.keep_alive = parser.should_keep_alive()
        if status == 101:
            self.upgraded = True
            self.keep_alive = False
        elif self._head_only or status < 200 or status in _NO_BODY_STATUS:
            self.complete = True
        else:
            self._close_delimited = not self.keep_alive and not any(
                name.lower() in (b"content-length", b"transfer-encoding")
                for name, _ in self.headers
            )

    def on_body(self, body: bytes) -> None:
        if not self.complete:
            self._body.append(body)
            self.buffered += len(body)

    def on_message_complete(self) -> None:
        if not self.complete:
            self.complete = True
            self.keep_alive = self.keep_alive and self._parser.should_keep_alive()

    # -- feeding ---------------------------------------------------------------------

    def feed(self, data: bytes) -> None:
        """Parse ``data``, the next bytes received.

        Raises:
            httpx.RemoteProtocolError: the bytes are not an HTTP/1.1 response.
        """
        if not data:
            return self.feed_eof()
        self.received_any = True
        if self.complete:
            self.extra = True
            return None
        try:
            self._parser.feed_data(data)
        except httptools.HttpParserUpgrade as upgrade:
            self.leftover = data[upgrade.args[0] :]
        except httptools.HttpParserError as error:
            if self.upgraded:
                # a 101 without an Upgrade header: llhttp pauses; the head ends at the
                # first blank line
                seen = self._tail + data
                end = seen.find(b"\r\n\r\n")
                self.leftover = seen[end + 4 :] if end >= 0 else b""
            elif self._is_complete():  # the callbacks may have completed it meanwhile
                self.extra = True
            else:
                raise httpx.RemoteProtocolError(
                    f"the daemon's answer is not HTTP: {error}"
                ) from None
        if not self.head_complete:
            self._tail = (self._tail + data)[-3:]
        return None

    def _is_complete(self) -> bool:
        return self.complete

    def feed_eof(self) -> None:
        """The daemon closed the connection.

        Raises:
            httpx.RemoteProtocolError: the message was not complete (a close-delimited
                body is complete at the close).
        """
        if self.complete or self.upgraded:
            return
        if self.head_complete and self._close_delimited:
            self.complete = True
            self.keep_alive = False
            return
        if not self.head_complete:
            what = "without sending a response" if not self.received_any else "mid-head"
        else:
            what = "without sending complete message body"
        raise httpx.RemoteProtocolError(f"the daemon closed the connection {what}")

    def take(self) -> bytes:
        """The body bytes parsed since the last ``take``."""
        body = self._body
        if not body:
            return b""
        self._body = []
        self.buffered = 0
        return body[0] if len(body) == 1 else b"".join(body)

    @property
    def reusable(self) -> bool:
        """Whether the connection may carry another request."""
        return self.complete and self.keep_alive and not self.extra and not self.upgraded
