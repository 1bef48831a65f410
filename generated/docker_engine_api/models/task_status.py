from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_state import TaskState, check_task_state
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_status import ContainerStatus
    from ..models.port_status import PortStatus


T = TypeVar("T", bound="TaskStatus")


@_attrs_define
class TaskStatus:
    """represents the status of a task."""

    timestamp: str | Unset = UNSET
    state: TaskState | Unset = UNSET
    message: str | Unset = UNSET
    err: str | Unset = UNSET
    container_status: ContainerStatus | Unset = UNSET
    """ represents the status of a container. """
    port_status: PortStatus | Unset = UNSET
    """ represents the port status of a task's host ports whose service has published host ports """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        message = self.message

        err = self.err

        container_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.container_status, Unset):
            container_status = self.container_status.to_dict()

        port_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.port_status, Unset):
            port_status = self.port_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["Timestamp"] = timestamp
        if state is not UNSET:
            field_dict["State"] = state
        if message is not UNSET:
            field_dict["Message"] = message
        if err is not UNSET:
            field_dict["Err"] = err
        if container_status is not UNSET:
            field_dict["ContainerStatus"] = container_status
        if port_status is not UNSET:
            field_dict["PortStatus"] = port_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_status import ContainerStatus  # noqa: PLC0415
        from ..models.port_status import PortStatus  # noqa: PLC0415

        d = dict(src_dict)
        timestamp = d.pop("Timestamp", UNSET)

        _state = d.pop("State", UNSET)
        state: TaskState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_task_state(_state)

        message = d.pop("Message", UNSET)

        err = d.pop("Err", UNSET)

        _container_status = d.pop("ContainerStatus", UNSET)
        container_status: ContainerStatus | Unset
        if isinstance(_container_status, Unset):
            container_status = UNSET
        else:
            container_status = ContainerStatus.from_dict(_container_status)

        _port_status = d.pop("PortStatus", UNSET)
        port_status: PortStatus | Unset
        if isinstance(_port_status, Unset):
            port_status = UNSET
        else:
            port_status = PortStatus.from_dict(_port_status)

        task_status = cls(
            timestamp=timestamp,
            state=state,
            message=message,
            err=err,
            container_status=container_status,
            port_status=port_status,
        )

        task_status.additional_properties = d
        return task_status

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
