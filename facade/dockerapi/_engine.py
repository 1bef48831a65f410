"""`client.engine`: every operation of the generated package, through the executors.

The generated `docker_engine_api.engine` module declares one typed method per
operation; each hands its operation id and arguments to an invoker. The
invokers here turn that into a plan: call the endpoint's `build_request`, add
the caller's extra params/headers, send through the executor (version prefix,
gating, errors), and read the answer by the operation's response kind from
`docker_engine_api._operations` — data, not code per operation:

- json: the endpoint's own `parse_response` (typed model);
- empty: None; bytes: the body (text where the spec says string);
- head-headers: the response headers as a dict;
- stream-bytes: a stream of byte chunks;
- jsonl: a stream of objects (items parsed into the item model when the index
  names one; an error object after HTTP 200 raises `StreamError`);
- multiplexed: a stream of `(stream id, payload)` frames (raw TTY output comes
  as stdout frames; told apart by the Content-Type on API >= 1.42, else by the
  first bytes);
- hijack: a raw socket (attach, exec start; the session asks for h2c).
  The websocket attach is refused before sending (no websocket client).
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Coroutine, Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any

import httpx

from ._decoders import FrameDecoder, JSONLinesDecoder, RawDecoder, SniffingFrameDecoder
from ._executor import AsyncExecutor, SyncExecutor
from ._paths import fill_path
from ._plan import Decoder, PlanGenerator, SocketOf, StreamOf, run_async, run_sync
from ._request import DEFAULT_TIMEOUT, NO_JSON, Expect, Request, Response, encode_params
from ._timeouts import check_timeout
from ._transport import streaming_timeout
from .errors import InvalidArgument

if TYPE_CHECKING:
    from docker_engine_api._operations import Operation
    from docker_engine_api.engine import AsyncOperations, SyncOperations

__all__ = ["OperationBinding", "async_operations", "binding", "sync_operations"]

_EXPECT: dict[str, Expect] = {
    "json": "json",
    "empty": "empty",
    "bytes": "bytes",
    "head-headers": "head",
    "stream-bytes": "stream",
    "jsonl": "stream",
    "multiplexed": "stream",
    "hijack": "upgrade",
}
_MULTIPLEXED_STREAM = "application/vnd.docker.multiplexed-stream"


class OperationBinding:
    """How to call one operation and read its answer; built once per operation."""

    __slots__ = (
        "_item_parser",
        "_module",
        "binary_body",
        "expect",
        "kind",
        "null_is_empty_list",
        "operation",
        "operation_id",
        "text_body",
    )

    def __init__(self, operation: Operation) -> None:
        self.operation = operation
        self.operation_id = operation.operation_id
        self.kind = operation.kind
        self.expect: Expect = _EXPECT[operation.kind]
        self.binary_body = operation.body is not None and operation.body.binary
        successes = [t for status, t in operation.success.items() if 100 <= status < 300]
        self.text_body = bool(successes) and all(t == "str" for t in successes)
        self.null_is_empty_list = any(t is not None and t.startswith("list[") for t in successes)
        self._module: ModuleType | None = None
        self._item_parser: Callable[[Any], Any] | None = None

    @property
    def module(self) -> ModuleType:
        module = self._module
        if module is None:
            module = self._module = importlib.import_module(self.operation.module)
        return module

    def item_parser(self) -> Callable[[Any], Any] | None:
        """`Model.from_dict` for the items of a JSON-lines stream, when known."""
        if self._item_parser is None and self.operation.item_model:
            models = importlib.import_module("docker_engine_api.models")
            self._item_parser = getattr(models, self.operation.item_model).from_dict
        return self._item_parser

    def request(
        self,
        arguments: dict[str, Any],
        extra_params: Mapping[str, Any] | None,
        extra_headers: Mapping[str, str] | None,
        request_timeout: float | object | None,
        client_timeout: float | None,
    ) -> Request:
        upgrade = self.operation.upgrade or "tcp"
        if upgrade == "websocket":
            raise InvalidArgument(
                f"{self.operation.name} needs a websocket client, which dockerapi does not "
                "have; container_attach gives the same stream over a raw socket"
            )
        # The path comes from the one path rule, never from build_request's own quoting
        # (which keeps "/" and lets "..", None and ints through).
        operation = self.operation
        path = operation.path
        if operation.path_params:
            values = {p.wire_name: arguments.get(p.python_name) for p in operation.path_params}
            path = fill_path(path, values, operation.name)
        if self.binary_body:
            arguments = _wrap_binary_body(arguments)
        built: dict[str, Any] = self.module.build_request(**arguments)
        params = built.get("params")
        encoded = encode_params(params) if params else ()
        if extra_params:
            encoded += encode_params(extra_params)
        headers: Mapping[str, str] = built.get("headers") or {}
        if extra_headers:
            headers = {**headers, **extra_headers}
        timeout: Any
        if not _is_unset(request_timeout):
            timeout = check_timeout(request_timeout, "request_timeout")
        elif self.expect in ("stream", "upgrade"):
            # Streams may idle for long (follow, events): bound connecting only.
            timeout = streaming_timeout(client_timeout)
        else:
            timeout = DEFAULT_TIMEOUT
        return Request(
            method=built["method"].upper(),
            path=path,
            params=encoded,
            headers=headers,
            json=built.get("json", NO_JSON),
            content=built.get("content"),
            expect=self.expect,
            timeout=timeout,
            operation=self.operation_id,
            upgrade=upgrade,
        )

    def result(self, response: Response) -> Any:
        """The value the caller gets, or a stream/socket description."""
        kind = self.kind
        if kind == "json":
            content = response.content
            if self.null_is_empty_list and content.strip() == b"null":
                # Go encodes an empty slice as null; the spec says a list.
                return []
            # parse_response reads an httpx.Response; not JSON or a wrong shape: the plan
            # driver raises InvalidResponse.
            return self.module.parse_response(_read_answer(response.http, content))
        if kind == "empty":
            return None
        if kind == "bytes":
            return response.text if self.text_body else response.content
        if kind == "head-headers":
            return dict(response.headers.items())
        if kind == "hijack":
            return SocketOf(response)
        if kind == "jsonl":
            parser = self.item_parser()
            factory: Callable[[], Decoder[Any]] = _raising_json_lines
            return (
                StreamOf(response, factory)
                if parser is None
                else StreamOf(response, factory, parser)
            )
        if kind == "multiplexed":
            # Only "multiplexed-stream" (API >= 1.42) is sure; older daemons send no
            # Content-Type or label everything raw-stream, so look at the bytes.
            framed = response.content_type == _MULTIPLEXED_STREAM
            return StreamOf(response, FrameDecoder if framed else SniffingFrameDecoder)
        return StreamOf(response, RawDecoder)


def _read_answer(http: httpx.Response, content: bytes) -> httpx.Response:
    """`http` with its body: as it is when httpx read it, else a copy holding `content`
    (the executor read a body without a length itself, bounded)."""
    try:
        http.content  # noqa: B018 - loaded or not
    except httpx.ResponseNotRead:
        return httpx.Response(http.status_code, headers=http.headers, content=content)
    return http


@functools.cache
def _unset_type() -> type:
    from docker_engine_api.types import Unset

    return Unset


def _is_unset(value: object) -> bool:
    return isinstance(value, _unset_type())


def _raising_json_lines() -> JSONLinesDecoder:
    return JSONLinesDecoder(raise_on_error=True)


def _wrap_binary_body(arguments: dict[str, Any]) -> dict[str, Any]:
    from docker_engine_api.types import File, Unset

    body = arguments.get("body")
    if body is None or isinstance(body, File | Unset):
        return arguments
    # build_request sends `body.payload`: bytes, iterables and files all stream.
    return {**arguments, "body": File(payload=body)}


_BINDINGS: dict[str, OperationBinding] = {}


def binding(operation_id: str) -> OperationBinding:
    """The binding of an operation (looked up in the generated index once)."""
    found = _BINDINGS.get(operation_id)
    if found is None:
        from docker_engine_api._operations import OPERATIONS

        found = _BINDINGS[operation_id] = OperationBinding(OPERATIONS[operation_id])
    return found


def _operation_plan(bound: OperationBinding, request: Request) -> PlanGenerator[Any]:
    response = yield request
    return bound.result(response)


class _SyncInvoker:
    __slots__ = ("_executor",)

    def __init__(self, executor: SyncExecutor) -> None:
        self._executor = executor

    def __call__(
        self,
        operation_id: str,
        arguments: dict[str, Any],
        extra_params: Mapping[str, Any] | None,
        extra_headers: Mapping[str, str] | None,
        request_timeout: float | object | None,
    ) -> Any:
        bound = _BINDINGS.get(operation_id) or binding(operation_id)
        request = bound.request(
            arguments,
            extra_params,
            extra_headers,
            request_timeout,
            self._executor.settings.timeout,
        )
        return run_sync(self._executor, _operation_plan(bound, request))


class _AsyncInvoker:
    __slots__ = ("_executor",)

    def __init__(self, executor: AsyncExecutor) -> None:
        self._executor = executor

    def __call__(
        self,
        operation_id: str,
        arguments: dict[str, Any],
        extra_params: Mapping[str, Any] | None,
        extra_headers: Mapping[str, str] | None,
        request_timeout: float | object | None,
    ) -> Coroutine[Any, Any, Any]:
        bound = _BINDINGS.get(operation_id) or binding(operation_id)
        request = bound.request(
            arguments,
            extra_params,
            extra_headers,
            request_timeout,
            self._executor.settings.timeout,
        )
        return run_async(self._executor, _operation_plan(bound, request))


def sync_operations(executor: SyncExecutor) -> SyncOperations:
    """`client.engine` for a blocking client."""
    from docker_engine_api.engine import SyncOperations

    return SyncOperations(_SyncInvoker(executor))


def async_operations(executor: AsyncExecutor) -> AsyncOperations:
    """`client.engine` for an async client."""
    from docker_engine_api.engine import AsyncOperations

    return AsyncOperations(_AsyncInvoker(executor))
