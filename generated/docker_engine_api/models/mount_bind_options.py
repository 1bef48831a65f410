from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mount_bind_options_propagation import (
    MountBindOptionsPropagation,
    check_mount_bind_options_propagation,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="MountBindOptions")


@_attrs_define
class MountBindOptions:
    """Optional configuration for the `bind` type."""

    propagation: MountBindOptionsPropagation | Unset = UNSET
    """ A propagation mode with the value `[r]private`, `[r]shared`, or `[r]slave`. """
    non_recursive: bool | Unset = UNSET
    """ Disable recursive bind mount.

    Daemon default: `false` (sent only when set). """
    create_mountpoint: bool | Unset = UNSET
    """ Create mount point on host if missing

    Daemon default: `false` (sent only when set). """
    read_only_non_recursive: bool | Unset = UNSET
    """ Make the mount non-recursively read-only, but still leave the mount recursive
    (unless NonRecursive is set to `true` in conjunction).

    Added in v1.44, before that version all read-only mounts were
    non-recursive by default. To match the previous behaviour this
    will default to `true` for clients on versions prior to v1.44.

    Daemon default: `false` (sent only when set). """
    read_only_force_recursive: bool | Unset = UNSET
    """ Raise an error if the mount cannot be made recursively read-only.

    Daemon default: `false` (sent only when set). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        propagation: str | Unset = UNSET
        if not isinstance(self.propagation, Unset):
            propagation = self.propagation

        non_recursive = self.non_recursive

        create_mountpoint = self.create_mountpoint

        read_only_non_recursive = self.read_only_non_recursive

        read_only_force_recursive = self.read_only_force_recursive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if propagation is not UNSET:
            field_dict["Propagation"] = propagation
        if non_recursive is not UNSET:
            field_dict["NonRecursive"] = non_recursive
        if create_mountpoint is not UNSET:
            field_dict["CreateMountpoint"] = create_mountpoint
        if read_only_non_recursive is not UNSET:
            field_dict["ReadOnlyNonRecursive"] = read_only_non_recursive
        if read_only_force_recursive is not UNSET:
            field_dict["ReadOnlyForceRecursive"] = read_only_force_recursive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        _propagation = d.pop("Propagation", UNSET)
        propagation: MountBindOptionsPropagation | Unset
        if isinstance(_propagation, Unset):
            propagation = UNSET
        else:
            propagation = check_mount_bind_options_propagation(_propagation)

        non_recursive = d.pop("NonRecursive", UNSET)

        create_mountpoint = d.pop("CreateMountpoint", UNSET)

        read_only_non_recursive = d.pop("ReadOnlyNonRecursive", UNSET)

        read_only_force_recursive = d.pop("ReadOnlyForceRecursive", UNSET)

        mount_bind_options = cls(
            propagation=propagation,
            non_recursive=non_recursive,
            create_mountpoint=create_mountpoint,
            read_only_non_recursive=read_only_non_recursive,
            read_only_force_recursive=read_only_force_recursive,
        )

        mount_bind_options.additional_properties = d
        return mount_bind_options

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
