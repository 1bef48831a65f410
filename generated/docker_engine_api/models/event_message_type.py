from typing import Literal, cast

EventMessageType = Literal[
    "builder",
    "config",
    "container",
    "daemon",
    "image",
    "network",
    "node",
    "plugin",
    "secret",
    "service",
    "volume",
]

EVENT_MESSAGE_TYPE_VALUES: set[EventMessageType] = {
    "builder",
    "config",
    "container",
    "daemon",
    "image",
    "network",
    "node",
    "plugin",
    "secret",
    "service",
    "volume",
}


def check_event_message_type(value: str) -> EventMessageType:
    """Type ``value`` as EventMessageType; values not in EVENT_MESSAGE_TYPE_VALUES pass through unchanged."""
    return cast(EventMessageType, value)
