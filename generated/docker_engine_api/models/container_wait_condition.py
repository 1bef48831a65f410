from typing import Literal, cast

ContainerWaitCondition = Literal["next-exit", "not-running", "removed"]

CONTAINER_WAIT_CONDITION_VALUES: set[ContainerWaitCondition] = {
    "next-exit",
    "not-running",
    "removed",
}


def check_container_wait_condition(value: str) -> ContainerWaitCondition:
    """Type ``value`` as ContainerWaitCondition; values not in CONTAINER_WAIT_CONDITION_VALUES pass through unchanged."""
    return cast(ContainerWaitCondition, value)
