from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reachability import Reachability, check_reachability
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ManagerStatus")


@_attrs_define
class ManagerStatus:
    """ManagerStatus represents the status of a manager.

    It provides the current status of a node's manager component, if the node
    is a manager.

    """

    leader: bool | Unset = UNSET
    """ Daemon default: `false` (sent only when set). """
    reachability: Reachability | Unset = UNSET
    """ Reachability represents the reachability of a node. """
    addr: str | Unset = UNSET
    """ The IP address and port at which the manager is reachable.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        leader = self.leader

        reachability: str | Unset = UNSET
        if not isinstance(self.reachability, Unset):
            reachability = self.reachability

        addr = self.addr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if leader is not UNSET:
            field_dict["Leader"] = leader
        if reachability is not UNSET:
            field_dict["Reachability"] = reachability
        if addr is not UNSET:
            field_dict["Addr"] = addr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        leader = d.pop("Leader", UNSET)

        _reachability = d.pop("Reachability", UNSET)
        reachability: Reachability | Unset
        if isinstance(_reachability, Unset):
            reachability = UNSET
        else:
            reachability = check_reachability(_reachability)

        addr = d.pop("Addr", UNSET)

        manager_status = cls(
            leader=leader,
            reachability=reachability,
            addr=addr,
        )

        manager_status.additional_properties = d
        return manager_status

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
