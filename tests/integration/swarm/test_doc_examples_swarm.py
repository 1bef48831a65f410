"""The examples of the pages that need a swarm manager (marked with `SWARM_MARKER`,
docs/swarm.md) run as a user would run them, on the swarm tests' manager engine: a
fresh interpreter, DOCKER_HOST pointing at it, warnings as errors. The shared engine
never sees them (tests/integration/test_doc_examples.py leaves these pages out)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docs_examples import SWARM_MARKER, programs, run_program

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
    done = run_program(code, swarm.engine.host, tmp_path)
    assert done.returncode == 0, done.stderr
