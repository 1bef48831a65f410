from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.node_state import NodeState, check_node_state
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="NodeStatus")


@_attrs_define
class NodeStatus:
    """NodeStatus represents the status of a node.

    It provides the current status of the node, as seen by the manager.

    """

    state: NodeState | Unset = UNSET
    """ NodeState represents the state of a node. """
    message: str | Unset = UNSET
    addr: str | Unset = UNSET
    """ IP address of the node. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        message = self.message

        addr = self.addr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if state is not UNSET:
            field_dict["State"] = state
        if message is not UNSET:
            field_dict["Message"] = message
        if addr is not UNSET:
            field_dict["Addr"] = addr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        _state = d.pop("State", UNSET)
        state: NodeState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_node_state(_state)

        message = d.pop("Message", UNSET)

        addr = d.pop("Addr", UNSET)

        node_status = cls(
            state=state,
            message=message,
            addr=addr,
        )

        node_status.additional_properties = d
        return node_status

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
