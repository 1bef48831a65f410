"""`DockerClient` / `AsyncDockerClient` and `from_env`: the high-level entry points.

`DockerClient(...)` takes `APIClient`'s arguments and exposes the low-level
client as `.api`; `from_env()` reads DOCKER_HOST, DOCKER_TLS_VERIFY,
DOCKER_CERT_PATH, DOCKER_API_VERSION and the Docker CLI context, as docker-py
does. Neither does network I/O until the first call. The resource collections
(`containers`, `images`, ...) are added on top of these shells.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from ._host import api_version_from_env, resolve_host
from ._streams import AsyncStream, Stream
from .api.client import APIClient, AsyncAPIClient
from .constants import DEFAULT_MAX_POOL_SIZE, DEFAULT_TIMEOUT_SECONDS

if TYPE_CHECKING:
    from docker_engine_api.engine import AsyncOperations, SyncOperations

__all__ = ["AsyncDockerClient", "DockerClient", "from_env"]


class _ClientFromEnv:
    """`from_env` and `repr` for both high-level clients; `cls(...)` builds the right one."""

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

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.api.host.url}>"


class DockerClient(_ClientFromEnv):
    """A client for a Docker daemon; `.api` is the low-level `APIClient`.

    Takes the same arguments as `APIClient`.
    """

    api: APIClient

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.api = APIClient(*args, **kwargs)

    @property
    def engine(self) -> SyncOperations:
        """Every operation of the Engine API, typed (`api.engine`): `client.engine.image_list()`."""
        return self.api.engine

    def ping(self) -> bool:
        """True when the daemon answers; raises an APIError or DockerConnectionError otherwise."""
        return self.api.ping()

    def version(self, api_version: bool = True) -> dict[str, Any]:
        """The daemon's version information (`GET /version`)."""
        return self.api.version(api_version)

    def info(self) -> dict[str, Any]:
        """System-wide information, like `docker info`."""
        return self.api.info()

    def df(self) -> dict[str, Any]:
        """Disk usage of images, containers, volumes and the build cache."""
        return self.api.df()

    def events(self, *args: Any, **kwargs: Any) -> Stream[Any]:
        """The daemon's events as a stream; `APIClient.events`'s arguments."""
        return self.api.events(*args, **kwargs)

    def close(self) -> None:
        self.api.close()

    def __enter__(self) -> DockerClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncDockerClient(_ClientFromEnv):
    """The asyncio twin of `DockerClient`; `.api` is an `AsyncAPIClient`."""

    api: AsyncAPIClient

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.api = AsyncAPIClient(*args, **kwargs)

    @property
    def engine(self) -> AsyncOperations:
        """Every operation of the Engine API, as coroutines (`api.engine`)."""
        return self.api.engine

    async def ping(self) -> bool:
        return await self.api.ping()

    async def version(self, api_version: bool = True) -> dict[str, Any]:
        return await self.api.version(api_version)

    async def info(self) -> dict[str, Any]:
        return await self.api.info()

    async def df(self) -> dict[str, Any]:
        return await self.api.df()

    async def events(self, *args: Any, **kwargs: Any) -> AsyncStream[Any]:
        return await self.api.events(*args, **kwargs)

    async def close(self) -> None:
        await self.api.close()

    async def __aenter__(self) -> AsyncDockerClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
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
