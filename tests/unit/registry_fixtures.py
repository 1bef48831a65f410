"""Test helpers for registry credentials: a Docker config directory, the test
credential helper on PATH, and (integration) a registry that wants a login.

The registry is Debian's `docker-registry` (the one `scripts/engine` runs on
127.0.0.1:5000), started here on a free loopback port with htpasswd auth over
plain HTTP: the engine treats 127.0.0.0/8 registries as insecure, so neither
TLS nor a change to the shared engine's configuration is needed.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

__all__ = [
    "HELPER_DIR",
    "HELPER_NAME",
    "AuthRegistry",
    "CredentialHelper",
    "start_auth_registry",
    "write_config",
]

HELPER_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "credential-helpers"
#: The store name of tests/fixtures/credential-helpers/docker-credential-dockerapi-test.
HELPER_NAME = "dockerapi-test"

USERNAME = "tester"
PASSWORD = "s3cret-test"
# bcrypt of PASSWORD (the registry reads only bcrypt htpasswd entries).
_HTPASSWD = f"{USERNAME}:$2b$04$KEphsFeicM/2jtu8aGNS2uR1u5m8tGB4qlaRtuDWIv.5MTjgK1bUa\n"


def basic_auth(username: str, password: str) -> str:
    return base64.b64encode(f"{username}:{password}".encode()).decode("ascii")


def write_config(directory: Path, config: Mapping[str, Any] | str) -> Path:
    """Write `config.json` (a dict, or raw text) into `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "config.json"
    path.write_text(config if isinstance(config, str) else json.dumps(config), encoding="utf-8")
    return path


@dataclass
class CredentialHelper:
    """The test helper's credential file and the environment that finds it."""

    store: Path
    environment: dict[str, str]

    def put(self, server: str, username: str, secret: str) -> None:
        data = json.loads(self.store.read_text()) if self.store.exists() else {}
        data[server] = {"Username": username, "Secret": secret}
        self.store.write_text(json.dumps(data))

    def entries(self) -> dict[str, Any]:
        return json.loads(self.store.read_text()) if self.store.exists() else {}


@pytest.fixture
def credential_helper(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CredentialHelper:
    """docker-credential-dockerapi-test on PATH, storing into a fresh file."""
    store = tmp_path / "helper-store.json"
    monkeypatch.setenv("PATH", f"{HELPER_DIR}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.setenv("DOCKERAPI_TEST_CREDS", str(store))
    monkeypatch.delenv("DOCKERAPI_TEST_CREDS_MODE", raising=False)
    return CredentialHelper(store, {"DOCKERAPI_TEST_CREDS": str(store)})


@pytest.fixture
def docker_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty HOME and DOCKER_CONFIG, so the machine's own files cannot leak in;
    returns the DOCKER_CONFIG directory."""
    home = tmp_path / "home"
    home.mkdir()
    config = tmp_path / "docker-config"
    config.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("DOCKER_CONFIG", str(config))
    return config


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class AuthRegistry:
    """A registry on loopback that wants `username`/`password`."""

    address: str
    username: str = USERNAME
    password: str = PASSWORD


def start_auth_registry(directory: Path) -> Iterator[AuthRegistry]:
    """Run `docker-registry` with htpasswd auth until the generator is closed."""
    program = shutil.which("docker-registry")
    if program is None:
        pytest.skip("docker-registry is not installed (scripts/engine start installs it)")
    port = _free_port()
    (directory / "htpasswd").write_text(_HTPASSWD)
    config = directory / "registry.yml"
    config.write_text(
        "version: 0.1\n"
        "log:\n  level: warn\n"
        f"storage:\n  filesystem:\n    rootdirectory: {directory / 'data'}\n"
        f"http:\n  addr: 127.0.0.1:{port}\n  secret: dockerapi-test-only\n"
        f"auth:\n  htpasswd:\n    realm: dockerapi-test\n    path: {directory / 'htpasswd'}\n"
    )
    log = (directory / "registry.log").open("wb")
    process = subprocess.Popen(
        [program, "serve", str(config)], stdout=log, stderr=subprocess.STDOUT
    )
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/v2/", timeout=1)
            except urllib.error.HTTPError as answer:
                answer.close()
                if answer.code == 401:  # up, and asking for credentials
                    break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the test registry did not start: see {directory}")
            time.sleep(0.05)
        yield AuthRegistry(f"127.0.0.1:{port}")
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
