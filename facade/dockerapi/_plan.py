"""Plans: API methods written once, run by a sync or an async driver.

A plan is a generator function (its first argument is the client) that yields
instructions and receives their results, then returns the method's result::

    @plan
    def inspect_container(self, container: str) -> PlanGenerator[dict[str, Any]]:
        response = yield Request.build("GET", f"/containers/{container}/json",
                                       operation="ContainerInspect")
        return response.json()

Instructions a plan may yield:

- a `Request` -> the `Response` (read as the request's `expect` says);
- `CURRENT_VERSION` -> the API version in use (negotiated if needed);
- `Drain(stream_of)` -> every item of a stream, as a list (for the
  non-streaming forms of streaming endpoints);
- `Blocking(function)` -> what `function()` returns: work that may block (a
  credential helper's process, config files), which the async driver runs in a
  worker thread so that the event loop goes on meanwhile.

Daemon errors are thrown into the plan at the `yield`, so a plan can catch
`NotFound` and go on. A plan that fails while reading an answer (a `KeyError`
on a dict the daemon should have sent, a `TypeError` on a list that is a
string, a generated model refusing the JSON) raises `InvalidResponse` from the
driver instead: the daemon's answer was not what the API says.

A plan returns a plain value, a `StreamOf` (a streamed response plus a sans-IO
decoder factory and an item transform), a `SocketOf` (a hijacked
connection), or a tuple holding some of those (each element is wrapped,
e.g. `get_archive`'s `(stream, stat)`; a named tuple keeps its type). The
sync driver turns those into `Stream` / `HijackedSocket`, the async one into `AsyncStream` /
`AsyncHijackedSocket`.

Descriptors bind a plan to the client classes, typed for both sides:

- `plan`: sync `Callable[P, T]`, async `Callable[P, Coroutine[..., T]]`;
- `stream_plan`: the plan returns `StreamOf[T]`; sync gives `Stream[T]`,
  async gives (awaited) `AsyncStream[T]`;
- `socket_plan`: the plan returns `SocketOf`; sync gives `HijackedSocket`,
  async gives (awaited) `AsyncHijackedSocket`.

A method whose result kind depends on its arguments (docker-py's
`logs(stream=...)`) uses `plan` with a union or `Any` result and declares
`typing.overload`s for the client classes under `TYPE_CHECKING`.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Coroutine, Generator, Iterable
from dataclasses import dataclass
from typing import (
    TYPE_CHECKING,
    Any,
    Concatenate,
    Final,
    Generic,
    ParamSpec,
    Protocol,
    TypeVar,
    overload,
)

from ._request import Request, Response
from .errors import DockerException

if TYPE_CHECKING:
    from typing import Self

    from ._sockets import AsyncHijackedSocket, HijackedSocket
    from ._streams import AsyncStream, Stream

__all__ = [
    "CURRENT_VERSION",
    "AsyncClientBase",
    "AsyncPlanExecutor",
    "Blocking",
    "CurrentVersion",
    "Decoder",
    "Drain",
    "Instruction",
    "PlanGenerator",
    "SocketOf",
    "StreamOf",
    "SyncClientBase",
    "SyncPlanExecutor",
    "plan",
    "run_async",
    "run_sync",
    "socket_plan",
    "stream_plan",
]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
X = TypeVar("X")
P = ParamSpec("P")


class Decoder(Protocol[T_co]):
    """A sans-IO stream decoder: bytes in, items out, no I/O."""

    def feed(self, data: bytes) -> Iterable[T_co]: ...

    def flush(self) -> Iterable[T_co]: ...


class CurrentVersion:
    """Instruction: send back the API version in use."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "CURRENT_VERSION"


CURRENT_VERSION: Final = CurrentVersion()


def _identity(item: Any) -> Any:
    return item


@dataclass(frozen=True, slots=True)
class StreamOf(Generic[T]):
    """A streamed (or upgraded) response and how to turn its bytes into items.

    `decoder` makes a fresh sans-IO decoder; each decoded item goes through
    `transform`. Build with `StreamOf.decoded(...)` / `StreamOf.mapped(...)`
    for checked types.
    """

    response: Response
    decoder: Callable[[], Decoder[Any]]
    transform: Callable[[Any], T] = _identity

    @staticmethod
    def decoded(response: Response, decoder: Callable[[], Decoder[X]]) -> StreamOf[X]:
        return StreamOf(response, decoder)

    @staticmethod
    def mapped(
        response: Response, decoder: Callable[[], Decoder[X]], transform: Callable[[X], T]
    ) -> StreamOf[T]:
        return StreamOf(response, decoder, transform)


@dataclass(frozen=True, slots=True)
class SocketOf:
    """A hijacked connection (attach, exec start) to hand over as a socket."""

    response: Response


@dataclass(frozen=True, slots=True)
class Drain(Generic[T]):
    """Instruction: read a whole stream and send back its items as a list."""

    stream: StreamOf[T]


@dataclass(frozen=True, slots=True)
class Blocking(Generic[T]):
    """Instruction: call `function` and send back its result (or throw its exception);
    the async driver calls it in a worker thread (`asyncio.to_thread`)."""

    function: Callable[[], T]


Instruction = Request | CurrentVersion | Drain[Any] | Blocking[Any]
#: The type of a plan's generator: yields instructions, receives their results.
PlanGenerator = Generator[Any, Any, T]


class SyncPlanExecutor(Protocol):
    """What the sync driver needs: run one instruction, wrap results, discard."""

    def execute(self, instruction: Any) -> Any: ...

    def finish(self, result: Any) -> Any: ...

    def discard(self, response: Response) -> None: ...


class AsyncPlanExecutor(Protocol):
    async def execute(self, instruction: Any) -> Any: ...

    def finish(self, result: Any) -> Any: ...

    async def discard(self, response: Response) -> None: ...


def _kept_responses(result: Any) -> list[Response]:
    """The open responses a plan's result hands over: its stream or socket, or
    those inside a tuple (`get_archive` returns `(stream, stat)`)."""
    if isinstance(result, StreamOf | SocketOf):
        return [result.response]
    if isinstance(result, tuple):  # plain or named (`ExecResult(None, stream)`)
        return [item.response for item in result if isinstance(item, StreamOf | SocketOf)]
    return []


def _is_open(value: Any) -> bool:
    return isinstance(value, Response) and value.expect in ("stream", "upgrade")


#: What plan code raises when an answer has another shape than the API says.
_SHAPE_ERRORS = (TypeError, KeyError, IndexError, AttributeError, ValueError)


def _unexpected_shape(answer: Any, error: Exception) -> Exception:
    """`error`, raised by a plan reading `answer`, as the exception to raise."""
    if not isinstance(answer, Response) or isinstance(error, DockerException):
        return error
    detail = f"{type(error).__name__}: {error}"
    return answer.unexpected(f"the answer does not have the shape the API documents ({detail})")


def run_sync(executor: SyncPlanExecutor, generator: PlanGenerator[Any]) -> Any:
    """Drive a plan to its result with blocking I/O."""
    opened: list[Response] = []
    to_send: Any = None
    to_throw: BaseException | None = None
    try:
        while True:
            try:
                if to_throw is not None:
                    error, to_throw = to_throw, None
                    instruction = generator.throw(error)
                else:
                    instruction = generator.send(to_send)
            except StopIteration as stop:
                result = stop.value
                kept = _kept_responses(result)
                for response in opened:
                    if not any(response is k for k in kept):
                        executor.discard(response)
                opened.clear()
                return executor.finish(result)
            except _SHAPE_ERRORS as error:
                raised = _unexpected_shape(to_send, error)
                if raised is error:
                    raise
                raise raised from error
            try:
                to_send = executor.execute(instruction)
            except Exception as error:  # handed to the plan, which may catch it
                to_throw = error
                to_send = None
            else:
                if _is_open(to_send):
                    opened.append(to_send)
    finally:
        for response in opened:
            executor.discard(response)
        generator.close()


async def run_async(executor: AsyncPlanExecutor, generator: PlanGenerator[Any]) -> Any:
    """Drive a plan to its result with async I/O."""
    opened: list[Response] = []
    to_send: Any = None
    to_throw: BaseException | None = None
    try:
        while True:
            try:
                if to_throw is not None:
                    error, to_throw = to_throw, None
                    instruction = generator.throw(error)
                else:
                    instruction = generator.send(to_send)
            except StopIteration as stop:
                result = stop.value
                kept = _kept_responses(result)
                for response in opened:
                    if not any(response is k for k in kept):
                        await executor.discard(response)
                opened.clear()
                return executor.finish(result)
            except _SHAPE_ERRORS as error:
                raised = _unexpected_shape(to_send, error)
                if raised is error:
                    raise
                raise raised from error
            try:
                to_send = await executor.execute(instruction)
            except Exception as error:
                to_throw = error
                to_send = None
            else:
                if _is_open(to_send):
                    opened.append(to_send)
    finally:
        for response in opened:
            await executor.discard(response)
        generator.close()


class SyncClientBase:
    """Base of clients whose plans run with blocking I/O."""

    _executor: SyncPlanExecutor

    def _run_plan(self, generator: PlanGenerator[Any]) -> Any:
        return run_sync(self._executor, generator)


class AsyncClientBase:
    """Base of clients whose plans run on an event loop."""

    _executor: AsyncPlanExecutor

    async def _run_plan(self, generator: PlanGenerator[Any]) -> Any:
        return await run_async(self._executor, generator)


PlanFunction = Callable[Concatenate[Any, P], PlanGenerator[T]]


class _PlanDescriptor(Generic[P, T]):
    """Binds a plan function as a sync or an async method, depending on the client."""

    def __init__(self, function: PlanFunction[P, T]) -> None:
        self.function = function
        self.name = function.__name__
        functools.update_wrapper(self, function)  # type: ignore[arg-type]

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def _bind(self, obj: object) -> Callable[..., Any]:
        function = self.function
        if isinstance(obj, SyncClientBase):
            run = obj._run_plan

            def sync_method(*args: Any, **kwargs: Any) -> Any:
                return run(function(obj, *args, **kwargs))

            bound: Callable[..., Any] = sync_method
        elif isinstance(obj, AsyncClientBase):
            arun = obj._run_plan

            async def async_method(*args: Any, **kwargs: Any) -> Any:
                return await arun(function(obj, *args, **kwargs))

            bound = async_method
        else:
            raise TypeError(
                f"{self.name} is a plan: bind it to a SyncClientBase or AsyncClientBase "
                f"subclass, not {type(obj).__name__}"
            )
        functools.update_wrapper(bound, function)
        # Cache on the instance: later lookups skip the descriptor entirely.
        with contextlib.suppress(AttributeError):  # __slots__ classes bind each time
            obj.__dict__[self.name] = bound
        return bound


class plan(_PlanDescriptor[P, T]):
    """A plan returning a plain value."""

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> Self: ...
    @overload
    def __get__(self, obj: SyncClientBase, owner: type | None = None) -> Callable[P, T]: ...
    @overload
    def __get__(
        self, obj: AsyncClientBase, owner: type | None = None
    ) -> Callable[P, Coroutine[Any, Any, T]]: ...
    def __get__(self, obj: object, owner: type | None = None) -> Any:
        if obj is None:
            return self
        return self._bind(obj)


class stream_plan(_PlanDescriptor[P, "StreamOf[T]"]):
    """A plan returning `StreamOf[T]`: a `Stream[T]` / `AsyncStream[T]` to callers."""

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> Self: ...
    @overload
    def __get__(self, obj: SyncClientBase, owner: type | None = None) -> Callable[P, Stream[T]]: ...
    @overload
    def __get__(
        self, obj: AsyncClientBase, owner: type | None = None
    ) -> Callable[P, Coroutine[Any, Any, AsyncStream[T]]]: ...
    def __get__(self, obj: object, owner: type | None = None) -> Any:
        if obj is None:
            return self
        return self._bind(obj)


class socket_plan(_PlanDescriptor[P, SocketOf]):
    """A plan returning `SocketOf`: a `HijackedSocket` / `AsyncHijackedSocket` to callers."""

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> Self: ...
    @overload
    def __get__(
        self, obj: SyncClientBase, owner: type | None = None
    ) -> Callable[P, HijackedSocket]: ...
    @overload
    def __get__(
        self, obj: AsyncClientBase, owner: type | None = None
    ) -> Callable[P, Coroutine[Any, Any, AsyncHijackedSocket]]: ...
    def __get__(self, obj: object, owner: type | None = None) -> Any:
        if obj is None:
            return self
        return self._bind(obj)
