from typing import Literal, cast

RestartPolicyName = Literal["", "always", "no", "on-failure", "unless-stopped"]

RESTART_POLICY_NAME_VALUES: set[RestartPolicyName] = {
    "",
    "always",
    "no",
    "on-failure",
    "unless-stopped",
}


def check_restart_policy_name(value: str) -> RestartPolicyName:
    """Type ``value`` as RestartPolicyName; values not in RESTART_POLICY_NAME_VALUES pass through unchanged."""
    return cast(RestartPolicyName, value)
