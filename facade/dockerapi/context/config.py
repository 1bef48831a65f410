"""docker-py's ``docker.context.config``: where the Docker CLI keeps contexts.

Thin names over `dockerapi._context_store` (the store host resolution reads
too). Paths follow the CLI: `$DOCKER_CONFIG` (or `~/.docker`) + `contexts/`,
where docker-py takes the directory of whichever config file it finds first
(and a relative `contexts` when it finds none).
"""

from __future__ import annotations

from typing import Final

from .. import _context_store as store
from .._host import parse_host
from ..constants import IS_WINDOWS_PLATFORM

__all__ = [
    "METAFILE",
    "get_context_dir",
    "get_context_host",
    "get_context_id",
    "get_current_context_name",
    "get_meta_dir",
    "get_meta_file",
    "get_tls_dir",
    "write_context_name_to_docker_config",
]

METAFILE: Final = store.META_FILE


def get_current_context_name() -> str:
    """The current context: `DOCKER_CONTEXT`, else the CLI config's
    `currentContext`, else "default"."""
    return store.current_context_name()


def write_context_name_to_docker_config(name: str | None = None) -> Exception | None:
    """Make `name` the CLI's current context (None or "default": unset it).

    Returns the exception on failure instead of raising, as docker-py does.
    """
    try:
        store.set_current_context_name(name)
    except Exception as error:  # docker-py's contract: hand the error back
        return error
    return None


def get_context_id(name: str) -> str:
    """The hex SHA-256 of a context name: its directory in the store."""
    return store.context_id(name)


def get_context_dir() -> str:
    """The store: `<config dir>/contexts`."""
    return store.contexts_dir()


def get_meta_dir(name: str | None = None) -> str:
    """`contexts/meta`, or the metadata directory of `name`."""
    return store.meta_dir(name)


def get_meta_file(name: str) -> str:
    """`contexts/meta/<id>/meta.json`."""
    return store.meta_file(name)


def get_tls_dir(name: str | None = None, endpoint: str = "") -> str:
    """`contexts/tls`, or the TLS directory of `name` (and `endpoint`)."""
    return store.tls_dir(name, endpoint)


def get_context_host(path: str | None = None, tls: bool = False) -> str:
    """A daemon address as a context stores it: in DOCKER_HOST spelling
    (`unix:///var/run/docker.sock`, `tcp://host:2376`, `ssh://user@host`), which
    the Docker CLI can read back (docker-py stores `https://host:2376` for any
    tcp address with TLS; here only an address written `https://` stays so).

    Whether a `tcp://` endpoint uses TLS comes from the context's TLS material
    and `SkipTLSVerify`, as in the CLI.
    """
    parsed = parse_host(path, IS_WINDOWS_PLATFORM, tls)
    if parsed.startswith("http+unix://"):
        return parsed[len("http+") :]
    written_https = (path or "").strip().lower().startswith("https://")
    if parsed.startswith(("http://", "https://")) and not written_https:
        return "tcp://" + parsed.split("://", 1)[1]
    return parsed
