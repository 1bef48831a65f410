"""Containers: `Container` and `ContainerCollection` (`client.containers`), docker-py's,
and their asyncio twins `AsyncContainer` / `AsyncContainerCollection`.

Every method is written once, as a plan, in the shared core classes; on the
blocking classes it runs with blocking I/O, on the asyncio ones it is a
coroutine. Most `Container` methods are the low-level container methods with
the container's ID filled in (`container.stop(timeout=3)` is
`client.api.stop(container.id, timeout=3)`), with the same arguments and
results.
"""

from __future__ import annotations

import contextlib
from collections.abc import Coroutine, Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    Generic,
    Literal,
    NamedTuple,
    Protocol,
    TypeVar,
    cast,
    overload,
)

from .._plan import Drain, PlanGenerator, plan
from ..api.container import ContainerApiMixin
from ..api.exec_api import ExecApiMixin
from ..errors import ContainerError, DockerException, ImageNotFound, InvalidArgument, NotFound
from ._binding import delegate, forward, plan_property, reference
from ._container_args import (
    RUN_CREATE_KWARGS,
    RUN_HOST_CONFIG_KWARGS,
    create_container_args,
)
from ._typed import typed
from .images import AsyncImage, Image, _ImageCore
from .resource import (
    AsyncCollection,
    AsyncModel,
    Collection,
    Model,
    _CollectionCore,
    _ModelCore,
    fetch,
    invoke,
)

if TYPE_CHECKING:
    from docker_engine_api.models import ContainerInspectResponse

    from .._streams import AsyncStream, Stream

__all__ = [
    "RUN_CREATE_KWARGS",
    "RUN_HOST_CONFIG_KWARGS",
    "AsyncContainer",
    "AsyncContainerCollection",
    "Container",
    "ContainerCollection",
    "ExecResult",
]

ImageT = TypeVar("ImageT", bound=_ImageCore)
ContainerT = TypeVar("ContainerT", bound="_ContainerCore[Any]")

_API = ContainerApiMixin
_EXEC = ExecApiMixin
#: Logging drivers the daemon can read back (docker-py's rule for `run`'s output).
_READABLE_LOG_DRIVERS = ("json-file", "journald")


class ExecResult(NamedTuple):
    """What `Container.exec_run` returns."""

    #: The command's exit status; None with `stream` or `socket`, and with `detach`
    #: while the command still runs.
    exit_code: int | None
    #: bytes, a `(stdout, stderr)` pair with `demux`, a stream, or a socket.
    output: Any


class _ContainerCore(_ModelCore, Generic[ImageT]):
    """A container on the daemon (shared by `Container` and `AsyncContainer`)."""

    # -- what the daemon said (no I/O) ------------------------------------

    @property
    def name(self) -> str | None:
        """The container's name, without the leading slash."""
        name = self.attrs.get("Name")
        return name.lstrip("/") if name is not None else None

    @property
    def labels(self) -> dict[str, str]:
        """The container's labels (`{}` when it has none).

        Raises:
            DockerException: the container came from `list(sparse=True)`; `reload()` it.
        """
        # A list entry has no `Config` (Podman sends `"Config": null`).
        config = self.attrs.get("Config")
        if not isinstance(config, dict):
            raise DockerException(
                "Label data is not available for sparse objects. Call reload() "
                "to retrieve all information"
            )
        labels: dict[str, str] = config.get("Labels") or {}
        return labels

    @property
    def status(self) -> str:
        """The container's state: `created`, `running`, `paused`, `exited`, ..."""
        state = self.attrs["State"]
        return cast(str, state["Status"] if isinstance(state, dict) else state)

    @property
    def health(self) -> str:
        """The health check's verdict (`healthy`, `unhealthy`, `starting`), or `unknown`."""
        state = self.attrs.get("State")
        if not isinstance(state, dict):
            return "unknown"
        return cast(str, (state.get("Health") or {}).get("Status", "unknown"))

    @property
    def ports(self) -> dict[str, Any]:
        """Published ports: `{"80/tcp": [{"HostIp": "0.0.0.0", "HostPort": "8080"}]}`."""
        ports: dict[str, Any] = self.attrs.get("NetworkSettings", {}).get("Ports", {})
        return ports

    @property
    def model(self) -> ContainerInspectResponse:
        """`attrs` as the generated typed model, for editors and type checkers:
        `container.model.state.status`, `container.model.config.labels`, ...

        Fields the model does not know (from newer engines) stay reachable:
        `container.model["NewField"]`.

        Raises:
            DockerException: the container came from `list(sparse=True)` (its
                data is a list entry, not an inspect result); `reload()` it.
        """
        from docker_engine_api.models import ContainerInspectResponse

        if isinstance(self.attrs.get("State"), str):
            raise DockerException(
                "this container came from list(sparse=True): its data is a list entry; "
                "call reload() to read the whole inspect result"
            )
        return typed(ContainerInspectResponse, self.attrs)

    @plan_property
    def image(self) -> PlanGenerator[ImageT | None]:
        """The container's image (read from the daemon: `await container.image` on
        the asyncio client)."""
        image_id = self.attrs.get("ImageID", self.attrs.get("Image"))
        if image_id is None:
            return None
        image: ImageT = yield from fetch(self.client.images, image_id.split(":")[-1])
        return image

    # -- the low-level container methods, for this container ----------------

    attach = delegate(_API.attach, "This container's output (`APIClient.attach`).")
    attach_socket = delegate(
        _API.attach_socket,
        "A two-way socket attached to this container (`APIClient.attach_socket`).",
    )
    diff = delegate(_API.diff, "Changes to this container's filesystem (`APIClient.diff`).")
    export = delegate(
        _API.export, "This container's filesystem as a tar stream (`APIClient.export`)."
    )
    get_archive = delegate(
        _API.get_archive,
        "A file or directory of this container as `(tar stream, stat)` (`APIClient.get_archive`).",
    )
    kill = delegate(_API.kill, "Send a signal to this container (`APIClient.kill`).")
    logs = delegate(_API.logs, "This container's output, like `docker logs` (`APIClient.logs`).")
    pause = delegate(_API.pause, "Freeze this container's processes (`APIClient.pause`).")
    put_archive = delegate(
        _API.put_archive,
        "Extract a tar archive into a directory of this container (`APIClient.put_archive`).",
    )
    remove = delegate(
        _API.remove_container,
        "Remove this container, like `docker rm` (`APIClient.remove_container`).",
    )
    rename = delegate(_API.rename, "Rename this container (`APIClient.rename`).")
    resize = delegate(_API.resize, "Resize this container's TTY (`APIClient.resize`).")
    restart = delegate(_API.restart, "Restart this container (`APIClient.restart`).")
    start = delegate(_API.start, "Start this container (`APIClient.start`).")
    stats = delegate(_API.stats, "This container's resource usage (`APIClient.stats`).")
    stop = delegate(_API.stop, "Stop this container, like `docker stop` (`APIClient.stop`).")
    top = delegate(_API.top, "The processes running in this container (`APIClient.top`).")
    unpause = delegate(_API.unpause, "Thaw this paused container (`APIClient.unpause`).")
    update = delegate(
        _API.update_container,
        "Change this container's resource limits (`APIClient.update_container`).",
    )
    wait = delegate(
        _API.wait,
        "Wait until this container stops; `{'StatusCode': ..., 'Error': ...}` (`APIClient.wait`).",
    )

    # -- methods that return models or combine calls ------------------------

    def _committed(self, committed: dict[str, Any]) -> PlanGenerator[ImageT]:
        image: ImageT = yield from fetch(self.client.images, committed["Id"])
        return image

    commit = delegate(
        _API.commit,
        "Make an image of this container, like `docker commit`, and return it as an "
        "`Image` (arguments: `APIClient.commit`'s).",
        then=_committed,
    )

    @plan
    def exec_run(
        self,
        cmd: str | Sequence[str],
        stdout: bool = True,
        stderr: bool = True,
        stdin: bool = False,
        tty: bool = False,
        privileged: bool = False,
        user: str = "",
        detach: bool = False,
        stream: bool = False,
        socket: bool = False,
        environment: Mapping[str, Any] | Sequence[str] | None = None,
        workdir: str | None = None,
        demux: bool = False,
    ) -> PlanGenerator[ExecResult]:
        """Run a command in this (running) container, like `docker exec`.

        Args:
            cmd: the command, a list or a string split as a shell would.
            stdout, stderr, stdin: which streams to attach.
            tty: give the command a pseudo-terminal (its output is then raw).
            privileged: run with extended privileges.
            user: `user`, `user:group`, `uid` or `uid:gid` (default: the container's).
            detach: start it and return at once.
            stream: output as a stream of chunks, as the command writes it.
            socket: the raw two-way connection (write stdin, read output).
            environment: `{"KEY": "value"}` or `["KEY=value"]`.
            workdir: the working directory (default: the container's).
            demux: keep stdout and stderr apart, as `(stdout, stderr)`.

        Returns:
            `ExecResult(exit_code, output)`: the exit status and the output as
            bytes (or a `(stdout, stderr)` pair); with `stream` or `socket` the
            exit code is None and the output a stream or a socket.
        """
        api = self._api
        created = yield from _EXEC.exec_create.function(
            api,
            self.id,
            cmd,
            stdout=stdout,
            stderr=stderr,
            stdin=stdin,
            tty=tty,
            privileged=privileged,
            user=user,
            environment=environment,
            workdir=workdir,
        )
        output = yield from _EXEC.exec_start.function(
            api, created["Id"], detach=detach, tty=tty, stream=stream, socket=socket, demux=demux
        )
        if socket or stream:
            return ExecResult(None, output)
        inspected = yield from _EXEC.exec_inspect.function(api, created["Id"])
        return ExecResult(inspected["ExitCode"], output)


class Container(_ContainerCore[Image], Model):
    """A container on the daemon (blocking). `attrs` is its inspect result; call
    `reload()` to read it again."""


class AsyncContainer(_ContainerCore[AsyncImage], AsyncModel):
    """A container on the daemon (asyncio: methods are coroutines, `await
    container.image` reads its image)."""


DetachedT = TypeVar("DetachedT", covariant=True)
StreamedT = TypeVar("StreamedT", covariant=True)
OutputT = TypeVar("OutputT", covariant=True)
OtherT = TypeVar("OtherT", covariant=True)


class _Run(Protocol[DetachedT, StreamedT, OutputT, OtherT]):
    """`containers.run` as type checkers see it: its result follows `detach` and
    `stream`. One list of overloads for both flavours, parametrized by their
    result types (values on the blocking client, coroutines on the asyncio one)."""

    @overload
    def __call__(
        self,
        image: str | _ImageCore,
        command: str | list[str] | None = None,
        stdout: bool = True,
        stderr: bool = False,
        remove: bool = False,
        *,
        detach: Literal[True],
        **kwargs: Any,
    ) -> DetachedT: ...
    @overload
    def __call__(
        self,
        image: str | _ImageCore,
        command: str | list[str] | None = None,
        stdout: bool = True,
        stderr: bool = False,
        remove: bool = False,
        *,
        stream: Literal[True],
        **kwargs: Any,
    ) -> StreamedT: ...
    @overload
    def __call__(
        self,
        image: str | _ImageCore,
        command: str | list[str] | None = None,
        stdout: bool = True,
        stderr: bool = False,
        remove: bool = False,
        *,
        detach: Literal[False] = False,
        stream: Literal[False] = False,
        **kwargs: Any,
    ) -> OutputT: ...
    @overload
    def __call__(
        self,
        image: str | _ImageCore,
        command: str | list[str] | None = None,
        stdout: bool = True,
        stderr: bool = False,
        remove: bool = False,
        **kwargs: Any,
    ) -> OtherT: ...


class _ContainerCollectionCore(_CollectionCore[ContainerT]):
    """Containers on the daemon (shared by both flavours)."""

    def _create_args(self, method: str, kwargs: dict[str, Any]) -> dict[str, Any]:
        """`create_container`'s arguments; unknown ones raise TypeError before any request."""
        kwargs["version"] = self._api._known_version()
        return create_container_args(method, kwargs)

    def _create(self, create_kwargs: dict[str, Any]) -> PlanGenerator[ContainerT]:
        created = yield from _API.create_container.function(self._api, **create_kwargs)
        container: ContainerT = yield from fetch(self, created["Id"])
        return container

    @plan
    def run(
        self,
        /,
        image: str | _ImageCore,
        command: str | list[str] | None = None,
        stdout: bool = True,
        stderr: bool = False,
        remove: bool = False,
        **kwargs: Any,
    ) -> PlanGenerator[Any]:
        """Run a container, like `docker run`: create it (pulling its image when the
        daemon lacks it), start it, wait for it to
        end and return its output (or, with `detach=True`, return the `Container`
        as soon as it runs).

        Args:
            image: the image to run (name or `Image`).
            command: the command, a list or a string split as a shell would.
            stdout, stderr: which output to return.
            remove: remove the container once it ended (also when it failed;
                with `detach`, the daemon removes it: `auto_remove`).
            detach: start it and return the `Container` at once.
            stream: return a stream of output chunks instead of bytes (after
                the container ended, as docker-py).
            **kwargs: `create`'s arguments (`RUN_CREATE_KWARGS`), host
                configuration (`RUN_HOST_CONFIG_KWARGS`: `mem_limit`,
                `network_mode`, `restart_policy`, ...) and `ports`,
                `volumes`, `network`, `networking_config`.

        Returns:
            The output as bytes (None when the logging driver cannot be read
            back), a stream of chunks with `stream`, or the `Container` with
            `detach`.

        Raises:
            TypeError: an unknown keyword argument (before anything is created).
            InvalidArgument: `network` with `network_mode`, or
                `networking_config` without `network`.
            ContainerError: the command exited non-zero (with its stderr).
            NotFound: the image is neither on the daemon nor on its registry
                (a missing image is pulled first, for `platform` if given, as
                docker-py does); `ImageNotFound` when the daemon says so.
            APIError: any other refusal.
        """
        image = reference(image)
        stream = kwargs.pop("stream", False)
        detach = kwargs.pop("detach", False)
        if detach and remove:
            kwargs["auto_remove"] = True
        if kwargs.get("network") and kwargs.get("network_mode"):
            raise InvalidArgument(
                'The options "network" and "network_mode" can not be used together.'
            )
        if kwargs.get("networking_config") and not kwargs.get("network"):
            raise InvalidArgument(
                'The option "networking_config" can not be used without "network".'
            )
        create_kwargs = self._create_args(
            "run", {**kwargs, "image": image, "command": command, "detach": detach}
        )
        try:
            container = yield from self._create(create_kwargs)
        except ImageNotFound:  # docker-py's way: pull the image, then create again
            yield from invoke(self.client.images, "pull", image, platform=kwargs.get("platform"))
            container = yield from self._create(create_kwargs)

        api = self._api
        try:
            yield from _API.start.function(api, container.id)
            if detach:
                return container
            out: Any = None
            readable = container.attrs["HostConfig"]["LogConfig"]["Type"] in _READABLE_LOG_DRIVERS
            if readable and (stream or kwargs.get("auto_remove")):
                # Opened before waiting: streamed as it comes, and not lost when the
                # daemon removes the container as it exits (auto_remove).
                out = yield from _API.logs.function(
                    api, container.id, stdout=stdout, stderr=stderr, stream=True, follow=True
                )
            exit_status = (yield from _API.wait.function(api, container.id))["StatusCode"]
            if exit_status != 0:
                error_output = None
                if not kwargs.get("auto_remove"):
                    error_output = yield from _API.logs.function(
                        api, container.id, stdout=False, stderr=True
                    )
                raise ContainerError(container, exit_status, command, image, error_output)
            if readable and out is None:
                # The stopped container's whole output, read once: no follow stream to
                # wait on (Podman 4.3 now and then never ends one after the exit).
                out = yield from _API.logs.function(api, container.id, stdout=stdout, stderr=stderr)
            elif out is not None and not stream:
                out = b"".join((yield Drain(out)))
        except Exception:
            if remove:
                yield from _remove_quietly(api, container.id)
            raise
        if remove:
            yield from _API.remove_container.function(api, container.id)
        return out

    @plan
    def create(
        self, /, image: str | _ImageCore, command: str | list[str] | None = None, **kwargs: Any
    ) -> PlanGenerator[ContainerT]:
        """Create a container without starting it, like `docker create`.

        Takes `run`'s arguments but `stdout`, `stderr`, `remove` and `stream`.

        Raises:
            TypeError: an unknown keyword argument (before anything is created).
            ImageNotFound: the image is not on the daemon.
        """
        create_kwargs = self._create_args(
            "create", {**kwargs, "image": reference(image), "command": command}
        )
        return (yield from self._create(create_kwargs))

    @plan
    def get(self, container_id: str) -> PlanGenerator[ContainerT]:
        """A container by name or ID.

        Raises:
            NotFound: no such container.
        """
        attrs = yield from _API.inspect_container.function(self._api, container_id)
        return self.prepare_model(attrs)

    @plan
    def list(
        self,
        all: bool = False,
        before: str | None = None,
        filters: Mapping[str, Any] | None = None,
        limit: int = -1,
        since: str | None = None,
        sparse: bool = False,
        ignore_removed: bool = False,
    ) -> PlanGenerator[list[ContainerT]]:
        """The containers, like `docker ps`.

        Args:
            all: include stopped containers (default: running ones).
            before, since: only containers created before / after this one.
            filters: `status`, `label`, `name`, `id`, `ancestor`, `exited`, ...
            limit: only the `limit` most recently created ones.
            sparse: do not inspect each container: `attrs` is its list entry
                (some properties then need `reload()`).
            ignore_removed: skip containers removed between listing and inspecting
                (else that raises NotFound).
        """
        api = self._api
        listed = yield from _API.containers.function(
            api, all=all, before=before, filters=filters, limit=limit, since=since
        )
        if sparse:
            return [self.prepare_model(entry) for entry in listed]
        containers: list[ContainerT] = []
        for entry in listed:
            try:
                containers.append((yield from fetch(self, entry["Id"])))
            except NotFound:
                if not ignore_removed:
                    raise
        return containers

    prune = forward(
        _API.prune_containers,
        "Remove stopped containers (`filters`: `until`, `label`); "
        '`{"ContainersDeleted": [...], "SpaceReclaimed": n}`.',
    )


def _remove_quietly(api: Any, container_id: str) -> PlanGenerator[None]:
    """Remove a container after a failure without hiding that failure."""
    # Gone already (auto_remove), or the daemon is unreachable: the first error counts.
    with contextlib.suppress(DockerException):
        yield from _API.remove_container.function(api, container_id, force=True)


class ContainerCollection(_ContainerCollectionCore[Container], Collection[Container]):
    """Containers on the daemon (`client.containers`, blocking)."""

    model = Container

    if TYPE_CHECKING:  # the result's type follows `detach` and `stream`
        run: _Run[Container, Stream[bytes], bytes | None, Any]


class AsyncContainerCollection(
    _ContainerCollectionCore[AsyncContainer], AsyncCollection[AsyncContainer]
):
    """Containers on the daemon (`client.containers` of an `AsyncDockerClient`)."""

    model = AsyncContainer

    if TYPE_CHECKING:  # the result's type follows `detach` and `stream`
        run: _Run[
            Coroutine[Any, Any, AsyncContainer],
            Coroutine[Any, Any, AsyncStream[bytes]],
            Coroutine[Any, Any, bytes | None],
            Coroutine[Any, Any, Any],
        ]
