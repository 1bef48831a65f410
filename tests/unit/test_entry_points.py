"""How people reach the typed layer and the docker-py submodules, and what that imports when.

Import behaviour is checked in fresh interpreters: a test process has imported everything.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import dockerapi
from dockerapi._preload import ASYNC_CLIENT_MODULES
from dockerapi.client import AsyncDockerClient, DockerClient


def _fresh(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def test_docker_client_engine_is_the_api_clients() -> None:
    with DockerClient(base_url="unix:///nonexistent.sock") as client:
        assert client.engine is client.api.engine
        assert type(client.engine).__name__ == "SyncOperations"


async def test_async_docker_client_engine_is_the_api_clients() -> None:
    async with AsyncDockerClient(base_url="unix:///nonexistent.sock") as client:
        assert client.engine is client.api.engine
        assert type(client.engine).__name__ == "AsyncOperations"


def test_submodules_are_attributes_right_after_import() -> None:
    out = _fresh(
        """
        import sys
        import dockerapi as docker
        cheap = "httpx" not in sys.modules and "docker_engine_api" not in sys.modules
        print(cheap, docker.errors.NotFound.__name__, docker.types.Mount.__name__,
              docker.utils.parse_repository_tag.__name__, docker.constants.DEFAULT_TIMEOUT_SECONDS)
        """
    )
    assert out == "True NotFound Mount parse_repository_tag 60"
    assert {"errors", "types", "utils"} <= set(dir(dockerapi))


def test_constructing_an_async_client_does_the_imports_its_first_calls_need() -> None:
    out = _fresh(
        """
        import json, sys
        import dockerapi
        before = set(sys.modules)
        client = dockerapi.AsyncAPIClient(base_url="unix:///nonexistent.sock")
        print(json.dumps(sorted(set(sys.modules) - before)))
        """
    )
    imported = set(json.loads(out))
    assert set(ASYNC_CLIENT_MODULES) <= imported
    # the project's transport runs on asyncio itself: no httpcore, no anyio
    assert not any(name.split(".")[0] in ("httpcore", "anyio", "h11") for name in imported)
    # endpoint modules stay lazy: a program imports the few it uses, each in milliseconds
    assert not any(name.startswith("docker_engine_api.api.") for name in imported)


def test_a_blocking_client_does_not_preload() -> None:
    out = _fresh(
        """
        import sys
        import dockerapi
        dockerapi.APIClient(base_url="unix:///nonexistent.sock")
        print("dockerapi._engine" in sys.modules, "httpcore" in sys.modules)
        """
    )
    assert out == "False False"
