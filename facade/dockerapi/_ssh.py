"""The `ssh://` transport: HTTP to a remote daemon through `ssh HOST docker system dial-stdio`.

As the Docker CLI does (and docker-py with `use_ssh_client=True`): the local
`ssh` program connects, with the user's keys, agent and `~/.ssh/config`, and
runs `docker system dial-stdio` on the remote machine, which joins its stdin and
stdout to the daemon's socket there. Each pooled HTTP connection is one `ssh`
process; httpcore speaks HTTP/1.1 over its pipes through the network backends
below (httpcore's public `NetworkBackend` interface). docker-py's other mode,
paramiko, is not used: `use_ssh_client` is accepted either way.

What `ssh` prints on stderr (a refused key, an unknown host, "docker: command
not found") becomes the message of the connection error.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import select
import shutil
import subprocess
import tempfile
import time
from typing import IO, Any
from urllib.parse import urlsplit

import httpcore

from ._host import DockerHost

__all__ = ["AsyncSSHBackend", "SSHBackend", "ssh_command"]

#: Seconds ssh may take to connect (the Docker CLI's choice too).
_CONNECT_TIMEOUT = 30
_STDERR_LIMIT = 2000
_EXIT_GRACE = 2.0


def ssh_command(host: DockerHost) -> list[str]:
    """The command line that joins stdin/stdout to the daemon behind `host` (ssh://...)."""
    parts = urlsplit(host.url)
    if parts.scheme != "ssh" or not parts.hostname:
        raise ValueError(f"not an ssh:// address: {host.url}")
    command = ["ssh", "-T", "-o", f"ConnectTimeout={_CONNECT_TIMEOUT}"]
    if parts.username:
        command += ["-l", parts.username]
    if parts.port:
        command += ["-p", str(parts.port)]
    return [*command, "--", parts.hostname, "docker", "system", "dial-stdio"]


def _find_ssh(command: list[str]) -> list[str]:
    program = shutil.which(command[0])
    if program is None:
        raise httpcore.ConnectError(
            "the ssh program was not found on PATH (install OpenSSH's client)"
        )
    return [program, *command[1:]]


def _failure(stderr: IO[bytes], returncode: int | None, what: str) -> str:
    """What went wrong, in ssh's own words when it said something."""
    stderr.seek(0)
    said = stderr.read(_STDERR_LIMIT).decode(errors="replace").strip()
    status = "" if returncode is None else f" (ssh exited with {returncode})"
    return f"{what}{status}: {said}" if said else f"{what}{status}"


class _SSHCommand:
    """A network backend's command line (both flavours)."""

    def __init__(self, command: list[str]) -> None:
        self._command = command


class _ProcessInfo:
    """What a connection that is an ssh process tells the rest of the library, through
    httpcore's `get_extra_info`: how to end its input (attach's half-close) and how to
    cut it from another thread (closing a stream someone is reading)."""

    _process: Any

    def _close_write(self) -> None:
        raise NotImplementedError

    def _shutdown(self) -> None:
        raise NotImplementedError

    def get_extra_info(self, info: str) -> Any:
        if info == "close_write":
            return self._close_write
        if info == "shutdown":
            return self._shutdown
        return self._process if info == "process" else None


# --- blocking -------------------------------------------------------------------------------


class _ProcessStream(_ProcessInfo, httpcore.NetworkStream):
    """One `ssh` process seen as a connection: write to its stdin, read its stdout."""

    def __init__(self, process: subprocess.Popen[bytes], stderr: IO[bytes]) -> None:
        self._process = process
        self._stderr = stderr
        assert process.stdin is not None and process.stdout is not None
        self._stdin = process.stdin
        self._stdout = process.stdout
        self._received_any = False

    def _broken(self, error_class: type[Exception], what: str) -> Exception:
        with contextlib.suppress(subprocess.TimeoutExpired):
            self._process.wait(timeout=_EXIT_GRACE)
        return error_class(_failure(self._stderr, self._process.poll(), what))

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        fd = self._stdout.fileno()
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            raise httpcore.ReadTimeout(f"no answer through ssh within {timeout} s")
        data = os.read(fd, max_bytes)
        if not data and not self._received_any:
            # ssh closes its stdout as it exits: a failure to connect looks like this
            with contextlib.suppress(subprocess.TimeoutExpired):
                self._process.wait(timeout=_EXIT_GRACE)
            if self._process.returncode not in (None, 0):
                raise self._broken(httpcore.ConnectError, "ssh failed")
        self._received_any = self._received_any or bool(data)
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        fd = self._stdin.fileno()
        view = memoryview(buffer)
        try:
            while view:
                _, ready, _ = select.select([], [fd], [], timeout)
                if not ready:
                    raise httpcore.WriteTimeout(f"ssh took no input within {timeout} s")
                view = view[os.write(fd, view) :]
        except BrokenPipeError:
            raise self._broken(httpcore.ConnectError, "ssh failed") from None

    def close(self) -> None:
        for pipe in (self._stdin, self._stdout, self._stderr):
            with contextlib.suppress(OSError):
                pipe.close()
        if self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=_EXIT_GRACE)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()

    def _close_write(self) -> None:
        self._stdin.close()  # ssh passes the EOF on; dial-stdio half-closes the socket

    def _shutdown(self) -> None:
        # From another thread, to wake a blocked reader: ssh exits, its stdout ends.
        if self._process.poll() is None:
            self._process.terminate()


class SSHBackend(_SSHCommand, httpcore.NetworkBackend):
    """httpcore's connections as `ssh` processes (blocking)."""

    def _start(self) -> _ProcessStream:
        command = _find_ssh(self._command)
        # A file, not a pipe, so that ssh never blocks on it; closed with the stream.
        stderr = tempfile.TemporaryFile()  # noqa: SIM115
        try:
            process = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=stderr,
                bufsize=0,
                start_new_session=True,  # a Ctrl-C for the caller is not one for ssh
            )
        except OSError as error:
            stderr.close()
            raise httpcore.ConnectError(f"could not run ssh: {error}") from error
        return _ProcessStream(process, stderr)

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        return self._start()

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.NetworkStream:
        return self._start()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


# --- asyncio --------------------------------------------------------------------------------


class _AsyncProcessStream(_ProcessInfo, httpcore.AsyncNetworkStream):
    """The asyncio twin of `_ProcessStream`."""

    def __init__(self, process: asyncio.subprocess.Process, stderr: IO[bytes]) -> None:
        self._process = process
        self._stderr = stderr
        assert process.stdin is not None and process.stdout is not None
        self._stdin = process.stdin
        self._stdout = process.stdout
        self._received_any = False

    async def _broken(self, error_class: type[Exception], what: str) -> Exception:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._process.wait(), _EXIT_GRACE)
        return error_class(_failure(self._stderr, self._process.returncode, what))

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            data = await asyncio.wait_for(self._stdout.read(max_bytes), timeout)
        except TimeoutError:
            raise httpcore.ReadTimeout(f"no answer through ssh within {timeout} s") from None
        if not data and not self._received_any:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._process.wait(), _EXIT_GRACE)
            if self._process.returncode not in (None, 0):
                raise await self._broken(httpcore.ConnectError, "ssh failed")
        self._received_any = self._received_any or bool(data)
        return data

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        try:
            self._stdin.write(buffer)
            await asyncio.wait_for(self._stdin.drain(), timeout)
        except TimeoutError:
            raise httpcore.WriteTimeout(f"ssh took no input within {timeout} s") from None
        except (BrokenPipeError, ConnectionResetError):
            raise await self._broken(httpcore.ConnectError, "ssh failed") from None

    async def aclose(self) -> None:
        with contextlib.suppress(OSError):
            self._stdin.close()
        if self._process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self._process.terminate()
            try:
                await asyncio.wait_for(self._process.wait(), _EXIT_GRACE)
            except TimeoutError:
                with contextlib.suppress(ProcessLookupError):
                    self._process.kill()
                await self._process.wait()
        self._stderr.close()

    def _shutdown(self) -> None:
        if self._process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self._process.terminate()

    def _close_write(self) -> None:
        self._stdin.write_eof()  # closes the pipe once what was written is out


class AsyncSSHBackend(_SSHCommand, httpcore.AsyncNetworkBackend):
    """httpcore's connections as `ssh` processes (asyncio)."""

    async def _start(self) -> _AsyncProcessStream:
        command = _find_ssh(self._command)
        stderr = tempfile.TemporaryFile()  # noqa: SIM115 - closed with the stream
        try:
            process = await asyncio.create_subprocess_exec(
                *command,
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                stderr=stderr,
                start_new_session=True,
            )
        except OSError as error:
            stderr.close()
            raise httpcore.ConnectError(f"could not run ssh: {error}") from error
        return _AsyncProcessStream(process, stderr)

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.AsyncNetworkStream:
        return await self._start()

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.AsyncNetworkStream:
        return await self._start()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)
