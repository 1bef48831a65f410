"""Plugins: `Plugin` and `PluginCollection` (`client.plugins`), docker-py's, and their
asyncio twins `AsyncPlugin` / `AsyncPluginCollection` (one implementation).

A plugin is addressed by its name (`Plugin.name`), as docker-py does; the methods
that change it read it again afterwards. `Plugin.upgrade` is a generator of the
daemon's progress (an async generator on the asyncio client).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, TypeVar

from .._plan import Drain, PlanGenerator, StreamOf, plan, stream_plan
from ..api.plugin import PluginApiMixin
from ..errors import DockerException
from ._binding import stream_then
from ._image_output import nothing, picked
from ._typed import typed
from .resource import (
    AsyncCollection,
    AsyncModel,
    Collection,
    Model,
    _CollectionCore,
    _ModelCore,
    fetch,
    invoke,
)

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from docker_engine_api.models import Plugin as PluginModel

__all__ = ["AsyncPlugin", "AsyncPluginCollection", "Plugin", "PluginCollection"]

PluginT = TypeVar("PluginT", bound="_PluginCore")

_API = PluginApiMixin


def _reloaded(plugin: _PluginCore) -> PlanGenerator[None]:
    yield from invoke(plugin, "reload")


class _PluginCore(_ModelCore):
    """A managed plugin (shared by `Plugin` and `AsyncPlugin`)."""

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: '{self.name}'>"

    @property
    def name(self) -> str | None:
        """The plugin's name (`vieux/sshfs:latest`)."""
        name: str | None = self.attrs.get("Name")
        return name

    @property
    def _reference(self) -> Any:
        """What the low-level methods take for this plugin: its name."""
        return self.name

    @property
    def enabled(self) -> bool | None:
        """Whether the plugin is enabled (as of `attrs`)."""
        enabled: bool | None = self.attrs.get("Enabled")
        return enabled

    @property
    def settings(self) -> dict[str, Any] | None:
        """The plugin's settings: `Env`, `Args`, `Mounts`, `Devices`."""
        settings: dict[str, Any] | None = self.attrs.get("Settings")
        return settings

    @property
    def model(self) -> PluginModel:
        """`attrs` as the generated typed model (`docker_engine_api.models.Plugin`):
        `plugin.model.config.interface.types`, `plugin.model.settings.env`, ..."""
        from docker_engine_api.models import Plugin as PluginModel

        return typed(PluginModel, self.attrs)

    @plan
    def configure(self, options: Mapping[str, Any] | Sequence[str]) -> PlanGenerator[None]:
        """Set the (disabled) plugin's settable env, mounts, devices or args
        (`{"DEBUG": "1"}`), then read it again."""
        yield from _API.configure_plugin.function(self._api, self._reference, options)
        yield from _reloaded(self)

    @plan
    def disable(self, force: bool = False) -> PlanGenerator[None]:
        """Stop the plugin (`force`: even while something uses it), then read it again."""
        yield from _API.disable_plugin.function(self._api, self._reference, force)
        yield from _reloaded(self)

    @plan
    def enable(self, timeout: int = 0) -> PlanGenerator[None]:
        """Start the plugin (`timeout`: seconds the daemon waits for it; 0: its
        default), then read it again."""
        yield from _API.enable_plugin.function(self._api, self._reference, timeout)
        yield from _reloaded(self)

    @stream_plan
    def push(self) -> PlanGenerator[StreamOf[Any]]:
        """Push the plugin to the registry its name says: a stream of the daemon's
        progress, as dicts."""
        return (yield from _API.push_plugin.function(self._api, self._reference))

    @plan
    def remove(self, force: bool = False) -> PlanGenerator[bool]:
        """Remove the plugin (`force`: even while enabled). True."""
        return (yield from _API.remove_plugin.function(self._api, self._reference, force=force))

    def _upgrading(self, remote: str | None = None) -> PlanGenerator[StreamOf[Any]]:
        """Upgrade the (disabled) plugin to `remote` (default: its own name, so the
        newest push of it), granting what the new version asks for: a generator of
        the daemon's progress, as dicts (an async one on the asyncio client); the
        plugin is read again after the last. Nothing is sent before the first item
        is asked for.

        Raises:
            DockerException: the plugin is enabled (`disable()` it first).
            StreamError: the upgrade failed (from the generator).
        """
        if self.enabled:
            raise DockerException("Plugin must be disabled before upgrading.")
        if remote is None:
            remote = self._reference
        privileges = yield from _API.plugin_privileges.function(self._api, remote)
        return (
            yield from _API.upgrade_plugin.function(self._api, self._reference, remote, privileges)
        )

    upgrade = stream_then(_upgrading, then=_reloaded)


class Plugin(_PluginCore, Model):
    """A managed plugin (blocking)."""


class AsyncPlugin(_PluginCore, AsyncModel):
    """A managed plugin (asyncio: methods are coroutines, `upgrade` an async generator)."""


class _PluginCollectionCore(_CollectionCore[PluginT]):
    """The engine's plugins (shared by both flavours)."""

    @plan
    def create(
        self, name: str, plugin_data_dir: str | os.PathLike[str], gzip: bool = False
    ) -> PlanGenerator[PluginT]:
        """Make a plugin from a directory with its `config.json` and `rootfs/`, like
        `docker plugin create`, and return it (disabled); arguments as
        `APIClient.create_plugin`."""
        yield from _API.create_plugin.function(self._api, name, plugin_data_dir, gzip)
        plugin: PluginT = yield from fetch(self, name)
        return plugin

    @plan
    def get(self, name: str) -> PlanGenerator[PluginT]:
        """A plugin by name (`:latest` may be left out) or ID.

        Raises:
            NotFound: no such plugin.
        """
        return self.prepare_model((yield from _API.inspect_plugin.function(self._api, name)))

    @plan
    def install(self, remote_name: str, local_name: str | None = None) -> PlanGenerator[PluginT]:
        """Pull a plugin from a registry, granting what it asks for, like `docker
        plugin install`, and return it (disabled).

        Args:
            remote_name: its reference in the registry.
            local_name: the name to give it here (default: `remote_name`).

        Raises:
            StreamError: the pull failed.
        """
        privileges = yield from _API.plugin_privileges.function(self._api, remote_name)
        progress = yield from _API.pull_plugin.function(
            self._api, remote_name, privileges, local_name
        )
        yield Drain(picked(progress, nothing))  # waits for the pull; raises its error
        plugin: PluginT = yield from fetch(self, local_name or remote_name)
        return plugin

    @plan
    def list(self) -> PlanGenerator[list[PluginT]]:
        """The installed plugins, like `docker plugin ls`."""
        listed = yield from _API.plugins.function(self._api)
        return [self.prepare_model(entry) for entry in listed]


class PluginCollection(_PluginCollectionCore[Plugin], Collection[Plugin]):
    """The engine's plugins (`client.plugins`, blocking)."""

    model = Plugin


class AsyncPluginCollection(_PluginCollectionCore[AsyncPlugin], AsyncCollection[AsyncPlugin]):
    """The engine's plugins (`client.plugins` of an `AsyncDockerClient`)."""

    model = AsyncPlugin
