from typing import Literal, cast

TaskSpecContainerSpecIsolation = Literal["", "default", "hyperv", "process"]

TASK_SPEC_CONTAINER_SPEC_ISOLATION_VALUES: set[TaskSpecContainerSpecIsolation] = {
    "",
    "default",
    "hyperv",
    "process",
}


def check_task_spec_container_spec_isolation(value: str) -> TaskSpecContainerSpecIsolation:
    """Type ``value`` as TaskSpecContainerSpecIsolation; values not in TASK_SPEC_CONTAINER_SPEC_ISOLATION_VALUES pass through unchanged."""
    return cast(TaskSpecContainerSpecIsolation, value)
