from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ImageInspectMetadata")


@_attrs_define
class ImageInspectMetadata:
    """Additional metadata of the image in the local cache. This information
    is local to the daemon, and not part of the image itself.

    """

    last_tag_time: None | str | Unset = UNSET
    """ Date and time at which the image was last tagged in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.

    This information is only available if the image was tagged locally,
    and omitted otherwise.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        last_tag_time: None | str | Unset
        if isinstance(self.last_tag_time, Unset):
            last_tag_time = UNSET
        else:
            last_tag_time = self.last_tag_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_tag_time is not UNSET:
            field_dict["LastTagTime"] = last_tag_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)

        def _parse_last_tag_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_tag_time = _parse_last_tag_time(d.pop("LastTagTime", UNSET))

        image_inspect_metadata = cls(
            last_tag_time=last_tag_time,
        )

        image_inspect_metadata.additional_properties = d
        return image_inspect_metadata

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
