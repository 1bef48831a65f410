"""Where the daemon is: parse a host address, read the environment and Docker contexts.

Three entry points:

* ``parse_host(addr, is_win32=False, tls=False)`` — docker-py's ``utils.parse_host``:
  accepts ``unix://``, ``tcp://``, ``http://``, ``https://``, ``ssh://``, ``npipe://``,
  ``http+unix://`` and bare ``host:port`` and returns docker-py's spelling
  (``http+unix:///var/run/docker.sock``, ``https://127.0.0.1:2376``, ...).
* ``kwargs_from_env(environment=None, ...)`` — docker-py's ``utils.kwargs_from_env``:
  ``{'base_url': DOCKER_HOST, 'tls': TLSConfig(...)}`` from DOCKER_HOST,
  DOCKER_TLS_VERIFY and DOCKER_CERT_PATH.
* ``resolve_host(base_url, environment=..., tls=...)`` — ours: one ``DockerHost`` that
  says where to connect, how (TLS or not), the URL httpx uses, and where the address
  came from (``"argument"``, ``"DOCKER_HOST"``, ``"docker context <name>"`` or
  ``"default"``) so a connection error can name both.

Deliberate differences from docker-py, each where docker-py produces an address that
cannot work: a bare ``hostname:port`` is tcp (docker-py misreads the host name as a
scheme); ``unix://relative/path`` means ``/relative/path`` as docker-py's own comment
intends (it builds ``var//run/docker.sock``); ``npipe://`` alone is the default pipe;
an out-of-range or non-numeric port, user info on a tcp address, and plain ``http://``
combined with TLS settings raise ``DockerException`` instead of passing or raising
``ValueError``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from dockerapi import _context_store
from dockerapi._redact import redact_address
from dockerapi.constants import (
    DEFAULT_HTTP_HOST,
    DEFAULT_NPIPE,
    DEFAULT_SOCKET_PATH,
    IS_WINDOWS_PLATFORM,
)
from dockerapi.errors import ContextException, ContextNotFound, DockerException
from dockerapi.tls import TLSConfig

__all__ = [
    "DockerHost",
    "HostOrigin",
    "HostScheme",
    "api_version_from_env",
    "kwargs_from_env",
    "parse_host",
    "resolve_host",
]

HostScheme = Literal["unix", "tcp", "ssh", "npipe"]
#: "argument", "DOCKER_HOST", "default", or "docker context <name>".
HostOrigin = str

_DEFAULT_NPIPE_PATH = DEFAULT_NPIPE[len("npipe://") :]
# sockets and pipes have no host name; the daemon ignores the Host header
_LOCAL_HTTP_BASE_URL = "http://docker"
_SCHEME_PATTERN = re.compile(r"[A-Za-z][A-Za-z+]*")
_API_VERSION_PATTERN = re.compile(r"\d+\.\d+")


@dataclass(frozen=True, slots=True)
class _Address:
    """A parsed address, before TLS is decided."""

    scheme: HostScheme
    #: unix socket / named pipe path, or the URL path prefix of a tcp address ("" if none).
    path: str
    hostname: str | None = None
    port: int | None = None
    username: str | None = None
    #: True for https://, False for http://, None when the scheme does not say.
    scheme_tls: bool | None = None

    @property
    def netloc(self) -> str:
        host = self.hostname or ""
        if ":" in host:  # IPv6 literal
            host = f"[{host}]"
        user = f"{self.username}@" if self.username else ""
        return f"{user}{host}:{self.port}"


@dataclass(frozen=True, slots=True)
class DockerHost:
    """A resolved daemon address: what to connect to, how, and where it came from.

    Attributes:
        url: the address in DOCKER_HOST spelling: ``unix:///run/docker.sock``,
            ``tcp://127.0.0.1:2376``, ``ssh://user@host:22``, ``npipe:////./pipe/docker_engine``.
        scheme: ``"unix"``, ``"tcp"``, ``"ssh"`` or ``"npipe"``.
        socket_path: the unix socket or named pipe path; ``None`` for tcp and ssh.
        http_base_url: the base URL httpx sends to (``http://docker`` over a socket,
            ``http(s)://host:port[/prefix]`` over tcp).
        origin: where the address came from: ``"argument"``, ``"DOCKER_HOST"``,
            ``"docker context <name>"`` or ``"default"``.
        tls: the TLS settings for a tcp connection; ``None`` when the connection is plain.
        hostname: the tcp/ssh host name or IP (IPv6 without brackets); ``None`` otherwise.
        port: the tcp/ssh port; ``None`` otherwise.
    """

    url: str
    scheme: HostScheme
    socket_path: str | None
    http_base_url: str
    origin: HostOrigin
    tls: TLSConfig | None = None
    hostname: str | None = None
    port: int | None = None

    @property
    def docker_py_base_url(self) -> str:
        """What docker-py's ``APIClient.base_url`` holds for this host.

        Callers such as testcontainers parse that attribute, so keeping its shape matters.
        """
        if self.scheme == "unix":
            return "http+docker://localhost"
        if self.scheme == "npipe":
            return "http+docker://localnpipe"
        if self.scheme == "ssh":
            return "http+docker://ssh"
        return self.http_base_url

    def describe(self) -> str:
        """``"<url> (from <origin>)"``, for error messages."""
        return f"{self.url} (from {self.origin})"


def parse_host(addr: str | None, is_win32: bool = False, tls: bool = False) -> str:
    """Normalise a daemon address the way docker-py's ``parse_host`` does.

    Args:
        addr: ``unix://``, ``tcp://``, ``http(s)://``, ``ssh://``, ``npipe://`` address
            or bare ``host:port``; empty means the platform default.
        is_win32: the default is the Windows named pipe instead of the unix socket.
        tls: a ``tcp://`` address becomes ``https://`` instead of ``http://``.

    Returns:
        docker-py's spelling: ``http+unix:///path``, ``http[s]://host:port[/prefix]``,
        ``ssh://[user@]host:port`` or ``npipe:///path``.

    Raises:
        DockerException: the address is malformed or uses an unsupported protocol.
    """
    address = _parse_address(addr, is_win32=is_win32)
    if address.scheme == "unix":
        return f"http+unix://{address.path}"
    if address.scheme == "npipe":
        return f"npipe://{address.path}"
    if address.scheme == "ssh":
        return f"ssh://{address.netloc}"
    secure = address.scheme_tls if address.scheme_tls is not None else tls
    return f"{'https' if secure else 'http'}://{address.netloc}{address.path}"


def kwargs_from_env(
    environment: Mapping[str, str] | None = None,
    ssl_version: int | None = None,
    assert_hostname: str | bool | None = None,
    use_ssh_client: bool = False,
) -> dict[str, object]:
    """Client keyword arguments from DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH.

    As docker-py, TLS is on when DOCKER_TLS_VERIFY is non-empty (even ``0``) or
    DOCKER_CERT_PATH is set, with ``ca.pem``, ``cert.pem`` and ``key.pem`` of
    DOCKER_CERT_PATH (default ``~/.docker``). One difference: the daemon's certificate
    is checked (against ``ca.pem`` when there is one) unless DOCKER_TLS is set without
    DOCKER_TLS_VERIFY, the Docker CLI's way of asking for TLS without the check;
    docker-py skipped the check whenever DOCKER_TLS_VERIFY was unset or empty.

    Args:
        environment: the variables to read; ``None`` reads ``os.environ``.
        ssl_version: passed on to ``TLSConfig``.
        assert_hostname: passed on to ``TLSConfig``.
        use_ssh_client: included in the result as ``use_ssh_client`` when true.

    Returns:
        ``{'base_url': ..., 'tls': TLSConfig}``, each key only when the environment sets it.

    Raises:
        TLSParameterError: TLS is requested but the certificate files are missing.
    """
    env = os.environ if environment is None else environment
    params: dict[str, object] = {}
    host = env.get("DOCKER_HOST")
    if host:
        params["base_url"] = host
    tls = _tls_from_env(env, ssl_version=ssl_version, assert_hostname=assert_hostname)
    if tls is not None:
        params["tls"] = tls
    if use_ssh_client:
        params["use_ssh_client"] = True
    return params


def api_version_from_env(environment: Mapping[str, str] | None = None) -> str | None:
    """The API version DOCKER_API_VERSION pins, or ``None`` to negotiate.

    ``auto`` and an empty value mean "negotiate". Anything else must look like ``1.41``.

    Raises:
        DockerException: DOCKER_API_VERSION is not a version.
    """
    env = os.environ if environment is None else environment
    value = env.get("DOCKER_API_VERSION", "").strip()
    if not value or value.lower() == "auto":
        return None
    if not _API_VERSION_PATTERN.fullmatch(value):
        raise DockerException(
            f"DOCKER_API_VERSION={value!r} is not an API version: use a version such as "
            "1.41, or unset it (or set it to 'auto') to negotiate with the daemon."
        )
    return value


def resolve_host(
    base_url: str | None,
    *,
    environment: Mapping[str, str] | None = None,
    tls: TLSConfig | bool | None = None,
    use_context: bool = True,
    context: str | None = None,
    is_win32: bool = IS_WINDOWS_PLATFORM,
) -> DockerHost:
    """Decide which daemon to talk to and how.

    The first of these wins: ``base_url``; the named ``context``; DOCKER_HOST;
    DOCKER_CONTEXT; the ``currentContext`` of the Docker CLI config; the platform
    default socket. Contexts are consulted only when ``use_context`` is true.

    TLS for a tcp address: ``tls`` when given (``True`` means "verify with the default
    CA bundle", ``False`` means plain HTTP); else the context's certificates when the
    address came from a context; else DOCKER_TLS_VERIFY/DOCKER_CERT_PATH from
    ``environment``; ``https://`` alone means "verify with the default CA bundle".
    Sockets and pipes never use TLS.

    Args:
        base_url: an address as accepted by ``parse_host``; ``None``/empty to look further.
        environment: the variables to read; ``None`` reads ``os.environ``. Pass ``{}``
            to ignore the environment (what docker-py's ``APIClient()`` does).
        tls: see above.
        use_context: whether Docker CLI contexts may supply the address.
        context: a context name to use unless ``base_url`` is given.
        is_win32: the default is the Windows named pipe instead of the unix socket.

    Raises:
        DockerException: the address is malformed, a named context does not exist, or
            ``http://`` is combined with TLS settings.
        TLSParameterError: TLS settings name missing files.
    """
    env = os.environ if environment is None else environment
    context_tls: TLSConfig | None = None
    from_context = False
    if base_url:
        address, origin = base_url, "argument"
    else:
        found = _address_from_context_or_env(env, use_context=use_context, context=context)
        if found is None:
            address, origin = "", "default"
        else:
            address, origin, context_tls = found
            from_context = origin != "DOCKER_HOST"

    parsed = _parse_address(address, is_win32=is_win32)
    if parsed.scheme != "tcp":
        return _socket_or_ssh_host(parsed, origin)

    if tls is not None:
        tls_config = TLSConfig(verify=True) if tls is True else (tls or None)
    elif from_context:
        tls_config = context_tls
    else:
        tls_config = _tls_from_env(env)

    if parsed.scheme_tls is False and tls_config is not None:
        raise DockerException(
            f"The daemon address {redact_address(address)!r} (from {origin}) says plain http:// but TLS is "
            "configured; use tcp:// or https:// to connect with TLS, or drop the TLS settings."
        )
    if parsed.scheme_tls and tls_config is None:
        tls_config = TLSConfig(verify=True)
    http_scheme = "https" if tls_config is not None else "http"
    return DockerHost(
        url=f"tcp://{parsed.netloc}{parsed.path}",
        scheme="tcp",
        socket_path=None,
        http_base_url=f"{http_scheme}://{parsed.netloc}{parsed.path}",
        origin=origin,
        tls=tls_config,
        hostname=parsed.hostname,
        port=parsed.port,
    )


def _socket_or_ssh_host(parsed: _Address, origin: HostOrigin) -> DockerHost:
    if parsed.scheme == "ssh":
        return DockerHost(
            url=f"ssh://{parsed.netloc}",
            scheme="ssh",
            socket_path=None,
            http_base_url=_LOCAL_HTTP_BASE_URL,
            origin=origin,
            hostname=parsed.hostname,
            port=parsed.port,
        )
    return DockerHost(
        url=f"{parsed.scheme}://{parsed.path}",
        scheme=parsed.scheme,
        socket_path=parsed.path,
        http_base_url=_LOCAL_HTTP_BASE_URL,
        origin=origin,
    )


# --- parsing ------------------------------------------------------------------------------


def _parse_address(addr: str | None, *, is_win32: bool) -> _Address:
    given = (addr or "").strip()
    # Messages show the address with its password (if any) replaced: one rule, _redact.
    text = redact_address(given)
    if not given:
        if is_win32:
            return _Address(scheme="npipe", path=_DEFAULT_NPIPE_PATH)
        return _Address(scheme="unix", path=DEFAULT_SOCKET_PATH)

    scheme_text, separator, rest = given.partition("://")
    if not separator and given.startswith("/"):
        raise DockerException(
            f"Invalid bind address format: {text} (a socket path needs the unix:// scheme: "
            f"unix://{text})"
        )
    if not separator:
        scheme_text, rest = "tcp", given
    elif not _SCHEME_PATTERN.fullmatch(scheme_text):
        # "host:port/x://y" or similar: no scheme after all
        scheme_text, rest = "tcp", given
    scheme_text = scheme_text.lower()

    if scheme_text == "fd":
        raise DockerException("fd protocol is not implemented")
    if any(mark in rest for mark in "?#;"):
        raise DockerException(
            f"Invalid bind address format: {text} (query, fragment and parameters are not allowed)"
        )

    if scheme_text in ("unix", "http+unix"):
        return _Address(scheme="unix", path=_socket_path(rest))
    if scheme_text == "npipe":
        return _Address(scheme="npipe", path=rest.rstrip("/") or _DEFAULT_NPIPE_PATH)
    if scheme_text in ("tcp", "http", "https"):
        scheme_tls = None if scheme_text == "tcp" else scheme_text == "https"
        return _parse_network_address(text, rest, "tcp", scheme_tls)
    if scheme_text == "ssh":
        return _parse_network_address(text, rest, "ssh", None)
    raise DockerException(
        f"Invalid bind address protocol: {text} "
        "(use unix://, tcp://, http://, https://, ssh:// or npipe://)"
    )


def _socket_path(rest: str) -> str:
    path = rest.rstrip("/")
    if not path:
        return DEFAULT_SOCKET_PATH
    if path.startswith(("/", "@")):  # "@name": a Linux abstract socket
        return path
    # unix://var/run/docker.sock has always meant /var/run/docker.sock here
    return f"/{path}"


def _parse_network_address(
    text: str, rest: str, scheme: Literal["tcp", "ssh"], scheme_tls: bool | None
) -> _Address:
    netloc, slash, path = rest.partition("/")
    path = f"{slash}{path}".rstrip("/")
    if not netloc and not path:
        raise DockerException(f"Invalid bind address format: {text}")
    if path and scheme == "ssh":
        raise DockerException(
            f"Invalid bind address format: no path allowed for this protocol: {text}"
        )

    userinfo, at, hostport = netloc.rpartition("@")
    username = userinfo if at else None
    if at and (scheme != "ssh" or not userinfo or ":" in userinfo):
        what = "a password" if ":" in userinfo else "user info"
        raise DockerException(
            f"Invalid bind address format: {text} ({what} is not allowed in a "
            f"{'daemon' if scheme == 'ssh' else 'tcp'} address)"
        )

    hostname, port_text = _split_host_port(text, hostport)
    if any(character.isspace() for character in hostname):
        raise DockerException(f"Invalid bind address format: {text} (blank in the host name)")

    port: int
    if not port_text:
        if scheme == "tcp":
            raise DockerException(f"Invalid bind address format: port is required: {text}")
        port = 22
    elif not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise DockerException(
            f"Invalid bind address format: {text} (port {port_text!r} is not a number "
            "between 1 and 65535)"
        )
    else:
        port = int(port_text)

    if not hostname:
        if scheme == "ssh":
            raise DockerException(f"Invalid bind address format: host is required: {text}")
        hostname = DEFAULT_HTTP_HOST
    return _Address(
        scheme=scheme,
        path=path,
        hostname=hostname,
        port=port,
        username=username,
        scheme_tls=scheme_tls,
    )


def _split_host_port(text: str, hostport: str) -> tuple[str, str]:
    if hostport.startswith("["):
        hostname, bracket, after = hostport[1:].partition("]")
        if not bracket or (after and not after.startswith(":")) or ":" not in hostname:
            raise DockerException(f"Invalid bind address format: {text} (bad IPv6 address)")
        return hostname, after[1:]
    hostname, _, port_text = hostport.partition(":")
    if ":" in port_text:
        raise DockerException(
            f"Invalid bind address format: {text} (write IPv6 addresses in brackets: [::1]:2375)"
        )
    return hostname, port_text


# --- environment and contexts -------------------------------------------------------------


def _tls_from_env(
    env: Mapping[str, str],
    *,
    ssl_version: int | None = None,
    assert_hostname: str | bool | None = None,
) -> TLSConfig | None:
    """TLS from DOCKER_TLS_VERIFY, DOCKER_TLS and DOCKER_CERT_PATH (as the Docker CLI reads
    them: a variable counts when it is set to something non-empty).

    - DOCKER_TLS_VERIFY: TLS, the daemon checked against ``ca.pem`` (which must exist);
    - DOCKER_TLS without DOCKER_TLS_VERIFY: TLS without checking the daemon (the CLI's
      ``--tls``): the one explicit way to skip the check from the environment;
    - DOCKER_CERT_PATH alone: TLS, the daemon checked against its ``ca.pem`` (or the
      default bundle when there is none): a CA given means a CA checked.

    The client certificate is ``cert.pem``/``key.pem`` of the directory (default
    ``~/.docker``); with DOCKER_TLS alone it is used only if present.
    """
    cert_path = env.get("DOCKER_CERT_PATH") or None
    verify_flag = bool(env.get("DOCKER_TLS_VERIFY"))
    tls_flag = bool(env.get("DOCKER_TLS"))
    if not (cert_path or verify_flag or tls_flag):
        return None
    directory = cert_path or os.path.join(os.path.expanduser("~"), ".docker")
    cert, key, ca = (os.path.join(directory, name) for name in ("cert.pem", "key.pem", "ca.pem"))
    verify: bool | None = True if verify_flag else (False if tls_flag else None)
    optional_files = tls_flag and not (verify_flag or cert_path)
    client_cert: tuple[str, str] | None = (cert, key)
    if optional_files and not (os.path.isfile(cert) and os.path.isfile(key)):
        client_cert = None
    return TLSConfig(
        client_cert=client_cert,
        ca_cert=ca if verify_flag or os.path.isfile(ca) else None,
        verify=verify,
        ssl_version=ssl_version,
        assert_hostname=assert_hostname,
    )


def _address_from_context_or_env(
    env: Mapping[str, str], *, use_context: bool, context: str | None
) -> tuple[str, HostOrigin, TLSConfig | None] | None:
    """(address, origin, context TLS) from a named context, DOCKER_HOST or the CLI's context."""
    if context and context != "default":
        return _context_endpoint(env, context)
    if context == "default":
        return None
    docker_host = env.get("DOCKER_HOST")
    if docker_host:
        return docker_host, "DOCKER_HOST", None
    if not use_context:
        return None
    name = _context_store.current_context_name(env)
    if name == _context_store.DEFAULT_NAME:
        return None
    return _context_endpoint(env, name)


def _context_endpoint(
    env: Mapping[str, str], name: str
) -> tuple[str, HostOrigin, TLSConfig | None]:
    origin = f"docker context {name}"
    metadata = _context_store.read_metadata(name, env)
    if metadata is None:
        missing = ContextNotFound(name)
        missing.add_note(
            f"looked for {_context_store.meta_file(name, env)}; check DOCKER_CONTEXT or the "
            "CLI's current context (`docker context ls`), or set DOCKER_HOST"
        )
        raise missing
    endpoint = _context_store.docker_endpoint(metadata)
    if endpoint is None:
        raise ContextException(
            f"Docker context {name!r} has no docker endpoint ({_context_store.meta_file(name, env)})"
        )
    host, skip_verify = endpoint
    tls = _context_store.endpoint_tls(name, "docker", skip_verify=skip_verify, environment=env)
    return host, origin, tls
