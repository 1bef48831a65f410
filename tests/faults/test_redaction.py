"""Issue 13, problems 8 and 10: credentials never reach a message, a repr, a DEBUG log or
a pickle: passwords in daemon addresses, and headers that carry credentials
(X-Registry-Auth, X-Registry-Config, Authorization, ...) wherever they come from."""

from __future__ import annotations

import base64
import io
import json
import logging
import pickle
from pathlib import Path
from typing import Any

import pytest
from both_clients import call, items
from conftest import Connect
from dockerapi._request import Request
from dockerapi.api.client import APIClient
from dockerapi.client import DockerClient
from dockerapi.errors import APIError, DockerException
from fake_daemon import Exchange, FakeDaemon, Wire
from registry_fixtures import HELPER_NAME, CredentialHelper, basic_auth, write_config

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


def _leaks(
    error: BaseException, caplog_text: str, secrets: tuple[str, ...] = (SECRET, AUTH)
) -> list[str]:
    """Where SECRET or the encoded header (or any of `secrets`) shows."""
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
    return [where for where, text in places.items() if any(s in text for s in secrets)]


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
    daemon: FakeDaemon, connect: Connect, remote: str, caplog: pytest.LogCaptureFixture
) -> None:
    _failing_registry(daemon)
    caplog.set_level(logging.DEBUG)  # httpx logs each request's URL
    client = connect()
    with pytest.raises(APIError) as caught:
        await call(client.engine, "image_build", remote=remote)
    assert SECRET not in str(caught.value) and SECRET not in str(pickle.dumps(caught.value))
    assert "git.example" in str(caught.value)
    assert "git.example" in caplog.text and SECRET not in caplog.text


HELPER_SECRET = "h3lp3r-S3cr3t"
#: Headers whose values carry registry credentials (dockerapi.auth builds them).
CREDENTIAL_HEADERS = ("X-Registry-Auth", "X-Registry-Config")


def _refuse_everything(daemon: FakeDaemon) -> None:
    for method in ("GET", "POST"):
        daemon.route(method, r".*")(
            lambda exchange, wire: wire.json(500, {"message": "registry said no"})
        )


@pytest.fixture
def registry_credentials(docker_home: Path, credential_helper: CredentialHelper) -> None:
    """A config with a password for 127.0.0.1:5000 and a credential helper (holding
    another) for helper.example."""
    write_config(
        docker_home,
        {
            "auths": {"127.0.0.1:5000": {"auth": basic_auth("u", SECRET)}},
            "credHelpers": {"helper.example": HELPER_NAME},
        },
    )
    credential_helper.put("helper.example", "hu", HELPER_SECRET)


def _what_was_sent(exchange: Exchange) -> tuple[str, ...]:
    """The credential header values and the body a request carried to the daemon."""
    values = [exchange.header(name) for name in CREDENTIAL_HEADERS]
    return (*(v for v in values if v), *([exchange.body.decode()] if exchange.body else []))


def _decoded(value: str) -> str:
    try:
        return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).decode()
    except ValueError:
        return value


@pytest.mark.usefixtures("registry_credentials")
async def test_registry_credentials_of_image_build_and_login_methods_are_redacted(
    daemon: FakeDaemon, connect: Connect, caplog: pytest.LogCaptureFixture
) -> None:
    # Every way dockerapi.auth and the credential helpers put credentials on the wire:
    # X-Registry-Auth from the config, a helper or auth_config; X-Registry-Config of a
    # build (every registry's credentials); login's body; the engine layer's auth hook.
    _refuse_everything(daemon)
    caplog.set_level(logging.DEBUG)
    client = connect()
    given = {"username": "u", "password": SECRET}
    attempts: dict[str, Any] = {
        "pull, config": lambda: call(client, "pull", "127.0.0.1:5000/app", tag="1"),
        "pull, helper": lambda: call(client, "pull", "helper.example/app", tag="1"),
        "pull, auth_config": lambda: call(client, "pull", "busybox", auth_config=given),
        "push": lambda: call(client, "push", "127.0.0.1:5000/app", tag="1"),
        "inspect_distribution": lambda: call(
            client, "inspect_distribution", "helper.example/app:1"
        ),
        "build": lambda: call(client, "build", fileobj=io.BytesIO(b"FROM busybox\n")),
        "login": lambda: call(client, "login", "u", SECRET, registry="127.0.0.1:9"),
        "engine pull": lambda: call(client.engine, "image_create", from_image="helper.example/a"),
        "engine push": lambda: call(client.engine, "image_push", name="127.0.0.1:5000/app"),
    }
    for name, attempt in attempts.items():
        with pytest.raises(APIError) as caught:
            await attempt()
        sent = _what_was_sent(daemon.received()[-1])
        # the daemon did get the credentials ...
        assert any(SECRET in _decoded(v) or HELPER_SECRET in _decoded(v) for v in sent), name
        # ... and nothing the client keeps shows them
        secrets = (SECRET, HELPER_SECRET, *sent)
        assert _leaks(caught.value, caplog.text, secrets) == [], name
        restored = pickle.loads(pickle.dumps(caught.value))
        assert restored.response is None and restored.status_code == 500, name


@pytest.mark.usefixtures("registry_credentials")
async def test_progress_errors_keep_no_registry_credentials(
    daemon: FakeDaemon, connect: Connect, caplog: pytest.LogCaptureFixture
) -> None:
    # A push refused after HTTP 200 raises StreamError from the stream; an import from
    # a URL with a password in it names the request's URL: neither shows a credential.
    @daemon.route("POST", r"/images/[^/]+/push|/images/create")
    def fails_mid_stream(exchange: Exchange, wire: Wire) -> None:
        wire.head(200)
        wire.chunk(b'{"status": "Preparing"}\n')
        wire.chunk(b'{"errorDetail": {"message": "denied"}, "error": "denied"}\n')
        wire.end()

    caplog.set_level(logging.DEBUG)
    client = connect()
    source = f"https://user:{SECRET}@files.example/rootfs.tar"
    stream = await call(client, "push", "helper.example/app", tag="1", stream=True)
    attempts: dict[str, Any] = {
        "push stream": lambda: items(stream),
        "push": lambda: call(client, "push", "127.0.0.1:5000/app", tag="1"),
        "import_image_from_url": lambda: call(client, "import_image_from_url", source),
        "engine push": lambda: items_of(
            call(client.engine, "image_push", name="127.0.0.1:5000/app")
        ),
    }
    for name, attempt in attempts.items():
        with pytest.raises(APIError, match="denied") as caught:
            await attempt()
        sent = _what_was_sent(daemon.received()[-1])
        secrets = (SECRET, HELPER_SECRET, *sent)
        assert _leaks(caught.value, caplog.text, secrets) == [], name
        if caught.value.response is not None:
            assert not any(s in repr(caught.value.response.request.headers) for s in secrets)
    assert not any(s in repr(stream.response.request.headers) for s in (HELPER_SECRET,))


async def items_of(opened: Any) -> list[Any]:
    return await items(await opened)
