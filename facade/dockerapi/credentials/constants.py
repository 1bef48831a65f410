"""Names of the Docker credential helper programs (docker-py's `docker.credentials.constants`)."""

from __future__ import annotations

__all__ = ["DEFAULT_LINUX_STORE", "DEFAULT_OSX_STORE", "DEFAULT_WIN32_STORE", "PROGRAM_PREFIX"]

#: A store named "pass" is the program `docker-credential-pass`.
PROGRAM_PREFIX = "docker-credential-"
DEFAULT_LINUX_STORE = "secretservice"
DEFAULT_OSX_STORE = "osxkeychain"
DEFAULT_WIN32_STORE = "wincred"
