"""httpx clients for a ``DockerHost``, their timeouts, and what their failures become.

One client per API client, made once: unix socket, plain TCP, TLS (with client
certificates) or ssh (each connection an ``ssh ... docker system dial-stdio`` process,
see ``_ssh``), sync or async from the same settings. Requests go through the project's
own HTTP/1.1 transport (``_http_transport``; httpx's default transport remains the
``transport=`` escape hatch). Named pipes are parsed by ``_host`` but have no
transport; asking for one fails here with a clear message.

Pool sizing follows docker-py's non-blocking pools: ``max_pool_size`` bounds the idle
connections kept for reuse, not the connections open at once, so a long-running stream
(logs with follow, events, attach) never makes another call wait for a free connection.

Timeouts follow docker-py: one number bounds connecting and each wait for data, ``None``
waits forever. ``streaming_timeout`` keeps the connect bound but lets a stream idle as
long as it likes (a followed log may be silent for hours).

Transport failures become ``DockerConnectionError``/``DockerTimeoutError`` that name the
address and where it came from; the httpx exception stays chained as ``__cause__``.

The transport caps each read by the deadline of the call in progress
(``_timeouts.read_timeout``: non-streaming calls end by their timeout even when the
daemon trickles bytes), and lists the client's live connections in a
``ConnectionRegistry`` so that ``close()`` from another thread can cut them all (a
blocked reader wakes up).
"""

from __future__ import annotations

import contextlib
import errno
import functools
import logging
import socket
import ssl
import threading
import weakref
from collections.abc import Mapping
from types import TracebackType
from typing import Any

import httpx

from dockerapi._host import DockerHost
from dockerapi._http_transport import AsyncTransport, SyncTransport
from dockerapi._http_transport import as_httpx_error as _connection_error
from dockerapi._netstreams import Address, open_async_stream, open_sync_stream
from dockerapi._redact import redact_log_record
from dockerapi._timeouts import check_httpx_timeout, check_timeout
from dockerapi.constants import IS_WINDOWS_PLATFORM
from dockerapi.errors import (
    DockerConnectionError,
    DockerException,
    DockerTimeoutError,
    InvalidArgument,
)

__all__ = [
    "TRANSPORT_ERRORS",
    "ConnectionRegistry",
    "TransportErrors",
    "as_httpx_error",
    "async_client",
    "async_transport",
    "client_timeout",
    "shutdown_network_stream",
    "streaming_timeout",
    "sync_client",
    "sync_transport",
    "transport_error",
]

TimeoutSetting = float | httpx.Timeout | None

# httpx logs each request's URL (INFO); a URL may carry a password in a query value.
# Added once (addFilter ignores a filter already there).
logging.getLogger("httpx").addFilter(redact_log_record)

#: What a call through our clients can raise for transport reasons: httpx's transport
#: errors, and ``ssl.SSLError`` should one escape a ``transport=`` given by the caller.
TRANSPORT_ERRORS: tuple[type[Exception], ...] = (httpx.TransportError, ssl.SSLError)


def sync_client(
    host: DockerHost,
    *,
    timeout: TimeoutSetting,
    user_agent: str,
    max_pool_size: int,
    headers: Mapping[str, str] | None = None,
    transport: httpx.BaseTransport | None = None,
    registry: ConnectionRegistry | None = None,
) -> httpx.Client:
    """A blocking httpx client bound to ``host`` (base URL, socket or TLS, pool, headers).

    ``transport`` replaces the connection to the host (httpx's own
    ``httpx.HTTPTransport``, or ``httpx.MockTransport`` in tests).
    ``registry`` is told of every connection made (for ``close()`` from another thread).

    Raises:
        DockerException: the host's scheme has no transport (npipe).
        TLSParameterError: the TLS files cannot be loaded.
        InvalidArgument: ``max_pool_size`` is negative.
    """
    if transport is None:
        transport = sync_transport(host, max_pool_size=max_pool_size, registry=registry)
    return httpx.Client(transport=transport, **_client_options(host, timeout, user_agent, headers))


def async_client(
    host: DockerHost,
    *,
    timeout: TimeoutSetting,
    user_agent: str,
    max_pool_size: int,
    headers: Mapping[str, str] | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    registry: ConnectionRegistry | None = None,
) -> httpx.AsyncClient:
    """The asyncio twin of ``sync_client``: same options, an ``httpx.AsyncClient``."""
    if transport is None:
        transport = async_transport(host, max_pool_size=max_pool_size, registry=registry)
    return httpx.AsyncClient(
        transport=transport, **_client_options(host, timeout, user_agent, headers)
    )


def sync_transport(
    host: DockerHost, *, max_pool_size: int, registry: ConnectionRegistry | None = None
) -> SyncTransport:
    """The project's blocking transport to ``host`` (see ``sync_client``).

    Raises:
        DockerException: the host's scheme has no transport (npipe).
        TLSParameterError: the TLS files cannot be loaded.
        InvalidArgument: ``max_pool_size`` is negative.
    """
    return SyncTransport(
        _connector(host, blocking=True),
        max_pool_size=_checked_pool_size(max_pool_size),
        registry=registry or ConnectionRegistry(),
    )


def async_transport(
    host: DockerHost, *, max_pool_size: int, registry: ConnectionRegistry | None = None
) -> AsyncTransport:
    """The asyncio twin of ``sync_transport``."""
    return AsyncTransport(
        _connector(host, blocking=False),
        max_pool_size=_checked_pool_size(max_pool_size),
        registry=registry or ConnectionRegistry(),
    )


def client_timeout(timeout: TimeoutSetting) -> httpx.Timeout:
    """httpx timeouts for docker-py's ``timeout``: one bound for every phase, None for none.

    Raises:
        InvalidArgument: not a positive number of seconds or None (``check_timeout``).
    """
    if isinstance(timeout, httpx.Timeout):
        return check_httpx_timeout(timeout)
    return httpx.Timeout(check_timeout(timeout))


def streaming_timeout(timeout: TimeoutSetting) -> httpx.Timeout:
    """Timeouts for a response read as a stream: bounded connect, unbounded reads."""
    bounded = client_timeout(timeout)
    return httpx.Timeout(connect=bounded.connect, read=None, write=bounded.write, pool=bounded.pool)


def transport_error(
    host: DockerHost, exc: BaseException, *, timeout: float | None = None
) -> DockerException:
    """The exception to raise (``from exc``) for a failure in ``TRANSPORT_ERRORS``.

    Use as ``except TRANSPORT_ERRORS as exc: raise transport_error(host, exc) from exc``.
    """
    if isinstance(exc, httpx.TimeoutException):
        phase = _TIMEOUT_PHASES.get(type(exc), "waiting")
        timeout = _request_timeout(exc, timeout)
        limit = f" after {timeout:g} s" if timeout is not None else ""
        return DockerTimeoutError(
            f"the Docker daemon at {host.url} (from {host.origin}) timed out{limit} "
            f"while {phase}; pass a larger timeout (or None) if the call is expected to take long",
            host=host.url,
            timeout=timeout,
        )
    return DockerConnectionError(host.url, host.origin, _reason(host, exc))


def as_httpx_error(error: Exception, *, writing: bool) -> httpx.TransportError:
    """A connection's own error (a socket's, httpcore's) as the httpx error the mapper
    understands."""
    return _connection_error(error, "write" if writing else "read")


def _request_timeout(exc: httpx.TimeoutException, default: float | None) -> float | None:
    """The limit that ran out: the request's own for that phase (a call may set its
    own timeout, e.g. stop(timeout=...)), else the client's."""
    key = _TIMEOUT_KEYS.get(type(exc))
    try:
        limits = exc.request.extensions.get("timeout") or {}
    except RuntimeError:  # raised without a request
        return default
    value = limits.get(key) if key else None
    return float(value) if isinstance(value, int | float) else default


class TransportErrors:
    """``with TransportErrors(host): ...`` turns httpx transport failures into ours.

    Works around sync and async code alike (it only looks at the exception). For the
    hottest paths, ``except TRANSPORT_ERRORS as exc: raise transport_error(host, exc)
    from exc`` does the same without the context manager.
    """

    __slots__ = ("host", "timeout")

    def __init__(self, host: DockerHost, *, timeout: float | None = None) -> None:
        self.host = host
        self.timeout = timeout

    def __enter__(self) -> None:
        return None

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if isinstance(exc, TRANSPORT_ERRORS):
            raise transport_error(self.host, exc, timeout=self.timeout) from exc


# --- building clients ---------------------------------------------------------------------


def _checked_pool_size(max_pool_size: int) -> int:
    if isinstance(max_pool_size, bool) or not isinstance(max_pool_size, int) or max_pool_size < 0:
        raise InvalidArgument(f"max_pool_size must be a non-negative int, not {max_pool_size!r}")
    return max_pool_size


def _where(host: DockerHost) -> tuple[Address, ssl.SSLContext | None, str | None]:
    """Where a host's connections go: the address, the TLS context, the TLS host name."""
    if host.scheme == "unix":
        assert host.socket_path is not None
        path = host.socket_path
        # "@name" is a Linux abstract socket, which the socket API spells with a NUL byte
        return ("\0" + path[1:] if path.startswith("@") else path), None, None
    if host.scheme == "tcp":
        assert host.hostname is not None
        tls = host.tls.to_ssl_context() if host.tls is not None else None
        port = host.port or (2376 if tls is not None else 2375)
        return (host.hostname, port), tls, host.hostname if tls is not None else None
    where = (
        "named pipe transport not supported yet" if IS_WINDOWS_PLATFORM else "npipe is Windows-only"
    )
    raise DockerException(
        f"{where} (host {host.describe()}): use DOCKER_HOST=unix://... or tcp://..."
    )


def _connector(host: DockerHost, *, blocking: bool) -> Any:
    """What opens a connection to ``host`` (blocking or asyncio), given the connect
    timeout: a ``SyncConnector`` or an ``AsyncConnector``."""
    if host.scheme == "ssh":
        from . import _ssh

        backend_class = _ssh.SSHBackend if blocking else _ssh.AsyncSSHBackend
        backend = backend_class(_ssh.ssh_command(host))
        return lambda timeout: backend.connect_tcp("", 0, timeout)
    address, tls, server_hostname = _where(host)
    opener = open_sync_stream if blocking else open_async_stream
    return functools.partial(opener, address, tls, server_hostname)


def shutdown_network_stream(network_stream: Any) -> None:
    """Shut the connection under an httpcore network stream down in both directions.

    Wakes a reader blocked in another thread (or task). The plain socket method is
    called even for TLS sockets: the connection is being abandoned, not closed politely.
    """
    sock = network_stream.get_extra_info("socket")
    if isinstance(sock, socket.socket):
        with contextlib.suppress(OSError):
            socket.socket.shutdown(sock, socket.SHUT_RDWR)
        return
    # Connections that are not sockets (ssh processes) say how to cut them.
    shutdown = network_stream.get_extra_info("shutdown")
    if callable(shutdown):
        with contextlib.suppress(OSError):
            shutdown()


class ConnectionRegistry:
    """The live connections of one client, so that ``close()`` can cut them all at once,
    from any thread: a call or a stream blocked on one of them wakes up."""

    __slots__ = ("_connections", "_lock", "closing")

    def __init__(self) -> None:
        self._connections: weakref.WeakSet[Any] = weakref.WeakSet()
        self._lock = threading.Lock()
        #: True once ``cut_all`` ran: a cut connection is not retried on a new one.
        self.closing = False

    def add(self, connection: Any) -> Any:
        with self._lock:
            self._connections.add(connection)
        return connection

    def cut_all(self) -> None:
        with self._lock:
            self.closing = True
            connections = list(self._connections)
        for connection in connections:
            shutdown_network_stream(connection)


def _client_options(
    host: DockerHost,
    timeout: TimeoutSetting,
    user_agent: str,
    headers: Mapping[str, str] | None,
) -> dict[str, Any]:
    merged = {"User-Agent": user_agent}
    if headers:
        merged.update(headers)
    return {
        "base_url": host.http_base_url,
        "timeout": client_timeout(timeout),
        "headers": merged,
        "trust_env": False,
        "follow_redirects": False,
    }


# --- describing failures ------------------------------------------------------------------

_TIMEOUT_KEYS: dict[type[httpx.TimeoutException], str] = {
    httpx.ConnectTimeout: "connect",
    httpx.ReadTimeout: "read",
    httpx.WriteTimeout: "write",
    httpx.PoolTimeout: "pool",
}

_TIMEOUT_PHASES: dict[type[httpx.TimeoutException], str] = {
    httpx.ConnectTimeout: "connecting",
    httpx.ReadTimeout: "waiting for the response",
    httpx.WriteTimeout: "sending the request",
    httpx.PoolTimeout: "waiting for a free connection",
}


def _root_cause(exc: BaseException) -> BaseException:
    """The first exception of the chain a traceback shows: an exception raised ``from
    None`` stands for its context (the ssh stream's "ssh failed ...: Permission
    denied" for the broken pipe it found when ssh had already exited)."""
    seen: set[int] = set()
    current = exc
    while id(current) not in seen:
        seen.add(id(current))
        following = current.__cause__
        if following is None and not current.__suppress_context__:
            following = current.__context__
        if following is None:
            break
        current = following
    return current


def _reason(host: DockerHost, exc: BaseException) -> str:
    """A sentence saying what went wrong and, for the usual cases, what to do about it."""
    cause = _root_cause(exc)
    if isinstance(cause, ssl.SSLCertVerificationError):
        return (
            f"TLS verification of the daemon failed ({getattr(cause, 'verify_message', None) or cause}); "
            "check the CA certificate (DOCKER_CERT_PATH/ca.pem or TLSConfig(ca_cert=...)) "
            "and the host name"
        )
    if isinstance(cause, ssl.SSLError):
        # with TLS 1.3 a rejected client certificate only shows on the first read
        return f"TLS failed: {cause}; check the client certificate and key the daemon expects"
    if isinstance(exc, httpx.ConnectError):
        error_number = getattr(cause, "errno", None)
        if host.scheme == "unix":
            if error_number == errno.ENOENT:
                hint = (
                    " (if it listens elsewhere, set DOCKER_HOST or select a Docker context)"
                    if host.origin == "default"
                    else ""
                )
                return f"socket {host.socket_path} does not exist: is the daemon running?{hint}"
            if error_number in (errno.EACCES, errno.EPERM):
                return (
                    f"permission denied on {host.socket_path}: run as a user that may use "
                    "it (for example a member of the 'docker' group)"
                )
            if error_number == errno.ECONNREFUSED:
                return f"nothing accepts connections on {host.socket_path}: is the daemon running?"
        elif error_number == errno.ECONNREFUSED:
            return f"connection refused by {host.hostname}:{host.port}: is the daemon listening?"
        return str(cause) or str(exc) or type(cause).__name__
    if isinstance(exc, (httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError)):
        detail = str(exc) or type(exc).__name__
        return f"the connection broke during the call ({detail})"
    return str(exc) or type(exc).__name__
