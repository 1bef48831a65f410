"""docker-py's `BuildApiMixin`: `build` and `prune_builds`, sync and async.

`build` takes docker-py's arguments and returns docker-py's shape: a stream
of the daemon's progress lines (bytes), or of dicts with `decode=True`.

The context of a local directory is checked and then produced while it is
uploaded (see `dockerapi.utils._context`): memory does not grow with its
size, an unreadable file or a missing Dockerfile raises before anything is
sent, and `.dockerignore` is applied with Docker's own rules.

Errors: bad arguments raise before sending (`TypeError`, `InvalidArgument`,
`BuildContextError`, `BadPattern`, `InvalidVersion` from the version table);
a refused request raises `APIError`. A build that fails (a `RUN` exiting
non-zero) is reported inside the stream, after HTTP 200, as docker-py reports
it: an item `{"error": ..., "errorDetail": {...}}`. With `raise_on_error=True`
that item raises `BuildError` instead, whose `build_log` holds every item of
the stream up to and including the error (as dicts).
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import IO, Any, Final, TypeAlias

from .._decoders import (
    BytesLike,
    Decoder,
    JSONLinesDecoder,
    RawJSONLinesDecoder,
    is_error_item,
)
from .._executor import ClientSettings
from .._host import DockerHost
from .._plan import CURRENT_VERSION, Blocking, PlanGenerator, StreamOf, plan, stream_plan
from .._request import Body, Request, Response
from .._timeouts import check_timeout
from .._transport import streaming_timeout
from .._wire import Keywords, Renamed
from ..auth import build_registry_config_header
from ..errors import BuildContextError, BuildError, DockerException, InvalidArgument
from ..utils import convert_filters, format_extra_hosts
from ..utils._context import (
    DEFAULT_DOCKERFILE,
    dockerfile_archive,
    local_context,
    random_dockerfile_name,
    read_ignore_file,
)
from ..utils.build import match_tag
from ._proxies import ConfigProxiesMixin
from ._registry_auth import RegistryAuthMixin

__all__ = ["BuildApiMixin"]

#: docker-py's container_limits keys, and the two more the daemon reads: each one
#: is sent as the query parameter of its name.
_CONTAINER_LIMITS: Final = ("memory", "memswap", "cpushares", "cpusetcpus", "cpuperiod", "cpuquota")
#: What `path` may name instead of a directory: the daemon fetches these itself.
_REMOTE_PREFIXES: Final = ("http://", "https://", "git://", "github.com/", "git@")
#: An HTTP content-coding token (`encoding` becomes the Content-Encoding header).
_CONTENT_CODING: Final = re.compile(r"[A-Za-z0-9!#$%&'*+.^_`|~-]+")

# Where each method's keyword arguments go on the wire (see `_wire.py`): the plans
# below take their query and header names from these, and `dockerapi check` reads them.
_BUILD = Keywords(
    "ImageBuild",
    query={
        "tag": "t",
        "path": "remote",  # a URL the daemon fetches (a directory is sent as the body)
        "quiet": "q",
        "nocache": "nocache",
        "rm": "rm",
        "forcerm": "forcerm",
        "pull": "pull",
        "dockerfile": "dockerfile",
        "buildargs": "buildargs",
        "use_config_proxy": "buildargs",  # the CLI config's proxies become build args
        "shmsize": "shmsize",
        "labels": "labels",
        "cache_from": "cachefrom",
        "target": "target",
        "network_mode": "networkmode",
        "squash": "squash",
        "extra_hosts": "extrahosts",
        "platform": "platform",
        "isolation": "isolation",
        "container_limits": _CONTAINER_LIMITS,
    },
    # The context's compression (gzip: the local context, compressed on the way).
    header={"encoding": "Content-Encoding", "gzip": "Content-Encoding"},
    # The context archive and how the answer is read: no version rule of their own.
    unversioned=(
        "fileobj",
        "custom_context",
        "context_mtime",
        "timeout",
        "decode",
        "raise_on_error",
    ),
)
_PRUNE = Keywords(
    "BuildPrune",
    query={
        "filters": "filters",
        # The daemon renamed the limit in API 1.48.
        "keep_storage": Renamed("keep-storage", "reserved-space", since="1.48"),
        "all": "all",
        "reserved_space": "reserved-space",
        "max_used_space": "max-used-space",
        "min_free_space": "min-free-space",
    },
)

#: A prepared context: what `fileobj` with `custom_context=True` may be.
ContextData: TypeAlias = IO[bytes] | bytes | Iterable[bytes]


class _BuildErrorDecoder:
    """Wraps a build stream's decoder: keeps the log and turns the daemon's error
    object into `BuildError` (raised after the items before it are handed out)."""

    __slots__ = ("_as_dict", "_inner", "_log", "_pending")

    def __init__(self, inner: Decoder[Any], as_dict: Callable[[Any], Any]) -> None:
        self._inner = inner
        self._as_dict = as_dict
        self._log: list[Any] = []
        self._pending: BuildError | None = None

    def feed(self, data: BytesLike) -> list[Any]:
        self._raise_pending()
        return self._scan(list(self._inner.feed(data)))

    def flush(self) -> list[Any]:
        self._raise_pending()
        return self._scan(list(self._inner.flush()))

    def _raise_pending(self) -> None:
        if self._pending is not None:
            error, self._pending = self._pending, None
            raise error

    def _scan(self, items: list[Any]) -> list[Any]:
        for index, item in enumerate(items):
            entry = self._as_dict(item)
            if is_error_item(entry):
                self._log.extend(self._as_dict(before) for before in items[:index])
                self._log.append(entry)
                error = BuildError(_error_message(entry), list(self._log))
                if not index:
                    raise error
                self._pending = error
                return items[:index]
        self._log.extend(self._as_dict(item) for item in items)
        return items


def _error_message(item: Mapping[str, Any]) -> str:
    detail = item.get("errorDetail")
    message = item.get("error") or (detail.get("message") if isinstance(detail, dict) else None)
    return str(message or "the build failed")


def _line_as_dict(line: bytes) -> Any:
    try:
        return json.loads(line)
    except ValueError:
        return {"stream": line.decode("utf-8", "replace")}


def _build_decoder(decode: bool, raise_on_error: bool) -> Callable[[], Decoder[Any]]:
    if not raise_on_error:
        return JSONLinesDecoder if decode else RawJSONLinesDecoder
    if decode:
        return lambda: _BuildErrorDecoder(JSONLinesDecoder(), lambda item: item)
    return lambda: _BuildErrorDecoder(RawJSONLinesDecoder(), _line_as_dict)


def _check_arguments(
    path: str | None,
    fileobj: object,
    tag: str | None,
    gzip: bool,
    encoding: str | None,
    custom_context: bool,
    container_limits: Mapping[str, Any] | None,
) -> None:
    """docker-py's checks (with the messages it gives), before anything is read."""
    if path is None and fileobj is None:
        raise TypeError("Either path or fileobj needs to be provided.")
    if gzip and encoding is not None:
        raise DockerException("Can not use custom encoding if gzip is enabled")
    if encoding is not None and not _CONTENT_CODING.fullmatch(encoding):
        raise InvalidArgument(f"encoding must be a content coding such as 'gzip', not {encoding!r}")
    if tag is not None and not match_tag(tag):
        raise InvalidArgument(f"invalid tag '{tag}': invalid reference format")
    for key in container_limits or {}:
        if key not in _CONTAINER_LIMITS:
            raise InvalidArgument(
                f"invalid container_limits key {key!r}: use {', '.join(sorted(_CONTAINER_LIMITS))}"
            )
    if custom_context and not fileobj:
        raise TypeError("You must specify fileobj with custom_context")


def _dockerfile_in(root: str, dockerfile: str | None) -> tuple[str | None, bytes | None]:
    """(the name to send, the contents when it comes from outside the context).

    As docker-py: a relative `dockerfile` is relative to the context; one that
    resolves outside it is read and sent under a random name. Without
    `dockerfile`, `Dockerfile` (or else `dockerfile`, as the CLI) must exist.

    Raises:
        BuildContextError: the Dockerfile does not exist or cannot be read.
    """
    if not dockerfile:
        for candidate in (DEFAULT_DOCKERFILE, DEFAULT_DOCKERFILE.lower()):
            if os.path.lexists(os.path.join(root, candidate)):
                return (None if candidate == DEFAULT_DOCKERFILE else candidate), None
        raise BuildContextError(
            f"cannot locate Dockerfile: {os.path.join(root, DEFAULT_DOCKERFILE)!r} does not "
            "exist (name another one with dockerfile=)",
            os.path.join(root, DEFAULT_DOCKERFILE),
        )
    location = dockerfile if os.path.isabs(dockerfile) else os.path.join(root, dockerfile)
    relative = os.path.relpath(os.path.realpath(location), os.path.realpath(root))
    inside = relative != ".." and not relative.startswith(".." + os.sep)
    if inside:
        if not os.path.lexists(location):
            raise BuildContextError(
                f"cannot locate Dockerfile {dockerfile!r} in the build context {root!r}",
                location,
            )
        return (relative if os.path.isabs(dockerfile) else dockerfile), None
    try:
        with open(location, "rb") as file:
            return random_dockerfile_name(), file.read()
    except OSError as error:
        raise BuildContextError(
            f"cannot read the Dockerfile {location!r}: {error.strerror or error}", location
        ) from error


class BuildApiMixin(ConfigProxiesMixin, RegistryAuthMixin):
    """Image builds, as docker-py names the methods."""

    _settings: ClientSettings
    _host: DockerHost
    _general_configs: dict[str, Any]
    base_url: str

    @stream_plan
    @_BUILD.describes
    def build(
        self,
        path: str | os.PathLike[str] | None = None,
        tag: str | None = None,
        quiet: bool = False,
        fileobj: Any = None,
        nocache: bool = False,
        rm: bool = False,
        timeout: float | None = None,
        custom_context: bool = False,
        encoding: str | None = None,
        pull: bool = False,
        forcerm: bool = False,
        dockerfile: str | None = None,
        container_limits: Mapping[str, Any] | None = None,
        decode: bool = False,
        buildargs: Mapping[str, str] | None = None,
        gzip: bool = False,
        shmsize: int | None = None,
        labels: Mapping[str, str] | None = None,
        cache_from: Sequence[str] | None = None,
        target: str | None = None,
        network_mode: str | None = None,
        squash: bool | None = None,
        extra_hosts: Mapping[str, str] | Sequence[str] | None = None,
        platform: str | None = None,
        isolation: str | None = None,
        use_config_proxy: bool = True,
        *,
        context_mtime: int | None = None,
        raise_on_error: bool = False,
    ) -> PlanGenerator[StreamOf[Any]]:
        """Build an image (`docker build`); returns the stream of its progress.

        Args:
            path: a directory holding the build context (its `.dockerignore` is
                applied), or a URL the daemon fetches itself (`https://...`,
                `git://...`, `github.com/...`, `git@...`).
            tag: `name[:tag]` for the image.
            quiet: only the image ID in the output.
            fileobj: a Dockerfile (binary file object) to build without a
                context directory; with `custom_context`, the context archive
                itself (a file object, bytes or an iterable of bytes).
            nocache: do not use the build cache.
            rm: remove intermediate containers after a successful build
                (docker-py's default False is sent as such: the daemon's own
                default would be True).
            timeout: seconds to wait for each read of the answer; None: the
                client's timeout bounds connecting only.
            custom_context: `fileobj` is a tar archive of the whole context.
            encoding: the `fileobj` archive's compression (`gzip`, ...).
            pull: pull newer versions of the `FROM` images.
            forcerm: always remove intermediate containers.
            dockerfile: the Dockerfile, relative to the context directory
                (default `Dockerfile`); one outside the context is sent along.
            container_limits: `memory`, `memswap`, `cpushares`, `cpusetcpus`
                (and `cpuperiod`, `cpuquota`) for the build's containers.
            decode: yield dicts instead of the raw JSON lines.
            buildargs: `ARG` values.
            gzip: compress the context on the way.
            shmsize: size of `/dev/shm` in bytes.
            labels: labels for the image.
            cache_from: images to use as cache sources.
            target: the stage of a multi-stage Dockerfile to build.
            network_mode: the network of `RUN` steps.
            squash: squash the new layers into one (experimental daemons).
            extra_hosts: `{"host": "ip"}` or `["host:ip"]` for `/etc/hosts`.
            platform: `os[/arch[/variant]]`.
            isolation: the isolation technology (Windows daemons).
            use_config_proxy: pass the proxy settings of the Docker CLI's
                config as build arguments (the caller's `buildargs` win).
            context_mtime: (keyword only) give every entry of a local context
                this mtime, for contexts that do not change when files are
                touched.
            raise_on_error: (keyword only) raise `BuildError` (with the build
                log) when the build fails, instead of yielding the error item.

        Returns:
            A stream of `bytes` lines, or of dicts with `decode=True`.

        Raises:
            TypeError: neither `path` nor `fileobj`, `custom_context` without
                `fileobj`, or `path` is not a directory (docker-py's errors).
            InvalidArgument: a malformed tag, `.dockerignore` pattern,
                `container_limits` key or `timeout`.
            BuildContextError: the Dockerfile is missing, or a file of the
                context cannot be read.
            InvalidVersion: an option the API version in use lacks.
            APIError: the daemon refused the request.
        """
        _check_arguments(
            None if path is None else os.fspath(path),
            fileobj,
            tag,
            gzip,
            encoding,
            custom_context,
            container_limits,
        )
        # Checked before the context is walked: a bad value fails at once.
        timeout = check_timeout(timeout, "build's timeout")
        remote: str | None = None
        content: Body | None = None
        if custom_context:
            content = fileobj
        elif fileobj is not None:
            content = _dockerfile_context(fileobj, context_mtime)
        else:
            assert path is not None
            location = os.fspath(path)
            if location.startswith(_REMOTE_PREFIXES):
                remote = location
            else:
                dockerfile, content = _directory_context(location, dockerfile, gzip, context_mtime)
                if gzip:
                    encoding = "gzip"

        arguments = dict(buildargs or {})
        if use_config_proxy:
            for key, value in self._proxy_configs.get_environment().items():
                arguments.setdefault(key, value)
        if isinstance(extra_hosts, Mapping):
            extra_hosts = format_extra_hosts(extra_hosts)

        params: dict[str, object] = {
            **_BUILD.query(
                tag=tag,
                path=remote,
                quiet=quiet or None,
                nocache=nocache or None,
                rm=bool(rm),  # always sent: the daemon's default is the opposite of docker-py's
                forcerm=forcerm or None,
                pull=pull or None,
                dockerfile=dockerfile,
                buildargs=arguments or None,
                shmsize=shmsize,
                labels=labels,
                cache_from=json.dumps(list(cache_from)) if cache_from is not None else None,
                target=target,
                network_mode=network_mode,
                squash=squash or None,
                extra_hosts=list(extra_hosts) if extra_hosts is not None else None,
                platform=platform,
                isolation=isolation,
            ),
            # Keyed by their wire names already (checked against _CONTAINER_LIMITS).
            **dict(container_limits or {}),
        }
        headers: dict[str, str] = {}
        if content is not None:
            headers["Content-Type"] = "application/x-tar"
            if encoding:
                headers |= _BUILD.header(encoding=encoding)
        # Every registry's credentials: FROM may pull from any of them (helpers run
        # off the event loop).
        headers.update((yield Blocking(functools.partial(build_registry_config_header, self))))

        response: Response = yield Request.build(
            "POST",
            "/build",
            params=params,
            headers=headers,
            content=content,
            expect="stream",
            timeout=timeout if timeout is not None else streaming_timeout(self._settings.timeout),
            operation="ImageBuild",
        )
        return StreamOf(response, _build_decoder(decode, raise_on_error))

    @plan
    @_PRUNE.describes
    def prune_builds(
        self,
        filters: Mapping[str, Any] | None = None,
        keep_storage: int | None = None,
        all: bool | None = None,
        *,
        reserved_space: int | None = None,
        max_used_space: int | None = None,
        min_free_space: int | None = None,
    ) -> PlanGenerator[dict[str, Any]]:
        """Delete build cache. Returns `{"CachesDeleted": [...], "SpaceReclaimed": n}`.

        Args:
            filters: `until`, `id`, `parent`, `type`, `description`, `inuse`,
                `shared`, `private` (API 1.39).
            keep_storage: bytes of cache to keep (API 1.39; sent as
                `reserved-space` from API 1.48, which renamed it).
            all: remove all cache, not only the unused (API 1.39).
            reserved_space, max_used_space, min_free_space: (keyword only) the
                newer limits (API 1.48).
        """
        if keep_storage is not None and reserved_space is not None:
            raise InvalidArgument("keep_storage and reserved_space are the same limit: pass one")
        params = _PRUNE.query(
            filters=convert_filters(filters) if filters is not None else None,
            all=all,
            reserved_space=reserved_space,
            max_used_space=max_used_space,
            min_free_space=min_free_space,
        )
        if keep_storage is not None:
            # Sent under the name the API version in use reads.
            version: str = yield CURRENT_VERSION
            params |= _PRUNE.at(version).query(keep_storage=keep_storage)
        response: Response = yield Request.build(
            "POST", "/build/prune", params=params, operation="BuildPrune"
        )
        result: dict[str, Any] = response.json()
        if result.get("CachesDeleted") is None:
            result["CachesDeleted"] = []  # Go's null for an empty list
        return result


def _dockerfile_context(fileobj: IO[Any], mtime: int | None) -> Iterable[bytes]:
    """docker-py's `mkbuildcontext`: a context holding only the given Dockerfile."""
    content = fileobj.read()
    if isinstance(content, str):
        raise TypeError("Please use io.BytesIO to create in-memory Dockerfiles with Python 3")
    return dockerfile_archive(content, mtime=mtime)


def _directory_context(
    path: str, dockerfile: str | None, gzip: bool, mtime: int | None
) -> tuple[str | None, Iterable[bytes]]:
    """(the `dockerfile` to send, the context's pieces), checked before sending."""
    if not os.path.isdir(path):
        raise TypeError(f"You must specify a directory to build in path: {path!r} is not one")
    root = os.path.realpath(path)
    name, outside = _dockerfile_in(root, dockerfile)
    patterns, ignore_file = read_ignore_file(root)
    context = local_context(
        root,
        patterns,
        dockerfile=name or DEFAULT_DOCKERFILE,
        dockerfile_content=outside,
        ignore_file_content=ignore_file,
    )
    context.check_readable()
    return name, context.chunks(gzip=gzip, mtime=mtime)
