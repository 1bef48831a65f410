"""`client.engine`: every operation bound from data, read by its response kind."""

from __future__ import annotations

import ast
import inspect
import io
import json
import os
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from core_fakes import FakeDaemon, frame, json_lines
from docker_engine_api import engine as engine_module
from docker_engine_api._operations import OPERATIONS
from docker_engine_api.engine import AsyncOperations, SyncOperations
from docker_engine_api.models import (
    ContainerCreateBody,
    ContainerCreateResponse,
    ContainerSummary,
    EventMessage,
)
from dockerapi._engine import binding
from dockerapi._sockets import HijackedSocket
from dockerapi._streams import AsyncStream, Stream
from dockerapi.api.client import APIClient, AsyncAPIClient
from dockerapi.constants import DEFAULT_DOCKER_API_VERSION
from dockerapi.errors import InvalidArgument, InvalidVersion, NotFound, StreamError

REPO = Path(__file__).resolve().parents[2]


def _public_methods(cls: type) -> set[str]:
    return {
        name for name, _ in inspect.getmembers(cls, inspect.isfunction) if not name.startswith("_")
    }


def test_every_operation_is_bound_sync_and_async() -> None:
    names = {op.name for op in OPERATIONS.values()}
    assert len(names) == len(OPERATIONS) == engine_module.OPERATION_COUNT
    assert _public_methods(SyncOperations) == names
    assert _public_methods(AsyncOperations) == names
    for name in names:
        assert inspect.iscoroutinefunction(getattr(AsyncOperations, name))
        assert not inspect.iscoroutinefunction(getattr(SyncOperations, name))


def test_method_signatures_follow_build_request() -> None:
    for op in OPERATIONS.values():
        built = inspect.signature(binding(op.operation_id).module.build_request)
        method = inspect.signature(getattr(SyncOperations, op.name))
        params = list(method.parameters)[1:]
        assert params[: len(built.parameters)] == list(built.parameters), op.name
        assert params[len(built.parameters) :] == [
            "extra_params",
            "extra_headers",
            "request_timeout",
        ]


def test_emitter_is_deterministic_and_matches_the_committed_module() -> None:
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        from specbuild import engine_emitter
    finally:
        sys.path.pop(0)
    package = REPO / "generated" / "docker_engine_api"
    first, count = engine_emitter.render_engine_module(package)
    second, _ = engine_emitter.render_engine_module(package)
    assert first == second
    assert count == len(OPERATIONS)
    committed = (package / "engine.py").read_text(encoding="utf-8")
    # ruff formats the committed file and drops unused imports: compare the rest.
    assert _without_imports(first) == _without_imports(committed)


def _without_imports(source: str) -> str:
    tree = ast.parse(source)
    tree.body = [
        node for node in tree.body if not isinstance(node, ast.Import | ast.ImportFrom | ast.If)
    ]
    return ast.dump(tree)


@pytest.fixture
def daemon() -> FakeDaemon:
    daemon = FakeDaemon("1.41")

    @daemon.route("GET", "/containers/json")
    def containers(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, json=[{"Id": "abc", "Names": ["/x"], "Ports": None, "Labels": None}]
        )

    @daemon.route("POST", "/containers/create")
    def create(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        assert body == {"Image": "busybox"}
        return httpx.Response(201, json={"Id": "new", "Warnings": []})

    @daemon.route("GET", "/_ping")
    def ping(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text="OK")

    @daemon.route("HEAD", "/containers/abc/archive")
    def stat(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"X-Docker-Container-Path-Stat": "e30="})

    @daemon.route("PUT", "/containers/abc/archive")
    def put_archive(request: httpx.Request) -> httpx.Response:
        assert request.read() == b"tar bytes"
        assert request.headers["content-type"] == "application/x-tar"
        return httpx.Response(200)

    @daemon.route("GET", "/events")
    def events(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            content=b"".join(
                json_lines(
                    {"Type": "container", "Action": "start", "Actor": {"ID": "abc"}},
                    {"Type": "container", "Action": "future-action", "NewField": 1},
                )
            ),
        )

    @daemon.route("POST", "/images/create")
    def pull(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            content=b"".join(
                json_lines({"status": "Pulling"}, {"errorDetail": {"message": "denied"}})
            ),
        )

    @daemon.route("GET", "/containers/abc/logs")
    def logs(request: httpx.Request) -> httpx.Response:
        # ?label=...: the Content-Type to send (API >= 1.42 says which; older: none)
        label = request.url.params.get("label")
        headers = {"Content-Type": f"application/vnd.docker.{label}"} if label else {}
        if request.url.params.get("tty") == "1":
            return httpx.Response(200, content=b"raw tty output", headers=headers)
        return httpx.Response(200, content=frame(1, b"out") + frame(2, b"err"), headers=headers)

    @daemon.route("GET", "/containers/abc/export")
    def export(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"x" * 10)

    return daemon


@pytest.fixture
def engine(daemon: FakeDaemon) -> Any:
    client = APIClient(transport=daemon.transport())
    yield client.engine
    client.close()


def test_json_kind_gives_typed_models(engine: SyncOperations, daemon: FakeDaemon) -> None:
    containers = engine.container_list(all=True, filters={"status": ["running"]})
    assert isinstance(containers[0], ContainerSummary)
    assert containers[0].id == "abc"
    sent = daemon.requests[-1]
    assert sent.url.path == "/v1.41/containers/json"
    assert sent.url.params["all"] == "true"
    assert sent.url.params["filters"] == '{"status":["running"]}'
    created = engine.container_create(body=ContainerCreateBody(image="busybox"))
    assert isinstance(created, ContainerCreateResponse)
    assert created.id == "new"


def test_text_head_and_binary_kinds(engine: SyncOperations) -> None:
    assert engine.system_ping() == "OK"
    assert engine.container_archive_info("abc", path="/")["x-docker-container-path-stat"] == "e30="
    assert engine.put_container_archive("abc", body=b"tar bytes", path="/") is None
    assert engine.put_container_archive("abc", body=io.BytesIO(b"tar bytes"), path="/") is None


def test_jsonl_items_are_models_and_errors_raise(engine: SyncOperations) -> None:
    with engine.system_events() as events:
        assert isinstance(events, Stream)
        items = list(events)
    assert [type(item) for item in items] == [EventMessage, EventMessage]
    assert items[0].action == "start"
    assert items[1].additional_properties["NewField"] == 1
    pull = engine.image_create(from_image="busybox")
    assert next(pull).status == "Pulling"
    with pytest.raises(StreamError, match="denied"):
        next(pull)


@pytest.mark.parametrize("label", [None, "raw-stream", "multiplexed-stream"])
def test_multiplexed_and_raw_streams(engine: SyncOperations, label: str | None) -> None:
    params = {"label": label} if label else {}
    framed = engine.container_logs("abc", stdout=True, follow=True, extra_params=params)
    assert list(framed) == [(1, b"out"), (2, b"err")]
    # without follow: the single value, the whole output
    assert engine.container_logs("abc", stdout=True, extra_params=params) == b"outerr"
    if label != "multiplexed-stream":  # a daemon that says multiplexed is believed
        tty = engine.container_logs("abc", follow=True, extra_params={"tty": 1, **params})
        assert list(tty) == [(1, b"raw tty output")]
    assert b"".join(engine.container_export("abc")) == b"x" * 10


def test_extra_params_headers_and_timeout(engine: SyncOperations, daemon: FakeDaemon) -> None:
    engine.container_list(extra_params={"details": True}, extra_headers={"X-Extra": "1"})
    sent = daemon.requests[-1]
    assert sent.url.params["details"] == "true"
    assert sent.headers["x-extra"] == "1"
    assert sent.extensions["timeout"]["read"] == 60
    engine.container_list(request_timeout=2.5)
    assert daemon.requests[-1].extensions["timeout"]["read"] == 2.5
    list(engine.system_events())
    streamed = daemon.requests[-1].extensions["timeout"]
    assert streamed["read"] is None
    assert streamed["connect"] == 60


def test_errors_and_gating_through_the_engine(daemon: FakeDaemon) -> None:
    client = APIClient(version="1.40", transport=daemon.transport())
    with pytest.raises(NotFound):
        client.engine.container_inspect("missing")
    count = len(daemon.requests)
    with pytest.raises(InvalidVersion) as caught:
        client.engine.container_create(body=ContainerCreateBody(image="busybox"), platform="linux")
    assert str(caught.value) == (
        '"platform" of ContainerCreate requires API 1.41; this client is pinned to API 1.40'
    )
    assert len(daemon.requests) == count


def test_hijack_kind_returns_a_socket(daemon: FakeDaemon) -> None:
    @daemon.route("POST", "/containers/abc/attach")
    def attach(request: httpx.Request) -> httpx.Response:
        assert request.headers["upgrade"] == "tcp"
        return httpx.Response(200, content=frame(1, b"hello"))

    client = APIClient(transport=daemon.transport())
    with client.engine.container_attach("abc", stream=True, stdout=True) as sock:
        assert isinstance(sock, HijackedSocket)
        assert sock.recv(4) == frame(1, b"hello")[:4]
        assert sock.recv() == frame(1, b"hello")[4:]
        assert sock.recv() == b""


def test_each_hijack_asks_for_its_own_protocol(daemon: FakeDaemon) -> None:
    # BuildKit's session is upgraded to h2c (the daemon refuses "tcp" there); the
    # websocket attach needs a websocket client and is refused before sending.
    @daemon.route("POST", "/session")
    def session(request: httpx.Request) -> httpx.Response:
        assert request.headers["connection"] == "Upgrade"
        assert request.headers["upgrade"] == "h2c"
        return httpx.Response(200)

    client = APIClient(transport=daemon.transport())
    client.engine.session().close()
    assert daemon.paths()[-1].endswith("/session")
    count = len(daemon.requests)
    with pytest.raises(InvalidArgument, match="container_attach_websocket needs a websocket"):
        client.engine.container_attach_websocket("abc", stream=True)
    assert len(daemon.requests) == count


async def test_async_engine(daemon: FakeDaemon) -> None:
    async with AsyncAPIClient(transport=daemon.async_transport()) as client:
        engine = client.engine
        assert engine is client.engine
        containers = await engine.container_list()
        assert containers[0].id == "abc"
        assert await engine.system_ping() == "OK"
        events = await engine.system_events()
        assert isinstance(events, AsyncStream)
        assert [item.action async for item in events] == ["start", "future-action"]
        logs = await engine.container_logs("abc", stdout=True, follow=True)
        assert [item async for item in logs] == [(1, b"out"), (2, b"err")]
        assert await engine.container_logs("abc", stdout=True) == b"outerr"
        with pytest.raises(NotFound):
            await engine.container_inspect("missing")


def _spec_dir() -> Path:
    configured = os.environ.get("DOCKERAPI_SPEC_DIR")
    return Path(configured) if configured else REPO.parent / "shared" / "engine-api"


def test_bound_operations_match_the_spec() -> None:
    yaml = pytest.importorskip("yaml")
    spec_file = _spec_dir() / f"v{DEFAULT_DOCKER_API_VERSION}.yaml"
    if not spec_file.exists():
        pytest.skip(f"{spec_file} is not here")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spec = yaml.load(spec_file.read_text(encoding="utf-8"), Loader=loader)
    declared = {
        operation["operationId"]
        for item in spec["paths"].values()
        for method, operation in item.items()
        if method in ("get", "put", "post", "delete", "head", "patch", "options")
    }
    assert len(declared) == 108
    assert set(OPERATIONS) == declared
    assert len(declared) == engine_module.OPERATION_COUNT


def _emitter() -> Any:
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        from specbuild import engine_emitter
    finally:
        sys.path.pop(0)
    return engine_emitter


def test_the_emitter_refuses_a_json_parameter_without_a_type() -> None:
    emitter = _emitter()
    operation = OPERATIONS["ContainerList"]
    new_param = operation.query_params[0]._replace(wire_name="newjson", style="json")
    changed = operation._replace(query_params=(*operation.query_params, new_param))
    with pytest.raises(emitter.EmitError, match="JSON parameter 'newjson' needs a type"):
        emitter._json_parameters(changed)


def test_the_single_value_rule_needs_a_boolean_flag_on_a_stream() -> None:
    emitter = _emitter()
    stats = OPERATIONS["ContainerStats"]
    assert emitter._single_value_flag(stats) == ("stream", True)
    assert emitter._single_value_flag(OPERATIONS["ContainerAttach"]) is None  # a socket
    not_boolean = tuple(
        p._replace(type="string") if p.wire_name == "stream" else p for p in stats.query_params
    )
    with pytest.raises(emitter.EmitError, match="is not boolean"):
        emitter._single_value_flag(stats._replace(query_params=not_boolean))


@pytest.mark.parametrize(
    ("content_type", "version", "decoder"),
    [
        ("application/vnd.docker.multiplexed-stream", "1.42", "FrameDecoder"),
        ("application/vnd.docker.raw-stream", "1.42", "TtyFrameDecoder"),
        ("application/vnd.docker.raw-stream", "1.51", "TtyFrameDecoder"),
        # below 1.42 daemons label multiplexed attach answers raw-stream: look at the bytes
        ("application/vnd.docker.raw-stream", "1.41", "SniffingFrameDecoder"),
        (None, "1.41", "SniffingFrameDecoder"),
        (None, "1.51", "SniffingFrameDecoder"),
    ],
)
def test_output_framing_follows_the_daemons_label_from_1_42(
    content_type: str | None, version: str, decoder: str
) -> None:
    from dockerapi._engine import _output_decoder

    assert _output_decoder(content_type, version).__name__ == decoder
