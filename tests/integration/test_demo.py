"""The README's main job (`scripts/demo`), run the way a user runs it, against the test engine."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.integration

DEMO = Path(__file__).resolve().parents[2] / "scripts" / "demo.py"


def run_demo(docker_host: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DOCKER_HOST": docker_host}
    return subprocess.run(
        [sys.executable, str(DEMO), *args], env=env, capture_output=True, text=True, timeout=120
    )


def test_demo_runs_a_container_and_prints_its_output(docker_host: str, engine_info: Any) -> None:
    done = run_demo(docker_host, "sh", "-c", "echo out; echo err >&2; exit 0")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"engine {engine_info.version} (API {engine_info.api_version}")
    assert docker_host in lines[0]
    assert sorted(lines[1:3]) == ["err", "out"]
    assert lines[3].startswith("container ") and lines[3].endswith("exited with 0")


def test_demo_reports_a_missing_image_and_an_unreachable_engine(
    docker_host: str, tmp_path: Path
) -> None:
    missing = run_demo(docker_host, "--image", "dockerapi-no-such-image:1", "true")
    assert missing.returncode == 1
    assert "image dockerapi-no-such-image:1 is not on this engine" in missing.stderr

    nowhere = f"unix://{tmp_path}/no.sock"
    unreachable = run_demo(nowhere)
    assert unreachable.returncode == 1
    assert f"cannot connect to the Docker daemon at {nowhere} (DOCKER_HOST)" in unreachable.stderr
