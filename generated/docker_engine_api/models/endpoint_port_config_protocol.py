from typing import Literal, cast

EndpointPortConfigProtocol = Literal["sctp", "tcp", "udp"]

ENDPOINT_PORT_CONFIG_PROTOCOL_VALUES: set[EndpointPortConfigProtocol] = {
    "sctp",
    "tcp",
    "udp",
}


def check_endpoint_port_config_protocol(value: str) -> EndpointPortConfigProtocol:
    """Type ``value`` as EndpointPortConfigProtocol; values not in ENDPOINT_PORT_CONFIG_PROTOCOL_VALUES pass through unchanged."""
    return cast(EndpointPortConfigProtocol, value)
