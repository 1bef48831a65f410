"""Secrets: `Secret` and `SecretCollection` (`client.secrets`), docker-py's, and their
asyncio twins `AsyncSecret` / `AsyncSecretCollection` (one implementation). The
daemon never gives a secret's data back: `attrs` holds its ID and spec."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .._plan import PlanGenerator, plan
from ..api.secret import SecretApiMixin
from ._binding import delegate
from ._named_objects import _NamedObjectCollectionCore, _NamedObjectCore
from ._typed import typed
from .resource import AsyncCollection, AsyncModel, Collection, Model

if TYPE_CHECKING:
    from docker_engine_api.models import Secret as SecretModel

__all__ = ["AsyncSecret", "AsyncSecretCollection", "Secret", "SecretCollection"]

SecretT = TypeVar("SecretT", bound="_SecretCore")

_API = SecretApiMixin


class _SecretCore(_NamedObjectCore):
    """A swarm secret (shared by `Secret` and `AsyncSecret`)."""

    @property
    def model(self) -> SecretModel:
        """`attrs` as the generated typed model (`docker_engine_api.models.Secret`)."""
        from docker_engine_api.models import Secret as SecretModel

        return typed(SecretModel, self.attrs)

    remove = delegate(_API.remove_secret, "Remove this secret (no service may use it); True.")


class Secret(_SecretCore, Model):
    """A swarm secret (blocking)."""


class AsyncSecret(_SecretCore, AsyncModel):
    """A swarm secret (asyncio: methods are coroutines)."""


class _SecretCollectionCore(_NamedObjectCollectionCore[SecretT]):
    """The swarm's secrets (shared by both flavours)."""

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
        created = yield from _API.create_secret.function(self._api, name, data, labels, driver)
        return self._created(created, name)

    @plan
    def get(self, secret_id: str) -> PlanGenerator[SecretT]:
        """A secret by ID or name.

        Raises:
            NotFound: no such secret.
        """
        return self.prepare_model((yield from _API.inspect_secret.function(self._api, secret_id)))

    @plan
    def list(self, filters: Mapping[str, Any] | None = None) -> PlanGenerator[list[SecretT]]:
        """The secrets, like `docker secret ls` (`filters`: `id`, `label`, `name`, `names`)."""
        return self._listed((yield from _API.secrets.function(self._api, filters)))


class SecretCollection(_SecretCollectionCore[Secret], Collection[Secret]):
    """The swarm's secrets (`client.secrets`, blocking)."""

    model = Secret


class AsyncSecretCollection(_SecretCollectionCore[AsyncSecret], AsyncCollection[AsyncSecret]):
    """The swarm's secrets (`client.secrets` of an `AsyncDockerClient`)."""

    model = AsyncSecret
