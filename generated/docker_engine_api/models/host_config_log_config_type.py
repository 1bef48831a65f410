from typing import Literal, cast

HostConfigLogConfigType = Literal[
    "awslogs",
    "etwlogs",
    "fluentd",
    "gelf",
    "journald",
    "json-file",
    "local",
    "none",
    "splunk",
    "syslog",
]

HOST_CONFIG_LOG_CONFIG_TYPE_VALUES: set[HostConfigLogConfigType] = {
    "awslogs",
    "etwlogs",
    "fluentd",
    "gelf",
    "journald",
    "json-file",
    "local",
    "none",
    "splunk",
    "syslog",
}


def check_host_config_log_config_type(value: str) -> HostConfigLogConfigType:
    """Type ``value`` as HostConfigLogConfigType; values not in HOST_CONFIG_LOG_CONFIG_TYPE_VALUES pass through unchanged."""
    return cast(HostConfigLogConfigType, value)
