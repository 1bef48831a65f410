from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_message_scope import EventMessageScope, check_event_message_scope
from ..models.event_message_type import EventMessageType, check_event_message_type
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.event_actor import EventActor


T = TypeVar("T", bound="EventMessage")


@_attrs_define
class EventMessage:
    """EventMessage represents the information an event contains."""

    type: EventMessageType | Unset = UNSET
    """ The type of object emitting the event """
    action: str | Unset = UNSET
    """ The type of event """
    actor: EventActor | None | Unset = UNSET
    scope: EventMessageScope | Unset = UNSET
    """ Scope of the event. Engine events are `local` scope. Cluster (Swarm)
    events are `swarm` scope.
     """
    time: int | Unset = UNSET
    """ Timestamp of event """
    time_nano: int | Unset = UNSET
    """ Timestamp of event, with nanosecond accuracy """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.event_actor import EventActor  # noqa: PLC0415

        type: str | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type

        action = self.action

        actor: dict[str, Any] | None | Unset
        if isinstance(self.actor, Unset):
            actor = UNSET
        elif isinstance(self.actor, EventActor):
            actor = self.actor.to_dict()
        else:
            actor = self.actor

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope

        time = self.time

        time_nano = self.time_nano

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type is not UNSET:
            field_dict["Type"] = type
        if action is not UNSET:
            field_dict["Action"] = action
        if actor is not UNSET:
            field_dict["Actor"] = actor
        if scope is not UNSET:
            field_dict["scope"] = scope
        if time is not UNSET:
            field_dict["time"] = time
        if time_nano is not UNSET:
            field_dict["timeNano"] = time_nano

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.event_actor import EventActor  # noqa: PLC0415

        d = dict(src_dict)
        _type = d.pop("Type", UNSET)
        type: EventMessageType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = check_event_message_type(_type)

        action = d.pop("Action", UNSET)

        def _parse_actor(data: object) -> EventActor | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            actor_type_1 = EventActor.from_dict(data)

            return actor_type_1

        actor = _parse_actor(d.pop("Actor", UNSET))

        _scope = d.pop("scope", UNSET)
        scope: EventMessageScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = check_event_message_scope(_scope)

        time = d.pop("time", UNSET)

        time_nano = d.pop("timeNano", UNSET)

        event_message = cls(
            type=type,
            action=action,
            actor=actor,
            scope=scope,
            time=time,
            time_nano=time_nano,
        )

        event_message.additional_properties = d
        return event_message

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
