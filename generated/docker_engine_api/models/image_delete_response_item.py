from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ImageDeleteResponseItem")


@_attrs_define
class ImageDeleteResponseItem:
    untagged: str | Unset = UNSET
    """ The image ID of an image that was untagged """
    deleted: str | Unset = UNSET
    """ The image ID of an image that was deleted """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        untagged = self.untagged

        deleted = self.deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if untagged is not UNSET:
            field_dict["Untagged"] = untagged
        if deleted is not UNSET:
            field_dict["Deleted"] = deleted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        untagged = d.pop("Untagged", UNSET)

        deleted = d.pop("Deleted", UNSET)

        image_delete_response_item = cls(
            untagged=untagged,
            deleted=deleted,
        )

        image_delete_response_item.additional_properties = d
        return image_delete_response_item

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
