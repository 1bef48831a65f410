from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.task_spec_container_spec_privileges_app_armor import (
        TaskSpecContainerSpecPrivilegesAppArmor,
    )
    from ..models.task_spec_container_spec_privileges_credential_spec import (
        TaskSpecContainerSpecPrivilegesCredentialSpec,
    )
    from ..models.task_spec_container_spec_privileges_seccomp import (
        TaskSpecContainerSpecPrivilegesSeccomp,
    )
    from ..models.task_spec_container_spec_privileges_selinux_context import (
        TaskSpecContainerSpecPrivilegesSELinuxContext,
    )


T = TypeVar("T", bound="TaskSpecContainerSpecPrivileges")


@_attrs_define
class TaskSpecContainerSpecPrivileges:
    """Security options for the container"""

    credential_spec: None | TaskSpecContainerSpecPrivilegesCredentialSpec | Unset = UNSET
    """ CredentialSpec for managed service account (Windows only) """
    selinux_context: None | TaskSpecContainerSpecPrivilegesSELinuxContext | Unset = UNSET
    """ SELinux labels of the container """
    seccomp: None | TaskSpecContainerSpecPrivilegesSeccomp | Unset = UNSET
    """ Options for configuring seccomp on the container """
    app_armor: None | TaskSpecContainerSpecPrivilegesAppArmor | Unset = UNSET
    """ Options for configuring AppArmor on the container """
    no_new_privileges: bool | Unset = UNSET
    """ Configuration of the no_new_privs bit in the container """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.task_spec_container_spec_privileges_app_armor import (
            TaskSpecContainerSpecPrivilegesAppArmor,  # noqa: PLC0415
        )
        from ..models.task_spec_container_spec_privileges_credential_spec import (
            TaskSpecContainerSpecPrivilegesCredentialSpec,  # noqa: PLC0415
        )
        from ..models.task_spec_container_spec_privileges_seccomp import (
            TaskSpecContainerSpecPrivilegesSeccomp,  # noqa: PLC0415
        )
        from ..models.task_spec_container_spec_privileges_selinux_context import (
            TaskSpecContainerSpecPrivilegesSELinuxContext,  # noqa: PLC0415
        )

        credential_spec: dict[str, Any] | None | Unset
        if isinstance(self.credential_spec, Unset):
            credential_spec = UNSET
        elif isinstance(self.credential_spec, TaskSpecContainerSpecPrivilegesCredentialSpec):
            credential_spec = self.credential_spec.to_dict()
        else:
            credential_spec = self.credential_spec

        selinux_context: dict[str, Any] | None | Unset
        if isinstance(self.selinux_context, Unset):
            selinux_context = UNSET
        elif isinstance(self.selinux_context, TaskSpecContainerSpecPrivilegesSELinuxContext):
            selinux_context = self.selinux_context.to_dict()
        else:
            selinux_context = self.selinux_context

        seccomp: dict[str, Any] | None | Unset
        if isinstance(self.seccomp, Unset):
            seccomp = UNSET
        elif isinstance(self.seccomp, TaskSpecContainerSpecPrivilegesSeccomp):
            seccomp = self.seccomp.to_dict()
        else:
            seccomp = self.seccomp

        app_armor: dict[str, Any] | None | Unset
        if isinstance(self.app_armor, Unset):
            app_armor = UNSET
        elif isinstance(self.app_armor, TaskSpecContainerSpecPrivilegesAppArmor):
            app_armor = self.app_armor.to_dict()
        else:
            app_armor = self.app_armor

        no_new_privileges = self.no_new_privileges

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credential_spec is not UNSET:
            field_dict["CredentialSpec"] = credential_spec
        if selinux_context is not UNSET:
            field_dict["SELinuxContext"] = selinux_context
        if seccomp is not UNSET:
            field_dict["Seccomp"] = seccomp
        if app_armor is not UNSET:
            field_dict["AppArmor"] = app_armor
        if no_new_privileges is not UNSET:
            field_dict["NoNewPrivileges"] = no_new_privileges

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.task_spec_container_spec_privileges_app_armor import (
            TaskSpecContainerSpecPrivilegesAppArmor,  # noqa: PLC0415
        )
        from ..models.task_spec_container_spec_privileges_credential_spec import (
            TaskSpecContainerSpecPrivilegesCredentialSpec,  # noqa: PLC0415
        )
        from ..models.task_spec_container_spec_privileges_seccomp import (
            TaskSpecContainerSpecPrivilegesSeccomp,  # noqa: PLC0415
        )
        from ..models.task_spec_container_spec_privileges_selinux_context import (
            TaskSpecContainerSpecPrivilegesSELinuxContext,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_credential_spec(
            data: object,
        ) -> None | TaskSpecContainerSpecPrivilegesCredentialSpec | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            credential_spec_type_1 = TaskSpecContainerSpecPrivilegesCredentialSpec.from_dict(data)

            return credential_spec_type_1

        credential_spec = _parse_credential_spec(d.pop("CredentialSpec", UNSET))

        def _parse_selinux_context(
            data: object,
        ) -> None | TaskSpecContainerSpecPrivilegesSELinuxContext | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            selinux_context_type_1 = TaskSpecContainerSpecPrivilegesSELinuxContext.from_dict(data)

            return selinux_context_type_1

        selinux_context = _parse_selinux_context(d.pop("SELinuxContext", UNSET))

        def _parse_seccomp(data: object) -> None | TaskSpecContainerSpecPrivilegesSeccomp | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            seccomp_type_1 = TaskSpecContainerSpecPrivilegesSeccomp.from_dict(data)

            return seccomp_type_1

        seccomp = _parse_seccomp(d.pop("Seccomp", UNSET))

        def _parse_app_armor(
            data: object,
        ) -> None | TaskSpecContainerSpecPrivilegesAppArmor | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            app_armor_type_1 = TaskSpecContainerSpecPrivilegesAppArmor.from_dict(data)

            return app_armor_type_1

        app_armor = _parse_app_armor(d.pop("AppArmor", UNSET))

        no_new_privileges = d.pop("NoNewPrivileges", UNSET)

        task_spec_container_spec_privileges = cls(
            credential_spec=credential_spec,
            selinux_context=selinux_context,
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
