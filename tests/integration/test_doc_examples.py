"""Every Python example of README.md and docs/**/*.md runs against the test engine, as a
user would run it (a fresh interpreter, DOCKER_HOST pointing at the engine, warnings
as errors). A page marked as one session (docs/typed.md) runs its blocks in order as
one program; pages that also check printed output have their own tests
(test_docs_typed.py, tests/unit/test_docs_versions.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docs_examples import SWARM_MARKER, programs, run_program

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = [
    document
    for document in [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    if SWARM_MARKER not in document.read_text()  # run on a swarm's engine (tests/integration/swarm)
]
EXAMPLES = [
    example
    for document in DOCUMENTS
    for example in programs(document, label=str(document.relative_to(ROOT)).removeprefix("docs/"))
]


def test_the_documents_have_examples() -> None:
    where = [where for where, _ in EXAMPLES]
    for page in (
        "README.md",
        "migrating.md",
        "typed.md (one session)",
        "versions.md",
        "getting-started.md",
        "streams.md",
        "errors.md",
        "progress.md",
        "security.md",
    ):
        assert any(w.startswith(page) for w in where), page


@pytest.mark.parametrize("code", [code for _, code in EXAMPLES], ids=[w for w, _ in EXAMPLES])
def test_example_runs(
    code: str, docker_host: str, engine_env: dict[str, str], tmp_path: Path
) -> None:
    # the examples that use a registry read the engine's own from here (as the docs say)
    extra = {name: engine_env[name] for name in ("DOCKERAPI_TEST_REGISTRY",) if name in engine_env}
    done = run_program(code, docker_host, tmp_path, extra)
    assert done.returncode == 0, done.stderr
