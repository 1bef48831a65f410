from typing import Literal, cast

ContainerStateStatus = Literal[
    "created", "dead", "exited", "paused", "removing", "restarting", "running"
]

CONTAINER_STATE_STATUS_VALUES: set[ContainerStateStatus] = {
    "created",
    "dead",
    "exited",
    "paused",
    "removing",
    "restarting",
    "running",
}


def check_container_state_status(value: str) -> ContainerStateStatus:
    """Type ``value`` as ContainerStateStatus; values not in CONTAINER_STATE_STATUS_VALUES pass through unchanged."""
    return cast(ContainerStateStatus, value)
