"""docs/typed.md runs: its python code blocks, in order, in one namespace, on the test engine.

The printed output is checked against what the page's comments promise. Containers the
page creates carry its `docs.typed=<run>` label and are removed here if a block failed.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from dockerapi.api.client import APIClient
from docs_examples import programs

pytestmark = pytest.mark.integration

PAGE = Path(__file__).resolve().parents[2] / "docs" / "typed.md"


def code_blocks(page: Path) -> list[tuple[str, str]]:
    """(where, source) of every python block of the page, each on its own."""
    return programs(page, one_session=False)


@pytest.fixture
def environment(
    docker_host: str, engine_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    monkeypatch.setenv("DOCKER_HOST", docker_host)
    # the page's push reads the engine's own registry from here (as the page says)
    if "DOCKERAPI_TEST_REGISTRY" in engine_env:
        monkeypatch.setenv("DOCKERAPI_TEST_REGISTRY", engine_env["DOCKERAPI_TEST_REGISTRY"])
    for name in ("DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH", "DOCKER_API_VERSION", "DOCKER_CONTEXT"):
        monkeypatch.delenv(name, raising=False)
    yield


def _remove_leftovers(docker_host: str, run: str) -> None:
    with APIClient(docker_host) as client:
        left = client.engine.container_list(all=True, filters={"label": f"docs.typed={run}"})
        for container in left:
            client.engine.container_delete(container.id, force=True)


def test_the_page_has_the_examples_the_issue_asks_for() -> None:
    sources = "\n".join(source for _, source in code_blocks(PAGE))
    for needle in (
        "engine.container_list(",  # list
        "ContainerCreateBody(",  # create with a typed body
        'body={\n        "Image"',  # ... and with a dict
        "engine.container_inspect(",  # inspect
        "engine.system_events(",  # events stream
        "except NotFound",  # error handling
        "except InvalidArgument",
    ):
        assert needle in sources, needle


def test_every_code_block_runs(environment: None, docker_host: str, engine_info: Any) -> None:
    blocks = code_blocks(PAGE)
    assert len(blocks) >= 10
    namespace: dict[str, Any] = {"__name__": "docs_typed"}
    output = io.StringIO()
    try:
        with contextlib.redirect_stdout(output):
            for where, source in blocks:
                code = compile(source, where, "exec")
                exec(code, namespace)
    finally:
        if "run" in namespace:
            _remove_leftovers(docker_host, namespace["run"])
        client = namespace.get("client")
        if client is not None:
            client.close()
    printed = output.getvalue()
    run = namespace["run"]
    for expected in (
        "busybox:latest created",
        "b'hello from a typed body\\n'",
        "b'to stderr\\n'",
        "exited 0 67108864",
        "True True",  # labels: a dict
        "ContainerStatsResponse",
        "1 b'hello from a dict\\n'",
        "2 b'to stderr\\n'",
        "container start True",
        "container die True",
        # the daemon's own words
        '404 no container with name or ID "no-such-container" found'
        if engine_info.is_podman
        else "404 No such container: no-such-container",
        "ContainerCreate: body.HostConfig.Memory: expected int, got str '64m'",
        "unknown field 'image' in ContainerCreateBody (did you mean 'Image'?)",
        f'{{"docs.typed": "{run}"}}',
        "v1: digest: sha256:",
        "['start', 'die', 'start', 'die']",
    ):
        assert expected in printed, expected
    assert "ContainerCreateBody(cmd=['sh', '-c', 'echo hello from a typed body']" in printed
    assert "UNSET" not in printed
    assert printed.count("True") >= 8
