"""docker-py's `ImageApiMixin`: list, inspect, pull, push, tag, remove, save,
load, import, prune and search images (sync and async, one plan each).

Image tarballs are never held in memory: `get_image` streams the archive in
`chunk_size` pieces, `load_image` and the `import_image*` family send bytes,
a binary file or an iterable of chunks as it comes. Progress streams (pull,
push, load, import) hand over the daemon's lines as docker-py does, and an
error reported in the middle of one raises after the error line (see
`_progress`). Registry credentials come from `auth_config` or the client's
config (`dockerapi.auth`). References are checked before sending.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Mapping
from typing import Any

from .._executor import ClientSettings
from .._plan import Blocking, Drain, PlanGenerator, StreamOf, plan, stream_plan
from .._request import Body, Request, Response
from .._transport import streaming_timeout
from .._wire import Keywords
from ..auth import AuthClient, encode_header, registry_auth
from ..constants import DEFAULT_DATA_CHUNK_SIZE
from ..errors import (
    ImageLoadServerError,
    ImageLoadStreamError,
    InvalidArgument,
    ServerError,
    error_from_stream_item,
)
from ..utils import convert_filters, parse_repository_tag
from ..utils._reference import check_reference, check_repository, check_tag
from ._bodies import BinaryData, binary_body
from ._container_streams import _chunked
from ._progress import ErrorFactory, progress_stream
from ._registry_auth import RegistryAuthMixin
from ._resources import ResourceRef, resource_path

__all__ = ["ImageApiMixin"]

_TAR_HEADERS = {"Content-Type": "application/tar"}

# Where each method's keyword arguments go on the wire (see `_wire.py`): the plans
# below take their query and header names from these, and `dockerapi check` reads them.
_IMAGE = ("image",)
_PROGRESS = ("stream", "decode")  # how the progress comes back, never sent
#: The registry credentials of `auth_config` (else of the client's config).
_AUTH = {"auth_config": "X-Registry-Auth"}
_LIST = Keywords(
    "ImageList",
    # `name` is sent as a `reference` filter.
    query={"name": "filters", "all": "all", "filters": "filters"},
    unversioned=("quiet",),
)
_INSPECT = Keywords("ImageInspect", unversioned=_IMAGE)
_HISTORY = Keywords("ImageHistory", unversioned=_IMAGE)
_DISTRIBUTION = Keywords("DistributionInspect", header=_AUTH, unversioned=_IMAGE)
_SEARCH = Keywords("ImageSearch", query={"term": "term", "limit": "limit"})
_TAG = Keywords(
    "ImageTag",
    query={"repository": "repo", "tag": "tag", "force": "force"},
    unversioned=_IMAGE,
)
_REMOVE = Keywords(
    "ImageDelete", query={"force": "force", "noprune": "noprune"}, unversioned=_IMAGE
)
_PRUNE = Keywords("ImagePrune", query={"filters": "filters"})
_PULL = Keywords(
    "ImageCreate",
    # `all_tags` sends no tag (every tag is pulled).
    query={"repository": "fromImage", "tag": "tag", "all_tags": "tag", "platform": "platform"},
    header=_AUTH,
    unversioned=_PROGRESS,
)
_PUSH = Keywords(
    "ImagePush",
    query={"tag": "tag", "platform": "platform"},
    header=_AUTH,
    unversioned=("repository", *_PROGRESS),
)
_GET = Keywords("ImageGet", unversioned=(*_IMAGE, "chunk_size"))
_LOAD = Keywords("ImageLoad", query={"quiet": "quiet"}, unversioned=("data",))
#: Where an import comes from (a URL or `-` for the body; an image to pull), and
#: what it makes: the new image's name and the Dockerfile changes applied.
_SOURCE = {"src": "fromSrc", "image": "fromImage"}
_IMPORTED_AS = {"repository": "repo", "tag": "tag", "changes": "changes"}
_IMPORT = Keywords("ImageCreate", query={**_SOURCE, **_IMPORTED_AS}, unversioned=("stream_src",))
# The import_image_from_* family: the same request, its source given otherwise (a
# tarball, sent as the body with `fromSrc=-`, has no version rule of its own).
_IMPORT_FROM_DATA = Keywords("ImageCreate", query=_IMPORTED_AS, unversioned=("data",))
_IMPORT_FROM_FILE = Keywords("ImageCreate", query=_IMPORTED_AS, unversioned=("filename",))
_IMPORT_FROM_STREAM = Keywords("ImageCreate", query=_IMPORTED_AS, unversioned=("stream",))
_IMPORT_FROM_URL = Keywords("ImageCreate", query={"url": _SOURCE["src"], **_IMPORTED_AS})
_IMPORT_FROM_IMAGE = Keywords("ImageCreate", query={"image": _SOURCE["image"], **_IMPORTED_AS})


def _load_error_factory(response: Response) -> ErrorFactory:
    request = response.http.request

    def load_error(item: Mapping[str, Any]) -> ImageLoadStreamError:
        found = error_from_stream_item(item)
        return ImageLoadStreamError(
            found.explanation or "",
            item=found.item,
            code=found.code,
            method=request.method,
            url=str(request.url),
        )

    return load_error


def _load_server_error(error: ServerError) -> ImageLoadServerError:
    return ImageLoadServerError(
        str(error.args[0]) if error.args else "",
        error.response,
        error.explanation,
        status_code=error.status_code,
        method=error.method,
        url=error.url,
    )


def _checked_name_and_tag(repository: str | None, tag: str | None) -> None:
    if repository is not None:
        check_repository(repository)
    if tag is not None:
        check_tag(tag)


def _import_params(
    repository: str | None,
    tag: str | None,
    changes: Iterable[str] | str | None,
    *,
    from_src: str | None = None,
    from_image: str | None = None,
) -> dict[str, object]:
    _checked_name_and_tag(repository, tag)
    return _IMPORT.query(
        src=from_src,
        image=from_image,
        repository=repository,
        tag=tag,
        changes=[changes] if isinstance(changes, str) else changes or None,
    )


def _credentials(
    table: Keywords, client: AuthClient, reference: str, auth_config: Mapping[str, Any] | None
) -> PlanGenerator[dict[str, str]]:
    """The registry credentials header, under the name `table` gives `auth_config`
    (none when neither `auth_config` nor the client's config has credentials), looked
    up off the event loop (a credential helper is a process to run)."""
    value = yield Blocking(functools.partial(registry_auth, client, reference, auth_config))
    return {} if value is None else table.header(auth_config=value)


class ImageApiMixin(RegistryAuthMixin):
    """Images, as docker-py names their methods."""

    _settings: ClientSettings

    def _long_timeout(self) -> Any:
        # Saves, loads, pulls, pushes and imports may think for long between reads.
        return streaming_timeout(self._settings.timeout)

    # -- listing and inspecting -------------------------------------------------

    @plan
    @_LIST.describes
    def images(
        self,
        name: str | None = None,
        quiet: bool = False,
        all: bool = False,
        filters: Mapping[str, Any] | None = None,
    ) -> PlanGenerator[list[Any]]:
        """The images, like `docker images`: a list of dicts (IDs with `quiet`).

        Args:
            name: only images of this repository (a `reference` filter; may
                have a tag and wildcards: `"busybox"`, `"app:1.*"`).
            quiet: return the IDs only.
            all: include intermediate images.
            filters: `dangling`, `label`, `before`, `since`, `reference`.
        """
        merged: dict[str, Any] = dict(filters) if filters else {}
        if name:
            merged["reference"] = name
        response: Response = yield Request.build(
            "GET",
            "/images/json",
            params=_LIST.query(
                all=True if all else None,
                filters=convert_filters(merged) if merged else None,
            ),
            operation="ImageList",
        )
        found: list[Any] = response.json() or []
        if quiet:
            return [image["Id"] for image in found]
        return found

    @plan
    @_INSPECT.describes
    def inspect_image(self, image: ResourceRef) -> PlanGenerator[dict[str, Any]]:
        """An image's details, like `docker image inspect` (name, tag or ID)."""
        response: Response = yield Request.build(
            "GET", resource_path("images", image, "json"), operation="ImageInspect"
        )
        result: dict[str, Any] = response.json()
        return result

    @plan
    @_HISTORY.describes
    def history(self, image: ResourceRef) -> PlanGenerator[list[dict[str, Any]]]:
        """The layers an image was made of, newest first, like `docker history`."""
        response: Response = yield Request.build(
            "GET", resource_path("images", image, "history"), operation="ImageHistory"
        )
        result: list[dict[str, Any]] = response.json() or []
        return result

    @plan
    @_DISTRIBUTION.describes
    def inspect_distribution(
        self, image: str, auth_config: Mapping[str, Any] | None = None
    ) -> PlanGenerator[dict[str, Any]]:
        """The registry's view of `image` (its digest and platforms), asked by
        the daemon with the registry's credentials (API >= 1.30).

        Args:
            image: a reference such as `"127.0.0.1:5000/app:1"`.
            auth_config: credentials (`{"username", "password"}`) to use instead
                of the client's config.
        """
        check_reference(image)
        headers = yield from _credentials(_DISTRIBUTION, self, image, auth_config)
        response: Response = yield Request.build(
            "GET",
            resource_path("distribution", image, "json"),
            headers=headers,
            operation="DistributionInspect",
        )
        result: dict[str, Any] = response.json()
        return result

    @plan
    @_SEARCH.describes
    def search(self, term: str, limit: int | None = None) -> PlanGenerator[list[dict[str, Any]]]:
        """Images on Docker Hub matching `term`, like `docker search` (the daemon
        asks Docker Hub).

        Args:
            limit: at most this many results.
        """
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int)):
            raise InvalidArgument(f"limit must be an int, not {limit!r}")
        response: Response = yield Request.build(
            "GET",
            "/images/search",
            params=_SEARCH.query(term=term, limit=limit),
            operation="ImageSearch",
        )
        result: list[dict[str, Any]] = response.json() or []
        return result

    # -- naming and removing ---------------------------------------------------

    @plan
    @_TAG.describes
    def tag(
        self,
        image: ResourceRef,
        repository: str,
        tag: str | None = None,
        force: bool = False,
    ) -> PlanGenerator[bool]:
        """Give `image` the name `repository[:tag]`, like `docker tag`; True on success.

        Raises:
            InvalidRepository: `repository` or `tag` is not a valid name
                (uppercase, two colons, ...), before anything is sent.
        """
        check_reference(repository, what="repository")
        if not tag:
            repository, tag = parse_repository_tag(repository)
        _checked_name_and_tag(None, tag)
        response: Response = yield Request.build(
            "POST",
            resource_path("images", image, "tag"),
            # `force` has been ignored by the daemon since 1.10; sent as docker-py does.
            params=_TAG.query(repository=repository, tag=tag, force=True if force else None),
            expect="empty",
            operation="ImageTag",
        )
        return response.status_code == 201

    @plan
    @_REMOVE.describes
    def remove_image(
        self, image: ResourceRef, force: bool = False, noprune: bool = False
    ) -> PlanGenerator[list[dict[str, Any]]]:
        """Remove an image (or untag it), like `docker rmi`.

        Returns:
            What the daemon did: `[{"Untagged": ...}, {"Deleted": ...}]`.
        """
        response: Response = yield Request.build(
            "DELETE",
            resource_path("images", image),
            params=_REMOVE.query(force=True if force else None, noprune=True if noprune else None),
            operation="ImageDelete",
        )
        result: list[dict[str, Any]] = response.json() or []
        return result

    @plan
    @_PRUNE.describes
    def prune_images(
        self, filters: Mapping[str, Any] | None = None
    ) -> PlanGenerator[dict[str, Any]]:
        """Remove unused images: `{"ImagesDeleted": [...], "SpaceReclaimed": n}`.

        Args:
            filters: `dangling` (False: also unused tagged images), `until`, `label`.
        """
        response: Response = yield Request.build(
            "POST",
            "/images/prune",
            params=_PRUNE.query(filters=convert_filters(filters) if filters else None),
            operation="ImagePrune",
        )
        result: dict[str, Any] = response.json()
        if result.get("ImagesDeleted") is None:
            result["ImagesDeleted"] = []  # Go's null for an empty list
        return result

    # -- registries --------------------------------------------------------------

    @plan
    @_PULL.describes
    def pull(
        self,
        repository: str,
        tag: str | None = None,
        stream: bool = False,
        auth_config: Mapping[str, Any] | None = None,
        decode: bool = False,
        platform: str | None = None,
        all_tags: bool = False,
    ) -> PlanGenerator[Any]:
        """Pull an image, like `docker pull`.

        Args:
            repository: the repository, possibly with a tag or digest.
            tag: the tag (default: the one in `repository`, else `latest`).
            stream: return the progress as a stream instead of waiting.
            auth_config: credentials to use instead of the client's config.
            decode: with `stream`, yield dicts instead of JSON lines.
            platform: `os[/arch[/variant]]` (API >= 1.32).
            all_tags: pull every tag of the repository (`tag` is ignored).

        Returns:
            The daemon's progress output as text, or with `stream` a stream
            of its lines (bytes, or dicts with `decode`).

        Raises:
            InvalidRepository: a bad name or tag, before anything is sent.
            StreamError: the pull failed after it started (with `stream`:
                raised by the stream, after the error line).
        """
        check_reference(repository, what="repository")
        repository, image_tag = parse_repository_tag(repository)
        tag = None if all_tags else (tag or image_tag or "latest")
        _checked_name_and_tag(None, tag)
        headers = yield from _credentials(_PULL, self, repository, auth_config)
        response: Response = yield Request.build(
            "POST",
            "/images/create",
            params=_PULL.query(repository=repository, tag=tag, platform=platform),
            headers=headers,
            expect="stream",
            timeout=self._long_timeout(),
            operation="ImageCreate",
        )
        return (yield from _progress_result(response, stream, decode))

    @plan
    @_PUSH.describes
    def push(
        self,
        repository: str,
        tag: str | None = None,
        stream: bool = False,
        auth_config: Mapping[str, Any] | None = None,
        decode: bool = False,
        platform: str | None = None,
    ) -> PlanGenerator[Any]:
        """Push an image to its registry, like `docker push`.

        Args:
            repository: the repository, possibly with a tag.
            tag: the tag to push (default: the one in `repository`; none: all).
            stream, auth_config, decode: as for `pull`.
            platform: push only this platform's variant (API >= 1.46).

        Returns:
            As `pull`: the progress text, or a stream of its lines.

        Raises:
            InvalidRepository: a bad name or tag, before anything is sent.
            StreamError: the push failed (the image does not exist, the
                registry refused, ...).
        """
        check_reference(repository, what="repository")
        if not tag:
            repository, tag = parse_repository_tag(repository)
        _checked_name_and_tag(None, tag)
        # The daemon wants an auth config even when there is none (an empty one).
        credentials = yield Blocking(
            functools.partial(registry_auth, self, repository, auth_config)
        )
        if credentials is None:
            credentials = encode_header({}).decode("ascii")
        response: Response = yield Request.build(
            "POST",
            resource_path("images", repository, "push"),
            params=_PUSH.query(tag=tag, platform=platform),
            headers=_PUSH.header(auth_config=credentials),
            expect="stream",
            timeout=self._long_timeout(),
            operation="ImagePush",
        )
        return (yield from _progress_result(response, stream, decode))

    # -- archives ----------------------------------------------------------------

    @stream_plan
    @_GET.describes
    def get_image(
        self, image: ResourceRef, chunk_size: int | None = DEFAULT_DATA_CHUNK_SIZE
    ) -> PlanGenerator[StreamOf[bytes]]:
        """An image as a tar archive, like `docker save`, streamed.

        Args:
            image: name, tag or ID.
            chunk_size: the most bytes an item holds (items are the data as it
                arrives, cut where longer); None: as it arrives.

        Returns:
            A closeable stream of bytes; nothing is buffered beyond one chunk.
        """
        decoder = _chunked(chunk_size)
        response: Response = yield Request.build(
            "GET",
            resource_path("images", image, "get"),
            expect="stream",
            # The daemon may prepare a big image for long before the first byte.
            timeout=self._long_timeout(),
            operation="ImageGet",
        )
        return StreamOf.decoded(response, decoder)

    @stream_plan
    @_LOAD.describes
    def load_image(
        self, data: BinaryData, quiet: bool | None = None
    ) -> PlanGenerator[StreamOf[Any]]:
        """Load images from a tar archive, like `docker load`.

        Args:
            data: the archive: bytes, a binary file (read in chunks) or an
                iterable of bytes (async iterables too on the async client),
                streamed as it comes.
            quiet: ask the daemon for less progress output.

        Returns:
            A stream of the daemon's progress, as dicts (docker-py's shape),
            e.g. `{"stream": "Loaded image: app:1\\n"}`.

        Raises:
            ImageLoadStreamError: (from the stream, after the error dict) the
                daemon could not load the archive; an `ImageLoadError` and a
                `StreamError`.
            ImageLoadServerError: the daemon refused the archive with a 5xx
                status instead (Podman); an `ImageLoadError` and a `ServerError`.
        """
        try:
            response: Response = yield Request.build(
                "POST",
                "/images/load",
                params=_LOAD.query(quiet=quiet),
                headers={"Content-Type": "application/x-tar"},
                content=binary_body(data, "load_image"),
                expect="stream",
                timeout=self._long_timeout(),
                operation="ImageLoad",
            )
        except ServerError as error:
            # Podman refuses an unreadable archive with 500 where Docker reports it in
            # the stream: an ImageLoadError either way.
            raise _load_server_error(error) from error
        return progress_stream(response, decode=True, factory=_load_error_factory(response))

    @plan
    @_IMPORT.describes
    def import_image(
        self,
        src: str | BinaryData | None = None,
        repository: str | None = None,
        tag: str | None = None,
        image: str | None = None,
        changes: Iterable[str] | str | None = None,
        stream_src: bool = False,
    ) -> PlanGenerator[str]:
        """Make an image from a filesystem tarball, like `docker import`.

        Args:
            src: a path to a tar file, else a URL the daemon fetches; or the
                tarball itself as bytes, a binary file or an iterable of chunks.
            repository, tag: the new image's name.
            image: instead of `src`, an image to pull (docker-py's meaning).
            changes: Dockerfile instructions to apply (`["ENV A=1", "CMD ..."]`).
            stream_src: accepted for docker-py; every body is streamed.

        Returns:
            The daemon's output as text (`{"status": "sha256:..."}` lines).

        Raises:
            InvalidArgument: neither `src` nor `image`.
            InvalidRepository: a bad `repository` or `tag`.
            StreamError: the daemon failed after it started.
        """
        if image:
            return (
                yield from self._import(_import_params(repository, tag, changes, from_image=image))
            )
        if src is None or (isinstance(src, str | bytes) and not src):
            raise InvalidArgument("Must specify src or image to import from")
        if isinstance(src, str) and _is_file(src):
            with open(src, "rb") as file:
                params = _import_params(repository, tag, changes, from_src="-")
                return (yield from self._import(params, file))
        if isinstance(src, str):
            return (yield from self._import(_import_params(repository, tag, changes, from_src=src)))
        params = _import_params(repository, tag, changes, from_src="-")
        return (yield from self._import(params, binary_body(src, "import_image")))

    @plan
    @_IMPORT_FROM_DATA.describes
    def import_image_from_data(
        self,
        data: BinaryData,
        repository: str | None = None,
        tag: str | None = None,
        changes: Iterable[str] | str | None = None,
    ) -> PlanGenerator[str]:
        """`import_image` of a tarball given as bytes (or chunks, or a binary file)."""
        params = _import_params(repository, tag, changes, from_src="-")
        return (yield from self._import(params, binary_body(data, "import_image_from_data")))

    @plan
    @_IMPORT_FROM_FILE.describes
    def import_image_from_file(
        self,
        filename: str | os.PathLike[str],
        repository: str | None = None,
        tag: str | None = None,
        changes: Iterable[str] | str | None = None,
    ) -> PlanGenerator[str]:
        """`import_image` of a tar file on disk (read in chunks).

        Raises:
            FileNotFoundError: no such file (docker-py would try it as a URL).
        """
        if not os.path.isfile(filename):
            raise FileNotFoundError(f"import_image_from_file: no such file: {os.fspath(filename)}")
        params = _import_params(repository, tag, changes, from_src="-")
        with open(filename, "rb") as file:
            return (yield from self._import(params, file))

    @plan
    @_IMPORT_FROM_STREAM.describes
    def import_image_from_stream(
        self,
        stream: BinaryData,
        repository: str | None = None,
        tag: str | None = None,
        changes: Iterable[str] | str | None = None,
    ) -> PlanGenerator[str]:
        """`import_image` of a tarball read from a binary file or an iterable of chunks."""
        params = _import_params(repository, tag, changes, from_src="-")
        return (yield from self._import(params, binary_body(stream, "import_image_from_stream")))

    @plan
    @_IMPORT_FROM_URL.describes
    def import_image_from_url(
        self,
        url: str,
        repository: str | None = None,
        tag: str | None = None,
        changes: Iterable[str] | str | None = None,
    ) -> PlanGenerator[str]:
        """`import_image` of a tarball the daemon downloads from `url`."""
        if not isinstance(url, str) or not url:
            raise InvalidArgument(f"url must be a non-empty string, not {url!r}")
        return (yield from self._import(_import_params(repository, tag, changes, from_src=url)))

    @plan
    @_IMPORT_FROM_IMAGE.describes
    def import_image_from_image(
        self,
        image: str,
        repository: str | None = None,
        tag: str | None = None,
        changes: Iterable[str] | str | None = None,
    ) -> PlanGenerator[str]:
        """`import_image(image=...)`: the daemon pulls `image` (docker-py's meaning)."""
        check_reference(image)
        return (yield from self._import(_import_params(repository, tag, changes, from_image=image)))

    def _import(self, params: Mapping[str, object], body: Body | None = None) -> PlanGenerator[str]:
        response: Response = yield Request.build(
            "POST",
            "/images/create",
            params=params,
            headers=_TAR_HEADERS if body is not None else None,
            content=body,
            expect="stream",
            timeout=self._long_timeout(),
            operation="ImageCreate",
        )
        lines: list[bytes] = yield Drain(progress_stream(response, decode=False))
        return b"".join(lines).decode("utf-8", errors="replace")


def _is_file(src: str) -> bool:
    try:
        return os.path.isfile(src)
    except (TypeError, ValueError):  # text with NUL bytes and the like
        return False


def _progress_result(response: Response, stream: bool, decode: bool) -> PlanGenerator[Any]:
    """docker-py's result of pull/push: the stream, or the whole output as text."""
    if stream:
        return progress_stream(response, decode)
    lines: list[bytes] = yield Drain(progress_stream(response, decode=False))
    return b"".join(lines).decode("utf-8", errors="replace")
