from typing import Literal, cast

TaskSpecRestartPolicyCondition = Literal["any", "none", "on-failure"]

TASK_SPEC_RESTART_POLICY_CONDITION_VALUES: set[TaskSpecRestartPolicyCondition] = {
    "any",
    "none",
    "on-failure",
}


def check_task_spec_restart_policy_condition(value: str) -> TaskSpecRestartPolicyCondition:
    """Type ``value`` as TaskSpecRestartPolicyCondition; values not in TASK_SPEC_RESTART_POLICY_CONDITION_VALUES pass through unchanged."""
    return cast(TaskSpecRestartPolicyCondition, value)
