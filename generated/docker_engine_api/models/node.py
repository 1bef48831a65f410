from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.manager_status import ManagerStatus
    from ..models.node_description import NodeDescription
    from ..models.node_spec import NodeSpec
    from ..models.node_status import NodeStatus
    from ..models.object_version import ObjectVersion


T = TypeVar("T", bound="Node")


@_attrs_define
class Node:
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
    """ Date and time at which the node was added to the swarm in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
     """
    updated_at: str | Unset = UNSET
    """ Date and time at which the node was last updated in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
     """
    spec: NodeSpec | Unset = UNSET
    description: NodeDescription | Unset = UNSET
    """ NodeDescription encapsulates the properties of the Node as reported by the
    agent.
     """
    status: NodeStatus | Unset = UNSET
    """ NodeStatus represents the status of a node.

    It provides the current status of the node, as seen by the manager.
     """
    manager_status: ManagerStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.manager_status import ManagerStatus  # noqa: PLC0415

        id = self.id

        version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.to_dict()

        created_at = self.created_at

        updated_at = self.updated_at

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        manager_status: dict[str, Any] | None | Unset
        if isinstance(self.manager_status, Unset):
            manager_status = UNSET
        elif isinstance(self.manager_status, ManagerStatus):
            manager_status = self.manager_status.to_dict()
        else:
            manager_status = self.manager_status

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
        if description is not UNSET:
            field_dict["Description"] = description
        if status is not UNSET:
            field_dict["Status"] = status
        if manager_status is not UNSET:
            field_dict["ManagerStatus"] = manager_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.manager_status import ManagerStatus  # noqa: PLC0415
        from ..models.node_description import NodeDescription  # noqa: PLC0415
        from ..models.node_spec import NodeSpec  # noqa: PLC0415
        from ..models.node_status import NodeStatus  # noqa: PLC0415
        from ..models.object_version import ObjectVersion  # noqa: PLC0415

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
        spec: NodeSpec | Unset
        if isinstance(_spec, Unset):
            spec = UNSET
        else:
            spec = NodeSpec.from_dict(_spec)

        _description = d.pop("Description", UNSET)
        description: NodeDescription | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = NodeDescription.from_dict(_description)

        _status = d.pop("Status", UNSET)
        status: NodeStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = NodeStatus.from_dict(_status)

        def _parse_manager_status(data: object) -> ManagerStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            manager_status_type_1 = ManagerStatus.from_dict(data)

            return manager_status_type_1

        manager_status = _parse_manager_status(d.pop("ManagerStatus", UNSET))

        node = cls(
            id=id,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            spec=spec,
            description=description,
            status=status,
            manager_status=manager_status,
        )

        node.additional_properties = d
        return node

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
