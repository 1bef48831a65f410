"""Issue 13, problems 8 and 10: credentials never reach a message, a repr, a DEBUG log or
a pickle: passwords in daemon addresses, and headers that carry credentials
(X-Registry-Auth, X-Registry-Config, Authorization, ...) wherever they come from."""

from __future__ import annotations

import base64
import json
import logging
import pickle
from typing import Any

import pytest
from both_clients import call, items
from conftest import Connect
from dockerapi._request import Request
from dockerapi.api.client import APIClient
from dockerapi.client import DockerClient
from dockerapi.errors import APIError, DockerException
from fake_daemon import Exchange, FakeDaemon, Wire

SECRET = "S3cr3t-Pa55"
AUTH = base64.urlsafe_b64encode(json.dumps({"username": "u", "password": SECRET}).encode()).decode()


@pytest.mark.parametrize(
    "address",
    [
        f"tcp://user:{SECRET}@127.0.0.1:2375",
        f"tcp://user:{SECRET}@127.0.0.1",
        f"https://user:{SECRET}@docker.example:2376",
        f"ssh://user:{SECRET}@docker.example",
        f"user:{SECRET}@127.0.0.1:2375",
        f"tcp://user:p@ss{SECRET}@127.0.0.1:2375",
        f"http://user:{SECRET}@127.0.0.1:2375?x=1",
    ],
)
def test_passwords_in_addresses_are_not_echoed(address: str) -> None:
    # Issue 13: "Invalid bind address format: tcp://user:Secret@..."
    for make in (
        lambda: APIClient(base_url=address),
        lambda: DockerClient.from_env(environment={"DOCKER_HOST": address}),
    ):
        with pytest.raises(DockerException) as caught:
            make()
        assert SECRET not in str(caught.value) and SECRET not in repr(caught.value)
        assert "<redacted>" in str(caught.value)
        assert SECRET not in str(pickle.dumps(caught.value))


def _failing_registry(daemon: FakeDaemon) -> None:
    @daemon.route("POST", r".*")
    def refuse(exchange: Exchange, wire: Wire) -> None:
        wire.json(500, {"message": "registry said no"})


def _leaks(error: BaseException, caplog_text: str) -> list[str]:
    """Where SECRET or the encoded header shows."""
    places = {
        "str": str(error),
        "repr": repr(error),
        "pickle": str(pickle.dumps(error)),
        "logs": caplog_text,
    }
    response = getattr(error, "response", None)
    if response is not None:
        places["request headers"] = repr(response.request.headers)
        places["request"] = repr(response.request)
    return [where for where, text in places.items() if SECRET in text or AUTH in text]


async def test_auth_headers_from_every_source_are_redacted(
    daemon: FakeDaemon, connect: Connect, caplog: pytest.LogCaptureFixture
) -> None:
    _failing_registry(daemon)
    caplog.set_level(logging.DEBUG)  # httpx, httpcore and everything else at DEBUG
    client = connect()
    client.headers["X-Registry-Config"] = AUTH  # the client's own headers
    attempts: list[Any] = [
        # a generated operation's header parameter
        lambda: call(client.engine, "image_create", from_image="busybox", registry_auth=AUTH),
        # extra_headers of the engine layer
        lambda: call(
            client.engine,
            "image_push",
            name="busybox",
            registry_auth="e30=",
            extra_headers={"X-Registry-Auth": AUTH},
        ),
        lambda: call(
            client.engine, "container_start", id="c1", extra_headers={"Authorization": AUTH}
        ),
        lambda: call(client, "start", "c1"),  # a docker-py method
    ]
    for attempt in attempts:
        with pytest.raises(APIError) as caught:
            await attempt()
        assert _leaks(caught.value, caplog.text) == []
        restored = pickle.loads(pickle.dumps(caught.value))
        assert restored.status_code == 500 and restored.response is None
        assert restored.explanation == "registry said no"
    # the daemon did get the credentials: only what the client keeps is blanked
    assert all(e.header("X-Registry-Config") == AUTH for e in daemon.received())
    assert daemon.received()[0].header("X-Registry-Auth") == AUTH


async def test_system_auth_password_stays_out_of_pickles(
    daemon: FakeDaemon, connect: Connect
) -> None:
    # Issue 13: pickle.dumps(exc) held the request, with system_auth's password.
    from docker_engine_api.models import AuthConfig

    _failing_registry(daemon)
    client = connect()
    with pytest.raises(APIError) as caught:
        await call(client.engine, "system_auth", body=AuthConfig(username="u", password=SECRET))
    assert SECRET in daemon.received()[0].body.decode()
    assert SECRET not in str(pickle.dumps(caught.value))
    assert SECRET not in str(caught.value) + repr(caught.value)


async def test_streams_keep_no_credentials(daemon: FakeDaemon, connect: Connect) -> None:
    @daemon.route("POST", r"/images/create")
    def pull(exchange: Exchange, wire: Wire) -> None:
        wire.head(200)
        wire.chunk(b'{"status": "Pulling"}\n')
        wire.end()

    client = connect()
    stream = await call(client.engine, "image_create", from_image="busybox", registry_auth=AUTH)
    assert SECRET not in repr(stream.response.request.headers)
    assert AUTH not in repr(stream.response.request.headers)
    assert [item.status for item in await items(stream)] == ["Pulling"]


def test_request_repr_shows_no_credentials() -> None:
    request = Request.build(
        "POST",
        "/auth",
        headers={"X-Registry-Auth": AUTH, "X-Other": "visible"},
        json={"password": SECRET},
    )
    shown = repr(request)
    assert SECRET not in shown and AUTH not in shown
    assert "X-Registry-Auth" in shown and "visible" in shown


@pytest.mark.parametrize(
    "remote",
    [f"https://user:{SECRET}@git.example/repo.git", f"https://{SECRET}@git.example/repo.git"],
)
async def test_urls_in_query_values_are_redacted(
    daemon: FakeDaemon, connect: Connect, remote: str
) -> None:
    _failing_registry(daemon)
    client = connect()
    with pytest.raises(APIError) as caught:
        await call(client.engine, "image_build", remote=remote)
    assert SECRET not in str(caught.value) and SECRET not in str(pickle.dumps(caught.value))
    assert "git.example" in str(caught.value)
