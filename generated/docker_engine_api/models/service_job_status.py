from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.object_version import ObjectVersion


T = TypeVar("T", bound="ServiceJobStatus")


@_attrs_define
class ServiceJobStatus:
    """The status of the service when it is in one of ReplicatedJob or
    GlobalJob modes. Absent on Replicated and Global mode services. The
    JobIteration is an ObjectVersion, but unlike the Service's version,
    does not need to be sent with an update request.

    """

    job_iteration: None | ObjectVersion | Unset = UNSET
    """ JobIteration is a value increased each time a Job is executed,
    successfully or otherwise. "Executed", in this case, means the
    job as a whole has been started, not that an individual Task has
    been launched. A job is "Executed" when its ServiceSpec is
    updated. JobIteration can be used to disambiguate Tasks belonging
    to different executions of a job.  Though JobIteration will
    increase with each subsequent execution, it may not necessarily
    increase by 1, and so JobIteration should not be used to
     """
    last_execution: str | Unset = UNSET
    """ The last time, as observed by the server, that this job was
    started.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.object_version import ObjectVersion  # noqa: PLC0415

        job_iteration: dict[str, Any] | None | Unset
        if isinstance(self.job_iteration, Unset):
            job_iteration = UNSET
        elif isinstance(self.job_iteration, ObjectVersion):
            job_iteration = self.job_iteration.to_dict()
        else:
            job_iteration = self.job_iteration

        last_execution = self.last_execution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_iteration is not UNSET:
            field_dict["JobIteration"] = job_iteration
        if last_execution is not UNSET:
            field_dict["LastExecution"] = last_execution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.object_version import ObjectVersion  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_job_iteration(data: object) -> None | ObjectVersion | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            job_iteration_type_1 = ObjectVersion.from_dict(data)

            return job_iteration_type_1

        job_iteration = _parse_job_iteration(d.pop("JobIteration", UNSET))

        last_execution = d.pop("LastExecution", UNSET)

        service_job_status = cls(
            job_iteration=job_iteration,
            last_execution=last_execution,
        )

        service_job_status.additional_properties = d
        return service_job_status

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
