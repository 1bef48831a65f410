from typing import Literal, cast

ServiceSpecRollbackConfigOrder = Literal["start-first", "stop-first"]

SERVICE_SPEC_ROLLBACK_CONFIG_ORDER_VALUES: set[ServiceSpecRollbackConfigOrder] = {
    "start-first",
    "stop-first",
}


def check_service_spec_rollback_config_order(value: str) -> ServiceSpecRollbackConfigOrder:
    """Type ``value`` as ServiceSpecRollbackConfigOrder; values not in SERVICE_SPEC_ROLLBACK_CONFIG_ORDER_VALUES pass through unchanged."""
    return cast(ServiceSpecRollbackConfigOrder, value)
