from typing import Literal, cast

Reachability = Literal["reachable", "unknown", "unreachable"]

REACHABILITY_VALUES: set[Reachability] = {
    "reachable",
    "unknown",
    "unreachable",
}


def check_reachability(value: str) -> Reachability:
    """Type ``value`` as Reachability; values not in REACHABILITY_VALUES pass through unchanged."""
    return cast(Reachability, value)
