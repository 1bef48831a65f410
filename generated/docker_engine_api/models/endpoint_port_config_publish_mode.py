from typing import Literal, cast

EndpointPortConfigPublishMode = Literal["host", "ingress"]

ENDPOINT_PORT_CONFIG_PUBLISH_MODE_VALUES: set[EndpointPortConfigPublishMode] = {
    "host",
    "ingress",
}


def check_endpoint_port_config_publish_mode(value: str) -> EndpointPortConfigPublishMode:
    """Type ``value`` as EndpointPortConfigPublishMode; values not in ENDPOINT_PORT_CONFIG_PUBLISH_MODE_VALUES pass through unchanged."""
    return cast(EndpointPortConfigPublishMode, value)
