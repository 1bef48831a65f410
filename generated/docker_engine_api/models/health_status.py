from typing import Literal, cast

HealthStatus = Literal["healthy", "none", "starting", "unhealthy"]

HEALTH_STATUS_VALUES: set[HealthStatus] = {
    "healthy",
    "none",
    "starting",
    "unhealthy",
}


def check_health_status(value: str) -> HealthStatus:
    """Type ``value`` as HealthStatus; values not in HEALTH_STATUS_VALUES pass through unchanged."""
    return cast(HealthStatus, value)
