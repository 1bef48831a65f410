from typing import Literal, cast

HostConfigCgroupnsMode = Literal["host", "private"]

HOST_CONFIG_CGROUPNS_MODE_VALUES: set[HostConfigCgroupnsMode] = {
    "host",
    "private",
}


def check_host_config_cgroupns_mode(value: str) -> HostConfigCgroupnsMode:
    """Type ``value`` as HostConfigCgroupnsMode; values not in HOST_CONFIG_CGROUPNS_MODE_VALUES pass through unchanged."""
    return cast(HostConfigCgroupnsMode, value)
