"""Docker contexts against the real engine and the real Docker CLI.

Contexts live in the private DOCKER_CONFIG every test gets (the autouse
fixture in tests/conftest.py), so nothing here touches the machine's
~/.docker. The CLI, when installed, is run with that DOCKER_CONFIG too.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import uuid
from typing import Any

import pytest
from dockerapi import APIClient, AsyncAPIClient, ContextAPI
from dockerapi.client import AsyncDockerClient, DockerClient

pytestmark = pytest.mark.integration


def unique() -> str:
    return f"dockerapi-ctx-{uuid.uuid4().hex[:10]}"


def docker_cli(*args: str) -> subprocess.CompletedProcess[str]:
    cli = shutil.which("docker") or "/usr/bin/docker"
    if not os.path.exists(cli):
        pytest.skip("no docker CLI installed")
    return subprocess.run(
        [cli, *args], capture_output=True, text=True, timeout=60, check=False, env=os.environ.copy()
    )


@pytest.mark.parametrize("flavour", ["sync", "async"])
async def test_a_context_made_here_reaches_the_engine(docker_host: str, flavour: str) -> None:
    name = unique()
    created = ContextAPI.create_context(name, host=docker_host)
    try:
        assert created.Host == docker_host
        arguments = ContextAPI.kwargs_from_context(name)
        assert arguments == {"base_url": docker_host}
        if flavour == "sync":
            with APIClient(**arguments) as api:
                assert api.ping() is True
        else:
            async with AsyncAPIClient(**arguments) as aapi:
                assert await aapi.ping() is True

        ContextAPI.set_current_context(name)
        environment = {"DOCKER_CONFIG": os.environ["DOCKER_CONFIG"]}
        if flavour == "sync":
            with DockerClient.from_env(environment=environment) as client:
                assert client.api.host.origin == f"docker context {name}"
                assert client.version()["ApiVersion"]
        else:
            aclient = AsyncDockerClient.from_env(environment=environment)
            try:
                assert aclient.api.host.origin == f"docker context {name}"
                assert (await aclient.version())["ApiVersion"]
            finally:
                await aclient.close()
    finally:
        ContextAPI.remove_context(name)
    current = ContextAPI.get_current_context()
    assert current is not None and current.Name == "default"


def test_the_docker_cli_uses_our_context(docker_host: str) -> None:
    name = unique()
    ContextAPI.create_context(name, host=docker_host)
    try:
        listed = docker_cli("context", "ls", "--format", "{{.Name}}")
        assert listed.returncode == 0, listed.stderr
        assert name in listed.stdout.split()
        inspected = docker_cli("context", "inspect", name)
        assert inspected.returncode == 0, inspected.stderr
        theirs: dict[str, Any] = json.loads(inspected.stdout)[0]
        ours = ContextAPI.inspect_context(name)
        for key in ("Name", "Endpoints", "TLSMaterial"):
            assert theirs[key] == ours[key], key
        assert theirs["Storage"]["MetadataPath"] == ours["Storage"]["MetadataPath"]
        version = docker_cli("--context", name, "version", "--format", "{{.Server.APIVersion}}")
        assert version.returncode == 0, version.stderr
        with APIClient(docker_host) as api:
            assert version.stdout.strip() == api.version()["ApiVersion"]
    finally:
        ContextAPI.remove_context(name)
    assert name not in docker_cli("context", "ls", "--format", "{{.Name}}").stdout.split()


async def test_we_use_the_docker_clis_context(docker_host: str) -> None:
    name = unique()
    made = docker_cli("context", "create", name, "--docker", f"host={docker_host}")
    assert made.returncode == 0, made.stderr
    try:
        context = ContextAPI.get_context(name)
        assert context is not None
        assert context.Host == docker_host and context.TLSConfig is None
        assert name in [c.Name for c in ContextAPI.contexts()]
        used = docker_cli("context", "use", name)
        assert used.returncode == 0, used.stderr
        current = ContextAPI.get_current_context()
        assert current is not None and current.Name == name
        environment = {"DOCKER_CONFIG": os.environ["DOCKER_CONFIG"]}
        with DockerClient.from_env(environment=environment) as client:
            assert client.ping() is True
        aclient = AsyncDockerClient.from_env(environment=environment)
        try:
            assert await aclient.ping() is True
        finally:
            await aclient.close()
    finally:
        docker_cli("context", "use", "default")
        docker_cli("context", "rm", "--force", name)
    assert ContextAPI.get_context(name) is None


@pytest.mark.parametrize("flavour", ["sync", "async"])
async def test_from_context_reaches_the_engine(
    docker_host: str, flavour: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = unique()
    ContextAPI.create_context(name, host=docker_host)
    monkeypatch.setenv("DOCKER_HOST", "tcp://127.0.0.1:9")  # from_context does not read it
    try:
        # (docker-py as the oracle cannot find it: it looks for contexts elsewhere, see
        # docs/compat.md, and falls back to the default socket)
        with DockerClient(docker_host) as direct:
            expected = direct.version()["ApiVersion"]
        ContextAPI.set_current_context(name)
        if flavour == "sync":
            for client in (DockerClient.from_context(name), DockerClient.from_context()):
                with client:
                    assert client.api.host.origin == f"docker context {name}"
                    assert client.version()["ApiVersion"] == expected
        else:
            for aclient in (AsyncDockerClient.from_context(name), AsyncDockerClient.from_context()):
                async with aclient:
                    assert aclient.api.host.origin == f"docker context {name}"
                    assert (await aclient.version())["ApiVersion"] == expected
    finally:
        ContextAPI.remove_context(name)
