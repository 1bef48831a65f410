"""Shared fixtures: where the test engine is, and the rule that integration tests need it."""

from __future__ import annotations

import os

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


def _test_host() -> str:
    return os.environ.get("DOCKERAPI_TEST_HOST", DEFAULT_TEST_HOST)


@pytest.fixture(autouse=True)
def _own_cli_config(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An empty Docker CLI config directory, so that the machine's ~/.docker
    (proxies, detachKeys, a current context) cannot change what tests send;
    tests that need a config write their own and point DOCKER_CONFIG at it."""
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path_factory.mktemp("docker-config")))


@pytest.fixture(scope="session")
def docker_host() -> str:
    """The engine integration tests talk to, as a DOCKER_HOST-style URL."""
    return _test_host()


@pytest.fixture(scope="session")
def docker_socket(docker_host: str) -> str:
    """The unix socket path of the test engine."""
    if not docker_host.startswith("unix://"):
        pytest.skip("this test needs the engine on a unix socket")
    return docker_host[len("unix://") :]
