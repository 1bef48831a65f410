from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ImageSearchResponseItem")


@_attrs_define
class ImageSearchResponseItem:
    description: str | Unset = UNSET
    is_official: bool | Unset = UNSET
    is_automated: bool | Unset = UNSET
    """ Whether this repository has automated builds enabled.

    <p><br /></p>

    > **Deprecated**: This field is deprecated and will always be "false".
     """
    name: str | Unset = UNSET
    star_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        description = self.description

        is_official = self.is_official

        is_automated = self.is_automated

        name = self.name

        star_count = self.star_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if is_official is not UNSET:
            field_dict["is_official"] = is_official
        if is_automated is not UNSET:
            field_dict["is_automated"] = is_automated
        if name is not UNSET:
            field_dict["name"] = name
        if star_count is not UNSET:
            field_dict["star_count"] = star_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        is_official = d.pop("is_official", UNSET)

        is_automated = d.pop("is_automated", UNSET)

        name = d.pop("name", UNSET)

        star_count = d.pop("star_count", UNSET)

        image_search_response_item = cls(
            description=description,
            is_official=is_official,
            is_automated=is_automated,
            name=name,
            star_count=star_count,
        )

        image_search_response_item.additional_properties = d
        return image_search_response_item

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
