"""TLS against a real daemon: a second, private dockerd listening on a loopback TLS port.

The module starts its own dockerd (``--tlsverify`` with certificates made here by the
``openssl`` command) with its own data, exec root, pid file and sockets under a short
temporary directory, a bridge of its own (no containers run on it) and no iptables
changes, so it shares nothing with the project's engines; it is stopped by pid when the
module is done. Not `--bridge=none`: with it dockerd deletes any link named docker0,
another engine's (docs/engines.md).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from dockerapi._host import DockerHost, resolve_host
from dockerapi._transport import TransportErrors, async_client, sync_client
from dockerapi.client import AsyncDockerClient, DockerClient
from dockerapi.errors import DockerConnectionError
from dockerapi.tls import TLSConfig

pytestmark = pytest.mark.integration

DOCKERD = "/usr/sbin/dockerd"
START_TIMEOUT_SECONDS = 60
STOP_TIMEOUT_SECONDS = 20


@dataclass(frozen=True)
class TlsEngine:
    port: int
    #: ca.pem, cert.pem and key.pem, laid out as DOCKER_CERT_PATH expects
    cert_path: Path
    #: a CA that did not sign the daemon's certificate
    other_ca: Path
    server_cert: Path
    socket_path: str

    @property
    def address(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    @property
    def env(self) -> dict[str, str]:
        return {
            "DOCKER_HOST": self.address,
            "DOCKER_TLS_VERIFY": "1",
            "DOCKER_CERT_PATH": str(self.cert_path),
        }


def _openssl(directory: Path, *args: str) -> None:
    subprocess.run(["openssl", *args], cwd=directory, check=True, capture_output=True)


def _make_pki(directory: Path) -> None:
    """ca.pem, cert.pem/key.pem (client) and server-*.pem in ``directory``; other-ca.pem."""
    ec = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes")
    for ca in ("ca", "other-ca"):
        _openssl(
            directory, "req", "-x509", *ec, "-keyout", f"{ca}-key.pem", "-out", f"{ca}.pem",
            "-days", "2", "-subj", f"/CN={ca}",
            "-addext", "basicConstraints=critical,CA:TRUE",
            "-addext", "keyUsage=critical,keyCertSign,cRLSign",
        )  # fmt: skip
    usages = {
        "server": "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n",
        "client": "extendedKeyUsage=clientAuth\n",
    }
    for who, usage in usages.items():
        _openssl(
            directory, "req", *ec, "-keyout", f"{who}-key.pem", "-out", f"{who}.csr",
            "-subj", f"/CN={who}",
        )  # fmt: skip
        (directory / f"{who}.ext").write_text(
            usage + "basicConstraints=CA:FALSE\nsubjectKeyIdentifier=hash\n"
            "authorityKeyIdentifier=keyid\n"
        )
        _openssl(
            directory, "x509", "-req", "-in", f"{who}.csr", "-CA", "ca.pem", "-CAkey",
            "ca-key.pem", "-CAcreateserial", "-out", f"{who}-cert.pem", "-days", "2",
            "-extfile", f"{who}.ext",
        )  # fmt: skip
    # the names docker and docker-py look for in DOCKER_CERT_PATH
    (directory / "client-cert.pem").rename(directory / "cert.pem")
    (directory / "client-key.pem").rename(directory / "key.pem")


def _free_loopback_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _ping_socket(path: str) -> bool:
    host = resolve_host(f"unix://{path}", environment={})
    try:
        with sync_client(host, timeout=2, user_agent="dockerapi-test", max_pool_size=1) as client:
            return client.get("/_ping").text == "OK"
    except httpx.TransportError:
        return False


def _stop_dockerd(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM, wait, then SIGKILL the daemon this module started (our child: wait reaps it)."""
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=STOP_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=STOP_TIMEOUT_SECONDS)


def _stop_orphan(pid: int) -> None:
    """Same for the daemon's own containerd, should it outlive a killed daemon (not our child)."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            os.kill(pid, 0)  # raises ProcessLookupError once it is gone
            time.sleep(0.1)
        os.kill(pid, signal.SIGKILL)


@pytest.fixture(scope="module")
def tls_engine() -> Iterator[TlsEngine]:
    if not os.path.exists(DOCKERD):
        pytest.skip(f"{DOCKERD} is not installed: cannot start a private TLS engine")
    if os.geteuid() != 0:
        pytest.skip("starting a private dockerd needs root")
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is needed to make the engine's certificates")

    # short: the daemon's unix sockets must fit in ~107 bytes
    root = Path(tempfile.mkdtemp(prefix="dkt-", dir="/tmp"))
    process: subprocess.Popen[bytes] | None = None
    bridge = _own_bridge()
    try:
        process, engine = _launch_dockerd(root, bridge)
        _wait_until_up(process, engine, root / "dockerd.log")
        yield engine
    finally:
        if process is not None:
            containerd_pid = _containerd_pid(root)
            _stop_dockerd(process)
            if containerd_pid is not None:
                # dockerd stops the containerd it started; this only matters if it was killed
                _stop_orphan(containerd_pid)
        subprocess.run(["ip", "link", "del", bridge], check=False, capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


def _own_bridge() -> str:
    """A bridge for the private engine alone, named and addressed by this process's pid
    (a link-local /30: nothing is routed to or from it)."""
    pid = os.getpid()
    name = f"dkt{pid}"
    address = f"169.254.{(pid >> 6) % 256}.{(pid % 64) * 4 + 1}/30"
    subprocess.run(["ip", "link", "add", name, "type", "bridge"], check=True)
    subprocess.run(["ip", "addr", "add", address, "dev", name], check=True)
    return name


def _launch_dockerd(root: Path, bridge: str) -> tuple[subprocess.Popen[bytes], TlsEngine]:
    pki = root / "pki"
    pki.mkdir()
    _make_pki(pki)
    (root / "daemon.json").write_text("{}")  # never read the machine's /etc/docker/daemon.json
    port = _free_loopback_port()
    socket_path = str(root / "d.sock")
    command = [
        DOCKERD,
        f"--config-file={root / 'daemon.json'}",
        f"--data-root={root / 'data'}",
        f"--exec-root={root / 'x'}",
        f"--pidfile={root / 'd.pid'}",
        f"--host=tcp://127.0.0.1:{port}",
        f"--host=unix://{socket_path}",
        "--tlsverify",
        f"--tlscacert={pki / 'ca.pem'}",
        f"--tlscert={pki / 'server-cert.pem'}",
        f"--tlskey={pki / 'server-key.pem'}",
        f"--bridge={bridge}",
        "--iptables=false",
        "--ip-forward=false",
        "--ip-masq=false",
        "--storage-driver=vfs",
        "--log-level=warn",
    ]
    with open(root / "dockerd.log", "wb") as log:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    engine = TlsEngine(
        port=port,
        cert_path=pki,
        other_ca=pki / "other-ca.pem",
        server_cert=pki / "server-cert.pem",
        socket_path=socket_path,
    )
    return process, engine


def _wait_until_up(process: subprocess.Popen[bytes], engine: TlsEngine, log_path: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while not _ping_socket(engine.socket_path):
        if process.poll() is not None or time.monotonic() > deadline:
            pytest.fail(
                f"the private dockerd did not start (exit {process.poll()}):\n"
                + log_path.read_text(errors="replace")[-3000:]
            )
        time.sleep(0.2)


def _containerd_pid(root: Path) -> int | None:
    pid_file = root / "x" / "containerd" / "containerd.pid"
    try:
        return int(pid_file.read_text().strip())
    except (OSError, ValueError):
        return None


def _get(host: DockerHost, path: str, flavour: str) -> httpx.Response:
    """One GET through our sync or async client, with our error mapping."""
    if flavour == "sync":
        with (
            TransportErrors(host),
            sync_client(host, timeout=30, user_agent="dockerapi-test", max_pool_size=2) as client,
        ):
            return client.get(path)

    async def fetch() -> httpx.Response:
        with TransportErrors(host):
            async with async_client(
                host, timeout=30, user_agent="dockerapi-test", max_pool_size=2
            ) as client:
                response = await client.get(path)
                await response.aread()
                return response

    return asyncio.run(fetch())


FLAVOURS = ["sync", "async"]


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_ping_and_version_with_client_certificate(tls_engine: TlsEngine, flavour: str) -> None:
    host = resolve_host(None, environment=tls_engine.env)
    assert host.origin == "DOCKER_HOST"
    assert host.http_base_url == f"https://127.0.0.1:{tls_engine.port}"
    assert _get(host, "/_ping", flavour).text == "OK"
    version = _get(host, "/version", flavour).json()
    assert version["ApiVersion"]
    assert _get(host, f"/v{version['ApiVersion']}/_ping", flavour).text == "OK"


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_without_client_certificate_the_daemon_refuses(tls_engine: TlsEngine, flavour: str) -> None:
    tls = TLSConfig(ca_cert=str(tls_engine.cert_path / "ca.pem"), verify=True)
    host = resolve_host(tls_engine.address, environment={}, tls=tls)
    with pytest.raises(DockerConnectionError) as caught:
        _get(host, "/_ping", flavour)
    assert tls_engine.address in str(caught.value)
    assert "TLS" in str(caught.value)
    assert caught.value.__cause__ is not None


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_wrong_ca_fails_verification(tls_engine: TlsEngine, flavour: str) -> None:
    tls = TLSConfig(
        client_cert=(str(tls_engine.cert_path / "cert.pem"), str(tls_engine.cert_path / "key.pem")),
        ca_cert=str(tls_engine.other_ca),
        verify=True,
    )
    host = resolve_host(tls_engine.address, environment={}, tls=tls)
    with pytest.raises(DockerConnectionError, match="TLS verification of the daemon failed"):
        _get(host, "/_ping", flavour)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_pinned_fingerprint_without_ca(tls_engine: TlsEngine, flavour: str) -> None:
    der = ssl.PEM_cert_to_DER_cert(tls_engine.server_cert.read_text())
    tls = TLSConfig(
        client_cert=(str(tls_engine.cert_path / "cert.pem"), str(tls_engine.cert_path / "key.pem")),
        assert_fingerprint=hashlib.sha256(der).hexdigest(),
    )
    host = resolve_host(tls_engine.address, environment={}, tls=tls)
    assert _get(host, "/_ping", flavour).text == "OK"


def test_plain_http_to_the_tls_port_is_answered_400(tls_engine: TlsEngine) -> None:
    host = resolve_host(tls_engine.address, environment={}, tls=False)
    response = _get(host, "/_ping", "sync")
    assert response.status_code == 400
    assert "HTTPS" in response.text


def test_private_unix_socket(tls_engine: TlsEngine) -> None:
    host = resolve_host(f"unix://{tls_engine.socket_path}", environment={})
    assert _get(host, "/_ping", "sync").text == "OK"


# --- the public clients over TLS ----------------------------------------------------------


def test_from_env_over_tls(tls_engine: TlsEngine) -> None:
    with DockerClient.from_env(environment=tls_engine.env) as client:
        assert client.api.host.origin == "DOCKER_HOST"
        assert client.api.base_url == f"https://127.0.0.1:{tls_engine.port}"
        assert client.ping() is True
        assert client.version()["ApiVersion"]


async def test_async_from_env_over_tls(tls_engine: TlsEngine) -> None:
    client = AsyncDockerClient.from_env(environment=tls_engine.env)
    try:
        assert await client.ping() is True
        assert (await client.version())["ApiVersion"]
    finally:
        await client.close()


def test_api_client_with_tls_config(tls_engine: TlsEngine) -> None:
    tls = TLSConfig(
        client_cert=(str(tls_engine.cert_path / "cert.pem"), str(tls_engine.cert_path / "key.pem")),
        ca_cert=str(tls_engine.cert_path / "ca.pem"),
        verify=True,
    )
    with DockerClient(base_url=tls_engine.address, tls=tls) as client:
        assert client.api.host.origin == "argument"
        assert client.ping() is True


def test_from_env_without_client_certificate_names_the_host(
    tls_engine: TlsEngine, tmp_path: Path
) -> None:
    shutil.copy(tls_engine.cert_path / "ca.pem", tmp_path / "ca.pem")
    # a client certificate from a CA the daemon does not trust
    shutil.copy(tls_engine.other_ca, tmp_path / "cert.pem")
    shutil.copy(tls_engine.cert_path.parent / "pki" / "other-ca-key.pem", tmp_path / "key.pem")
    env = {**tls_engine.env, "DOCKER_CERT_PATH": str(tmp_path)}
    with (
        DockerClient.from_env(environment=env) as client,
        pytest.raises(DockerConnectionError) as caught,
    ):
        client.ping()
    message = str(caught.value)
    assert tls_engine.address in message and "DOCKER_HOST" in message


async def test_async_from_env_without_client_certificate_names_the_host(
    tls_engine: TlsEngine, tmp_path: Path
) -> None:
    shutil.copy(tls_engine.cert_path / "ca.pem", tmp_path / "ca.pem")
    shutil.copy(tls_engine.other_ca, tmp_path / "cert.pem")
    shutil.copy(tls_engine.cert_path.parent / "pki" / "other-ca-key.pem", tmp_path / "key.pem")
    env = {**tls_engine.env, "DOCKER_CERT_PATH": str(tmp_path)}
    client = AsyncDockerClient.from_env(environment=env)
    try:
        with pytest.raises(DockerConnectionError, match="DOCKER_HOST"):
            await client.ping()
    finally:
        await client.close()


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_clients_without_any_client_certificate(tls_engine: TlsEngine, flavour: str) -> None:
    # with TLS 1.3 the daemon's refusal arrives on the first read, after the handshake
    tls = TLSConfig(ca_cert=str(tls_engine.cert_path / "ca.pem"), verify=True)
    with pytest.raises(DockerConnectionError, match="TLS"):
        if flavour == "sync":
            with DockerClient(base_url=tls_engine.address, tls=tls) as client:
                client.ping()
        else:
            aclient = AsyncDockerClient(base_url=tls_engine.address, tls=tls)
            try:
                await aclient.ping()
            finally:
                await aclient.close()


# --- a Docker context holding the TLS material -------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_context_with_tls_material_reaches_the_tls_engine(
    tls_engine: TlsEngine, flavour: str
) -> None:
    from dockerapi.context import ContextAPI

    name = f"dockerapi-tls-{flavour}"
    tls = TLSConfig(
        client_cert=(str(tls_engine.cert_path / "cert.pem"), str(tls_engine.cert_path / "key.pem")),
        ca_cert=str(tls_engine.cert_path / "ca.pem"),
        verify=True,
    )
    ContextAPI.create_context(name, host=tls_engine.address, tls_cfg=tls)
    try:
        assert ContextAPI.inspect_context(name)["TLSMaterial"] == {
            "docker": ["ca.pem", "cert.pem", "key.pem"]
        }
        environment = {"DOCKER_CONFIG": os.environ["DOCKER_CONFIG"], "DOCKER_CONTEXT": name}
        if flavour == "sync":
            with DockerClient.from_env(environment=environment) as client:
                assert client.api.base_url == f"https://127.0.0.1:{tls_engine.port}"
                assert client.ping() is True
        else:
            aclient = AsyncDockerClient.from_env(environment=environment)
            try:
                assert await aclient.ping() is True
            finally:
                await aclient.close()
    finally:
        ContextAPI.remove_context(name)
