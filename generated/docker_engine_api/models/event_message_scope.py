from typing import Literal, cast

EventMessageScope = Literal["local", "swarm"]

EVENT_MESSAGE_SCOPE_VALUES: set[EventMessageScope] = {
    "local",
    "swarm",
}


def check_event_message_scope(value: str) -> EventMessageScope:
    """Type ``value`` as EventMessageScope; values not in EVENT_MESSAGE_SCOPE_VALUES pass through unchanged."""
    return cast(EventMessageScope, value)
