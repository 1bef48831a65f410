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
    DriverConfig,
    Mount,
    RestartConditionTypesEnum,
    RestartPolicy,
)

__all__ = [
    "ContainerConfig",
    "DeviceRequest",
    "DictType",
    "DriverConfig",
    "EndpointConfig",
    "Healthcheck",
    "HostConfig",
    "IPAMConfig",
    "IPAMPool",
    "LogConfig",
    "LogConfigTypesEnum",
    "Mount",
    "NetworkingConfig",
    "RestartConditionTypesEnum",
    "RestartPolicy",
    "Ulimit",
]
