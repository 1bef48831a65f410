"""A dict body is type-checked: mypy (--strict, the project's settings) flags a wrong field
name, a wrong value type, a missing required field and a wrong filters value in dict
literals passed to engine methods, and accepts the right ones."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

_SNIPPET = """
from dockerapi import DockerClient


def wrong(client: DockerClient) -> None:
    client.engine.container_create(body={"Imag": "busybox"})
    client.engine.container_create(body={"Image": "busybox", "HostConfig": {"Memory": "1g"}})
    client.engine.network_create(body={"Driver": "bridge"})
    client.engine.container_list(filters={"label": 1})
    client.engine.container_list(all_=True)


def right(client: DockerClient) -> bytes:
    client.engine.container_create(body={"Image": "busybox", "HostConfig": {"Memory": 1}})
    client.engine.container_list(all=True, filters={"label": ["a=b"], "dangling": True})
    return client.engine.container_logs("x", stdout=True)
"""


def test_mypy_flags_wrong_dict_bodies_and_arguments(tmp_path: Path) -> None:
    api = pytest.importorskip("mypy.api")
    source = tmp_path / "snippet.py"
    source.write_text(textwrap.dedent(_SNIPPET), encoding="utf-8")
    out, err, status = api.run(
        [
            "--config-file",
            str(REPO / "pyproject.toml"),
            "--cache-dir",
            str(REPO / ".mypy_cache"),
            "--no-error-summary",
            str(source),
        ]
    )
    assert status == 1, err
    errors = [line for line in out.splitlines() if ": error:" in line]
    lines = sorted({int(line.split(":")[1]) for line in errors})
    assert lines == [6, 7, 8, 9, 10], out  # one per wrong call, none in right()
    # mypy cannot say which key is wrong (the argument is a model-or-dict union), but it
    # refuses each call naming the TypedDict the dict must match
    assert out.count("ContainerCreateBodyDict") >= 2
    assert "NetworkCreateRequestDict" in out  # the required "Name" is missing
    assert "Sequence[str]" in out  # a filters value
    assert 'did you mean "all"?' in out
