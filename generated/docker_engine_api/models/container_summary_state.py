from typing import Literal, cast

ContainerSummaryState = Literal[
    "created", "dead", "exited", "paused", "removing", "restarting", "running"
]

CONTAINER_SUMMARY_STATE_VALUES: set[ContainerSummaryState] = {
    "created",
    "dead",
    "exited",
    "paused",
    "removing",
    "restarting",
    "running",
}


def check_container_summary_state(value: str) -> ContainerSummaryState:
    """Type ``value`` as ContainerSummaryState; values not in CONTAINER_SUMMARY_STATE_VALUES pass through unchanged."""
    return cast(ContainerSummaryState, value)
