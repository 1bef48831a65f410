"""`Model` and `Collection`: the bases of docker-py's high-level objects, both flavours.

A model is one object on the daemon (a container, a network...): `attrs` is
what the daemon said about it (a dict), `id`/`short_id` name it, `client` is
the high-level client it came from and `collection` the collection that made
it. A collection makes models: `get`, `list`, `create` and `prepare_model`.

Each base comes in two flavours made from one implementation: `Model` /
`Collection` run their plans with blocking I/O (docker-py's classes, also the
names for code that subclasses them), `AsyncModel` / `AsyncCollection` on an
event loop, where the same methods are coroutines. Methods are written once
as plans (`dockerapi._plan`) in a shared core class; the flavoured classes
only say which client runs them. See `docs/architecture.md`.
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from .._plan import AsyncClientBase, PlanGenerator, SyncClientBase, _PlanDescriptor, plan
from ..errors import DockerException

if TYPE_CHECKING:
    from ..api.client import APIClient, AsyncAPIClient
    from ..client import AsyncDockerClient, DockerClient

__all__ = ["AsyncCollection", "AsyncModel", "Collection", "Model", "ModelT", "fetch", "invoke"]

ModelT = TypeVar("ModelT", bound="_ModelCore")


class _ModelCore:
    """What both model flavours share: data, identity, `reload`."""

    #: The key of `attrs` holding the object's ID (`"Name"` for volumes).
    id_attribute: ClassVar[str] = "Id"

    client: DockerClient | AsyncDockerClient
    collection: Any

    def __init__(
        self, attrs: Mapping[str, Any] | None = None, client: Any = None, collection: Any = None
    ) -> None:
        #: The high-level client this object was read through.
        self.client = client
        #: The collection that made this object (it reloads it).
        self.collection = collection
        #: The daemon's description of the object, as the API returned it.
        self.attrs: dict[str, Any] = attrs if isinstance(attrs, dict) else dict(attrs or {})

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {self.short_id}>"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, type(self)) and self.id == other.id

    def __hash__(self) -> int:
        return hash(f"{type(self).__name__}:{self.id}")

    @property
    def _api(self) -> APIClient | AsyncAPIClient:
        """The low-level client the plans run on."""
        return self.client.api

    @property
    def id(self) -> Any:
        """The object's ID (None when `attrs` has none)."""
        return self.attrs.get(self.id_attribute)

    @property
    def short_id(self) -> str:
        """The ID cut to 12 characters."""
        return str(self.id)[:12]

    @plan
    def reload(self) -> PlanGenerator[None]:
        """Read the object from the daemon again and replace `attrs` with the answer."""
        fresh = yield from fetch(self.collection, self.id)
        self.attrs = fresh.attrs


class _CollectionCore(Generic[ModelT]):
    """What both collection flavours share: the client, `prepare_model`."""

    #: The model class this collection makes (set by each collection).
    model: type[ModelT]

    client: DockerClient | AsyncDockerClient

    def __init__(self, client: Any = None) -> None:
        #: The high-level client this collection reads through.
        self.client = client

    @property
    def _api(self) -> APIClient | AsyncAPIClient:
        """The low-level client the plans run on."""
        return self.client.api

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        raise TypeError(
            f"{type(self).__name__!r} object is not callable: this is a collection of the "
            "high-level client (docker-py 2.0+); the low-level methods are on client.api"
        )

    def prepare_model(self, attrs: _ModelCore | Mapping[str, Any]) -> ModelT:
        """A model of this collection from the daemon's description of an object
        (or an existing model, which is rebound to this collection and client)."""
        if isinstance(attrs, _ModelCore):
            attrs.client = self.client
            attrs.collection = self
            return attrs  # type: ignore[return-value]  # a model of this collection's kind
        if isinstance(attrs, Mapping):
            return self.model(attrs=attrs, client=self.client, collection=self)
        raise DockerException(f"Can't create {self.model.__name__} from {attrs!r}")


def invoke(owner: Any, name: str, /, *args: Any, **kwargs: Any) -> PlanGenerator[Any]:
    """`owner.name(*args, **kwargs)` from inside a plan (`images.pull` from `containers.run`).

    The method is normally a plan, run as part of the calling plan; a subclass
    written the docker-py way, with a plain method, works too on the blocking
    flavour.
    """
    method = inspect.getattr_static(type(owner), name, None)
    if isinstance(method, _PlanDescriptor):
        return (yield from method.function(owner, *args, **kwargs))
    return getattr(owner, name)(*args, **kwargs)


def fetch(collection: Any, key: str) -> PlanGenerator[Any]:
    """`collection.get(key)` from inside a plan (see `invoke`)."""
    return (yield from invoke(collection, "get", key))


class Model(_ModelCore, SyncClientBase):
    """A base class for one object on the daemon, read through a `DockerClient`."""

    client: DockerClient

    def _run_plan(self, generator: PlanGenerator[Any]) -> Any:
        return self._api._run_plan(generator)


class AsyncModel(_ModelCore, AsyncClientBase):
    """`Model` for an `AsyncDockerClient`: the same methods, as coroutines."""

    client: AsyncDockerClient

    async def _run_plan(self, generator: PlanGenerator[Any]) -> Any:
        return await self._api._run_plan(generator)


class Collection(_CollectionCore[ModelT], SyncClientBase):
    """A base class for all objects of one kind on the daemon (`DockerClient`)."""

    client: DockerClient

    def _run_plan(self, generator: PlanGenerator[Any]) -> Any:
        return self._api._run_plan(generator)


class AsyncCollection(_CollectionCore[ModelT], AsyncClientBase):
    """`Collection` for an `AsyncDockerClient`: the same methods, as coroutines."""

    client: AsyncDockerClient

    async def _run_plan(self, generator: PlanGenerator[Any]) -> Any:
        return await self._api._run_plan(generator)
