"""Configs: `Config` and `ConfigCollection` (`client.configs`), docker-py's, and their
asyncio twins `AsyncConfig` / `AsyncConfigCollection` (one implementation, shared with
secrets: `_named_objects`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .._plan import PlanGenerator, plan
from ..api.config import ConfigApiMixin
from ._named_objects import _NamedObjectCollectionCore, _NamedObjectCore
from .resource import AsyncCollection, AsyncModel, Collection, Model

if TYPE_CHECKING:
    from docker_engine_api.models import Config as ConfigModel  # noqa: F401  # the base's argument

__all__ = ["AsyncConfig", "AsyncConfigCollection", "Config", "ConfigCollection"]

ConfigT = TypeVar("ConfigT", bound="_ConfigCore")


class _ConfigCore(_NamedObjectCore["ConfigModel"]):
    """A swarm config (shared by `Config` and `AsyncConfig`)."""

    _typed_model = "Config"
    _remove = ConfigApiMixin.remove_config


class Config(_ConfigCore, Model):
    """A swarm config (blocking)."""


class AsyncConfig(_ConfigCore, AsyncModel):
    """A swarm config (asyncio: methods are coroutines)."""


class _ConfigCollectionCore(_NamedObjectCollectionCore[ConfigT]):
    """The swarm's configs (shared by both flavours)."""

    _create = ConfigApiMixin.create_config
    _inspect = ConfigApiMixin.inspect_config
    _list = ConfigApiMixin.configs

    @plan
    def create(
        self,
        name: str,
        data: str | bytes,
        labels: Mapping[str, str] | None = None,
        templating: Mapping[str, Any] | None = None,
    ) -> PlanGenerator[ConfigT]:
        """Create a config, like `docker config create` (arguments as
        `APIClient.create_config`); its `attrs` are its ID and name until `reload()`.

        Raises:
            InvalidArgument: a bad name (before anything is sent).
        """
        return (yield from self._created(name, data, labels, templating))

    @plan
    def get(self, config_id: str) -> PlanGenerator[ConfigT]:
        """A config by ID or name.

        Raises:
            NotFound: no such config.
        """
        return (yield from self._got(config_id))


class ConfigCollection(_ConfigCollectionCore[Config], Collection[Config]):
    """The swarm's configs (`client.configs`, blocking)."""

    model = Config


class AsyncConfigCollection(_ConfigCollectionCore[AsyncConfig], AsyncCollection[AsyncConfig]):
    """The swarm's configs (`client.configs` of an `AsyncDockerClient`)."""

    model = AsyncConfig
