from typing import Literal, cast

SystemInfoCgroupVersion = Literal["1", "2"]

SYSTEM_INFO_CGROUP_VERSION_VALUES: set[SystemInfoCgroupVersion] = {
    "1",
    "2",
}


def check_system_info_cgroup_version(value: str) -> SystemInfoCgroupVersion:
    """Type ``value`` as SystemInfoCgroupVersion; values not in SYSTEM_INFO_CGROUP_VERSION_VALUES pass through unchanged."""
    return cast(SystemInfoCgroupVersion, value)
