from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ContainerStatus")


@_attrs_define
class ContainerStatus:
    """represents the status of a container."""

    container_id: str | Unset = UNSET
    pid: int | Unset = UNSET
    exit_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        container_id = self.container_id

        pid = self.pid

        exit_code = self.exit_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if container_id is not UNSET:
            field_dict["ContainerID"] = container_id
        if pid is not UNSET:
            field_dict["PID"] = pid
        if exit_code is not UNSET:
            field_dict["ExitCode"] = exit_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        container_id = d.pop("ContainerID", UNSET)

        pid = d.pop("PID", UNSET)

        exit_code = d.pop("ExitCode", UNSET)

        container_status = cls(
            container_id=container_id,
            pid=pid,
            exit_code=exit_code,
        )

        container_status.additional_properties = d
        return container_status

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
