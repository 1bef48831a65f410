from typing import Literal, cast

SystemInfoCgroupDriver = Literal["cgroupfs", "none", "systemd"]

SYSTEM_INFO_CGROUP_DRIVER_VALUES: set[SystemInfoCgroupDriver] = {
    "cgroupfs",
    "none",
    "systemd",
}


def check_system_info_cgroup_driver(value: str) -> SystemInfoCgroupDriver:
    """Type ``value`` as SystemInfoCgroupDriver; values not in SYSTEM_INFO_CGROUP_DRIVER_VALUES pass through unchanged."""
    return cast(SystemInfoCgroupDriver, value)
