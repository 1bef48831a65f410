"""Images: `Image`, `RegistryData` and `ImageCollection` (`client.images`), docker-py's,
and their asyncio twins `AsyncImage` / `AsyncRegistryData` / `AsyncImageCollection`.

Every method is written once, as a plan over the low-level image and build
methods (`api/image.py`, `api/build.py`), in the shared core classes: blocking
on the first flavour, a coroutine on the asyncio one. What differs is the
type of two results: a build's log is an iterator on the blocking client and
an async iterator on the asyncio one, and streams (`save`, `push(stream=True)`)
are `Stream` / `AsyncStream`.
"""

from __future__ import annotations

import builtins
import os
import warnings
from collections.abc import (
    AsyncIterator,
    Coroutine,
    Iterator,
    Mapping,
    Sequence,
)
from typing import (
    TYPE_CHECKING,
    Any,
    Generic,
    Literal,
    Protocol,
    TypedDict,
    TypeVar,
    Unpack,
    overload,
)

from .._plan import Drain, PlanGenerator, StreamOf, plan, stream_plan
from ..api.build import BuildApiMixin
from ..api.daemon import DaemonApiMixin
from ..api.image import ImageApiMixin
from ..constants import DEFAULT_DATA_CHUNK_SIZE
from ..errors import BuildError, InvalidArgument
from ..utils import parse_repository_tag
from ..utils._reference import check_reference, qualified
from ._binding import delegate, forward, reference
from ._image_output import built_image_id, loaded_name, nothing, picked
from ._typed import typed
from .resource import (
    AsyncCollection,
    AsyncModel,
    Collection,
    Model,
    ModelT,
    _CollectionCore,
    _ModelCore,
    invoke,
)

if TYPE_CHECKING:
    from docker_engine_api.models import DistributionInspect, ImageInspect

    from ..api._bodies import BinaryData

__all__ = [
    "AsyncImage",
    "AsyncImageCollection",
    "AsyncRegistryData",
    "BuildOptions",
    "Image",
    "ImageCollection",
    "RegistryData",
]

_API = ImageApiMixin
_BUILD = BuildApiMixin

ImageT = TypeVar("ImageT", bound="_ImageCore")
RegistryT = TypeVar("RegistryT", bound="_RegistryDataCore[Any]")
LogT = TypeVar("LogT")
#: One item of a build log: the daemon's JSON object (`{"stream": "Step 1/2 ..."}`).
LogItem = dict[str, Any]


class _ImageCore(_ModelCore):
    """An image on the daemon (shared by `Image` and `AsyncImage`)."""

    def __repr__(self) -> str:
        tags = "', '".join(self.tags)
        return f"<{type(self).__name__}: '{tags}'>"

    @property
    def short_id(self) -> str:
        """The ID cut to 12 hex digits, keeping its `sha256:` prefix if it has one."""
        image_id = str(self.id)
        return image_id[:19] if image_id.startswith("sha256:") else image_id[:12]

    @property
    def tags(self) -> list[str]:
        """The image's `repository:tag` names (none for an untagged image)."""
        return [tag for tag in self.attrs.get("RepoTags") or [] if tag != "<none>:<none>"]

    @property
    def labels(self) -> dict[str, str]:
        """The image's labels (`{}` when it has none)."""
        labels: dict[str, str] = (self.attrs.get("Config") or {}).get("Labels") or {}
        return labels

    @property
    def model(self) -> ImageInspect:
        """`attrs` as the generated typed model (`docker_engine_api.models.ImageInspect`)."""
        from docker_engine_api.models import ImageInspect

        return typed(ImageInspect, self.attrs)

    history = delegate(
        _API.history, "The layers this image was made of, newest first (`APIClient.history`)."
    )
    remove = delegate(
        _API.remove_image,
        "Remove this image, like `docker rmi` (`force`, `noprune`); what the daemon did: "
        '`[{"Untagged": ...}, {"Deleted": ...}]`.',
    )
    tag = delegate(
        _API.tag,
        "Name this image `repository[:tag]`, like `docker tag`; True on success.",
    )

    @stream_plan
    def save(
        self, chunk_size: int | None = DEFAULT_DATA_CHUNK_SIZE, named: str | bool = False
    ) -> PlanGenerator[StreamOf[bytes]]:
        """This image as a tar archive, like `docker save`: a stream of chunks,
        never held in memory (write them to a file as they come).

        Args:
            chunk_size: the most bytes a chunk holds (chunks are the data as it
                arrives, cut where longer); None: as it arrives.
            named: False: the archive names the image by ID only; True: by its
                first tag; a tag of this image: by that tag.

        Raises:
            InvalidArgument: `named` is not one of this image's tags (before
                anything is sent).
        """
        image = self.id
        if named:
            tags = self.tags
            image = tags[0] if tags else image
            if isinstance(named, str):
                # Podman lists `app:1` as `docker.io/library/app:1`: the same name
                same = [tag for tag in tags if qualified(tag) == qualified(named)]
                if named not in tags and not same:
                    raise InvalidArgument(f"{named} is not a valid tag for this image")
                image = named if named in tags else same[0]
        return (yield from _API.get_image.function(self._api, image, chunk_size))


class Image(_ImageCore, Model):
    """An image on the daemon (blocking)."""


class AsyncImage(_ImageCore, AsyncModel):
    """An image on the daemon (asyncio: methods are coroutines, `save` gives an
    `AsyncStream`)."""


def _platform(platform: str | Mapping[str, Any] | None) -> dict[str, Any]:
    """`os[/arch[/variant]]` or a platform dict as the daemon's platform dict (a copy).

    Raises:
        InvalidArgument: not such a string nor a dict.
    """
    if not platform:
        return {}
    if isinstance(platform, Mapping):
        return dict(platform)
    if not isinstance(platform, str):
        raise InvalidArgument(f"platform must be 'os[/arch[/variant]]' or a dict, not {platform!r}")
    parts = platform.split("/")
    if len(parts) > 3 or not all(parts):
        raise InvalidArgument(f'"{platform}" is not a valid platform descriptor')
    found = {"os": parts[0]}
    if len(parts) > 2:
        found["variant"] = parts[2]
    if len(parts) > 1:
        found["architecture"] = parts[1]
    return found


class _RegistryDataCore(_ModelCore, Generic[ImageT]):
    """What a registry says about an image (shared by `RegistryData` and
    `AsyncRegistryData`): its digest (`id`) and the platforms it has."""

    def __init__(self, image_name: str, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: The reference this was asked for (`127.0.0.1:5000/app:1`).
        self.image_name = image_name

    @property
    def id(self) -> str | None:
        """The image's digest on the registry (`sha256:...`)."""
        digest: str | None = (self.attrs.get("Descriptor") or {}).get("digest")
        return digest

    @property
    def short_id(self) -> str:
        """The digest cut to 12 hex digits, with its `sha256:` prefix."""
        return str(self.id)[:19]

    @property
    def model(self) -> DistributionInspect:
        """`attrs` as the generated typed model (`docker_engine_api.models.DistributionInspect`)."""
        from docker_engine_api.models import DistributionInspect

        return typed(DistributionInspect, self.attrs)

    @plan
    def pull(self, platform: str | None = None) -> PlanGenerator[ImageT]:
        """Pull this digest of the image and return it (an `Image`).

        Args:
            platform: `os[/arch[/variant]]` to pull (default: the daemon's).
        """
        repository, _ = parse_repository_tag(self.image_name)
        image: ImageT = yield from invoke(
            self.collection, "pull", repository, tag=self.id, platform=platform
        )
        return image

    @plan
    def has_platform(self, platform: str | Mapping[str, Any] | None) -> PlanGenerator[bool]:
        """Whether the registry has this image for `platform`: `os[/arch[/variant]]`
        or a platform dict; the daemon's OS and architecture fill what it leaves out.

        Raises:
            InvalidArgument: `platform` is not a platform (before anything is sent).
        """
        wanted = _platform(platform)
        if "os" not in wanted or "architecture" not in wanted:
            engine = yield from DaemonApiMixin.version.function(self._api)
            wanted.setdefault("os", engine["Os"])
            wanted.setdefault("architecture", engine["Arch"])
        return wanted in (self.attrs.get("Platforms") or [])

    @plan
    def reload(self) -> PlanGenerator[None]:
        """Ask the registry again (through the daemon) and replace `attrs`."""
        self.attrs = yield from _API.inspect_distribution.function(self._api, self.image_name)


class RegistryData(_RegistryDataCore[Image], Model):
    """An image's data on its registry (blocking), from `images.get_registry_data`."""


class AsyncRegistryData(_RegistryDataCore[AsyncImage], AsyncModel):
    """An image's data on its registry (asyncio: methods are coroutines)."""


class BuildOptions(TypedDict, total=False):
    """The keyword arguments of `images.build`: `APIClient.build`'s but `decode` and
    `raise_on_error` (the log is always dicts, and a failed build always raises)."""

    path: str | os.PathLike[str] | None
    fileobj: Any
    tag: str | None
    quiet: bool
    nocache: bool
    rm: bool
    timeout: float | None
    custom_context: bool
    encoding: str | None
    pull: bool
    forcerm: bool
    dockerfile: str | None
    container_limits: Mapping[str, Any] | None
    buildargs: Mapping[str, str] | None
    gzip: bool
    shmsize: int | None
    labels: Mapping[str, str] | None
    cache_from: Sequence[str] | None
    target: str | None
    network_mode: str | None
    squash: bool | None
    extra_hosts: Mapping[str, str] | Sequence[str] | None
    platform: str | None
    isolation: str | None
    use_config_proxy: bool
    context_mtime: int | None


class _ImageCollectionCore(_CollectionCore[ModelT], Generic[ModelT, RegistryT, LogT]):
    """Images on the daemon (shared by both flavours)."""

    #: The class of `get_registry_data`'s result.
    registry_data: type[RegistryT]

    def _replay(self, log: list[LogItem]) -> LogT:
        """A build's log as this flavour hands it over (an iterator or an async one)."""
        raise NotImplementedError

    @plan
    def build(self, **kwargs: Unpack[BuildOptions]) -> PlanGenerator[tuple[ModelT, LogT]]:
        """Build an image, like `docker build`, and return `(image, log)`.

        Takes `APIClient.build`'s arguments, by keyword (`path` or `fileobj`,
        `tag`, `buildargs`, ...). The build is read to its end before this
        returns; `log` replays what it printed, as dicts (an iterator, or an
        async iterator on the asyncio client).

        Raises:
            BuildError: the build failed; `build_log` holds what it printed up
                to the failure (as dicts), `msg` the daemon's message.
            TypeError: neither `path` nor `fileobj`, or an unknown argument
                (before anything is sent).
            APIError: the daemon refused the request.
        """
        arguments: dict[str, Any] = {**kwargs, "decode": True, "raise_on_error": True}
        stream = yield from _BUILD.build.function(self._api, **arguments)
        log: list[LogItem] = yield Drain(stream)
        image_id = built_image_id(log)
        if image_id is None:  # ended without a failure nor an image (docker-py's message)
            raise BuildError(str(log[-1] if log else "Unknown"), log)
        image: ModelT = yield from invoke(self, "get", image_id)
        return image, self._replay(log)

    @plan
    def get(self, name: str) -> PlanGenerator[ModelT]:
        """An image by name (`busybox:latest`) or ID.

        Raises:
            ImageNotFound: no such image.
        """
        attrs = yield from _API.inspect_image.function(self._api, name)
        return self.prepare_model(attrs)

    @plan
    def get_registry_data(
        self, name: str, auth_config: Mapping[str, Any] | None = None
    ) -> PlanGenerator[RegistryT]:
        """What the image's registry says about it (its digest and platforms),
        asked by the daemon; `auth_config` instead of the client's credentials.

        Raises:
            InvalidRepository: `name` is not an image reference (before sending).
            APIError: the registry refused or does not have the image.
        """
        attrs = yield from _API.inspect_distribution.function(self._api, name, auth_config)
        return self.registry_data(image_name=name, attrs=attrs, client=self.client, collection=self)

    @plan
    def list(
        self,
        name: str | None = None,
        all: bool = False,
        filters: Mapping[str, Any] | None = None,
    ) -> PlanGenerator[list[ModelT]]:
        """The images, like `docker images`, each read in full.

        Args:
            name: only images of this repository (`busybox`, `busybox:latest`).
            all: include intermediate images.
            filters: `dangling`, `label`, `reference`, `before`, `since`.
        """
        listed = yield from _API.images.function(self._api, name=name, all=all, filters=filters)
        images: list[ModelT] = []
        for summary in listed or []:
            images.append((yield from invoke(self, "get", summary["Id"])))
        return images

    @plan
    def load(self, data: BinaryData) -> PlanGenerator[builtins.list[ModelT]]:
        """Load the images of a tar archive (from `Image.save` or `docker save`),
        like `docker load`, and return them.

        Args:
            data: the archive as bytes, a binary file or an iterable of chunks
                (async iterables too on the asyncio client), streamed as it comes.

        Raises:
            ImageLoadError: the daemon could not load the archive.
        """
        progress = yield from _API.load_image.function(self._api, data)
        names: builtins.list[str] = yield Drain(picked(progress, loaded_name))
        images: builtins.list[ModelT] = []
        for name in names:
            images.append((yield from invoke(self, "get", name)))
        return images

    @plan
    def pull(
        self,
        /,
        repository: str,
        tag: str | None = None,
        all_tags: bool = False,
        *,
        auth_config: Mapping[str, Any] | None = None,
        platform: str | None = None,
        **kwargs: Any,
    ) -> PlanGenerator[Any]:  # typed per flavour by `_Pull`
        """Pull an image, like `docker pull`, and return it.

        Args:
            repository: the repository, possibly with a tag or a digest.
            tag: the tag or digest (default: the one in `repository`, else `latest`).
            all_tags: pull every tag of the repository (`tag` is ignored).
            auth_config: credentials to use instead of the client's.
            platform: `os[/arch[/variant]]`.

        Returns:
            The `Image`; with `all_tags`, the list of the repository's images.

        Raises:
            InvalidRepository: a bad name or tag (before anything is sent).
            ImageNotFound / NotFound: the registry does not have it.
            StreamError: the pull failed after it started.
        """
        if "stream" in kwargs:  # docker-py's warning; the progress is never returned here
            warnings.warn(
                "`stream` is not a valid parameter for this method and will be overridden",
                stacklevel=2,
            )
            del kwargs["stream"]
        kwargs.pop("decode", None)  # it would only shape the progress, which is not returned
        for unknown in kwargs:
            raise TypeError(f"pull() got an unexpected keyword argument {unknown!r}")
        check_reference(repository, what="repository")
        repository, image_tag = parse_repository_tag(repository)
        tag = tag or image_tag or "latest"
        progress = yield from _API.pull.function(
            self._api,
            repository,
            tag=tag,
            stream=True,
            auth_config=auth_config,
            platform=platform,
            all_tags=all_tags,
        )
        yield Drain(picked(progress, nothing))  # waits for the pull; raises its error
        if all_tags:
            images: builtins.list[ModelT] = yield from invoke(self, "list", repository)
            return images
        separator = "@" if tag.startswith("sha256:") else ":"
        image: ModelT = yield from invoke(self, "get", f"{repository}{separator}{tag}")
        return image

    push = forward(
        _API.push,
        "Push an image to its registry, like `docker push` (`APIClient.push`'s arguments "
        "and result: the progress text, or a stream of it with `stream=True`).",
    )

    @plan
    def remove(
        self, image: str | _ImageCore, force: bool = False, noprune: bool = False
    ) -> PlanGenerator[None]:
        """Remove an image (name, ID or `Image`), like `docker rmi`.

        Args:
            force: remove it even if containers use it or it has several tags.
            noprune: keep its untagged parents.
        """
        yield from _API.remove_image.function(self._api, reference(image), force, noprune)

    search = forward(
        _API.search,
        "Images on Docker Hub matching `term`, like `docker search` (`limit`: at most so many).",
    )
    prune = forward(
        _API.prune_images,
        "Remove unused images (`filters`: `dangling`, `until`, `label`); "
        '`{"ImagesDeleted": [...], "SpaceReclaimed": n}`.',
    )
    prune_builds = forward(
        _BUILD.prune_builds,
        'Delete build cache (`APIClient.prune_builds`); `{"CachesDeleted": [...], '
        '"SpaceReclaimed": n}`.',
    )


OneT = TypeVar("OneT", covariant=True)
ManyT = TypeVar("ManyT", covariant=True)
EitherT = TypeVar("EitherT", covariant=True)


class _Pull(Protocol[OneT, ManyT, EitherT]):
    """`images.pull` as type checkers see it: one image, or a list with `all_tags`.
    One list of overloads for both flavours, parametrized by their result types."""

    @overload
    def __call__(
        self,
        repository: str,
        tag: str | None = None,
        all_tags: Literal[False] = False,
        *,
        auth_config: Mapping[str, Any] | None = None,
        platform: str | None = None,
        **kwargs: Any,
    ) -> OneT: ...
    @overload
    def __call__(
        self,
        repository: str,
        tag: str | None,
        all_tags: Literal[True],
        *,
        auth_config: Mapping[str, Any] | None = None,
        platform: str | None = None,
        **kwargs: Any,
    ) -> ManyT: ...
    @overload
    def __call__(
        self,
        repository: str,
        tag: str | None = None,
        *,
        all_tags: Literal[True],
        auth_config: Mapping[str, Any] | None = None,
        platform: str | None = None,
        **kwargs: Any,
    ) -> ManyT: ...
    @overload
    def __call__(
        self,
        repository: str,
        tag: str | None = None,
        all_tags: bool = False,
        *,
        auth_config: Mapping[str, Any] | None = None,
        platform: str | None = None,
        **kwargs: Any,
    ) -> EitherT: ...


class ImageCollection(
    _ImageCollectionCore[Image, RegistryData, Iterator[LogItem]], Collection[Image]
):
    """Images on the daemon (`client.images`, blocking)."""

    model = Image
    registry_data = RegistryData

    def _replay(self, log: list[LogItem]) -> Iterator[LogItem]:
        return iter(log)

    if TYPE_CHECKING:  # the result's type follows `all_tags`
        pull: _Pull[Image, list[Image], Image | list[Image]]


async def _replayed(log: list[LogItem]) -> AsyncIterator[LogItem]:
    for item in log:
        yield item


class AsyncImageCollection(
    _ImageCollectionCore[AsyncImage, AsyncRegistryData, AsyncIterator[LogItem]],
    AsyncCollection[AsyncImage],
):
    """Images on the daemon (`client.images` of an `AsyncDockerClient`)."""

    model = AsyncImage
    registry_data = AsyncRegistryData

    def _replay(self, log: list[LogItem]) -> AsyncIterator[LogItem]:
        return _replayed(log)

    if TYPE_CHECKING:  # the result's type follows `all_tags`
        pull: _Pull[
            Coroutine[Any, Any, AsyncImage],
            Coroutine[Any, Any, list[AsyncImage]],
            Coroutine[Any, Any, AsyncImage | list[AsyncImage]],
        ]
