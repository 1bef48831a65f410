from typing import Literal, cast

LocalNodeState = Literal["", "active", "error", "inactive", "locked", "pending"]

LOCAL_NODE_STATE_VALUES: set[LocalNodeState] = {
    "",
    "active",
    "error",
    "inactive",
    "locked",
    "pending",
}


def check_local_node_state(value: str) -> LocalNodeState:
    """Type ``value`` as LocalNodeState; values not in LOCAL_NODE_STATE_VALUES pass through unchanged."""
    return cast(LocalNodeState, value)
