"""Every code example of docs/security.md runs without an engine too (each shows something
refused or decided before a request is sent); tests/integration/test_doc_examples.py runs
them as a user would, against the test engine."""

from __future__ import annotations

from pathlib import Path

import pytest
from docs_examples import programs

DOC = Path(__file__).resolve().parents[2] / "docs" / "security.md"
EXAMPLES = programs(DOC)


def test_the_page_has_examples() -> None:
    assert len(EXAMPLES) >= 4


@pytest.mark.parametrize("source", [code for _, code in EXAMPLES], ids=[w for w, _ in EXAMPLES])
def test_example_runs(source: str) -> None:
    exec(compile(source, str(DOC), "exec"), {"__name__": "docs_example"})
