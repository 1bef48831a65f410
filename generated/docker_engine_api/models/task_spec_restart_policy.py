from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_spec_restart_policy_condition import (
    TaskSpecRestartPolicyCondition,
    check_task_spec_restart_policy_condition,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="TaskSpecRestartPolicy")


@_attrs_define
class TaskSpecRestartPolicy:
    """Specification for the restart policy which applies to containers
    created as part of this service.

    """

    condition: TaskSpecRestartPolicyCondition | Unset = UNSET
    """ Condition for restart. """
    delay: int | Unset = UNSET
    """ Delay between restart attempts. """
    max_attempts: int | Unset = UNSET
    """ Maximum attempts to restart a given container before giving up
    (default value is 0, which is ignored).

    Daemon default: `0` (sent only when set). """
    window: int | Unset = UNSET
    """ Windows is the time window used to evaluate the restart policy
    (default value is 0, which is unbounded).

    Daemon default: `0` (sent only when set). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        condition: str | Unset = UNSET
        if not isinstance(self.condition, Unset):
            condition = self.condition

        delay = self.delay

        max_attempts = self.max_attempts

        window = self.window

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if condition is not UNSET:
            field_dict["Condition"] = condition
        if delay is not UNSET:
            field_dict["Delay"] = delay
        if max_attempts is not UNSET:
            field_dict["MaxAttempts"] = max_attempts
        if window is not UNSET:
            field_dict["Window"] = window

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        _condition = d.pop("Condition", UNSET)
        condition: TaskSpecRestartPolicyCondition | Unset
        if isinstance(_condition, Unset):
            condition = UNSET
        else:
            condition = check_task_spec_restart_policy_condition(_condition)

        delay = d.pop("Delay", UNSET)

        max_attempts = d.pop("MaxAttempts", UNSET)

        window = d.pop("Window", UNSET)

        task_spec_restart_policy = cls(
            condition=condition,
            delay=delay,
            max_attempts=max_attempts,
            window=window,
        )

        task_spec_restart_policy.additional_properties = d
        return task_spec_restart_policy

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
