"""The client's registry credentials, shared by the mixins whose methods talk to registries."""

from __future__ import annotations

import functools
from typing import cast

from .._plan import Blocking, PlanGenerator
from .._wire import SENDS_NOTHING, Keywords
from ..auth import AuthClient, AuthConfig, load_config, registry_auth_headers

__all__ = ["RegistryAuthMixin"]

# `reload_config` reads a file and sends nothing (see `_wire.py`).
_RELOAD_CONFIG = Keywords(SENDS_NOTHING, unversioned=("dockercfg_path",))


class RegistryAuthMixin:
    """`_auth_configs` (docker-py's attribute: the CLI config's credentials, read
    on first use, settable) and docker-py's `reload_config`."""

    credstore_env: dict[str, str] | None
    _auth_config_cache: AuthConfig | None = None

    @property
    def _auth_configs(self) -> AuthConfig:
        configs = self._auth_config_cache
        if configs is None:
            configs = self._auth_config_cache = load_config(credstore_env=self.credstore_env)
        return configs

    @_auth_configs.setter
    def _auth_configs(self, value: AuthConfig) -> None:
        self._auth_config_cache = value

    def _registry_auth_headers(self, reference: str) -> PlanGenerator[dict[str, str]]:
        """`{"X-Registry-Auth": ...}` for `reference`'s registry from the client's config
        (`{}` without credentials), looked up off the event loop: a credential helper is
        a process to run."""
        lookup = functools.partial(registry_auth_headers, cast(AuthClient, self), reference)
        headers: dict[str, str] = yield Blocking(lookup)
        return headers

    @_RELOAD_CONFIG.describes
    def reload_config(self, dockercfg_path: str | None = None) -> None:
        """Read the registry credentials again (from `dockercfg_path` when given)."""
        self._auth_configs = load_config(dockercfg_path, credstore_env=self.credstore_env)
