"""The client's registry credentials, shared by the mixins whose methods talk to registries."""

from __future__ import annotations

from .._wire import SENDS_NOTHING, Keywords
from ..auth import AuthConfig, load_config

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

    @_RELOAD_CONFIG.describes
    def reload_config(self, dockercfg_path: str | None = None) -> None:
        """Read the registry credentials again (from `dockercfg_path` when given)."""
        self._auth_configs = load_config(dockercfg_path, credstore_env=self.credstore_env)
