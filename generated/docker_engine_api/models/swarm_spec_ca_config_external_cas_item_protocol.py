from typing import Literal, cast

SwarmSpecCAConfigExternalCAsItemProtocol = Literal["cfssl"]

SWARM_SPEC_CA_CONFIG_EXTERNAL_CAS_ITEM_PROTOCOL_VALUES: set[
    SwarmSpecCAConfigExternalCAsItemProtocol
] = {
    "cfssl",
}


def check_swarm_spec_ca_config_external_cas_item_protocol(
    value: str,
) -> SwarmSpecCAConfigExternalCAsItemProtocol:
    """Type ``value`` as SwarmSpecCAConfigExternalCAsItemProtocol; values not in SWARM_SPEC_CA_CONFIG_EXTERNAL_CAS_ITEM_PROTOCOL_VALUES pass through unchanged."""
    return cast(SwarmSpecCAConfigExternalCAsItemProtocol, value)
