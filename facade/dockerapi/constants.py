"""Constants with the names docker-py's ``docker.constants`` exposes, plus a few of our own.

Callers import these by name (``DEFAULT_DOCKER_API_VERSION``, ``IS_WINDOWS_PLATFORM``,
``STREAM_HEADER_SIZE_BYTES`` ...), so the names and meanings follow docker-py. Values
differ where this project differs: the newest API version is the newest spec we
generate from, and the oldest is the oldest spec we have.
"""

from __future__ import annotations

import sys

from dockerapi import __version__

__all__ = [
    "BYTE_UNITS",
    "CONTAINER_LIMITS_KEYS",
    "DEFAULT_DATA_CHUNK_SIZE",
    "DEFAULT_DOCKER_API_VERSION",
    "DEFAULT_DOCKER_HOST",
    "DEFAULT_HTTP_HOST",
    "DEFAULT_MAX_POOL_SIZE",
    "DEFAULT_NPIPE",
    "DEFAULT_NPIPE_HOST",
    "DEFAULT_NUM_POOLS",
    "DEFAULT_NUM_POOLS_SSH",
    "DEFAULT_SOCKET_PATH",
    "DEFAULT_SWARM_ADDR_POOL",
    "DEFAULT_SWARM_SUBNET_SIZE",
    "DEFAULT_TIMEOUT_SECONDS",
    "DEFAULT_UNIX_SOCKET",
    "DEFAULT_USER_AGENT",
    "INSECURE_REGISTRY_DEPRECATION_WARNING",
    "IS_WINDOWS_PLATFORM",
    "MINIMUM_DOCKER_API_VERSION",
    "STREAM_HEADER_SIZE_BYTES",
    "WINDOWS_LONGPATH_PREFIX",
]

#: The newest API version the generated layer knows (spec v1.55); negotiation never goes above it.
DEFAULT_DOCKER_API_VERSION = "1.55"
#: The oldest API version we have a spec for, hence the oldest we can gate against.
MINIMUM_DOCKER_API_VERSION = "1.25"

DEFAULT_TIMEOUT_SECONDS = 60
#: Size of the header in front of each frame of a multiplexed stdout/stderr stream.
STREAM_HEADER_SIZE_BYTES = 8
CONTAINER_LIMITS_KEYS = ["memory", "memswap", "cpushares", "cpusetcpus"]

#: Host used when a tcp address names only a port (``tcp://:2375``).
DEFAULT_HTTP_HOST = "127.0.0.1"
DEFAULT_SOCKET_PATH = "/var/run/docker.sock"
#: docker-py's spelling of the default socket (what ``parse_host`` returns for it).
DEFAULT_UNIX_SOCKET = f"http+unix://{DEFAULT_SOCKET_PATH}"
#: The same default as a DOCKER_HOST value, the spelling ``DockerHost.url`` uses.
DEFAULT_DOCKER_HOST = f"unix://{DEFAULT_SOCKET_PATH}"
DEFAULT_NPIPE = "npipe:////./pipe/docker_engine"
DEFAULT_NPIPE_HOST = DEFAULT_NPIPE

BYTE_UNITS = {"b": 1, "k": 1024, "m": 1024 * 1024, "g": 1024 * 1024 * 1024}

INSECURE_REGISTRY_DEPRECATION_WARNING = (
    "The `insecure_registry` argument to {} is deprecated and non-functional. Please remove it."
)

IS_WINDOWS_PLATFORM = sys.platform == "win32"
WINDOWS_LONGPATH_PREFIX = "\\\\?\\"

DEFAULT_USER_AGENT = f"dockerapi/{__version__}"
DEFAULT_NUM_POOLS = 25
#: OpenSSH allows 10 sessions per connection by default; one is kept for the connection itself.
DEFAULT_NUM_POOLS_SSH = 9
#: Idle connections kept per client (docker-py: connections kept per pool).
DEFAULT_MAX_POOL_SIZE = 10

DEFAULT_DATA_CHUNK_SIZE = 1024 * 2048

DEFAULT_SWARM_ADDR_POOL = ["10.0.0.0/8"]
DEFAULT_SWARM_SUBNET_SIZE = 24
