"""exec_create / exec_start / exec_inspect / exec_resize on the real engine, sync and async."""

from __future__ import annotations

import inspect
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from both_clients import call, items
from dockerapi import APIClient, AsyncAPIClient
from dockerapi.errors import APIError

pytestmark = pytest.mark.integration

IMAGE = "busybox:latest"
OUT_AND_ERR = "echo out; echo err >&2"


class Api:
    def __init__(self, client: Any) -> None:
        self.client = client
        self.is_async = isinstance(client, AsyncAPIClient)

    async def call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        return await call(self.client, name, *args, **kwargs)

    async def items(self, stream: Any) -> list[Any]:
        return await items(stream)

    async def sock(self, sock: Any, verb: str, *args: Any) -> Any:
        result = getattr(sock, verb)(*args)
        return await result if inspect.isawaitable(result) else result


@pytest.fixture(params=["sync", "async"])
async def api(request: pytest.FixtureRequest, docker_host: str) -> AsyncIterator[Api]:
    if request.param == "sync":
        with APIClient(docker_host) as client:
            yield Api(client)
    else:
        async with AsyncAPIClient(docker_host) as aclient:
            yield Api(aclient)


@pytest.fixture
def docker_py(docker_host: str) -> Iterator[Any]:
    docker = pytest.importorskip("docker")
    client = docker.APIClient(base_url=docker_host, version="1.41")
    yield client
    client.close()


@pytest.fixture
def running(docker_py: Any) -> Iterator[str]:
    container = docker_py.create_container(
        IMAGE, ["sleep", "300"], host_config=docker_py.create_host_config(network_mode="none")
    )["Id"]
    docker_py.start(container)
    yield container
    docker_py.remove_container(container, force=True)


async def test_output_shapes(api: Api, running: str) -> None:
    # The shapes docker-py gives for the same calls (its exec_start leaves hijacked
    # sockets to the garbage collector, so it is not called here as an oracle).
    async def ours(**options: Any) -> Any:
        exec_id = await api.call("exec_create", running, ["sh", "-c", OUT_AND_ERR])
        result = await api.call("exec_start", exec_id, **options)
        return await api.items(result) if options.get("stream") else result

    # stdout and stderr are separate pipes: only each side's own order is fixed
    assert sorted((await ours()).splitlines()) == [b"err", b"out"]
    assert await ours(demux=True) == (b"out\n", b"err\n")
    assert sorted(await ours(stream=True)) == [b"err\n", b"out\n"]
    pairs = await ours(stream=True, demux=True)
    assert sorted(pairs, key=repr) == [(None, b"err\n"), (b"out\n", None)]
    assert await ours(detach=True) == ""


async def test_create_options_reach_the_process(api: Api, running: str) -> None:
    exec_id = await api.call(
        "exec_create",
        {"Id": running},
        "sh -c 'echo $A $(pwd) $(id -un); exit 3'",
        environment={"A": "value"},
        workdir="/tmp",
        user="nobody",
    )
    assert await api.call("exec_start", exec_id) == b"value /tmp nobody\n"
    inspected = await api.call("exec_inspect", exec_id)
    assert inspected["ExitCode"] == 3 and inspected["Running"] is False
    assert inspected["ProcessConfig"]["user"] == "nobody"
    assert inspected["ContainerID"] == running


async def test_tty_output_is_raw(api: Api, running: str) -> None:
    exec_id = await api.call("exec_create", running, "echo tty", tty=True)
    assert await api.call("exec_start", exec_id, tty=True) == b"tty\r\n"


async def test_stdin_through_the_socket(api: Api, running: str) -> None:
    exec_id = await api.call("exec_create", running, "cat", stdin=True)
    sock = await api.call("exec_start", exec_id, socket=True)
    await api.sock(sock, "sendall", b"hello exec\n")
    sock.shutdown_write()
    received = b""
    while chunk := await api.sock(sock, "recv", 4096):
        received += chunk
    await api.sock(sock, "aclose" if api.is_async else "close")
    assert received == b"\x01\x00\x00\x00\x00\x00\x00\x0bhello exec\n"


async def test_resize_of_a_running_tty_exec(api: Api, running: str) -> None:
    # waits (10 s at most) for the new size, so a slow machine cannot race the resize
    script = (
        'i=0; while [ "$(stty size 2>/dev/null)" != "33 77" ] && [ $i -lt 200 ]; '
        "do sleep 0.05; i=$((i+1)); done; stty size"
    )
    exec_id = await api.call("exec_create", running, ["sh", "-c", script], tty=True)
    stream = await api.call("exec_start", exec_id, tty=True, stream=True)
    deadline = time.monotonic() + 10
    while not (await api.call("exec_inspect", exec_id))["Running"]:
        assert time.monotonic() < deadline
    await api.call("exec_resize", exec_id, height=33, width=77)
    assert b"".join(await api.items(stream)) == b"33 77\r\n"


async def test_exec_in_a_stopped_container_is_an_api_error(api: Api, docker_py: Any) -> None:
    container = docker_py.create_container(IMAGE, "true")["Id"]
    try:
        with pytest.raises(APIError) as caught:
            await api.call("exec_create", container, "true")
        assert caught.value.status_code == 409
    finally:
        docker_py.remove_container(container, force=True)
