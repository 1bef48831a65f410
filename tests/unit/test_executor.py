"""Executors: URLs, headers, bodies, timeouts, and errors mapped to typed exceptions."""

from __future__ import annotations

import io
import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from core_fakes import FakeDaemon, FakeVersionTable
from dockerapi import _gating
from dockerapi._plan import PlanGenerator, plan
from dockerapi._request import DEFAULT_TIMEOUT, Body, DefaultTimeout, Request
from dockerapi.api.client import APIClient, AsyncAPIClient
from dockerapi.errors import (
    APIError,
    BadRequest,
    Conflict,
    DockerTimeoutError,
    ImageNotFound,
    NotFound,
    ServerError,
)


@pytest.fixture(autouse=True)
def fake_table(monkeypatch: pytest.MonkeyPatch) -> FakeVersionTable:
    table = FakeVersionTable()
    monkeypatch.setattr(_gating, "default_table", lambda: table)
    return table


class EchoMixin:
    @plan
    def call(
        self,
        method: str,
        path: str,
        *,
        content: Body | None = None,
        json_body: Any = None,
        params: dict[str, Any] | None = None,
        timeout: float | DefaultTimeout | None = DEFAULT_TIMEOUT,
    ) -> PlanGenerator[Any]:
        request = Request.build(
            method,
            path,
            content=content,
            params=params,
            timeout=timeout,
            **({"json": json_body} if json_body is not None else {}),
        )
        response = yield request
        return response.json()


class EchoClient(EchoMixin, APIClient):
    pass


class AsyncEchoClient(EchoMixin, AsyncAPIClient):
    pass


def _echo(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        200,
        json={
            "url": str(request.url),
            "params": list(request.url.params.multi_items()),
            "headers": dict(request.headers),
            "body": request.read().decode(),
            "timeout": request.extensions.get("timeout"),
        },
    )


@pytest.fixture
def daemon() -> FakeDaemon:
    daemon = FakeDaemon("1.41")
    daemon.route("POST", "/echo")(_echo)
    daemon.route("GET", "/echo")(_echo)

    def fail(status: int, message: str) -> None:
        daemon.route("GET", f"/fail/{status}")(
            lambda request: httpx.Response(status, json={"message": message})
        )

    fail(404, "No such container: x")
    fail(409, "conflict: name in use")
    fail(500, "boom")
    fail(418, "teapot")
    daemon.route("GET", "/fail/image")(
        lambda request: httpx.Response(404, json={"message": "No such image: busybox:nope"})
    )
    daemon.route("GET", "/fail/text")(lambda request: httpx.Response(400, text="bad thing\n"))
    return daemon


@pytest.fixture
def client(daemon: FakeDaemon) -> Iterator[EchoClient]:
    with EchoClient(transport=daemon.transport()) as client:
        yield client


def test_versioned_url_params_and_json(client: EchoClient) -> None:
    echoed = client.call("POST", "/echo", params={"a": [1, 2], "b": True}, json_body={"x": 1})
    assert echoed["url"].startswith("http://docker/v1.41/echo?")
    assert echoed["params"] == [["a", "1"], ["a", "2"], ["b", "true"]]
    assert json.loads(echoed["body"]) == {"x": 1}
    assert echoed["headers"]["content-type"] == "application/json"
    assert echoed["headers"]["user-agent"].startswith("dockerapi/")


def test_client_headers_apply_to_every_request(client: EchoClient) -> None:
    client.headers["X-Test-Session"] = "s1"  # as testcontainers does
    assert client.call("GET", "/echo")["headers"]["x-test-session"] == "s1"


def test_timeout_is_the_clients_unless_overridden(client: EchoClient) -> None:
    assert client.call("GET", "/echo")["timeout"]["read"] == 60
    client.timeout = 5
    assert client.call("GET", "/echo")["timeout"]["read"] == 5
    assert client.call("GET", "/echo", timeout=None)["timeout"]["read"] is None


def test_bodies_bytes_iterators_and_files(client: EchoClient) -> None:
    assert client.call("POST", "/echo", content=b"raw")["body"] == "raw"
    assert client.call("POST", "/echo", content=iter([b"a", b"b"]))["body"] == "ab"
    big = b"x" * 200_000
    assert client.call("POST", "/echo", content=io.BytesIO(big))["body"] == big.decode()


def test_async_body_is_refused_by_the_sync_client(client: EchoClient) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield b"x"

    with pytest.raises(TypeError, match=r"async body"):
        client.call("POST", "/echo", content=chunks())


async def test_async_client_bodies(daemon: FakeDaemon) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield b"a"
        yield b"b"

    async with AsyncEchoClient(transport=daemon.async_transport()) as client:
        assert (await client.call("POST", "/echo", content=chunks()))["body"] == "ab"
        assert (await client.call("POST", "/echo", content=iter([b"c"])))["body"] == "c"
        assert (await client.call("POST", "/echo", content=io.BytesIO(b"file")))["body"] == "file"
        client.headers["X-A"] = "1"
        assert (await client.call("GET", "/echo"))["headers"]["x-a"] == "1"


@pytest.mark.parametrize(
    ("path", "error_type", "explanation"),
    [
        ("/fail/404", NotFound, "No such container: x"),
        ("/fail/image", ImageNotFound, "No such image: busybox:nope"),
        ("/fail/409", Conflict, "conflict: name in use"),
        ("/fail/500", ServerError, "boom"),
        ("/fail/418", APIError, "teapot"),
        ("/fail/text", BadRequest, "bad thing"),
    ],
)
def test_daemon_errors_become_typed_exceptions(
    client: EchoClient, path: str, error_type: type[APIError], explanation: str
) -> None:
    with pytest.raises(error_type) as caught:
        client.call("GET", path)
    error = caught.value
    assert type(error) is error_type
    assert error.explanation == explanation
    assert error.status_code == {"/fail/image": 404, "/fail/text": 400}.get(
        path, int(path.rsplit("/", 1)[-1]) if path[-1].isdigit() else 0
    )
    assert error.url is not None and error.url.endswith(f"/v1.41{path}")
    assert isinstance(error.response, httpx.Response)


async def test_async_daemon_errors(daemon: FakeDaemon) -> None:
    async with AsyncEchoClient(transport=daemon.async_transport()) as client:
        with pytest.raises(NotFound, match=r"No such container"):
            await client.call("GET", "/fail/404")


def test_transport_timeouts_are_mapped(daemon: FakeDaemon) -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("too slow", request=request)

    daemon.route("GET", "/slow")(slow)
    with (
        EchoClient(transport=daemon.transport(), timeout=3) as client,
        pytest.raises(DockerTimeoutError) as caught,
    ):
        client.call("GET", "/slow")
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert "timed out after 3 s" in str(caught.value)


def test_base_url_has_docker_py_shape() -> None:
    assert APIClient().base_url == "http+docker://localhost"
    assert APIClient(base_url="tcp://127.0.0.1:2375").base_url == "http://127.0.0.1:2375"
    assert APIClient(base_url="unix:///run/x.sock").host.socket_path == "/run/x.sock"


# --- requests without a body: built through httpx's `stream=`, the same to the byte ---


@pytest.mark.parametrize("method", ["GET", "HEAD", "DELETE", "POST", "PUT", "PATCH", "post"])
@pytest.mark.parametrize(
    "url", ["http://localhost/v1.41/containers/json?all=1", "https://10.0.0.1:2376/_ping"]
)
@pytest.mark.parametrize(
    "given",
    [
        {},
        {"X-Registry-Auth": "e30="},
        {"Host": "elsewhere"},
        {"Content-Length": "0"},
        {"Transfer-Encoding": "chunked"},
    ],
)
def test_a_request_without_a_body_is_what_httpx_would_build(
    method: str, url: str, given: dict[str, str]
) -> None:
    from dockerapi._executor import _without_body
    from dockerapi._http1 import request_head

    headers = httpx.Headers({"User-Agent": "dockerapi-test", "Accept": "*/*", **given})
    extensions = {"timeout": httpx.Timeout(5).as_dict()}
    ours = _without_body(method, httpx.URL(url), headers, extensions)
    httpx_own = httpx.Request(method, httpx.URL(url), headers=headers, extensions=extensions)
    assert request_head(ours) == request_head(httpx_own)
    assert ours.headers.raw == httpx_own.headers.raw
    assert (ours.method, ours.url, ours.content) == (httpx_own.method, httpx_own.url, b"")
    assert b"".join(ours.stream) == b""  # type: ignore[union-attr]
    assert ours.extensions == httpx_own.extensions
