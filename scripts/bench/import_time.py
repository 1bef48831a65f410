"""Import time of the generated client, measured against docker-py in the same run.

Each sample is a fresh interpreter (``python -X importtime -c "import X"``), so nothing is
shared between samples. "cold" samples run with an empty bytecode cache (a private
``PYTHONPYCACHEPREFIX`` directory, emptied before every sample) so every module is
compiled; "warm" samples reuse a cache filled beforehand. The number reported is the
cumulative import time of the target (from ``-X importtime``), median of the samples.

    .venv/bin/python scripts/bench/import_time.py [--runs 7]

Target: one endpoint module with its models under 0.15 s warm.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

__all__ = ["TARGETS", "main", "measure"]

ONE_ENDPOINT = "docker_engine_api.api.container.container_inspect"


def _all_endpoints_code() -> str:
    return (
        "import importlib, docker_engine_api._operations as o\n"
        "for op in o.OPERATIONS.values(): importlib.import_module(op.module)"
    )


# label -> (code to run, module whose cumulative import time is reported; None: wall of all)
TARGETS: dict[str, tuple[str, str | None]] = {
    "docker_engine_api": ("import docker_engine_api", "docker_engine_api"),
    "one endpoint + its models": (f"import {ONE_ENDPOINT}", ONE_ENDPOINT),
    "all 108 endpoints": (_all_endpoints_code(), None),
    "import dockerapi": ("import dockerapi", "dockerapi"),
    "docker (docker-py)": ("import docker", "docker"),
}


def _importtime_us(stderr: str, module: str) -> int:
    """Cumulative microseconds of ``module`` in ``-X importtime`` output."""
    for line in stderr.splitlines():
        if not line.startswith("import time:"):
            continue
        parts = [p.strip() for p in line[len("import time:") :].split("|")]
        if len(parts) == 3 and parts[2] == module:
            return int(parts[1])
    raise RuntimeError(f"{module} not found in -X importtime output")


def _top_level_us(stderr: str) -> int:
    """Sum of the cumulative time of top-level imports (no leading indentation)."""
    total = 0
    for line in stderr.splitlines():
        if not line.startswith("import time:"):
            continue
        parts = line[len("import time:") :].split("|")
        if len(parts) == 3 and parts[1].strip().isdigit() and not parts[2].startswith("  "):
            total += int(parts[1])
    return total


def measure(code: str, module: str | None, *, cache_dir: Path, cold: bool) -> float:
    """Seconds to import, in a fresh interpreter."""
    if cold:
        shutil.rmtree(cache_dir, ignore_errors=True)
    cache_dir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(cache_dir)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    micros = _importtime_us(done.stderr, module) if module else _top_level_us(done.stderr)
    return micros / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="samples per measurement (median)")
    args = parser.parse_args(argv)

    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="dockerapi-importtime-") as scratch:
        for label, (code, module) in TARGETS.items():
            cache = Path(scratch) / label.replace(" ", "_")
            cold = [measure(code, module, cache_dir=cache, cold=True) for _ in range(args.runs)]
            measure(code, module, cache_dir=cache, cold=False)  # fill the cache
            warm = [measure(code, module, cache_dir=cache, cold=False) for _ in range(args.runs)]
            results[label] = {"cold": statistics.median(cold), "warm": statistics.median(warm)}

    docker_py = results["docker (docker-py)"]
    print(f"import time, median of {args.runs} fresh interpreters ({sys.version.split()[0]})")
    print(f"{'':28}{'cold s':>10}{'warm s':>10}{'warm vs docker-py':>20}")
    for label, numbers in results.items():
        ratio = numbers["warm"] / docker_py["warm"]
        print(f"{label:28}{numbers['cold']:>10.3f}{numbers['warm']:>10.3f}{ratio:>19.2f}x")
    one = results["one endpoint + its models"]["warm"]
    verdict = "OK" if one < 0.15 else "OVER TARGET"
    print(f"one endpoint warm: {one:.3f} s (target < 0.150 s): {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
