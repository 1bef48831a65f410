from typing import Literal, cast

ClusterVolumePublishStatusItemState = Literal[
    "pending-controller-unpublish", "pending-node-unpublish", "pending-publish", "published"
]

CLUSTER_VOLUME_PUBLISH_STATUS_ITEM_STATE_VALUES: set[ClusterVolumePublishStatusItemState] = {
    "pending-controller-unpublish",
    "pending-node-unpublish",
    "pending-publish",
    "published",
}


def check_cluster_volume_publish_status_item_state(
    value: str,
) -> ClusterVolumePublishStatusItemState:
    """Type ``value`` as ClusterVolumePublishStatusItemState; values not in CLUSTER_VOLUME_PUBLISH_STATUS_ITEM_STATE_VALUES pass through unchanged."""
    return cast(ClusterVolumePublishStatusItemState, value)
