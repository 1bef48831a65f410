"""Every public name of the documented API has a docstring (the API reference is made
from them), and the reference covers every operation of `client.engine`, by tag.
The same walk runs in the docs build (scripts/docsite/hooks.py), whose strict mode
fails on what this test fails on."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from docsite import public_api
from docsite.engine_pages import operations_by_tag


def test_every_public_name_has_a_docstring() -> None:
    assert public_api.missing_docstrings() == []


def test_the_walk_sees_what_it_should() -> None:
    names = {name for name, _ in public_api.public_objects()}
    assert {
        "dockerapi.APIClient",
        "dockerapi.api.image.ImageApiMixin.pull",  # a plan of a mixin of APIClient
        "dockerapi.progress.ProgressState",
        "dockerapi.progress._state.ProgressState.feed",
        "dockerapi.errors.ImageNotFound",
        "dockerapi.utils.build",
        "dockerapi.utils.build.ContextStream",
        "dockerapi.models.containers.Container",
        "docker_engine_api.engine.SyncOperations.container_inspect",
        "docker_engine_api.engine.AsyncOperations.image_create",
    } <= names


def test_a_missing_docstring_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    from dockerapi.progress import ProgressState

    monkeypatch.setattr(ProgressState.feed, "__doc__", None)
    assert public_api.missing_docstrings() == ["dockerapi.progress._state.ProgressState.feed"]


def test_every_engine_operation_is_on_one_tag_page() -> None:
    from docker_engine_api import _operations, engine

    groups = operations_by_tag()
    listed = [name for names in groups.values() for name in names]
    assert sorted(listed) == sorted(op.name for op in _operations.OPERATIONS.values())
    assert len(listed) == engine.OPERATION_COUNT
    assert {"container", "image", "network", "volume", "system"} <= set(groups)


def test_engine_methods_carry_the_specs_descriptions() -> None:
    from docker_engine_api.engine import AsyncOperations, SyncOperations

    for cls in (SyncOperations, AsyncOperations):
        doc = cls.container_logs.__doc__ or ""
        assert doc.startswith("Get container logs.")
        assert "``GET /containers/{id}/logs`` (operation ``ContainerLogs``)" in doc
        assert "works only for containers with the `json-file` or" in doc  # the description
        assert "\n        Args:\n            id: ID or name of the container\n" in doc
        assert "            tail: Only return this number of log lines" in doc


def test_the_docs_build_refuses_the_network() -> None:
    import socket

    pytest.importorskip("mkdocs", reason="the docs extra is not installed")
    from docsite import hooks

    hooks.offline()
    try:
        with socket.socket() as sock, pytest.raises(hooks.NetworkDuringBuild):
            sock.connect(("127.0.0.1", 9))
    finally:
        hooks.offline(False)
    with socket.socket() as sock, pytest.raises(OSError):
        sock.settimeout(1)
        sock.connect(("127.0.0.1", 9))  # allowed again: refused by the port, not the guard
