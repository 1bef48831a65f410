from typing import Literal, cast

ChangeType = Literal[0, 1, 2]

CHANGE_TYPE_VALUES: set[ChangeType] = {
    0,
    1,
    2,
}


def check_change_type(value: int) -> ChangeType:
    """Type ``value`` as ChangeType; values not in CHANGE_TYPE_VALUES pass through unchanged."""
    return cast(ChangeType, value)
