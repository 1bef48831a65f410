"""docker-py compatible request types (``docker.types``): dicts shaped like the API's JSON.

Also ``CancellableStream`` (what ``logs(stream=True)``, ``attach(stream=True)``,
``stats()`` ... return; ``close()`` works from another thread) and its asyncio
twin ``AsyncCancellableStream``.
"""

from dockerapi._streams import AsyncStream as AsyncCancellableStream
from dockerapi._streams import Stream as CancellableStream
from dockerapi.types.base import DictType
from dockerapi.types.containers import (
    ContainerConfig,
    DeviceRequest,
    HostConfig,
    LogConfig,
    LogConfigTypesEnum,
    Ulimit,
)
from dockerapi.types.healthcheck import Healthcheck
from dockerapi.types.networks import EndpointConfig, IPAMConfig, IPAMPool, NetworkingConfig
from dockerapi.types.services import (
    ConfigReference,
    ContainerSpec,
    DNSConfig,
    DriverConfig,
    EndpointSpec,
    Mount,
    NetworkAttachmentConfig,
    Placement,
    PlacementPreference,
    Privileges,
    Resources,
    RestartConditionTypesEnum,
    RestartPolicy,
    RollbackConfig,
    SecretReference,
    ServiceMode,
    TaskTemplate,
    UpdateConfig,
)
from dockerapi.types.swarm import SwarmExternalCA, SwarmSpec

__all__ = [
    "AsyncCancellableStream",
    "CancellableStream",
    "ConfigReference",
    "ContainerConfig",
    "ContainerSpec",
    "DNSConfig",
    "DeviceRequest",
    "DictType",
    "DriverConfig",
    "EndpointConfig",
    "EndpointSpec",
    "Healthcheck",
    "HostConfig",
    "IPAMConfig",
    "IPAMPool",
    "LogConfig",
    "LogConfigTypesEnum",
    "Mount",
    "NetworkAttachmentConfig",
    "NetworkingConfig",
    "Placement",
    "PlacementPreference",
    "Privileges",
    "Resources",
    "RestartConditionTypesEnum",
    "RestartPolicy",
    "RollbackConfig",
    "SecretReference",
    "ServiceMode",
    "SwarmExternalCA",
    "SwarmSpec",
    "TaskTemplate",
    "Ulimit",
    "UpdateConfig",
]
