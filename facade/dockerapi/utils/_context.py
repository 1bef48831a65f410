"""Build contexts: which files a local directory sends, and the tar stream that carries them.

The selection is the Docker CLI's (legacy builder path): the `.dockerignore`
patterns (see `_patterns`) plus exceptions that keep the Dockerfile and
`.dockerignore` themselves in the context (the daemon reads them, then drops
them if the patterns say so); directories are walked in lexical order, an
excluded directory is entered only when an exception pattern names something
inside it literally (`!dir/keep`), and the context directory itself may be a
symbolic link.

The archive is the CLI's too: entries relative to the context root, owner and
group 0 without names, modes with their setuid/setgid/sticky bits, mtimes in
whole seconds (or one fixed value: reproducible contexts), symbolic links as
links, hard links within the context as hard links, FIFOs and devices as
such; sockets are left out. A Dockerfile from outside the context travels
under a random `.dockerfile.<hex>` name and is added to `.dockerignore`, as
the CLI does.

Nothing is read whole: the archive is produced while it is sent, in pieces
of at most `chunk_size` bytes (optionally gzip-compressed on the way), so
memory does not grow with the size of the context. Every file is first
checked to be readable, so an unreadable file raises `BuildContextError`
before anything is sent; a file that shrinks while it is being sent raises
the same error then (the upload is aborted, never padded with made-up data).
"""

from __future__ import annotations

import io
import os
import secrets
import stat
import tarfile
import time
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, Final

from ..errors import BuildContextError
from ._patterns import MatchInfo, PatternMatcher, clean_path, read_ignore_lines

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "DEFAULT_DOCKERFILE",
    "DOCKERIGNORE",
    "ContextStream",
    "LocalContext",
    "archive",
    "copy_into",
    "dockerfile_archive",
    "local_context",
    "path_members",
    "random_dockerfile_name",
    "read_ignore_file",
]

DOCKERIGNORE: Final = ".dockerignore"
DEFAULT_DOCKERFILE: Final = "Dockerfile"
#: Size of the pieces the archive is produced in (and the most it buffers).
DEFAULT_CHUNK_SIZE: Final = 1 << 18
_BLOCK: Final = tarfile.BLOCKSIZE
_END_OF_ARCHIVE: Final = b"\0" * (2 * _BLOCK)
#: Entries the CLI writes itself (the embedded Dockerfile, a new .dockerignore).
_ADDED_FILE_MODE: Final = 0o600


@dataclass(frozen=True, slots=True)
class _Entry:
    """One path the context includes: where it is and what the walk saw."""

    relative: str
    absolute: str
    is_dir: bool


@dataclass(slots=True)
class LocalContext:
    """A local directory prepared as a build context (see `local_context`).

    `matcher` holds the exclusion patterns (with the CLI's exceptions for the
    Dockerfile and `.dockerignore`); `replaced` maps archive names to contents
    that replace (or, when absent, are appended as) those entries; `added`
    are appended at the end.
    """

    root: str
    matcher: PatternMatcher
    replaced: dict[str, bytes] = field(default_factory=dict)
    added: list[tuple[str, bytes]] = field(default_factory=list)

    def entries(self) -> Iterator[_Entry]:
        """The included paths, in archive order (moby's walk)."""
        root = self.root
        matcher = self.matcher
        stack: list[tuple[Iterator[os.DirEntry[str]], str, MatchInfo | None]] = [
            (_sorted_entries(root, root), "", None)
        ]
        while stack:
            listing, directory, directory_info = stack[-1]
            entry = next(listing, None)
            if entry is None:
                stack.pop()
                continue
            relative = f"{directory}/{entry.name}" if directory else entry.name
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError as error:
                raise _unreadable(entry.path, error) from error
            excluded, info = matcher.matches_using_parent_results(relative, directory_info)
            if excluded:
                # An excluded directory is still entered when an exception names
                # something inside it; the directory entry itself is left out.
                if not (is_dir and matcher.exclusions and matcher.may_include_below(relative)):
                    continue
            else:
                yield _Entry(relative, entry.path, is_dir)
            if is_dir:
                stack.append((_sorted_entries(root, entry.path), relative, info))

    def check_readable(self) -> None:
        """Raise `BuildContextError` for the first entry that cannot be sent.

        Regular files are opened (and closed) as the CLI does before sending;
        directories are listed by the walk. Symbolic links are not followed
        and FIFOs not opened (that would block).
        """
        for entry in self.entries():
            if entry.is_dir:
                continue
            try:
                mode = os.lstat(entry.absolute).st_mode
                if stat.S_ISREG(mode):
                    os.close(os.open(entry.absolute, os.O_RDONLY | _O_CLOEXEC))
            except OSError as error:
                raise _unreadable(entry.absolute, error) from error

    def paths(self) -> Iterator[str]:
        """The relative paths the archive will hold (directories included)."""
        for entry in self.entries():
            yield entry.relative

    def chunks(
        self,
        *,
        gzip: bool = False,
        mtime: int | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
    ) -> Iterator[bytes]:
        """The tar archive of the context, produced piece by piece."""
        return archive(self._members(), gzip=gzip, mtime=mtime, chunk_size=chunk_size)

    def _members(self) -> Iterator[_Member]:
        pending = dict(self.replaced)
        links = _HardLinks()
        for entry in self.entries():
            info = _lstat(entry.absolute)
            content = pending.pop(entry.relative, None)
            if content is not None and stat.S_ISREG(info.st_mode):
                yield _Member.from_bytes(entry.relative, content, info.st_mode & 0o7777)
                continue
            member = _Member.from_stat(entry.relative, entry.absolute, info)
            if member is not None:  # None: a socket, which the CLI leaves out too
                yield links.checked(member, info)
        for name, content in (*pending.items(), *self.added):
            yield _Member.from_bytes(name, content, _ADDED_FILE_MODE)


def path_members(
    root: str, paths: Iterable[str], extra_files: Sequence[tuple[str, bytes]] = ()
) -> Iterator[_Member]:
    """Members for the given relative paths (no walking into directories), then
    `extra_files`, which replace context files of the same name (docker-py's
    `create_archive`)."""
    extra_names = {name for name, _ in extra_files}
    links = _HardLinks()
    for relative in paths:
        if relative in extra_names:
            continue
        absolute = os.path.join(root, relative)
        info = _lstat(absolute)
        member = _Member.from_stat(relative, absolute, info)
        if member is not None:
            yield links.checked(member, info)
    for name, content in extra_files:
        yield _Member.from_bytes(name, content, 0o644)


class _HardLinks:
    """Turns the second and later names of a hard-linked file into links to the first."""

    def __init__(self) -> None:
        self._first: dict[tuple[int, int], str] = {}

    def checked(self, member: _Member, info: os.stat_result) -> _Member:
        if info.st_nlink < 2 or member.kind != tarfile.REGTYPE:
            return member
        key = (info.st_dev, info.st_ino)
        first = self._first.setdefault(key, member.name)
        return member if first == member.name else member.as_hardlink_to(first)


def _lstat(path: str) -> os.stat_result:
    try:
        return os.lstat(path)
    except OSError as error:
        raise _unreadable(path, error) from error


def archive(
    members: Iterable[_Member],
    *,
    gzip: bool = False,
    mtime: int | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Iterator[bytes]:
    """The tar archive of `members`, produced piece by piece (optionally gzipped)."""
    pieces = _TarWriter(chunk_size, mtime).archive(iter(members))
    return _gzipped(pieces) if gzip else pieces


_O_CLOEXEC: Final = getattr(os, "O_CLOEXEC", 0)


def _unreadable(path: str, error: OSError) -> BuildContextError:
    reason = error.strerror or str(error)
    return BuildContextError(f"cannot read {path!r} in the build context: {reason}", path)


def _sorted_entries(root: str, directory: str) -> Iterator[os.DirEntry[str]]:
    """A directory's entries sorted as Go sorts names (by their bytes)."""
    try:
        with os.scandir(directory) as listing:
            entries = sorted(listing, key=lambda e: os.fsencode(e.name))
    except OSError as error:
        if directory == root:
            raise BuildContextError(
                f"cannot read the build context {root!r}: {error.strerror or error}", root
            ) from error
        raise _unreadable(directory, error) from error
    return iter(entries)


@dataclass(slots=True)
class _Member:
    """One archive member: its header fields and where its data comes from."""

    name: str
    kind: bytes
    mode: int
    size: int = 0
    mtime: int | None = None  # None: the writer's fixed mtime or "now"
    linkname: str = ""
    devmajor: int = 0
    devminor: int = 0
    source: str | None = None  # a file to read `size` bytes from
    data: bytes | None = None  # or the bytes themselves

    @classmethod
    def from_stat(cls, name: str, path: str, info: os.stat_result) -> _Member | None:
        mode = info.st_mode
        # whole seconds, rounded down as Go's Truncate does (also before 1970)
        member = cls(name, tarfile.REGTYPE, mode & 0o7777, mtime=info.st_mtime_ns // 10**9)
        if stat.S_ISREG(mode):
            member.size = info.st_size
            member.source = path
        elif stat.S_ISDIR(mode):
            member.kind = tarfile.DIRTYPE
        elif stat.S_ISLNK(mode):
            member.kind = tarfile.SYMTYPE
            try:
                member.linkname = os.readlink(path)
            except OSError as error:
                raise _unreadable(path, error) from error
        elif stat.S_ISFIFO(mode):
            member.kind = tarfile.FIFOTYPE
        elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
            member.kind = tarfile.CHRTYPE if stat.S_ISCHR(mode) else tarfile.BLKTYPE
            member.devmajor = os.major(info.st_rdev)
            member.devminor = os.minor(info.st_rdev)
        else:
            return None
        return member

    @classmethod
    def from_bytes(cls, name: str, content: bytes, mode: int) -> _Member:
        return cls(name, tarfile.REGTYPE, mode, size=len(content), data=content)

    def as_hardlink_to(self, first: str) -> _Member:
        return _Member(self.name, tarfile.LNKTYPE, self.mode, mtime=self.mtime, linkname=first)

    def header(self, fixed_mtime: int | None, now: int) -> bytes:
        info = tarfile.TarInfo(self.name)
        info.type = self.kind
        info.mode = self.mode
        info.size = self.size
        if fixed_mtime is not None:
            info.mtime = fixed_mtime
        else:
            info.mtime = self.mtime if self.mtime is not None else now
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        info.linkname = self.linkname
        info.devmajor = self.devmajor
        info.devminor = self.devminor
        return info.tobuf(tarfile.PAX_FORMAT, "utf-8", "surrogateescape")


class _TarWriter:
    """Writes members into pieces of `chunk_size` bytes (the last one shorter).

    Small members are gathered into one piece; file data is read straight into
    the piece being filled, so at most one piece is held at a time.
    """

    def __init__(self, chunk_size: int, fixed_mtime: int | None) -> None:
        if chunk_size < _BLOCK:
            raise ValueError(f"chunk_size must be at least {_BLOCK} bytes")
        self._buffer = bytearray(chunk_size)
        self._view = memoryview(self._buffer)
        self._filled = 0
        self._fixed_mtime = fixed_mtime
        self._now = int(time.time())

    def archive(self, members: Iterator[_Member]) -> Iterator[bytes]:
        for member in members:
            yield from self._put(member.header(self._fixed_mtime, self._now))
            if member.kind != tarfile.REGTYPE or not member.size:
                continue
            if member.data is not None:
                yield from self._put(member.data)
            else:
                assert member.source is not None
                yield from self._copy(member.source, member.size)
            padding = -member.size % _BLOCK
            if padding:
                yield from self._put(bytes(padding))
        yield from self._put(_END_OF_ARCHIVE)
        if self._filled:
            yield bytes(self._view[: self._filled])
            self._filled = 0

    def _put(self, data: bytes) -> Iterator[bytes]:
        view = memoryview(data)
        while view:
            room = len(self._buffer) - self._filled
            taken = view[:room]
            self._view[self._filled : self._filled + len(taken)] = taken
            self._filled += len(taken)
            view = view[len(taken) :]
            if self._filled == len(self._buffer):
                yield self._take()

    def _take(self) -> bytes:
        piece = bytes(self._view[: self._filled])
        self._filled = 0
        return piece

    def _copy(self, path: str, size: int) -> Iterator[bytes]:
        """`size` bytes of the file at `path`, exactly what its header announced."""
        try:
            file = open(path, "rb", buffering=0)  # noqa: SIM115 (closed below, also when the consumer stops)
        except OSError as error:
            raise _unreadable(path, error) from error
        with file:
            remaining = size
            while remaining:
                room = len(self._buffer) - self._filled
                want = min(room, remaining)
                try:
                    got = file.readinto(self._view[self._filled : self._filled + want])
                except OSError as error:
                    raise _unreadable(path, error) from error
                if not got:
                    raise BuildContextError(
                        f"{path!r} shrank while the build context was being sent "
                        f"({size - remaining} of {size} bytes read)",
                        path,
                    )
                self._filled += got
                remaining -= got
                if self._filled == len(self._buffer):
                    yield self._take()


def _gzipped(pieces: Iterator[bytes]) -> Iterator[bytes]:
    """The pieces gzip-compressed on the way (level 6, as the Docker CLI's gzip)."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, 31)  # 31: gzip header and trailer
    for piece in pieces:
        compressed = compressor.compress(piece)
        if compressed:
            yield compressed
    yield compressor.flush()


# -- preparing a context -------------------------------------------------------------------


def local_context(
    path: str | os.PathLike[str],
    patterns: Sequence[str],
    *,
    dockerfile: str | None = None,
    dockerfile_content: bytes | None = None,
    ignore_file_content: bytes | None = None,
) -> LocalContext:
    """A directory as the CLI would send it.

    Args:
        path: the context directory (a symbolic link to one is followed).
        patterns: exclusion patterns, already normalised (`read_ignore_lines`).
        dockerfile: the Dockerfile's path inside the context (kept in the
            context even if a pattern excludes it); with `dockerfile_content`,
            the name it is added under instead.
        dockerfile_content: a Dockerfile from outside the context, added under
            `dockerfile` and listed in the `.dockerignore` sent along.
        ignore_file_content: the context's `.dockerignore` as read (the base of
            the one sent with an outside Dockerfile).

    Raises:
        BuildContextError: `path` is not a directory.
        BadPattern: a pattern is malformed.
    """
    root = os.path.realpath(os.fspath(path))
    if not os.path.isdir(root):
        raise BuildContextError(f"the build context {os.fspath(path)!r} is not a directory", root)
    excludes = list(patterns)
    # The CLI's TrimBuildFilesFromExcludes: exceptions that keep both files in the
    # context. (The CLI tests with moby's older single-parent rule, which misses a
    # Dockerfile whose excluded directory is not its top one; not repeated here.)
    if PatternMatcher(excludes).matches(DOCKERIGNORE):
        excludes.append("!" + DOCKERIGNORE)
    if dockerfile is not None and dockerfile_content is None:
        name = clean_path(dockerfile)
        if PatternMatcher(excludes).matches(name):
            excludes.append("!" + name)
    context = LocalContext(root, PatternMatcher(excludes))
    if dockerfile_content is not None and dockerfile is not None:
        base = ignore_file_content if ignore_file_content is not None else DOCKERIGNORE.encode()
        context.replaced[DOCKERIGNORE] = base + b"\n" + dockerfile.encode() + b"\n"
        context.added.append((dockerfile, dockerfile_content))
    return context


def random_dockerfile_name() -> str:
    """The name a Dockerfile from outside the context travels under (the CLI's form)."""
    return f".dockerfile.{secrets.token_hex(10)}"


def read_ignore_file(root: str) -> tuple[list[str], bytes | None]:
    """The patterns of `root/.dockerignore` and its raw content (None when absent).

    Raises:
        BuildContextError: the file exists but cannot be read.
    """
    path = os.path.join(root, DOCKERIGNORE)
    try:
        with open(path, "rb") as file:
            content = file.read()
    except FileNotFoundError:
        return [], None
    except OSError as error:
        raise _unreadable(path, error) from error
    return read_ignore_lines(content), content


def dockerfile_archive(dockerfile: bytes, *, mtime: int | None = None) -> Iterator[bytes]:
    """A context holding only `Dockerfile` (docker-py's `mkbuildcontext`)."""
    return archive([_Member.from_bytes(DEFAULT_DOCKERFILE, dockerfile, 0o644)], mtime=mtime)


class ContextStream(io.RawIOBase):
    """A read-only, forward-only file over archive pieces (what `utils.tar` returns).

    `read(n)` returns up to `n` bytes of the archive; nothing beyond the
    current piece is held. Iterating gives the pieces themselves. `close()`
    stops the producer (closing any file it has open).
    """

    def __init__(self, pieces: Iterator[bytes]) -> None:
        super().__init__()
        self._pieces = pieces
        self._pending = memoryview(b"")
        self._position = 0

    def readable(self) -> bool:
        """True: the archive can be read."""
        return True

    def seekable(self) -> bool:
        """False: the archive is produced as it is read."""
        return False

    def tell(self) -> int:
        """How many bytes of the archive were read so far."""
        return self._position

    def _next_piece(self) -> bool:
        while not self._pending:
            piece = next(self._pieces, None)
            if piece is None:
                return False
            self._pending = memoryview(piece)
        return True

    def read(self, size: int | None = -1) -> bytes:
        """Up to `size` bytes of the archive (all the rest for -1 or None); b"" at its end."""
        if size is None or size < 0:
            return b"".join(self)
        if not size or not self._next_piece():
            return b""
        data = bytes(self._pending[:size])
        self._pending = self._pending[len(data) :]
        self._position += len(data)
        return data

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        """Read up to `len(buffer)` bytes of the archive into `buffer`; returns how many."""
        target = memoryview(buffer).cast("B")
        if not target or not self._next_piece():
            return 0
        count = min(len(target), len(self._pending))
        target[:count] = self._pending[:count]
        self._pending = self._pending[count:]
        self._position += count
        return count

    def __iter__(self) -> Iterator[bytes]:
        if self._pending:
            rest, self._pending = bytes(self._pending), memoryview(b"")
            self._position += len(rest)
            yield rest
        for piece in self._pieces:
            self._position += len(piece)
            yield piece

    def close(self) -> None:
        """Stop producing the archive and release its open files."""
        if not self.closed:
            close = getattr(self._pieces, "close", None)
            if close is not None:
                close()
        super().close()


def copy_into(pieces: Iterator[bytes], fileobj: IO[bytes]) -> IO[bytes]:
    """Write every piece into `fileobj`, rewind it and return it (docker-py's
    `tar(fileobj=...)` contract)."""
    for piece in pieces:
        fileobj.write(piece)
    fileobj.seek(0)
    return fileobj
