"""The examples of the pages that need a swarm manager (marked with `SWARM_MARKER`,
docs/swarm.md) run as a user would run them, on the swarm tests' manager engine: a
fresh interpreter, DOCKER_HOST pointing at it, warnings as errors. The shared engine
never sees them (tests/integration/test_doc_examples.py leaves these pages out)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from docs_examples import SWARM_MARKER, programs

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[3]
PAGES = [page for page in sorted((ROOT / "docs").rglob("*.md")) if SWARM_MARKER in page.read_text()]
EXAMPLES = [
    example
    for page in PAGES
    for example in programs(page, label=str(page.relative_to(ROOT / "docs")))
]


def test_the_swarm_page_has_examples() -> None:
    assert any(where.startswith("swarm.md") for where, _ in EXAMPLES)


@pytest.mark.parametrize("code", [code for _, code in EXAMPLES], ids=[w for w, _ in EXAMPLES])
def test_example_runs(code: str, swarm: Any, tmp_path: Path) -> None:
    environment = {**os.environ, "DOCKER_HOST": swarm.engine.host}
    for name in ("DOCKER_CONTEXT", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH", "DOCKER_API_VERSION"):
        environment.pop(name, None)
    done = subprocess.run(
        [sys.executable, "-W", "error", "-c", code],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
