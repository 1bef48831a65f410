from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.object_version import ObjectVersion
    from ..models.service_endpoint import ServiceEndpoint
    from ..models.service_job_status import ServiceJobStatus
    from ..models.service_service_status import ServiceServiceStatus
    from ..models.service_spec import ServiceSpec
    from ..models.service_update_status import ServiceUpdateStatus


T = TypeVar("T", bound="Service")


@_attrs_define
class Service:
    """
    Example:
        {'ID': '9mnpnzenvg8p8tdbtq4wvbkcz', 'Version': {'Index': 19}, 'CreatedAt': '2016-06-07T21:05:51.880065305Z',
            'UpdatedAt': '2016-06-07T21:07:29.962229872Z', 'Spec': {'Name': 'hopeful_cori', 'TaskTemplate':
            {'ContainerSpec': {'Image': 'redis'}, 'Resources': {'Limits': {}, 'Reservations': {}}, 'RestartPolicy':
            {'Condition': 'any', 'MaxAttempts': 0}, 'Placement': {}, 'ForceUpdate': 0}, 'Mode': {'Replicated': {'Replicas':
            1}}, 'UpdateConfig': {'Parallelism': 1, 'Delay': 1000000000, 'FailureAction': 'pause', 'Monitor': 15000000000,
            'MaxFailureRatio': 0.15}, 'RollbackConfig': {'Parallelism': 1, 'Delay': 1000000000, 'FailureAction': 'pause',
            'Monitor': 15000000000, 'MaxFailureRatio': 0.15}, 'EndpointSpec': {'Mode': 'vip', 'Ports': [{'Protocol': 'tcp',
            'TargetPort': 6379, 'PublishedPort': 30001}]}}, 'Endpoint': {'Spec': {'Mode': 'vip', 'Ports': [{'Protocol':
            'tcp', 'TargetPort': 6379, 'PublishedPort': 30001}]}, 'Ports': [{'Protocol': 'tcp', 'TargetPort': 6379,
            'PublishedPort': 30001}], 'VirtualIPs': [{'NetworkID': '4qvuz4ko70xaltuqbt8956gd1', 'Addr': '10.255.0.2/16'},
            {'NetworkID': '4qvuz4ko70xaltuqbt8956gd1', 'Addr': '10.255.0.3/16'}]}}

    """

    id: str | Unset = UNSET
    version: ObjectVersion | Unset = UNSET
    """ The version number of the object such as node, service, etc. This is needed
    to avoid conflicting writes. The client must send the version number along
    with the modified specification when updating these objects.

    This approach ensures safe concurrency and determinism in that the change
    on the object may not be applied if the version number has changed from the
    last read. In other words, if two update requests specify the same base
    version, only one of the requests can succeed. As a result, two separate
    update requests that happen at the same time will not unintentionally
    overwrite each other.
     """
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    spec: ServiceSpec | Unset = UNSET
    """ User modifiable configuration for a service. """
    endpoint: ServiceEndpoint | Unset = UNSET
    update_status: ServiceUpdateStatus | Unset = UNSET
    """ The status of a service update. """
    service_status: ServiceServiceStatus | Unset = UNSET
    """ The status of the service's tasks. Provided only when requested as
    part of a ServiceList operation.
     """
    job_status: ServiceJobStatus | Unset = UNSET
    """ The status of the service when it is in one of ReplicatedJob or
    GlobalJob modes. Absent on Replicated and Global mode services. The
    JobIteration is an ObjectVersion, but unlike the Service's version,
    does not need to be sent with an update request.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.to_dict()

        created_at = self.created_at

        updated_at = self.updated_at

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        endpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.endpoint, Unset):
            endpoint = self.endpoint.to_dict()

        update_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.update_status, Unset):
            update_status = self.update_status.to_dict()

        service_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_status, Unset):
            service_status = self.service_status.to_dict()

        job_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_status, Unset):
            job_status = self.job_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["ID"] = id
        if version is not UNSET:
            field_dict["Version"] = version
        if created_at is not UNSET:
            field_dict["CreatedAt"] = created_at
        if updated_at is not UNSET:
            field_dict["UpdatedAt"] = updated_at
        if spec is not UNSET:
            field_dict["Spec"] = spec
        if endpoint is not UNSET:
            field_dict["Endpoint"] = endpoint
        if update_status is not UNSET:
            field_dict["UpdateStatus"] = update_status
        if service_status is not UNSET:
            field_dict["ServiceStatus"] = service_status
        if job_status is not UNSET:
            field_dict["JobStatus"] = job_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.object_version import ObjectVersion  # noqa: PLC0415
        from ..models.service_endpoint import ServiceEndpoint  # noqa: PLC0415
        from ..models.service_job_status import ServiceJobStatus  # noqa: PLC0415
        from ..models.service_service_status import ServiceServiceStatus  # noqa: PLC0415
        from ..models.service_spec import ServiceSpec  # noqa: PLC0415
        from ..models.service_update_status import ServiceUpdateStatus  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _version = d.pop("Version", UNSET)
        version: ObjectVersion | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = ObjectVersion.from_dict(_version)

        created_at = d.pop("CreatedAt", UNSET)

        updated_at = d.pop("UpdatedAt", UNSET)

        _spec = d.pop("Spec", UNSET)
        spec: ServiceSpec | Unset
        if isinstance(_spec, Unset):
            spec = UNSET
        else:
            spec = ServiceSpec.from_dict(_spec)

        _endpoint = d.pop("Endpoint", UNSET)
        endpoint: ServiceEndpoint | Unset
        if isinstance(_endpoint, Unset):
            endpoint = UNSET
        else:
            endpoint = ServiceEndpoint.from_dict(_endpoint)

        _update_status = d.pop("UpdateStatus", UNSET)
        update_status: ServiceUpdateStatus | Unset
        if isinstance(_update_status, Unset):
            update_status = UNSET
        else:
            update_status = ServiceUpdateStatus.from_dict(_update_status)

        _service_status = d.pop("ServiceStatus", UNSET)
        service_status: ServiceServiceStatus | Unset
        if isinstance(_service_status, Unset):
            service_status = UNSET
        else:
            service_status = ServiceServiceStatus.from_dict(_service_status)

        _job_status = d.pop("JobStatus", UNSET)
        job_status: ServiceJobStatus | Unset
        if isinstance(_job_status, Unset):
            job_status = UNSET
        else:
            job_status = ServiceJobStatus.from_dict(_job_status)

        service = cls(
            id=id,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            spec=spec,
            endpoint=endpoint,
            update_status=update_status,
            service_status=service_status,
            job_status=job_status,
        )

        service.additional_properties = d
        return service

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
