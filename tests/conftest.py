"""Shared fixtures: where the test engine is, and the rule that integration tests need it."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from hypothesis import settings

# Wall-clock deadlines make property tests flaky on a loaded 2-core CI machine; CI also
# runs them derandomized so a red run is reproducible and never a dice roll.
settings.register_profile("dockerapi", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dockerapi")

# Credential-helper, config-directory and registry fixtures (tests/unit/registry_fixtures.py);
# the high-level clients in front of a fake daemon (tests/unit/high_level_fakes.py).
pytest_plugins = ["registry_fixtures", "high_level_fakes"]

#: The project's own engine (scripts/engine start); override with DOCKERAPI_TEST_HOST.
DEFAULT_TEST_HOST = "unix:///run/dockerapi/docker.sock"
#: Which of the project's engines the tests use (scripts/test --engine NAME sets it).
DEFAULT_TEST_ENGINE = "20.10"
ENGINE_SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "engine"


def chosen_engine() -> str:
    """DOCKERAPI_TEST_ENGINE: 20.10, 26.1, 28.5 or podman (scripts/engine's names)."""
    return os.environ.get("DOCKERAPI_TEST_ENGINE", DEFAULT_TEST_ENGINE)


def engine_settings() -> dict[str, str]:
    """What the test engine is: DOCKERAPI_TEST_ENGINE, _HOST, _REGISTRY, _RANGE, _GUARD.

    Taken from the environment; what it does not say comes from `scripts/engine env`
    for the engine named by DOCKERAPI_TEST_ENGINE, unless DOCKERAPI_TEST_HOST names an
    engine of the user's own (then only what the environment says is known, and the
    engine is "external" unless DOCKERAPI_TEST_ENGINE names it)."""
    names = (
        "DOCKERAPI_TEST_ENGINE",
        "DOCKERAPI_TEST_HOST",
        "DOCKERAPI_TEST_REGISTRY",
        "DOCKERAPI_TEST_RANGE",
        "DOCKERAPI_TEST_GUARD",
    )
    found = {name: os.environ[name] for name in names if os.environ.get(name)}
    if "DOCKERAPI_TEST_HOST" in found:
        found.setdefault("DOCKERAPI_TEST_ENGINE", "external")
        return found
    printed = subprocess.run(
        ["bash", str(ENGINE_SCRIPT), "--engine", chosen_engine(), "env"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for line in printed.splitlines():
        name, _, value = line.removeprefix("export ").partition("=")
        if name in names:
            found.setdefault(name, value)
    return found


@pytest.fixture(scope="session")
def engine_env() -> dict[str, str]:
    """The test engine's settings (see `engine_settings`), read once per session."""
    return engine_settings()


@pytest.fixture(autouse=True)
def _own_cli_config(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An empty Docker CLI config directory, so that the machine's ~/.docker
    (proxies, detachKeys, a current context) cannot change what tests send;
    tests that need a config write their own and point DOCKER_CONFIG at it."""
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path_factory.mktemp("docker-config")))


@pytest.fixture(scope="session")
def docker_host(engine_env: dict[str, str]) -> str:
    """The engine integration tests talk to, as a DOCKER_HOST-style URL."""
    return engine_env.get("DOCKERAPI_TEST_HOST", DEFAULT_TEST_HOST)


@pytest.fixture(scope="session")
def registry(engine_env: dict[str, str]) -> str:
    """The local registry beside the test engine (host:port, as the engine reaches it)."""
    address = engine_env.get("DOCKERAPI_TEST_REGISTRY")
    if not address:
        pytest.skip("no local registry known for this engine: set DOCKERAPI_TEST_REGISTRY")
    return address


@pytest.fixture(scope="session")
def docker_socket(docker_host: str) -> str:
    """The unix socket path of the test engine."""
    if not docker_host.startswith("unix://"):
        pytest.skip("this test needs the engine on a unix socket")
    return docker_host[len("unix://") :]
