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

Before building the request, `OperationBinding.prepare` applies the generator's argument
rules: dict bodies are checked and turned into models (`_engine_bodies`), JSON query
parameters such as `filters` are encoded (`_engine_arguments`), and an unset
`registry_auth` is filled (`_engine_auth`). A stream whose flag is off (stats
`stream=False`, logs without `follow`) is drained into its single value.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any

import httpx

from ._decoders import (
    FrameDecoder,
    JSONLinesDecoder,
    RawDecoder,
    SniffingFrameDecoder,
    TtyFrameDecoder,
)
from ._engine_arguments import encode_json_parameters
from ._engine_auth import RegistryAuthLookup, registry_auth_header
from ._engine_bodies import coerce_body
from ._executor import AsyncExecutor, SyncExecutor
from ._paths import fill_path
from ._plan import (
    CURRENT_VERSION,
    Blocking,
    Decoder,
    Drain,
    PlanGenerator,
    SocketOf,
    StreamOf,
    run_async,
    run_sync,
)
from ._request import DEFAULT_TIMEOUT, NO_JSON, Expect, Request, Response, encode_params
from ._timeouts import check_timeout
from ._transport import streaming_timeout
from .errors import InvalidArgument
from .utils._versions import version_lt

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
_REGISTRY_AUTH = "X-Registry-Auth"
_RAW_STREAM = "application/vnd.docker.raw-stream"
#: From this API version the daemon labels output streams by their framing.
_CONTENT_TYPE_TELLS_FRAMING_SINCE = "1.42"


class OperationBinding:
    """How to call one operation and read its answer; built once per operation."""

    __slots__ = (
        "_item_parser",
        "_module",
        "binary_body",
        "expect",
        "json_parameters",
        "kind",
        "null_is_empty_list",
        "operation",
        "operation_id",
        "registry_auth",
        "single_value_flag",
        "text_body",
    )

    def __init__(self, operation: Operation) -> None:
        from docker_engine_api.engine import JSON_PARAMETERS, SINGLE_VALUE_FLAGS

        self.operation = operation
        self.operation_id = operation.operation_id
        self.kind = operation.kind
        self.expect: Expect = _EXPECT[operation.kind]
        self.binary_body = operation.body is not None and operation.body.binary
        self.json_parameters = JSON_PARAMETERS.get(operation.operation_id, {})
        #: (flag, streams when unset): with the flag off the result is a single value
        self.single_value_flag = SINGLE_VALUE_FLAGS.get(operation.operation_id)
        #: the Python name of the X-Registry-Auth argument, if the operation takes one
        self.registry_auth = next(
            (p.python_name for p in operation.header_params if p.wire_name == _REGISTRY_AUTH),
            None,
        )
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

    def prepare(self, arguments: dict[str, Any]) -> dict[str, Any]:
        """The arguments for `build_request`, after the generator's argument rules."""
        from docker_engine_api.types import Unset

        body = self.operation.body
        if body is not None and body.model is not None and "body" in arguments:
            value = arguments["body"]
            if not isinstance(value, Unset):
                coerced = coerce_body(self.operation_id, body.model, body.items, value)
                arguments = {**arguments, "body": coerced}
        if self.json_parameters:
            arguments = encode_json_parameters(self.operation_id, arguments, self.json_parameters)
        return arguments

    def credentials(
        self, arguments: Mapping[str, Any], registry_auth: RegistryAuthLookup | None
    ) -> Callable[[], str] | None:
        """What finds the X-Registry-Auth value of a call that needs one and gave none
        (it may run a credential helper: the plan runs it as `Blocking`)."""
        from docker_engine_api.types import Unset

        name = self.registry_auth
        if name is None or not isinstance(arguments.get(name), Unset):
            return None
        return functools.partial(registry_auth_header, self.operation_id, arguments, registry_auth)

    def single_value(self, arguments: Mapping[str, Any]) -> bool:
        """Whether the call's stream flag is off, so it returns the single value."""
        if self.single_value_flag is None:
            return False
        from docker_engine_api.types import Unset

        flag, streams_when_unset = self.single_value_flag
        value = arguments.get(flag)
        return not (streams_when_unset if isinstance(value, Unset) else bool(value))

    def single_result(self, items: list[Any], response: Response) -> Any:
        """The single value of a drained stream: its one object, or the output as bytes.

        An empty answer is an empty model: a daemon with nothing to report (Podman's
        stats of a container that is not running) may send no object at all, where
        Docker sends one whose fields are all empty.

        Raises:
            InvalidResponse: the daemon sent several objects.
        """
        if self.kind == "multiplexed":
            return b"".join(payload for _stream, payload in items)
        parse = self.item_parser()
        if not items and parse is not None:
            return parse({})
        if len(items) != 1:
            raise response.unexpected(
                f"{self.operation_id}: expected one object from the daemon, got {len(items)}"
            )
        return items[0]

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

    def result(self, response: Response, version: str | None = None) -> Any:
        """The value the caller gets, or a stream/socket description (`version`: the
        API version the request was sent with, for output streams)."""
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
            return StreamOf(response, _output_decoder(response.content_type, version))
        return StreamOf(response, RawDecoder)


def _output_decoder(
    content_type: str | None, version: str | None
) -> type[FrameDecoder] | type[TtyFrameDecoder] | type[SniffingFrameDecoder]:
    """How to read container output: as the daemon labels it for requests of API 1.42 or
    newer; before, logs come unlabelled and attach answers are labelled raw-stream even
    when multiplexed, so the first bytes tell."""
    if content_type == _MULTIPLEXED_STREAM:
        return FrameDecoder
    if (
        content_type == _RAW_STREAM
        and version is not None
        and not version_lt(version, _CONTENT_TYPE_TELLS_FRAMING_SINCE)
    ):
        return TtyFrameDecoder
    return SniffingFrameDecoder


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


def _operation_plan(
    bound: OperationBinding,
    arguments: dict[str, Any],
    request: Request | None,
    make_request: Callable[[dict[str, Any]], Request],
    credentials: Callable[[], str] | None,
) -> PlanGenerator[Any]:
    if request is None and credentials is not None:
        header = yield Blocking(credentials)  # a credential helper: off the event loop
        request = make_request({**arguments, str(bound.registry_auth): header})
    assert request is not None
    response = yield request
    # output streams are read by the framing the API version in use promises
    version = (yield CURRENT_VERSION) if bound.kind == "multiplexed" else None
    result = bound.result(response, version)
    if bound.single_value(arguments):
        items = yield Drain(result)
        return bound.single_result(items, response)
    return result


def _prepared_plan(
    executor: SyncExecutor | AsyncExecutor,
    registry_auth: RegistryAuthLookup | None,
    operation_id: str,
    arguments: dict[str, Any],
    extra_params: Mapping[str, Any] | None,
    extra_headers: Mapping[str, str] | None,
    request_timeout: float | object | None,
) -> PlanGenerator[Any]:
    """The plan of one `client.engine` call. Its request is built now (bad arguments
    raise at the call, the async client's too) unless it waits for credentials."""
    bound = _BINDINGS.get(operation_id) or binding(operation_id)
    arguments = bound.prepare(arguments)

    def make_request(arguments: dict[str, Any]) -> Request:
        return bound.request(
            arguments, extra_params, extra_headers, request_timeout, executor.settings.timeout
        )

    credentials = bound.credentials(arguments, registry_auth)
    request = make_request(arguments) if credentials is None else None
    return _operation_plan(bound, arguments, request, make_request, credentials)


class _Invoker:
    """Runs `client.engine`'s operations as plans, with `run` (`run_sync` or `run_async`:
    the sync invoker returns results, the async one coroutines)."""

    __slots__ = ("_executor", "_registry_auth", "_run")

    def __init__(
        self,
        executor: SyncExecutor | AsyncExecutor,
        run: Callable[[Any, PlanGenerator[Any]], Any],
        registry_auth: RegistryAuthLookup | None = None,
    ) -> None:
        self._executor = executor
        self._run = run
        self._registry_auth = registry_auth

    def __call__(
        self,
        operation_id: str,
        arguments: dict[str, Any],
        extra_params: Mapping[str, Any] | None,
        extra_headers: Mapping[str, str] | None,
        request_timeout: float | object | None,
    ) -> Any:
        plan = _prepared_plan(
            self._executor,
            self._registry_auth,
            operation_id,
            arguments,
            extra_params,
            extra_headers,
            request_timeout,
        )
        return self._run(self._executor, plan)


def sync_operations(
    executor: SyncExecutor, registry_auth: RegistryAuthLookup | None = None
) -> SyncOperations:
    """`client.engine` for a blocking client; `registry_auth` finds credentials by image."""
    from docker_engine_api.engine import SyncOperations

    return SyncOperations(_Invoker(executor, run_sync, registry_auth))


def async_operations(
    executor: AsyncExecutor, registry_auth: RegistryAuthLookup | None = None
) -> AsyncOperations:
    """`client.engine` for an async client; `registry_auth` finds credentials by image."""
    from docker_engine_api.engine import AsyncOperations

    return AsyncOperations(_Invoker(executor, run_async, registry_auth))
