"""docker-py's `PluginApiMixin`: make, pull, push, upgrade, configure, enable, disable,
inspect, list and remove managed plugins.

Written once as plans for `APIClient` and `AsyncAPIClient`, with docker-py's names,
arguments and result shapes. `create_plugin` streams the plugin's directory as a tar
archive made while it is sent (nothing is written to disk or held whole in memory);
pull, push and upgrade return the daemon's progress as a stream of dicts, which raises
after an error line (see `_progress`). Registry credentials come from the client's
config (`dockerapi.auth`), as for image pulls and pushes.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import Any, Final

import httpx

from .._executor import ClientSettings
from .._plan import PlanGenerator, StreamOf, plan, stream_plan
from .._request import DEFAULT_TIMEOUT, DefaultTimeout, Request, Response
from .._transport import streaming_timeout
from .._wire import Keywords
from ..errors import InvalidArgument
from ..utils._context import local_context
from ..utils._reference import check_reference
from ._progress import progress_stream
from ._registry_auth import RegistryAuthMixin
from ._resources import ResourceRef, resource_path

__all__ = ["PluginApiMixin"]

#: What a plugin's directory holds (`create_plugin`).
_MANIFEST: Final = "config.json"
_ROOTFS: Final = "rootfs"
_TAR_HEADERS: Final = {"Content-Type": "application/x-tar"}

# Where each method's keyword arguments go on the wire (see `_wire.py`).
_NAME = ("name",)
# the privileges granted are the whole body
_PRIVILEGES_GRANTED = {"privileges": ""}
_LIST = Keywords("PluginList")
_INSPECT = Keywords("PluginInspect", unversioned=_NAME)
_PRIVILEGES = Keywords("GetPluginPrivileges", query={"name": "remote"})
_PULL = Keywords("PluginPull", query={"remote": "remote", "name": "name"}, body=_PRIVILEGES_GRANTED)
_UPGRADE = Keywords(
    "PluginUpgrade", query={"remote": "remote"}, body=_PRIVILEGES_GRANTED, unversioned=_NAME
)
_PUSH = Keywords("PluginPush", unversioned=_NAME)
# `gzip` is accepted for docker-py and not used: the daemon reads plugin archives
# uncompressed only (moby's splitConfigRootFSFromTar), so docker-py's gzip=True fails.
_CREATE = Keywords("PluginCreate", query={"name": "name"}, unversioned=("plugin_data_dir", "gzip"))
# the options are the whole body: ["KEY=value", ...]
_CONFIGURE = Keywords("PluginSet", body={"options": ""}, unversioned=_NAME)
_ENABLE = Keywords("PluginEnable", query={"timeout": "timeout"}, unversioned=_NAME)
_DISABLE = Keywords("PluginDisable", query={"force": "force"}, unversioned=_NAME)
_REMOVE = Keywords("PluginDelete", query={"force": "force"}, unversioned=_NAME)


def _privileges(privileges: Sequence[Mapping[str, Any]] | None) -> list[dict[str, Any]]:
    """The privileges granted (what `plugin_privileges` lists), as the body."""
    if privileges is None:
        return []
    if isinstance(privileges, Mapping | str | bytes) or not all(
        isinstance(privilege, Mapping) for privilege in privileges
    ):
        raise TypeError(
            "privileges must be a list of dicts as plugin_privileges() returns them, "
            f"not {privileges!r}"
        )
    return [dict(privilege) for privilege in privileges]


def _options(options: Mapping[str, Any] | Sequence[str]) -> list[str]:
    if isinstance(options, Mapping):
        return [f"{key}={value}" for key, value in options.items()]
    if isinstance(options, str | bytes) or not all(isinstance(o, str) for o in options):
        raise TypeError(f"options must be a dict or a list of 'KEY=value' strings, not {options!r}")
    return list(options)


def _plugin_directory(plugin_data_dir: str | os.PathLike[str]) -> str:
    root = os.fspath(plugin_data_dir)
    if not os.path.isfile(os.path.join(root, _MANIFEST)) or not os.path.isdir(
        os.path.join(root, _ROOTFS)
    ):
        raise InvalidArgument(
            f"{root!r} is not a plugin directory: it needs {_MANIFEST} and a {_ROOTFS} directory"
        )
    return root


class PluginApiMixin(RegistryAuthMixin):
    """Managed plugins, as docker-py names their methods."""

    _settings: ClientSettings

    def _transfer(
        self, method: str, path: str, operation: str, reference: str, **arguments: Any
    ) -> PlanGenerator[StreamOf[Any]]:
        """A pull, push or upgrade of `reference` with its registry's credentials: its
        progress as a stream of dicts."""
        headers = yield from self._registry_auth_headers(reference)
        response: Response = yield Request.build(
            method,
            path,
            headers=headers,
            expect="stream",
            timeout=streaming_timeout(self._settings.timeout),
            operation=operation,
            **arguments,
        )
        return progress_stream(response, decode=True)

    @plan
    @_LIST.describes
    def plugins(self) -> PlanGenerator[list[dict[str, Any]]]:
        """The installed plugins, as dicts."""
        response: Response = yield Request.build("GET", "/plugins", operation="PluginList")
        result: list[dict[str, Any]] = response.json() or []
        return result

    @plan
    @_INSPECT.describes
    def inspect_plugin(self, name: ResourceRef) -> PlanGenerator[dict[str, Any]]:
        """A plugin's details: `Name`, `Enabled`, `Settings`, `Config`, ... (`name`
        may leave out `:latest`)."""
        response: Response = yield Request.build(
            "GET", resource_path("plugins", name, "json"), operation="PluginInspect"
        )
        result: dict[str, Any] = response.json()
        return result

    @plan
    @_PRIVILEGES.describes
    def plugin_privileges(self, name: str) -> PlanGenerator[list[dict[str, Any]]]:
        """What a plugin in a registry asks to be granted (network, mounts,
        capabilities, ...): a list of `{"Name", "Description", "Value"}` to pass to
        `pull_plugin` / `upgrade_plugin` once agreed to.

        Args:
            name: the plugin's reference in its registry.
        """
        check_reference(name, what="plugin")
        headers = yield from self._registry_auth_headers(name)
        response: Response = yield Request.build(
            "GET",
            "/plugins/privileges",
            params=_PRIVILEGES.query(name=name),
            headers=headers,
            operation="GetPluginPrivileges",
        )
        result: list[dict[str, Any]] = response.json() or []
        return result

    @stream_plan
    @_PULL.describes
    def pull_plugin(
        self,
        remote: str,
        privileges: Sequence[Mapping[str, Any]] | None,
        name: str | None = None,
    ) -> PlanGenerator[StreamOf[Any]]:
        """Install a plugin from a registry (disabled; `enable_plugin` starts it).

        Args:
            remote: the plugin's reference in its registry.
            privileges: the privileges granted (`plugin_privileges(remote)`); the
                daemon refuses a plugin that asks for others.
            name: the local name (default: `remote`).

        Returns:
            A stream of the daemon's progress, as dicts.

        Raises:
            InvalidRepository: a malformed `remote` or `name` (before sending).
            StreamError: (from the stream, after the error dict) the pull failed.
        """
        check_reference(remote, what="plugin")
        if name:
            check_reference(name, what="plugin name")
        return (
            yield from self._transfer(
                "POST",
                "/plugins/pull",
                "PluginPull",
                remote,
                params=_PULL.query(remote=remote, name=name or None),
                json=_privileges(privileges),
            )
        )

    @stream_plan
    @_UPGRADE.describes
    def upgrade_plugin(
        self, name: ResourceRef, remote: str, privileges: Sequence[Mapping[str, Any]] | None
    ) -> PlanGenerator[StreamOf[Any]]:
        """Replace a disabled plugin's files with `remote`'s, keeping its settings.

        Args:
            name: the installed plugin.
            remote: the reference to upgrade to.
            privileges: the privileges granted (`plugin_privileges(remote)`).

        Returns:
            A stream of the daemon's progress, as dicts.
        """
        check_reference(remote, what="plugin")
        return (
            yield from self._transfer(
                "POST",
                resource_path("plugins", name, "upgrade"),
                "PluginUpgrade",
                remote,
                params=_UPGRADE.query(remote=remote),
                json=_privileges(privileges),
            )
        )

    @stream_plan
    @_PUSH.describes
    def push_plugin(self, name: str) -> PlanGenerator[StreamOf[Any]]:
        """Push a plugin to the registry its name says (`host:port/name:tag`).

        Returns:
            A stream of the daemon's progress, as dicts.
        """
        check_reference(name, what="plugin")
        return (
            yield from self._transfer(
                "POST", resource_path("plugins", name, "push"), "PluginPush", name
            )
        )

    @plan
    @_CREATE.describes
    def create_plugin(
        self, name: str, plugin_data_dir: str | os.PathLike[str], gzip: bool = False
    ) -> PlanGenerator[bool]:
        """Make a plugin from a directory holding its `config.json` and `rootfs/`.

        The directory is sent as a tar archive produced while it is sent.

        Args:
            name: the plugin's name (`name[:tag]`, with a registry to push it to).
            plugin_data_dir: the directory.
            gzip: accepted for docker-py compatibility; the archive is sent
                uncompressed, the only form the daemon reads (docker-py's compressed
                archive is refused with "invalid tar header").

        Returns:
            True.

        Raises:
            InvalidArgument: the directory lacks `config.json` or `rootfs`.
            InvalidRepository: a malformed `name`.
            BuildContextError: a file cannot be read (all before sending).
        """
        check_reference(name, what="plugin name")
        context = local_context(_plugin_directory(plugin_data_dir), [])
        context.check_readable()
        yield Request.build(
            "POST",
            "/plugins/create",
            params=_CREATE.query(name=name),
            headers=_TAR_HEADERS,
            content=context.chunks(),
            expect="empty",
            timeout=streaming_timeout(self._settings.timeout),
            operation="PluginCreate",
        )
        return True

    @plan
    @_CONFIGURE.describes
    def configure_plugin(
        self, name: ResourceRef, options: Mapping[str, Any] | Sequence[str]
    ) -> PlanGenerator[bool]:
        """Set a disabled plugin's settable env, mounts, devices or args:
        `{"DEBUG": "1"}` or `["DEBUG=1"]`. Returns True."""
        yield Request.build(
            "POST",
            resource_path("plugins", name, "set"),
            json=_options(options),
            expect="empty",
            operation="PluginSet",
        )
        return True

    @plan
    @_ENABLE.describes
    def enable_plugin(self, name: ResourceRef, timeout: int = 0) -> PlanGenerator[bool]:
        """Start a plugin.

        Args:
            timeout: seconds the daemon waits for the plugin to answer (0: its
                default); the call waits that much longer than the client's timeout.

        Returns:
            True.
        """
        if isinstance(timeout, bool) or not isinstance(timeout, int) or timeout < 0:
            raise InvalidArgument(
                f"timeout must be a non-negative number of seconds, not {timeout!r}"
            )
        yield Request.build(
            "POST",
            resource_path("plugins", name, "enable"),
            params=_ENABLE.query(timeout=timeout),
            expect="empty",
            timeout=self._waiting(timeout),
            operation="PluginEnable",
        )
        return True

    @plan
    @_DISABLE.describes
    def disable_plugin(self, name: ResourceRef, force: bool = False) -> PlanGenerator[bool]:
        """Stop a plugin (`force`: even while something uses it). Returns True."""
        yield Request.build(
            "POST",
            resource_path("plugins", name, "disable"),
            params=_DISABLE.query(force=True if force else None),
            expect="empty",
            operation="PluginDisable",
        )
        return True

    @plan
    @_REMOVE.describes
    def remove_plugin(self, name: ResourceRef, force: bool = False) -> PlanGenerator[bool]:
        """Remove a plugin (`force`: disable it first, even while in use). Returns True."""
        yield Request.build(
            "DELETE",
            resource_path("plugins", name),
            params=_REMOVE.query(force=True if force else None),
            operation="PluginDelete",
        )
        return True

    def _waiting(self, seconds: int) -> float | httpx.Timeout | DefaultTimeout | None:
        """The client's timeout, lengthened by what the daemon is asked to wait."""
        base = self._settings.timeout
        if not seconds or base is None:
            return DEFAULT_TIMEOUT
        return base + seconds
