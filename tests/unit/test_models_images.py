"""The high-level image layer without an engine: `images`, `Image`, `RegistryData`
against a fake daemon (sync and async from one body), docker-py's names and
signatures as the oracle, what is read from the daemon's output, `containers.run`'s
pull, and `DockerClient.from_context`."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from both_clients import call, items, parameters
from core_fakes import FakeDaemon, TrackedStream
from dockerapi import AsyncDockerClient, ContextAPI, DockerClient
from dockerapi._decoders import RawJSONLinesDecoder
from dockerapi._plan import StreamOf
from dockerapi.api.build import BuildApiMixin
from dockerapi.errors import (
    BuildError,
    ContextNotFound,
    InvalidArgument,
    InvalidRepository,
    StreamError,
)
from dockerapi.models._image_output import built_image_id, loaded_name, nothing, picked
from dockerapi.models.images import (
    AsyncImage,
    AsyncImageCollection,
    AsyncRegistryData,
    BuildOptions,
    Image,
    ImageCollection,
    RegistryData,
)
from high_level_fakes import answer

IMAGE_ID = "sha256:" + "ab" * 32
DIGEST = "sha256:" + "cd" * 32
INSPECTED = {"Id": IMAGE_ID, "RepoTags": ["app:1"], "Config": {"Labels": {"a": "b"}}}


def lines(*items: Any) -> bytes:
    return b"".join(json.dumps(item).encode() + b"\r\n" for item in items)


def sent(daemon: FakeDaemon) -> list[tuple[str, str]]:
    """(method, path without the version prefix) of every request but /version."""
    return [
        (r.method, "/" + r.url.path.split("/", 2)[2])
        for r in daemon.requests
        if r.url.path != "/version"
    ]


# -- names, signatures, one implementation ------------------------------------------


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [(Image, "Image"), (RegistryData, "RegistryData"), (ImageCollection, "ImageCollection")],
)
def test_every_docker_py_name_is_there(ours: type, theirs: str) -> None:
    docker_images = pytest.importorskip("docker.models.images")
    names = {name for name in vars(getattr(docker_images, theirs)) if not name.startswith("_")}
    assert names <= set(dir(ours))


EXPLICIT = [
    (Image, "Image", ["history", "remove", "save"]),
    (RegistryData, "RegistryData", ["pull", "has_platform", "reload"]),
    (ImageCollection, "ImageCollection", ["get", "get_registry_data", "list", "load", "prune"]),
]


@pytest.mark.parametrize(
    ("ours", "theirs", "name"), [(o, t, n) for o, t, names in EXPLICIT for n in names]
)
def test_signature_matches_docker_py(ours: type, theirs: str, name: str) -> None:
    docker_images = pytest.importorskip("docker.models.images")
    assert parameters(ours, name) == parameters(getattr(docker_images, theirs), name)


@pytest.mark.parametrize(
    ("ours", "theirs", "name", "leading"),
    [
        (Image, "Image", "tag", 3),  # (self, repository, tag=None), then `force` by name
        (ImageCollection, "ImageCollection", "pull", 4),  # (self, repository, tag, all_tags)
        (ImageCollection, "ImageCollection", "push", 3),  # (self, repository, tag)
    ],
)
def test_leading_parameters_are_docker_pys(
    ours: type, theirs: str, name: str, leading: int
) -> None:
    docker_images = pytest.importorskip("docker.models.images")
    mine = [(n, d) for n, _, d in parameters(ours, name)][:leading]
    assert (
        mine == [(n, d) for n, _, d in parameters(getattr(docker_images, theirs), name)][:leading]
    )


def test_build_takes_the_low_level_build_arguments_but_decode() -> None:
    docker_build = pytest.importorskip("docker.api.build")
    theirs = {n for n, _, _ in parameters(docker_build.BuildApiMixin, "build")} - {"self"}
    low_level = {n for n, _, _ in parameters(BuildApiMixin, "build")} - {"self"}
    assert set(BuildOptions.__annotations__) == low_level - {"decode", "raise_on_error"}
    assert theirs - {"decode"} <= set(BuildOptions.__annotations__)
    assert [kind.name for _, kind, _ in parameters(ImageCollection, "build")] == [
        "POSITIONAL_OR_KEYWORD",  # self
        "VAR_KEYWORD",  # by keyword only, as docker-py's images.build(**kwargs)
    ]


def test_the_flavours_share_one_implementation() -> None:
    for name in ("save", "tag", "history", "remove", "reload"):
        assert getattr(Image, name) is getattr(AsyncImage, name)
    for name in ("pull", "has_platform", "reload"):
        assert getattr(RegistryData, name) is getattr(AsyncRegistryData, name)
    for name in ("build", "get", "get_registry_data", "list", "load", "pull", "push", "remove",
                 "search", "prune", "prune_builds"):  # fmt: skip
        assert getattr(ImageCollection, name) is getattr(AsyncImageCollection, name)


def test_models_from_attrs() -> None:
    image = Image(INSPECTED)
    assert image.short_id == IMAGE_ID[:19] and image.tags == ["app:1"]
    assert repr(image) == "<Image: 'app:1'>" and image.labels == {"a": "b"}
    assert image.model.id == IMAGE_ID
    assert Image({"Id": "abcdef0123456789"}).short_id == "abcdef012345"
    data = RegistryData("app:1", {"Descriptor": {"digest": DIGEST}, "Platforms": [{"os": "linux"}]})
    assert data.id == DIGEST and data.short_id == DIGEST[:19] and data.image_name == "app:1"
    assert repr(data) == f"<RegistryData: {DIGEST[:19]}>"
    assert data.model.descriptor.digest == DIGEST
    assert RegistryData("app", {}).id is None


# -- reading the daemon's output (no I/O) ---------------------------------------------


def test_the_built_image_id_is_read_as_docker_py_reads_it() -> None:
    log = [
        {"stream": "Step 1/1 : FROM busybox\n"},
        {"aux": {"ID": IMAGE_ID}},
        {"stream": "Successfully built 0123456789ab\n"},
        {"stream": "Successfully tagged app:1\n"},
    ]
    assert built_image_id(log) == "0123456789ab"
    assert built_image_id([{"stream": IMAGE_ID + "\n"}]) == IMAGE_ID[7:]  # quiet
    # Podman's quiet build prints the ID without `sha256:`; other bare hex is no ID
    assert built_image_id([{"stream": IMAGE_ID[7:] + "\n"}]) == IMAGE_ID[7:]
    assert built_image_id([{"stream": "0123456789ab\n"}, {"stream": "cafe\n"}]) is None
    assert built_image_id([{"stream": "no id here\n"}, ["not", "a", "dict"], 3]) is None
    assert built_image_id([{"stream": 42}]) is None


def test_loaded_names() -> None:
    assert loaded_name({"stream": "Loaded image: app:1\n"}) == "app:1"
    assert loaded_name({"stream": f"Loaded image ID: {IMAGE_ID}\n"}) == IMAGE_ID
    assert loaded_name({"status": "Loading layer", "progressDetail": {}}) is None
    assert loaded_name(b"bytes") is None


def test_picked_keeps_only_what_it_needs_and_still_raises() -> None:
    def decoder() -> Any:
        return RawJSONLinesDecoder()

    stream = StreamOf.mapped(None, decoder, json.loads)  # type: ignore[arg-type]
    only = picked(stream, lambda item: item.get("id"))
    one = only.decoder()
    assert one.feed(b'{"id": "a"}\n{"status": "x"}\n{"id"') == ["a"]
    assert one.feed(b': "b"}\n') == ["b"] and one.flush() == []
    assert picked(stream, nothing).decoder().feed(b'{"id": "a"}\n' * 1000) == []

    from dockerapi.api._progress import raise_after_error
    from dockerapi.errors import error_from_stream_item

    raising = StreamOf.decoded(None, raise_after_error(decoder, error_from_stream_item))  # type: ignore[arg-type]
    silent = picked(raising, nothing).decoder()
    assert silent.feed(b'{"status": "ok"}\n{"error": "it broke"}\n') == []
    with pytest.raises(StreamError, match="it broke"):
        silent.flush()


# -- the collection against a fake daemon ----------------------------------------------


async def test_pull_reads_the_progress_then_gets_the_image(high: Any, daemon: FakeDaemon) -> None:
    answer(daemon, "POST", "/images/create", 200, lines({"status": "Pulling"}, {"status": "ok"}))
    answer(daemon, "GET", "/images/app:1/json", 200, INSPECTED)
    image = await call(high.images, "pull", "app:1")
    assert isinstance(image, AsyncImage if isinstance(high, AsyncDockerClient) else Image)
    assert image.id == IMAGE_ID
    create = daemon.requests[-2]
    assert list(create.url.params.multi_items()) == [("fromImage", "app"), ("tag", "1")]

    answer(daemon, "GET", "/images/app:latest/json", 200, INSPECTED)
    await call(high.images, "pull", "app", platform="linux/amd64", auth_config={"username": "u"})
    create = daemon.requests[-2]
    assert dict(create.url.params.multi_items()) == {
        "fromImage": "app",
        "tag": "latest",
        "platform": "linux/amd64",
    }
    assert "x-registry-auth" in create.headers

    answer(daemon, "GET", f"/images/app@{DIGEST}/json", 200, INSPECTED)
    await call(high.images, "pull", f"app@{DIGEST}")
    assert sent(daemon)[-1] == ("GET", f"/images/app@{DIGEST}/json")


async def test_pull_all_tags_lists_the_repository(high: Any, daemon: FakeDaemon) -> None:
    answer(daemon, "POST", "/images/create", 200, lines({"status": "ok"}))
    answer(daemon, "GET", "/images/json", 200, [{"Id": IMAGE_ID}])
    answer(daemon, "GET", f"/images/{IMAGE_ID}/json", 200, INSPECTED)
    images = await call(high.images, "pull", "app", "ignored", True)
    assert [image.id for image in images] == [IMAGE_ID]
    create = next(r for r in daemon.requests if r.url.path.endswith("/images/create"))
    assert list(create.url.params.multi_items()) == [("fromImage", "app")]
    listing = next(r for r in daemon.requests if r.url.path.endswith("/images/json"))
    assert json.loads(listing.url.params["filters"]) == {"reference": ["app"]}


async def test_a_failed_pull_raises_the_daemons_error(high: Any, daemon: FakeDaemon) -> None:
    failing = lines({"status": "Pulling"}, {"error": "unauthorized", "errorDetail": {}})
    answer(daemon, "POST", "/images/create", 200, failing)
    with pytest.raises(StreamError, match="unauthorized"):
        await call(high.images, "pull", "app:1")
    assert sent(daemon) == [("POST", "/images/create")]


async def test_pull_keeps_docker_pys_handling_of_stream(high: Any, daemon: FakeDaemon) -> None:
    answer(daemon, "POST", "/images/create", 200, lines({"status": "ok"}))
    answer(daemon, "GET", "/images/app:1/json", 200, INSPECTED)
    with pytest.warns(UserWarning, match="`stream` is not a valid parameter"):
        image = await call(high.images, "pull", "app:1", stream=True, decode=True)
    assert image.id == IMAGE_ID


async def test_build_without_an_image_id_is_a_build_error(high: Any, daemon: FakeDaemon) -> None:
    answer(daemon, "POST", "/build", 200, lines({"stream": "Step 1/1 : FROM x\n"}, {"aux": {}}))
    with pytest.raises(BuildError) as caught:
        await call(high.images, "build", fileobj=_dockerfile())
    assert str(caught.value) == str({"aux": {}}) and list(caught.value.build_log)[-1] == {"aux": {}}
    answer(daemon, "POST", "/build", 200, b"")
    with pytest.raises(BuildError, match=r"^Unknown$"):
        await call(high.images, "build", fileobj=_dockerfile())


async def test_build_asks_for_the_image_it_built(high: Any, daemon: FakeDaemon) -> None:
    printed = ({"stream": "Step 1/1 : FROM x\n"}, {"stream": "Successfully built 0123456789ab\n"})
    answer(daemon, "POST", "/build", 200, lines(*printed))
    answer(daemon, "GET", "/images/0123456789ab/json", 200, INSPECTED)
    image, log = await call(high.images, "build", fileobj=_dockerfile(), tag="app:1")
    assert image.id == IMAGE_ID
    if isinstance(high, AsyncDockerClient):
        assert [item async for item in log] == list(printed)
    else:
        assert list(log) == list(printed)
    build = next(r for r in daemon.requests if r.url.path.endswith("/build"))
    assert build.url.params["t"] == "app:1"


async def test_load_returns_the_images_it_reports(high: Any, daemon: FakeDaemon) -> None:
    progress = lines(
        {"status": "Loading layer", "progressDetail": {"current": 1, "total": 2}},
        {"stream": "Loaded image: app:1\n"},
        {"stream": f"Loaded image ID: {IMAGE_ID}\n"},
    )
    answer(daemon, "POST", "/images/load", 200, progress)
    answer(daemon, "GET", "/images/app:1/json", 200, INSPECTED)
    answer(daemon, "GET", f"/images/{IMAGE_ID}/json", 200, INSPECTED)
    loaded = await call(high.images, "load", b"tar bytes")
    assert [image.id for image in loaded] == [IMAGE_ID, IMAGE_ID]
    assert sent(daemon)[1:] == [("GET", "/images/app:1/json"), ("GET", f"/images/{IMAGE_ID}/json")]


async def test_search_asks_docker_hub_through_the_daemon(high: Any, daemon: FakeDaemon) -> None:
    hits = [{"name": "busybox", "star_count": 3, "is_official": True, "description": "tiny"}]
    answer(daemon, "GET", "/images/search", 200, hits)
    assert await call(high.images, "search", "busy", limit=5) == hits
    assert list(daemon.requests[-1].url.params.multi_items()) == [("term", "busy"), ("limit", "5")]
    with pytest.raises(InvalidArgument, match="limit must be an int"):
        await call(high.images, "search", "busy", limit="5")


async def test_registry_data_asks_the_daemon(high: Any, daemon: FakeDaemon) -> None:
    distribution = {
        "Descriptor": {"digest": DIGEST, "mediaType": "m", "size": 1},
        "Platforms": [{"architecture": "arm64", "os": "linux", "variant": "v8"}],
    }
    answer(daemon, "GET", "/distribution/reg:5000/app:1/json", 200, distribution)
    data = await call(high.images, "get_registry_data", "reg:5000/app:1")
    assert data.id == DIGEST and data.image_name == "reg:5000/app:1"
    # a whole platform needs no question to the daemon; a partial one asks its OS and arch
    assert await call(data, "has_platform", "linux/arm64/v8") is True
    assert await call(data, "has_platform", {"os": "linux", "architecture": "arm64"}) is False
    assert sent(daemon) == [("GET", "/distribution/reg:5000/app:1/json")]

    answer(daemon, "POST", "/images/create", 200, lines({"status": "ok"}))
    answer(daemon, "GET", f"/images/reg:5000/app@{DIGEST}/json", 200, INSPECTED)
    image = await call(data, "pull", platform="linux/arm64/v8")
    assert image.id == IMAGE_ID
    create = next(r for r in daemon.requests if r.url.path.endswith("/images/create"))
    assert dict(create.url.params.multi_items()) == {
        "fromImage": "reg:5000/app",
        "tag": DIGEST,
        "platform": "linux/arm64/v8",
    }


async def test_bad_input_sends_nothing(high: Any, daemon: FakeDaemon) -> None:
    with pytest.raises(InvalidRepository):
        await call(high.images, "pull", "Bad/Name:1")
    with pytest.raises(InvalidRepository):
        await call(high.images, "pull", "app", "bad tag")
    with pytest.raises(TypeError, match="pull\\(\\) got an unexpected keyword argument 'tags'"):
        await call(high.images, "pull", "app", tags="1")
    with pytest.raises(InvalidRepository):
        await call(high.images, "get_registry_data", "a::b")
    with pytest.raises(InvalidRepository):
        await call(high.images, "push", "app/Upper")
    with pytest.raises(TypeError, match="path or fileobj"):
        await call(high.images, "build")
    with pytest.raises(TypeError, match="unexpected keyword argument 'colour'"):
        await call(high.images, "build", fileobj=_dockerfile(), colour="red")
    image = high.images.prepare_model(INSPECTED)
    with pytest.raises(InvalidArgument, match="other:1 is not a valid tag for this image"):
        await call(image, "save", named="other:1")
    data = high.images.registry_data("app:1", {"Descriptor": {"digest": DIGEST}}, high)
    for platform in ("linux/amd64/v8/x", "linux//v8", 42):
        with pytest.raises(InvalidArgument, match="platform"):
            await call(data, "has_platform", platform)
    assert daemon.requests == []


async def test_save_streams_the_tarball_as_it_is_read(high: Any, daemon: FakeDaemon) -> None:
    served: list[TrackedStream] = []

    @daemon.route("GET", "/images/app:1/get")
    def archive(request: httpx.Request) -> httpx.Response:
        served.append(TrackedStream([b"t" * 1000] * 100))
        return httpx.Response(200, stream=served[-1])

    image = high.images.prepare_model(INSPECTED)
    stream = await call(image, "save", chunk_size=1000, named=True)
    if isinstance(high, AsyncDockerClient):
        first = await stream.__anext__()
        assert served[0].sent < 10  # read as the caller reads, not all at once
        await stream.aclose()
    else:
        first = next(stream)
        assert served[0].sent < 10
        stream.close()
    assert first == b"t" * 1000 and served[0].closed


async def test_save_named_by_the_short_form_of_a_full_name(high: Any, daemon: FakeDaemon) -> None:
    # Podman lists `app:1` as `docker.io/library/app:1`: the short name still names it
    @daemon.route("GET", "/images/docker.io/library/app:1/get")
    def archive(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"tarball")

    image = high.images.prepare_model({**INSPECTED, "RepoTags": ["docker.io/library/app:1"]})
    assert b"".join(await items(await call(image, "save", named="app:1"))) == b"tarball"
    for other in ("app:2", "other/app:1", "localhost/app:1"):
        with pytest.raises(InvalidArgument, match="is not a valid tag for this image"):
            await call(image, "save", named=other)


async def test_remove_returns_nothing_as_docker_py(high: Any, daemon: FakeDaemon) -> None:
    answer(daemon, "DELETE", f"/images/{IMAGE_ID}", 200, [{"Deleted": IMAGE_ID}])
    image = high.images.prepare_model(INSPECTED)
    assert await call(high.images, "remove", image, force=True) is None
    assert daemon.requests[-1].url.params["force"] == "true"
    assert await call(image, "remove") == [{"Deleted": IMAGE_ID}]


def _dockerfile() -> Any:
    import io

    return io.BytesIO(b"FROM busybox:latest\n")


# -- containers.run pulls a missing image ------------------------------------------------


async def test_run_pulls_a_missing_image_then_creates_again(high: Any, daemon: FakeDaemon) -> None:
    created: list[bool] = []

    @daemon.route("POST", "/containers/create")
    def create(request: httpx.Request) -> httpx.Response:
        request.read()
        if not created:
            created.append(True)
            return httpx.Response(404, json={"message": "No such image: app:1"})
        return httpx.Response(201, json={"Id": "c1", "Warnings": []})

    answer(daemon, "POST", "/images/create", 200, lines({"status": "pulled"}))
    answer(daemon, "GET", "/images/app:1/json", 200, INSPECTED)
    answer(daemon, "GET", "/containers/c1/json", 200, {"Id": "c1", "State": {}})
    answer(daemon, "POST", "/containers/c1/start", 204, b"")
    container = await call(high.containers, "run", "app:1", detach=True, platform="linux")
    assert container.id == "c1"
    assert sent(daemon) == [
        ("POST", "/containers/create"),
        ("POST", "/images/create"),
        ("GET", "/images/app:1/json"),
        ("POST", "/containers/create"),
        ("GET", "/containers/c1/json"),
        ("POST", "/containers/c1/start"),
    ]
    pull = next(r for r in daemon.requests if r.url.path.endswith("/images/create"))
    assert dict(pull.url.params.multi_items()) == {
        "fromImage": "app",
        "tag": "1",
        "platform": "linux",
    }


# -- from_context ------------------------------------------------------------------------


def test_from_context_signature_starts_like_docker_pys() -> None:
    docker_client = pytest.importorskip("docker.client")
    ours = parameters(DockerClient, "from_context")
    theirs = parameters(docker_client.DockerClient, "from_context")
    assert ours[0][:1] == theirs[0][:1] == ("name",) and ours[0][2] is theirs[0][2] is None


@pytest.mark.parametrize("cls", [DockerClient, AsyncDockerClient])
def test_from_context_uses_the_named_or_current_context(
    cls: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    ContextAPI.create_context("remote", host="tcp://10.9.8.7:2375")
    monkeypatch.setenv("DOCKER_HOST", "tcp://127.0.0.1:1")  # from_context never reads it
    monkeypatch.delenv("DOCKER_CONTEXT", raising=False)

    client = cls.from_context("remote", version="1.41", timeout=7)
    assert client.api.host.url == "tcp://10.9.8.7:2375"
    assert client.api.host.origin == "docker context remote"
    assert client.api.api_version == "1.41" and client.api.timeout == 7

    assert cls.from_context().api.host.origin == "default"  # the current one: default
    ContextAPI.set_current_context("remote")
    assert cls.from_context().api.host.url == "tcp://10.9.8.7:2375"
    monkeypatch.setenv("DOCKER_CONTEXT", "default")
    assert cls.from_context().api.host.origin == "default"

    moved = cls.from_context("remote", base_url="tcp://10.1.1.1:2375")
    assert moved.api.host.url == "tcp://10.1.1.1:2375"
    with pytest.raises(ContextNotFound, match="context 'nowhere' not found"):
        cls.from_context("nowhere")
