from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.container_summary_health_status import (
    ContainerSummaryHealthStatus,
    check_container_summary_health_status,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ContainerSummaryHealth")


@_attrs_define
class ContainerSummaryHealth:
    """Summary of health status

    Added in v1.52, before that version all container summary not include Health.
    After this attribute introduced, it includes containers with no health checks configured,
    or containers that are not running with none

    """

    status: ContainerSummaryHealthStatus | Unset = UNSET
    """ the health status of the container """
    failing_streak: int | Unset = UNSET
    """ FailingStreak is the number of consecutive failures """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        failing_streak = self.failing_streak

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["Status"] = status
        if failing_streak is not UNSET:
            field_dict["FailingStreak"] = failing_streak

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        _status = d.pop("Status", UNSET)
        status: ContainerSummaryHealthStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_container_summary_health_status(_status)

        failing_streak = d.pop("FailingStreak", UNSET)

        container_summary_health = cls(
            status=status,
            failing_streak=failing_streak,
        )

        container_summary_health.additional_properties = d
        return container_summary_health

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
