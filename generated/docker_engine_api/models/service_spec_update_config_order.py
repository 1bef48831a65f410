from typing import Literal, cast

ServiceSpecUpdateConfigOrder = Literal["start-first", "stop-first"]

SERVICE_SPEC_UPDATE_CONFIG_ORDER_VALUES: set[ServiceSpecUpdateConfigOrder] = {
    "start-first",
    "stop-first",
}


def check_service_spec_update_config_order(value: str) -> ServiceSpecUpdateConfigOrder:
    """Type ``value`` as ServiceSpecUpdateConfigOrder; values not in SERVICE_SPEC_UPDATE_CONFIG_ORDER_VALUES pass through unchanged."""
    return cast(ServiceSpecUpdateConfigOrder, value)
