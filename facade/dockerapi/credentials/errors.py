"""What a credential helper's failure becomes (docker-py's `docker.credentials.errors`).

`StoreError` is also a `DockerException` here (docker-py's is only a
`RuntimeError`), so `except DockerException` catches every failure.
Messages name the helper program and what went wrong, never a secret.
"""

from __future__ import annotations

from ..errors import DockerException

__all__ = ["CredentialsNotFound", "InitializationError", "StoreError", "process_store_error"]

# What helpers print (on stdout, exiting 1) when they have nothing for a server.
_NOT_FOUND_MESSAGE = "credentials not found in native keychain"
# An error message longer than this is not an error message: do not repeat it.
_MAX_MESSAGE = 300


class StoreError(DockerException, RuntimeError):
    """A credential helper could not be run or reported a failure."""


class CredentialsNotFound(StoreError):
    """The helper has no credentials for that server."""


class InitializationError(StoreError):
    """The helper could not be set up."""


def process_store_error(cpe: BaseException, program: str) -> StoreError:
    """The error for a helper that exited non-zero (a `CalledProcessError`):
    `CredentialsNotFound` when it says it has nothing, else `StoreError` with
    its (short) message."""
    output = getattr(cpe, "output", None) or b""
    stderr = getattr(cpe, "stderr", None) or b""
    text = (output or stderr).decode("utf-8", errors="replace").strip()
    if _NOT_FOUND_MESSAGE in text:
        return CredentialsNotFound(f"No matching credentials in {program}")
    code = getattr(cpe, "returncode", None)
    if not text or len(text) > _MAX_MESSAGE or "\n" in text:
        text = "no usable error message"
    return StoreError(f'Credentials store {program} exited with status {code}: "{text}".')
