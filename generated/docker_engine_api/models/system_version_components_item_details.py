from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="SystemVersionComponentsItemDetails")


class SystemVersionComponentsItemDetails(dict[str, "Any"]):
    """Key/value pairs of strings with additional information about the
    component. These values are intended for informational purposes
    only, and their content is not defined, and not part of the API
    specification.

    These messages can be printed by the client as information to the user.

        A map: a ``dict`` of Any values.
    """

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls(src_dict)

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The entries: the map itself (other models keep unknown fields under this name)."""
        return self

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict.__repr__(self)})"
