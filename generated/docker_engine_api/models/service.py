from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

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
    version: None | ObjectVersion | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    spec: None | ServiceSpec | Unset = UNSET
    endpoint: None | ServiceEndpoint | Unset = UNSET
    update_status: None | ServiceUpdateStatus | Unset = UNSET
    """ The status of a service update. """
    service_status: None | ServiceServiceStatus | Unset = UNSET
    """ The status of the service's tasks. Provided only when requested as
    part of a ServiceList operation.
     """
    job_status: None | ServiceJobStatus | Unset = UNSET
    """ The status of the service when it is in one of ReplicatedJob or
    GlobalJob modes. Absent on Replicated and Global mode services. The
    JobIteration is an ObjectVersion, but unlike the Service's version,
    does not need to be sent with an update request.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.object_version import ObjectVersion  # noqa: PLC0415
        from ..models.service_endpoint import ServiceEndpoint  # noqa: PLC0415
        from ..models.service_job_status import ServiceJobStatus  # noqa: PLC0415
        from ..models.service_service_status import ServiceServiceStatus  # noqa: PLC0415
        from ..models.service_spec import ServiceSpec  # noqa: PLC0415
        from ..models.service_update_status import ServiceUpdateStatus  # noqa: PLC0415

        id = self.id

        version: dict[str, Any] | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        elif isinstance(self.version, ObjectVersion):
            version = self.version.to_dict()
        else:
            version = self.version

        created_at = self.created_at

        updated_at = self.updated_at

        spec: dict[str, Any] | None | Unset
        if isinstance(self.spec, Unset):
            spec = UNSET
        elif isinstance(self.spec, ServiceSpec):
            spec = self.spec.to_dict()
        else:
            spec = self.spec

        endpoint: dict[str, Any] | None | Unset
        if isinstance(self.endpoint, Unset):
            endpoint = UNSET
        elif isinstance(self.endpoint, ServiceEndpoint):
            endpoint = self.endpoint.to_dict()
        else:
            endpoint = self.endpoint

        update_status: dict[str, Any] | None | Unset
        if isinstance(self.update_status, Unset):
            update_status = UNSET
        elif isinstance(self.update_status, ServiceUpdateStatus):
            update_status = self.update_status.to_dict()
        else:
            update_status = self.update_status

        service_status: dict[str, Any] | None | Unset
        if isinstance(self.service_status, Unset):
            service_status = UNSET
        elif isinstance(self.service_status, ServiceServiceStatus):
            service_status = self.service_status.to_dict()
        else:
            service_status = self.service_status

        job_status: dict[str, Any] | None | Unset
        if isinstance(self.job_status, Unset):
            job_status = UNSET
        elif isinstance(self.job_status, ServiceJobStatus):
            job_status = self.job_status.to_dict()
        else:
            job_status = self.job_status

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
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.object_version import ObjectVersion  # noqa: PLC0415
        from ..models.service_endpoint import ServiceEndpoint  # noqa: PLC0415
        from ..models.service_job_status import ServiceJobStatus  # noqa: PLC0415
        from ..models.service_service_status import ServiceServiceStatus  # noqa: PLC0415
        from ..models.service_spec import ServiceSpec  # noqa: PLC0415
        from ..models.service_update_status import ServiceUpdateStatus  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        def _parse_version(data: object) -> None | ObjectVersion | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            version_type_1 = ObjectVersion.from_dict(data)

            return version_type_1

        version = _parse_version(d.pop("Version", UNSET))

        created_at = d.pop("CreatedAt", UNSET)

        updated_at = d.pop("UpdatedAt", UNSET)

        def _parse_spec(data: object) -> None | ServiceSpec | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            spec_type_1 = ServiceSpec.from_dict(data)

            return spec_type_1

        spec = _parse_spec(d.pop("Spec", UNSET))

        def _parse_endpoint(data: object) -> None | ServiceEndpoint | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            endpoint_type_1 = ServiceEndpoint.from_dict(data)

            return endpoint_type_1

        endpoint = _parse_endpoint(d.pop("Endpoint", UNSET))

        def _parse_update_status(data: object) -> None | ServiceUpdateStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            update_status_type_1 = ServiceUpdateStatus.from_dict(data)

            return update_status_type_1

        update_status = _parse_update_status(d.pop("UpdateStatus", UNSET))

        def _parse_service_status(data: object) -> None | ServiceServiceStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            service_status_type_1 = ServiceServiceStatus.from_dict(data)

            return service_status_type_1

        service_status = _parse_service_status(d.pop("ServiceStatus", UNSET))

        def _parse_job_status(data: object) -> None | ServiceJobStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            job_status_type_1 = ServiceJobStatus.from_dict(data)

            return job_status_type_1

        job_status = _parse_job_status(d.pop("JobStatus", UNSET))

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
