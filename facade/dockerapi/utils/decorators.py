"""Method decorators with docker-py's names (``docker.utils.decorators``)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from dockerapi.errors import InvalidVersion, NullResource
from dockerapi.utils._versions import version_lt

__all__ = ["check_resource", "minimum_version", "resource_id_of", "update_headers"]

_R = TypeVar("_R")


def resource_id_of(resource: object) -> Any:
    """An object's ID: the ``Id``/``ID`` of an inspect-style dict, anything else as is."""
    if isinstance(resource, dict):
        return resource.get("Id", resource.get("ID"))
    return resource


def check_resource(resource_name: str) -> Callable[[Callable[..., _R]], Callable[..., _R]]:
    """Make a method's first argument a resource ID, whatever form the caller used.

    The decorated method may be called with the ID positionally or as keyword
    ``resource_name``, or with a dict holding ``Id``/``ID`` (what inspect and list calls
    return). A missing or empty ID raises :class:`~dockerapi.errors.NullResource` before
    the method runs.
    """

    def decorator(method: Callable[..., _R]) -> Callable[..., _R]:
        @functools.wraps(method)
        def wrapped(self: Any, resource_id: Any = None, *args: Any, **kwargs: Any) -> _R:
            if resource_id is None and kwargs.get(resource_name):
                resource_id = kwargs.pop(resource_name)
            resource_id = resource_id_of(resource_id)
            if not resource_id:
                raise NullResource("Resource ID was not provided")
            return method(self, resource_id, *args, **kwargs)

        return wrapped

    return decorator


def minimum_version(version: str) -> Callable[[Callable[..., _R]], Callable[..., _R]]:
    """Make a client method raise `InvalidVersion` when the client's API version
    (`self._version`) is older than `version`. (dockerapi's own methods are
    gated by the version table instead.)"""

    def decorator(method: Callable[..., _R]) -> Callable[..., _R]:
        @functools.wraps(method)
        def wrapped(self: Any, *args: Any, **kwargs: Any) -> _R:
            if version_lt(self._version, version):
                raise InvalidVersion(f"{method.__name__} is not available for version < {version}")
            return method(self, *args, **kwargs)

        return wrapped

    return decorator


def update_headers(method: Callable[..., _R]) -> Callable[..., _R]:
    """Add the `HttpHeaders` of the client's CLI config (`self._general_configs`)
    to the `headers` keyword of a request method (`_get`, `_post`, ...)."""

    @functools.wraps(method)
    def wrapped(self: Any, *args: Any, **kwargs: Any) -> _R:
        configured = self._general_configs.get("HttpHeaders")
        if isinstance(configured, dict) and configured:
            if not kwargs.get("headers"):
                kwargs["headers"] = dict(configured)
            else:
                kwargs["headers"].update(configured)
        return method(self, *args, **kwargs)

    return wrapped
