"""Builds on the real engine (Docker 20.10's legacy builder), sync and async.

Every Dockerfile here starts FROM the local `busybox:latest` (nothing is
pulled) and carries a unique token, so no other test shares our build cache;
each test removes the images it made (the tag, its untagged parents, and any
untagged intermediate image its output names), never `busybox:latest`.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import io
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from both_clients import call, items
from dockerapi.errors import APIError, BuildError
from dockerapi.utils import create_archive, exclude_paths, mkbuildcontext, tar
from dockerapi.utils._context import read_ignore_file

pytestmark = pytest.mark.integration

BASE = "busybox:latest"
#: the skip reason of the build-cache prune tests (docs/engines.md)
NO_BUILD_PRUNE = "no /build/prune (404)"
# each step's image: ` ---> 0123456789ab` (Docker), `--> 0123456789a` (Podman)
_STEP_ID = re.compile(r"^ ?-{2,3}> ([0-9a-f]{11,12})$")


def unique(prefix: str = "b") -> str:
    return f"dockerapi-{prefix}-{uuid.uuid4().hex[:12]}"


class Built:
    """Records what the tests build and removes it afterwards (docker-py does the
    removing: it is independent of the code under test)."""

    def __init__(self, docker_py: Any) -> None:
        from docker import errors as docker_errors

        self.errors = docker_errors
        self.docker = docker_py
        self.base_id = docker_py.inspect_image(BASE)["Id"]
        self.tags: list[str] = []
        self.ids: list[str] = []

    def tag(self, prefix: str = "img") -> str:
        name = f"{unique(prefix)}:t"
        self.tags.append(name)
        return name

    def note(self, output: list[Any]) -> None:
        """Remember the image IDs a build printed (intermediate ones too)."""
        for item in output:
            entry = json.loads(item) if isinstance(item, bytes) else item
            text = entry.get("stream", "") if isinstance(entry, dict) else ""
            found = _STEP_ID.match(text.strip("\n"))
            if found:
                self.ids.append(found.group(1))
            aux = entry.get("aux") if isinstance(entry, dict) else None
            if isinstance(aux, dict) and "ID" in aux:
                self.ids.append(aux["ID"])

    def file(self, image: str, path: str) -> bytes:
        """The content of `path` in `image`. The tests check what a RUN step made in the
        image, not the step's output in the build stream: the daemon's classic builder
        now and then loses a RUN step's last output."""
        return self.output(image, "cat", path)

    def listing(self, image: str, path: str) -> list[str]:
        """The names in directory `path` of `image`, hidden ones too, sorted."""
        return sorted(self.output(image, "ls", "-A", path).decode().split())

    def output(self, image: str, *command: str) -> bytes:
        """What `command` prints (stdout) in a container of `image` that docker-py runs."""
        container = self.docker.create_container(image, list(command))["Id"]
        try:
            self.docker.start(container)
            self.docker.wait(container)
            content: bytes = self.docker.logs(container, stderr=False)
        finally:
            self.docker.remove_container(container, force=True)
        return content

    def close(self) -> None:
        for name in self.tags:
            with contextlib.suppress(self.errors.NotFound):
                self.docker.remove_image(name)
        for image in reversed(self.ids):
            try:
                inspected = self.docker.inspect_image(image)
            except self.errors.NotFound:
                continue
            if inspected["Id"] == self.base_id or inspected["RepoTags"]:
                continue  # busybox itself, or an image someone else tagged
            with contextlib.suppress(self.errors.APIError):
                self.docker.remove_image(inspected["Id"])


@pytest.fixture
def built(docker_py: Any) -> Iterator[Built]:
    tracker = Built(docker_py)
    yield tracker
    tracker.close()


async def run_build(client: Any, built: Built, *args: Any, **kwargs: Any) -> list[Any]:
    """Build, read the whole stream, remember what was made."""
    output = await items(await call(client, "build", *args, **kwargs))
    built.note(output)
    return output


def stream_text(output: list[Any]) -> str:
    entries = [json.loads(item) if isinstance(item, bytes) else item for item in output]
    return "".join(entry.get("stream", "") for entry in entries)


def dockerfile(*lines: str) -> str:
    return "\n".join([f"FROM {BASE}", f"LABEL dockerapi.token={uuid.uuid4().hex}", *lines]) + "\n"


def write_tree(root: Path, files: dict[str, str]) -> Path:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content)
    return root


# -- contexts and .dockerignore ------------------------------------------------------------

IGNORED_TREE = {
    "app/main.py": "main",
    "app/cache/x.pyc": "pyc",
    "app/keep.pyc": "kept by an exception",
    "docs/guide.md": "doc",
    "docs/README.md": "readme",
    "node_modules/lib/index.js": "js",
    "secret.env": "SECRET",
    "notes.txt": "notes",
    "# literally": "a file whose name starts with #",
}
DOCKERIGNORE = """\
# comments and blank lines are skipped

**/*.pyc
!app/keep.pyc
docs/
!docs/README.md
/node_modules
./secret.env
\\# literally
"""


async def test_dockerignore_decides_what_the_daemon_receives(
    client: Any, built: Built, tmp_path: Path
) -> None:
    context = write_tree(tmp_path, IGNORED_TREE)
    (context / ".dockerignore").write_text(DOCKERIGNORE)
    (context / "Dockerfile").write_text(
        dockerfile("COPY . /ctx", "RUN cd /ctx && find . -mindepth 1 | sort > /listing")
    )
    tag = built.tag()
    output = await run_build(client, built, str(context), tag=tag, rm=True, decode=True)
    assert f"Successfully tagged {tag}" in stream_text(output)
    received = {line[2:] for line in built.file(tag, "/listing").decode().splitlines()}
    expected = {
        ".dockerignore",
        "Dockerfile",
        "app",
        "app/cache",  # emptied by **/*.pyc, still there
        "app/main.py",
        "app/keep.pyc",
        "docs",
        "docs/README.md",
        "notes.txt",
    }
    assert received == expected
    # the helper docker-py users call gives the same answer
    patterns, _ = read_ignore_file(str(context))
    assert exclude_paths(str(context), patterns) == expected - {"docs"}  # an excluded dir's
    # entry is not sent; the daemon recreates it for docs/README.md


def _recent_docker_cli() -> str | None:
    """A docker CLI new enough to use moby's current matcher (23.0+), if installed."""
    for candidate in (shutil.which("docker"), "/usr/local/bin/docker", "/usr/bin/docker"):
        if not candidate or not os.path.exists(candidate):
            continue
        try:
            version = subprocess.run(
                [candidate, "version", "--format", "{{.Client.Version}}"],
                capture_output=True,
                text=True,
                timeout=30,
                check=False,
            ).stdout.strip()
        except OSError:
            continue
        major = version.split(".", 1)[0]
        if major.isdigit() and int(major) >= 23:
            return candidate
    return None


async def test_same_context_as_the_docker_cli(
    client: Any, built: Built, tmp_path: Path, docker_host: str
) -> None:
    cli = _recent_docker_cli()
    if cli is None:
        pytest.skip("no docker CLI 23+ installed to compare with")
    context = write_tree(tmp_path, IGNORED_TREE)
    (context / ".dockerignore").write_text(DOCKERIGNORE + "*.txt\n!notes.txt\napp/cache\n")
    (context / "Dockerfile").write_text(
        dockerfile("COPY . /ctx", "RUN find /ctx | sort > /listing")
    )
    cli_tag = built.tag("cli")
    completed = subprocess.run(
        [cli, "-H", docker_host, "build", "-t", cli_tag, str(context)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "DOCKER_BUILDKIT": "0"},
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    tag = built.tag()
    await run_build(client, built, str(context), tag=tag, rm=True, decode=True, nocache=True)
    ours = built.file(tag, "/listing").decode().splitlines()
    assert ours == built.file(cli_tag, "/listing").decode().splitlines() and len(ours) > 5


async def test_symlinks_and_modes_arrive_intact(client: Any, built: Built, tmp_path: Path) -> None:
    context = write_tree(tmp_path, {"tool.sh": "#!/bin/sh\n", "data/file": "x"})
    os.chmod(context / "tool.sh", 0o751)  # (the daemon's chown to root clears setuid bits)
    os.symlink("data/file", context / "link")
    (context / "Dockerfile").write_text(
        dockerfile("COPY . /ctx", "RUN stat -c '%a %F %N' /ctx/tool.sh /ctx/link > /modes")
    )
    tag = built.tag()
    await run_build(client, built, str(context), tag=tag, rm=True)
    text = built.file(tag, "/modes").decode()
    assert "751 regular file /ctx/tool.sh" in text
    assert "symbolic link '/ctx/link' -> 'data/file'" in text


# -- arguments ------------------------------------------------------------------------------


async def test_buildargs_target_and_labels(
    client: Any, built: Built, docker_py: Any, tmp_path: Path
) -> None:
    (tmp_path / "Dockerfile").write_text(
        f"FROM {BASE} AS first\n"
        f"LABEL dockerapi.token={uuid.uuid4().hex}\n"
        "ARG GREETING=unset\n"
        'RUN echo "greeting=$GREETING" > /greeting\n'
        f"FROM {BASE} AS second\n"
        "RUN echo never built\n"
    )
    tag = built.tag()
    label = unique("label")
    output = await run_build(
        client,
        built,
        str(tmp_path),
        tag=tag,
        rm=True,
        decode=True,
        buildargs={"GREETING": "hello"},
        target="first",
        labels={"dockerapi.test": label},
    )
    assert built.file(tag, "/greeting") == b"greeting=hello\n"
    assert "never built" not in stream_text(output)  # the second stage was not built
    inspected = docker_py.inspect_image(tag)
    assert inspected["Config"]["Labels"]["dockerapi.test"] == label
    assert docker_py.images(filters={"label": f"dockerapi.test={label}"}, quiet=True) == [
        inspected["Id"]
    ]


async def test_cache_from_and_nocache(
    client: Any, built: Built, docker_py: Any, tmp_path: Path
) -> None:
    (tmp_path / "Dockerfile").write_text(dockerfile("RUN echo step-one", "RUN echo step-two"))
    first = built.tag("cache")
    await run_build(client, built, str(tmp_path), tag=first, rm=True)
    again = await run_build(
        client, built, str(tmp_path), tag=built.tag(), rm=True, cache_from=[first], decode=True
    )
    assert stream_text(again).count("Using cache") >= 2
    fresh_tag = built.tag()
    fresh = await run_build(
        client, built, str(tmp_path), tag=fresh_tag, rm=True, nocache=True, decode=True
    )
    assert "Using cache" not in stream_text(fresh)
    # both steps ran again: a new image
    assert docker_py.inspect_image(fresh_tag)["Id"] != docker_py.inspect_image(first)["Id"]


async def test_runtime_options_reach_the_build_containers(
    client: Any, built: Built, tmp_path: Path, engine_info: Any
) -> None:
    # Podman 4.3 reads `extrahosts` as one JSON list and refuses Docker's repeated
    # parameter (400): the other options are checked there
    hosts = not engine_info.is_podman
    (tmp_path / "Dockerfile").write_text(
        dockerfile(
            *(
                ["RUN grep -e registry.example -e mirror.example /etc/hosts > /hosts"]
                if hosts
                else []
            ),
            "RUN df -k /dev/shm | tail -1 > /shm",
            "RUN (cat /sys/fs/cgroup/memory.max 2>/dev/null"
            " || cat /sys/fs/cgroup/memory/memory.limit_in_bytes) > /memory",
            "RUN ls /sys/class/net > /net",
        )
    )
    extra_hosts = {"registry.example": "10.1.2.3", "mirror.example": "10.1.2.4"}
    tag = built.tag()
    await run_build(
        client,
        built,
        str(tmp_path),
        tag=tag,
        rm=True,
        extra_hosts=extra_hosts if hosts else None,
        shmsize=8 * 1024 * 1024,
        container_limits={"memory": 64 * 1024 * 1024},
        network_mode="none",
        isolation="default",
    )
    if hosts:
        text = built.file(tag, "/hosts").decode()
        assert "10.1.2.3\tregistry.example" in text and "10.1.2.4\tmirror.example" in text
    shm = built.file(tag, "/shm").decode()
    assert re.search(r"\b8192\b", shm), shm  # /dev/shm of 8 MiB
    assert built.file(tag, "/memory").strip() == str(64 * 1024 * 1024).encode()
    assert built.file(tag, "/net").split() == [b"lo"]  # network "none": loopback only


async def test_quiet_prints_only_the_image_id(
    client: Any, built: Built, docker_py: Any, tmp_path: Path, engine_info: Any
) -> None:
    (tmp_path / "Dockerfile").write_text(dockerfile("RUN echo loud"))
    tag = built.tag()
    output = await run_build(client, built, str(tmp_path), tag=tag, quiet=True, rm=True)
    assert "loud" not in stream_text(output)
    assert stream_text(output).strip() == engine_info.reported_id(
        docker_py.inspect_image(tag)["Id"]
    )


async def test_platform_of_the_engine(
    client: Any, built: Built, docker_py: Any, tmp_path: Path
) -> None:
    version = docker_py.version()
    platform = f"{version['Os']}/{version['Arch']}"
    (tmp_path / "Dockerfile").write_text(dockerfile())
    tag = built.tag()
    await run_build(client, built, str(tmp_path), tag=tag, platform=platform, rm=True)
    assert docker_py.inspect_image(tag)["Architecture"] == version["Arch"]


async def test_config_proxies_become_build_arguments(
    client: Any, built: Built, tmp_path: Path
) -> None:
    proxies = {"default": {"httpProxy": "http://proxy.test:3128", "noProxy": "x"}}
    config = Path(os.environ["DOCKER_CONFIG"]) / "config.json"  # each test's own (conftest)
    config.write_text(json.dumps({"proxies": proxies}))
    context = tmp_path / "context"
    context.mkdir()
    (context / "Dockerfile").write_text(
        dockerfile('RUN echo "proxy=$HTTP_PROXY/$http_proxy no=$no_proxy" > /proxy')
    )
    tag = built.tag()
    await run_build(client, built, str(context), tag=tag, rm=True, buildargs={"no_proxy": "mine"})
    assert (
        built.file(tag, "/proxy")
        == b"proxy=http://proxy.test:3128/http://proxy.test:3128 no=mine\n"
    )
    # nocache: Podman 4.3 would take the RUN step from the cache (its key leaves out
    # the build arguments)
    tag = built.tag()
    await run_build(
        client, built, str(context), tag=tag, rm=True, use_config_proxy=False, nocache=True
    )
    assert built.file(tag, "/proxy") == b"proxy=/ no=\n"


# -- where the Dockerfile and the context come from ----------------------------------------


async def test_dockerfile_in_a_subdirectory_and_lowercase(
    client: Any, built: Built, tmp_path: Path
) -> None:
    write_tree(tmp_path, {"build/Dockerfile.dev": dockerfile("RUN echo from-dev > /which")})
    tag = built.tag()
    await run_build(
        client, built, str(tmp_path), tag=tag, rm=True, dockerfile="build/Dockerfile.dev"
    )
    assert built.file(tag, "/which") == b"from-dev\n"
    lower = tmp_path / "lower"
    write_tree(lower, {"dockerfile": dockerfile("RUN echo from-lowercase > /which")})
    tag = built.tag()
    await run_build(client, built, str(lower), tag=tag, rm=True)
    assert built.file(tag, "/which") == b"from-lowercase\n"


async def test_dockerfile_outside_the_context(client: Any, built: Built, tmp_path: Path) -> None:
    context = write_tree(tmp_path / "context", {"payload.txt": "payload"})
    outside = tmp_path / "elsewhere.Dockerfile"
    outside.write_text(dockerfile("COPY . /ctx"))
    tag = built.tag()
    await run_build(client, built, str(context), tag=tag, rm=True, dockerfile=str(outside))
    assert built.file(tag, "/ctx/payload.txt") == b"payload"
    # the daemon drops the Dockerfile and .dockerignore the client added
    assert built.listing(tag, "/ctx") == ["payload.txt"]


async def test_fileobj_dockerfile_without_context(client: Any, built: Built) -> None:
    source = io.BytesIO(dockerfile("RUN echo from-fileobj > /which").encode())
    tag = built.tag()
    await run_build(client, built, fileobj=source, tag=tag, rm=True)
    assert built.file(tag, "/which") == b"from-fileobj\n"


@pytest.mark.parametrize("compressed", [False, True])
async def test_custom_context_archive(
    client: Any, built: Built, tmp_path: Path, compressed: bool
) -> None:
    write_tree(tmp_path, {"Dockerfile": dockerfile("COPY x /x"), "x": "in-archive"})
    archive = tar(str(tmp_path), gzip=compressed)
    tag = built.tag()
    output = await run_build(
        client,
        built,
        fileobj=archive,
        custom_context=True,
        encoding="gzip" if compressed else None,
        tag=tag,
        rm=True,
    )
    assert "Successfully tagged" in stream_text(output)
    assert built.file(tag, "/x") == b"in-archive"


async def test_archives_from_docker_pys_helpers(client: Any, built: Built, tmp_path: Path) -> None:
    write_tree(tmp_path, {"Dockerfile": dockerfile("COPY x /x"), "x": "listed"})
    archive = create_archive(str(tmp_path), files=["Dockerfile", "x"], gzip=True)
    tag = built.tag()
    output = await run_build(
        client, built, fileobj=archive, custom_context=True, encoding="gzip", tag=tag, rm=True
    )
    assert "Successfully tagged" in stream_text(output)
    assert built.file(tag, "/x") == b"listed"
    only_dockerfile = mkbuildcontext(
        io.BytesIO(dockerfile("RUN echo made-by-mkbuildcontext > /which").encode())
    )
    tag = built.tag()
    await run_build(client, built, fileobj=only_dockerfile, custom_context=True, tag=tag, rm=True)
    assert built.file(tag, "/which") == b"made-by-mkbuildcontext\n"


async def test_gzip_context_and_fixed_mtimes(
    client: Any, built: Built, tmp_path: Path, docker_py: Any
) -> None:
    write_tree(tmp_path, {"Dockerfile": dockerfile("COPY f /f"), "f": "content"})
    first = built.tag()
    await run_build(client, built, str(tmp_path), tag=first, gzip=True, context_mtime=0, rm=True)
    os.utime(tmp_path / "f", (123456, 123456))
    second = built.tag()
    await run_build(
        client, built, str(tmp_path), tag=second, context_mtime=0, rm=True, nocache=True
    )
    # the same files with the same (fixed) mtimes make the same layer
    assert docker_py.inspect_image(first)["RootFS"] == docker_py.inspect_image(second)["RootFS"]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


async def test_remote_context_fetched_by_the_daemon(
    client: Any, built: Built, tmp_path: Path, engine_info: Any
) -> None:
    engine_info.not_on_podman(
        "a `remote` context URL is never fetched (the build looks for a Dockerfile in an empty"
        " context)"
    )
    # The daemon runs on this machine: it fetches from our loopback server.
    source = write_tree(
        tmp_path / "source", {"Dockerfile": dockerfile("RUN echo from-remote > /which")}
    )
    served = tmp_path / "served"
    served.mkdir()
    with open(served / "context.tar", "wb") as target:
        tar(str(source), fileobj=target)
    handler = functools.partial(_QuietHandler, directory=str(served))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/context.tar"
        tag = built.tag()
        await run_build(client, built, url, tag=tag, rm=True)
    finally:
        server.shutdown()
        server.server_close()
    assert built.file(tag, "/which") == b"from-remote\n"


# -- failures ---------------------------------------------------------------------------------


async def test_failing_run_is_an_error_item_in_the_stream(
    client: Any, built: Built, docker_py: Any, tmp_path: Path, engine_info: Any
) -> None:
    (tmp_path / "Dockerfile").write_text(dockerfile("RUN echo before-failing", "RUN exit 3"))
    output = await run_build(
        client, built, str(tmp_path), tag=built.tag(), decode=True, rm=True, forcerm=True
    )
    last = output[-1]
    message, code = engine_info.failed_run("exit 3", 3)
    assert last["error"].rstrip("\n") == message
    assert last["errorDetail"].get("code") == code
    # the steps before it are in the stream (their output may not be: Built.file)
    assert engine_info.build_step(3, 4, "RUN echo before-failing") in stream_text(output)
    # forcerm removed the container of the failed step
    parent = built.ids[-1]
    assert not [
        c for c in docker_py.containers(all=True) if c["ImageID"].startswith(f"sha256:{parent}")
    ]


@pytest.mark.parametrize("decode", [True, False])
async def test_raise_on_error_gives_build_error_with_the_log(
    client: Any, built: Built, tmp_path: Path, decode: bool, engine_info: Any
) -> None:
    (tmp_path / "Dockerfile").write_text(dockerfile("RUN echo the-log-line", "RUN false"))
    stream = await call(
        client, "build", str(tmp_path), decode=decode, forcerm=True, raise_on_error=True
    )
    seen: list[Any] = []
    with pytest.raises(BuildError) as caught:
        if hasattr(stream, "__aiter__"):
            async for item in stream:
                seen.append(item)
        else:
            seen.extend(stream)
    built.note(seen)
    error = caught.value
    message, code = engine_info.failed_run("false", 1)
    assert message in str(error)
    log = list(error.build_log)
    assert all(isinstance(entry, dict) for entry in log)
    assert log[-1]["errorDetail"].get("code") == code
    assert engine_info.build_step(3, 4, "RUN echo the-log-line") in stream_text(log)
    assert len(log) == len(seen) + 1  # everything handed out, then the error


async def test_daemon_refusals_are_api_errors(
    client: Any, built: Built, docker_py: Any, tmp_path: Path, engine_info: Any
) -> None:
    engine_info.not_on_podman("the build accepts `isolation=hyperv` and `squash` alike")
    (tmp_path / "Dockerfile").write_text(dockerfile())
    with pytest.raises(APIError) as caught:
        await call(client, "build", str(tmp_path), isolation="hyperv")
    assert caught.value.status_code == 400 and "isolation" in str(caught.value)
    if not docker_py.info().get("ExperimentalBuild"):
        with pytest.raises(APIError, match="experimental"):
            await call(client, "build", str(tmp_path), squash=True)


# -- large contexts ---------------------------------------------------------------------------

_MEASURE_BUILD = textwrap.dedent(
    """
    import asyncio, json, resource, sys
    from dockerapi.api.client import APIClient, AsyncAPIClient

    host, context, flavour = sys.argv[1:4]

    def peak_kib():
        # VmHWM: ru_maxrss would start at the (larger) pytest parent's size
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    def run_sync():
        client = APIClient(host)
        client.ping()
        before = peak_kib()
        lines = [line for line in client.build(context, decode=True, rm=True)]
        client.close()
        return before, lines

    async def run_async():
        client = AsyncAPIClient(host)
        await client.ping()
        before = peak_kib()
        lines = [line async for line in await client.build(context, decode=True, rm=True)]
        await client.close()
        return before, lines

    before, lines = run_sync() if flavour == "sync" else asyncio.run(run_async())
    print(json.dumps({"before_kib": before, "after_kib": peak_kib(), "lines": lines}))
    """
)
CONTEXT_SIZE = 200 * 1024 * 1024
RSS_BOUND = 16 * 1024 * 1024


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_200_mb_context_uploads_in_bounded_memory(
    docker_host: str, built: Built, tmp_path: Path, flavour: str
) -> None:
    # A sparse file: cheap to make, 200 MB to read and send.
    with open(tmp_path / "blob", "wb") as blob:
        blob.truncate(CONTEXT_SIZE)
    (tmp_path / "Dockerfile").write_text(dockerfile())
    completed = subprocess.run(
        [sys.executable, "-c", _MEASURE_BUILD, docker_host, str(tmp_path), flavour],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    result = json.loads(completed.stdout)
    built.note(result["lines"])
    assert "Successfully built" in stream_text(result["lines"])
    growth = (result["after_kib"] - result["before_kib"]) * 1024
    assert growth < RSS_BOUND, result["after_kib"]


# -- prune -----------------------------------------------------------------------------------


async def test_prune_builds_with_filters_that_match_only_our_ids(
    client: Any, engine_info: Any
) -> None:
    engine_info.not_on_podman(NO_BUILD_PRUNE)
    # The legacy builder keeps no build cache records; BuildKit's would be shared by
    # everyone on this engine, so every call filters on an ID that is nobody's.
    nobody = {"id": uuid.uuid4().hex}
    pruned = await call(client, "prune_builds", filters=nobody)
    assert pruned == {"CachesDeleted": [], "SpaceReclaimed": 0}
    kept = await call(client, "prune_builds", filters=nobody, keep_storage=10**12, all=True)
    assert kept["CachesDeleted"] == [] and kept["SpaceReclaimed"] == 0
