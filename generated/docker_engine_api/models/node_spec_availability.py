from typing import Literal, cast

NodeSpecAvailability = Literal["active", "drain", "pause"]

NODE_SPEC_AVAILABILITY_VALUES: set[NodeSpecAvailability] = {
    "active",
    "drain",
    "pause",
}


def check_node_spec_availability(value: str) -> NodeSpecAvailability:
    """Type ``value`` as NodeSpecAvailability; values not in NODE_SPEC_AVAILABILITY_VALUES pass through unchanged."""
    return cast(NodeSpecAvailability, value)
