from typing import Literal, cast

HostConfigIsolation = Literal["", "default", "hyperv", "process"]

HOST_CONFIG_ISOLATION_VALUES: set[HostConfigIsolation] = {
    "",
    "default",
    "hyperv",
    "process",
}


def check_host_config_isolation(value: str) -> HostConfigIsolation:
    """Type ``value`` as HostConfigIsolation; values not in HOST_CONFIG_ISOLATION_VALUES pass through unchanged."""
    return cast(HostConfigIsolation, value)
