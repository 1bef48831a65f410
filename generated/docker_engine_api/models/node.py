from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

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
    version: None | ObjectVersion | Unset = UNSET
    created_at: str | Unset = UNSET
    """ Date and time at which the node was added to the swarm in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
     """
    updated_at: str | Unset = UNSET
    """ Date and time at which the node was last updated in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
     """
    spec: NodeSpec | None | Unset = UNSET
    description: NodeDescription | None | Unset = UNSET
    status: NodeStatus | None | Unset = UNSET
    manager_status: ManagerStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.manager_status import ManagerStatus  # noqa: PLC0415
        from ..models.node_description import NodeDescription  # noqa: PLC0415
        from ..models.node_spec import NodeSpec  # noqa: PLC0415
        from ..models.node_status import NodeStatus  # noqa: PLC0415
        from ..models.object_version import ObjectVersion  # noqa: PLC0415

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
        elif isinstance(self.spec, NodeSpec):
            spec = self.spec.to_dict()
        else:
            spec = self.spec

        description: dict[str, Any] | None | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        elif isinstance(self.description, NodeDescription):
            description = self.description.to_dict()
        else:
            description = self.description

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, NodeStatus):
            status = self.status.to_dict()
        else:
            status = self.status

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
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.manager_status import ManagerStatus  # noqa: PLC0415
        from ..models.node_description import NodeDescription  # noqa: PLC0415
        from ..models.node_spec import NodeSpec  # noqa: PLC0415
        from ..models.node_status import NodeStatus  # noqa: PLC0415
        from ..models.object_version import ObjectVersion  # noqa: PLC0415

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

        def _parse_spec(data: object) -> NodeSpec | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            spec_type_1 = NodeSpec.from_dict(data)

            return spec_type_1

        spec = _parse_spec(d.pop("Spec", UNSET))

        def _parse_description(data: object) -> NodeDescription | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            description_type_1 = NodeDescription.from_dict(data)

            return description_type_1

        description = _parse_description(d.pop("Description", UNSET))

        def _parse_status(data: object) -> NodeStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            status_type_1 = NodeStatus.from_dict(data)

            return status_type_1

        status = _parse_status(d.pop("Status", UNSET))

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
