from typing import Literal, cast

ClusterVolumeSpecAccessModeSharing = Literal["all", "none", "onewriter", "readonly"]

CLUSTER_VOLUME_SPEC_ACCESS_MODE_SHARING_VALUES: set[ClusterVolumeSpecAccessModeSharing] = {
    "all",
    "none",
    "onewriter",
    "readonly",
}


def check_cluster_volume_spec_access_mode_sharing(value: str) -> ClusterVolumeSpecAccessModeSharing:
    """Type ``value`` as ClusterVolumeSpecAccessModeSharing; values not in CLUSTER_VOLUME_SPEC_ACCESS_MODE_SHARING_VALUES pass through unchanged."""
    return cast(ClusterVolumeSpecAccessModeSharing, value)
