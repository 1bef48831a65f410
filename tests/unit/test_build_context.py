"""Build contexts: the archive a directory becomes, produced piece by piece, and
docker-py's `utils.build` helpers (`tar`, `exclude_paths`, `create_archive`,
`mkbuildcontext`, `match_tag`) on top of it."""

from __future__ import annotations

import gzip as gzip_module
import inspect
import io
import os
import socket
import stat
import subprocess
import sys
import tarfile
import tempfile
import textwrap
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from dockerapi import utils
from dockerapi.errors import BuildContextError
from dockerapi.utils import build as build_utils
from dockerapi.utils._context import (
    ContextStream,
    local_context,
    random_dockerfile_name,
    read_ignore_file,
)
from dockerapi.utils._patterns import BadPattern


def _members(data: bytes) -> dict[str, tarfile.TarInfo]:
    with tarfile.open(fileobj=io.BytesIO(data)) as archive:
        return {member.name: member for member in archive.getmembers()}


def _archive(root: Path, patterns: list[str] | None = None, **options: object) -> bytes:
    context = local_context(root, patterns or [], dockerfile="Dockerfile")
    return b"".join(context.chunks(**options))  # type: ignore[arg-type]


@pytest.fixture
def context_dir(tmp_path: Path) -> Path:
    (tmp_path / "Dockerfile").write_text("FROM busybox\n")
    (tmp_path / "run.sh").write_text("#!/bin/sh\n")
    os.chmod(tmp_path / "run.sh", 0o4755)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub/data.txt").write_text("data")
    os.link(tmp_path / "sub/data.txt", tmp_path / "sub/same.txt")
    os.symlink("sub/data.txt", tmp_path / "link")
    os.mkfifo(tmp_path / "pipe")
    return tmp_path


#: What `context_dir` holds, in archive order.
ENTRIES = ["Dockerfile", "link", "pipe", "run.sh", "sub", "sub/data.txt", "sub/same.txt"]


def test_archive_entries_are_the_clis(context_dir: Path) -> None:
    members = _members(_archive(context_dir))
    assert list(members) == ENTRIES
    assert all(m.uid == 0 and m.gid == 0 and m.uname == m.gname == "" for m in members.values())
    assert members["run.sh"].mode == 0o4755  # setuid kept
    assert members["link"].issym() and members["link"].linkname == "sub/data.txt"
    assert members["pipe"].isfifo()
    assert members["sub"].isdir()
    assert members["sub/same.txt"].islnk() and members["sub/same.txt"].linkname == "sub/data.txt"
    expected_mtime = os.lstat(context_dir / "run.sh").st_mtime_ns // 10**9
    assert members["run.sh"].mtime == expected_mtime


def test_directories_are_written_with_a_trailing_slash(context_dir: Path) -> None:
    data = _archive(context_dir)
    names = [block[:100].rstrip(b"\0") for block in _headers(data)]
    assert b"sub/" in names


def _headers(data: bytes) -> Iterator[bytes]:
    with tarfile.open(fileobj=io.BytesIO(data)) as archive:
        for member in archive.getmembers():
            yield data[member.offset : member.offset + tarfile.BLOCKSIZE]


def test_sockets_are_left_out(tmp_path: Path) -> None:
    (tmp_path / "Dockerfile").write_text("FROM busybox\n")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "control.sock"))
    try:
        assert list(_members(_archive(tmp_path))) == ["Dockerfile"]
    finally:
        server.close()


def test_devices_are_archived_as_devices(tmp_path: Path) -> None:
    try:
        os.mknod(tmp_path / "null", 0o620 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("making a device node needs CAP_MKNOD")
    os.chmod(tmp_path / "null", 0o620)  # whatever the umask did
    member = _members(_archive(tmp_path))["null"]
    assert member.ischr() and (member.devmajor, member.devminor) == (1, 3)
    assert member.mode == 0o620


def test_fixed_mtime_makes_the_archive_reproducible(context_dir: Path) -> None:
    first = _archive(context_dir, mtime=1_000_000_000)
    os.utime(context_dir / "sub/data.txt", (5, 5))
    assert _archive(context_dir, mtime=1_000_000_000) == first
    assert {m.mtime for m in _members(first).values()} == {1_000_000_000}
    assert _archive(context_dir) != first


def test_long_and_non_utf8_names_survive(tmp_path: Path) -> None:
    long_dir = tmp_path / ("d" * 120)
    long_dir.mkdir()
    (long_dir / ("f" * 120)).write_text("x")
    raw_name = os.fsdecode(b"caf\xe9")  # not UTF-8
    (tmp_path / raw_name).write_text("y")
    with tarfile.open(
        fileobj=io.BytesIO(_archive(tmp_path)), encoding="utf-8", errors="surrogateescape"
    ) as archive:
        names = archive.getnames()
    assert f"{'d' * 120}/{'f' * 120}" in names
    assert raw_name in names


def test_gzip_compresses_the_same_archive(context_dir: Path) -> None:
    plain = _archive(context_dir, mtime=0)
    assert gzip_module.decompress(_archive(context_dir, gzip=True, mtime=0)) == plain


def test_pieces_never_exceed_the_chunk_size(tmp_path: Path) -> None:
    for index in range(50):
        (tmp_path / f"small{index}").write_bytes(b"s" * 3000)
    (tmp_path / "big").write_bytes(b"b" * 300_000)
    pieces = list(local_context(tmp_path, []).chunks(chunk_size=64 * 1024))
    assert all(len(piece) == 64 * 1024 for piece in pieces[:-1])
    assert 0 < len(pieces[-1]) <= 64 * 1024
    assert len(_members(b"".join(pieces))) == 51


def test_memory_stays_bounded_for_a_large_context(tmp_path: Path) -> None:
    # 256 MB of (sparse, so cheap to make) files: what the producer allocates at
    # any time stays around one piece, independent of the context's size.
    for index in range(4):
        with open(tmp_path / f"blob{index}", "wb") as blob:
            blob.truncate(64 << 20)
    context = local_context(tmp_path, [])
    tracemalloc.start()
    try:
        total = 0
        for piece in context.chunks():
            total += len(piece)
            del piece
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert total > 256 << 20
    assert peak < 4 << 20, f"peak {peak} bytes while producing {total} bytes"


def test_a_file_that_shrinks_while_sent_aborts_the_stream(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_bytes(b"v" * 100_000)
    pieces = local_context(tmp_path, []).chunks(chunk_size=4096)
    next(pieces)  # the header and the first bytes are out
    victim.write_bytes(b"v" * 10)
    with pytest.raises(BuildContextError, match="shrank while the build context was being sent"):
        list(pieces)


def test_outside_dockerfile_is_added_and_ignored(tmp_path: Path) -> None:
    (tmp_path / ".dockerignore").write_text("*.log\n")
    (tmp_path / "app.log").write_text("x")
    (tmp_path / "app.py").write_text("x")
    patterns, raw = read_ignore_file(str(tmp_path))
    name = random_dockerfile_name()
    context = local_context(
        tmp_path,
        patterns,
        dockerfile=name,
        dockerfile_content=b"FROM busybox\n",
        ignore_file_content=raw,
    )
    data = b"".join(context.chunks())
    with tarfile.open(fileobj=io.BytesIO(data)) as archive:
        assert archive.getnames() == [".dockerignore", "app.py", name]
        ignore = archive.extractfile(".dockerignore")
        dockerfile = archive.extractfile(name)
        assert ignore is not None and dockerfile is not None
        assert ignore.read() == f"*.log\n\n{name}\n".encode()
        assert dockerfile.read() == b"FROM busybox\n"
        assert archive.getmember(name).mode == 0o600
    assert name.startswith(".dockerfile.") and len(name) == len(".dockerfile.") + 20


def test_outside_dockerfile_without_an_ignore_file(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text("x")
    context = local_context(
        tmp_path, [], dockerfile=".dockerfile.x", dockerfile_content=b"FROM busybox\n"
    )
    with tarfile.open(fileobj=io.BytesIO(b"".join(context.chunks()))) as archive:
        assert archive.getnames() == ["app.py", ".dockerignore", ".dockerfile.x"]
        ignore = archive.extractfile(".dockerignore")
        assert ignore is not None and ignore.read() == b".dockerignore\n.dockerfile.x\n"


def test_a_context_that_is_not_a_directory_is_refused(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    for path in (tmp_path / "file", tmp_path / "missing"):
        with pytest.raises(BuildContextError, match="is not a directory"):
            local_context(path, [])


def test_a_symlinked_context_directory_is_followed(context_dir: Path, tmp_path: Path) -> None:
    link = tmp_path.parent / f"{tmp_path.name}-link"
    link.symlink_to(context_dir)
    try:
        assert list(local_context(link, []).paths()) == list(local_context(context_dir, []).paths())
    finally:
        link.unlink()


# -- unreadable entries: refused before anything is produced -------------------------------

_UNREADABLE_CHILD = textwrap.dedent(
    """
    import os, sys
    from dockerapi.errors import BuildContextError
    from dockerapi.utils import tar
    if os.getuid() == 0:  # root reads everything: check as nobody (after the imports)
        os.setgid(65534)
        os.setuid(65534)
    try:
        tar(sys.argv[1])
    except BuildContextError as error:
        print("refused:", error.path, "|", error)
    else:
        print("accepted")
    """
)


@pytest.mark.parametrize("what", ["file", "directory"])
def test_unreadable_entries_are_refused_before_sending(what: str) -> None:
    root = Path(tempfile.mkdtemp(prefix="dockerapi-unreadable-"))
    try:
        os.chmod(root, 0o755)
        (root / "Dockerfile").write_text("FROM busybox\n")
        os.chmod(root / "Dockerfile", 0o644)
        secret = root / "secret"
        if what == "file":
            secret.write_text("x")
        else:
            secret.mkdir()
        os.chmod(secret, 0)
        result = subprocess.run(
            [sys.executable, "-c", _UNREADABLE_CHILD, str(root)],
            capture_output=True,
            text=True,
            check=True,
        )
        assert result.stdout.startswith(f"refused: {secret} | cannot read '{secret}'")
        assert "Permission denied" in result.stdout
    finally:
        os.chmod(secret, 0o700)
        for path in sorted(root.rglob("*"), reverse=True):
            path.rmdir() if path.is_dir() else path.unlink()
        root.rmdir()


def test_an_unreadable_ignore_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / ".dockerignore").mkdir()  # reading it fails (EISDIR), even as root
    with pytest.raises(BuildContextError, match=r"\.dockerignore"):
        read_ignore_file(str(tmp_path))


# -- docker-py's names -----------------------------------------------------------------------


def test_utils_build_has_docker_pys_names_and_signatures() -> None:
    docker_build = pytest.importorskip("docker.utils.build")
    for name in (
        "tar",
        "exclude_paths",
        "build_file_list",
        "create_archive",
        "mkbuildcontext",
        "split_path",
        "normalize_slashes",
        "walk",
        "match_tag",
    ):
        ours = inspect.signature(getattr(build_utils, name))
        theirs = inspect.signature(getattr(docker_build, name))
        positional = [p for p in ours.parameters.values() if p.kind != p.KEYWORD_ONLY]
        assert [(p.name, p.default) for p in positional] == [
            (p.name, p.default) for p in theirs.parameters.values()
        ], name
    for name in ("tar", "exclude_paths", "create_archive", "mkbuildcontext", "match_tag"):
        assert getattr(utils, name) is getattr(build_utils, name)
    assert build_utils.PatternMatcher and build_utils.Pattern


def test_tar_streams_and_honours_exclude_and_dockerfile(context_dir: Path) -> None:
    stream = utils.tar(str(context_dir), exclude=["sub", "Dockerfile", "# comment"])
    assert isinstance(stream, ContextStream) and not stream.seekable()
    first = stream.read(100)
    data = first + stream.read()
    stream.close()
    assert stream.tell() == len(data)
    assert list(_members(data)) == ["Dockerfile", "link", "pipe", "run.sh"]


def test_tar_writes_into_a_given_file(context_dir: Path) -> None:
    target = io.BytesIO()
    returned = utils.tar(str(context_dir), fileobj=target, gzip=True, mtime=7)
    assert returned is target and target.tell() == 0
    with tarfile.open(fileobj=target, mode="r:gz") as archive:
        assert {m.mtime for m in archive.getmembers()} == {7}


def test_tar_with_docker_pys_outside_dockerfile_tuple(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text("x")
    data = utils.tar(str(tmp_path), dockerfile=(".dockerfile.abc", "FROM busybox\n")).read()
    assert list(_members(data)) == ["app.py", ".dockerignore", ".dockerfile.abc"]


def test_exclude_paths_keeps_the_dockerfile_and_leaves_the_list_alone(context_dir: Path) -> None:
    patterns = ["*", "!sub/data.txt"]
    assert utils.exclude_paths(str(context_dir), patterns) == {"Dockerfile", "sub/data.txt"}
    assert patterns == ["*", "!sub/data.txt"]  # docker-py appends to the caller's list
    assert utils.exclude_paths(str(context_dir), ["*"], dockerfile="run.sh") == {"run.sh"}


def test_exclude_paths_refuses_malformed_patterns(context_dir: Path) -> None:
    with pytest.raises(BadPattern):
        utils.exclude_paths(str(context_dir), ["[z-a]"])


def test_build_file_list_and_walk(context_dir: Path) -> None:
    assert build_utils.build_file_list(str(context_dir)) == ENTRIES
    walked = list(build_utils.walk(str(context_dir), ["sub/*", "!sub/same.txt"]))
    assert walked == [entry for entry in ENTRIES if entry != "sub/data.txt"]


def test_create_archive_of_listed_files_with_extra_files(context_dir: Path) -> None:
    archive = build_utils.create_archive(
        str(context_dir), files=["run.sh", "sub"], extra_files=[("run.sh", "echo new\n")]
    )
    data = archive.read()
    members = _members(data)
    assert list(members) == ["sub", "run.sh"]
    assert members["run.sh"].size == len("echo new\n")


def test_mkbuildcontext_wraps_a_dockerfile() -> None:
    context = utils.mkbuildcontext(io.BytesIO(b"FROM busybox\n"))
    with tarfile.open(fileobj=context) as archive:
        assert archive.getnames() == ["Dockerfile"]
        info = archive.getmember("Dockerfile")
        assert (info.mode, info.uid, info.gid) == (0o644, 0, 0)
        member = archive.extractfile("Dockerfile")
        assert member is not None and member.read() == b"FROM busybox\n"
    with pytest.raises(TypeError, match=r"io\.BytesIO"):
        utils.mkbuildcontext(io.StringIO("FROM busybox\n"))


@pytest.mark.parametrize(
    ("tag", "valid"),
    [
        ("busybox", True),
        ("busybox:latest", True),
        ("library/busybox:1.36.1-musl", True),
        ("localhost:5000/team/app:v1", True),
        ("Registry.Example.COM:443/app", True),  # the host may have capitals
        ("[::1]:5000/app:1", True),
        ("a__b/c--d/e.f_g", True),
        ("a" * 255, True),
        ("a" * 256, False),
        ("app:" + "t" * 128, True),
        ("app:" + "t" * 129, False),
        ("App", False),
        ("app:1:2", False),
        ("app@sha256:" + "0" * 64, False),
        ("app:", False),
        ("-app", False),
        ("app_", False),
        ("app/", False),
        ("", False),
        ("app:-tag", False),
    ],
)
def test_match_tag(tag: str, valid: bool) -> None:
    assert utils.match_tag(tag) is valid


def test_match_tag_agrees_with_docker_py_where_docker_py_is_right() -> None:
    docker_utils = pytest.importorskip("docker.utils")
    for tag in ("busybox", "a/b:c", "localhost:5000/x", "UP", "x:y:z", "a-b_c.d/e"):
        assert utils.match_tag(tag) is docker_utils.match_tag(tag)


def test_archive_reports_which_entries_it_holds_like_tarfile(context_dir: Path) -> None:
    # the archive is a regular tar: tarfile's own reader takes it without complaint
    data = _archive(context_dir)
    with tarfile.open(fileobj=io.BytesIO(data), errorlevel=2) as archive:
        for member in archive.getmembers():
            if member.isreg():
                extracted = archive.extractfile(member)
                assert extracted is not None
                assert extracted.read() == (context_dir / member.name).read_bytes()
    assert stat.S_ISDIR(os.stat(context_dir).st_mode)
