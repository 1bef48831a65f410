from typing import Literal, cast

TaskSpecContainerSpecPrivilegesSeccompMode = Literal["custom", "default", "unconfined"]

TASK_SPEC_CONTAINER_SPEC_PRIVILEGES_SECCOMP_MODE_VALUES: set[
    TaskSpecContainerSpecPrivilegesSeccompMode
] = {
    "custom",
    "default",
    "unconfined",
}


def check_task_spec_container_spec_privileges_seccomp_mode(
    value: str,
) -> TaskSpecContainerSpecPrivilegesSeccompMode:
    """Type ``value`` as TaskSpecContainerSpecPrivilegesSeccompMode; values not in TASK_SPEC_CONTAINER_SPEC_PRIVILEGES_SECCOMP_MODE_VALUES pass through unchanged."""
    return cast(TaskSpecContainerSpecPrivilegesSeccompMode, value)
