from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_spec_container_spec_privileges_seccomp_mode import (
    TaskSpecContainerSpecPrivilegesSeccompMode,
    check_task_spec_container_spec_privileges_seccomp_mode,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="TaskSpecContainerSpecPrivilegesSeccomp")


@_attrs_define
class TaskSpecContainerSpecPrivilegesSeccomp:
    """Options for configuring seccomp on the container"""

    mode: TaskSpecContainerSpecPrivilegesSeccompMode | Unset = UNSET
    profile: str | Unset = UNSET
    """ The custom seccomp profile as a json object """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        profile = self.profile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["Mode"] = mode
        if profile is not UNSET:
            field_dict["Profile"] = profile

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        _mode = d.pop("Mode", UNSET)
        mode: TaskSpecContainerSpecPrivilegesSeccompMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_task_spec_container_spec_privileges_seccomp_mode(_mode)

        profile = d.pop("Profile", UNSET)

        task_spec_container_spec_privileges_seccomp = cls(
            mode=mode,
            profile=profile,
        )

        task_spec_container_spec_privileges_seccomp.additional_properties = d
        return task_spec_container_spec_privileges_seccomp

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
