"""The local engine itself, spoken to with plain httpx: the ground every other test stands on."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator

import httpx
import pytest

pytestmark = pytest.mark.integration

REGISTRY = "127.0.0.1:5000"


@pytest.fixture
def http(docker_socket: str) -> Iterator[httpx.Client]:
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


def test_ping_and_version(http: httpx.Client) -> None:
    ping = http.get("http://docker/_ping")
    assert ping.status_code == 200
    assert ping.text == "OK"
    assert ping.headers["Api-Version"] == "1.41"
    version = http.get("/version").json()
    assert version["ApiVersion"] == "1.41"
    assert version["Version"].startswith("20.10")


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


def test_image_survives_push_remove_pull_through_local_registry(http: httpx.Client) -> None:
    repo = f"{REGISTRY}/dockerapi-test/roundtrip-{uuid.uuid4().hex[:8]}"
    tagged = http.post("/images/busybox:latest/tag", params={"repo": repo, "tag": "1"})
    assert tagged.status_code == 201, tagged.text
    original_id = http.get(f"/images/{repo}:1/json").json()["Id"]

    auth = {"X-Registry-Auth": "e30="}  # base64 of "{}": the local registry needs no login
    pushed = http.post(f"/images/{repo}/push", params={"tag": "1"}, headers=auth)
    progress = [json.loads(line) for line in pushed.text.splitlines() if line.strip()]
    assert not [p for p in progress if "error" in p], progress
    assert any("Digest" in p.get("aux", {}) for p in progress)

    assert http.delete(f"/images/{repo}:1").status_code == 200
    assert http.get(f"/images/{repo}:1/json").status_code == 404

    pulled = http.post("/images/create", params={"fromImage": repo, "tag": "1"})
    progress = [json.loads(line) for line in pulled.text.splitlines() if line.strip()]
    assert not [p for p in progress if "error" in p], progress
    assert http.get(f"/images/{repo}:1/json").json()["Id"] == original_id
    http.delete(f"/images/{repo}:1")


def test_containers_sit_on_the_engines_isolated_range(http: httpx.Client) -> None:
    created = http.post(
        "/containers/create",
        json={"Image": "busybox:latest", "Cmd": ["ip", "-4", "addr", "show", "eth0"]},
    )
    cid = created.json()["Id"]
    try:
        http.post(f"/containers/{cid}/start")
        http.post(f"/containers/{cid}/wait")
        addr = _demux(http.get(f"/containers/{cid}/logs", params={"stdout": 1}).content)
        # scripts/engine puts every network of the engine inside 10.212.0.0/15 ...
        assert b"inet 10.212." in addr or b"inet 10.213." in addr
    finally:
        http.delete(f"/containers/{cid}", params={"force": 1})
    if os.geteuid() != 0 or shutil.which("iptables") is None:
        pytest.skip("checking the firewall rule needs root and iptables")
    # ... and drops anything forwarded from that range to elsewhere.
    rules = subprocess.run(["iptables", "-S", "DOCKERAPI-ISOLATE"], capture_output=True, text=True)
    assert "-s 10.212.0.0/15 ! -d 10.212.0.0/15 -j DROP" in rules.stdout
    forward = subprocess.run(["iptables", "-S", "FORWARD"], capture_output=True, text=True)
    assert "-A FORWARD -j DOCKERAPI-ISOLATE" in forward.stdout
