"""docker-py's ExecApiMixin with mock daemons, sync and async: request shapes, framing, results."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from both_clients import call, items, make_client, parameters
from core_fakes import FakeDaemon, frame
from dockerapi._sockets import AsyncHijackedSocket, HijackedSocket
from dockerapi.api._container_streams import MULTIPLEXED_STREAM, RAW_STREAM
from dockerapi.api.exec_api import ExecApiMixin
from dockerapi.errors import InvalidVersion, NotFound, NullResource

OUTPUT = frame(1, b"out\n") + frame(2, b"err\n")


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def route_exec(daemon: FakeDaemon, output: bytes = OUTPUT, content_type: str | None = None) -> None:
    @daemon.route("POST", "/containers/box/exec")
    def create(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, json={"Id": "e1"})

    @daemon.route("POST", "/exec/e1/start")
    def start(request: httpx.Request) -> httpx.Response:
        if json.loads(request.content)["Detach"]:
            return httpx.Response(200)
        headers = {"Content-Type": content_type} if content_type else {}
        return httpx.Response(200, content=output, headers=headers)

    @daemon.route("GET", "/exec/e1/json")
    def inspect_(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"ID": "e1", "Running": False, "ExitCode": 3})

    @daemon.route("POST", "/exec/e1/resize")
    def resize(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200)


@pytest.mark.parametrize("name", ["exec_create", "exec_inspect", "exec_resize", "exec_start"])
def test_signature_matches_docker_py(name: str) -> None:
    theirs = pytest.importorskip("docker.api.exec_api").ExecApiMixin
    assert parameters(ExecApiMixin, name) == parameters(theirs, name)


async def test_exec_create_body(kind: str) -> None:
    daemon = FakeDaemon()
    route_exec(daemon)
    client = make_client(daemon.transport(), kind)
    created = await call(
        client,
        "exec_create",
        {"Id": "box"},
        "sh -c 'echo hi'",
        environment={"A": "1"},
        workdir="/tmp",
        user="nobody",
        tty=True,
    )
    assert created == {"Id": "e1"}
    body = json.loads(daemon.requests[-1].content)
    assert body == {
        "User": "nobody",
        "Privileged": False,
        "Tty": True,
        "AttachStdin": False,
        "AttachStdout": True,
        "AttachStderr": True,
        "Cmd": ["sh", "-c", "echo hi"],
        "Env": ["A=1"],
        "WorkingDir": "/tmp",
    }
    await call(client, "exec_create", "box", ["true"], environment=["B=2"], detach_keys="ctrl-x")
    body = json.loads(daemon.requests[-1].content)
    assert body["Env"] == ["B=2"] and body["DetachKeys"] == "ctrl-x"


async def test_detach_keys_default_to_the_cli_config(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "config.json").write_text(json.dumps({"detachKeys": "ctrl-q"}))
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path))
    daemon = FakeDaemon()
    route_exec(daemon)
    await call(make_client(daemon.transport(), kind), "exec_create", "box", "true")
    assert json.loads(daemon.requests[-1].content)["DetachKeys"] == "ctrl-q"


async def test_exec_ids_and_missing_resources(kind: str) -> None:
    daemon = FakeDaemon()
    route_exec(daemon)
    client = make_client(daemon.transport(), kind)
    assert (await call(client, "exec_inspect", {"Id": "e1"}))["ExitCode"] == 3
    await call(client, "exec_resize", "e1", height=20, width=70)
    assert dict(daemon.requests[-1].url.params) == {"h": "20", "w": "70"}
    count = len(daemon.requests)
    for bad in (None, "", {"Id": None}):
        with pytest.raises(NullResource):
            await call(client, "exec_inspect", bad)
    with pytest.raises(NullResource):
        await call(client, "exec_create", None, "true")
    assert len(daemon.requests) == count
    with pytest.raises(NotFound):
        await call(client, "exec_inspect", "nope")


async def test_exec_start_results(kind: str) -> None:
    daemon = FakeDaemon()
    route_exec(daemon)
    client = make_client(daemon.transport(), kind)
    assert await call(client, "exec_start", "e1", detach=True) == ""
    assert await call(client, "exec_start", "e1") == b"out\nerr\n"
    assert await call(client, "exec_start", "e1", demux=True) == (b"out\n", b"err\n")
    streamed = await call(client, "exec_start", {"Id": "e1"}, stream=True)
    assert await items(streamed) == [b"out\n", b"err\n"]
    pairs = await call(client, "exec_start", "e1", stream=True, demux=True)
    assert await items(pairs) == [(b"out\n", None), (None, b"err\n")]
    sent = daemon.requests[-1]
    assert sent.headers["upgrade"] == "tcp"
    assert json.loads(sent.content) == {"Tty": False, "Detach": False}
    sock = await call(client, "exec_start", "e1", socket=True)
    assert isinstance(sock, AsyncHijackedSocket if kind == "async" else HijackedSocket)
    if kind == "async":
        await sock.aclose()
    else:
        sock.close()


async def test_framing_from_the_tty_argument_below_1_42(kind: str) -> None:
    daemon = FakeDaemon()
    route_exec(daemon, output=b"raw tty\r\n", content_type=RAW_STREAM)  # 1.41 says raw always
    client = make_client(daemon.transport(), kind)
    assert await call(client, "exec_start", "e1", tty=True) == b"raw tty\r\n"
    assert await call(client, "exec_start", "e1", tty=True, demux=True) == (b"raw tty\r\n", None)


@pytest.mark.parametrize(
    ("content_type", "output", "expected"),
    [(MULTIPLEXED_STREAM, OUTPUT, b"out\nerr\n"), (RAW_STREAM, b"raw\r\n", b"raw\r\n")],
)
async def test_framing_from_the_content_type_from_1_42(
    kind: str, content_type: str, output: bytes, expected: bytes
) -> None:
    # The daemon knows better than a wrong `tty` argument.
    daemon = FakeDaemon("1.43")
    route_exec(daemon, output=output, content_type=content_type)
    client = make_client(daemon.transport(), kind, version="1.43")
    wrong_tty = content_type == MULTIPLEXED_STREAM
    assert await call(client, "exec_start", "e1", tty=wrong_tty) == expected


async def test_console_size_is_gated(kind: str) -> None:
    # ExecStart's ConsoleSize is API 1.42: sent through the engine layer it is refused on 1.41.
    daemon = FakeDaemon()
    client = make_client(daemon.transport(), kind)
    engine = client.engine
    from docker_engine_api.models import ExecStartConfig

    body = ExecStartConfig.from_dict({"Detach": True, "ConsoleSize": [24, 80]})
    with pytest.raises(InvalidVersion, match=r"ConsoleSize.*1\.42"):
        await call(engine, "exec_start", "e1", body=body)
    assert daemon.requests == []
