from typing import Literal, cast

MountBindOptionsPropagation = Literal["private", "rprivate", "rshared", "rslave", "shared", "slave"]

MOUNT_BIND_OPTIONS_PROPAGATION_VALUES: set[MountBindOptionsPropagation] = {
    "private",
    "rprivate",
    "rshared",
    "rslave",
    "shared",
    "slave",
}


def check_mount_bind_options_propagation(value: str) -> MountBindOptionsPropagation:
    """Type ``value`` as MountBindOptionsPropagation; values not in MOUNT_BIND_OPTIONS_PROPAGATION_VALUES pass through unchanged."""
    return cast(MountBindOptionsPropagation, value)
