"""Read the examples of a Markdown page: code to run, files to write, commands with
their printed output. Shared by the unit and integration tests of docs pages."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "SESSION_MARKER",
    "SWARM_MARKER",
    "Command",
    "Example",
    "commands",
    "examples",
    "programs",
    "run_program",
]

_FENCE = re.compile(r"^```(\w+)\n(.*?)^```$", re.M | re.S)
_FILE_MARKER = re.compile(r"^# file: (\S+)\n")

#: A page whose Python examples build on each other says so with this comment; its
#: blocks then run in order as one program (a tutorial), not each on its own.
SESSION_MARKER = "<!-- examples: one session -->"
#: A page whose examples need a swarm manager says so; they run on the swarm tests'
#: engine (tests/integration/swarm/test_doc_examples_swarm.py), never on the shared one.
SWARM_MARKER = "<!-- examples: on a swarm manager -->"


@dataclass(frozen=True)
class Example:
    """One fenced block: its language and text."""

    language: str
    text: str

    @property
    def file_name(self) -> str | None:
        """The name a `# file: NAME` first line gives the block (a file, not a script)."""
        match = _FILE_MARKER.match(self.text)
        return match.group(1) if match else None

    @property
    def file_text(self) -> str:
        return _FILE_MARKER.sub("", self.text, count=1)


@dataclass(frozen=True)
class Command:
    """A `$ command` line of a console block and the output printed below it."""

    line: str
    output: str


def examples(page: Path) -> list[Example]:
    return [Example(language, text) for language, text in _FENCE.findall(page.read_text())]


def programs(
    page: Path, *, one_session: bool | None = None, label: str | None = None
) -> list[tuple[str, str]]:
    """The page's Python programs as (where, source): each ```python block on its own
    (files named by `# file:` are data, not programs), or, on a page with
    `SESSION_MARKER` (or with `one_session=True`), all of them in order as one program.
    `where` starts with `label` (default: the file's name)."""
    name = label if label is not None else page.name
    text = page.read_text()
    found: list[tuple[str, str]] = []
    for match in _FENCE.finditer(text):
        example = Example(match.group(1), match.group(2))
        if example.language != "python" or example.file_name is not None:
            continue
        line = text.count("\n", 0, match.start()) + 2
        found.append((f"{name}:{line}", example.text))
    if one_session is None:
        one_session = SESSION_MARKER in text
    if one_session and found:
        return [(f"{name} (one session)", "".join(source for _, source in found))]
    return found


def commands(example: Example) -> list[Command]:
    found: list[Command] = []
    line: str | None = None
    output: list[str] = []
    for text in example.text.splitlines():
        if text.startswith("$ "):
            if line is not None:
                found.append(Command(line, "".join(f"{o}\n" for o in output)))
            line, output = text[2:], []
        else:
            output.append(text)
    if line is not None:
        found.append(Command(line, "".join(f"{o}\n" for o in output)))
    return found


#: What a user's shell may set that would point an example elsewhere than DOCKER_HOST.
_OTHER_ENGINE_SETTINGS = (
    "DOCKER_CONTEXT",
    "DOCKER_TLS_VERIFY",
    "DOCKER_CERT_PATH",
    "DOCKER_API_VERSION",
)


def run_program(
    code: str, docker_host: str, directory: Path, extra: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run an example as a user would: a fresh interpreter in `directory`, warnings as
    errors, DOCKER_HOST (plus `extra`) pointing at the engine and nothing else that
    chooses one."""
    environment = {**os.environ, "DOCKER_HOST": docker_host, **(extra or {})}
    for name in _OTHER_ENGINE_SETTINGS:
        environment.pop(name, None)
    return subprocess.run(
        [sys.executable, "-W", "error", "-c", code],
        cwd=directory,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
