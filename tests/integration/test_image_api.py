"""docker-py's image methods, login and registry credentials on the real engine,
sync and async, with docker-py as the oracle where results are deterministic.

Registries: the engine's own (the `registry` fixture: `scripts/engine env`'s
DOCKERAPI_TEST_REGISTRY; unique repository names per test), and one started here that wants a login (htpasswd over plain HTTP on
loopback, which the engine treats as an insecure registry). `search` needs
Docker Hub and is covered by the unit tests with a mock daemon.
"""

from __future__ import annotations

import http.server
import io
import socketserver
import tarfile
import threading
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from archives import tar_of
from both_clients import call, items
from dockerapi import APIClient, AsyncAPIClient, DockerClient
from dockerapi.errors import (
    APIError,
    ImageLoadError,
    ImageNotFound,
    NotFound,
    StreamError,
)
from image_cleanup import ImageCleanup as Cleanup
from registry_fixtures import (
    HELPER_NAME,
    AuthRegistry,
    CredentialHelper,
    start_auth_registry,
    write_config,
)

pytestmark = pytest.mark.integration

IMAGE = "busybox:latest"


def unique_repository(registry: str) -> str:
    return f"{registry}/dockerapi-test-{uuid.uuid4().hex[:10]}/x"


#: Podman 4.3 names an imported image `repository:latest`, whatever `tag` says.
_IMPORT_TAG_IGNORED = "import ignores the tag it is given (the image is named :latest)"


@pytest.fixture
def cleanup(docker_py: Any) -> Iterator[Cleanup]:
    helper = Cleanup(docker_py)
    yield helper
    helper.run()


@pytest.fixture(scope="module")
def auth_registry(
    tmp_path_factory: pytest.TempPathFactory, engine_info: Any
) -> Iterator[AuthRegistry]:
    engine_info.not_on_podman(
        "the registry that wants a login listens on the host's loopback, which Podman's"
        " own network namespace cannot reach"
    )
    yield from start_auth_registry(tmp_path_factory.mktemp("auth-registry"))


async def test_tag_push_pull_and_inspect_as_docker_py(
    client: Any, docker_py: Any, cleanup: Cleanup, registry: str, engine_info: Any
) -> None:
    repository = unique_repository(registry)
    cleanup.add(f"{repository}:one", f"{repository}:two")
    assert await call(client, "tag", IMAGE, repository, "one") is True
    assert await call(client, "tag", IMAGE, f"{repository}:two") is True
    pushed = await call(client, "push", repository, "one")
    lines = await items(await call(client, "push", f"{repository}:two", stream=True, decode=True))
    if engine_info.is_podman:  # the digest as text only, no `aux`; no /distribution
        assert isinstance(pushed, str) and "one: digest: sha256:" in pushed
        assert lines[-1]["status"].startswith("two: digest: sha256:")
    else:
        assert isinstance(pushed, str) and '"Digest"' in pushed
        assert lines[-1]["aux"]["Tag"] == "two"
        distribution = await call(client, "inspect_distribution", f"{repository}:one")
        assert distribution == docker_py.inspect_distribution(f"{repository}:one")
        assert distribution["Descriptor"]["digest"] == lines[-1]["aux"]["Digest"]

    assert await call(client, "inspect_image", f"{repository}:one") == docker_py.inspect_image(
        f"{repository}:one"
    )
    assert await call(client, "history", f"{repository}:one") == docker_py.history(IMAGE)
    listed = await call(client, "images", repository)
    assert listed == docker_py.images(repository)
    tags = (tag for image in listed for tag in image["RepoTags"])
    if engine_info.is_podman:  # the image with all its names, not just the matching ones
        tags = (tag for tag in tags if tag.startswith(f"{repository}:"))
    assert sorted(tags) == [
        f"{repository}:one",
        f"{repository}:two",
    ]
    assert await call(client, "images", repository, quiet=True) == [listed[0]["Id"]]

    removed = await call(client, "remove_image", f"{repository}:one")
    assert {"Untagged": f"{repository}:one"} in removed
    await call(client, "remove_image", f"{repository}:two")
    with pytest.raises(ImageNotFound):
        await call(client, "inspect_image", f"{repository}:two")
    text = await call(client, "pull", repository, "one")
    # Podman reports the layers only ("Download complete"), not the image
    done = (
        "Download complete"
        if engine_info.is_podman
        else f"Downloaded newer image for {repository}:one"
    )
    assert done in text
    assert (
        docker_py.inspect_image(f"{repository}:one")["Id"] == docker_py.inspect_image(IMAGE)["Id"]
    )
    streamed = await call(client, "pull", f"{repository}:two", stream=True)
    raw = await items(streamed)
    assert all(isinstance(line, bytes) and line.endswith(b"\n") for line in raw)
    await call(client, "remove_image", f"{repository}:one")
    await call(client, "remove_image", f"{repository}:two")
    if engine_info.is_podman:
        return  # Podman 4.3 pulls `latest` when no tag is sent: no pull of all tags
    everything = await items(
        await call(client, "pull", repository, all_tags=True, stream=True, decode=True)
    )
    assert any("Downloaded newer image" in line.get("status", "") for line in everything)
    tags = {tag for image in docker_py.images(repository) for tag in image["RepoTags"]}
    assert tags == {f"{repository}:one", f"{repository}:two"}


async def test_registry_failures_are_typed(
    client: Any, cleanup: Cleanup, registry: str, engine_info: Any
) -> None:
    repository = unique_repository(registry)
    if engine_info.is_podman:
        # Podman the other way round: the pull fails in the stream, the push at once
        with pytest.raises(StreamError, match="manifest unknown"):
            await call(client, "pull", repository, "missing")
        with pytest.raises(NotFound, match="image not known"):
            await call(client, "push", repository, "missing")
        stream = await call(client, "pull", repository, "missing", stream=True, decode=True)
    else:
        with pytest.raises(NotFound, match="manifest unknown"):
            await call(client, "pull", repository, "missing")
        # the daemon answers 200 and reports the failure in the stream
        with pytest.raises(StreamError, match="does not exist locally"):
            await call(client, "push", repository, "missing")
        stream = await call(client, "push", repository, "missing", stream=True, decode=True)
    seen: list[Any] = []
    with pytest.raises(StreamError):
        if hasattr(stream, "__aiter__"):
            async for line in stream:
                seen.append(line)
        else:
            seen.extend(stream)
    assert "error" in seen[-1]  # the error line itself is handed over first


def _members(archive: bytes) -> list[tuple[str, int, bytes]]:
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        return [
            (member.name, member.size, (tar.extractfile(member) or io.BytesIO()).read())
            for member in tar.getmembers()
        ]


async def test_save_and_load_round_trip(
    client: Any, docker_py: Any, cleanup: Cleanup, registry: str, engine_info: Any
) -> None:
    repository = unique_repository(registry)
    cleanup.add(f"{repository}:saved")
    docker_py.tag(IMAGE, repository, "saved")
    chunks = await items(await call(client, "get_image", f"{repository}:saved", chunk_size=65536))
    assert all(0 < len(chunk) <= 65536 for chunk in chunks)
    archive = b"".join(chunks)
    # the same members with the same contents as docker-py's save (not the same bytes:
    # newer engines stamp directories with the time of the export)
    assert _members(archive) == _members(b"".join(docker_py.get_image(f"{repository}:saved")))
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        assert "manifest.json" in tar.getnames()
    before = docker_py.inspect_image(f"{repository}:saved")["Id"]
    docker_py.remove_image(f"{repository}:saved")
    loaded = await items(await call(client, "load_image", iter([archive[:1000], archive[1000:]])))
    end = "" if engine_info.is_podman else "\n"  # Podman's line has no newline
    assert loaded == [{"stream": f"Loaded image: {repository}:saved{end}"}]
    assert docker_py.inspect_image(f"{repository}:saved")["Id"] == before
    quiet = await items(await call(client, "load_image", io.BytesIO(archive), quiet=True))
    assert quiet == [{"stream": f"Loaded image: {repository}:saved{end}"}]


async def test_loading_garbage_raises_image_load_error(client: Any) -> None:
    # Docker reports it in the stream (ImageLoadStreamError), Podman answers 500
    # (ImageLoadServerError): an ImageLoadError and an APIError either way
    with pytest.raises(ImageLoadError, match="tar") as caught:
        await items(await call(client, "load_image", b"this is not a tar archive" * 100))
    assert isinstance(caught.value, APIError)


class _TarServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


@pytest.fixture
def served_tar() -> Iterator[tuple[str, bytes]]:
    """A tarball served over HTTP on loopback (dockerd runs on this host and reaches it)."""
    data = tar_of({"hello.txt": b"from a url\n"})

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/x-tar")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: Any) -> None:
            pass

    server = _TarServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/rootfs.tar", data
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


async def test_import_from_file_bytes_stream_and_url(
    client: Any,
    docker_py: Any,
    cleanup: Cleanup,
    tmp_path: Path,
    served_tar: tuple[str, bytes],
    engine_info: Any,
) -> None:
    engine_info.not_on_podman(_IMPORT_TAG_IGNORED)
    repository = f"dockerapi-test-import-{uuid.uuid4().hex[:10]}"
    data = tar_of({"etc/marker": b"imported\n"})
    path = tmp_path / "rootfs.tar"
    path.write_bytes(data)
    url, _ = served_tar
    sources = {
        "file": ("import_image_from_file", str(path)),
        "path": ("import_image", str(path)),
        "bytes": ("import_image_from_data", data),
        "stream": ("import_image_from_stream", iter([data[:700], data[700:]])),
        "fileobj": ("import_image", io.BytesIO(data)),
        "url": ("import_image_from_url", url),
    }
    for tag, (method, source) in sources.items():
        cleanup.add(f"{repository}:{tag}")
        output = await call(client, method, source, repository, tag, changes=["ENV FROM=" + tag])
        assert '"status":"sha256:' in output.replace(" ", "")
        config = docker_py.inspect_image(f"{repository}:{tag}")["Config"]
        assert f"FROM={tag}" in config["Env"]
    layers = docker_py.history(f"{repository}:url")
    assert len(layers) == 1 and layers[0]["Comment"].startswith("Imported from http://127.0.0.1:")


async def test_import_from_image_pulls_it(
    client: Any, docker_py: Any, cleanup: Cleanup, registry: str, engine_info: Any
) -> None:
    repository = unique_repository(registry)
    cleanup.add(f"{repository}:src")
    docker_py.tag(IMAGE, repository, "src")
    docker_py.push(repository, "src")
    docker_py.remove_image(f"{repository}:src")
    output = await call(client, "import_image_from_image", f"{repository}:src")
    assert ("Download complete" if engine_info.is_podman else "Downloaded newer image") in output
    assert (
        docker_py.inspect_image(f"{repository}:src")["Id"] == docker_py.inspect_image(IMAGE)["Id"]
    )


async def test_prune_images_by_label(
    client: Any, docker_py: Any, cleanup: Cleanup, engine_info: Any
) -> None:
    engine_info.not_on_podman(
        "prune with `dangling: False` answers 500: Podman adds a `dangling` filter of its own"
    )
    label = f"dockerapi.test.prune-{uuid.uuid4().hex[:10]}"
    repository = f"dockerapi-test-prune-{uuid.uuid4().hex[:10]}"
    cleanup.add(f"{repository}:1")
    await call(
        client,
        "import_image_from_data",
        tar_of({"x": b"x"}),
        repository,
        "1",
        changes=[f"LABEL {label}=1"],
    )
    image_id = docker_py.inspect_image(f"{repository}:1")["Id"]
    pruned = await call(client, "prune_images", filters={"label": label, "dangling": False})
    assert {"Deleted": image_id} in pruned["ImagesDeleted"]
    assert pruned["SpaceReclaimed"] >= 0
    again = await call(client, "prune_images", filters={"label": label})
    assert again["ImagesDeleted"] == []


async def test_private_request_helpers_on_the_engine(client: Any, docker_py: Any) -> None:
    if isinstance(client, AsyncAPIClient):
        await client.negotiate_version()
    response = await call(client, "_get", client._url("/images/{0}/json", IMAGE))
    assert client._result(response, json=True) == docker_py.inspect_image(IMAGE)
    missing = await call(client, "_get", client._url("/images/{0}/json", "dockerapi-nope-x"))
    with pytest.raises(ImageNotFound):
        client._raise_for_status(missing)
    ping = await call(client, "_get", client._url("/_ping", versioned_api=False))
    assert client._result(ping) == "OK"


# --- a registry that wants a login ---------------------------------------------------------


async def test_login_then_push_and_pull_with_the_cached_credentials(
    client: Any, docker_py: Any, auth_registry: AuthRegistry, cleanup: Cleanup, docker_home: Path
) -> None:
    repository = unique_repository(auth_registry.address)
    cleanup.add(f"{repository}:1")
    docker_py.tag(IMAGE, repository, "1")
    with pytest.raises(StreamError, match="no basic auth credentials"):
        await call(client, "push", repository, "1")
    with pytest.raises(APIError) as refused:
        await call(client, "login", auth_registry.username, "wrong", registry=auth_registry.address)
    # Engine 20.10 answers 500 with the registry's 401 in the message
    assert "401 unauthorized" in str(refused.value).lower()
    assert "wrong" not in str(refused.value)
    result = await call(
        client,
        "login",
        auth_registry.username,
        auth_registry.password,
        registry=auth_registry.address,
    )
    assert result["Status"] == "Login Succeeded"
    assert auth_registry.password not in repr(client._auth_configs)
    assert '"Digest"' in await call(client, "push", repository, "1")
    docker_py.remove_image(f"{repository}:1")
    assert "Downloaded newer image" in await call(client, "pull", repository, "1")
    distribution = await call(client, "inspect_distribution", f"{repository}:1")
    assert distribution["Descriptor"]["mediaType"].startswith("application/vnd.docker")


async def test_explicit_auth_config_and_credential_helper(
    client: Any,
    docker_py: Any,
    auth_registry: AuthRegistry,
    cleanup: Cleanup,
    docker_home: Path,
    credential_helper: CredentialHelper,
) -> None:
    repository = unique_repository(auth_registry.address)
    cleanup.add(f"{repository}:1")
    docker_py.tag(IMAGE, repository, "1")
    given = {"username": auth_registry.username, "password": auth_registry.password}
    assert '"Digest"' in await call(client, "push", repository, "1", auth_config=given)
    docker_py.remove_image(f"{repository}:1")
    with pytest.raises(APIError, match="no basic auth credentials"):
        await call(client, "pull", repository, "1")
    # the config names the test helper for this registry, which holds the password
    write_config(docker_home, {"credHelpers": {auth_registry.address: HELPER_NAME}})
    credential_helper.put(auth_registry.address, auth_registry.username, auth_registry.password)
    client.reload_config()
    assert "Downloaded newer image" in await call(client, "pull", repository, "1")
    digest = await call(client, "inspect_distribution", f"{repository}:1")
    assert digest["Descriptor"]["digest"].startswith("sha256:")


def test_docker_client_login(
    auth_registry: AuthRegistry, docker_host: str, docker_home: Path
) -> None:
    with DockerClient(docker_host) as docker_client:
        result = docker_client.login(
            auth_registry.username, auth_registry.password, registry=auth_registry.address
        )
        assert result["Status"] == "Login Succeeded"
        with APIClient(docker_host) as other:  # the cache is per client
            assert other._auth_configs.is_empty


@pytest.fixture
async def async_docker_client(docker_host: str) -> AsyncIterator[Any]:
    from dockerapi import AsyncDockerClient

    async with AsyncDockerClient(docker_host) as docker_client:
        yield docker_client


async def test_async_docker_client_login(
    async_docker_client: Any, auth_registry: AuthRegistry, docker_home: Path
) -> None:
    result = await async_docker_client.login(
        auth_registry.username, auth_registry.password, registry=auth_registry.address
    )
    assert result["Status"] == "Login Succeeded"
