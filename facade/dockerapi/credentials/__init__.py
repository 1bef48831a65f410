"""Docker credential helpers (`docker-credential-<name>`), as docker-py's `docker.credentials`.

`Store("pass")` talks to the program `docker-credential-pass` with the
helpers' protocol: `get`, `store`, `erase` and `list`, a server URL or a JSON
document on stdin, JSON on stdout.
"""

from .constants import DEFAULT_LINUX_STORE, DEFAULT_OSX_STORE, DEFAULT_WIN32_STORE, PROGRAM_PREFIX
from .errors import CredentialsNotFound, InitializationError, StoreError
from .store import Store
from .utils import create_environment_dict

__all__ = [
    "DEFAULT_LINUX_STORE",
    "DEFAULT_OSX_STORE",
    "DEFAULT_WIN32_STORE",
    "PROGRAM_PREFIX",
    "CredentialsNotFound",
    "InitializationError",
    "Store",
    "StoreError",
    "create_environment_dict",
]
