from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.network_task_info import NetworkTaskInfo


T = TypeVar("T", bound="ServiceInfo")


@_attrs_define
class ServiceInfo:
    """represents service parameters with the list of service's tasks"""

    vip: str | Unset = UNSET
    ports: list[str] | None | Unset = UNSET
    local_lb_index: int | Unset = UNSET
    tasks: list[NetworkTaskInfo] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        vip = self.vip

        ports: list[str] | None | Unset
        if isinstance(self.ports, Unset):
            ports = UNSET
        elif isinstance(self.ports, list):
            ports = self.ports

        else:
            ports = self.ports

        local_lb_index = self.local_lb_index

        tasks: list[dict[str, Any]] | None | Unset
        if isinstance(self.tasks, Unset):
            tasks = UNSET
        elif isinstance(self.tasks, list):
            tasks = []
            for tasks_type_0_item_data in self.tasks:
                tasks_type_0_item = tasks_type_0_item_data.to_dict()
                tasks.append(tasks_type_0_item)

        else:
            tasks = self.tasks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vip is not UNSET:
            field_dict["VIP"] = vip
        if ports is not UNSET:
            field_dict["Ports"] = ports
        if local_lb_index is not UNSET:
            field_dict["LocalLBIndex"] = local_lb_index
        if tasks is not UNSET:
            field_dict["Tasks"] = tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.network_task_info import NetworkTaskInfo  # noqa: PLC0415

        d = dict(src_dict)
        vip = d.pop("VIP", UNSET)

        def _parse_ports(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            ports_type_0 = cast(list[str], data)

            return ports_type_0

        ports = _parse_ports(d.pop("Ports", UNSET))

        local_lb_index = d.pop("LocalLBIndex", UNSET)

        def _parse_tasks(data: object) -> list[NetworkTaskInfo] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            tasks_type_0 = []
            _tasks_type_0 = data
            for tasks_type_0_item_data in _tasks_type_0:
                tasks_type_0_item = NetworkTaskInfo.from_dict(tasks_type_0_item_data)

                tasks_type_0.append(tasks_type_0_item)

            return tasks_type_0

        tasks = _parse_tasks(d.pop("Tasks", UNSET))

        service_info = cls(
            vip=vip,
            ports=ports,
            local_lb_index=local_lb_index,
            tasks=tasks,
        )

        service_info.additional_properties = d
        return service_info

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
