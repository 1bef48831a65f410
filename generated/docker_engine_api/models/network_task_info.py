from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.network_task_info_info import NetworkTaskInfoInfo


T = TypeVar("T", bound="NetworkTaskInfo")


@_attrs_define
class NetworkTaskInfo:
    """carries the information about one backend task"""

    name: str | Unset = UNSET
    endpoint_id: str | Unset = UNSET
    endpoint_ip: str | Unset = UNSET
    info: NetworkTaskInfoInfo | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.network_task_info_info import NetworkTaskInfoInfo  # noqa: PLC0415

        name = self.name

        endpoint_id = self.endpoint_id

        endpoint_ip = self.endpoint_ip

        info: dict[str, Any] | None | Unset
        if isinstance(self.info, Unset):
            info = UNSET
        elif isinstance(self.info, NetworkTaskInfoInfo):
            info = self.info.to_dict()
        else:
            info = self.info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if endpoint_id is not UNSET:
            field_dict["EndpointID"] = endpoint_id
        if endpoint_ip is not UNSET:
            field_dict["EndpointIP"] = endpoint_ip
        if info is not UNSET:
            field_dict["Info"] = info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.network_task_info_info import NetworkTaskInfoInfo  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        endpoint_id = d.pop("EndpointID", UNSET)

        endpoint_ip = d.pop("EndpointIP", UNSET)

        def _parse_info(data: object) -> NetworkTaskInfoInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            info_type_1 = NetworkTaskInfoInfo.from_dict(data)

            return info_type_1

        info = _parse_info(d.pop("Info", UNSET))

        network_task_info = cls(
            name=name,
            endpoint_id=endpoint_id,
            endpoint_ip=endpoint_ip,
            info=info,
        )

        network_task_info.additional_properties = d
        return network_task_info

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
