from typing import Literal, cast

ServiceSpecUpdateConfigFailureAction = Literal["continue", "pause", "rollback"]

SERVICE_SPEC_UPDATE_CONFIG_FAILURE_ACTION_VALUES: set[ServiceSpecUpdateConfigFailureAction] = {
    "continue",
    "pause",
    "rollback",
}


def check_service_spec_update_config_failure_action(
    value: str,
) -> ServiceSpecUpdateConfigFailureAction:
    """Type ``value`` as ServiceSpecUpdateConfigFailureAction; values not in SERVICE_SPEC_UPDATE_CONFIG_FAILURE_ACTION_VALUES pass through unchanged."""
    return cast(ServiceSpecUpdateConfigFailureAction, value)
