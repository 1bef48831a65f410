"""Issue 13, problem 3: giving a CA (or a client certificate) means verifying; skipping
verification is an explicit choice (`verify=False`, or DOCKER_TLS without
DOCKER_TLS_VERIFY in the environment).

An HTTPS server in this process, with a certificate for 127.0.0.1 signed by a CA the
test makes; each row says whether a client configured so may talk to it.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from both_clients import call
from dockerapi.api.client import APIClient, AsyncAPIClient
from dockerapi.client import AsyncDockerClient, DockerClient
from dockerapi.errors import DockerConnectionError
from dockerapi.tls import TLSConfig
from tls_pki import Pki, https_server, make_pki


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"), "DNS:localhost,IP:127.0.0.1")


@pytest.fixture(scope="module")
def port(pki: Pki) -> Iterator[int]:
    with https_server(pki) as bound:
        yield bound


@pytest.fixture(scope="module")
def cert_dirs(pki: Pki, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """DOCKER_CERT_PATH layouts: the client's files with the right CA, or another CA."""
    dirs = {}
    for name, ca in (("right", pki.ca), ("wrong", pki.other_ca)):
        directory = tmp_path_factory.mktemp(name)
        shutil.copy(ca, directory / "ca.pem")
        shutil.copy(pki.client_cert, directory / "cert.pem")
        shutil.copy(pki.client_key, directory / "key.pem")
        dirs[name] = directory
    return dirs


def _tls(pki: Pki, row: str) -> TLSConfig | bool:
    client = (pki.client_cert, pki.client_key)
    return {
        "ca": TLSConfig(ca_cert=pki.ca),
        "ca+verify": TLSConfig(ca_cert=pki.ca, verify=True),
        "ca as verify": TLSConfig(verify=pki.ca),
        "client+ca": TLSConfig(client_cert=client, ca_cert=pki.ca),
        "wrong ca": TLSConfig(ca_cert=pki.other_ca),
        "client only": TLSConfig(client_cert=client),
        "nothing": TLSConfig(),
        "tls=True": True,
        "wrong host": TLSConfig(ca_cert=pki.ca, assert_hostname="docker.example"),
        "wrong ca, verify=False": TLSConfig(ca_cert=pki.other_ca, verify=False),
        "verify=False": TLSConfig(verify=False),
    }[row]


MATRIX = {
    "ca": True,
    "ca+verify": True,
    "ca as verify": True,
    "client+ca": True,
    # Issue 13: TLSConfig(ca_cert=...) or (client_cert=...) without verify=True checked
    # nothing and talked to a server the CA did not sign.
    "wrong ca": False,
    "client only": False,  # the default bundle does not know the test's CA
    "nothing": False,
    "tls=True": False,
    "wrong host": False,
    "wrong ca, verify=False": True,  # explicit
    "verify=False": True,  # explicit
}


async def _reaches(client: Any) -> bool:
    try:
        # every GET of the test server answers who the client is
        answer = await call(client.engine, "system_ping")
    except DockerConnectionError as error:
        assert "TLS" in str(error)
        return False
    assert answer in ("anonymous", "client")
    return True


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("row", sorted(MATRIX))
async def test_tls_config_matrix(pki: Pki, port: int, row: str, flavour: str) -> None:
    cls = APIClient if flavour == "sync" else AsyncAPIClient
    client: Any = cls(base_url=f"tcp://127.0.0.1:{port}", tls=_tls(pki, row), version="1.41")
    try:
        assert await _reaches(client) is MATRIX[row]
    finally:
        closed = client.close()
        if closed is not None:
            await closed


ENVIRONMENTS = {
    # (variables besides DOCKER_HOST, which cert dir, reaches?)
    "cert path, right ca": ({}, "right", True),
    # docker-py: encrypted but unchecked whenever DOCKER_TLS_VERIFY is unset
    "cert path, wrong ca": ({}, "wrong", False),
    "empty TLS_VERIFY, wrong ca": ({"DOCKER_TLS_VERIFY": ""}, "wrong", False),
    "TLS_VERIFY, right ca": ({"DOCKER_TLS_VERIFY": "1"}, "right", True),
    "TLS_VERIFY, wrong ca": ({"DOCKER_TLS_VERIFY": "1"}, "wrong", False),
    "DOCKER_TLS, wrong ca": ({"DOCKER_TLS": "1"}, "wrong", True),  # the CLI's --tls: explicit
    "DOCKER_TLS and TLS_VERIFY": ({"DOCKER_TLS": "1", "DOCKER_TLS_VERIFY": "1"}, "wrong", False),
}


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("row", sorted(ENVIRONMENTS))
async def test_environment_matrix(
    port: int, cert_dirs: dict[str, Path], row: str, flavour: str
) -> None:
    variables, which, reaches = ENVIRONMENTS[row]
    env = {
        "DOCKER_HOST": f"tcp://127.0.0.1:{port}",
        "DOCKER_CERT_PATH": str(cert_dirs[which]),
        **variables,
    }
    cls = DockerClient if flavour == "sync" else AsyncDockerClient
    client: Any = cls.from_env(environment=env, version="1.41")
    try:
        assert await _reaches(client.api) is reaches
    finally:
        closed = client.close()
        if closed is not None:
            await closed
