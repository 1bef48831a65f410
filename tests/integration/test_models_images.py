"""`client.images`, `Image` and `RegistryData` on the real engine, DockerClient and
AsyncDockerClient (one test body for both), with docker-py's high-level client as the
oracle where the result is deterministic; and `containers.run` pulling a missing image.

Registries: the engine's own (the `registry` fixture: `scripts/engine env`'s
DOCKERAPI_TEST_REGISTRY), with a repository name unique to each test. `search` needs Docker Hub: see
tests/unit/test_models_images.py.
"""

from __future__ import annotations

import io
import tarfile
import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from both_clients import call, items
from dockerapi import AsyncDockerClient
from dockerapi.errors import BuildError, ImageLoadError, ImageNotFound, NotFound, StreamError
from dockerapi.models.images import AsyncImage, AsyncRegistryData, Image, RegistryData
from image_cleanup import ImageCleanup

pytestmark = pytest.mark.integration

#: What these tests create carries this label with the `tag` fixture's value (see conftest).
LABEL = "dockerapi.test.models"
IMAGE = "busybox:latest"


def is_async(client: Any) -> bool:
    return isinstance(client, AsyncDockerClient)


def flavour_of(client: Any, sync_class: type, async_class: type) -> type:
    return async_class if is_async(client) else sync_class


def dockerfile(tag: str, *steps: str) -> io.BytesIO:
    """A Dockerfile from busybox whose image carries the test's label."""
    lines = [f"FROM {IMAGE}", f"LABEL {LABEL}={tag}", *steps]
    return io.BytesIO("\n".join(lines).encode() + b"\n")


def own_labels(labels: dict[str, str], engine_info: Any) -> dict[str, str]:
    """An image's labels without the `io.buildah.version` Podman's builder adds."""
    if not engine_info.is_podman:
        return labels
    return {key: value for key, value in labels.items() if key != "io.buildah.version"}


def members(archive: bytes) -> list[str]:
    with tarfile.open(fileobj=io.BytesIO(archive)) as opened:
        return opened.getnames()


async def log_items(log: Any) -> list[Any]:
    """A build log of either client, read to its end."""
    if isinstance(log, AsyncIterator):
        return [item async for item in log]
    assert isinstance(log, Iterator), log
    return list(log)


def new_repository(registry: str) -> str:
    """A repository on the test registry nobody else uses."""
    return ImageCleanup.repository(registry, "dockerapi-test-models")


@pytest.fixture
def references(docker_py: Any) -> Iterator[ImageCleanup]:
    """Image references a test made (registry repositories...), removed at its end."""
    made = ImageCleanup(docker_py)
    yield made
    made.run()


def pushed(docker_py: Any, references: ImageCleanup, registry: str, tag: str = "1") -> str:
    """`busybox:latest` pushed to a new repository of the test registry, as `repo:tag`
    (also tagged locally: remove it to make the daemon pull)."""
    repository = new_repository(registry)
    references.add(f"{repository}:{tag}")
    docker_py.tag(IMAGE, repository, tag)
    docker_py.push(repository, tag)
    return f"{repository}:{tag}"


# -- build ---------------------------------------------------------------------------


async def test_build_returns_the_image_and_its_log_like_docker_py(
    docker_client: Any, docker_py_client: Any, tag: str, engine_info: Any
) -> None:
    steps = ("RUN echo built-here", "ENV STEP=two")
    image, log = await call(
        docker_client.images, "build", fileobj=dockerfile(tag, *steps),
        tag=f"dockerapi-build-{tag}:1", rm=True,
    )  # fmt: skip
    assert isinstance(image, flavour_of(docker_client, Image, AsyncImage))
    assert image.tags == [engine_info.repo_tag(f"dockerapi-build-{tag}:1")]
    assert own_labels(image.labels, engine_info) == {LABEL: tag}
    lines = await log_items(log)
    assert all(isinstance(line, dict) for line in lines)
    # the step, not its output: the classic builder now and then loses a RUN step's output
    step = engine_info.build_step(3, 4, "RUN echo built-here")
    assert any(line.get("stream", "").startswith(step) for line in lines)
    assert any(line.get("stream", "").startswith("Successfully built ") for line in lines)

    # docker-py builds the same Dockerfile (from the cache: the same image)
    theirs, their_log = docker_py_client.images.build(
        fileobj=dockerfile(tag, *steps), tag=f"dockerapi-build-{tag}:2", rm=True
    )
    assert theirs.id == image.id
    assert [line for line in their_log if "stream" in line][:2] == [
        line for line in lines if "stream" in line
    ][:2]
    assert "STEP=two" in image.attrs["Config"]["Env"]


async def test_quiet_build_from_a_directory(
    docker_client: Any, tag: str, tmp_path: Any, engine_info: Any
) -> None:
    (tmp_path / "Dockerfile").write_bytes(dockerfile(tag, "COPY data /data").getvalue())
    (tmp_path / "data").write_text("context file\n")
    image, log = await call(docker_client.images, "build", path=str(tmp_path), quiet=True, rm=True)
    lines = await log_items(log)
    # the quiet output is the ID alone (Podman's without `sha256:`)
    assert lines == [{"stream": engine_info.reported_id(image.id) + "\n"}]
    assert own_labels(image.labels, engine_info) == {LABEL: tag}


async def test_a_failing_step_raises_build_error_with_the_log_like_docker_py(
    docker_client: Any, docker_py_client: Any, tag: str, engine_info: Any
) -> None:
    failing = ("RUN echo before-failing; exit 3",)
    with pytest.raises(BuildError) as ours:
        await call(docker_client.images, "build", fileobj=dockerfile(tag, *failing), forcerm=True)
    docker = pytest.importorskip("docker")
    with pytest.raises(docker.errors.BuildError) as theirs:
        docker_py_client.images.build(fileobj=dockerfile(tag, *failing), forcerm=True)
    error = ours.value
    assert str(error) == str(theirs.value) == error.msg
    message, code = engine_info.failed_run("echo before-failing; exit 3", 3)
    assert message in error.msg
    log = list(error.build_log)
    failed_step = engine_info.build_step(3, 3, failing[0])
    assert any(line.get("stream", "").startswith(failed_step) for line in log)
    assert log[-1]["errorDetail"].get("code") == code
    their_log = list(theirs.value.build_log)
    step = engine_info.build_step(1, 3, "").split("1")[0]  # "Step " or "STEP "

    def steps(lines: list[Any]) -> list[str]:
        return [line["stream"] for line in lines if line.get("stream", "").startswith(step)]

    assert len(steps(log)) == 3
    assert log[-1] == their_log[-1] and steps(log) == steps(their_log)


async def test_build_refuses_bad_arguments_before_sending(docker_client: Any) -> None:
    with pytest.raises(TypeError, match="path or fileobj"):
        await call(docker_client.images, "build")
    with pytest.raises(TypeError, match="no_such_option"):
        await call(docker_client.images, "build", path=".", no_such_option=True)


# -- get, list, the model ------------------------------------------------------------


async def test_get_list_and_the_image_model_like_docker_py(
    docker_client: Any, docker_py_client: Any, tag: str, engine_info: Any
) -> None:
    built, _ = await call(docker_client.images, "build", fileobj=dockerfile(tag), rm=True)
    repository = f"dockerapi-model-{tag}"
    assert await call(built, "tag", repository, "one") is True
    assert await call(built, "tag", f"{repository}:two") is True
    image = await call(docker_client.images, "get", f"{repository}:one")
    theirs = docker_py_client.images.get(f"{repository}:one")
    assert image == built and image.attrs == theirs.attrs
    names = [engine_info.repo_tag(f"{repository}:{name}") for name in ("one", "two")]
    assert sorted(image.tags) == sorted(theirs.tags) == names
    assert image.short_id == theirs.short_id and image.labels == theirs.labels
    assert own_labels(image.labels, engine_info) == {LABEL: tag}
    assert repr(image) == repr(theirs).replace("<Image:", f"<{type(image).__name__}:")
    assert await call(image, "history") == theirs.history()
    assert image.model.id == image.id and image.model.config.labels[LABEL] == tag

    listed = await call(docker_client.images, "list", repository)
    assert listed == [image] and [i.id for i in docker_py_client.images.list(repository)] == [
        image.id
    ]
    labelled = await call(docker_client.images, "list", filters={"label": f"{LABEL}={tag}"})
    assert labelled == [image]

    await call(docker_client.images, "remove", f"{repository}:two")
    assert len(image.tags) == 2  # attrs are a snapshot until reload()
    await call(image, "reload")
    assert image.tags == names[:1]
    with pytest.raises(ImageNotFound):
        await call(docker_client.images, "get", f"{repository}:two")


async def test_remove_and_prune_with_a_label_filter(
    docker_client: Any, docker_py: Any, tag: str, engine_info: Any
) -> None:
    built, _ = await call(docker_client.images, "build", fileobj=dockerfile(tag), rm=True)
    await call(built, "tag", f"dockerapi-removed-{tag}", "1")
    await call(built, "tag", f"dockerapi-removed-{tag}", "2")
    untagged = await call(docker_client.images, "remove", f"dockerapi-removed-{tag}:1")
    assert untagged is None  # docker-py's images.remove returns nothing
    gone = await call(built, "remove", force=True)  # Image.remove says what happened
    assert {"Untagged": engine_info.repo_tag(f"dockerapi-removed-{tag}:2")} in gone
    assert {"Deleted": engine_info.reported_id(built.id)} in gone
    with pytest.raises(ImageNotFound):
        await call(docker_client.images, "get", built.id)

    if engine_info.is_podman:
        return  # prune with `dangling: False` answers 500 there (docs/engines.md)
    again, _ = await call(docker_client.images, "build", fileobj=dockerfile(tag), rm=True)
    pruned = await call(
        docker_client.images, "prune", filters={"label": f"{LABEL}={tag}", "dangling": False}
    )
    assert {"Deleted": again.id} in pruned["ImagesDeleted"]
    assert docker_py.images(filters={"label": f"{LABEL}={tag}"}) == []


async def test_prune_builds_like_docker_py(
    docker_client: Any, docker_py_client: Any, engine_info: Any
) -> None:
    engine_info.not_on_podman("no /build/prune (404)")
    # Build cache is shared by everyone on this engine: filter on an ID that is nobody's.
    nobody = {"id": uuid.uuid4().hex}
    pruned = await call(docker_client.images, "prune_builds", filters=nobody)
    theirs = docker_py_client.images.prune_builds(filters=nobody)
    assert pruned == {"CachesDeleted": [], "SpaceReclaimed": 0}  # docker-py: None, not []
    assert theirs == {"CachesDeleted": None, "SpaceReclaimed": 0}


# -- save and load ---------------------------------------------------------------------


async def test_save_and_load_round_trip(
    docker_client: Any, docker_py_client: Any, tag: str, engine_info: Any
) -> None:
    built, _ = await call(docker_client.images, "build", fileobj=dockerfile(tag), rm=True)
    name = f"dockerapi-saved-{tag}:1"
    await call(built, "tag", name)
    await call(built, "reload")
    chunk_size = 64 * 1024
    chunks = await items(await call(built, "save", chunk_size=chunk_size, named=True))
    # as the daemon sends it (never joined), no piece longer than chunk_size
    assert len(chunks) > 1 and all(0 < len(chunk) <= chunk_size for chunk in chunks)
    archive = b"".join(chunks)
    theirs = b"".join(docker_py_client.images.get(name).save(named=True))
    names = members(archive)
    assert names == members(theirs)
    assert "repositories" in names  # `named`: the archive keeps the tag

    await call(docker_client.images, "remove", name, force=True)
    loaded = await call(docker_client.images, "load", archive)
    assert loaded == [built] and loaded[0].tags == [engine_info.repo_tag(name)]
    assert isinstance(loaded[0], flavour_of(docker_client, Image, AsyncImage))

    # by ID (not named): loaded back as an untagged image, reported by ID
    unnamed = b"".join(await items(await call(built, "save")))
    await call(docker_client.images, "remove", name, force=True)
    chunks_of_it = iter([unnamed[:100_000], unnamed[100_000:]])
    (by_id,) = await call(docker_client.images, "load", chunks_of_it)
    assert by_id.id == built.id and by_id.tags == []


async def test_save_named_with_a_tag_the_image_lacks_sends_nothing(
    docker_client: Any, tag: str
) -> None:
    image = await call(docker_client.images, "get", IMAGE)
    with pytest.raises(Exception, match="is not a valid tag for this image") as caught:
        await call(image, "save", named=f"dockerapi-not-its-tag-{tag}:1")
    assert type(caught.value).__name__ == "InvalidArgument"


async def test_load_of_a_broken_archive_is_image_load_error(docker_client: Any) -> None:
    with pytest.raises(ImageLoadError):
        await call(docker_client.images, "load", b"this is not a tar archive" * 100)


# -- registries: push, pull, registry data, run ---------------------------------------


async def test_push_and_pull_through_the_local_registry(
    docker_client: Any,
    docker_py_client: Any,
    references: ImageCleanup,
    registry: str,
    engine_info: Any,
) -> None:
    repository = new_repository(registry)
    references.add(f"{repository}:one", f"{repository}:two")
    busybox = await call(docker_client.images, "get", IMAGE)
    await call(busybox, "tag", repository, "one")
    await call(busybox, "tag", repository, "two")
    text = await call(docker_client.images, "push", repository, "one")
    lines = await items(
        await call(docker_client.images, "push", repository, "two", stream=True, decode=True)
    )
    if engine_info.is_podman:  # the digest as text only, no `aux`
        assert isinstance(text, str) and "one: digest: sha256:" in text
        digest = lines[-1]["status"].split("digest: ")[1].split()[0]
    else:
        assert isinstance(text, str) and '"Digest"' in text
        assert lines[-1]["aux"]["Tag"] == "two"
        digest = lines[-1]["aux"]["Digest"]

    await call(docker_client.images, "remove", f"{repository}:one")
    await call(docker_client.images, "remove", f"{repository}:two")
    pulled = await call(docker_client.images, "pull", repository, "one")
    assert isinstance(pulled, flavour_of(docker_client, Image, AsyncImage))
    assert pulled.id == busybox.id and f"{repository}:one" in pulled.tags

    await call(docker_client.images, "remove", f"{repository}:one")
    if not engine_info.is_podman:  # Podman 4.3 pulls `latest` when no tag is sent
        everything = await call(docker_client.images, "pull", repository, all_tags=True)
        assert [image.id for image in everything] == [busybox.id]
        assert {f"{repository}:one", f"{repository}:two"} <= set(everything[0].tags)
        theirs = docker_py_client.images.pull(repository, all_tags=True)
        assert [image.id for image in theirs] == [busybox.id]

    # by digest, as docker-py names it afterwards (repository@digest)
    by_digest = await call(docker_client.images, "pull", f"{repository}@{digest}")
    assert by_digest.id == busybox.id and f"{repository}@{digest}" in by_digest.attrs["RepoDigests"]


async def test_pull_of_what_the_registry_lacks_is_not_found_like_docker_py(
    docker_client: Any,
    docker_py_client: Any,
    references: ImageCleanup,
    registry: str,
    engine_info: Any,
) -> None:
    missing = f"{new_repository(registry)}:1"
    if engine_info.is_podman:
        # Podman reports it in the pull's stream (docker-py would read on and fail
        # to find the image): raised as the daemon's own error
        with pytest.raises(StreamError, match="manifest unknown"):
            await call(docker_client.images, "pull", missing)
        return
    with pytest.raises(NotFound) as ours:
        await call(docker_client.images, "pull", missing)
    docker = pytest.importorskip("docker")
    with pytest.raises(docker.errors.NotFound) as theirs:
        docker_py_client.images.pull(missing)
    assert ours.value.explanation == theirs.value.explanation


async def test_registry_data_like_docker_py(
    docker_client: Any,
    docker_py: Any,
    docker_py_client: Any,
    references: ImageCleanup,
    registry: str,
    engine_info: Any,
) -> None:
    engine_info.not_on_podman("no /distribution (404)")
    reference = pushed(docker_py, references, registry)
    data = await call(docker_client.images, "get_registry_data", reference)
    theirs = docker_py_client.images.get_registry_data(reference)
    assert isinstance(data, flavour_of(docker_client, RegistryData, AsyncRegistryData))
    assert data.attrs == theirs.attrs and data.id == theirs.id and data.image_name == reference
    assert data.short_id == theirs.short_id == data.id[:19] and data.id.startswith("sha256:")
    assert repr(data) == f"<{type(data).__name__}: {data.short_id}>"
    assert data.model.descriptor.digest == data.id

    engine = docker_py.version()
    own = f"{engine['Os']}/{engine['Arch']}"
    for platform in (own, engine["Os"], None, {"os": engine["Os"]}, "windows", "linux/s390x/x"):
        expected = theirs.has_platform(dict(platform) if isinstance(platform, dict) else platform)
        assert await call(data, "has_platform", platform) is expected, platform
    assert await call(data, "has_platform", own) is True
    partial = {"os": engine["Os"]}
    assert await call(data, "has_platform", partial) is True
    assert partial == {"os": engine["Os"]}  # filled in a copy (docker-py changes the caller's)
    assert await call(data, "has_platform", "windows/amd64") is False
    with pytest.raises(Exception, match="not a valid platform descriptor"):
        await call(data, "has_platform", "linux/amd64/v8/extra")

    data.attrs = {}
    await call(data, "reload")
    assert data.attrs == theirs.attrs

    docker_py.remove_image(reference)
    image = await call(data, "pull")
    assert isinstance(image, flavour_of(docker_client, Image, AsyncImage))
    assert image.id == docker_py.inspect_image(IMAGE)["Id"]
    references.add(f"{reference.rsplit(':', 1)[0]}@{data.id}")


async def test_run_pulls_a_missing_image_from_its_registry(
    docker_client: Any, docker_py: Any, references: ImageCleanup, tag: str, registry: str
) -> None:
    reference = pushed(docker_py, references, registry)
    docker_py.remove_image(reference)
    output = await call(
        docker_client.containers, "run", reference, "echo pulled and ran", remove=True,
        labels={LABEL: tag},
    )  # fmt: skip
    assert output == b"pulled and ran\n"
    assert reference in docker_py.inspect_image(reference)["RepoTags"]

    docker_py.remove_image(reference)
    container = await call(
        docker_client.containers, "run", reference, "sleep 300", detach=True,
        labels={LABEL: tag}, platform=f"{docker_py.version()['Os']}",
    )  # fmt: skip
    try:
        assert container.attrs["Config"]["Image"] == reference
    finally:
        await call(container, "remove", force=True)


async def test_run_of_an_image_no_registry_has_is_not_found_like_docker_py(
    docker_client: Any,
    docker_py: Any,
    docker_py_client: Any,
    references: ImageCleanup,
    tag: str,
    registry: str,
    engine_info: Any,
) -> None:
    missing = f"{new_repository(registry)}:1"
    if engine_info.is_podman:  # the pull fails in its stream there (see above)
        with pytest.raises(StreamError, match="manifest unknown"):
            await call(docker_client.containers, "run", missing, "true", labels={LABEL: tag})
        assert docker_py.containers(all=True, filters={"label": f"{LABEL}={tag}"}) == []
        return
    with pytest.raises(NotFound) as ours:
        await call(docker_client.containers, "run", missing, "true", labels={LABEL: tag})
    docker = pytest.importorskip("docker")
    with pytest.raises(docker.errors.NotFound) as theirs:
        docker_py_client.containers.run(missing, "true", labels={LABEL: tag})
    assert ours.value.explanation == theirs.value.explanation
    assert "manifest" in str(ours.value)
    assert docker_py.containers(all=True, filters={"label": f"{LABEL}={tag}"}) == []
