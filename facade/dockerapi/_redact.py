"""The one redaction rule: credentials never reach a message, a repr, a log or a pickle.

Two kinds of credentials pass through the client:

- passwords in addresses (`tcp://user:secret@host`, `https://user:token@github.com/x`
  as a build context, ...): `redact_address` / `redact_url` keep the user name and
  replace the password;
- headers that carry credentials (`X-Registry-Auth`, `X-Registry-Config`,
  `Authorization`, and any header whose name says auth, token, secret, password,
  credential, cookie or key), from wherever they come: the client's `headers`, a
  method, `extra_headers` of `client.engine`. `is_secret_header` is the test;
  `redact_headers` gives a printable copy; the executor blanks them on each request
  once it is sent (`scrub_headers`), so the request an exception or a stream keeps
  holds no secret.

httpx logs every request's URL (INFO, logger `httpx`): `redact_log_record` is a filter
the transport puts on that logger once, so a password in a URL (a build's `remote`, an
import's `fromSrc`) is replaced there too.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, MutableMapping
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

__all__ = [
    "REDACTED",
    "is_secret_header",
    "redact_address",
    "redact_headers",
    "redact_log_record",
    "redact_url",
    "scrub_headers",
]

REDACTED = "<redacted>"

_SECRET_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "x-registry-auth", "x-registry-config"}
)
_SECRET_WORDS = ("auth", "token", "secret", "passw", "credential", "cookie", "key")
# Names seen on every call are looked up once.
_verdicts: dict[str, bool] = {}


def is_secret_header(name: str) -> bool:
    """Whether a header of this name may carry a credential."""
    verdict = _verdicts.get(name)
    if verdict is None:
        lowered = name.lower()
        verdict = lowered in _SECRET_HEADERS or any(word in lowered for word in _SECRET_WORDS)
        if len(_verdicts) < 1024:
            _verdicts[name] = verdict
    return verdict


def redact_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    """A copy fit for printing: secret headers' values replaced by `REDACTED`."""
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    return {name: REDACTED if is_secret_header(name) else value for name, value in pairs}


def scrub_headers(headers: MutableMapping[str, str]) -> None:
    """Replace, in place, the values of secret headers of a request already sent
    (an `httpx.Headers` is read through its raw names, the cheap way)."""
    raw = getattr(headers, "raw", None)
    names = [name.decode("latin-1") for name, _ in raw] if raw is not None else list(headers)
    for name in names:
        if is_secret_header(name):
            headers[name] = REDACTED


def redact_address(address: str) -> str:
    """`address` without the secret of its user info: the password of `user:password@`
    (`tcp://u:<redacted>@h:1`), or a lone token before `@` in a URL
    (`https://<redacted>@github.com`); ssh:// keeps a lone user name (a login, not a
    secret), and so does text without a scheme (`name@sha256:...` is an image).

    Works on addresses with or without a scheme; a password may itself hold `@`.
    """
    scheme, separator, rest = address.partition("://")
    if not separator:
        scheme, rest = "", address
    authority, slash, tail = rest.partition("/")
    userinfo, at, host = authority.rpartition("@")
    if not at or not userinfo:
        return address
    user, colon, _password = userinfo.partition(":")
    if colon:
        shown = f"{user}:{REDACTED}"
    elif not scheme or scheme.lower() == "ssh":
        return address
    else:
        shown = REDACTED
    return f"{scheme}{separator}{shown}@{host}{slash}{tail}"


def redact_url(url: str) -> str:
    """A request URL with passwords removed from its user info and its query values
    (e.g. `remote=https://user:token@host/repo.git` of a build)."""
    parts = urlsplit(url)
    netloc = redact_address(parts.netloc)
    query = parts.query
    if "%40" in query or "@" in query:
        pairs = parse_qsl(query, keep_blank_values=True)
        if any("://" in value for _, value in pairs):
            query = urlencode([(k, redact_address(v)) for k, v in pairs], quote_via=quote)
    if netloc == parts.netloc and query == parts.query:
        return url
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def redact_log_record(record: logging.LogRecord) -> bool:
    """A logging filter: URLs among the record's arguments (httpx's `httpx.URL`) shown
    without passwords; always keeps the record. Runs only for records a handler wants
    (a logger below its level drops records before its filters)."""
    args = record.args
    if isinstance(args, tuple) and args:
        record.args = tuple(_without_password(arg) for arg in args)
    return True


def _without_password(arg: object) -> object:
    if isinstance(arg, str) or type(arg).__name__ != "URL":
        return arg
    text = str(arg)
    shown = redact_url(text)
    return arg if shown == text else shown
