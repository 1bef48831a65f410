"""docker-py's ``docker.utils.build``: build contexts, `.dockerignore` matching, tag checks.

Same names and arguments as docker-py; the behaviour is the Docker CLI's
(see `dockerapi.utils._patterns` and `dockerapi.utils._context`):

* patterns follow moby's matcher exactly (`**`, `!` exceptions in order,
  a pattern also excluding everything below a matching directory);
* archives are produced while they are read: `tar()` returns a forward-only
  file object that never holds more than one piece (256 KiB) of the archive,
  where docker-py writes the whole archive to a temporary file first;
* archive entries carry owner 0:0 and whole-second mtimes like the CLI's;
  ``mtime=`` (keyword) fixes every entry's mtime for reproducible contexts.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Final

from ..constants import IS_WINDOWS_PLATFORM
from ._context import (
    ContextStream,
    LocalContext,
    archive,
    copy_into,
    dockerfile_archive,
    local_context,
    path_members,
)
from ._patterns import Pattern, PatternMatcher, patterns_from

__all__ = [
    "ContextStream",
    "Pattern",
    "PatternMatcher",
    "build_file_list",
    "create_archive",
    "exclude_paths",
    "match_tag",
    "mkbuildcontext",
    "normalize_slashes",
    "split_path",
    "tar",
    "walk",
]

# The reference grammar of distribution/reference (what the daemon checks a
# build's `t` against): [domain/]path-component(/path-component)*[:tag].
_ALPHANUMERIC: Final = r"[a-z0-9]+"
_SEPARATOR: Final = r"(?:[._]|__|[-]+)"
_PATH_COMPONENT: Final = rf"{_ALPHANUMERIC}(?:{_SEPARATOR}{_ALPHANUMERIC})*"
_DOMAIN_COMPONENT: Final = r"(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])"
_DOMAIN: Final = rf"(?:{_DOMAIN_COMPONENT}(?:\.{_DOMAIN_COMPONENT})*|\[[a-fA-F0-9:]+\])(?::[0-9]+)?"
_TAG: Final = r"[\w][\w.-]{0,127}"
_REFERENCE: Final = re.compile(
    rf"(?:{_DOMAIN}/)?{_PATH_COMPONENT}(?:/{_PATH_COMPONENT})*(?::{_TAG})?", re.ASCII
)
#: distribution/reference's NameTotalLengthMax.
_NAME_MAX: Final = 255

_SEP: Final = re.compile(r"/|\\" if IS_WINDOWS_PLATFORM else "/")


def match_tag(tag: str) -> bool:
    """Whether `tag` is a valid `name[:tag]` for an image (`build(tag=...)`).

    The Docker reference grammar: lowercase path components separated by `/`
    (components may contain `.`, `_`, `__` or runs of `-` between
    alphanumerics), an optional registry host (with port) in front, an
    optional `:tag` of up to 128 word characters, dots and dashes, and at
    most 255 characters for the name. No digest (`@sha256:...`).
    """
    if not isinstance(tag, str) or _REFERENCE.fullmatch(tag) is None:
        return False
    name = tag
    last_slash = tag.rfind("/")
    colon = tag.rfind(":")
    if colon > last_slash:
        name = tag[:colon]
    return len(name) <= _NAME_MAX


def split_path(p: str) -> list[str]:
    """The elements of a path, without empty and `.` elements."""
    return [part for part in _SEP.split(p) if part and part != "."]


def normalize_slashes(p: str) -> str:
    """`p` with forward slashes (on Windows: its elements joined with `/`)."""
    if IS_WINDOWS_PLATFORM:
        return "/".join(split_path(p))
    return p


def _dockerfile_name(
    dockerfile: str | tuple[str | None, str | None] | None,
) -> tuple[str | None, bytes | None]:
    """docker-py passes `(name, contents)` (contents for a Dockerfile from outside
    the context) or just a name."""
    if dockerfile is None:
        return None, None
    if isinstance(dockerfile, tuple):
        name, contents = dockerfile
        return name, contents.encode("utf-8") if contents is not None else None
    return dockerfile, None


def _context(
    path: str | os.PathLike[str],
    exclude: Sequence[str] | None,
    dockerfile: str | tuple[str | None, str | None] | None,
) -> LocalContext:
    name, contents = _dockerfile_name(dockerfile)
    return local_context(
        path,
        patterns_from(exclude),
        dockerfile=name if name is not None else "Dockerfile",
        dockerfile_content=contents,
    )


def tar(
    path: str | os.PathLike[str],
    exclude: Sequence[str] | None = None,
    dockerfile: str | tuple[str | None, str | None] | None = None,
    fileobj: IO[bytes] | None = None,
    gzip: bool = False,
    *,
    mtime: int | None = None,
) -> IO[bytes] | ContextStream:
    """A build context archive of the directory `path`.

    Args:
        path: the context directory.
        exclude: `.dockerignore`-style patterns (lines of the file: comments
            and blank lines are skipped, each pattern is cleaned).
        dockerfile: the Dockerfile's path in the context, kept even if excluded;
            or docker-py's `(name, contents)` for a Dockerfile from outside it,
            added under `name` and listed in the `.dockerignore` sent along.
        fileobj: write the archive into this file, rewind it and return it.
        gzip: compress the archive.
        mtime: give every entry this mtime (seconds since the epoch) instead of
            the file's, for archives that do not change when files are touched.

    Returns:
        `fileobj`, or else a forward-only `ContextStream` producing the archive
        as it is read (checked for unreadable files first).

    Raises:
        BuildContextError: `path` is not a directory, or a file cannot be read.
        BadPattern: an exclude pattern is malformed.
    """
    context = _context(path, exclude, dockerfile)
    context.check_readable()
    pieces = context.chunks(gzip=gzip, mtime=mtime)
    if fileobj is not None:
        return copy_into(pieces, fileobj)
    return ContextStream(pieces)


def exclude_paths(
    root: str | os.PathLike[str], patterns: Sequence[str], dockerfile: str | None = None
) -> set[str]:
    """The paths (files and directories, relative to `root`) a context with these
    exclude patterns holds; the Dockerfile (default `Dockerfile`) and
    `.dockerignore` are always kept. `patterns` is not modified."""
    return set(_context(root, patterns, dockerfile).paths())


def build_file_list(root: str | os.PathLike[str]) -> list[str]:
    """Every path below `root` (files and directories), relative, in archive order."""
    return list(local_context(root, []).paths())


def create_archive(
    root: str | os.PathLike[str],
    files: Iterable[str] | None = None,
    fileobj: IO[bytes] | None = None,
    gzip: bool = False,
    extra_files: Sequence[tuple[str, str]] | None = None,
    *,
    mtime: int | None = None,
) -> IO[bytes] | ContextStream:
    """An archive of `files` (relative to `root`; default: everything below it)
    plus `extra_files` (`(name, text)` pairs, which replace files of the same name).

    Returns `fileobj` (written and rewound) or a forward-only `ContextStream`.
    """
    root_path = os.path.realpath(os.fspath(root))
    names = build_file_list(root_path) if files is None else list(files)
    extras = [(name, text.encode("utf-8")) for name, text in extra_files or ()]
    pieces = archive(path_members(root_path, names, extras), gzip=gzip, mtime=mtime)
    if fileobj is not None:
        return copy_into(pieces, fileobj)
    return ContextStream(pieces)


def mkbuildcontext(dockerfile: IO[bytes] | IO[str], *, mtime: int | None = None) -> IO[bytes]:
    """A build context holding only `dockerfile` (a binary file object) as `Dockerfile`.

    Raises:
        TypeError: `dockerfile` is a text stream (use `io.BytesIO`, or open the
            file in binary mode).
    """
    content = dockerfile.read()
    if isinstance(content, str):
        raise TypeError("Please use io.BytesIO to create in-memory Dockerfiles with Python 3")
    return io.BytesIO(b"".join(dockerfile_archive(content, mtime=mtime)))


def walk(
    root: str | os.PathLike[str], patterns: Sequence[str], default: bool = True
) -> Iterator[str]:
    """The paths below `root` the exclude `patterns` leave in a context (lazily).

    `default` is accepted for docker-py compatibility and has no effect there
    either.
    """
    return local_context(root, patterns_from(patterns)).paths()
