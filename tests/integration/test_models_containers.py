"""`client.containers` and `Container` on the real engine, DockerClient and AsyncDockerClient
(one test body for both), with docker-py's high-level client as the oracle where the
result is deterministic."""

from __future__ import annotations

import asyncio
import io
import tarfile
from typing import Any

import pytest
from both_clients import call, items, resolve
from dockerapi import AsyncDockerClient
from dockerapi.errors import APIError, ContainerError, DockerException, NotFound
from dockerapi.models.containers import AsyncContainer, Container, ExecResult
from dockerapi.models.images import AsyncImage, Image

pytestmark = pytest.mark.integration

#: What these tests create carries this label with the `tag` fixture's value (see conftest).
LABEL = "dockerapi.test.models"

IMAGE = "busybox:latest"
OUT_AND_ERR = "echo out; echo err >&2"


def labels(tag: str) -> dict[str, str]:
    return {LABEL: tag}


def is_async(client: Any) -> bool:
    return isinstance(client, AsyncDockerClient)


async def sleeping(client: Any, tag: str, **kwargs: Any) -> Any:
    """A running container (sleep 300) with the test's label, on either client."""
    return await call(
        client.containers,
        "run",
        IMAGE,
        ["sleep", "300"],
        detach=True,
        labels=labels(tag),
        network_mode="none",
        **kwargs,
    )


async def names_with(docker_py: Any, tag: str) -> list[str]:
    listed = docker_py.containers(all=True, filters={"label": f"{LABEL}={tag}"})
    return [entry["Names"][0].lstrip("/") for entry in listed]


# -- run ---------------------------------------------------------------------


async def test_run_returns_stdout_like_docker_py(
    docker_client: Any, docker_py_client: Any, tag: str
) -> None:
    command = ["sh", "-c", OUT_AND_ERR]
    ours = await call(docker_client.containers, "run", IMAGE, command, labels=labels(tag))
    theirs = docker_py_client.containers.run(IMAGE, command, labels=labels(tag))
    assert ours == theirs == b"out\n"
    both = await call(
        docker_client.containers, "run", IMAGE, command, stderr=True, labels=labels(tag)
    )
    assert sorted(both.splitlines()) == [b"err", b"out"]
    only_err = await call(
        docker_client.containers, "run", IMAGE, command, stdout=False, stderr=True,
        labels=labels(tag),
    )  # fmt: skip
    assert only_err == b"err\n"


async def test_run_remove_leaves_nothing(docker_client: Any, docker_py: Any, tag: str) -> None:
    output = await call(
        docker_client.containers, "run", IMAGE, "echo gone", remove=True, labels=labels(tag)
    )
    assert output == b"gone\n"
    assert await names_with(docker_py, tag) == []


async def test_run_detach_returns_the_running_container(docker_client: Any, tag: str) -> None:
    container = await call(
        docker_client.containers, "run", IMAGE, "sh -c 'echo up; sleep 300'",
        detach=True, labels=labels(tag), name=f"dockerapi-run-{tag}",
    )  # fmt: skip
    assert isinstance(container, AsyncContainer if is_async(docker_client) else Container)
    assert container.name == f"dockerapi-run-{tag}"
    await call(container, "reload")
    assert container.status == "running"
    for _ in range(100):  # "running" can come before the shell's echo (Podman's often does)
        if await call(container, "logs") == b"up\n":
            break
        await asyncio.sleep(0.1)
    await call(container, "kill")
    assert (await call(container, "wait"))["StatusCode"] == 137
    assert await call(container, "logs") == b"up\n"


async def test_run_detach_with_remove_is_auto_remove(
    docker_client: Any, docker_py: Any, tag: str
) -> None:
    container = await call(
        docker_client.containers, "run", IMAGE, "true", detach=True, remove=True,
        labels=labels(tag),
    )  # fmt: skip
    assert container.attrs["HostConfig"]["AutoRemove"] is True
    await call(container, "wait", condition="removed")
    assert await names_with(docker_py, tag) == []


async def test_run_stream_gives_the_output_as_a_stream(docker_client: Any, tag: str) -> None:
    stream = await call(
        docker_client.containers, "run", IMAGE, "sh -c 'echo one; echo two'", stream=True,
        labels=labels(tag),
    )  # fmt: skip
    assert b"".join(await items(stream)) == b"one\ntwo\n"


async def test_run_stream_with_remove(docker_client: Any, docker_py: Any, tag: str) -> None:
    stream = await call(
        docker_client.containers, "run", IMAGE, "echo streamed", stream=True, remove=True,
        labels=labels(tag),
    )  # fmt: skip
    assert b"".join(await items(stream)) == b"streamed\n"
    assert await names_with(docker_py, tag) == []


async def test_failing_command_raises_container_error_like_docker_py(
    docker_client: Any, docker_py_client: Any, tag: str
) -> None:
    command = ["sh", "-c", "echo out; echo broken >&2; exit 3"]
    with pytest.raises(ContainerError) as ours:
        await call(docker_client.containers, "run", IMAGE, command, labels=labels(tag))
    with pytest.raises(Exception) as theirs:
        docker_py_client.containers.run(IMAGE, command, labels=labels(tag))
    error = ours.value
    assert error.exit_status == theirs.value.exit_status == 3
    assert error.stderr == theirs.value.stderr == b"broken\n"
    assert error.command == command and error.image == IMAGE
    assert str(error) == str(theirs.value)
    assert isinstance(error.container, AsyncContainer if is_async(docker_client) else Container)
    assert isinstance(error, DockerException)


async def test_remove_also_when_the_command_fails(
    docker_client: Any, docker_py: Any, tag: str
) -> None:
    with pytest.raises(ContainerError) as caught:
        await call(
            docker_client.containers, "run", IMAGE, "sh -c 'echo bad >&2; exit 2'",
            remove=True, labels=labels(tag),
        )  # fmt: skip
    assert caught.value.stderr == b"bad\n"
    assert await names_with(docker_py, tag) == []


async def test_remove_also_when_the_container_cannot_start(
    docker_client: Any, docker_py: Any, tag: str
) -> None:
    # docker-py leaves such a container behind; `remove=True` means no leftovers here.
    with pytest.raises(APIError) as caught:
        await call(
            docker_client.containers, "run", IMAGE, "/no/such/program", remove=True,
            labels=labels(tag),
        )  # fmt: skip
    assert "no/such/program" in str(caught.value)
    assert await names_with(docker_py, tag) == []


async def test_unknown_keyword_arguments_raise_type_error_before_anything_is_created(
    docker_client: Any, docker_py: Any, docker_py_client: Any, tag: str
) -> None:
    with pytest.raises(TypeError) as ours:
        await call(docker_client.containers, "run", IMAGE, "true", labels=labels(tag), memory="1g")
    with pytest.raises(TypeError) as theirs:
        docker_py_client.containers.run(IMAGE, "true", labels=labels(tag), memory="1g")
    assert (
        str(ours.value) == str(theirs.value) == "run() got an unexpected keyword argument 'memory'"
    )
    with pytest.raises(TypeError, match=r"create\(\) got unexpected keyword arguments 'a', 'b'"):
        await call(docker_client.containers, "create", IMAGE, labels=labels(tag), b=1, a=2)
    assert await names_with(docker_py, tag) == []


async def test_run_splits_create_and_host_config_arguments(
    docker_client: Any, tag: str, engine_info: Any
) -> None:
    container = await call(
        docker_client.containers, "run", IMAGE, "sleep 300", detach=True, labels=labels(tag),
        environment={"A": "1"}, working_dir="/tmp", hostname="inside",  # create
        mem_limit="64m", cap_drop=["NET_RAW"], read_only=True,  # host config
        ports={"8080/tcp": None}, volumes={f"dockerapi-vol-{tag}": {"bind": "/data"}},
    )  # fmt: skip
    try:
        config, host = container.attrs["Config"], container.attrs["HostConfig"]
        assert "A=1" in config["Env"] and config["WorkingDir"] == "/tmp"
        assert config["Hostname"] == "inside" and config["ExposedPorts"] == {"8080/tcp": {}}
        # Podman does not report `Volumes` (docs/engines.md)
        assert config["Volumes"] == (None if engine_info.is_podman else {"/data": {}})
        assert host["Memory"] == 64 * 1024 * 1024 and host["CapDrop"] == ["NET_RAW"]
        assert host["ReadonlyRootfs"] is True
        (bind,) = host["Binds"]  # Podman adds the options it applied (docs/engines.md)
        if engine_info.is_podman:
            assert bind.startswith(f"dockerapi-vol-{tag}:/data:rw,")
        else:
            assert bind == f"dockerapi-vol-{tag}:/data:rw"
        await call(container, "reload")
        assert list(container.ports) == ["8080/tcp"]
    finally:
        await call(container, "remove", force=True, v=True)
        await call(docker_client.api, "remove_volume", f"dockerapi-vol-{tag}")


async def test_run_on_a_network_and_conflicting_network_options(
    docker_client: Any, tag: str
) -> None:
    network = await call(
        docker_client.networks, "create", f"dockerapi-net-{tag}", labels=labels(tag)
    )
    try:
        container = await call(
            docker_client.containers, "run", IMAGE, "sleep 300", detach=True,
            labels=labels(tag), network=network.name,
        )  # fmt: skip
        assert list(container.attrs["NetworkSettings"]["Networks"]) == [network.name]
        await call(container, "remove", force=True)
        with pytest.raises(DockerException, match="can not be used together"):
            await call(
                docker_client.containers, "run", IMAGE, network="a", network_mode="b",
                labels=labels(tag),
            )  # fmt: skip
        with pytest.raises(DockerException, match="without"):
            await call(
                docker_client.containers, "run", IMAGE, networking_config={"a": {}},
                labels=labels(tag),
            )  # fmt: skip
    finally:
        await call(network, "remove")


# -- create, get, list, prune ------------------------------------------------


async def test_create_get_list_like_docker_py(
    docker_client: Any, docker_py_client: Any, tag: str
) -> None:
    name = f"dockerapi-created-{tag}"
    created = await call(docker_client.containers, "create", IMAGE, "true", name=name,
                         labels=labels(tag))  # fmt: skip
    assert created.status == "created" and created.name == name
    got = await call(docker_client.containers, "get", name)
    assert got == created and hash(got) == hash(created) and len({got, created}) == 1
    assert got.attrs == docker_py_client.containers.get(name).attrs
    assert repr(got) == f"<{type(got).__name__}: {got.id[:12]}>" and got.short_id == got.id[:12]

    running = await call(docker_client.containers, "list", filters={"label": f"{LABEL}={tag}"})
    assert running == []
    listed = await call(
        docker_client.containers, "list", all=True, filters={"label": f"{LABEL}={tag}"}
    )
    assert listed == [created] and listed[0].attrs["Config"]["Labels"] == labels(tag)
    oracle = docker_py_client.containers.list(all=True, filters={"label": f"{LABEL}={tag}"})
    assert [c.id for c in listed] == [c.id for c in oracle]

    second = await call(docker_client.containers, "create", IMAGE, "true", labels=labels(tag))
    newest = await call(docker_client.containers, "list", all=True, limit=1)
    assert newest == [second]
    since = await call(docker_client.containers, "list", all=True, since=created.id)
    assert second in since and created not in since
    before = await call(docker_client.containers, "list", all=True, before=second.id)
    assert created in before and second not in before


async def test_sparse_list_needs_reload_for_inspect_data(docker_client: Any, tag: str) -> None:
    created = await call(docker_client.containers, "create", IMAGE, "true", labels=labels(tag))
    (sparse,) = await call(
        docker_client.containers, "list", all=True, sparse=True,
        filters={"label": f"{LABEL}={tag}"},
    )  # fmt: skip
    assert sparse == created and sparse.status == "created" and "Names" in sparse.attrs
    with pytest.raises(DockerException, match="reload"):
        sparse.labels  # noqa: B018
    with pytest.raises(DockerException, match="reload"):
        sparse.model  # noqa: B018
    await call(sparse, "reload")
    assert sparse.labels == labels(tag) and sparse.attrs == created.attrs


async def test_get_of_an_unknown_container_is_not_found(docker_client: Any, tag: str) -> None:
    with pytest.raises(NotFound):
        await call(docker_client.containers, "get", f"dockerapi-nothing-{tag}")


async def test_prune_with_a_label_filter(docker_client: Any, tag: str) -> None:
    created = await call(docker_client.containers, "create", IMAGE, "true", labels=labels(tag))
    pruned = await call(docker_client.containers, "prune", filters={"label": f"{LABEL}={tag}"})
    assert pruned["ContainersDeleted"] == [created.id]


# -- the model -----------------------------------------------------------------


async def test_properties_and_the_typed_model(
    docker_client: Any, tag: str, engine_info: Any
) -> None:
    container = await sleeping(
        docker_client, tag, name=f"dockerapi-props-{tag}",
        healthcheck={"test": ["CMD", "true"], "interval": 1_000_000_000},
    )  # fmt: skip
    # attrs are from before the start (docker-py's run returns the same): no health yet
    # Podman reports the health check's state before the start as `""`
    assert container.labels == labels(tag)
    assert container.health == ("" if engine_info.is_podman else "unknown")
    image = await resolve(container.image)
    assert isinstance(image, AsyncImage if is_async(docker_client) else Image)
    assert engine_info.repo_tag(IMAGE) in image.tags and image.id == container.attrs["Image"]
    await call(container, "reload")
    assert container.health in ("starting", "healthy")
    typed = container.model
    assert typed.id == container.id and typed.name == f"/dockerapi-props-{tag}"
    assert typed.state.status == container.status == "running"
    assert container.ports == {}
    # fields the typed model does not know still pass through
    container.attrs["FieldOfANewerEngine"] = {"x": 1}
    assert container.model["FieldOfANewerEngine"] == {"x": 1}


async def test_life_cycle_methods(docker_client: Any, tag: str, engine_info: Any) -> None:
    container = await sleeping(docker_client, tag, tty=True)

    async def status() -> str:
        await call(container, "reload")
        return str(container.status)

    await call(container, "pause")
    assert await status() == "paused"
    await call(container, "unpause")
    assert await status() == "running"
    processes = await call(container, "top")
    assert any("sleep" in " ".join(row) for row in processes["Processes"])
    await call(container, "resize", 30, 100)
    if not engine_info.is_podman:  # no /containers/{id}/update there
        update = await call(container, "update", mem_limit="128m", memswap_limit="256m")
        assert "Warnings" in update
        await call(container, "reload")
        assert container.attrs["HostConfig"]["Memory"] == 128 * 1024 * 1024
    sample = await call(container, "stats", stream=False)
    assert "memory_stats" in sample
    await call(container, "rename", f"dockerapi-renamed-{tag}")
    await call(container, "reload")
    assert container.name == f"dockerapi-renamed-{tag}"
    await call(container, "restart", timeout=0)
    assert await status() == "running"
    await call(container, "kill", signal="SIGKILL")
    assert (await call(container, "wait"))["StatusCode"] == 137
    await call(container, "start")
    assert await status() == "running"
    await call(container, "stop", timeout=0)
    assert await status() == "exited"
    await call(container, "remove")
    with pytest.raises(NotFound):
        await call(container, "reload")


async def test_logs_stats_and_attach_streams(docker_client: Any, tag: str) -> None:
    container = await call(
        docker_client.containers, "run", IMAGE, ["sh", "-c", "echo out; echo err >&2"],
        detach=True, labels=labels(tag),
    )  # fmt: skip
    await call(container, "wait")
    assert sorted((await call(container, "logs")).splitlines()) == [b"err", b"out"]
    assert await call(container, "logs", stderr=False) == b"out\n"
    assert await call(container, "logs", demux=True) == (b"out\n", b"err\n")
    chunks = await items(await call(container, "logs", stream=True))
    assert sorted(chunks) == [b"err\n", b"out\n"]

    running = await sleeping(docker_client, tag)
    stats = await call(running, "stats", decode=True)
    first = None
    if is_async(docker_client):
        async for sample in stats:
            first = sample
            break
        await stats.aclose()
    else:
        with stats:
            first = next(iter(stats))
    assert first is not None and "cpu_stats" in first


async def test_attach_reads_until_the_container_ends(
    docker_client: Any, tag: str, engine_info: Any
) -> None:
    if engine_info.is_podman:
        pytest.xfail(
            "Podman 4.3 frames the output it replays on attach(logs=True) with sizes one"
            " byte short (test_container_streams.py: PODMAN_ATTACH_LOGS)"
        )
    container = await call(
        docker_client.containers, "run", IMAGE, "sh -c 'echo early; sleep 2; echo late'",
        detach=True, labels=labels(tag),
    )  # fmt: skip
    while await call(container, "logs") != b"early\n":  # written, and "late" 2 s away
        pass
    # without `stream` the daemon sends what was written so far, with it until the end
    assert await call(container, "attach", logs=True) == b"early\n"
    stream = await call(container, "attach", logs=True, stream=True)
    assert b"".join(await items(stream)) == b"early\nlate\n"


async def test_attach_socket_carries_stdin(docker_client: Any, tag: str) -> None:
    container = await call(
        docker_client.containers, "run", IMAGE, "cat", detach=True, stdin_open=True,
        labels=labels(tag), network_mode="none",
    )  # fmt: skip
    sock = await call(container, "attach_socket", params={"stdin": 1, "stdout": 1, "stream": 1})
    await call(sock, "sendall", b"through stdin\n")
    received = b""
    # cat echoes the line (multiplexed: no TTY); the container keeps running
    while b"through stdin\n" not in received and (chunk := await call(sock, "recv", 4096)):
        received += chunk
    await call(sock, "aclose" if is_async(docker_client) else "close")
    assert received == b"\x01\x00\x00\x00\x00\x00\x00\x0ethrough stdin\n"


async def test_exec_run_in_every_mode(docker_client: Any, tag: str, engine_info: Any) -> None:
    container = await sleeping(docker_client, tag)
    plain = await call(container, "exec_run", ["sh", "-c", "echo out; echo err >&2; exit 3"])
    assert isinstance(plain, ExecResult) and plain.exit_code == 3
    assert sorted(plain.output.splitlines()) == [b"err", b"out"]
    code, (out, err) = await call(container, "exec_run", ["sh", "-c", OUT_AND_ERR], demux=True)
    assert (code, out, err) == (0, b"out\n", b"err\n")
    only_out = await call(container, "exec_run", ["sh", "-c", OUT_AND_ERR], stderr=False)
    assert only_out == (0, b"out\n")

    streamed = await call(container, "exec_run", "sh -c 'echo a; echo b'", stream=True)
    assert streamed.exit_code is None
    assert b"".join(await items(streamed.output)) == b"a\nb\n"
    pairs = await call(container, "exec_run", ["sh", "-c", OUT_AND_ERR], stream=True, demux=True)
    assert sorted(await items(pairs.output), key=repr) == [(None, b"err\n"), (b"out\n", None)]

    options = await call(
        container, "exec_run", "sh -c 'echo $A $(pwd) $(id -un)'",
        environment={"A": "value"}, workdir="/tmp", user="nobody",
    )  # fmt: skip
    assert options == (0, b"value /tmp nobody\n")
    plain_caps = await call(container, "exec_run", "grep CapEff /proc/self/status")
    privileged = await call(container, "exec_run", "grep CapEff /proc/self/status", privileged=True)
    # Full capabilities, or (an engine that may not grant them) the runtime's refusal to
    # apply them: either way the daemon was asked for a privileged process.
    assert plain_caps.exit_code == 0 and privileged.output != plain_caps.output
    assert privileged.exit_code == 0 or b"apply caps" in privileged.output
    tty = await call(container, "exec_run", "echo tty", tty=True)
    assert tty == (0, b"tty\r\n")

    detached = await call(container, "exec_run", "sh -c 'echo $$ > /tmp/detached'", detach=True)
    assert detached.output == ("\n" if engine_info.is_podman else "")  # Podman answers a newline
    waited = await call(
        container, "exec_run", "sh -c 'while [ ! -s /tmp/detached ]; do sleep 0.05; done'"
    )
    assert waited.exit_code == 0

    socket = await call(container, "exec_run", "cat", stdin=True, socket=True)
    assert socket.exit_code is None
    sock = socket.output
    await call(sock, "sendall", b"exec stdin\n")
    sock.shutdown_write()
    received = b""
    while chunk := await call(sock, "recv", 4096):
        received += chunk
    await call(sock, "aclose" if is_async(docker_client) else "close")
    assert received == b"\x01\x00\x00\x00\x00\x00\x00\x0bexec stdin\n"


def tar_of(name: str, content: bytes) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        info = tarfile.TarInfo(name)
        info.size = len(content)
        archive.addfile(info, io.BytesIO(content))
    return buffer.getvalue()


def members(data: bytes) -> dict[str, bytes]:
    with tarfile.open(fileobj=io.BytesIO(data)) as archive:
        return {
            member.name: archive.extractfile(member).read()  # type: ignore[union-attr]
            for member in archive.getmembers()
            if member.isfile()
        }


async def test_archives_diff_export_and_commit(
    docker_client: Any, tag: str, engine_info: Any
) -> None:
    container = await call(docker_client.containers, "create", IMAGE, "true", labels=labels(tag))
    assert await call(container, "put_archive", "/tmp", tar_of("hello.txt", b"hi there"))
    stream, stat = await call(container, "get_archive", "/tmp/hello.txt")
    assert stat["name"] == "hello.txt" and stat["size"] == 8
    assert members(b"".join(await items(stream))) == {"hello.txt": b"hi there"}
    changes = await call(container, "diff")
    assert {"Path": "/tmp/hello.txt", "Kind": 1} in changes
    exported = members(b"".join(await items(await call(container, "export"))))
    assert exported["tmp/hello.txt"] == b"hi there"

    image = await call(
        container, "commit", f"dockerapi-commit-{tag}", "v1",
        conf={"Labels": labels(tag)}, message="from a test",
    )  # fmt: skip
    assert isinstance(image, AsyncImage if is_async(docker_client) else Image)
    name = engine_info.repo_tag(f"dockerapi-commit-{tag}:v1")
    assert image.tags == [name]
    if not engine_info.is_podman:  # Podman's commit ignores `conf`
        assert image.labels == labels(tag)
    assert image.attrs["Comment"] == "from a test"
    assert image.short_id == image.id[:19] and repr(image) == f"<{type(image).__name__}: '{name}'>"
    assert image.model.id == image.id
