"""Every ```python block of README.md and docs/*.md runs against the test engine, as a
user would run it (a fresh interpreter, DOCKER_HOST pointing at the engine)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_BLOCK = re.compile(r"^```python\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def _examples() -> list[tuple[str, str]]:
    found = []
    for document in DOCUMENTS:
        text = document.read_text()
        for match in _BLOCK.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            found.append((f"{document.relative_to(ROOT)}:{line}", match.group(1)))
    return found


EXAMPLES = _examples()


def test_the_documents_have_examples() -> None:
    assert any(where.startswith("README.md") for where, _ in EXAMPLES)
    assert any(where.startswith("docs/migrating.md") for where, _ in EXAMPLES)


@pytest.mark.parametrize("code", [code for _, code in EXAMPLES], ids=[w for w, _ in EXAMPLES])
def test_example_runs(code: str, docker_host: str, tmp_path: Path) -> None:
    environment = {**os.environ, "DOCKER_HOST": docker_host}
    environment.pop("DOCKER_CONTEXT", None)
    done = subprocess.run(
        [sys.executable, "-W", "error", "-c", code],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
