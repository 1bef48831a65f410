from typing import Literal, cast

PluginConfigInterfaceProtocolScheme = Literal["", "moby.plugins.http/v1"]

PLUGIN_CONFIG_INTERFACE_PROTOCOL_SCHEME_VALUES: set[PluginConfigInterfaceProtocolScheme] = {
    "",
    "moby.plugins.http/v1",
}


def check_plugin_config_interface_protocol_scheme(
    value: str,
) -> PluginConfigInterfaceProtocolScheme:
    """Type ``value`` as PluginConfigInterfaceProtocolScheme; values not in PLUGIN_CONFIG_INTERFACE_PROTOCOL_SCHEME_VALUES pass through unchanged."""
    return cast(PluginConfigInterfaceProtocolScheme, value)
