from typing import Literal, cast

SystemInfoIsolation = Literal["", "default", "hyperv", "process"]

SYSTEM_INFO_ISOLATION_VALUES: set[SystemInfoIsolation] = {
    "",
    "default",
    "hyperv",
    "process",
}


def check_system_info_isolation(value: str) -> SystemInfoIsolation:
    """Type ``value`` as SystemInfoIsolation; values not in SYSTEM_INFO_ISOLATION_VALUES pass through unchanged."""
    return cast(SystemInfoIsolation, value)
