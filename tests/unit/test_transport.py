"""Transports against small HTTP servers in this process: unix socket, abstract socket, tcp.

Checks what the clients send, connection reuse and the non-blocking pool, timeouts, and
how failures turn into DockerConnectionError / DockerTimeoutError naming the host.
"""

from __future__ import annotations

import asyncio
import http.server
import json
import os
import shutil
import socket
import socketserver
import ssl
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpcore
import httpx
import pytest
from dockerapi._host import DockerHost, resolve_host
from dockerapi._http_transport import as_httpx_error
from dockerapi._ssh import AsyncSSHBackend, SSHBackend, ssh_command
from dockerapi._transport import (
    TRANSPORT_ERRORS,
    TransportErrors,
    async_client,
    client_timeout,
    streaming_timeout,
    sync_client,
    transport_error,
)
from dockerapi.errors import (
    DockerConnectionError,
    DockerException,
    DockerTimeoutError,
    InvalidArgument,
)


class _Handler(http.server.BaseHTTPRequestHandler):
    """/echo: the request as JSON; /slow: answers after 1 s; /drop: hangs up;
    /hold: sends headers, then the body only when the server's release event is set."""

    protocol_version = "HTTP/1.1"  # keep-alive, so connection reuse is observable
    server: _Server  # type: ignore[assignment]  # our servers mix in _Server

    def setup(self) -> None:
        super().setup()
        self.server.accepted += 1  # one handler per connection

    def do_GET(self) -> None:
        if self.path.endswith("/slow"):
            time.sleep(1)
        if self.path.endswith("/drop"):
            self.close_connection = True
            return
        if self.path.endswith("/hold"):
            self.send_response(200)
            self.send_header("Content-Length", "4")
            self.end_headers()
            self.wfile.flush()
            self.server.release.wait(10)
            self.wfile.write(b"done")
            return
        body = json.dumps({"path": self.path, "headers": dict(self.headers.items())}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(socketserver.ThreadingMixIn):
    daemon_threads = True
    release: threading.Event
    accepted: int

    def handle_error(self, request: object, client_address: object) -> None:
        pass


class _UnixServer(_Server, socketserver.UnixStreamServer):
    pass


class _TcpServer(_Server, http.server.HTTPServer):
    pass


def _serve(server: Any) -> Iterator[Any]:
    server.release = threading.Event()
    server.accepted = 0
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.release.set()
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def short_dir() -> Iterator[str]:
    # unix socket paths are limited to ~107 bytes; pytest's tmp_path can be longer
    directory = tempfile.mkdtemp(prefix="dkapi-", dir="/tmp")
    yield directory
    shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture
def unix_server(short_dir: str) -> Iterator[tuple[_UnixServer, DockerHost]]:
    path = os.path.join(short_dir, "d.sock")
    server = _UnixServer(path, _Handler)
    for running in _serve(server):
        yield running, resolve_host(f"unix://{path}", environment={})


@pytest.fixture
def tcp_server() -> Iterator[tuple[_TcpServer, DockerHost]]:
    server = _TcpServer(("127.0.0.1", 0), _Handler)
    port = server.server_address[1]
    for running in _serve(server):
        yield running, resolve_host(f"tcp://127.0.0.1:{port}/prefix", environment={})


def _sync(host: DockerHost, **options: Any) -> httpx.Client:
    settings: dict[str, Any] = {"timeout": 10, "user_agent": "dockerapi-test", "max_pool_size": 4}
    settings.update(options)
    return sync_client(host, **settings)


def _async(host: DockerHost, **options: Any) -> httpx.AsyncClient:
    settings: dict[str, Any] = {"timeout": 10, "user_agent": "dockerapi-test", "max_pool_size": 4}
    settings.update(options)
    return async_client(host, **settings)


# --- what gets sent -----------------------------------------------------------------------


def test_unix_socket_sync(unix_server: tuple[_UnixServer, DockerHost]) -> None:
    _, host = unix_server
    with _sync(host, headers={"X-Extra": "1"}) as client:
        echoed = client.get("/v1.41/_ping").json()
    assert echoed["path"] == "/v1.41/_ping"
    assert echoed["headers"]["User-Agent"] == "dockerapi-test"
    assert echoed["headers"]["X-Extra"] == "1"
    assert echoed["headers"]["Host"] == "docker"


async def test_unix_socket_async(unix_server: tuple[_UnixServer, DockerHost]) -> None:
    _, host = unix_server
    async with _async(host, headers={"User-Agent": "overridden"}) as client:
        echoed = (await client.get("/v1.41/version")).json()
    assert echoed["path"] == "/v1.41/version"
    assert echoed["headers"]["User-Agent"] == "overridden"


def test_abstract_unix_socket() -> None:
    name = f"dockerapi-test-{os.getpid()}-{time.monotonic_ns()}"
    server = _UnixServer("\0" + name, _Handler)
    for _ in _serve(server):
        host = resolve_host(f"unix://@{name}", environment={})
        assert host.socket_path == f"@{name}"
        with _sync(host) as client:
            assert client.get("/x").json()["path"] == "/x"

        async def fetch(host: DockerHost) -> str:
            async with _async(host) as client:
                return str((await client.get("/y")).json()["path"])

        assert asyncio.run(fetch(host)) == "/y"


def test_tcp_with_path_prefix(
    tcp_server: tuple[_TcpServer, DockerHost], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, host = tcp_server
    # proxy variables must not divert a connection to the daemon
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("ALL_PROXY", "http://127.0.0.1:9")
    with _sync(host) as client:
        assert client.get("/v1.41/info").json()["path"] == "/prefix/v1.41/info"


async def test_tcp_async(tcp_server: tuple[_TcpServer, DockerHost]) -> None:
    _, host = tcp_server
    async with _async(host) as client:
        assert (await client.get("/v1.41/info")).json()["path"] == "/prefix/v1.41/info"


# --- pooling ------------------------------------------------------------------------------


def test_connections_are_reused(unix_server: tuple[_UnixServer, DockerHost]) -> None:
    server, host = unix_server
    with _sync(host, max_pool_size=1) as client:
        for _ in range(5):
            client.get("/echo")
    assert server.accepted == 1


def test_pool_size_zero_keeps_nothing(unix_server: tuple[_UnixServer, DockerHost]) -> None:
    server, host = unix_server
    with _sync(host, max_pool_size=0) as client:
        for _ in range(3):
            client.get("/echo")
    assert server.accepted == 3


def test_open_stream_does_not_block_other_calls(
    unix_server: tuple[_UnixServer, DockerHost],
) -> None:
    server, host = unix_server
    with _sync(host, max_pool_size=1, timeout=5) as client, client.stream("GET", "/hold") as held:
        # a second and third call while the first connection is busy
        assert client.get("/echo").status_code == 200
        assert client.get("/echo").status_code == 200
        server.release.set()
        assert held.read() == b"done"


async def test_open_stream_does_not_block_other_calls_async(
    unix_server: tuple[_UnixServer, DockerHost],
) -> None:
    server, host = unix_server
    async with (
        _async(host, max_pool_size=1, timeout=5) as client,
        client.stream("GET", "/hold") as held,
    ):
        assert (await client.get("/echo")).status_code == 200
        server.release.set()
        assert await held.aread() == b"done"


@pytest.mark.parametrize("size", [-1, True])
def test_bad_pool_size(unix_server: tuple[_UnixServer, DockerHost], size: int) -> None:
    _, host = unix_server
    with pytest.raises(InvalidArgument, match="max_pool_size"):
        _sync(host, max_pool_size=size)


# --- timeouts -----------------------------------------------------------------------------


def test_client_timeout_values() -> None:
    assert client_timeout(None) == httpx.Timeout(None)
    assert client_timeout(60) == httpx.Timeout(60)
    custom = httpx.Timeout(5, read=None)
    assert client_timeout(custom) is custom
    with pytest.raises(InvalidArgument):
        client_timeout(-1)


def test_streaming_timeout_values() -> None:
    timeout = streaming_timeout(30)
    assert (timeout.connect, timeout.read, timeout.write, timeout.pool) == (30, None, 30, 30)
    assert streaming_timeout(None) == httpx.Timeout(None)


def test_read_timeout_names_the_host(unix_server: tuple[_UnixServer, DockerHost]) -> None:
    _, host = unix_server
    with (
        pytest.raises(DockerTimeoutError) as caught,
        _sync(host, timeout=0.2) as client,
        TransportErrors(host, timeout=0.2),
    ):
        client.get("/slow")
    message = str(caught.value)
    assert host.url in message and "argument" in message
    assert "waiting for the response" in message and "0.2 s" in message
    assert caught.value.host == host.url and caught.value.timeout == 0.2
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert isinstance(caught.value, TimeoutError)


async def test_read_timeout_async(unix_server: tuple[_UnixServer, DockerHost]) -> None:
    _, host = unix_server
    async with _async(host, timeout=0.2) as client:
        with pytest.raises(DockerTimeoutError, match="timed out"), TransportErrors(host):
            await client.get("/slow")


def test_streaming_timeout_lets_a_slow_stream_wait(
    unix_server: tuple[_UnixServer, DockerHost],
) -> None:
    _, host = unix_server
    with _sync(host, timeout=0.2) as client:
        response = client.get("/slow", timeout=streaming_timeout(0.2))
    assert response.status_code == 200


# --- failures -----------------------------------------------------------------------------


def test_missing_socket(short_dir: str) -> None:
    host = resolve_host(f"unix://{short_dir}/absent.sock", environment={})
    with (
        pytest.raises(DockerConnectionError) as caught,
        _sync(host) as client,
        TransportErrors(host),
    ):
        client.get("/_ping")
    error = caught.value
    assert "does not exist" in str(error) and "absent.sock" in str(error)
    assert (error.host, error.origin) == (host.url, "argument")
    assert isinstance(error.__cause__, httpx.ConnectError)
    assert isinstance(error, ConnectionError)


def test_missing_default_socket_suggests_where_else_to_look(short_dir: str) -> None:
    host = DockerHost(
        url=f"unix://{short_dir}/absent.sock",
        scheme="unix",
        socket_path=f"{short_dir}/absent.sock",
        http_base_url="http://docker",
        origin="default",
    )
    with _sync(host) as client:
        try:
            client.get("/_ping")
        except TRANSPORT_ERRORS as exc:
            error = transport_error(host, exc)
        else:
            pytest.fail("the socket does not exist")
    assert "(default)" in str(error) and "set DOCKER_HOST" in str(error)


async def test_missing_socket_async_from_environment(short_dir: str) -> None:
    host = resolve_host(None, environment={"DOCKER_HOST": f"unix://{short_dir}/absent.sock"})
    async with _async(host) as client:
        with pytest.raises(DockerConnectionError, match=r"\(DOCKER_HOST\)"), TransportErrors(host):
            await client.get("/_ping")


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_connection_refused() -> None:
    host = resolve_host(f"127.0.0.1:{_closed_port()}", environment={})
    with _sync(host) as client:
        try:
            client.get("/_ping")
        except TRANSPORT_ERRORS as exc:
            error = transport_error(host, exc)
        else:
            pytest.fail("nothing should listen on a port just closed")
    assert isinstance(error, DockerConnectionError)
    assert "connection refused" in str(error) and host.url in str(error)


def test_dropped_connection(unix_server: tuple[_UnixServer, DockerHost]) -> None:
    _, host = unix_server
    with (
        pytest.raises(DockerConnectionError, match="broke during the call"),
        _sync(host) as client,
        TransportErrors(host),
    ):
        client.get("/drop")


def test_ssl_error_is_mapped(unix_server: tuple[_UnixServer, DockerHost]) -> None:
    _, host = unix_server
    error = transport_error(host, ssl.SSLError(1, "[SSL: TLSV13_ALERT_CERTIFICATE_REQUIRED]"))
    assert isinstance(error, DockerConnectionError)
    assert "client certificate" in str(error)


def test_other_exceptions_pass_through(unix_server: tuple[_UnixServer, DockerHost]) -> None:
    _, host = unix_server
    with pytest.raises(KeyError), TransportErrors(host):
        raise KeyError("not a transport problem")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("ssh://me@host.example:2222", ["-l", "me", "-p", "2222", "--", "host.example"]),
        ("ssh://host.example", ["-p", "22", "--", "host.example"]),  # port 22 filled in
        ("ssh://me@[::1]:22", ["-l", "me", "-p", "22", "--", "::1"]),
    ],
)
def test_ssh_command_line(url: str, expected: list[str]) -> None:
    command = ssh_command(resolve_host(url, environment={}))
    assert command == [
        "ssh",
        "-T",
        "-o",
        "ConnectTimeout=30",
        *expected,
        "docker",
        "system",
        "dial-stdio",
    ]


# A stand-in for ssh + dial-stdio: records its arguments, answers one HTTP request.
_FAKE_SSH = """#!{python}
import os, sys
with open({record!r}, "a") as record:
    record.write(" ".join(sys.argv[1:]) + "\\n")
if os.environ.get("FAKE_SSH_REFUSE"):
    sys.stderr.write("me@127.0.0.1: Permission denied (publickey).\\n")
    sys.exit(255)
head = b""
while b"\\r\\n\\r\\n" not in head:
    data = os.read(0, 65536)
    if not data:
        sys.exit(0)
    head += data
os.write(1, b"HTTP/1.1 200 OK\\r\\nContent-Type: text/plain\\r\\nContent-Length: 2\\r\\n\\r\\nOK")
while os.read(0, 65536):  # keep-alive until the client closes
    pass
"""


@pytest.fixture
def fake_ssh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    record = tmp_path / "calls"
    program = tmp_path / "bin" / "ssh"
    program.parent.mkdir()
    program.write_text(_FAKE_SSH.format(python=sys.executable, record=str(record)))
    program.chmod(0o755)
    monkeypatch.setenv("PATH", f"{program.parent}{os.pathsep}{os.environ['PATH']}")
    return record


def test_ssh_transport_speaks_http_through_the_ssh_program(fake_ssh: Path) -> None:
    host = resolve_host("ssh://me@127.0.0.1:2222", environment={})
    with _sync(host) as client:
        assert client.get("/_ping").text == "OK"
    assert fake_ssh.read_text().splitlines() == [
        "-T -o ConnectTimeout=30 -l me -p 2222 -- 127.0.0.1 docker system dial-stdio"
    ]


async def test_async_ssh_transport(fake_ssh: Path) -> None:
    host = resolve_host("ssh://me@127.0.0.1", environment={})
    async with _async(host) as client:
        assert (await client.get("/_ping")).text == "OK"
    assert len(fake_ssh.read_text().splitlines()) == 1


async def test_ssh_refusal_is_reported_with_ssh_s_message(
    fake_ssh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_SSH_REFUSE", "1")
    host = resolve_host("ssh://me@127.0.0.1", environment={})
    with (
        _sync(host) as client,
        pytest.raises(DockerConnectionError) as caught,
        TransportErrors(host),
    ):
        client.get("/_ping")
    assert "ssh exited with 255" in str(caught.value)
    assert "Permission denied (publickey)" in str(caught.value)
    async with _async(host) as aclient:
        with pytest.raises(DockerConnectionError, match="Permission denied"), TransportErrors(host):
            await aclient.get("/_ping")


@pytest.mark.parametrize("flavour", ["sync", "async"])
async def test_ssh_refusal_found_by_the_write_keeps_ssh_s_message(
    fake_ssh: Path, monkeypatch: pytest.MonkeyPatch, flavour: str
) -> None:
    # On a busy machine ssh has often exited before the request is written: the write
    # finds a broken pipe, and the message must still be ssh's, not "Broken pipe".
    monkeypatch.setenv("FAKE_SSH_REFUSE", "1")
    host = resolve_host("ssh://me@127.0.0.1", environment={})
    request = b"GET /_ping HTTP/1.1\r\nHost: docker\r\n\r\n"
    if flavour == "sync":
        stream: Any = SSHBackend(ssh_command(host)).connect_unix_socket("")
        stream.get_extra_info("process").wait()
        with pytest.raises(httpcore.ConnectError) as caught:
            stream.write(request)
        stream.close()
    else:
        stream = await AsyncSSHBackend(ssh_command(host)).connect_unix_socket("")
        await stream.get_extra_info("process").wait()
        with pytest.raises(httpcore.ConnectError) as caught:
            await stream.write(request)
        await stream.aclose()
    assert isinstance(caught.value.__context__, ConnectionError)  # the pipe it found broken
    with pytest.raises(httpx.ConnectError) as mapped:  # as the transport raises it
        raise as_httpx_error(caught.value, "write") from caught.value
    message = str(transport_error(host, mapped.value))
    assert "ssh exited with 255" in message and "Permission denied (publickey)" in message


def test_npipe_is_windows_only() -> None:
    host = resolve_host("npipe:////./pipe/docker_engine", environment={})
    with pytest.raises(DockerException, match=r"npipe is Windows-only|not supported yet"):
        _sync(host)


def test_clients_are_independent_of_the_event_loop(
    unix_server: tuple[_UnixServer, DockerHost],
) -> None:
    # an async client is made outside a loop (in a constructor) and used inside one later
    _, host = unix_server
    client = _async(host)

    async def use() -> int:
        async with client:
            return (await client.get("/echo")).status_code

    assert asyncio.run(use()) == 200


def test_timeout_message_names_the_limit_of_the_request() -> None:
    # A call may set its own timeout (stop(timeout=...) adds to the client's): the
    # message and `.timeout` give the limit that ran out, not the client's default.
    host = resolve_host("unix:///run/nowhere.sock", environment={})
    request = httpx.Request("POST", "http://docker/containers/x/stop")
    request.extensions["timeout"] = httpx.Timeout(60, read=70.5).as_dict()
    error = transport_error(host, httpx.ReadTimeout("slow", request=request), timeout=60)
    assert isinstance(error, DockerTimeoutError)
    assert "after 70.5 s while waiting for the response" in str(error)
    assert error.timeout == 70.5
    bare = transport_error(host, httpx.ConnectTimeout("slow"), timeout=60)
    assert "after 60 s while connecting" in str(bare)
