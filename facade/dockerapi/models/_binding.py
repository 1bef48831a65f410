"""How the high-level layer binds plans to models, collections and clients.

Models, collections and the high-level clients are plan hosts, like the
low-level clients: a blocking flavour subclasses `SyncClientBase`, an asyncio
flavour `AsyncClientBase`, and both run their plans on the low-level client's
executor (`_run_plan` hands the generator to `client.api`). A method written
once as a plan is therefore blocking on `Container` and a coroutine on
`AsyncContainer`, typed for each (see `dockerapi._plan`).

Helpers cover what the low-level layer did not need:

- `delegate(low_level_plan, doc)`: a model method that is a low-level plan
  with the model's ID as first argument (`Container.stop` is
  `APIClient.stop(container.id, ...)`); its signature is the low-level one
  without that argument, for callers and for type checkers. `forward` is the
  same without an ID (`containers.prune`, `client.ping`). Both take a plan
  `then(owner, result)` that makes the caller's result of the low-level one
  (`networks.create` reads the new network back as a `Network`).
- `plan_property`: a property that needs the daemon (`Container.image`):
  a value on the blocking flavour, an awaitable on the asyncio one.
- `flavoured`: an attribute holding the blocking or the asyncio class of a
  pair, chosen by the owner's flavour (`client.containers`; the blocking
  `client.swarm` is made anew on each read).
- `stream_then`: a method whose result is a generator (an async one on the
  asyncio flavour) of a stream's items, followed by a last plan step once the
  stream ended (`Plugin.upgrade` reloads the plugin).
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, overload

from .._plan import (
    AsyncClientBase,
    PlanGenerator,
    StreamOf,
    SyncClientBase,
    plan,
    socket_plan,
    stream_plan,
)
from .resource import _ModelCore

if TYPE_CHECKING:
    from typing import Self

__all__ = ["delegate", "flavoured", "forward", "plan_property", "reference", "stream_then"]

P = ParamSpec("P")
T = TypeVar("T")
S = TypeVar("S")
A = TypeVar("A")


def reference(value: Any) -> Any:
    """What a low-level method takes for an object: a model becomes its ID;
    IDs, names and dicts pass unchanged."""
    return value.id if isinstance(value, _ModelCore) else value


def _without_target(function: Callable[..., Any]) -> inspect.Signature:
    """The signature of a low-level plan `(self, target, ...)` as the model's method
    shows it: `(self, ...)`."""
    signature = inspect.signature(function)
    self_parameter, _target, *rest = signature.parameters.values()
    return signature.replace(parameters=[self_parameter, *rest])


def _calling(low: Any, doc: str, then: Any, *, with_id: bool) -> Any:
    """A descriptor of `low`'s kind whose plan runs `low` on the owner's low-level
    client (with the owner's ID first if `with_id`), then `then(owner, result)`."""
    function = low.function

    def method(self: Any, /, *args: Any, **kwargs: Any) -> PlanGenerator[Any]:
        target = (self.id,) if with_id else ()
        result = yield from function(self._api, *target, *args, **kwargs)
        if then is None:
            return result
        return (yield from then(self, result))

    method.__name__ = method.__qualname__ = function.__name__
    method.__doc__ = doc
    signature = _without_target(function) if with_id else inspect.signature(function)
    if then is not None:
        signature = signature.replace(return_annotation=inspect.signature(then).return_annotation)
    method.__signature__ = signature  # type: ignore[attr-defined]
    return type(low)(method)


@overload
def delegate(low: stream_plan[Concatenate[Any, P], T], doc: str) -> stream_plan[P, T]: ...
@overload
def delegate(low: socket_plan[Concatenate[Any, P]], doc: str) -> socket_plan[P]: ...
@overload
def delegate(
    low: plan[Concatenate[Any, P], Any], doc: str, then: Callable[[Any, Any], PlanGenerator[T]]
) -> plan[P, T]: ...
@overload
def delegate(low: plan[Concatenate[Any, P], T], doc: str) -> plan[P, T]: ...
def delegate(low: Any, doc: str, then: Any = None) -> Any:
    """A model method: the low-level plan `low` called with the model's ID first
    (and its result passed through the plan `then(model, result)`, if given).

    The result is the same kind of descriptor as `low` (plan, stream plan or
    socket plan), so both flavours and their typing follow.
    """
    return _calling(low, doc, then, with_id=True)


@overload
def forward(low: stream_plan[P, T], doc: str) -> stream_plan[P, T]: ...
@overload
def forward(
    low: plan[P, Any], doc: str, then: Callable[[Any, Any], PlanGenerator[T]]
) -> plan[P, T]: ...
@overload
def forward(low: plan[P, T], doc: str) -> plan[P, T]: ...
def forward(low: Any, doc: str, then: Any = None) -> Any:
    """A collection's or client's method: the low-level plan `low` with the same
    arguments (its result passed through the plan `then(owner, result)`, if given)."""
    return _calling(low, doc, then, with_id=False)


class plan_property(Generic[T]):
    """A read-only property computed by a plan (it asks the daemon).

    On a blocking model the value is returned; on an asyncio model an
    awaitable of it (`await container.image`). Nothing is cached: each read
    asks again, as docker-py's properties do.
    """

    def __init__(self, function: Callable[[Any], PlanGenerator[T]]) -> None:
        self.function = function
        self.__doc__ = function.__doc__
        self.__name__ = function.__name__

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> Self: ...
    @overload
    def __get__(self, obj: SyncClientBase, owner: type | None = None) -> T: ...
    @overload
    def __get__(
        self, obj: AsyncClientBase, owner: type | None = None
    ) -> Coroutine[Any, Any, T]: ...
    def __get__(self, obj: object, owner: type | None = None) -> Any:
        if obj is None:
            return self
        if not isinstance(obj, SyncClientBase | AsyncClientBase):
            raise TypeError(f"{self.__name__} needs a model bound to a client")
        return obj._run_plan(self.function(obj))


class flavoured(Generic[S, A]):
    """A per-instance object of one of two classes, chosen by the owner's flavour:
    `sync_class(owner)` on a blocking owner, `async_class(owner)` on an asyncio one.
    Made on first access and kept (`client.containers` is one object per client).
    With `renew_sync`, a blocking owner gets a new object on each access instead
    (`client.swarm`, which reads the swarm when made, as docker-py's does)."""

    def __init__(
        self,
        sync_class: Callable[[Any], S],
        async_class: Callable[[Any], A],
        *,
        renew_sync: bool = False,
    ) -> None:
        self.sync_class = sync_class
        self.async_class = async_class
        self.renew_sync = renew_sync
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> Self: ...
    @overload
    def __get__(self, obj: SyncClientBase, owner: type | None = None) -> S: ...
    @overload
    def __get__(self, obj: AsyncClientBase, owner: type | None = None) -> A: ...
    def __get__(self, obj: object, owner: type | None = None) -> Any:
        if obj is None:
            return self
        made: Any
        if isinstance(obj, SyncClientBase):
            made = self.sync_class(obj)
            if self.renew_sync:
                return made
        elif isinstance(obj, AsyncClientBase):
            made = self.async_class(obj)
        else:
            raise TypeError(f"{self.name} needs a DockerClient or an AsyncDockerClient")
        obj.__dict__[self.name] = made  # later reads find it without the descriptor
        return made


class stream_then(Generic[P, T]):
    """A method returning a generator of a stream's items that runs one more plan
    step after the last item (docker-py's `Plugin.upgrade`: the progress, then a reload).

    `start(owner, ...)` is a plan returning `StreamOf[T]`; `then(owner)` a plan run
    once the stream ended. On a blocking owner the method returns an iterator, on an
    asyncio one an async iterator; nothing is sent before the first item is asked
    for, and closing the generator early closes the stream (and skips `then`).
    """

    def __init__(
        self,
        start: Callable[Concatenate[Any, P], PlanGenerator[StreamOf[T]]],
        then: Callable[[Any], PlanGenerator[Any]],
    ) -> None:
        self.start = start
        self.then = then
        #: The plan that starts the stream (what signature readers look at).
        self.function = start
        self.__doc__ = start.__doc__
        self.__name__ = start.__name__
        self.__signature__ = inspect.signature(start)

    def __set_name__(self, owner: type, name: str) -> None:
        self.__name__ = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> Self: ...
    @overload
    def __get__(
        self, obj: SyncClientBase, owner: type | None = None
    ) -> Callable[P, Iterator[T]]: ...
    @overload
    def __get__(
        self, obj: AsyncClientBase, owner: type | None = None
    ) -> Callable[P, AsyncIterator[T]]: ...
    def __get__(self, obj: object, owner: type | None = None) -> Any:
        if obj is None:
            return self
        start, then = self.start, self.then
        if isinstance(obj, SyncClientBase):

            def items(*args: Any, **kwargs: Any) -> Iterator[T]:
                stream: Any = obj._run_plan(start(obj, *args, **kwargs))
                with stream:
                    yield from stream
                obj._run_plan(then(obj))

            return items
        if isinstance(obj, AsyncClientBase):

            async def async_items(*args: Any, **kwargs: Any) -> AsyncIterator[T]:
                stream: Any = await obj._run_plan(start(obj, *args, **kwargs))
                async with stream:
                    async for item in stream:
                        yield item
                await obj._run_plan(then(obj))

            return async_items
        raise TypeError(f"{self.__name__} needs a model bound to a client")
