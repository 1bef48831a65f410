"""Certificates made by the ``openssl`` command and an HTTPS server in this process, for
the TLS tests (unit and fault suite)."""

from __future__ import annotations

import hashlib
import http.server
import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

__all__ = ["Pki", "https_server", "make_pki"]


@dataclass(frozen=True)
class Pki:
    ca: str
    server_cert: str
    server_key: str
    client_cert: str
    client_key: str
    other_ca: str

    @property
    def server_sha256(self) -> str:
        der = ssl.PEM_cert_to_DER_cert(Path(self.server_cert).read_text())
        return hashlib.sha256(der).hexdigest()

    @property
    def server_sha1_with_colons(self) -> str:
        der = ssl.PEM_cert_to_DER_cert(Path(self.server_cert).read_text())
        digest = hashlib.sha1(der).hexdigest().upper()
        return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


def _make_ca(directory: Path, name: str) -> None:
    _openssl(
        "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
        "-keyout", f"{name}-key.pem", "-out", f"{name}.pem", "-days", "2",
        "-subj", f"/CN={name}", "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign",
        cwd=directory,
    )  # fmt: skip


def _issue(directory: Path, who: str, extensions: str) -> None:
    _openssl(
        "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
        "-keyout", f"{who}-key.pem", "-out", f"{who}.csr", "-subj", f"/CN={who}",
        cwd=directory,
    )  # fmt: skip
    (directory / f"{who}.ext").write_text(
        extensions + "\nbasicConstraints=CA:FALSE\nsubjectKeyIdentifier=hash\n"
        "authorityKeyIdentifier=keyid\n"
    )
    _openssl(
        "x509", "-req", "-in", f"{who}.csr", "-CA", "ca.pem", "-CAkey", "ca-key.pem",
        "-CAcreateserial", "-out", f"{who}-cert.pem", "-days", "2", "-extfile", f"{who}.ext",
        cwd=directory,
    )  # fmt: skip


def make_pki(directory: Path, server_names: str = "DNS:localhost") -> Pki:
    """A CA, another CA, a server certificate for `server_names` (subjectAltName syntax)
    and a client certificate, both signed by the first CA."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is needed to make test certificates")
    _make_ca(directory, "ca")
    _make_ca(directory, "other-ca")
    _issue(directory, "server", f"subjectAltName={server_names}\nextendedKeyUsage=serverAuth")
    _issue(directory, "client", "extendedKeyUsage=clientAuth")
    return Pki(
        ca=str(directory / "ca.pem"),
        server_cert=str(directory / "server-cert.pem"),
        server_key=str(directory / "server-key.pem"),
        client_cert=str(directory / "client-cert.pem"),
        client_key=str(directory / "client-key.pem"),
        other_ca=str(directory / "other-ca.pem"),
    )


class _WhoAmIHandler(http.server.BaseHTTPRequestHandler):
    """Answers every GET with the common name of the client certificate, or "anonymous"."""

    def do_GET(self) -> None:
        assert isinstance(self.connection, ssl.SSLSocket)
        peer = self.connection.getpeercert()
        name = "anonymous"
        if peer:
            for rdn in peer.get("subject", ()):
                for attribute in rdn:
                    if attribute[0] == "commonName":
                        name = str(attribute[1])
        body = name.encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # rejected handshakes are what several tests are about


@contextmanager
def https_server(pki: Pki) -> Iterator[int]:
    """An HTTPS server on 127.0.0.1 (its port) that asks for, but does not require, a
    client certificate signed by the CA; every GET answers who the client is."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(pki.server_cert, pki.server_key)
    context.load_verify_locations(pki.ca)
    context.verify_mode = ssl.CERT_OPTIONAL
    server = _QuietServer(("127.0.0.1", 0), _WhoAmIHandler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
