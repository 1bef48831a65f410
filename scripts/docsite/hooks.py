"""MkDocs hooks of the documentation site (mkdocs.yml: `hooks:`).

- The engine reference pages (one per tag of the spec) are made from the operation
  index at build time and put into the nav under "client.engine".
- Every public name of the API must have a docstring: each one missing is a
  warning, so `mkdocs build --strict` (scripts/docs --strict, CI) fails.
- The build must work offline: from startup on, opening a network connection
  raises (`offline`), so a plugin or theme that starts fetching fails the build.
"""

from __future__ import annotations

import socket
import sys
from pathlib import Path
from typing import Any, Literal

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from docsite import engine_pages, public_api

log = get_plugin_logger("dockerapi")

#: The nav entry the engine pages replace.
ENGINE_NAV_ENTRY = f"{engine_pages.ENGINE_DIR}/index.md"


class NetworkDuringBuild(RuntimeError):
    """Something tried to reach the network while the site was being built."""


def _refuse_connection(sock: socket.socket, address: Any) -> None:
    raise NetworkDuringBuild(
        f"the docs build must work offline, but something connected to {address!r}"
    )


_unguarded_connect = socket.socket.connect


def offline(enabled: bool = True) -> None:
    """Make every outgoing connection but to a unix socket raise (or allow them again)."""

    def connect(sock: socket.socket, address: Any) -> None:
        if sock.family == getattr(socket, "AF_UNIX", None):
            return _unguarded_connect(sock, address)
        return _refuse_connection(sock, address)

    socket.socket.connect = connect if enabled else _unguarded_connect  # type: ignore[method-assign]


def on_startup(command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
    """Before anything is loaded: no network from here on (a server may still listen)."""
    offline()


def _with_engine_pages(nav: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in nav:
        if isinstance(item, dict):
            ((title, value),) = item.items()
            if isinstance(value, list):
                out.append({title: _with_engine_pages(value)})
                continue
            if value == ENGINE_NAV_ENTRY:
                tags = [
                    {engine_pages.tag_title(tag): f"{engine_pages.ENGINE_DIR}/{tag}.md"}
                    for tag in engine_pages.operations_by_tag()
                ]
                out.append({title: [ENGINE_NAV_ENTRY, *tags]})
                continue
        out.append(item)
    return out


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """List the engine pages in the nav; warn about public names without a docstring."""
    config.nav = _with_engine_pages(config.nav or [])
    for name in public_api.missing_docstrings():
        log.warning(f"public name without a docstring: {name}")
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the engine reference pages (made in memory, never written to docs/)."""
    for path, text in engine_pages.pages().items():
        files.append(File.generated(config, path, content=text))
    return files
