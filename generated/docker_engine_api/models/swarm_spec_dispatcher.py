from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="SwarmSpecDispatcher")


@_attrs_define
class SwarmSpecDispatcher:
    """Dispatcher configuration."""

    heartbeat_period: int | Unset = UNSET
    """ The delay for an agent to send a heartbeat to the dispatcher.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        heartbeat_period = self.heartbeat_period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if heartbeat_period is not UNSET:
            field_dict["HeartbeatPeriod"] = heartbeat_period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        heartbeat_period = d.pop("HeartbeatPeriod", UNSET)

        swarm_spec_dispatcher = cls(
            heartbeat_period=heartbeat_period,
        )

        swarm_spec_dispatcher.additional_properties = d
        return swarm_spec_dispatcher

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
