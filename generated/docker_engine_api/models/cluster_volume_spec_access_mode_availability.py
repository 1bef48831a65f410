from typing import Literal, cast

ClusterVolumeSpecAccessModeAvailability = Literal["active", "drain", "pause"]

CLUSTER_VOLUME_SPEC_ACCESS_MODE_AVAILABILITY_VALUES: set[
    ClusterVolumeSpecAccessModeAvailability
] = {
    "active",
    "drain",
    "pause",
}


def check_cluster_volume_spec_access_mode_availability(
    value: str,
) -> ClusterVolumeSpecAccessModeAvailability:
    """Type ``value`` as ClusterVolumeSpecAccessModeAvailability; values not in CLUSTER_VOLUME_SPEC_ACCESS_MODE_AVAILABILITY_VALUES pass through unchanged."""
    return cast(ClusterVolumeSpecAccessModeAvailability, value)
