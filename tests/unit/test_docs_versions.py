"""docs/versions.md runs as written: its Python examples print what the page shows,
and each `dockerapi` command (run as a program, in a directory holding the page's
files) prints the page's output with the exit status the page states. The
`engine-info` example needs an engine: tests/integration/test_cli_engine_info.py."""

from __future__ import annotations

import contextlib
import io
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from docs_examples import Command, commands, examples

PAGE = Path(__file__).resolve().parents[2] / "docs" / "versions.md"
EXAMPLES = examples(PAGE)
COMMANDS = [
    command
    for example in EXAMPLES
    if example.language == "console"
    for command in commands(example)
    if "engine-info" not in command.line
]


def test_the_page_has_the_examples_this_test_reads() -> None:
    assert [example.file_name for example in EXAMPLES if example.file_name] == ["pinned.py"]
    assert len(COMMANDS) == 5
    assert all(command.line.startswith("dockerapi ") for command in COMMANDS)


def test_python_examples_print_what_the_page_shows() -> None:
    scripts = [
        (example, EXAMPLES[index + 1])
        for index, example in enumerate(EXAMPLES)
        if example.language == "python" and example.file_name is None
    ]
    assert scripts
    for script, shown in scripts:
        assert shown.language == "text", "a Python example is followed by its output"
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(script.text, str(PAGE), "exec"), {"__name__": "docs_example"})
        assert printed.getvalue() == shown.text


@pytest.mark.parametrize("command", COMMANDS, ids=lambda command: command.line)
def test_commands_print_what_the_page_shows(command: Command, tmp_path: Path) -> None:
    for example in EXAMPLES:
        if example.file_name:
            (tmp_path / example.file_name).write_text(example.file_text)
    argv = shlex.split(command.line)
    done = subprocess.run(
        [sys.executable, "-m", "dockerapi", *argv[1:]],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.stdout == command.output, done.stderr
    found_problems = argv[1] == "check" and " 0 problem(s)" not in done.stdout
    assert done.returncode == (1 if found_problems else 0), done.stderr
