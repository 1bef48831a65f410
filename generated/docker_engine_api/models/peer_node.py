from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="PeerNode")


@_attrs_define
class PeerNode:
    """Represents a peer-node in the swarm"""

    node_id: str | Unset = UNSET
    """ Unique identifier of for this node in the swarm. """
    addr: str | Unset = UNSET
    """ IP address and ports at which this node can be reached.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        node_id = self.node_id

        addr = self.addr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node_id is not UNSET:
            field_dict["NodeID"] = node_id
        if addr is not UNSET:
            field_dict["Addr"] = addr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        node_id = d.pop("NodeID", UNSET)

        addr = d.pop("Addr", UNSET)

        peer_node = cls(
            node_id=node_id,
            addr=addr,
        )

        peer_node.additional_properties = d
        return peer_node

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
