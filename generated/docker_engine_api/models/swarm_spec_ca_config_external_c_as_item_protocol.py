from typing import Literal, cast

SwarmSpecCAConfigExternalCAsItemProtocol = Literal["cfssl"]

SWARM_SPEC_CA_CONFIG_EXTERNAL_C_AS_ITEM_PROTOCOL_VALUES: set[
    SwarmSpecCAConfigExternalCAsItemProtocol
] = {
    "cfssl",
}


def check_swarm_spec_ca_config_external_c_as_item_protocol(
    value: str,
) -> SwarmSpecCAConfigExternalCAsItemProtocol:
    """Type ``value`` as SwarmSpecCAConfigExternalCAsItemProtocol; values not in SWARM_SPEC_CA_CONFIG_EXTERNAL_C_AS_ITEM_PROTOCOL_VALUES pass through unchanged."""
    return cast(SwarmSpecCAConfigExternalCAsItemProtocol, value)
