from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.change_type import ChangeType, check_change_type
from ..types import model_repr

T = TypeVar("T", bound="FilesystemChange")


@_attrs_define
class FilesystemChange:
    """Change in the container's filesystem."""

    path: str
    """ Path to file or directory that has changed.
     """
    kind: ChangeType
    """ Kind of change

    Can be one of:

    - `0`: Modified ("C")
    - `1`: Added ("A")
    - `2`: Deleted ("D")
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        path = self.path

        kind: int = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Path": path,
                "Kind": kind,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        path = d.pop("Path")

        kind = check_change_type(d.pop("Kind"))

        filesystem_change = cls(
            path=path,
            kind=kind,
        )

        filesystem_change.additional_properties = d
        return filesystem_change

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
