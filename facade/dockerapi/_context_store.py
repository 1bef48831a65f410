"""The Docker CLI's context store: one reader and writer for host resolution and `dockerapi.context`.

Layout (the CLI's, under its config directory, `$DOCKER_CONFIG` or `~/.docker`)::

    contexts/meta/<sha256 of the name>/meta.json
        {"Name": ..., "Metadata": {...}, "Endpoints": {"docker": {"Host": ..., "SkipTLSVerify": ...}}}
    contexts/tls/<sha256 of the name>/<endpoint>/{ca,cert,key}.pem

The CLI's current context is `currentContext` in `config.json`. Everything
here takes the environment to read (`DOCKER_CONFIG`), default `os.environ`.
Files are written the CLI's way: directories 0700 for TLS material, the files
0600 (keys) or 0644 (metadata), each replaced atomically.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Mapping
from typing import Any, Final

from ._cli_config import config_dir, load_config
from .errors import ContextException
from .tls import TLSConfig

__all__ = [
    "DEFAULT_NAME",
    "META_FILE",
    "TLS_FILES",
    "context_id",
    "contexts_dir",
    "current_context_name",
    "docker_endpoint",
    "endpoint_tls",
    "list_metadata",
    "meta_dir",
    "meta_file",
    "read_metadata",
    "remove_context",
    "set_current_context_name",
    "tls_dir",
    "write_metadata",
    "write_tls_file",
]

DEFAULT_NAME: Final = "default"
META_FILE: Final = "meta.json"
#: The CLI's names for an endpoint's TLS material, by role.
TLS_FILES: Final = {"ca": "ca.pem", "cert": "cert.pem", "key": "key.pem"}
_CONFIG_FILE: Final = "config.json"


def context_id(name: str) -> str:
    """The directory name of a context: the hex SHA-256 of its name."""
    return hashlib.sha256(name.encode("utf-8")).hexdigest()


def contexts_dir(environment: Mapping[str, str] | None = None) -> str:
    return os.path.join(config_dir(environment), "contexts")


def meta_dir(name: str | None = None, environment: Mapping[str, str] | None = None) -> str:
    """The metadata directory of `name`, or of all contexts."""
    root = os.path.join(contexts_dir(environment), "meta")
    return os.path.join(root, context_id(name)) if name else root


def meta_file(name: str, environment: Mapping[str, str] | None = None) -> str:
    return os.path.join(meta_dir(name, environment), META_FILE)


def tls_dir(
    name: str | None = None, endpoint: str = "", environment: Mapping[str, str] | None = None
) -> str:
    """The TLS directory of `name` (one endpoint's with `endpoint`), or of all contexts."""
    root = os.path.join(contexts_dir(environment), "tls")
    return os.path.join(root, context_id(name), endpoint) if name else root


def _field(mapping: Mapping[str, Any], name: str) -> Any:
    """A JSON field the way Go reads it: exact name first, then any case."""
    if name in mapping:
        return mapping[name]
    lowered = name.lower()
    for key, value in mapping.items():
        if key.lower() == lowered:
            return value
    return None


def read_metadata(name: str, environment: Mapping[str, str] | None = None) -> dict[str, Any] | None:
    """A context's metadata as `{"Name", "Metadata", "Endpoints"}`, or None when it
    does not exist.

    Raises:
        ContextException: the file cannot be read or is not a context's metadata.
    """
    path = meta_file(name, environment)
    try:
        with open(path, encoding="utf-8") as stream:
            raw = json.load(stream)
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        raise ContextException(
            f"Cannot read Docker context {name!r} from {path}: {error}"
        ) from error
    return _normalised(raw, path)


def _normalised(raw: Any, path: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise ContextException(f"{path} is not a Docker context's metadata (not an object)")
    endpoints = _field(raw, "Endpoints") or {}
    metadata = _field(raw, "Metadata") or {}
    name = _field(raw, "Name")
    if (
        not isinstance(endpoints, dict)
        or not isinstance(metadata, dict)
        or not isinstance(name, str)
    ):
        raise ContextException(f"{path} is not a Docker context's metadata")
    return {"Name": name, "Metadata": metadata, "Endpoints": endpoints}


def docker_endpoint(metadata: Mapping[str, Any]) -> tuple[str, bool] | None:
    """The docker endpoint's (Host, SkipTLSVerify), or None when there is none."""
    endpoint = metadata["Endpoints"].get("docker")
    if not isinstance(endpoint, dict):
        return None
    host = _field(endpoint, "Host") or ""
    if not isinstance(host, str):
        raise ContextException(f"Docker context {metadata['Name']!r} has a malformed Host")
    return host, bool(_field(endpoint, "SkipTLSVerify"))


def list_metadata(environment: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
    """The metadata of every stored context (any depth below `meta/`, as the CLI
    lists them), sorted by name.

    Raises:
        ContextException: a metadata file cannot be read.
    """
    found: list[dict[str, Any]] = []
    for directory, _, files in os.walk(meta_dir(None, environment)):
        if META_FILE not in files:
            continue
        path = os.path.join(directory, META_FILE)
        try:
            with open(path, encoding="utf-8") as stream:
                found.append(_normalised(json.load(stream), path))
        except (OSError, ValueError) as error:
            raise ContextException(f"Failed to load metafile {path}: {error}") from error
    return sorted(found, key=lambda metadata: metadata["Name"])


def endpoint_tls(
    name: str,
    endpoint: str,
    *,
    skip_verify: bool,
    environment: Mapping[str, str] | None = None,
) -> TLSConfig | None:
    """The endpoint's TLS settings from the files present (`ca.pem`, `cert.pem` +
    `key.pem`), or None when there are none (a plain connection)."""
    directory = tls_dir(name, endpoint, environment)

    def existing(role: str) -> str | None:
        path = os.path.join(directory, TLS_FILES[role])
        return path if os.path.isfile(path) else None

    ca_cert, cert, key = existing("ca"), existing("cert"), existing("key")
    if not (ca_cert or cert or key):
        return None
    return TLSConfig(
        client_cert=(cert, key) if cert and key else None,
        ca_cert=ca_cert,
        verify=not skip_verify,
    )


def _write_atomically(path: str, data: bytes, mode: int) -> None:
    directory = os.path.dirname(path)
    descriptor, temporary = tempfile.mkstemp(dir=directory, prefix=".tmp-")
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def write_metadata(
    metadata: Mapping[str, Any], environment: Mapping[str, str] | None = None
) -> str:
    """Store a context's metadata; returns its metadata directory."""
    directory = meta_dir(metadata["Name"], environment)
    os.makedirs(directory, mode=0o755, exist_ok=True)
    data = json.dumps(dict(metadata), separators=(",", ":")).encode("utf-8")
    _write_atomically(os.path.join(directory, META_FILE), data, 0o644)
    return directory


def write_tls_file(
    name: str,
    endpoint: str,
    role: str,
    source: str,
    environment: Mapping[str, str] | None = None,
) -> str:
    """Copy one TLS file (`role`: ca, cert or key) into the store under the CLI's name."""
    directory = tls_dir(name, endpoint, environment)
    os.makedirs(directory, mode=0o700, exist_ok=True)
    with open(source, "rb") as stream:
        data = stream.read()
    target = os.path.join(directory, TLS_FILES[role])
    _write_atomically(target, data, 0o600)
    return target


def remove_context(name: str, environment: Mapping[str, str] | None = None) -> None:
    """Delete a context's metadata and TLS material."""
    for directory in (meta_dir(name, environment), tls_dir(name, "", environment)):
        shutil.rmtree(directory, ignore_errors=True)


def current_context_name(environment: Mapping[str, str] | None = None) -> str:
    """`DOCKER_CONTEXT`, else `currentContext` of config.json, else "default"."""
    env = os.environ if environment is None else environment
    named = env.get("DOCKER_CONTEXT")
    if named:
        return named
    current = load_config(env).get("currentContext")
    return current if isinstance(current, str) and current else DEFAULT_NAME


def set_current_context_name(
    name: str | None, environment: Mapping[str, str] | None = None
) -> None:
    """Set (or, with None or "default", remove) `currentContext` in config.json,
    keeping everything else in the file.

    Raises:
        ContextException: config.json exists but cannot be read as a JSON object,
            or cannot be written.
    """
    directory = config_dir(environment)
    path = os.path.join(directory, _CONFIG_FILE)
    config: dict[str, Any] = {}
    mode = 0o600
    try:
        with open(path, encoding="utf-8") as stream:
            loaded = json.load(stream)
        mode = os.stat(path).st_mode & 0o777
    except FileNotFoundError:
        loaded = {}
    except (OSError, ValueError) as error:
        raise ContextException(
            f"Failed to set current context: cannot read {path}: {error}"
        ) from error
    if not isinstance(loaded, dict):
        raise ContextException(f"Failed to set current context: {path} is not a JSON object")
    config = loaded
    if name and name != DEFAULT_NAME:
        config["currentContext"] = name
    elif "currentContext" in config:
        del config["currentContext"]
    else:
        return
    try:
        os.makedirs(directory, mode=0o700, exist_ok=True)
        _write_atomically(path, json.dumps(config, indent="\t").encode("utf-8"), mode)
    except OSError as error:
        raise ContextException(f"Failed to set current context: {error}") from error
