"""The Docker CLI's `config.json`: the settings a client takes from it.

The file lives in `$DOCKER_CONFIG`, else `~/.docker`. docker-py keeps it as
`APIClient._general_configs` and reads from it: `proxies` (environment
variables added by `create_container`), `detachKeys` (the default of
`attach_socket`) and `currentContext` (which daemon `from_env` talks to).
An unreadable or malformed file reads as empty: the CLI's config is its own
business, and a client must not fail because of it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import Any

__all__ = ["config_dir", "detach_keys", "load_config", "proxy_entry", "proxy_variables"]

#: `proxies` keys of the CLI's config -> the environment variables they become.
_PROXY_VARIABLES = (
    ("httpProxy", "http_proxy"),
    ("httpsProxy", "https_proxy"),
    ("ftpProxy", "ftp_proxy"),
    ("noProxy", "no_proxy"),
    ("allProxy", "all_proxy"),
)


def config_dir(environment: Mapping[str, str] | None = None) -> str:
    """The CLI's configuration directory for `environment` (default: os.environ)."""
    env = os.environ if environment is None else environment
    return env.get("DOCKER_CONFIG") or os.path.join(os.path.expanduser("~"), ".docker")


def load_config(environment: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The parsed `config.json`, or {} when it is missing, unreadable or not an object."""
    path = os.path.join(config_dir(environment), "config.json")
    try:
        with open(path, encoding="utf-8") as stream:
            config = json.load(stream)
    except (OSError, ValueError):
        return {}
    return config if isinstance(config, dict) else {}


def proxy_entry(config: Mapping[str, Any], addresses: tuple[str, ...]) -> dict[str, Any]:
    """The `proxies` entry for the first of `addresses` that has one, else `default`."""
    proxies = config.get("proxies")
    if not isinstance(proxies, dict):
        return {}
    for key in (*addresses, "default"):
        entry = proxies.get(key)
        if isinstance(entry, dict):
            return entry
    return {}


def proxy_variables(config: Mapping[str, Any], addresses: tuple[str, ...]) -> dict[str, str]:
    """The environment variables (lower and upper case) the `proxies` entry for the
    first of `addresses` (else `default`) sets: what containers and builds get."""
    entry = proxy_entry(config, addresses)
    variables: dict[str, str] = {}
    for config_key, variable in _PROXY_VARIABLES:
        value = entry.get(config_key)
        if isinstance(value, str) and value:
            variables[variable] = value
            variables[variable.upper()] = value
    return variables


def detach_keys(config: Mapping[str, Any]) -> str | None:
    """The CLI's `detachKeys` (the default of attach and exec), when it names any."""
    keys = config.get("detachKeys")
    return keys if isinstance(keys, str) and keys else None
