from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_state import TaskState, check_task_state
from ..types import UNSET, Unset, model_repr

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
    container_status: ContainerStatus | None | Unset = UNSET
    port_status: None | PortStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.container_status import ContainerStatus  # noqa: PLC0415
        from ..models.port_status import PortStatus  # noqa: PLC0415

        timestamp = self.timestamp

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        message = self.message

        err = self.err

        container_status: dict[str, Any] | None | Unset
        if isinstance(self.container_status, Unset):
            container_status = UNSET
        elif isinstance(self.container_status, ContainerStatus):
            container_status = self.container_status.to_dict()
        else:
            container_status = self.container_status

        port_status: dict[str, Any] | None | Unset
        if isinstance(self.port_status, Unset):
            port_status = UNSET
        elif isinstance(self.port_status, PortStatus):
            port_status = self.port_status.to_dict()
        else:
            port_status = self.port_status

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
        """A model from JSON data with the API's field names; unknown fields are kept."""
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

        def _parse_container_status(data: object) -> ContainerStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            container_status_type_1 = ContainerStatus.from_dict(data)

            return container_status_type_1

        container_status = _parse_container_status(d.pop("ContainerStatus", UNSET))

        def _parse_port_status(data: object) -> None | PortStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            port_status_type_1 = PortStatus.from_dict(data)

            return port_status_type_1

        port_status = _parse_port_status(d.pop("PortStatus", UNSET))

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
