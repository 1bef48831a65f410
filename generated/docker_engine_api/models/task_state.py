from typing import Literal, cast

TaskState = Literal[
    "accepted",
    "allocated",
    "assigned",
    "complete",
    "failed",
    "new",
    "orphaned",
    "pending",
    "preparing",
    "ready",
    "rejected",
    "remove",
    "running",
    "shutdown",
    "starting",
]

TASK_STATE_VALUES: set[TaskState] = {
    "accepted",
    "allocated",
    "assigned",
    "complete",
    "failed",
    "new",
    "orphaned",
    "pending",
    "preparing",
    "ready",
    "rejected",
    "remove",
    "running",
    "shutdown",
    "starting",
}


def check_task_state(value: str) -> TaskState:
    """Type ``value`` as TaskState; values not in TASK_STATE_VALUES pass through unchanged."""
    return cast(TaskState, value)
