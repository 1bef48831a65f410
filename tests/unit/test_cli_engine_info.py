"""`dockerapi engine-info` against fake daemons on loopback, for what the test engine
cannot show: a daemon too old for this client, a platform name, a daemon that is not
a Docker engine. (The real engine: tests/integration/test_cli_engine_info.py.)"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from dockerapi._cli import main
from loopback import http_server


@contextmanager
def daemon(answer: dict[str, Any]) -> Iterator[tuple[str, list[str]]]:
    """A daemon on 127.0.0.1 that answers every GET with `answer`; yields its
    DOCKER_HOST and the paths it was asked for."""
    paths: list[str] = []

    def respond(target: str, headers: Any) -> tuple[int, bytes]:
        paths.append(target)
        return 200, json.dumps(answer).encode()

    with http_server(respond) as base_url:
        yield base_url.replace("http://", "tcp://"), paths


def run(monkeypatch: pytest.MonkeyPatch, host: str, *args: str) -> tuple[int, str]:
    monkeypatch.setenv("DOCKER_HOST", host)
    monkeypatch.delenv("DOCKER_API_VERSION", raising=False)
    monkeypatch.delenv("DOCKER_TLS_VERIFY", raising=False)
    out = io.StringIO()
    return main(["engine-info", *args], stdout=out), out.getvalue()


def test_a_daemon_too_old_is_named_and_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    answer = {"Version": "1.13.1", "ApiVersion": "1.24", "MinAPIVersion": "1.12"}
    with daemon(answer) as (host, paths):
        status, text = run(monkeypatch, host)
    assert status == 1
    assert paths == ["/version"]  # one unversioned question
    assert text.splitlines()[1:] == [
        "engine:      1.13.1",
        "engine API:  1.12 ... 1.24",
        "client API:  1.25 ... 1.55",
        f"negotiated:  none: the daemon at {host} (from DOCKER_HOST) speaks API 1.24, older "
        "than the oldest this client supports (1.25); upgrade the Docker engine, or use a "
        "client release that supports it",
    ]


def test_a_newer_daemon_negotiates_the_newest_this_client_knows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answer = {
        "Platform": {"Name": "Docker Engine - Community"},
        "Version": "29.9.0",
        "ApiVersion": "1.57",
        "MinAPIVersion": "1.24",
        "Os": "linux",
        "Arch": "arm64",
    }
    with daemon(answer) as (host, _):
        status, text = run(monkeypatch, host)
        json_status, raw = run(monkeypatch, host, "--json")
    assert status == json_status == 0
    assert "engine:      Docker Engine - Community 29.9.0 (linux/arm64)\n" in text
    assert text.endswith("negotiated:  1.55\n")
    info = json.loads(raw)
    assert info["engine"]["name"] == "Docker Engine - Community"
    assert (info["negotiated"], info["refused"], info["pinned"]) == ("1.55", None, None)


def test_something_that_is_not_a_docker_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    with daemon({"hello": "world"}) as (host, _):
        status, text = run(monkeypatch, host)
    assert status == 1
    assert "negotiated:  none: the daemon at" in text and "is this a Docker engine?" in text
