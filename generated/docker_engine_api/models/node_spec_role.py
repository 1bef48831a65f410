from typing import Literal, cast

NodeSpecRole = Literal["manager", "worker"]

NODE_SPEC_ROLE_VALUES: set[NodeSpecRole] = {
    "manager",
    "worker",
}


def check_node_spec_role(value: str) -> NodeSpecRole:
    """Type ``value`` as NodeSpecRole; values not in NODE_SPEC_ROLE_VALUES pass through unchanged."""
    return cast(NodeSpecRole, value)
