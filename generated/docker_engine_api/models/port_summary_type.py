from typing import Literal, cast

PortSummaryType = Literal["sctp", "tcp", "udp"]

PORT_SUMMARY_TYPE_VALUES: set[PortSummaryType] = {
    "sctp",
    "tcp",
    "udp",
}


def check_port_summary_type(value: str) -> PortSummaryType:
    """Type ``value`` as PortSummaryType; values not in PORT_SUMMARY_TYPE_VALUES pass through unchanged."""
    return cast(PortSummaryType, value)
