"""`dockerapi engine-info` against the real test engine: the docs/versions.md example
(with this engine's own facts), a pinned version, a Docker CLI context, and a daemon
that is not there."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from docker_engine_api import _versions
from dockerapi import APIClient
from dockerapi._negotiation import choose_version
from docs_examples import commands, examples

pytestmark = pytest.mark.integration

PAGE = Path(__file__).resolve().parents[2] / "docs" / "versions.md"


def engine_info(*args: str, **environment: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DOCKER_HOST", "DOCKER_API_VERSION")}
    env.update(environment)
    return subprocess.run(
        [sys.executable, "-m", "dockerapi", "engine-info", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture(scope="module")
def daemon(docker_host: str) -> dict[str, str]:
    with APIClient(docker_host) as client:
        answer: dict[str, str] = client.version(api_version=False)
    return answer


def test_the_documented_example_with_this_engines_facts(
    docker_host: str, daemon: dict[str, str]
) -> None:
    (command,) = [
        c
        for example in examples(PAGE)
        if example.language == "console"
        for c in commands(example)
        if c.line == "dockerapi engine-info"
    ]
    negotiated = choose_version(daemon, newest=_versions.NEWEST, oldest=_versions.OLDEST, where="")
    # The page shows the project's 20.10 engine; another engine brings its own numbers,
    # and its platform's name when it gives one (Podman: `linux/amd64/debian-12`).
    platform = (daemon.get("Platform") or {}).get("Name") or ""
    named = f"{platform} " if platform else ""
    expected = (
        command.output.replace("unix:///run/dockerapi/docker.sock", docker_host)
        .replace(
            "20.10.24+dfsg1 (linux/amd64)",
            f"{named}{daemon['Version']} ({daemon['Os']}/{daemon['Arch']})",
        )
        .replace("1.12 ... 1.41", f"{daemon['MinAPIVersion']} ... {daemon['ApiVersion']}")
        .replace("negotiated:  1.41", f"negotiated:  {negotiated}")
    )
    done = engine_info(DOCKER_HOST=docker_host)
    assert done.returncode == 0, done.stderr
    assert done.stdout == expected


def test_json_names_the_pinned_version(docker_host: str, daemon: dict[str, str]) -> None:
    done = engine_info("--json", DOCKER_HOST=docker_host, DOCKER_API_VERSION="1.40")
    assert done.returncode == 0, done.stderr
    info = json.loads(done.stdout)
    assert info["host"] == docker_host and info["origin"] == "DOCKER_HOST"
    assert info["engine"]["version"] == daemon["Version"]
    assert info["engine"]["api_version"] == daemon["ApiVersion"]
    assert info["engine"]["min_api_version"] == daemon["MinAPIVersion"]
    assert info["client"] == {"oldest": _versions.OLDEST, "newest": _versions.NEWEST}
    assert info["pinned"] == "1.40" and info["refused"] is None
    plain = engine_info(DOCKER_HOST=docker_host, DOCKER_API_VERSION="1.40").stdout
    assert "pinned:      1.40 (DOCKER_API_VERSION: used instead of negotiating)" in plain


def test_the_cli_context_is_used_like_from_env(tmp_path: Path, docker_host: str) -> None:
    name = "dockerapi-engine-info-test"
    meta = tmp_path / "contexts" / "meta" / hashlib.sha256(name.encode()).hexdigest()
    meta.mkdir(parents=True)
    (meta / "meta.json").write_text(
        json.dumps({"Name": name, "Endpoints": {"docker": {"Host": docker_host}}})
    )
    (tmp_path / "config.json").write_text(json.dumps({"currentContext": name}))
    done = engine_info("--json", DOCKER_CONFIG=str(tmp_path))
    assert done.returncode == 0, done.stderr
    info = json.loads(done.stdout)
    assert (info["host"], info["origin"]) == (docker_host, f"docker context {name}")


def test_a_daemon_that_is_not_there_is_named(tmp_path: Path) -> None:
    nowhere = f"unix://{tmp_path}/no.sock"
    done = engine_info(DOCKER_HOST=nowhere)
    assert done.returncode == 1 and done.stdout == ""
    assert f"dockerapi engine-info: cannot connect to the Docker daemon at {nowhere}" in done.stderr
