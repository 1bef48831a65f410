from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="ImageHistoryResponseItem")


@_attrs_define
class ImageHistoryResponseItem:
    """individual image layer information in response to ImageHistory operation"""

    id: str
    created: int
    created_by: str
    tags: list[str] | None
    size: int
    comment: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        id = self.id

        created = self.created

        created_by = self.created_by

        tags: list[str] | None
        if isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        size = self.size

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Created": created,
                "CreatedBy": created_by,
                "Tags": tags,
                "Size": size,
                "Comment": comment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        id = d.pop("Id")

        created = d.pop("Created")

        created_by = d.pop("CreatedBy")

        def _parse_tags(data: object) -> list[str] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError()
            tags_type_0 = cast(list[str], data)

            return tags_type_0

        tags = _parse_tags(d.pop("Tags"))

        size = d.pop("Size")

        comment = d.pop("Comment")

        image_history_response_item = cls(
            id=id,
            created=created,
            created_by=created_by,
            tags=tags,
            size=size,
            comment=comment,
        )

        image_history_response_item.additional_properties = d
        return image_history_response_item

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
