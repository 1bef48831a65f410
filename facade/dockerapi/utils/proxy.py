"""`ProxyConfig`: the proxies the Docker CLI's config.json names for containers
(docker-py's `docker.utils.proxy`).

`config.json` has `{"proxies": {"default": {"httpProxy": ..., "httpsProxy": ...,
"ftpProxy": ..., "noProxy": ..., "allProxy": ...}}}`; containers made with
`use_config_proxy=True` get them as environment variables, lower and upper case.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from ._translate import format_environment

__all__ = ["ProxyConfig"]

#: (config.json key, ProxyConfig key, environment variable)
_PROXY_SETTINGS: Final = (
    ("httpProxy", "http", "http_proxy"),
    ("httpsProxy", "https", "https_proxy"),
    ("ftpProxy", "ftp", "ftp_proxy"),
    ("noProxy", "no_proxy", "no_proxy"),
    # Not in docker-py's ProxyConfig, but the Docker CLI passes it on too.
    ("allProxy", "all", "all_proxy"),
)


class ProxyConfig(dict[str, Any]):
    """A client's proxy settings: keys `http`, `https`, `ftp`, `no_proxy` (and
    `all` when the config names `allProxy`)."""

    @property
    def http(self) -> Any:
        """The proxy for HTTP (`http`), or None."""
        return self.get("http")

    @property
    def https(self) -> Any:
        """The proxy for HTTPS (`https`), or None."""
        return self.get("https")

    @property
    def ftp(self) -> Any:
        """The proxy for FTP (`ftp`), or None."""
        return self.get("ftp")

    @property
    def no_proxy(self) -> Any:
        """The hosts reached without a proxy (`no_proxy`), or None."""
        return self.get("no_proxy")

    @staticmethod
    def from_dict(config: Mapping[str, Any]) -> ProxyConfig:
        """From one entry of config.json's `proxies` (`httpProxy`, `httpsProxy`, ...)."""
        proxy = ProxyConfig(
            http=config.get("httpProxy"),
            https=config.get("httpsProxy"),
            ftp=config.get("ftpProxy"),
            no_proxy=config.get("noProxy"),
        )
        if config.get("allProxy"):
            proxy["all"] = config["allProxy"]
        return proxy

    def get_environment(self) -> dict[str, str]:
        """The environment variables for these settings (`http_proxy` and
        `HTTP_PROXY`, ...), unset and non-string ones left out."""
        environment: dict[str, str] = {}
        for _config_key, key, variable in _PROXY_SETTINGS:
            value = self.get(key)
            if isinstance(value, str) and value:
                environment[variable] = value
                environment[variable.upper()] = value
        return environment

    def inject_proxy_environment(self, environment: list[str] | None) -> list[str] | None:
        """`KEY=value` proxy variables followed by `environment` (which wins on
        duplicate keys: the daemon keeps the last), as docker-py combines them."""
        if not self:
            return environment
        proxy_environment = format_environment(self.get_environment())
        if not environment:
            return proxy_environment
        return [*proxy_environment, *environment]

    def __str__(self) -> str:
        return (
            f"ProxyConfig(http={self.http}, https={self.https}, "
            f"ftp={self.ftp}, no_proxy={self.no_proxy})"
        )
