from typing import Literal, cast

EndpointSpecMode = Literal["dnsrr", "vip"]

ENDPOINT_SPEC_MODE_VALUES: set[EndpointSpecMode] = {
    "dnsrr",
    "vip",
}


def check_endpoint_spec_mode(value: str) -> EndpointSpecMode:
    """Type ``value`` as EndpointSpecMode; values not in ENDPOINT_SPEC_MODE_VALUES pass through unchanged."""
    return cast(EndpointSpecMode, value)
