from typing import Literal, cast

MountType = Literal["bind", "cluster", "image", "npipe", "tmpfs", "volume"]

MOUNT_TYPE_VALUES: set[MountType] = {
    "bind",
    "cluster",
    "image",
    "npipe",
    "tmpfs",
    "volume",
}


def check_mount_type(value: str) -> MountType:
    """Type ``value`` as MountType; values not in MOUNT_TYPE_VALUES pass through unchanged."""
    return cast(MountType, value)
