"""`Store`: one Docker credential helper program, spoken to with its own protocol.

The protocol (github.com/docker/docker-credential-helpers): the program is run
with one argument, the command, and reads its input from stdin:

- `get`: the server URL in, `{"ServerURL", "Username", "Secret"}` out;
  a server it knows nothing about makes it exit 1 printing
  "credentials not found in native keychain";
- `store`: `{"ServerURL", "Username", "Secret"}` in, nothing out;
- `erase`: the server URL in, nothing out;
- `list`: nothing in, `{server URL: username}` out.

Any other non-zero exit is a failure whose message is on stdout (or stderr).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Mapping
from typing import Any

from .constants import PROGRAM_PREFIX
from .errors import CredentialsNotFound, StoreError, process_store_error
from .utils import create_environment_dict

__all__ = ["Store"]


class Store:
    """The credential helper `docker-credential-<program>`.

    Args:
        program: the helper's name without the prefix ("pass", "secretservice").
        environment: variables set for the helper on top of os.environ (its
            PATH, when given, is also where the program is looked for).

    A program that is not installed raises `StoreError` when the store is
    used (docker-py also warns when the store is made; we do not warn).
    """

    def __init__(self, program: str, environment: Mapping[str, str] | None = None) -> None:
        if not program or os.sep in program or (os.altsep and os.altsep in program):
            raise StoreError(f"{program!r} is not the name of a credential helper")
        self.program = PROGRAM_PREFIX + program
        self.environment = dict(environment) if environment is not None else None
        self.exe: str | None = self._which()

    def __repr__(self) -> str:
        return f"<Store {self.program}>"

    def _which(self) -> str | None:
        path = (self.environment or {}).get("PATH")
        return shutil.which(self.program, path=path)

    def get(self, server: str | bytes) -> dict[str, Any]:
        """The credentials for `server`: `{"ServerURL", "Username", "Secret"}`.

        Raises:
            CredentialsNotFound: the helper has none for `server`.
            StoreError: the helper failed or answered something that is not
                credentials.
        """
        data = self._execute("get", _as_bytes(server))
        result = self._parse(data, "get")
        if not isinstance(result, dict) or not all(
            isinstance(result.get(key), str) for key in ("Username", "Secret")
        ):
            raise StoreError(
                f"{self.program} get answered JSON without string Username and Secret fields"
            )
        # Some helpers (pass) answer empty fields instead of exiting 1.
        if result["Username"] == "" and result["Secret"] == "":
            raise CredentialsNotFound(f"No matching credentials in {self.program}")
        return result

    def store(self, server: str, username: str, secret: str) -> bytes:
        """Save credentials for `server` with the helper."""
        document = {"ServerURL": server, "Username": username, "Secret": secret}
        return self._execute("store", json.dumps(document).encode("utf-8"))

    def erase(self, server: str | bytes) -> None:
        """Forget the credentials for `server`."""
        self._execute("erase", _as_bytes(server))

    def list(self) -> dict[str, str]:
        """Every server the helper has credentials for: `{server URL: username}`."""
        result = self._parse(self._execute("list", None), "list")
        if not isinstance(result, dict):
            raise StoreError(f"{self.program} list answered JSON that is not an object")
        return result

    def _parse(self, data: bytes, command: str) -> Any:
        try:
            return json.loads(data.decode("utf-8"))
        except ValueError:
            # Not repeated: whatever the helper printed may hold a secret.
            raise StoreError(
                f"{self.program} {command} printed {len(data)} bytes that are not JSON"
            ) from None

    def _execute(self, command: str, data_input: bytes | None) -> bytes:
        if self.exe is None:
            self.exe = self._which()
            if self.exe is None:
                raise StoreError(f"{self.program} not installed or not available in PATH")
        try:
            completed = subprocess.run(
                [self.exe, command],
                input=data_input,
                env=create_environment_dict(self.environment),
                capture_output=True,
                check=True,
            )
        except subprocess.CalledProcessError as error:
            raise process_store_error(error, self.program) from None
        except FileNotFoundError:
            raise StoreError(f"{self.program} not installed or not available in PATH") from None
        except OSError as error:
            raise StoreError(
                f"cannot run {self.program}: {error.strerror or error} (errno {error.errno})"
            ) from None
        return completed.stdout


def _as_bytes(server: str | bytes) -> bytes:
    return server if isinstance(server, bytes) else server.encode("utf-8")
