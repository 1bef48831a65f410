from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.node_spec_availability import NodeSpecAvailability, check_node_spec_availability
from ..models.node_spec_role import NodeSpecRole, check_node_spec_role
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.node_spec_labels import NodeSpecLabels


T = TypeVar("T", bound="NodeSpec")


@_attrs_define
class NodeSpec:
    """
    Example:
        {'Availability': 'active', 'Name': 'node-name', 'Role': 'manager', 'Labels': {'foo': 'bar'}}

    """

    name: str | Unset = UNSET
    """ Name for the node. """
    labels: NodeSpecLabels | None | Unset = UNSET
    """ User-defined key/value metadata. """
    role: NodeSpecRole | Unset = UNSET
    """ Role of the node. """
    availability: NodeSpecAvailability | Unset = UNSET
    """ Availability of the node. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.node_spec_labels import NodeSpecLabels  # noqa: PLC0415

        name = self.name

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, NodeSpecLabels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role

        availability: str | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = self.availability

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if labels is not UNSET:
            field_dict["Labels"] = labels
        if role is not UNSET:
            field_dict["Role"] = role
        if availability is not UNSET:
            field_dict["Availability"] = availability

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.node_spec_labels import NodeSpecLabels  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        def _parse_labels(data: object) -> NodeSpecLabels | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            labels_type_1 = NodeSpecLabels.from_dict(data)

            return labels_type_1

        labels = _parse_labels(d.pop("Labels", UNSET))

        _role = d.pop("Role", UNSET)
        role: NodeSpecRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = check_node_spec_role(_role)

        _availability = d.pop("Availability", UNSET)
        availability: NodeSpecAvailability | Unset
        if isinstance(_availability, Unset):
            availability = UNSET
        else:
            availability = check_node_spec_availability(_availability)

        node_spec = cls(
            name=name,
            labels=labels,
            role=role,
            availability=availability,
        )

        node_spec.additional_properties = d
        return node_spec

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
