from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="ImageManifestSummarySize")


@_attrs_define
class ImageManifestSummarySize:
    total: int
    """ Total is the total size (in bytes) of all the locally present
    data (both distributable and non-distributable) that's related to
    this manifest and its children.
    This equal to the sum of [Content] size AND all the sizes in the
    [Size] struct present in the Kind-specific data struct.
    For example, for an image kind (Kind == "image")
    this would include the size of the image content and unpacked
    image snapshots ([Size.Content] + [ImageData.Size.Unpacked]).
     """
    content: int
    """ Content is the size (in bytes) of all the locally present
    content in the content store (e.g. image config, layers)
    referenced by this manifest and its children.
    This only includes blobs in the content store.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        total = self.total

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Total": total,
                "Content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        total = d.pop("Total")

        content = d.pop("Content")

        image_manifest_summary_size = cls(
            total=total,
            content=content,
        )

        image_manifest_summary_size.additional_properties = d
        return image_manifest_summary_size

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
