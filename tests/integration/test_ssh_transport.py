"""The ssh:// transport against a real sshd on loopback, in front of the test engine.

The fixture runs its own sshd (127.0.0.1, a free port, keys made for the test,
`DOCKER_HOST` of the sessions set to the test engine) and puts an `ssh` wrapper
first on PATH that adds the test's client config, so the client runs `ssh` as it
would for a user.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from dockerapi import APIClient, AsyncAPIClient, DockerClient
from dockerapi import _ssh as ssh_module
from dockerapi.errors import DockerConnectionError, NotFound

pytestmark = pytest.mark.integration

SSHD = "/usr/sbin/sshd"
IMAGE = "busybox:latest"


@dataclass
class SSHServer:
    port: int
    bin_dir: Path

    def url(self, user: str = "root") -> str:
        return f"ssh://{user}@127.0.0.1:{self.port}"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for_port(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"sshd exited: {log.read_text(errors='replace')}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"sshd did not listen on {port}: {log.read_text(errors='replace')}")


@pytest.fixture(scope="module")
def sshd(tmp_path_factory: pytest.TempPathFactory, docker_socket: str) -> Iterator[SSHServer]:
    if os.geteuid() != 0 or not os.path.exists(SSHD) or shutil.which("ssh") is None:
        pytest.fail(
            "needs root, openssh-server and openssh-client (scripts/engine start installs them)"
        )
    home = tmp_path_factory.mktemp("sshd")
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(home / "host_key")], check=True
    )
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(home / "client_key")], check=True
    )
    (home / "authorized_keys").write_bytes((home / "client_key.pub").read_bytes())
    port = _free_port()
    (home / "sshd_config").write_text(
        f"""ListenAddress 127.0.0.1
Port {port}
HostKey {home / "host_key"}
PidFile {home / "sshd.pid"}
AuthorizedKeysFile {home / "authorized_keys"}
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
PrintMotd no
SetEnv DOCKER_HOST=unix://{docker_socket}
"""
    )
    (home / "ssh_config").write_text(
        f"""Host 127.0.0.1
    IdentityFile {home / "client_key"}
    IdentitiesOnly yes
    StrictHostKeyChecking no
    UserKnownHostsFile /dev/null
    BatchMode yes
    LogLevel ERROR
"""
    )
    bin_dir = home / "bin"
    bin_dir.mkdir()
    wrapper = bin_dir / "ssh"
    wrapper.write_text(f'#!/bin/sh\nexec {shutil.which("ssh")} -F {home / "ssh_config"} "$@"\n')
    wrapper.chmod(0o755)
    Path("/run/sshd").mkdir(exist_ok=True)  # sshd's privilege separation directory
    log = home / "sshd.log"
    with log.open("wb") as log_file:
        process = subprocess.Popen(
            [SSHD, "-D", "-e", "-f", str(home / "sshd_config")], stderr=log_file
        )
    try:
        _wait_for_port(port, process, log)
        yield SSHServer(port=port, bin_dir=bin_dir)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def on_path(sshd: SSHServer, monkeypatch: pytest.MonkeyPatch) -> SSHServer:
    monkeypatch.setenv("PATH", f"{sshd.bin_dir}{os.pathsep}{os.environ['PATH']}")
    return sshd


def test_container_life_over_ssh(on_path: SSHServer, engine_info: Any) -> None:
    with APIClient(base_url=on_path.url(), use_ssh_client=True) as client:
        assert client.base_url == "http+docker://ssh"
        assert client.api_version == engine_info.api_version
        assert client.engine.system_ping() == "OK"
        name = f"dockerapi-ssh-{uuid.uuid4().hex[:8]}"
        container = client.create_container(IMAGE, ["sh", "-c", "echo over ssh"], name=name)
        try:
            client.start(container)
            assert client.wait(container)["StatusCode"] == 0
            assert list(client.logs(container, stream=True)) == [b"over ssh\n"]
            assert client.inspect_container(name)["Id"] == container["Id"]
        finally:
            client.remove_container(container, force=True)
        with pytest.raises(NotFound):
            client.inspect_container(name)


def test_pooled_calls_share_one_ssh_process(
    on_path: SSHServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[object] = []
    original = ssh_module.SSHBackend._start

    def counting(self: ssh_module.SSHBackend) -> object:
        started.append(self)
        return original(self)

    monkeypatch.setattr(ssh_module.SSHBackend, "_start", counting)
    with APIClient(base_url=on_path.url()) as client:
        for _ in range(20):
            client.containers(all=True)
    assert len(started) == 1


async def test_async_client_over_ssh(on_path: SSHServer, engine_info: Any) -> None:
    async with AsyncAPIClient(base_url=on_path.url()) as client:
        assert await client.negotiate_version() == engine_info.api_version
        container = await client.create_container(IMAGE, ["sh", "-c", "echo async ssh >&2"])
        try:
            await client.start(container)
            await client.wait(container)
            logs = await client.logs(container, stdout=False, stderr=True)
            assert logs == b"async ssh\n"
        finally:
            await client.remove_container(container, force=True)


def test_attach_socket_round_trip_over_ssh(on_path: SSHServer) -> None:
    # stdin through the hijacked connection, then a half-close (ssh's stdin is closed,
    # dial-stdio half-closes the daemon's socket): `cat` sees EOF and exits.
    with APIClient(base_url=on_path.url()) as client:
        container = client.create_container(IMAGE, ["cat"], stdin_open=True)
        try:
            sock = client.attach_socket(container, {"stdin": 1, "stdout": 1, "stream": 1})
            client.start(container)
            sock.sendall(b"through ssh\n")
            sock.shutdown_write()
            received = b"".join(sock)
            sock.close()
            assert received == b"\x01\x00\x00\x00\x00\x00\x00\x0cthrough ssh\n"
            assert client.wait(container, timeout=30)["StatusCode"] == 0
        finally:
            client.remove_container(container, force=True)


async def test_async_attach_socket_round_trip_over_ssh(on_path: SSHServer) -> None:
    async with AsyncAPIClient(base_url=on_path.url()) as client:
        container = await client.create_container(IMAGE, ["cat"], stdin_open=True)
        try:
            sock = await client.attach_socket(container, {"stdin": 1, "stdout": 1, "stream": 1})
            await client.start(container)
            await sock.sendall(b"async\n")
            sock.shutdown_write()
            received = b"".join([chunk async for chunk in sock])
            await sock.aclose()
            assert received.endswith(b"async\n")
            assert (await client.wait(container, timeout=30))["StatusCode"] == 0
        finally:
            await client.remove_container(container, force=True)


def test_follow_stream_closed_from_another_thread_over_ssh(on_path: SSHServer) -> None:
    # No socket to shut down: the ssh process is ended, which wakes the reader.
    with APIClient(base_url=on_path.url()) as client:
        container = client.create_container(IMAGE, ["sh", "-c", "echo ready; sleep 60"])
        try:
            client.start(container)
            stream = client.logs(container, stream=True, follow=True)
            assert next(stream) == b"ready\n"
            timer = threading.Timer(0.3, stream.close)
            timer.start()
            started = time.monotonic()
            assert list(stream) == []
            timer.join()
            assert stream.closed and time.monotonic() - started < 30
            assert client.containers(filters={"id": container["Id"]})  # the client still works
        finally:
            client.remove_container(container, force=True)


def test_from_env_reads_an_ssh_docker_host(on_path: SSHServer, engine_info: Any) -> None:
    environment = {"DOCKER_HOST": on_path.url(), "DOCKER_CONFIG": os.environ["DOCKER_CONFIG"]}
    with DockerClient.from_env(environment=environment) as client:
        assert client.ping() is True
        assert client.version()["ApiVersion"] == engine_info.api_version


def test_refused_login_is_reported_in_ssh_s_words(on_path: SSHServer) -> None:
    with (
        APIClient(base_url=on_path.url(user="nobody")) as client,
        pytest.raises(DockerConnectionError) as caught,
    ):
        client.containers()
    message = str(caught.value)
    assert on_path.url(user="nobody") in message
    assert "ssh exited with 255" in message and "Permission denied" in message


def test_missing_ssh_program_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with (
        APIClient(base_url="ssh://root@127.0.0.1:1") as client,
        pytest.raises(DockerConnectionError, match="ssh program was not found"),
    ):
        client.containers()
