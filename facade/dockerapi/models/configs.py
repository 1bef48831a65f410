"""Configs: `Config` and `ConfigCollection` (`client.configs`), docker-py's, and their
asyncio twins `AsyncConfig` / `AsyncConfigCollection` (one implementation)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .._plan import PlanGenerator, plan
from ..api.config import ConfigApiMixin
from ._binding import delegate
from ._named_objects import _NamedObjectCollectionCore, _NamedObjectCore
from ._typed import typed
from .resource import AsyncCollection, AsyncModel, Collection, Model

if TYPE_CHECKING:
    from docker_engine_api.models import Config as ConfigModel

__all__ = ["AsyncConfig", "AsyncConfigCollection", "Config", "ConfigCollection"]

ConfigT = TypeVar("ConfigT", bound="_ConfigCore")

_API = ConfigApiMixin


class _ConfigCore(_NamedObjectCore):
    """A swarm config (shared by `Config` and `AsyncConfig`)."""

    @property
    def model(self) -> ConfigModel:
        """`attrs` as the generated typed model (`docker_engine_api.models.Config`)."""
        from docker_engine_api.models import Config as ConfigModel

        return typed(ConfigModel, self.attrs)

    remove = delegate(_API.remove_config, "Remove this config (no service may use it); True.")


class Config(_ConfigCore, Model):
    """A swarm config (blocking)."""


class AsyncConfig(_ConfigCore, AsyncModel):
    """A swarm config (asyncio: methods are coroutines)."""


class _ConfigCollectionCore(_NamedObjectCollectionCore[ConfigT]):
    """The swarm's configs (shared by both flavours)."""

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
        created = yield from _API.create_config.function(self._api, name, data, labels, templating)
        return self._created(created, name)

    @plan
    def get(self, config_id: str) -> PlanGenerator[ConfigT]:
        """A config by ID or name.

        Raises:
            NotFound: no such config.
        """
        return self.prepare_model((yield from _API.inspect_config.function(self._api, config_id)))

    @plan
    def list(self, filters: Mapping[str, Any] | None = None) -> PlanGenerator[list[ConfigT]]:
        """The configs, like `docker config ls` (`filters`: `id`, `label`, `name`, `names`)."""
        return self._listed((yield from _API.configs.function(self._api, filters)))


class ConfigCollection(_ConfigCollectionCore[Config], Collection[Config]):
    """The swarm's configs (`client.configs`, blocking)."""

    model = Config


class AsyncConfigCollection(_ConfigCollectionCore[AsyncConfig], AsyncCollection[AsyncConfig]):
    """The swarm's configs (`client.configs` of an `AsyncDockerClient`)."""

    model = AsyncConfig
