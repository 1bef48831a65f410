"""Secrets: `Secret` and `SecretCollection` (`client.secrets`), docker-py's, and their
asyncio twins `AsyncSecret` / `AsyncSecretCollection` (one implementation, shared with
configs: `_named_objects`). The daemon never gives a secret's data back: `attrs` hold
its ID and spec."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .._plan import PlanGenerator, plan
from ..api.secret import SecretApiMixin
from ._named_objects import _NamedObjectCollectionCore, _NamedObjectCore
from .resource import AsyncCollection, AsyncModel, Collection, Model

if TYPE_CHECKING:
    from docker_engine_api.models import Secret as SecretModel  # noqa: F401  # the base's argument

__all__ = ["AsyncSecret", "AsyncSecretCollection", "Secret", "SecretCollection"]

SecretT = TypeVar("SecretT", bound="_SecretCore")


class _SecretCore(_NamedObjectCore["SecretModel"]):
    """A swarm secret (shared by `Secret` and `AsyncSecret`)."""

    _typed_model = "Secret"
    _remove = SecretApiMixin.remove_secret


class Secret(_SecretCore, Model):
    """A swarm secret (blocking)."""


class AsyncSecret(_SecretCore, AsyncModel):
    """A swarm secret (asyncio: methods are coroutines)."""


class _SecretCollectionCore(_NamedObjectCollectionCore[SecretT]):
    """The swarm's secrets (shared by both flavours)."""

    _create = SecretApiMixin.create_secret
    _inspect = SecretApiMixin.inspect_secret
    _list = SecretApiMixin.secrets

    @plan
    def create(
        self,
        name: str,
        data: str | bytes,
        labels: Mapping[str, str] | None = None,
        driver: Mapping[str, Any] | None = None,
    ) -> PlanGenerator[SecretT]:
        """Create a secret, like `docker secret create` (arguments as
        `APIClient.create_secret`); its `attrs` are its ID and name until `reload()`.

        Raises:
            InvalidArgument: a bad name (before anything is sent).
        """
        return (yield from self._created(name, data, labels, driver))

    @plan
    def get(self, secret_id: str) -> PlanGenerator[SecretT]:
        """A secret by ID or name.

        Raises:
            NotFound: no such secret.
        """
        return (yield from self._got(secret_id))


class SecretCollection(_SecretCollectionCore[Secret], Collection[Secret]):
    """The swarm's secrets (`client.secrets`, blocking)."""

    model = Secret


class AsyncSecretCollection(_SecretCollectionCore[AsyncSecret], AsyncCollection[AsyncSecret]):
    """The swarm's secrets (`client.secrets` of an `AsyncDockerClient`)."""

    model = AsyncSecret
