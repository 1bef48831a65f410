"""Running one benchmark case in a fresh Python process, and that process's peak RSS."""

from __future__ import annotations

import json
import os
import socket
import struct
import subprocess
import sys
from typing import Any

__all__ = ["cpu_seconds", "daemon_pid", "peak_kib", "run_child"]


def run_child(script: str, arguments: list[str], host: str | None = None) -> dict[str, Any]:
    """Run `script [--host HOST] --child ARGUMENTS` and return the JSON its last line
    prints."""
    options = ["--host", host] if host is not None else []
    completed = subprocess.run(
        [sys.executable, script, *options, "--child", *arguments],
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


def daemon_pid(host: str) -> int | None:
    """The pid of the process serving a ``unix://`` engine socket (its peer credentials;
    None for other hosts or when the kernel does not say)."""
    if not host.startswith("unix://"):
        return None
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        try:
            sock.connect(host.removeprefix("unix://"))
            credentials = sock.getsockopt(
                socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i")
            )
        except OSError:
            return None
    pid: int = struct.unpack("3i", credentials)[0]
    return pid or None


def cpu_seconds(pid: int | None) -> float:
    """CPU time (user + system) a process has used so far; 0 when it cannot be read."""
    if pid is None:
        return 0.0
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
