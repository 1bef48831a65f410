"""TLSConfig: docker-py's validation, the ssl context it builds, and real handshakes.

The handshake tests run an HTTPS server in this process on 127.0.0.1 whose certificate
names only ``localhost``, with certificates made by the ``openssl`` command.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from dockerapi._host import DockerHost, resolve_host
from dockerapi._transport import TransportErrors, async_client, sync_client
from dockerapi.errors import DockerConnectionError, DockerException, TLSParameterError
from dockerapi.tls import TLSConfig
from tls_pki import Pki, https_server, make_pki

# --- validation ---------------------------------------------------------------------------


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    paths = {}
    for name in ("ca.pem", "cert.pem", "key.pem"):
        (tmp_path / name).write_text("not parsed by validation\n")
        paths[name] = str(tmp_path / name)
    paths["missing"] = str(tmp_path / "missing.pem")
    return paths


def test_defaults_verify() -> None:
    config = TLSConfig()
    assert (config.cert, config.ca_cert, config.verify) == (None, None, None)
    assert config.verifies_server  # skipping the check is an explicit verify=False
    assert not TLSConfig(verify=False).verifies_server


def test_client_cert_pair(files: dict[str, str]) -> None:
    config = TLSConfig(client_cert=(files["cert.pem"], files["key.pem"]))
    assert config.cert == (files["cert.pem"], files["key.pem"])
    listed = TLSConfig(client_cert=[files["cert.pem"], files["key.pem"]])
    assert listed.cert == config.cert


@pytest.mark.parametrize(
    "client_cert",
    [
        pytest.param(("only-one",), id="one element"),
        pytest.param(("a", "b", "c"), id="three elements"),
        pytest.param("cert.pem", id="a string"),
    ],
)
def test_client_cert_shape(client_cert: tuple[str, ...]) -> None:
    with pytest.raises(TLSParameterError, match="tuple of"):
        TLSConfig(client_cert=client_cert)


def test_client_cert_missing_files(files: dict[str, str]) -> None:
    with pytest.raises(TLSParameterError, match=r"missing\.pem"):
        TLSConfig(client_cert=(files["cert.pem"], files["missing"]))
    with pytest.raises(TLSParameterError, match="client_cert param"):
        TLSConfig(client_cert=(files["cert.pem"], ""))


def test_ca_cert_checked_only_when_verifying(files: dict[str, str]) -> None:
    with pytest.raises(TLSParameterError, match="ca_cert"):
        TLSConfig(ca_cert=files["missing"], verify=True)
    with pytest.raises(TLSParameterError, match="ca_cert"):
        TLSConfig(ca_cert=files["missing"])  # a CA given is a CA used
    # docker-py accepts (and ignores) a CA it will not use
    assert TLSConfig(ca_cert=files["missing"], verify=False).ca_cert == files["missing"]


def test_verify_as_bundle_path(files: dict[str, str]) -> None:
    assert TLSConfig(verify=files["ca.pem"]).verify == files["ca.pem"]
    with pytest.raises(TLSParameterError, match="does not exist"):
        TLSConfig(verify=files["missing"])


@pytest.mark.parametrize("ssl_version", [999, "TLSv1_2", True])
def test_bad_ssl_version(ssl_version: object) -> None:
    with pytest.raises(TLSParameterError, match="ssl_version"):
        TLSConfig(ssl_version=ssl_version)  # type: ignore[arg-type]


@pytest.mark.parametrize("fingerprint", ["zz" * 32, "ab" * 10, "", "ab:cd"])
def test_bad_fingerprint(fingerprint: str) -> None:
    with pytest.raises(TLSParameterError, match="assert_fingerprint"):
        TLSConfig(assert_fingerprint=fingerprint)


def test_bad_assert_hostname() -> None:
    with pytest.raises(TLSParameterError, match="assert_hostname"):
        TLSConfig(assert_hostname=3)  # type: ignore[arg-type]


def test_assert_hostname_true_is_the_default() -> None:
    assert TLSConfig(assert_hostname=True) == TLSConfig()


def test_errors_are_docker_exceptions(files: dict[str, str]) -> None:
    with pytest.raises(DockerException):
        TLSConfig(client_cert=(files["missing"], files["missing"]))


def test_equality_and_repr(files: dict[str, str]) -> None:
    one = TLSConfig(client_cert=(files["cert.pem"], files["key.pem"]), verify=True)
    two = TLSConfig(client_cert=(files["cert.pem"], files["key.pem"]), verify=True)
    assert one == two and hash(one) == hash(two)
    assert one != TLSConfig(verify=True)
    assert "verify=True" in repr(one) and files["cert.pem"] in repr(one)


# --- the ssl context ----------------------------------------------------------------------


def test_context_without_verification() -> None:
    context = TLSConfig(verify=False).to_ssl_context()
    assert context.verify_mode == ssl.CERT_NONE
    assert context.check_hostname is False


def test_context_verify_uses_default_bundle() -> None:
    context = TLSConfig(verify=True).to_ssl_context()
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname is True
    assert context.cert_store_stats()["x509_ca"] > 10


def test_context_pins_legacy_protocol() -> None:
    context = TLSConfig(ssl_version=ssl.PROTOCOL_TLSv1_2).to_ssl_context()
    assert context.minimum_version == context.maximum_version == ssl.TLSVersion.TLSv1_2
    assert TLSConfig(ssl_version=ssl.PROTOCOL_TLS_CLIENT).to_ssl_context().minimum_version in (
        ssl.TLSVersion.MINIMUM_SUPPORTED,
        ssl.TLSVersion.TLSv1_2,
    )
    modern = TLSConfig(ssl_version=ssl.TLSVersion.TLSv1_3).to_ssl_context()
    assert modern.minimum_version == ssl.TLSVersion.TLSv1_3


def test_context_rejects_unreadable_files(files: dict[str, str]) -> None:
    config = TLSConfig(client_cert=(files["cert.pem"], files["key.pem"]))
    with pytest.raises(TLSParameterError, match="client certificate"):
        config.to_ssl_context()
    with pytest.raises(TLSParameterError, match="CA certificates"):
        TLSConfig(ca_cert=files["ca.pem"], verify=True).to_ssl_context()


# --- real handshakes ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    # the server is reached as 127.0.0.1 but its certificate names only localhost
    return make_pki(tmp_path_factory.mktemp("pki"), "DNS:localhost")


@pytest.fixture(scope="module")
def tls_server(pki: Pki) -> Iterator[int]:
    with https_server(pki) as port:
        yield port


def _who(host: DockerHost, flavour: str) -> str:
    """GET through our sync or async client; our errors come out, httpx's do not."""
    if flavour == "sync":
        with (
            TransportErrors(host),
            sync_client(host, timeout=10, user_agent="test", max_pool_size=1) as client,
        ):
            return client.get("/").text

    async def fetch() -> str:
        with TransportErrors(host):
            async with async_client(host, timeout=10, user_agent="test", max_pool_size=1) as client:
                return (await client.get("/")).text

    return asyncio.run(fetch())


def _host(port: int, tls: TLSConfig) -> DockerHost:
    return resolve_host(f"tcp://127.0.0.1:{port}", environment={}, tls=tls)


FLAVOURS = ["sync", "async"]


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_client_certificate_and_pinned_hostname(pki: Pki, tls_server: int, flavour: str) -> None:
    tls = TLSConfig(
        client_cert=(pki.client_cert, pki.client_key),
        ca_cert=pki.ca,
        verify=True,
        assert_hostname="localhost",
    )
    assert _who(_host(tls_server, tls), flavour) == "client"


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_hostname_mismatch_fails(pki: Pki, tls_server: int, flavour: str) -> None:
    tls = TLSConfig(ca_cert=pki.ca, verify=True)
    with pytest.raises(DockerConnectionError, match=r"127\.0\.0\.1") as caught:
        _who(_host(tls_server, tls), flavour)
    assert "TLS verification" in str(caught.value)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_assert_hostname_false_checks_chain_only(pki: Pki, tls_server: int, flavour: str) -> None:
    tls = TLSConfig(ca_cert=pki.ca, verify=True, assert_hostname=False)
    assert _who(_host(tls_server, tls), flavour) == "anonymous"
    wrong_ca = TLSConfig(ca_cert=pki.other_ca, verify=True, assert_hostname=False)
    with pytest.raises(DockerConnectionError, match="TLS verification"):
        _who(_host(tls_server, wrong_ca), flavour)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_wrong_pinned_hostname_fails(pki: Pki, tls_server: int, flavour: str) -> None:
    tls = TLSConfig(ca_cert=pki.ca, verify=True, assert_hostname="docker.example")
    with pytest.raises(DockerConnectionError, match=r"docker\.example"):
        _who(_host(tls_server, tls), flavour)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_no_verification_accepts_anything(tls_server: int, flavour: str) -> None:
    assert _who(_host(tls_server, TLSConfig(verify=False)), flavour) == "anonymous"


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_fingerprint_match(pki: Pki, tls_server: int, flavour: str) -> None:
    by_sha256 = TLSConfig(assert_fingerprint=pki.server_sha256)
    assert _who(_host(tls_server, by_sha256), flavour) == "anonymous"
    by_sha1 = TLSConfig(
        ca_cert=pki.ca,
        verify=True,
        assert_hostname="localhost",
        assert_fingerprint=pki.server_sha1_with_colons,
    )
    assert _who(_host(tls_server, by_sha1), flavour) == "anonymous"


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_fingerprint_mismatch_fails(tls_server: int, flavour: str) -> None:
    tls = TLSConfig(assert_fingerprint="ab" * 32)
    with pytest.raises(DockerConnectionError, match="fingerprint"):
        _who(_host(tls_server, tls), flavour)
