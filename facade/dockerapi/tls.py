"""TLS settings for talking to a daemon over ``tcp://`` (docker-py's ``docker.tls.TLSConfig``).

``TLSConfig`` takes docker-py's arguments and applies docker-py's rules:

* ``client_cert`` is a ``(certificate, key)`` pair of existing files, or nothing;
* the daemon's certificate is checked unless ``verify=False`` says not to: against
  ``ca_cert`` when given (a CA given means a CA checked), else a CA bundle given as
  ``verify`` itself, else the default bundle (a pinned ``assert_fingerprint`` without a
  CA is the check by itself). Skipping the check is an explicit choice
  (``verify=False``); docker-py's "unset means no check" is not kept, because with a CA
  at hand it silently accepted any server (docker-py with current requests checks
  against the default bundle instead, ignoring the CA);
* bad or missing files raise ``TLSParameterError`` when the config is built, not at the
  first request.

It also keeps the knobs older docker-py versions had: ``ssl_version``,
``assert_hostname`` (``False`` skips the host name check; a string checks the
certificate against that name instead of the address) and ``assert_fingerprint``
(the hex SHA-256/SHA-1/MD5 digest the daemon's certificate must have).

``to_ssl_context()`` turns it into the ``ssl.SSLContext`` the transports hand to httpx.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import ssl
from collections.abc import Sequence
from typing import Any

from dockerapi.errors import TLSParameterError

__all__ = ["TLSConfig"]

# Legacy ``ssl_version`` values (ssl.PROTOCOL_*) and the single TLS version each one meant.
_PINNED_PROTOCOLS: dict[int, ssl.TLSVersion] = {
    int(ssl.PROTOCOL_TLSv1): ssl.TLSVersion.TLSv1,
    int(ssl.PROTOCOL_TLSv1_1): ssl.TLSVersion.TLSv1_1,
    int(ssl.PROTOCOL_TLSv1_2): ssl.TLSVersion.TLSv1_2,
}
# Legacy ``ssl_version`` values that mean "negotiate the best version".
_NEGOTIATING_PROTOCOLS = frozenset({int(ssl.PROTOCOL_TLS), int(ssl.PROTOCOL_TLS_CLIENT)})

_FINGERPRINT_HASHES = {32: hashlib.md5, 40: hashlib.sha1, 64: hashlib.sha256}


class TLSConfig:
    """How to secure a ``tcp://`` connection to the daemon.

    Args:
        client_cert: ``(certificate file, key file)`` to present to the daemon.
        ca_cert: CA certificate file the daemon's certificate must chain to.
        verify: ``True`` or ``None`` (the default) to check the daemon's certificate
            (against ``ca_cert``, else the default CA bundle); a path to use that CA
            bundle; ``False`` to skip the check (encryption without knowing who
            answers: an explicit choice).
        ssl_version: an ``ssl.PROTOCOL_*`` constant pinning one TLS version, or an
            ``ssl.TLSVersion`` used as the minimum version.
        assert_hostname: ``False`` to skip the host name check while still checking
            the chain; a string to check the certificate against that name.
        assert_fingerprint: hex digest (MD5, SHA-1 or SHA-256, colons allowed)
            the daemon's certificate must match.

    Raises:
        TLSParameterError: a file is missing or an argument has the wrong shape.
    """

    cert: tuple[str, str] | None
    ca_cert: str | None
    verify: bool | str | None
    ssl_version: int | ssl.TLSVersion | None
    assert_hostname: str | bool | None
    assert_fingerprint: str | None

    def __init__(
        self,
        client_cert: Sequence[str] | None = None,
        ca_cert: str | None = None,
        verify: bool | str | None = None,
        ssl_version: int | ssl.TLSVersion | None = None,
        assert_hostname: str | bool | None = None,
        assert_fingerprint: str | None = None,
    ) -> None:
        self.cert = _checked_client_cert(client_cert) if client_cert else None
        self.ca_cert = os.fspath(ca_cert) if ca_cert is not None else None
        self.verify = verify
        if isinstance(verify, str) and not self.ca_cert and not os.path.exists(verify):
            raise TLSParameterError(f"`verify` names a CA bundle that does not exist: {verify!r}.")
        self.ssl_version = ssl_version
        _tls_version_bounds(ssl_version)  # validate now, not at the first connection
        if assert_hostname is not None and not isinstance(assert_hostname, (str, bool)):
            raise TLSParameterError("`assert_hostname` must be a host name, False or None.")
        if assert_hostname is True:
            assert_hostname = None  # True is what happens anyway
        self.assert_hostname = assert_hostname
        self.assert_fingerprint = assert_fingerprint
        if assert_fingerprint is not None:
            _parse_fingerprint(assert_fingerprint)
        if self.verifies_server and self.ca_cert and not os.path.isfile(self.ca_cert):
            raise TLSParameterError(
                f"Invalid CA certificate provided for `ca_cert`: {self.ca_cert!r} is not a file."
            )

    @property
    def verifies_server(self) -> bool:
        """Whether the daemon's certificate chain is checked: unless ``verify=False``,
        or when a pinned ``assert_fingerprint`` is the check (no CA, ``verify`` unset)."""
        if self.verify is None and self.assert_fingerprint is not None:
            return self.ca_cert is not None
        return self.verify is not False

    def to_ssl_context(self) -> ssl.SSLContext:
        """Build the client ``ssl.SSLContext`` these settings describe.

        Loading CA bundles and keys costs milliseconds: build one per client, not per request.
        """
        context: ssl.SSLContext
        if isinstance(self.assert_hostname, str) or self.assert_fingerprint is not None:
            context = _CheckingSSLContext(ssl.PROTOCOL_TLS_CLIENT)
            if isinstance(self.assert_hostname, str):
                context.expected_hostname = self.assert_hostname
            if self.assert_fingerprint is not None:
                context.expected_fingerprint = _parse_fingerprint(self.assert_fingerprint)
        else:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)

        minimum, maximum = _tls_version_bounds(self.ssl_version)
        if minimum is not None:
            context.minimum_version = minimum
        if maximum is not None:
            context.maximum_version = maximum

        if self.verifies_server:
            context.verify_mode = ssl.CERT_REQUIRED
            context.check_hostname = self.assert_hostname is not False
            self._load_trust(context)
        else:
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE

        if self.cert is not None:
            certificate, key = self.cert
            try:
                context.load_cert_chain(certificate, key)
            except (OSError, ssl.SSLError) as exc:
                raise TLSParameterError(
                    f"Cannot load the client certificate {certificate!r} with key {key!r}: {exc}"
                ) from exc
        return context

    def _load_trust(self, context: ssl.SSLContext) -> None:
        bundle = self.ca_cert or (self.verify if isinstance(self.verify, str) else None)
        try:
            if bundle is None:
                import certifi  # httpx's own default bundle; only needed here

                context.load_verify_locations(cafile=certifi.where())
            elif os.path.isdir(bundle):
                context.load_verify_locations(capath=bundle)
            else:
                context.load_verify_locations(cafile=bundle)
        except (OSError, ssl.SSLError) as exc:
            raise TLSParameterError(f"Cannot load the CA certificates {bundle!r}: {exc}") from exc

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={value!r}" for name, value in self._fields())
        return f"TLSConfig({fields})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TLSConfig):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def _fields(self) -> tuple[tuple[str, Any], ...]:
        return (
            ("client_cert", self.cert),
            ("ca_cert", self.ca_cert),
            ("verify", self.verify),
            ("ssl_version", self.ssl_version),
            ("assert_hostname", self.assert_hostname),
            ("assert_fingerprint", self.assert_fingerprint),
        )


def _checked_client_cert(client_cert: Sequence[str]) -> tuple[str, str]:
    if isinstance(client_cert, (str, bytes)) or len(client_cert) != 2:
        raise TLSParameterError("client_cert must be a tuple of (client certificate, key file)")
    certificate, key = (os.fspath(part) if part else "" for part in client_cert)
    if not (certificate and key):
        raise TLSParameterError(
            "Path to a certificate and key files must be provided through the client_cert param"
        )
    missing = [path for path in (certificate, key) if not os.path.isfile(path)]
    if missing:
        raise TLSParameterError(
            "Path to a certificate and key files must be provided through the client_cert "
            f"param; not a file: {', '.join(repr(path) for path in missing)}"
        )
    return certificate, key


def _tls_version_bounds(
    ssl_version: int | ssl.TLSVersion | None,
) -> tuple[ssl.TLSVersion | None, ssl.TLSVersion | None]:
    """(minimum, maximum) TLS versions for an ``ssl_version`` argument."""
    if ssl_version is None:
        return None, None
    if isinstance(ssl_version, ssl.TLSVersion):
        return ssl_version, None
    if isinstance(ssl_version, int) and not isinstance(ssl_version, bool):
        if int(ssl_version) in _NEGOTIATING_PROTOCOLS:
            return None, None
        pinned = _PINNED_PROTOCOLS.get(int(ssl_version))
        if pinned is not None:
            return pinned, pinned
    raise TLSParameterError(
        f"Unsupported ssl_version {ssl_version!r}: use an ssl.PROTOCOL_* constant "
        "(PROTOCOL_TLS_CLIENT, PROTOCOL_TLSv1_2, ...) or an ssl.TLSVersion minimum."
    )


def _parse_fingerprint(fingerprint: str) -> bytes:
    digits = fingerprint.replace(":", "").strip().lower()
    try:
        digest = bytes.fromhex(digits)
    except ValueError:
        digest = b""
    if len(digits) not in _FINGERPRINT_HASHES or not digest:
        raise TLSParameterError(
            f"Invalid assert_fingerprint {fingerprint!r}: expected the hex MD5, SHA-1 or "
            "SHA-256 digest of the daemon's certificate."
        )
    return digest


def _check_fingerprint(peer_certificate: bytes | None, expected: bytes) -> None:
    if peer_certificate is None:
        raise ssl.SSLCertVerificationError("the daemon sent no certificate to fingerprint")
    actual = _FINGERPRINT_HASHES[len(expected) * 2](peer_certificate).digest()
    if not hmac.compare_digest(actual, expected):
        raise ssl.SSLCertVerificationError(
            f"the daemon's certificate fingerprint {actual.hex()} does not match "
            f"assert_fingerprint {expected.hex()}"
        )


class _FingerprintCheckingSocket(ssl.SSLSocket):
    """Blocking TLS socket that checks the peer's fingerprint once the handshake is done."""

    def do_handshake(self, block: bool = False) -> None:
        super().do_handshake(block)
        expected = getattr(self.context, "expected_fingerprint", None)
        if expected is not None:
            _check_fingerprint(self.getpeercert(binary_form=True), expected)


class _FingerprintCheckingObject(ssl.SSLObject):
    """Memory-BIO TLS object (used by async transports) with the same post-handshake check."""

    def do_handshake(self) -> None:
        super().do_handshake()  # raises SSLWantRead/WriteError until the handshake is complete
        expected = getattr(self.context, "expected_fingerprint", None)
        if expected is not None:
            _check_fingerprint(self.getpeercert(binary_form=True), expected)


class _CheckingSSLContext(ssl.SSLContext):
    """Context for ``assert_hostname``/``assert_fingerprint``.

    httpx passes the URL's host as ``server_hostname``; a pinned ``expected_hostname``
    replaces it (for SNI and the certificate name check), and ``expected_fingerprint``
    is checked by the socket/object classes right after the handshake. Both sync
    (``wrap_socket``) and async (``wrap_bio``) connections go through here.
    """

    sslsocket_class = _FingerprintCheckingSocket
    sslobject_class = _FingerprintCheckingObject
    expected_hostname: str | None = None
    expected_fingerprint: bytes | None = None

    def wrap_socket(
        self,
        sock: Any,
        server_side: bool = False,
        do_handshake_on_connect: bool = True,
        suppress_ragged_eofs: bool = True,
        server_hostname: str | bytes | None = None,
        session: ssl.SSLSession | None = None,
    ) -> ssl.SSLSocket:
        return super().wrap_socket(
            sock,
            server_side=server_side,
            do_handshake_on_connect=do_handshake_on_connect,
            suppress_ragged_eofs=suppress_ragged_eofs,
            server_hostname=self.expected_hostname or server_hostname,
            session=session,
        )

    def wrap_bio(
        self,
        incoming: ssl.MemoryBIO,
        outgoing: ssl.MemoryBIO,
        server_side: bool = False,
        server_hostname: str | bytes | None = None,
        session: ssl.SSLSession | None = None,
    ) -> ssl.SSLObject:
        return super().wrap_bio(
            incoming,
            outgoing,
            server_side=server_side,
            server_hostname=self.expected_hostname or server_hostname,
            session=session,
        )
