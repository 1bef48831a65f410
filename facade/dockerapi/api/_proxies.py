"""The proxies of the Docker CLI's config.json that containers and builds receive."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._cli_config import proxy_entry
from ..utils.proxy import ProxyConfig

if TYPE_CHECKING:
    from .._host import DockerHost

__all__ = ["ConfigProxiesMixin"]


class ConfigProxiesMixin:
    """`_proxy_configs` (docker-py's attribute, settable): the `proxies` entry of the
    CLI's config.json for this daemon, looked up by its address (normalised:
    `unix:///...`, `tcp://...`), then in docker-py's `base_url` form, then `default`;
    read once, on first use. `create_container(use_config_proxy=True)` and
    `build(use_config_proxy=True)` pass it on as environment variables / build args."""

    base_url: str
    _host: DockerHost
    _proxy_config_cache: ProxyConfig | None = None

    if TYPE_CHECKING:

        @property
        def _general_configs(self) -> dict[str, Any]: ...

    @property
    def _proxy_configs(self) -> ProxyConfig:
        configs = self._proxy_config_cache
        if configs is None:
            entry = proxy_entry(self._general_configs, (self._host.url, self.base_url))
            configs = self._proxy_config_cache = ProxyConfig.from_dict(entry)
        return configs

    @_proxy_configs.setter
    def _proxy_configs(self, value: ProxyConfig) -> None:
        self._proxy_config_cache = value
