from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_state import TaskState, check_task_state
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.generic_resources_item import GenericResourcesItem
    from ..models.network_attachment import NetworkAttachment
    from ..models.object_version import ObjectVersion
    from ..models.task_labels import TaskLabels
    from ..models.task_spec import TaskSpec
    from ..models.task_status import TaskStatus


T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """
    Example:
        {'ID': '0kzzo1i0y4jz6027t0k7aezc7', 'Version': {'Index': 71}, 'CreatedAt': '2016-06-07T21:07:31.171892745Z',
            'UpdatedAt': '2016-06-07T21:07:31.376370513Z', 'Spec': {'ContainerSpec': {'Image': 'redis'}, 'Resources':
            {'Limits': {}, 'Reservations': {}}, 'RestartPolicy': {'Condition': 'any', 'MaxAttempts': 0}, 'Placement': {}},
            'ServiceID': '9mnpnzenvg8p8tdbtq4wvbkcz', 'Slot': 1, 'NodeID': '60gvrl6tm78dmak4yl7srz94v', 'Status':
            {'Timestamp': '2016-06-07T21:07:31.290032978Z', 'State': 'running', 'Message': 'started', 'ContainerStatus':
            {'ContainerID': 'e5d62702a1b48d01c3e02ca1e0212a250801fa8d67caca0b6f35919ebc12f035', 'PID': 677}},
            'DesiredState': 'running', 'NetworksAttachments': [{'Network': {'ID': '4qvuz4ko70xaltuqbt8956gd1', 'Version':
            {'Index': 18}, 'CreatedAt': '2016-06-07T20:31:11.912919752Z', 'UpdatedAt': '2016-06-07T21:07:29.955277358Z',
            'Spec': {'Name': 'ingress', 'Labels': {'com.docker.swarm.internal': 'true'}, 'DriverConfiguration': {},
            'IPAMOptions': {'Driver': {}, 'Configs': [{'Subnet': '10.255.0.0/16', 'Gateway': '10.255.0.1'}]}},
            'DriverState': {'Name': 'overlay', 'Options': {'com.docker.network.driver.overlay.vxlanid_list': '256'}},
            'IPAMOptions': {'Driver': {'Name': 'default'}, 'Configs': [{'Subnet': '10.255.0.0/16', 'Gateway':
            '10.255.0.1'}]}}, 'Addresses': ['10.255.0.10/16']}], 'AssignedGenericResources': [{'DiscreteResourceSpec':
            {'Kind': 'SSD', 'Value': 3}}, {'NamedResourceSpec': {'Kind': 'GPU', 'Value': 'UUID1'}}, {'NamedResourceSpec':
            {'Kind': 'GPU', 'Value': 'UUID2'}}]}

    """

    id: str | Unset = UNSET
    """ The ID of the task. """
    version: None | ObjectVersion | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    name: str | Unset = UNSET
    """ Name of the task. """
    labels: None | TaskLabels | Unset = UNSET
    """ User-defined key/value metadata. """
    spec: None | TaskSpec | Unset = UNSET
    service_id: str | Unset = UNSET
    """ The ID of the service this task is part of. """
    slot: int | Unset = UNSET
    node_id: str | Unset = UNSET
    """ The ID of the node that this task is on. """
    assigned_generic_resources: list[GenericResourcesItem] | None | Unset = UNSET
    status: None | TaskStatus | Unset = UNSET
    desired_state: TaskState | Unset = UNSET
    job_iteration: None | ObjectVersion | Unset = UNSET
    """ If the Service this Task belongs to is a job-mode service, contains
    the JobIteration of the Service this Task was created for. Absent if
    the Task was created for a Replicated or Global Service.
     """
    networks_attachments: list[NetworkAttachment] | None | Unset = UNSET
    """ The networks that this task is attached to, and the addresses the
    task was assigned on each of them.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.object_version import ObjectVersion  # noqa: PLC0415
        from ..models.task_labels import TaskLabels  # noqa: PLC0415
        from ..models.task_spec import TaskSpec  # noqa: PLC0415
        from ..models.task_status import TaskStatus  # noqa: PLC0415

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

        name = self.name

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, TaskLabels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        spec: dict[str, Any] | None | Unset
        if isinstance(self.spec, Unset):
            spec = UNSET
        elif isinstance(self.spec, TaskSpec):
            spec = self.spec.to_dict()
        else:
            spec = self.spec

        service_id = self.service_id

        slot = self.slot

        node_id = self.node_id

        assigned_generic_resources: list[dict[str, Any]] | None | Unset
        if isinstance(self.assigned_generic_resources, Unset):
            assigned_generic_resources = UNSET
        elif isinstance(self.assigned_generic_resources, list):
            assigned_generic_resources = []
            for componentsschemas_generic_resources_item_data in self.assigned_generic_resources:
                componentsschemas_generic_resources_item = (
                    componentsschemas_generic_resources_item_data.to_dict()
                )
                assigned_generic_resources.append(componentsschemas_generic_resources_item)

        else:
            assigned_generic_resources = self.assigned_generic_resources

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, TaskStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        desired_state: str | Unset = UNSET
        if not isinstance(self.desired_state, Unset):
            desired_state = self.desired_state

        job_iteration: dict[str, Any] | None | Unset
        if isinstance(self.job_iteration, Unset):
            job_iteration = UNSET
        elif isinstance(self.job_iteration, ObjectVersion):
            job_iteration = self.job_iteration.to_dict()
        else:
            job_iteration = self.job_iteration

        networks_attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.networks_attachments, Unset):
            networks_attachments = UNSET
        elif isinstance(self.networks_attachments, list):
            networks_attachments = []
            for networks_attachments_type_0_item_data in self.networks_attachments:
                networks_attachments_type_0_item = networks_attachments_type_0_item_data.to_dict()
                networks_attachments.append(networks_attachments_type_0_item)

        else:
            networks_attachments = self.networks_attachments

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
        if name is not UNSET:
            field_dict["Name"] = name
        if labels is not UNSET:
            field_dict["Labels"] = labels
        if spec is not UNSET:
            field_dict["Spec"] = spec
        if service_id is not UNSET:
            field_dict["ServiceID"] = service_id
        if slot is not UNSET:
            field_dict["Slot"] = slot
        if node_id is not UNSET:
            field_dict["NodeID"] = node_id
        if assigned_generic_resources is not UNSET:
            field_dict["AssignedGenericResources"] = assigned_generic_resources
        if status is not UNSET:
            field_dict["Status"] = status
        if desired_state is not UNSET:
            field_dict["DesiredState"] = desired_state
        if job_iteration is not UNSET:
            field_dict["JobIteration"] = job_iteration
        if networks_attachments is not UNSET:
            field_dict["NetworksAttachments"] = networks_attachments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.generic_resources_item import GenericResourcesItem  # noqa: PLC0415
        from ..models.network_attachment import NetworkAttachment  # noqa: PLC0415
        from ..models.object_version import ObjectVersion  # noqa: PLC0415
        from ..models.task_labels import TaskLabels  # noqa: PLC0415
        from ..models.task_spec import TaskSpec  # noqa: PLC0415
        from ..models.task_status import TaskStatus  # noqa: PLC0415

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

        name = d.pop("Name", UNSET)

        def _parse_labels(data: object) -> None | TaskLabels | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            labels_type_1 = TaskLabels.from_dict(data)

            return labels_type_1

        labels = _parse_labels(d.pop("Labels", UNSET))

        def _parse_spec(data: object) -> None | TaskSpec | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            spec_type_1 = TaskSpec.from_dict(data)

            return spec_type_1

        spec = _parse_spec(d.pop("Spec", UNSET))

        service_id = d.pop("ServiceID", UNSET)

        slot = d.pop("Slot", UNSET)

        node_id = d.pop("NodeID", UNSET)

        def _parse_assigned_generic_resources(
            data: object,
        ) -> list[GenericResourcesItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            assigned_generic_resources_type_1 = []
            _assigned_generic_resources_type_1 = data
            for componentsschemas_generic_resources_item_data in _assigned_generic_resources_type_1:
                componentsschemas_generic_resources_item = GenericResourcesItem.from_dict(
                    componentsschemas_generic_resources_item_data
                )

                assigned_generic_resources_type_1.append(componentsschemas_generic_resources_item)

            return assigned_generic_resources_type_1

        assigned_generic_resources = _parse_assigned_generic_resources(
            d.pop("AssignedGenericResources", UNSET)
        )

        def _parse_status(data: object) -> None | TaskStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            status_type_1 = TaskStatus.from_dict(data)

            return status_type_1

        status = _parse_status(d.pop("Status", UNSET))

        _desired_state = d.pop("DesiredState", UNSET)
        desired_state: TaskState | Unset
        if isinstance(_desired_state, Unset):
            desired_state = UNSET
        else:
            desired_state = check_task_state(_desired_state)

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

        def _parse_networks_attachments(data: object) -> list[NetworkAttachment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            networks_attachments_type_0 = []
            _networks_attachments_type_0 = data
            for networks_attachments_type_0_item_data in _networks_attachments_type_0:
                networks_attachments_type_0_item = NetworkAttachment.from_dict(
                    networks_attachments_type_0_item_data
                )

                networks_attachments_type_0.append(networks_attachments_type_0_item)

            return networks_attachments_type_0

        networks_attachments = _parse_networks_attachments(d.pop("NetworksAttachments", UNSET))

        task = cls(
            id=id,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            name=name,
            labels=labels,
            spec=spec,
            service_id=service_id,
            slot=slot,
            node_id=node_id,
            assigned_generic_resources=assigned_generic_resources,
            status=status,
            desired_state=desired_state,
            job_iteration=job_iteration,
            networks_attachments=networks_attachments,
        )

        task.additional_properties = d
        return task

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
