"""docker-py compatible request types (``docker.types``): dicts shaped like the API's JSON."""

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
