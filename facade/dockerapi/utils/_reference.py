"""Checking image references (`[registry[:port]/]name[:tag][@digest]`) before sending.

The grammar is the Docker's (distribution's `reference` package): path
components of lowercase letters and digits joined by `.`, `_`, `__` or dashes;
a first component with a dot or a colon, or `localhost`, is the registry;
tags are up to 128 of `[A-Za-z0-9_.-]` not starting with `.` or `-`; digests
are `algorithm:hex`. A name that breaks it raises `InvalidRepository` saying
which rule, instead of a 400 from the daemon (or, for a push, a mid-stream
error).
"""

from __future__ import annotations

import re
from typing import Final

from ..errors import InvalidRepository

__all__ = ["check_reference", "check_repository", "check_tag", "qualified"]

_PATH_COMPONENT: Final = r"[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*"
_DOMAIN_COMPONENT: Final = r"(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])"
_DOMAIN: Final = rf"(?:{_DOMAIN_COMPONENT}(?:\.{_DOMAIN_COMPONENT})*|\[[0-9A-Fa-f:]+\])(?::[0-9]+)?"
_PATH: Final = re.compile(rf"{_PATH_COMPONENT}(?:/{_PATH_COMPONENT})*")
_DOMAIN_RE: Final = re.compile(_DOMAIN)
_TAG: Final = re.compile(r"[\w][\w.-]{0,127}", re.ASCII)
_DIGEST: Final = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}")
_MAX_NAME: Final = 255

_SHAPE: Final = "expected [registry[:port]/]name[:tag][@digest]"


def _split_domain(name: str) -> tuple[str | None, str]:
    # Docker's rule: the first component is a registry when it has a dot or a
    # colon, is localhost, or has capitals (which a path component cannot have).
    first, slash, rest = name.partition("/")
    if not slash or (
        "." not in first and ":" not in first and first != "localhost" and first == first.lower()
    ):
        return None, name
    return first, rest


def qualified(reference: str) -> str:
    """`reference` with Docker Hub's implied parts written out, as Docker's grammar
    reads it (`app:1` -> `docker.io/library/app:1`); Podman lists names this way."""
    domain, path = _split_domain(reference)
    if domain is None:
        domain = "docker.io"
        if "/" not in path:
            path = f"library/{path}"
    return f"{domain}/{path}"


def check_repository(repository: str, *, what: str = "repository") -> None:
    """Raise `InvalidRepository` unless `repository` is a valid name (no tag or digest)."""
    if not isinstance(repository, str) or not repository:
        raise InvalidRepository(f"{what} must be a non-empty string, not {repository!r}")
    if len(repository) > _MAX_NAME:
        raise InvalidRepository(f"{what} {repository!r} is longer than {_MAX_NAME} characters")
    domain, path = _split_domain(repository)
    if domain is not None and not _DOMAIN_RE.fullmatch(domain):
        raise InvalidRepository(f"{what} {repository!r}: {domain!r} is not a registry address")
    if _PATH.fullmatch(path):
        return
    if _PATH.fullmatch(path.lower()):
        problem = "repository names must be lowercase"
    elif ":" in path:
        problem = "more than one ':' (a name has at most one tag)"
    else:
        problem = "names are lowercase letters and digits joined by '.', '_', '__' or '-'"
    raise InvalidRepository(f"{what} {repository!r} is not a valid name: {problem}; {_SHAPE}")


def check_tag(tag: str, *, what: str = "tag") -> None:
    """Raise `InvalidRepository` unless `tag` is a valid tag or digest."""
    if not isinstance(tag, str) or not (_TAG.fullmatch(tag) or _DIGEST.fullmatch(tag)):
        raise InvalidRepository(
            f"{what} {tag!r} is not valid: a tag is 1 to 128 letters, digits, '_', '.' or "
            "'-' not starting with '.' or '-' (or a digest such as sha256:<hex>)"
        )


def check_reference(reference: str, *, what: str = "image") -> None:
    """Raise `InvalidRepository` unless `reference` is `name[:tag][@digest]`."""
    if not isinstance(reference, str) or not reference:
        raise InvalidRepository(f"{what} must be a non-empty string, not {reference!r}")
    name, at, digest = reference.partition("@")
    if at and not _DIGEST.fullmatch(digest):
        raise InvalidRepository(f"{what} {reference!r}: {digest!r} is not a digest (sha256:<hex>)")
    domain, path = _split_domain(name)
    repository, colon, tag = path.rpartition(":")
    if colon and "/" not in tag:
        check_tag(tag, what=f"the tag of {what} {reference!r}:")
        name = f"{domain}/{repository}" if domain is not None else repository
    check_repository(name, what=f"{what} {reference!r}, whose name")
