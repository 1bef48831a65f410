from typing import Literal, cast

ClusterVolumeSpecAccessModeScope = Literal["multi", "single"]

CLUSTER_VOLUME_SPEC_ACCESS_MODE_SCOPE_VALUES: set[ClusterVolumeSpecAccessModeScope] = {
    "multi",
    "single",
}


def check_cluster_volume_spec_access_mode_scope(value: str) -> ClusterVolumeSpecAccessModeScope:
    """Type ``value`` as ClusterVolumeSpecAccessModeScope; values not in CLUSTER_VOLUME_SPEC_ACCESS_MODE_SCOPE_VALUES pass through unchanged."""
    return cast(ClusterVolumeSpecAccessModeScope, value)
