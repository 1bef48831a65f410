"""Running one benchmark case in a fresh Python process (its peak RSS is its own)."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

__all__ = ["run_child"]


def run_child(script: str, arguments: list[str]) -> dict[str, Any]:
    """`python script --child ARGUMENTS...`; returns the JSON object it prints last."""
    completed = subprocess.run(
        [sys.executable, script, "--child", *arguments],
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"case {arguments} failed:\n{completed.stderr}")
    result: dict[str, Any] = json.loads(completed.stdout.strip().splitlines()[-1])
    return result
