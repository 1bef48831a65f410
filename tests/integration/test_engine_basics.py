"""The local engine itself, spoken to with plain httpx: the ground every other test stands on."""

from __future__ import annotations

import ipaddress
import json
import os
import re
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

pytestmark = pytest.mark.integration

#: what scripts/engine's engines are (scripts/_engine/pins.sh), checked against each daemon
DOCKER_VERSIONS = {
    "20.10": ("20.10.", "1.41"),
    "26.1": ("26.1.", "1.45"),
    "28.5": ("28.5.", "1.51"),
}


@pytest.fixture
def http(docker_socket: str) -> Iterator[httpx.Client]:
    # API 1.41: every engine of the matrix speaks it (Podman's compatible API is 1.41)
    transport = httpx.HTTPTransport(uds=docker_socket)
    with httpx.Client(transport=transport, base_url="http://docker/v1.41", timeout=60) as client:
        yield client


def _demux(body: bytes) -> bytes:
    out = bytearray()
    while body:
        size = int.from_bytes(body[4:8], "big")
        out += body[8 : 8 + size]
        body = body[8 + size :]
    return bytes(out)


def test_ping_and_version(http: httpx.Client, engine_info: Any) -> None:
    ping = http.get("http://docker/_ping")
    assert ping.status_code == 200
    assert ping.text == "OK"
    version = http.get("/version").json()
    assert ping.headers["Api-Version"] == version["ApiVersion"] == engine_info.api_version
    if engine_info.name in DOCKER_VERSIONS:
        release, api = DOCKER_VERSIONS[engine_info.name]
        assert version["Version"].startswith(release)
        assert version["ApiVersion"] == api
    elif engine_info.name == "podman":
        assert engine_info.is_podman
        assert version["Version"].startswith("4.3.")
        assert version["ApiVersion"] == "1.41"  # what Podman 4's compatible API claims


def test_container_from_test_image_runs_and_prints(http: httpx.Client) -> None:
    created = http.post(
        "/containers/create",
        json={"Image": "busybox:latest", "Cmd": ["sh", "-c", "echo out; echo err >&2; exit 3"]},
    )
    assert created.status_code == 201, created.text
    cid = created.json()["Id"]
    try:
        assert http.post(f"/containers/{cid}/start").status_code == 204
        assert http.post(f"/containers/{cid}/wait").json()["StatusCode"] == 3
        out = http.get(f"/containers/{cid}/logs", params={"stdout": 1, "stderr": 0})
        err = http.get(f"/containers/{cid}/logs", params={"stdout": 0, "stderr": 1})
        assert _demux(out.content) == b"out\n"
        assert _demux(err.content) == b"err\n"
    finally:
        http.delete(f"/containers/{cid}", params={"force": 1})


def test_image_survives_push_remove_pull_through_local_registry(
    http: httpx.Client, registry: str, engine_info: Any
) -> None:
    repo = f"{registry}/dockerapi-test/roundtrip-{uuid.uuid4().hex[:8]}"
    tagged = http.post("/images/busybox:latest/tag", params={"repo": repo, "tag": "1"})
    assert tagged.status_code == 201, tagged.text
    original_id = http.get(f"/images/{repo}:1/json").json()["Id"]

    auth = {"X-Registry-Auth": "e30="}  # base64 of "{}": the local registry needs no login
    pushed = http.post(f"/images/{repo}/push", params={"tag": "1"}, headers=auth)
    progress = [json.loads(line) for line in pushed.text.splitlines() if line.strip()]
    assert not [p for p in progress if "error" in p], progress
    if not engine_info.is_podman:  # Podman 4.3 does not report the pushed digest
        assert any("Digest" in p.get("aux", {}) for p in progress)

    assert http.delete(f"/images/{repo}:1").status_code == 200
    assert http.get(f"/images/{repo}:1/json").status_code == 404

    pulled = http.post("/images/create", params={"fromImage": repo, "tag": "1"})
    progress = [json.loads(line) for line in pulled.text.splitlines() if line.strip()]
    assert not [p for p in progress if "error" in p], progress
    assert http.get(f"/images/{repo}:1/json").json()["Id"] == original_id
    http.delete(f"/images/{repo}:1")


def test_containers_sit_on_the_engines_isolated_range(http: httpx.Client, engine_info: Any) -> None:
    created = http.post(
        "/containers/create",
        json={"Image": "busybox:latest", "Cmd": ["ip", "-4", "addr", "show", "eth0"]},
    )
    cid = created.json()["Id"]
    try:
        http.post(f"/containers/{cid}/start")
        http.post(f"/containers/{cid}/wait")
        output = _demux(http.get(f"/containers/{cid}/logs", params={"stdout": 1}).content)
    finally:
        http.delete(f"/containers/{cid}", params={"force": 1})
    # scripts/engine puts every network of the engine inside the engine's own range ...
    found = re.search(r"inet ([0-9.]+)/", output.decode())
    assert found, output
    assert engine_info.in_range(found[1]), (found[1], engine_info.ip_range)
    if os.geteuid() != 0 or shutil.which("iptables") is None:
        pytest.skip("checking the firewall rule needs root and iptables")
    # ... and drops anything forwarded from that range to elsewhere.
    chain, _, namespace = engine_info.guard.partition("@")
    where = ["ip", "netns", "exec", namespace] if namespace else []
    rules = subprocess.run([*where, "iptables", "-S", chain], capture_output=True, text=True)
    network = ipaddress.ip_network(engine_info.ip_range)
    assert f"-s {network} ! -d {network} -j DROP" in rules.stdout
    forward = subprocess.run([*where, "iptables", "-S", "FORWARD"], capture_output=True, text=True)
    assert f"-A FORWARD -j {chain}" in forward.stdout
    if namespace:
        # Podman's namespace has no way off the machine at all: no default route
        routes = subprocess.run(["ip", "-n", namespace, "route"], capture_output=True, text=True)
        assert routes.returncode == 0 and "default" not in routes.stdout
