from typing import Literal, cast

VolumeScope = Literal["global", "local"]

VOLUME_SCOPE_VALUES: set[VolumeScope] = {
    "global",
    "local",
}


def check_volume_scope(value: str) -> VolumeScope:
    """Type ``value`` as VolumeScope; values not in VOLUME_SCOPE_VALUES pass through unchanged."""
    return cast(VolumeScope, value)
