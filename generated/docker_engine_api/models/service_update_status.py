from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_update_status_state import (
    ServiceUpdateStatusState,
    check_service_update_status_state,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ServiceUpdateStatus")


@_attrs_define
class ServiceUpdateStatus:
    """The status of a service update."""

    state: ServiceUpdateStatusState | Unset = UNSET
    started_at: str | Unset = UNSET
    completed_at: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        started_at = self.started_at

        completed_at = self.completed_at

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if state is not UNSET:
            field_dict["State"] = state
        if started_at is not UNSET:
            field_dict["StartedAt"] = started_at
        if completed_at is not UNSET:
            field_dict["CompletedAt"] = completed_at
        if message is not UNSET:
            field_dict["Message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        _state = d.pop("State", UNSET)
        state: ServiceUpdateStatusState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_service_update_status_state(_state)

        started_at = d.pop("StartedAt", UNSET)

        completed_at = d.pop("CompletedAt", UNSET)

        message = d.pop("Message", UNSET)

        service_update_status = cls(
            state=state,
            started_at=started_at,
            completed_at=completed_at,
            message=message,
        )

        service_update_status.additional_properties = d
        return service_update_status

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
