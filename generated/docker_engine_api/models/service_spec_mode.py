from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_spec_mode_global import ServiceSpecModeGlobal
    from ..models.service_spec_mode_global_job import ServiceSpecModeGlobalJob
    from ..models.service_spec_mode_replicated import ServiceSpecModeReplicated
    from ..models.service_spec_mode_replicated_job import ServiceSpecModeReplicatedJob


T = TypeVar("T", bound="ServiceSpecMode")


@_attrs_define
class ServiceSpecMode:
    """Scheduling mode for the service."""

    replicated: ServiceSpecModeReplicated | Unset = UNSET
    global_: ServiceSpecModeGlobal | Unset = UNSET
    replicated_job: ServiceSpecModeReplicatedJob | Unset = UNSET
    """ The mode used for services with a finite number of tasks that run
    to a completed state.
     """
    global_job: ServiceSpecModeGlobalJob | Unset = UNSET
    """ The mode used for services which run a task to the completed state
    on each valid node.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        replicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.replicated, Unset):
            replicated = self.replicated.to_dict()

        global_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.global_, Unset):
            global_ = self.global_.to_dict()

        replicated_job: dict[str, Any] | Unset = UNSET
        if not isinstance(self.replicated_job, Unset):
            replicated_job = self.replicated_job.to_dict()

        global_job: dict[str, Any] | Unset = UNSET
        if not isinstance(self.global_job, Unset):
            global_job = self.global_job.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if replicated is not UNSET:
            field_dict["Replicated"] = replicated
        if global_ is not UNSET:
            field_dict["Global"] = global_
        if replicated_job is not UNSET:
            field_dict["ReplicatedJob"] = replicated_job
        if global_job is not UNSET:
            field_dict["GlobalJob"] = global_job

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_spec_mode_global import ServiceSpecModeGlobal  # noqa: PLC0415
        from ..models.service_spec_mode_global_job import ServiceSpecModeGlobalJob  # noqa: PLC0415
        from ..models.service_spec_mode_replicated import ServiceSpecModeReplicated  # noqa: PLC0415
        from ..models.service_spec_mode_replicated_job import ServiceSpecModeReplicatedJob  # noqa: PLC0415

        d = dict(src_dict)
        _replicated = d.pop("Replicated", UNSET)
        replicated: ServiceSpecModeReplicated | Unset
        if isinstance(_replicated, Unset):
            replicated = UNSET
        else:
            replicated = ServiceSpecModeReplicated.from_dict(_replicated)

        _global_ = d.pop("Global", UNSET)
        global_: ServiceSpecModeGlobal | Unset
        if isinstance(_global_, Unset):
            global_ = UNSET
        else:
            global_ = ServiceSpecModeGlobal.from_dict(_global_)

        _replicated_job = d.pop("ReplicatedJob", UNSET)
        replicated_job: ServiceSpecModeReplicatedJob | Unset
        if isinstance(_replicated_job, Unset):
            replicated_job = UNSET
        else:
            replicated_job = ServiceSpecModeReplicatedJob.from_dict(_replicated_job)

        _global_job = d.pop("GlobalJob", UNSET)
        global_job: ServiceSpecModeGlobalJob | Unset
        if isinstance(_global_job, Unset):
            global_job = UNSET
        else:
            global_job = ServiceSpecModeGlobalJob.from_dict(_global_job)

        service_spec_mode = cls(
            replicated=replicated,
            global_=global_,
            replicated_job=replicated_job,
            global_job=global_job,
        )

        service_spec_mode.additional_properties = d
        return service_spec_mode

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
