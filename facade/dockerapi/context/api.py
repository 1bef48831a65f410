"""docker-py's ``docker.context.ContextAPI``: create, list, inspect, use and remove Docker contexts.

Contexts live in the Docker CLI's store (see `dockerapi.context.Context`);
`dockerapi.from_env()` and the CLI read the same files, so a context created
here is one `docker --context NAME` and `from_env()` use.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from typing import Any, ClassVar, Final

from .. import _context_store as store
from ..errors import (
    ContextAlreadyExists,
    ContextException,
    ContextNotFound,
    MissingContextParameter,
)
from ..tls import TLSConfig
from .context import Context

__all__ = ["ContextAPI"]

#: The names the Docker CLI accepts for a new context.
_VALID_NAME: Final = re.compile(r"[a-zA-Z0-9][a-zA-Z0-9_.+-]+")


class ContextAPI:
    """Docker contexts, as class methods (docker-py's API)."""

    DEFAULT_CONTEXT: ClassVar[Context] = Context("default", "swarm")

    @classmethod
    def create_context(
        cls,
        name: str,
        orchestrator: str | None = None,
        host: str | None = None,
        tls_cfg: TLSConfig | None = None,
        default_namespace: str | None = None,
        skip_tls_verify: bool = False,
    ) -> Context:
        """Create and store a context (`docker context create`).

        Args:
            name: the new context's name (the CLI's rule: a letter or digit,
                then letters, digits, `_`, `.`, `+`, `-`).
            orchestrator: docker-py's `StackOrchestrator` metadata.
            host: the daemon address (default: the local socket).
            tls_cfg: TLS settings whose files are copied into the store.
            default_namespace: the endpoint's `DefaultNamespace`.
            skip_tls_verify: do not verify the daemon's certificate.

        Raises:
            MissingContextParameter: no name.
            ContextException: the name is "default" or not a valid name.
            ContextAlreadyExists: a context of that name exists.
        """
        if not name:
            raise MissingContextParameter("name")
        if name == store.DEFAULT_NAME:
            raise ContextException('"default" is a reserved context name')
        if not _VALID_NAME.fullmatch(name):
            raise ContextException(
                f"context name {name!r} is invalid, names are validated against regexp "
                f"{'^' + _VALID_NAME.pattern + '$'!r}"
            )
        if Context.load_context(name) is not None:
            raise ContextAlreadyExists(name)
        endpoint = "docker" if not orchestrator or orchestrator == "swarm" else orchestrator
        context = Context(name, orchestrator)
        context.set_endpoint(
            endpoint,
            host,
            tls_cfg,
            skip_tls_verify=skip_tls_verify,
            def_namespace=default_namespace,
        )
        context.save()
        return context

    @classmethod
    def get_context(cls, name: str | None = None) -> Context | None:
        """The context `name` (default: the current one), or None when it does not exist."""
        if not name:
            name = store.current_context_name()
        if name == store.DEFAULT_NAME:
            return cls.DEFAULT_CONTEXT
        return Context.load_context(name)

    @classmethod
    def contexts(cls) -> list[Context]:
        """Every context: "default" first, then the stored ones by name.

        Raises:
            ContextException: a stored context cannot be read.
        """
        found: list[Context] = [cls.DEFAULT_CONTEXT]
        for metadata in store.list_metadata():
            context = Context.load_context(metadata["Name"])
            if context is not None:
                found.append(context)
        return found

    @classmethod
    def get_current_context(cls) -> Context | None:
        """The current context: `DOCKER_CONTEXT`, else the CLI's `currentContext`,
        else "default"."""
        return cls.get_context()

    @classmethod
    def kwargs_from_context(
        cls, name: str | None = None, environment: Mapping[str, str] | None = None
    ) -> dict[str, Any]:
        """`{"base_url": ..., "tls": ...}` for a client of the context `name`
        (default: `DOCKER_CONTEXT`, then the current one); {} for a context
        without a host."""
        env = os.environ if environment is None else environment
        if name is None:
            name = env.get("DOCKER_CONTEXT") or None
        context = cls.get_context(name)
        if context is None or not context.Host:
            return {}
        params: dict[str, Any] = {"base_url": context.Host}
        if context.TLSConfig is not None:
            params["tls"] = context.TLSConfig
        return params

    @classmethod
    def set_current_context(cls, name: str = "default") -> None:
        """Make `name` the CLI's current context (`docker context use`).

        Raises:
            ContextNotFound: there is no such context.
            ContextException: config.json cannot be updated.
        """
        if cls.get_context(name) is None:
            raise ContextNotFound(name)
        store.set_current_context_name(name)

    @classmethod
    def remove_context(cls, name: str) -> None:
        """Delete a context (and, if it is the current one, unset it).

        Raises:
            MissingContextParameter: no name.
            ContextException: the name is "default".
            ContextNotFound: there is no such context.
        """
        if not name:
            raise MissingContextParameter("name")
        if name == store.DEFAULT_NAME:
            raise ContextException('context "default" cannot be removed')
        context = Context.load_context(name)
        if context is None:
            raise ContextNotFound(name)
        if name == store.current_context_name():
            store.set_current_context_name(None)
        context.remove()

    @classmethod
    def inspect_context(cls, name: str = "default") -> dict[str, Any]:
        """What `docker context inspect NAME` shows, as a dict.

        Raises:
            MissingContextParameter: no name.
            ContextNotFound: there is no such context.
        """
        if not name:
            raise MissingContextParameter("name")
        if name == store.DEFAULT_NAME:
            return cls.DEFAULT_CONTEXT()
        context = Context.load_context(name)
        if context is None:
            raise ContextNotFound(name)
        return context()
