from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ServiceServiceStatus")


@_attrs_define
class ServiceServiceStatus:
    """The status of the service's tasks. Provided only when requested as
    part of a ServiceList operation.

    """

    running_tasks: int | Unset = UNSET
    """ The number of tasks for the service currently in the Running state.
     """
    desired_tasks: int | Unset = UNSET
    """ The number of tasks for the service desired to be running.
    For replicated services, this is the replica count from the
    service spec. For global services, this is computed by taking
    count of all tasks for the service with a Desired State other
    than Shutdown.
     """
    completed_tasks: int | Unset = UNSET
    """ The number of tasks for a job that are in the Completed state.
    This field must be cross-referenced with the service type, as the
    value of 0 may mean the service is not in a job mode, or it may
    mean the job-mode service has no tasks yet Completed.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        running_tasks = self.running_tasks

        desired_tasks = self.desired_tasks

        completed_tasks = self.completed_tasks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if running_tasks is not UNSET:
            field_dict["RunningTasks"] = running_tasks
        if desired_tasks is not UNSET:
            field_dict["DesiredTasks"] = desired_tasks
        if completed_tasks is not UNSET:
            field_dict["CompletedTasks"] = completed_tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        running_tasks = d.pop("RunningTasks", UNSET)

        desired_tasks = d.pop("DesiredTasks", UNSET)

        completed_tasks = d.pop("CompletedTasks", UNSET)

        service_service_status = cls(
            running_tasks=running_tasks,
            desired_tasks=desired_tasks,
            completed_tasks=completed_tasks,
        )

        service_service_status.additional_properties = d
        return service_service_status

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
