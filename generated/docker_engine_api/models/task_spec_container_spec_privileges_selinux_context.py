from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="TaskSpecContainerSpecPrivilegesSELinuxContext")


@_attrs_define
class TaskSpecContainerSpecPrivilegesSELinuxContext:
    """SELinux labels of the container"""

    disable: bool | Unset = UNSET
    """ Disable SELinux """
    user: str | Unset = UNSET
    """ SELinux user label """
    role: str | Unset = UNSET
    """ SELinux role label """
    type: str | Unset = UNSET
    """ SELinux type label """
    level: str | Unset = UNSET
    """ SELinux level label """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        disable = self.disable

        user = self.user

        role = self.role

        type = self.type

        level = self.level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if disable is not UNSET:
            field_dict["Disable"] = disable
        if user is not UNSET:
            field_dict["User"] = user
        if role is not UNSET:
            field_dict["Role"] = role
        if type is not UNSET:
            field_dict["Type"] = type
        if level is not UNSET:
            field_dict["Level"] = level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        disable = d.pop("Disable", UNSET)

        user = d.pop("User", UNSET)

        role = d.pop("Role", UNSET)

        type = d.pop("Type", UNSET)

        level = d.pop("Level", UNSET)

        task_spec_container_spec_privileges_selinux_context = cls(
            disable=disable,
            user=user,
            role=role,
            type=type,
            level=level,
        )

        task_spec_container_spec_privileges_selinux_context.additional_properties = d
        return task_spec_container_spec_privileges_selinux_context

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
