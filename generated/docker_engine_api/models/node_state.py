from typing import Literal, cast

NodeState = Literal["disconnected", "down", "ready", "unknown"]

NODE_STATE_VALUES: set[NodeState] = {
    "disconnected",
    "down",
    "ready",
    "unknown",
}


def check_node_state(value: str) -> NodeState:
    """Type ``value`` as NodeState; values not in NODE_STATE_VALUES pass through unchanged."""
    return cast(NodeState, value)
