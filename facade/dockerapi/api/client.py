"""`APIClient` and `AsyncAPIClient`: the low-level clients, docker-py compatible.

Constructing a client does no network I/O: the daemon is first contacted by
the first call, which also negotiates the API version when none is pinned.
Both clients run the same plans (see `dockerapi._plan`); API methods are added
by mixins of plans (the container API, ...), and every operation of the spec
is reachable through `client.engine`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple, cast

import httpx

from .. import _gating
from .._cli_config import load_config
from .._closing import AsyncClosing, Closing
from .._executor import AsyncExecutor, ClientSettings, SyncExecutor
from .._gating import Gate, GatingMode, VersionTableWithBounds
from .._host import DockerHost, resolve_host
from .._limits import DEFAULT_LIMITS, Limits
from .._negotiation import AsyncNegotiator, SyncNegotiator
from .._plan import AsyncClientBase, SyncClientBase
from .._preload import preload_async_client
from .._streams import TransportErrorMapper
from .._timeouts import check_timeout
from .._transport import (
    ConnectionRegistry,
    async_client,
    async_transport,
    sync_client,
    sync_transport,
    transport_error,
)
from ..auth import AuthClient, registry_auth
from ..constants import DEFAULT_MAX_POOL_SIZE, DEFAULT_TIMEOUT_SECONDS, DEFAULT_USER_AGENT
from ..errors import DockerException, InvalidArgument, TLSParameterError
from ..tls import TLSConfig
from ._compat import PrivateAttributesMixin
from .build import BuildApiMixin
from .config import ConfigApiMixin
from .container import ContainerApiMixin
from .daemon import DaemonApiMixin
from .exec_api import ExecApiMixin
from .image import ImageApiMixin
from .network import NetworkApiMixin
from .plugin import PluginApiMixin
from .secret import SecretApiMixin
from .service import ServiceApiMixin
from .swarm import SwarmApiMixin
from .volume import VolumeApiMixin

if TYPE_CHECKING:
    from docker_engine_api.engine import AsyncOperations, SyncOperations

__all__ = ["APIClient", "AsyncAPIClient"]


def _resolve(base_url: str | None, tls: TLSConfig | bool) -> DockerHost:
    if tls and not base_url:
        raise TLSParameterError("If using TLS, the base_url argument must be provided.")
    # docker-py's APIClient() ignores DOCKER_HOST and contexts: from_env reads those.
    return resolve_host(base_url, environment={}, tls=tls, use_context=False)


def _error_mapper(host: DockerHost, settings: ClientSettings) -> TransportErrorMapper:
    def mapper(error: httpx.TransportError) -> Exception:
        return transport_error(host, error, timeout=settings.timeout)

    return mapper


class _Flavor(NamedTuple):
    """What a blocking and an asyncio client are made of; all else is shared."""

    transport: Callable[..., Any]  # _transport.sync_transport / async_transport
    http: Callable[..., Any]  # _transport.sync_client / async_client
    negotiator: Callable[..., Any]  # SyncNegotiator / AsyncNegotiator
    executor: Callable[..., Any]  # SyncExecutor / AsyncExecutor
    preload: Callable[[], None]  # imports done at construction (not on an event loop)


class _ClientCommon:
    """The constructor and the properties both clients share (see `APIClient`)."""

    _flavor: ClassVar[_Flavor]
    _host: DockerHost
    _settings: ClientSettings
    _gate: Gate
    _table: VersionTableWithBounds
    _executor: SyncExecutor | AsyncExecutor
    _negotiator: SyncNegotiator | AsyncNegotiator
    _http: httpx.Client | httpx.AsyncClient
    #: docker-py's shape: "http+docker://localhost" for a unix socket,
    #: "https://host:port" with TLS, "http://host:port" without.
    base_url: str
    credstore_env: dict[str, str] | None
    _cli_config: dict[str, Any] | None = None

    def __init__(
        self,
        base_url: str | None = None,
        version: str | None = None,
        timeout: float | None = DEFAULT_TIMEOUT_SECONDS,
        tls: TLSConfig | bool = False,
        user_agent: str = DEFAULT_USER_AGENT,
        num_pools: int | None = None,
        credstore_env: dict[str, str] | None = None,
        use_ssh_client: bool = False,
        max_pool_size: int = DEFAULT_MAX_POOL_SIZE,
        *,
        gating: GatingMode = "strict",
        host: DockerHost | None = None,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        limits: Limits = DEFAULT_LIMITS,
    ) -> None:
        if not isinstance(limits, Limits):
            raise InvalidArgument(f"limits must be a dockerapi.Limits, not {limits!r}")
        self._settings = ClientSettings(timeout=check_timeout(timeout), limits=limits)
        self._host = host if host is not None else _resolve(base_url, tls)
        self._table = _gating.default_table()
        self._gate = Gate(self._table, gating)
        self.base_url = self._host.docker_py_base_url
        self.credstore_env = credstore_env
        flavor = self._flavor
        registry = ConnectionRegistry()
        if transport is None:
            transport = flavor.transport(self._host, max_pool_size=max_pool_size, registry=registry)
        self._http = flavor.http(
            self._host,
            timeout=timeout,
            user_agent=user_agent,
            max_pool_size=max_pool_size,
            transport=transport,
            registry=registry,
        )
        self._negotiator = flavor.negotiator(
            version,
            newest=self._table.NEWEST,
            oldest=self._table.OLDEST,
            where=self._host.describe(),
        )
        self._executor = flavor.executor(
            self._http,
            self._negotiator,
            transport=transport,
            base_url=self._host.http_base_url,
            settings=self._settings,
            gate=self._gate,
            map_transport_error=_error_mapper(self._host, self._settings),
            registry=registry,
        )
        self._engine_lock = threading.Lock()
        flavor.preload()

    def _registry_auth(self, reference: str) -> str | None:
        """The X-Registry-Auth value `client.engine` sends for `reference` when the caller
        gives none, or None for anonymous access (the engine layer's auth hook, see
        `_engine_auth`): the same lookup as docker-py's pull and push (the Docker
        config's credentials, credential helpers, `login`'s cache)."""
        return registry_auth(cast(AuthClient, self), reference)

    @property
    def _general_configs(self) -> dict[str, Any]:
        """The Docker CLI's config.json (docker-py's name), read on first use."""
        config = self._cli_config
        if config is None:
            config = self._cli_config = load_config()
        return config

    @property
    def host(self) -> DockerHost:
        """Where the daemon is, how it is reached, and where that came from."""
        return self._host

    @property
    def timeout(self) -> float | None:
        """Seconds to wait for the daemon per call (None: no limit); settable."""
        return self._settings.timeout

    @timeout.setter
    def timeout(self, value: float | None) -> None:
        self._settings.timeout = check_timeout(value)

    @property
    def limits(self) -> Limits:
        """What one answer of the daemon may make the client hold (`dockerapi.Limits`)."""
        return self._settings.limits

    @property
    def gating(self) -> GatingMode:
        """'strict' (too-new parameters raise InvalidVersion) or 'warn' (dropped with a warning)."""
        return self._gate.mode

    @gating.setter
    def gating(self, mode: GatingMode) -> None:
        self._gate = Gate(self._table, mode)
        self._executor.gate = self._gate

    @property
    def headers(self) -> httpx.Headers:
        """Headers sent with every request (mutable: `client.headers["X-Foo"] = "1"`)."""
        headers: httpx.Headers = self._http.headers
        return headers

    @property
    def _version(self) -> str:
        return self.api_version

    @_version.setter
    def _version(self, value: str) -> None:
        self._negotiator.pin(value)

    @property
    def api_version(self) -> str:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._host.url}>"


class APIClient(
    BuildApiMixin,
    ConfigApiMixin,
    ContainerApiMixin,
    DaemonApiMixin,
    ExecApiMixin,
    ImageApiMixin,
    NetworkApiMixin,
    PluginApiMixin,
    SecretApiMixin,
    ServiceApiMixin,
    SwarmApiMixin,
    VolumeApiMixin,
    PrivateAttributesMixin,
    _ClientCommon,
    SyncClientBase,
    Closing,
):
    """A low-level client for the Docker Engine API (blocking), docker-py compatible.

    Args:
        base_url: the daemon address (`unix:///var/run/docker.sock`,
            `tcp://127.0.0.1:2375`, `https://host:2376`, ...); the default socket
            when omitted (the environment is not read: use `from_env` for that).
        version: an API version to pin ("1.41"), or None / "auto" to negotiate
            with the daemon on first use.
        timeout: seconds to wait for the daemon: for each read, and for the whole
            answer of a call that is not a stream; None waits forever.
        tls: a `TLSConfig`, True (verify with the default CA bundle) or False.
        user_agent: the User-Agent header.
        num_pools: accepted for docker-py compatibility; httpx pools per client.
        credstore_env: environment for credential helpers.
        use_ssh_client: accepted for docker-py compatibility: ssh:// addresses always
            go through the `ssh` program (docker-py's True), never paramiko.
        max_pool_size: idle connections kept for reuse (the asyncio client also keeps
            the extra connections of a burst of calls, up to 100, for 5 s more;
            0 keeps none).
        gating: "strict" (default): parameters or body fields newer than the API
            version in use raise `InvalidVersion` before sending; "warn": they are
            dropped with a `VersionGatingWarning`.
        host: an already resolved `DockerHost` (overrides base_url and tls).
        transport: an httpx transport to send through (tests: `httpx.MockTransport`).
        limits: how much one answer may make the client hold (`dockerapi.Limits`:
            error bodies, bodies read whole, JSON stream items, stream frames).
    """

    _flavor = _Flavor(sync_transport, sync_client, SyncNegotiator, SyncExecutor, lambda: None)
    _executor: SyncExecutor
    _http: httpx.Client
    _negotiator: SyncNegotiator
    _engine: SyncOperations | None = None

    @property
    def api_version(self) -> str:
        """The API version in use; negotiates with the daemon on first access."""
        return self._executor.version()

    def negotiate_version(self) -> str:
        """Settle the API version now (normally done lazily by the first call)."""
        return self._executor.version()

    @property
    def engine(self) -> SyncOperations:
        """Every operation of the Engine API, typed: `client.engine.container_inspect(id=...)`."""
        engine = self._engine
        if engine is None:
            with self._engine_lock:
                if self._engine is None:
                    from .._engine import sync_operations

                    self._engine = sync_operations(self._executor, self._registry_auth)
                engine = self._engine
        return engine

    def close(self) -> None:
        """Close the client, from any thread: streams it handed out end (a reader
        blocked on one wakes up and the iteration stops), calls in progress fail, and
        every later call raises `DockerException` ("client closed")."""
        self._executor.close()


class AsyncAPIClient(
    BuildApiMixin,
    ConfigApiMixin,
    ContainerApiMixin,
    DaemonApiMixin,
    ExecApiMixin,
    ImageApiMixin,
    NetworkApiMixin,
    PluginApiMixin,
    SecretApiMixin,
    ServiceApiMixin,
    SwarmApiMixin,
    VolumeApiMixin,
    PrivateAttributesMixin,
    _ClientCommon,
    AsyncClientBase,
    AsyncClosing,
):
    """The asyncio twin of `APIClient`: same arguments, same methods as coroutines.

    Use `async with AsyncAPIClient(...) as client:` or `await client.close()`.
    """

    _flavor = _Flavor(
        async_transport, async_client, AsyncNegotiator, AsyncExecutor, preload_async_client
    )
    _executor: AsyncExecutor
    _http: httpx.AsyncClient
    _negotiator: AsyncNegotiator
    _engine: AsyncOperations | None = None

    @property
    def api_version(self) -> str:
        """The API version in use, once known (pinned, or after the first call).

        Raises DockerException before negotiation: `await client.negotiate_version()`.
        """
        current = self._negotiator.current
        if current is None:
            raise DockerException(
                "the API version is negotiated on the first call; "
                "await client.negotiate_version() to settle it now"
            )
        return current

    async def negotiate_version(self) -> str:
        """Settle the API version now (normally done lazily by the first call)."""
        return await self._executor.version()

    @property
    def engine(self) -> AsyncOperations:
        """Every operation of the Engine API, typed: `await client.engine.container_inspect(id=...)`."""
        if self._engine is None:
            from .._engine import async_operations

            self._engine = async_operations(self._executor, self._registry_auth)
        return self._engine

    async def close(self) -> None:
        """Close the client: streams it handed out end, calls in progress fail, and
        every later call raises `DockerException` ("client closed")."""
        await self._executor.close()

    async def aclose(self) -> None:
        """`close()` under the name `contextlib.aclosing` and `async with` use."""
        await self.close()
