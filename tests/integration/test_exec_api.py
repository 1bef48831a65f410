"""exec_create / exec_start / exec_inspect / exec_resize on the real engine, sync and async."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from both_clients import call, items
from dockerapi import AsyncAPIClient
from dockerapi.errors import APIError

pytestmark = pytest.mark.integration

IMAGE = "busybox:latest"
OUT_AND_ERR = "echo out; echo err >&2"


@pytest.fixture
def running(docker_py: Any) -> Iterator[str]:
    container = docker_py.create_container(
        IMAGE, ["sleep", "300"], host_config=docker_py.create_host_config(network_mode="none")
    )["Id"]
    docker_py.start(container)
    yield container
    docker_py.remove_container(container, force=True)


async def test_output_shapes(client: Any, running: str, engine_info: Any) -> None:
    # The shapes docker-py gives for the same calls (its exec_start leaves hijacked
    # sockets to the garbage collector, so it is not called here as an oracle).
    async def ours(**options: Any) -> Any:
        exec_id = await call(client, "exec_create", running, ["sh", "-c", OUT_AND_ERR])
        result = await call(client, "exec_start", exec_id, **options)
        return await items(result) if options.get("stream") else result

    # stdout and stderr are separate pipes: only each side's own order is fixed
    assert sorted((await ours()).splitlines()) == [b"err", b"out"]
    assert await ours(demux=True) == (b"out\n", b"err\n")
    assert sorted(await ours(stream=True)) == [b"err\n", b"out\n"]
    pairs = await ours(stream=True, demux=True)
    assert sorted(pairs, key=repr) == [(None, b"err\n"), (b"out\n", None)]
    # the daemon's (empty) answer; Podman 4.3 answers a newline
    assert await ours(detach=True) == ("\n" if engine_info.is_podman else "")


async def test_create_options_reach_the_process(client: Any, running: str) -> None:
    exec_id = await call(
        client,
        "exec_create",
        {"Id": running},
        "sh -c 'echo $A $(pwd) $(id -un); exit 3'",
        environment={"A": "value"},
        workdir="/tmp",
        user="nobody",
    )
    assert await call(client, "exec_start", exec_id) == b"value /tmp nobody\n"
    inspected = await call(client, "exec_inspect", exec_id)
    assert inspected["ExitCode"] == 3 and inspected["Running"] is False
    assert inspected["ProcessConfig"]["user"] == "nobody"
    assert inspected["ContainerID"] == running


async def test_tty_output_is_raw(client: Any, running: str) -> None:
    exec_id = await call(client, "exec_create", running, "echo tty", tty=True)
    assert await call(client, "exec_start", exec_id, tty=True) == b"tty\r\n"


async def test_stdin_through_the_socket(client: Any, running: str) -> None:
    exec_id = await call(client, "exec_create", running, "cat", stdin=True)
    sock = await call(client, "exec_start", exec_id, socket=True)
    await call(sock, "sendall", b"hello exec\n")
    sock.shutdown_write()
    received = b""
    while chunk := await call(sock, "recv", 4096):
        received += chunk
    await call(sock, "aclose" if isinstance(client, AsyncAPIClient) else "close")
    assert received == b"\x01\x00\x00\x00\x00\x00\x00\x0bhello exec\n"


async def test_resize_of_a_running_tty_exec(client: Any, running: str) -> None:
    # waits (10 s at most) for the new size, so a slow machine cannot race the resize
    script = (
        'i=0; while [ "$(stty size 2>/dev/null)" != "33 77" ] && [ $i -lt 200 ]; '
        "do sleep 0.05; i=$((i+1)); done; stty size"
    )
    exec_id = await call(client, "exec_create", running, ["sh", "-c", script], tty=True)
    stream = await call(client, "exec_start", exec_id, tty=True, stream=True)
    deadline = time.monotonic() + 10
    while not (await call(client, "exec_inspect", exec_id))["Running"]:
        assert time.monotonic() < deadline
    await call(client, "exec_resize", exec_id, height=33, width=77)
    assert b"".join(await items(stream)) == b"33 77\r\n"


async def test_exec_in_a_stopped_container_is_an_api_error(
    client: Any, docker_py: Any, engine_info: Any
) -> None:
    container = docker_py.create_container(IMAGE, "true")["Id"]
    try:
        with pytest.raises(APIError) as caught:
            await call(client, "exec_create", container, "true")
        assert isinstance(caught.value, engine_info.conflict)
    finally:
        docker_py.remove_container(container, force=True)
