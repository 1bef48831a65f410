"""tests/typed/engine_usage.py (the engine layer under mypy --strict) runs on the real engine."""

from __future__ import annotations

import importlib.util
import uuid
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from docker_engine_api.types import Unset
from dockerapi import AsyncDockerClient, DockerClient

pytestmark = pytest.mark.integration

USAGE = Path(__file__).resolve().parents[1] / "typed" / "engine_usage.py"


def _usage() -> ModuleType:
    spec = importlib.util.spec_from_file_location("engine_usage", USAGE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def stats_id_of_an_exited_container(engine_info: Any) -> type:
    """Docker answers the stats of an exited container with a sample naming it; Podman
    with nothing, which the engine layer gives as an empty model."""
    return Unset if engine_info.is_podman else str


def test_sync_usage(docker_host: str, engine_info: Any) -> None:
    label = uuid.uuid4().hex[:8]
    with DockerClient(base_url=docker_host) as client:
        result = _usage().sync_usage(client, label)
    assert result["exit_codes"] == [0, 0]
    assert result["logs"] == (b"typed\n", b"dict\n")
    assert result["labels"] == {"dockerapi.typed": label}
    assert result["listed"] == result["ids"]
    assert result["frames"] == [(2, b"dict\n")]
    assert result["actions"] == ["start", "start"]
    assert result["not_found"] is True
    assert result["json"] == f'{{"dockerapi.typed": "{label}"}}'
    assert result["round_trip"] is True
    assert isinstance(result["stats_id"], stats_id_of_an_exited_container(engine_info))


async def test_async_usage(docker_host: str, engine_info: Any) -> None:
    label = uuid.uuid4().hex[:8]
    async with AsyncDockerClient(base_url=docker_host) as client:
        result = await _usage().async_usage(client, label)
    assert result["exit_code"] == 0
    assert result["logs"] == b"async\n"
    assert result["frames"] == [(1, b"async\n")]
    assert isinstance(result["stats_id"], stats_id_of_an_exited_container(engine_info))
