from typing import Literal, cast

TaskSpecContainerSpecPrivilegesAppArmorMode = Literal["default", "disabled"]

TASK_SPEC_CONTAINER_SPEC_PRIVILEGES_APP_ARMOR_MODE_VALUES: set[
    TaskSpecContainerSpecPrivilegesAppArmorMode
] = {
    "default",
    "disabled",
}


def check_task_spec_container_spec_privileges_app_armor_mode(
    value: str,
) -> TaskSpecContainerSpecPrivilegesAppArmorMode:
    """Type ``value`` as TaskSpecContainerSpecPrivilegesAppArmorMode; values not in TASK_SPEC_CONTAINER_SPEC_PRIVILEGES_APP_ARMOR_MODE_VALUES pass through unchanged."""
    return cast(TaskSpecContainerSpecPrivilegesAppArmorMode, value)
