from typing import Literal, cast

ServiceSpecRollbackConfigFailureAction = Literal["continue", "pause"]

SERVICE_SPEC_ROLLBACK_CONFIG_FAILURE_ACTION_VALUES: set[ServiceSpecRollbackConfigFailureAction] = {
    "continue",
    "pause",
}


def check_service_spec_rollback_config_failure_action(
    value: str,
) -> ServiceSpecRollbackConfigFailureAction:
    """Type ``value`` as ServiceSpecRollbackConfigFailureAction; values not in SERVICE_SPEC_ROLLBACK_CONFIG_FAILURE_ACTION_VALUES pass through unchanged."""
    return cast(ServiceSpecRollbackConfigFailureAction, value)
