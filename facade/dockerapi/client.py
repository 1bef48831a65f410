"""`DockerClient` / `AsyncDockerClient` and `from_env`: the high-level entry points.

`DockerClient(...)` takes `APIClient`'s arguments and exposes the low-level
client as `.api`; `from_env()` reads DOCKER_HOST, DOCKER_TLS_VERIFY,
DOCKER_CERT_PATH, DOCKER_API_VERSION and the Docker CLI context, as docker-py
does, and `from_context(name)` takes a Docker CLI context's daemon. None does
network I/O until the first call. The collections (`containers`, `images`,
`networks`, `volumes`, `services`, `nodes`, `secrets`, `configs`, `plugins`),
`swarm` and the daemon methods are written once (`dockerapi.models`) and run
on either client.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from . import _context_store
from ._closing import AsyncClosing, Closing
from ._host import api_version_from_env, resolve_host
from ._plan import AsyncClientBase, PlanGenerator, SyncClientBase
from .api.client import APIClient, AsyncAPIClient
from .api.daemon import DaemonApiMixin
from .constants import DEFAULT_MAX_POOL_SIZE, DEFAULT_TIMEOUT_SECONDS
from .models._binding import flavoured, forward
from .models.configs import AsyncConfigCollection, ConfigCollection
from .models.containers import AsyncContainerCollection, ContainerCollection
from .models.images import AsyncImageCollection, ImageCollection
from .models.networks import AsyncNetworkCollection, NetworkCollection
from .models.nodes import AsyncNodeCollection, NodeCollection
from .models.plugins import AsyncPluginCollection, PluginCollection
from .models.secrets import AsyncSecretCollection, SecretCollection
from .models.services import AsyncServiceCollection, ServiceCollection
from .models.swarm import AsyncSwarm, Swarm
from .models.volumes import AsyncVolumeCollection, VolumeCollection

if TYPE_CHECKING:
    from docker_engine_api.engine import AsyncOperations, SyncOperations

__all__ = ["AsyncDockerClient", "DockerClient", "from_env"]

_DAEMON = DaemonApiMixin


def _swarm_of(client: DockerClient) -> Swarm:
    return Swarm(client=client)


def _async_swarm_of(client: AsyncDockerClient) -> AsyncSwarm:
    return AsyncSwarm(client=client)


class _ClientFromEnv:
    """`from_env`, `from_context` and `repr` for both high-level clients; `cls(...)` builds
    the right one."""

    api: APIClient | AsyncAPIClient

    def __init__(self, *args: Any, **kwargs: Any) -> None:  # each client makes its own `api`
        raise NotImplementedError

    @classmethod
    def from_env(
        cls,
        *,
        version: str | None = None,
        timeout: float | None = DEFAULT_TIMEOUT_SECONDS,
        max_pool_size: int = DEFAULT_MAX_POOL_SIZE,
        environment: Mapping[str, str] | None = None,
        credstore_env: dict[str, str] | None = None,
        use_ssh_client: bool = False,
        use_context: bool = True,
        **kwargs: Any,
    ) -> Self:
        """A client for the daemon the environment names (DOCKER_HOST, TLS
        variables, DOCKER_API_VERSION, then the current Docker CLI context,
        then the default socket). No I/O happens here."""
        env = os.environ if environment is None else environment
        host = resolve_host(None, environment=env, use_context=use_context)
        return cls(
            version=version if version is not None else api_version_from_env(env),
            timeout=timeout,
            max_pool_size=max_pool_size,
            credstore_env=credstore_env,
            use_ssh_client=use_ssh_client,
            host=host,
            **kwargs,
        )

    @classmethod
    def from_context(
        cls,
        name: str | None = None,
        *,
        version: str | None = None,
        timeout: float | None = DEFAULT_TIMEOUT_SECONDS,
        max_pool_size: int = DEFAULT_MAX_POOL_SIZE,
        use_ssh_client: bool = False,
        **kwargs: Any,
    ) -> Self:
        """A client for the daemon of a Docker CLI context (`docker --context NAME`).

        Args:
            name: the context; None: the current one, as the CLI picks it
                (DOCKER_CONTEXT, then `currentContext` of its config.json, then
                `default`, the local socket). DOCKER_HOST is not read.
            version: an API version to pin (default: negotiate on the first call).
            timeout, max_pool_size, use_ssh_client: as for the constructor.
            **kwargs: other constructor arguments; `base_url` and `tls` replace
                the context's.

        No I/O happens here but reading the context store.

        Raises:
            ContextNotFound: there is no context `name`.
            ContextException: the context cannot be read or has no docker endpoint.
        """
        base_url = kwargs.pop("base_url", None)
        tls = kwargs.pop("tls", None)
        host = resolve_host(
            base_url, tls=tls, context=name or _context_store.current_context_name()
        )
        return cls(
            version=version,
            timeout=timeout,
            max_pool_size=max_pool_size,
            use_ssh_client=use_ssh_client,
            host=host,
            **kwargs,
        )

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.api.host.url}>"


class _HighLevelClient(_ClientFromEnv):
    """The collections and daemon methods of both high-level clients, written once
    (plans, run by `.api`): blocking on `DockerClient`, coroutines on
    `AsyncDockerClient`."""

    #: Containers: `run`, `create`, `get`, `list`, `prune`.
    containers = flavoured(ContainerCollection, AsyncContainerCollection)
    #: Images: `build`, `get`, `get_registry_data`, `list`, `load`, `pull`, `push`, `remove`,
    #: `search`, `prune`, `prune_builds`.
    images = flavoured(ImageCollection, AsyncImageCollection)
    #: Networks: `create`, `get`, `list`, `prune`.
    networks = flavoured(NetworkCollection, AsyncNetworkCollection)
    #: Volumes: `create`, `get`, `list`, `prune`.
    volumes = flavoured(VolumeCollection, AsyncVolumeCollection)
    #: Swarm services: `create`, `get`, `list`.
    services = flavoured(ServiceCollection, AsyncServiceCollection)
    #: Swarm nodes: `get`, `list`.
    nodes = flavoured(NodeCollection, AsyncNodeCollection)
    #: Swarm secrets: `create`, `get`, `list`.
    secrets = flavoured(SecretCollection, AsyncSecretCollection)
    #: Swarm configs: `create`, `get`, `list`.
    configs = flavoured(ConfigCollection, AsyncConfigCollection)
    #: Plugins: `create`, `get`, `install`, `list`.
    plugins = flavoured(PluginCollection, AsyncPluginCollection)
    #: The engine's swarm (`init`, `join`, `leave`, `update`, `reload`, `unlock`, ...):
    #: on `DockerClient` a new `Swarm` on each read, which reads the swarm at once
    #: (docker-py's way); on `AsyncDockerClient` one `AsyncSwarm`, whose `attrs`
    #: are read by `await client.swarm.reload()` (or `init`).
    swarm = flavoured(_swarm_of, _async_swarm_of, renew_sync=True)

    ping = forward(
        _DAEMON.ping, "True when the daemon answers; an APIError or DockerConnectionError if not."
    )
    version = forward(_DAEMON.version, "The daemon's version information (`GET /version`).")
    info = forward(_DAEMON.info, "System-wide information, like `docker info`.")
    df = forward(_DAEMON.df, "Disk usage of images, containers, volumes and the build cache.")
    login = forward(
        _DAEMON.login,
        "Log in to a registry (`APIClient.login`'s arguments); the credentials are kept "
        "for later pulls and pushes of this client.",
    )
    events = forward(
        _DAEMON.events,
        "The daemon's events as a stream (`APIClient.events`'s arguments); `close()` it to stop.",
    )

    @property
    def _api(self) -> APIClient | AsyncAPIClient:
        return self.api

    if not TYPE_CHECKING:  # type checkers should still flag unknown attributes

        def __getattr__(self, name: str) -> Any:
            message = f"{type(self).__name__!r} object has no attribute {name!r}"
            if hasattr(APIClient, name):
                message += (
                    f"; {name} is a low-level method (docker-py 2.0 moved those to "
                    f"APIClient): call client.api.{name}(...)"
                )
            raise AttributeError(message)


class DockerClient(_HighLevelClient, SyncClientBase, Closing):
    """A client for a Docker daemon (blocking), docker-py's high-level client.

    Takes the same arguments as `APIClient`, which is `.api`; `containers`,
    `images`, `networks`, `volumes`, `services`, `nodes`, `secrets`, `configs` and
    `plugins` are its collections, `swarm` the engine's swarm.
    """

    api: APIClient

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.api = APIClient(*args, **kwargs)

    def _run_plan(self, generator: PlanGenerator[Any]) -> Any:
        return self.api._run_plan(generator)

    @property
    def engine(self) -> SyncOperations:
        """Every operation of the Engine API, typed (`api.engine`): `client.engine.image_list()`."""
        return self.api.engine

    def close(self) -> None:
        """Close the client, from any thread (`APIClient.close`): streams it handed out
        end, calls in progress fail, later calls raise `DockerException` ("client closed")."""
        self.api.close()


class AsyncDockerClient(_HighLevelClient, AsyncClientBase, AsyncClosing):
    """The asyncio twin of `DockerClient`: the same collections and methods, as
    coroutines; `.api` is an `AsyncAPIClient`. Use `async with` or `await close()`."""

    api: AsyncAPIClient

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.api = AsyncAPIClient(*args, **kwargs)

    async def _run_plan(self, generator: PlanGenerator[Any]) -> Any:
        return await self.api._run_plan(generator)

    @property
    def engine(self) -> AsyncOperations:
        """Every operation of the Engine API, as coroutines (`api.engine`)."""
        return self.api.engine

    async def close(self) -> None:
        """Close the client (`AsyncAPIClient.close`): streams it handed out end, calls in
        progress fail, later calls raise `DockerException` ("client closed")."""
        await self.api.close()

    async def aclose(self) -> None:
        """`close()` under the name `contextlib.aclosing` and `async with` use."""
        await self.close()


def from_env(
    *,
    version: str | None = None,
    timeout: float | None = DEFAULT_TIMEOUT_SECONDS,
    max_pool_size: int = DEFAULT_MAX_POOL_SIZE,
    environment: Mapping[str, str] | None = None,
    credstore_env: dict[str, str] | None = None,
    use_ssh_client: bool = False,
    use_context: bool = True,
    **kwargs: Any,
) -> DockerClient:
    """`DockerClient.from_env(...)`, as docker-py's module-level `docker.from_env`."""
    return DockerClient.from_env(
        version=version,
        timeout=timeout,
        max_pool_size=max_pool_size,
        environment=environment,
        credstore_env=credstore_env,
        use_ssh_client=use_ssh_client,
        use_context=use_context,
        **kwargs,
    )
