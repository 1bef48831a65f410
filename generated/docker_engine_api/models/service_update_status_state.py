from typing import Literal, cast

ServiceUpdateStatusState = Literal["completed", "paused", "updating"]

SERVICE_UPDATE_STATUS_STATE_VALUES: set[ServiceUpdateStatusState] = {
    "completed",
    "paused",
    "updating",
}


def check_service_update_status_state(value: str) -> ServiceUpdateStatusState:
    """Type ``value`` as ServiceUpdateStatusState; values not in SERVICE_UPDATE_STATUS_STATE_VALUES pass through unchanged."""
    return cast(ServiceUpdateStatusState, value)
