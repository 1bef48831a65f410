"""Running one benchmark case in a fresh Python process, and that process's peak RSS."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

__all__ = ["peak_kib", "run_child"]


def run_child(script: str, arguments: list[str]) -> dict[str, Any]:
    """Run `script --child ARGUMENTS` and return the JSON its last line prints."""
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


def peak_kib() -> int:
    """This process's peak RSS in KiB (VmHWM). Not `ru_maxrss`: a child process
    inherits its parent's, which hides any growth below the parent's peak."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status")
