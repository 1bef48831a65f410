from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_spec_container_spec_privileges_app_armor import (
        TaskSpecContainerSpecPrivilegesAppArmor,
    )
    from ..models.task_spec_container_spec_privileges_credential_spec import (
        TaskSpecContainerSpecPrivilegesCredentialSpec,
    )
    from ..models.task_spec_container_spec_privileges_se_linux_context import (
        TaskSpecContainerSpecPrivilegesSELinuxContext,
    )
    from ..models.task_spec_container_spec_privileges_seccomp import (
        TaskSpecContainerSpecPrivilegesSeccomp,
    )


T = TypeVar("T", bound="TaskSpecContainerSpecPrivileges")


@_attrs_define
class TaskSpecContainerSpecPrivileges:
    """Security options for the container"""

    credential_spec: TaskSpecContainerSpecPrivilegesCredentialSpec | Unset = UNSET
    """ CredentialSpec for managed service account (Windows only) """
    se_linux_context: TaskSpecContainerSpecPrivilegesSELinuxContext | Unset = UNSET
    """ SELinux labels of the container """
    seccomp: TaskSpecContainerSpecPrivilegesSeccomp | Unset = UNSET
    """ Options for configuring seccomp on the container """
    app_armor: TaskSpecContainerSpecPrivilegesAppArmor | Unset = UNSET
    """ Options for configuring AppArmor on the container """
    no_new_privileges: bool | Unset = UNSET
    """ Configuration of the no_new_privs bit in the container """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credential_spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credential_spec, Unset):
            credential_spec = self.credential_spec.to_dict()

        se_linux_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.se_linux_context, Unset):
            se_linux_context = self.se_linux_context.to_dict()

        seccomp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.seccomp, Unset):
            seccomp = self.seccomp.to_dict()

        app_armor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app_armor, Unset):
            app_armor = self.app_armor.to_dict()

        no_new_privileges = self.no_new_privileges

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credential_spec is not UNSET:
            field_dict["CredentialSpec"] = credential_spec
        if se_linux_context is not UNSET:
            field_dict["SELinuxContext"] = se_linux_context
        if seccomp is not UNSET:
            field_dict["Seccomp"] = seccomp
        if app_armor is not UNSET:
            field_dict["AppArmor"] = app_armor
        if no_new_privileges is not UNSET:
            field_dict["NoNewPrivileges"] = no_new_privileges

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_spec_container_spec_privileges_app_armor import (
            TaskSpecContainerSpecPrivilegesAppArmor,  # noqa: PLC0415
        )
        from ..models.task_spec_container_spec_privileges_credential_spec import (
            TaskSpecContainerSpecPrivilegesCredentialSpec,  # noqa: PLC0415
        )
        from ..models.task_spec_container_spec_privileges_se_linux_context import (
            TaskSpecContainerSpecPrivilegesSELinuxContext,  # noqa: PLC0415
        )
        from ..models.task_spec_container_spec_privileges_seccomp import (
            TaskSpecContainerSpecPrivilegesSeccomp,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _credential_spec = d.pop("CredentialSpec", UNSET)
        credential_spec: TaskSpecContainerSpecPrivilegesCredentialSpec | Unset
        if isinstance(_credential_spec, Unset):
            credential_spec = UNSET
        else:
            credential_spec = TaskSpecContainerSpecPrivilegesCredentialSpec.from_dict(
                _credential_spec
            )

        _se_linux_context = d.pop("SELinuxContext", UNSET)
        se_linux_context: TaskSpecContainerSpecPrivilegesSELinuxContext | Unset
        if isinstance(_se_linux_context, Unset):
            se_linux_context = UNSET
        else:
            se_linux_context = TaskSpecContainerSpecPrivilegesSELinuxContext.from_dict(
                _se_linux_context
            )

        _seccomp = d.pop("Seccomp", UNSET)
        seccomp: TaskSpecContainerSpecPrivilegesSeccomp | Unset
        if isinstance(_seccomp, Unset):
            seccomp = UNSET
        else:
            seccomp = TaskSpecContainerSpecPrivilegesSeccomp.from_dict(_seccomp)

        _app_armor = d.pop("AppArmor", UNSET)
        app_armor: TaskSpecContainerSpecPrivilegesAppArmor | Unset
        if isinstance(_app_armor, Unset):
            app_armor = UNSET
        else:
            app_armor = TaskSpecContainerSpecPrivilegesAppArmor.from_dict(_app_armor)

        no_new_privileges = d.pop("NoNewPrivileges", UNSET)

        task_spec_container_spec_privileges = cls(
            credential_spec=credential_spec,
            se_linux_context=se_linux_context,
            seccomp=seccomp,
            app_armor=app_armor,
            no_new_privileges=no_new_privileges,
        )

        task_spec_container_spec_privileges.additional_properties = d
        return task_spec_container_spec_privileges

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
