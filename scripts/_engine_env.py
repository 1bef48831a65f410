"""Where the project's engine and its local registry are, for the scripts that use them
(records, benchmarks): the environment first, else what `scripts/engine env` prints."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

__all__ = ["default_host", "default_registry"]

_ENGINE_SCRIPT = Path(__file__).resolve().parent / "engine"


def _printed(name: str) -> str | None:
    """The value `scripts/engine env` prints for `name` (the engine of
    DOCKERAPI_TEST_ENGINE, default 20.10; DOCKERAPI_ENGINE_INSTANCE is honoured)."""
    engine = os.environ.get("DOCKERAPI_TEST_ENGINE", "20.10")
    try:
        printed = subprocess.run(
            ["bash", str(_ENGINE_SCRIPT), "--engine", engine, "env"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    for line in printed.splitlines():
        key, _, value = line.removeprefix("export ").partition("=")
        if key == name:
            return value
    return None


def default_host() -> str:
    """DOCKERAPI_TEST_HOST, else the project's engine (`scripts/engine env`)."""
    return (
        os.environ.get("DOCKERAPI_TEST_HOST")
        or _printed("DOCKERAPI_TEST_HOST")
        or "unix:///run/dockerapi/docker.sock"
    )


def default_registry() -> str:
    """DOCKERAPI_TEST_REGISTRY, else the local registry beside the project's engine
    (`scripts/engine env`: 127.0.0.1:5000 unless another process held that port)."""
    return (
        os.environ.get("DOCKERAPI_TEST_REGISTRY")
        or _printed("DOCKERAPI_TEST_REGISTRY")
        or "127.0.0.1:5000"
    )
