"""scripts/engine itself: a further instance of the engine under test, started and stopped
beside everything else on the machine, must leave another engine's `docker0` alone, find
its registry a free port when its own is taken, and leave nothing behind.

The foreign engine is stood in for by a plain bridge named docker0 (made here when the
machine has none, never removed unless it is the one made here): dockerd deletes the
link by that name (moby's "Clear stale bridge network"), whatever engine it belongs to,
so its name is all that matters; a real foreign dockerd would add nothing to the test
but a second engine with NAT and forwarding to keep off. Needs root (skipped without).
"""

from __future__ import annotations

import fcntl
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

pytestmark = pytest.mark.integration

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "engine"
#: the instance number this test uses (scripts/engine: DOCKERAPI_ENGINE_INSTANCE)
INSTANCE = "4"


def link(name: str) -> dict[str, str] | None:
    """ifindex and alias of a network link, None when there is none by that name."""
    shown = subprocess.run(["ip", "-o", "-d", "link", "show", name], capture_output=True, text=True)
    if shown.returncode != 0:
        return None
    fields = shown.stdout.split()
    alias = fields[fields.index("alias") + 1] if "alias" in fields else ""
    return {"index": fields[0].rstrip(":"), "alias": alias}


@pytest.fixture
def foreign_docker0() -> Iterator[dict[str, str]]:
    """The machine's docker0, or one made here for the test (and removed after it).
    One test run at a time holds it (CI runs the engines' suites in parallel)."""
    if os.geteuid() != 0 or shutil.which("ip") is None:
        pytest.skip("making a network link needs root and iproute2")
    # docker0 is the machine's: the lock is too (an advisory lock on /run, no file left)
    lock = os.open("/run", os.O_RDONLY)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield from _docker0()
    finally:
        os.close(lock)


def _docker0() -> Iterator[dict[str, str]]:
    existing = link("docker0")
    if existing is not None:
        yield existing  # another engine's: looked at, never touched
        return
    alias = f"dockerapi-test-{uuid.uuid4().hex[:12]}"
    subprocess.run(["ip", "link", "add", "docker0", "type", "bridge"], check=True)
    try:
        subprocess.run(["ip", "link", "set", "docker0", "alias", alias], check=True)
        made = link("docker0")
        assert made is not None
        yield made
    finally:
        current = link("docker0")
        if current is not None and current["alias"] == alias:
            subprocess.run(["ip", "link", "del", "docker0"], check=True)


@pytest.fixture
def instance(engine_info: Any) -> Iterator[dict[str, str]]:
    """Environment for a further instance of the engine under test, in directories of
    its own that are removed at the end (after a stop, whatever happened)."""
    if engine_info.name not in ("20.10", "26.1", "28.5", "podman"):
        pytest.skip("only the project's own engines are started by scripts/engine")
    # short: unix socket paths below the run directory must stay under 108 bytes
    root = Path(tempfile.mkdtemp(prefix="dkapi-", dir="/tmp"))
    env = {
        **os.environ,
        "DOCKERAPI_ENGINE": engine_info.name,
        "DOCKERAPI_ENGINE_INSTANCE": INSTANCE,
        "DOCKERAPI_ENGINE_STATE": str(root / "state"),
        "DOCKERAPI_ENGINE_RUN": str(root / "run"),
    }
    try:
        yield env
    finally:
        subprocess.run(["bash", str(SCRIPT), "stop"], env=env, capture_output=True, timeout=120)
        shutil.rmtree(root, ignore_errors=True)


def engine(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        ["bash", str(SCRIPT), *args], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return done


def settings(env: dict[str, str]) -> dict[str, str]:
    printed = engine(env, "env").stdout
    return dict(line.removeprefix("export ").split("=", 1) for line in printed.splitlines())


def processes_mentioning(text: str) -> list[str]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            except OSError:
                continue
            if text in cmdline:
                found.append(f"{entry.name}: {cmdline}")
    return found


def test_start_and_stop_leave_a_foreign_docker0_and_nothing_behind(
    foreign_docker0: dict[str, str], instance: dict[str, str]
) -> None:
    forwarding = Path("/proc/sys/net/ipv4/ip_forward").read_text()
    # The registry's usual port is taken by someone else: start picks another one.
    preferred = settings(instance)["DOCKERAPI_TEST_REGISTRY"]
    host, port = preferred.rsplit(":", 1)
    with socket.socket() as squatter:
        squatter.bind((host, int(port)))
        squatter.listen()
        # twice: dockerd deleted docker0 on the second start, finding its old network
        for _ in range(2):
            engine(instance, "start")
            facts = settings(instance)
            assert link("docker0") == foreign_docker0
            engine(instance, "stop")
            assert link("docker0") == foreign_docker0
    chain, _, namespace = facts["DOCKERAPI_TEST_GUARD"].partition("@")
    if namespace:
        # Podman's registry lives in the engine's own namespace: nobody else's port there
        assert facts["DOCKERAPI_TEST_REGISTRY"] == preferred
    else:
        assert facts["DOCKERAPI_TEST_REGISTRY"] != preferred
    # no engine turns on forwarding on the machine (Podman's netavark does in its namespace)
    assert Path("/proc/sys/net/ipv4/ip_forward").read_text() == forwarding
    # stop ended everything start started, and the engine's own bridge is gone
    assert processes_mentioning(instance["DOCKERAPI_ENGINE_STATE"]) == []
    assert processes_mentioning(instance["DOCKERAPI_ENGINE_RUN"]) == []
    if namespace:
        assert not Path("/run/netns", namespace).exists()
    else:
        assert link(facts["DOCKERAPI_TEST_BRIDGE"]) is None
    rules = subprocess.run(["iptables", "-S", chain], capture_output=True, text=True)
    assert rules.returncode != 0, rules.stdout  # the engine's guard chain is gone too


def test_registry_port_given_as_an_option(instance: dict[str, str], engine_info: Any) -> None:
    if os.geteuid() != 0:
        pytest.skip("starting an engine needs root")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    engine(instance, "--registry-port", str(port), "start")
    facts = settings(instance)
    assert facts["DOCKERAPI_TEST_REGISTRY"] == f"127.0.0.1:{port}"
    socket_path = facts["DOCKERAPI_TEST_HOST"].removeprefix("unix://")
    transport = httpx.HTTPTransport(uds=socket_path)
    with httpx.Client(transport=transport, base_url="http://docker", timeout=30) as http:
        # the test image is there, and the engine reaches its registry on that port
        repo = f"127.0.0.1:{port}/dockerapi-test/port-{uuid.uuid4().hex[:8]}"
        assert http.post("/images/busybox:latest/tag", params={"repo": repo}).status_code == 201
        pushed = http.post(f"/images/{repo}/push", headers={"X-Registry-Auth": "e30="})
        assert '"error"' not in pushed.text, pushed.text
    engine(instance, "stop")
