"""`build` and `prune_builds` with a mock daemon, sync and async: what is sent, what
is refused before sending, and how the build stream is read."""

from __future__ import annotations

import base64
import io
import json
import os
import tarfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from both_clients import call, items, make_client, parameters
from core_fakes import FakeDaemon, json_lines
from dockerapi._decoders import JSONLinesDecoder
from dockerapi.api.build import BuildApiMixin, _BuildErrorDecoder
from dockerapi.errors import (
    BuildContextError,
    BuildError,
    DockerException,
    InvalidArgument,
    InvalidVersion,
)
from dockerapi.utils._context import LocalContext
from dockerapi.utils._patterns import BadPattern

PROGRESS = [
    {"stream": "Step 1/1 : FROM busybox\n"},
    {"aux": {"ID": "sha256:abc"}},
    {"stream": "Successfully built abc\n"},
]


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


class BuildDaemon(FakeDaemon):
    """Answers /build with progress lines and keeps what it received."""

    def __init__(self, api_version: str = "1.41", lines: list[bytes] | None = None) -> None:
        super().__init__(api_version)
        self.bodies: list[bytes] = []
        answer = lines if lines is not None else json_lines(*PROGRESS)

        @self.route("POST", "/build")
        def build(request: httpx.Request) -> httpx.Response:
            self.bodies.append(request.read())
            return httpx.Response(200, content=b"".join(answer))

        @self.route("POST", "/build/prune")
        def prune(request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, json={"CachesDeleted": None, "SpaceReclaimed": 0})

    @property
    def query(self) -> list[tuple[str, str]]:
        return list(self.requests[-1].url.params.multi_items())

    @property
    def headers(self) -> httpx.Headers:
        return self.requests[-1].headers

    def names(self) -> list[str]:
        with tarfile.open(fileobj=io.BytesIO(self.bodies[-1])) as archive:
            return archive.getnames()

    def builds(self) -> int:
        return sum(1 for r in self.requests if r.url.path.endswith("/build"))


@pytest.fixture
def context(tmp_path: Path) -> Path:
    (tmp_path / "Dockerfile").write_text("FROM busybox\n")
    (tmp_path / "app.py").write_text("print()\n")
    (tmp_path / "notes.md").write_text("notes")
    (tmp_path / ".dockerignore").write_text("*.md\n")
    return tmp_path


async def build(daemon: BuildDaemon, kind: str, *args: Any, **kwargs: Any) -> list[Any]:
    client = make_client(daemon.transport(), kind)
    return await items(await call(client, "build", *args, **kwargs))


def test_signatures_match_docker_py() -> None:
    docker_build = pytest.importorskip("docker.api.build")
    theirs = docker_build.BuildApiMixin
    ours_build = [p for p in parameters(BuildApiMixin, "build") if p[1].name != "KEYWORD_ONLY"]
    assert ours_build == parameters(theirs, "build")
    ours_prune = [
        p for p in parameters(BuildApiMixin, "prune_builds") if p[1].name != "KEYWORD_ONLY"
    ]
    assert ours_prune == parameters(theirs, "prune_builds")


async def test_directory_build_request(kind: str, context: Path) -> None:
    daemon = BuildDaemon()
    output = await build(daemon, kind, str(context), tag="app:1")
    assert [json.loads(line) for line in output] == PROGRESS  # raw lines, as docker-py
    assert all(isinstance(line, bytes) for line in output)
    # docker-py's default rm=False must be sent: the daemon's own default is true;
    # the other flags are left out at their (shared) default
    assert daemon.query == [("t", "app:1"), ("rm", "false")]
    assert daemon.headers["content-type"] == "application/x-tar"
    assert "content-encoding" not in daemon.headers
    assert "x-registry-config" not in daemon.headers  # no credentials, no header
    assert daemon.headers.get("transfer-encoding") == "chunked"  # streamed, not sized first
    assert daemon.names() == [".dockerignore", "Dockerfile", "app.py"]


async def test_every_option_is_sent_under_the_daemons_name(kind: str, context: Path) -> None:
    daemon = BuildDaemon()
    output = await build(
        daemon,
        kind,
        str(context),
        tag="app",
        quiet=True,
        nocache=True,
        rm=True,
        pull=True,
        forcerm=True,
        dockerfile="Dockerfile",
        container_limits={"memory": 1024, "cpusetcpus": "0"},
        decode=True,
        buildargs={"A": "1"},
        shmsize=65536,
        labels={"l": "v"},
        cache_from=["app:old"],
        target="stage",
        network_mode="none",
        squash=True,
        extra_hosts={"b": "10.0.0.2", "a": "10.0.0.1"},
        platform="linux/amd64",
        isolation="default",
    )
    assert output == PROGRESS
    query = daemon.query
    assert [value for key, value in query if key == "extrahosts"] == ["a:10.0.0.1", "b:10.0.0.2"]
    assert {key: value for key, value in query if key != "extrahosts"} == {
        "t": "app",
        "q": "true",
        "nocache": "true",
        "rm": "true",
        "forcerm": "true",
        "pull": "true",
        "dockerfile": "Dockerfile",
        "buildargs": '{"A":"1"}',
        "shmsize": "65536",
        "labels": '{"l":"v"}',
        "cachefrom": '["app:old"]',
        "target": "stage",
        "networkmode": "none",
        "squash": "true",
        "platform": "linux/amd64",
        "isolation": "default",
        "memory": "1024",
        "cpusetcpus": "0",
    }


async def test_timeout_bounds_reads_only_when_given(kind: str, context: Path) -> None:
    daemon = BuildDaemon()
    client = make_client(daemon.transport(), kind)
    client.timeout = 7
    await items(await call(client, "build", str(context)))
    default = daemon.requests[-1].extensions["timeout"]
    assert default["read"] is None and default["connect"] == 7  # a build may be silent
    await items(await call(client, "build", str(context), timeout=3))
    assert daemon.requests[-1].extensions["timeout"]["read"] == 3


async def test_gzip_and_fixed_mtime(kind: str, context: Path) -> None:
    daemon = BuildDaemon()
    await build(daemon, kind, str(context), gzip=True, context_mtime=42)
    assert daemon.headers["content-encoding"] == "gzip"
    with tarfile.open(fileobj=io.BytesIO(daemon.bodies[-1]), mode="r:gz") as archive:
        assert {member.mtime for member in archive.getmembers()} == {42}


async def test_fileobj_dockerfile_and_custom_context(kind: str) -> None:
    daemon = BuildDaemon()
    await build(daemon, kind, fileobj=io.BytesIO(b"FROM busybox\n"))
    assert daemon.names() == ["Dockerfile"]
    archive = io.BytesIO()
    with tarfile.open(fileobj=archive, mode="w") as writer:
        info = tarfile.TarInfo("Dockerfile")
        info.size = 13
        writer.addfile(info, io.BytesIO(b"FROM busybox\n"))
    await build(
        daemon,
        kind,
        fileobj=io.BytesIO(archive.getvalue()),
        custom_context=True,
        encoding="identity",
    )
    assert daemon.bodies[-1] == archive.getvalue()
    assert daemon.headers["content-encoding"] == "identity"


async def test_remote_context_sends_no_body(kind: str) -> None:
    daemon = BuildDaemon()
    await build(daemon, kind, "https://example.invalid/app.git")
    assert dict(daemon.query)["remote"] == "https://example.invalid/app.git"
    assert daemon.bodies[-1] == b""
    assert "content-type" not in daemon.headers


async def test_outside_dockerfile_goes_with_the_context(kind: str, tmp_path: Path) -> None:
    context = tmp_path / "context"
    context.mkdir()
    (context / "app.py").write_text("x")
    outside = tmp_path / "Dockerfile.ci"
    outside.write_text("FROM busybox\n")
    daemon = BuildDaemon()
    await build(daemon, kind, str(context), dockerfile=str(outside))
    sent = dict(daemon.query)["dockerfile"]
    assert sent.startswith(".dockerfile.")
    assert daemon.names() == ["app.py", ".dockerignore", sent]
    # relative to the context, as docker-py resolves it
    await build(daemon, kind, str(context), dockerfile="../Dockerfile.ci")
    assert dict(daemon.query)["dockerfile"].startswith(".dockerfile.")


async def test_lowercase_dockerfile_is_found(kind: str, tmp_path: Path) -> None:
    (tmp_path / "dockerfile").write_text("FROM busybox\n")
    daemon = BuildDaemon()
    await build(daemon, kind, str(tmp_path))
    assert dict(daemon.query)["dockerfile"] == "dockerfile"


async def test_config_proxies_are_build_arguments(kind: str, context: Path) -> None:
    proxies = {"default": {"httpProxy": "http://p:3128", "noProxy": "local"}}
    config = Path(os.environ["DOCKER_CONFIG"]) / "config.json"  # each test's own (conftest)
    config.write_text(json.dumps({"proxies": proxies}))
    daemon = BuildDaemon()
    arguments = {"no_proxy": "mine"}
    await build(daemon, kind, str(context), buildargs=arguments)
    assert json.loads(dict(daemon.query)["buildargs"]) == {
        "http_proxy": "http://p:3128",
        "HTTP_PROXY": "http://p:3128",
        "no_proxy": "mine",  # the caller's value wins
        "NO_PROXY": "local",
    }
    assert arguments == {"no_proxy": "mine"}  # not modified (docker-py fills it in)
    await build(daemon, kind, str(context), use_config_proxy=False)
    assert "buildargs" not in dict(daemon.query)


# -- refused before anything is sent ---------------------------------------------------------


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({}, TypeError, "Either path or fileobj"),
        ({"path": "{context}", "tag": "Upper:1"}, InvalidArgument, "invalid reference format"),
        ({"path": "{context}", "tag": "a:b:c"}, InvalidArgument, "invalid reference format"),
        ({"path": "{context}", "gzip": True, "encoding": "gzip"}, DockerException, "gzip"),
        ({"path": "{context}", "encoding": "gzip\r\nX-Evil: 1"}, InvalidArgument, "coding"),
        ({"path": "{context}", "container_limits": {"cpus": 1}}, InvalidArgument, "cpus"),
        ({"custom_context": True, "path": "{context}"}, TypeError, "fileobj with custom_context"),
        ({"path": "{context}/app.py"}, TypeError, "directory to build in path"),
        ({"path": "{context}/missing"}, TypeError, "directory to build in path"),
        (
            {"path": "{context}", "dockerfile": "Nope"},
            BuildContextError,
            "cannot locate Dockerfile",
        ),
        (
            {"path": "{context}", "dockerfile": "/no/such/Dockerfile"},
            BuildContextError,
            "cannot read",
        ),
        ({"path": "{context}/empty"}, BuildContextError, "cannot locate Dockerfile"),
        ({"fileobj": io.StringIO("FROM busybox")}, TypeError, "io.BytesIO"),
        ({"path": "{context}", "target": "x", "version": "1.36"}, InvalidVersion, "target"),
        ({"path": "{context}", "platform": "linux", "version": "1.33"}, InvalidVersion, "platform"),
    ],
)
async def test_bad_input_is_refused_before_sending(
    kind: str,
    context: Path,
    arguments: dict[str, Any],
    error: type[Exception],
    message: str,
) -> None:
    (context / "empty").mkdir()
    arguments = {
        key: value.format(context=context) if isinstance(value, str) else value
        for key, value in arguments.items()
    }
    daemon = BuildDaemon()
    client = make_client(daemon.transport(), kind, arguments.pop("version", "1.41"))
    with pytest.raises(error, match=message):
        await call(client, "build", **arguments)
    assert daemon.builds() == 0


async def test_malformed_dockerignore_is_refused_before_sending(kind: str, context: Path) -> None:
    (context / ".dockerignore").write_text("ok\n[z-a]\n")
    daemon = BuildDaemon()
    with pytest.raises(BadPattern, match=r"\[z-a\]"):
        await build(daemon, kind, str(context))
    assert daemon.builds() == 0


async def test_unreadable_context_file_is_refused_before_sending(
    kind: str, context: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (tests run as root, who reads everything: make the check's open fail instead)
    real_open = os.open

    def refusing_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if str(path).endswith("app.py"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)
    daemon = BuildDaemon()
    with pytest.raises(
        BuildContextError, match=r"cannot read '.*app\.py'.*Permission denied"
    ) as caught:
        await build(daemon, kind, str(context))
    assert isinstance(caught.value, OSError)  # docker-py raises OSError here
    assert caught.value.path == str(context / "app.py")
    assert daemon.builds() == 0


async def test_a_file_shrinking_during_the_upload_aborts_it(
    kind: str, context: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = context / "app.py"
    victim.write_bytes(b"x" * (3 << 20))
    original_chunks = LocalContext.chunks

    def shrink_after_the_first_piece(self: LocalContext, **options: Any) -> Iterator[bytes]:
        pieces = original_chunks(self, **options)
        yield next(pieces)
        victim.write_bytes(b"")  # after the check and its header, before its data
        yield from pieces

    monkeypatch.setattr(LocalContext, "chunks", shrink_after_the_first_piece)
    daemon = BuildDaemon()
    with pytest.raises(BuildContextError, match=r"app\.py' shrank while the build context"):
        await build(daemon, kind, str(context))
    assert daemon.bodies == []  # the daemon never got a complete request


# -- the build stream ------------------------------------------------------------------------

FAILED = [
    {"stream": "Step 2/2 : RUN false\n"},
    {"stream": " ---> Running in 1234\n"},
    {
        "errorDetail": {"code": 1, "message": "returned a non-zero code: 1"},
        "error": "returned a non-zero code: 1",
    },
]


async def test_errors_are_items_of_the_stream_by_default(kind: str, context: Path) -> None:
    daemon = BuildDaemon(lines=json_lines(*FAILED))
    assert await build(daemon, kind, str(context), decode=True) == FAILED


@pytest.mark.parametrize("decode", [True, False])
async def test_raise_on_error_raises_build_error_with_the_log(
    kind: str, context: Path, decode: bool
) -> None:
    daemon = BuildDaemon(lines=json_lines(*FAILED))
    client = make_client(daemon.transport(), kind)
    stream = await call(client, "build", str(context), decode=decode, raise_on_error=True)
    seen: list[Any] = []
    with pytest.raises(BuildError, match="non-zero code: 1") as caught:
        if hasattr(stream, "__aiter__"):
            async for item in stream:
                seen.append(item)
        else:
            seen.extend(stream)
    assert len(seen) == 2  # the lines before the error were handed out first
    assert caught.value.build_log == FAILED
    assert caught.value.msg == "returned a non-zero code: 1"


def test_build_error_decoder_holds_back_the_error_until_the_items_before_it_are_out() -> None:
    decoder = _BuildErrorDecoder(JSONLinesDecoder(), lambda item: item)
    data = b"".join(json_lines(*FAILED))
    assert decoder.feed(data) == FAILED[:2]
    with pytest.raises(BuildError) as caught:
        decoder.flush()
    assert caught.value.build_log == FAILED
    only_error = _BuildErrorDecoder(JSONLinesDecoder(), lambda item: item)
    with pytest.raises(BuildError, match="non-zero"):
        only_error.feed(json_lines(FAILED[-1])[0])


async def test_a_build_sends_every_registrys_credentials(
    kind: str,
    context: Path,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """X-Registry-Config carries the credentials of the CLI's config (FROM may pull
    from any registry); without any there is no header (test_directory_build_request)."""
    token = base64.b64encode(b"me:s3cret-build").decode()
    config = {"auths": {"127.0.0.1:5000": {"auth": token}, "docker.io": {"auth": token}}}
    config_dir = tmp_path_factory.mktemp("docker-config")
    (config_dir / "config.json").write_text(json.dumps(config))
    monkeypatch.setenv("DOCKER_CONFIG", str(config_dir))
    daemon = BuildDaemon()
    await build(daemon, kind, str(context), tag="app:1")
    sent = json.loads(base64.urlsafe_b64decode(daemon.headers["x-registry-config"]))
    assert sent["127.0.0.1:5000"]["password"] == "s3cret-build"
    # Docker Hub's credentials also under the index URL, where the builder looks
    assert sent["https://index.docker.io/v1/"]["username"] == "me"


# -- prune_builds ---------------------------------------------------------------------------------


async def test_prune_builds(kind: str) -> None:
    daemon = BuildDaemon()
    client = make_client(daemon.transport(), kind)
    result = await call(client, "prune_builds", filters={"until": "24h"}, keep_storage=5, all=True)
    assert result == {"CachesDeleted": [], "SpaceReclaimed": 0}
    assert dict(daemon.query) == {
        "filters": '{"until": ["24h"]}',
        "keep-storage": "5",
        "all": "true",
    }
    await call(client, "prune_builds")
    assert daemon.query == []


async def test_prune_builds_keep_storage_is_reserved_space_from_1_48(kind: str) -> None:
    daemon = BuildDaemon("1.49")
    client = make_client(daemon.transport(), kind, "1.49")
    await call(client, "prune_builds", keep_storage=5, max_used_space=9)
    assert dict(daemon.query) == {"reserved-space": "5", "max-used-space": "9"}
    with pytest.raises(InvalidArgument):
        await call(client, "prune_builds", keep_storage=5, reserved_space=5)


@pytest.mark.parametrize(
    ("version", "arguments", "message"),
    [
        ("1.30", {}, "BuildPrune"),
        ("1.38", {"all": True}, '"all"'),
        ("1.38", {"filters": {"until": "1h"}}, "filters"),
        ("1.41", {"reserved_space": 1}, "reserved-space"),
    ],
)
async def test_prune_builds_version_rules_come_from_the_table(
    kind: str, version: str, arguments: dict[str, Any], message: str
) -> None:
    daemon = BuildDaemon(version)
    client = make_client(daemon.transport(), kind, version)
    with pytest.raises(InvalidVersion, match=message):
        await call(client, "prune_builds", **arguments)
    assert not [r for r in daemon.requests if r.url.path.endswith("/prune")]
