"""docker-py's `ExecApiMixin`: run a command in a running container (sync and async).

`exec_create`, `exec_inspect`, `exec_resize` and `exec_start`, with docker-py's
names, arguments and result shapes, as plans for `APIClient` and
`AsyncAPIClient`. Output is read as `attach` reads it: whole, as a stream, as a
`(stdout, stderr)` pair with `demux`, or as a socket; its framing comes from the
daemon's Content-Type on API >= 1.42 and from the caller's `tty` below that,
as docker-py decides it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._cli_config import detach_keys as cli_detach_keys
from .._plan import PlanGenerator, SocketOf, plan
from .._request import Request, Response
from .._transport import streaming_timeout
from .._wire import Keywords
from ..utils import format_environment, split_command
from ._container_streams import (
    ContainerRef,
    _read_output,
    _stated_tty,
)
from ._resources import ResourceRef, resource_id, resource_path, without_none

if TYPE_CHECKING:
    from .._executor import ClientSettings

__all__ = ["ExecApiMixin"]

# Where each method's keyword arguments go on the wire (see `_wire.py`).
_EXEC_CREATE = Keywords(
    "ContainerExec",
    body={
        "cmd": "Cmd",
        "stdout": "AttachStdout",
        "stderr": "AttachStderr",
        "stdin": "AttachStdin",
        "tty": "Tty",
        "privileged": "Privileged",
        "user": "User",
        "environment": "Env",
        "workdir": "WorkingDir",
        "detach_keys": "DetachKeys",
    },
    unversioned=("container",),
)
_EXEC_INSPECT = Keywords("ExecInspect", unversioned=("exec_id",))
_EXEC_RESIZE = Keywords("ExecResize", query={"height": "h", "width": "w"}, unversioned=("exec_id",))
# `stream`, `socket` and `demux` choose how the output is read, not what is asked.
_EXEC_START = Keywords(
    "ExecStart",
    body={"detach": "Detach", "tty": "Tty"},
    unversioned=("exec_id", "stream", "socket", "demux"),
)


class ExecApiMixin:
    """Commands run inside running containers, as docker-py names them."""

    _settings: ClientSettings

    if TYPE_CHECKING:

        @property
        def _general_configs(self) -> dict[str, Any]: ...  # the client's CLI config

    @plan
    @_EXEC_CREATE.describes
    def exec_create(
        self,
        container: ContainerRef,
        cmd: str | Sequence[str],
        stdout: bool = True,
        stderr: bool = True,
        stdin: bool = False,
        tty: bool = False,
        privileged: bool = False,
        user: str = "",
        environment: Mapping[str, Any] | Sequence[str] | None = None,
        workdir: str | None = None,
        detach_keys: str | None = None,
    ) -> PlanGenerator[dict[str, Any]]:
        """Set up a command to run in a running container (`exec_start` runs it).

        Args:
            container: ID, name or dict with `Id`.
            cmd: the command: a list, or a string split as a shell would.
            stdout, stderr, stdin: which streams to attach.
            tty: give the command a pseudo-terminal.
            privileged: run with extended privileges.
            user: `user`, `user:group`, `uid` or `uid:gid` (default: the container's).
            environment: `{"KEY": "value"}` or `["KEY=value"]`.
            workdir: the working directory (default: the container's).
            detach_keys: the key sequence that detaches from the command (default:
                the Docker CLI config's `detachKeys`, if any).

        Returns:
            `{"Id": exec_id}`.
        """
        container_id = resource_id(container)
        if isinstance(cmd, str):
            cmd = split_command(cmd)
        if isinstance(environment, Mapping):
            environment = format_environment(environment)
        body = without_none(
            _EXEC_CREATE.body(
                user=user,
                privileged=privileged,
                tty=tty,
                stdin=stdin,
                stdout=stdout,
                stderr=stderr,
                cmd=list(cmd),
                environment=None if environment is None else list(environment),
                workdir=workdir,
                detach_keys=detach_keys or cli_detach_keys(self._general_configs),
            )
        )
        response: Response = yield Request.build(
            "POST",
            resource_path("containers", container_id, "exec"),
            json=body,
            operation="ContainerExec",
        )
        created: dict[str, Any] = response.json()
        return created

    @plan
    @_EXEC_INSPECT.describes
    def exec_inspect(self, exec_id: ResourceRef) -> PlanGenerator[dict[str, Any]]:
        """The state of an exec instance: `Running`, `ExitCode`, `Pid`, `ProcessConfig`..."""
        response: Response = yield Request.build(
            "GET", resource_path("exec", exec_id, "json"), operation="ExecInspect"
        )
        result: dict[str, Any] = response.json()
        return result

    @plan
    @_EXEC_RESIZE.describes
    def exec_resize(
        self, exec_id: ResourceRef, height: int | None = None, width: int | None = None
    ) -> PlanGenerator[None]:
        """Resize the pseudo-terminal of an exec instance started with `tty=True`."""
        yield Request.build(
            "POST",
            resource_path("exec", exec_id, "resize"),
            params=_EXEC_RESIZE.query(height=height, width=width),
            expect="empty",
            operation="ExecResize",
        )

    @plan
    @_EXEC_START.describes
    def exec_start(
        self,
        exec_id: ResourceRef,
        detach: bool = False,
        tty: bool = False,
        stream: bool = False,
        socket: bool = False,
        demux: bool = False,
    ) -> PlanGenerator[Any]:
        """Run an exec instance and (unless detached) read its output.

        Args:
            exec_id: the ID, or the dict `exec_create` returned.
            detach: start it and return at once (returns "").
            tty: whether the exec was created with a TTY (its output is then raw).
            stream: a stream of output chunks instead of one bytes object.
            socket: the raw two-way connection (write stdin, read output), as
                `attach_socket` gives it.
            demux: keep stdout and stderr apart, as `(stdout, stderr)`.

        Returns:
            "" (detach), bytes or `(stdout, stderr)`, a stream, or a socket.
        """
        path = resource_path("exec", exec_id, "start")
        body = _EXEC_START.body(tty=tty, detach=detach)
        if detach:
            started: Response = yield Request.build(
                "POST", path, json=body, expect="bytes", operation="ExecStart"
            )
            return started.text
        response: Response = yield Request.build(
            "POST",
            path,
            json=body,
            expect="upgrade",
            timeout=streaming_timeout(self._settings.timeout),
            operation="ExecStart",
        )
        if socket:
            return SocketOf(response)
        stated = yield from _stated_tty(response)
        raw = tty if stated is None else stated  # below 1.42 the caller says, as in docker-py
        return (yield from _read_output(response, tty=raw, stream=stream, demux=demux))
