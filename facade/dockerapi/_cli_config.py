"""The Docker CLI's `config.json`: finding it, reading it, and the settings a client takes from it.

The file lives in `$DOCKER_CONFIG`, else `~/.docker`. docker-py keeps it as
`APIClient._general_configs` and reads from it: `proxies` (environment
variables added by `create_container`), `detachKeys` (the default of
`attach_socket`) and `currentContext` (which daemon `from_env` talks to).
For those settings an unreadable or malformed file reads as empty: the CLI's
config is its own business, and a client must not fail because of it.

Registry credentials (`dockerapi.auth`) are looked up in docker-py's order
(`find_config_file`: an explicit path, `$DOCKER_CONFIG/config.json`,
`~/.docker/config.json`, the legacy `~/.dockercfg`) and read with the same
`read_json_file`, which raises `InvalidConfigFile` naming the file, never
echoing its content (it may hold credentials).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import Any

from .constants import IS_WINDOWS_PLATFORM
from .errors import InvalidConfigFile

__all__ = [
    "DOCKER_CONFIG_FILENAME",
    "LEGACY_DOCKER_CONFIG_FILENAME",
    "config_dir",
    "config_path_from_environment",
    "detach_keys",
    "find_config_file",
    "home_dir",
    "load_config",
    "load_general_config",
    "proxy_entry",
    "read_json_file",
]

DOCKER_CONFIG_FILENAME = os.path.join(".docker", "config.json")
LEGACY_DOCKER_CONFIG_FILENAME = ".dockercfg"


def home_dir(environment: Mapping[str, str] | None = None) -> str:
    """The user's home as the Docker CLI finds it (%USERPROFILE% on Windows)."""
    env = os.environ if environment is None else environment
    if IS_WINDOWS_PLATFORM:
        return env.get("USERPROFILE", "")
    return env.get("HOME") or os.path.expanduser("~")


def config_dir(environment: Mapping[str, str] | None = None) -> str:
    """The CLI's configuration directory for `environment` (default: os.environ)."""
    env = os.environ if environment is None else environment
    return env.get("DOCKER_CONFIG") or os.path.join(home_dir(env), ".docker")


def config_path_from_environment(environment: Mapping[str, str] | None = None) -> str | None:
    """`$DOCKER_CONFIG/config.json`, or None when DOCKER_CONFIG is unset."""
    env = os.environ if environment is None else environment
    directory = env.get("DOCKER_CONFIG")
    if not directory:
        return None
    return os.path.join(directory, os.path.basename(DOCKER_CONFIG_FILENAME))


def find_config_file(
    config_path: str | os.PathLike[str] | None = None,
    environment: Mapping[str, str] | None = None,
) -> str | None:
    """The first of these that exists (docker-py's order), or None: `config_path`,
    `$DOCKER_CONFIG/config.json`, `~/.docker/config.json`, `~/.dockercfg`."""
    home = home_dir(environment)
    candidates = (
        os.fspath(config_path) if config_path else None,
        config_path_from_environment(environment),
        os.path.join(home, DOCKER_CONFIG_FILENAME),
        os.path.join(home, LEGACY_DOCKER_CONFIG_FILENAME),
    )
    for path in candidates:
        if path and os.path.exists(path):
            return path
    return None


def read_json_file(path: str) -> Any:
    """The parsed JSON of `path`.

    Raises:
        InvalidConfigFile: the file cannot be read or is not JSON (the message
            names the file and the problem, not the content).
    """
    try:
        with open(path, encoding="utf-8") as stream:
            return json.load(stream)
    except OSError as error:
        raise InvalidConfigFile(f"cannot read {path}: {error.strerror or error}") from None
    except ValueError as error:
        where = ""
        if isinstance(error, json.JSONDecodeError):
            where = f" (line {error.lineno}, column {error.colno}: {error.msg})"
        raise InvalidConfigFile(f"{path} is not valid JSON{where}") from None


def load_config(environment: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The parsed `config.json`, or {} when it is missing, unreadable or not an object."""
    try:
        config = read_json_file(os.path.join(config_dir(environment), "config.json"))
    except InvalidConfigFile:
        return {}
    return config if isinstance(config, dict) else {}


def load_general_config(config_path: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """docker-py's `load_general_config`: the file `find_config_file` finds, parsed;
    {} when there is none or it is not JSON (a legacy `.dockercfg`)."""
    path = find_config_file(config_path)
    if path is None:
        return {}
    try:
        config = read_json_file(path)
    except InvalidConfigFile:
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


def detach_keys(config: Mapping[str, Any]) -> str | None:
    """The CLI's `detachKeys` (the default of attach and exec), when it names any."""
    keys = config.get("detachKeys")
    return keys if isinstance(keys, str) and keys else None
