from typing import Literal, cast

ContainerSummaryHealthStatus = Literal["healthy", "none", "starting", "unhealthy"]

CONTAINER_SUMMARY_HEALTH_STATUS_VALUES: set[ContainerSummaryHealthStatus] = {
    "healthy",
    "none",
    "starting",
    "unhealthy",
}


def check_container_summary_health_status(value: str) -> ContainerSummaryHealthStatus:
    """Type ``value`` as ContainerSummaryHealthStatus; values not in CONTAINER_SUMMARY_HEALTH_STATUS_VALUES pass through unchanged."""
    return cast(ContainerSummaryHealthStatus, value)
